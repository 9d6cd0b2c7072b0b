"""Mentions that refer back to a named entity: appositions, roles, descriptions, demonstratives,
pronouns and documents, linked to the entity clusters of the article.

The rules, in the order a mention is tried (first answer wins):
1. apposition: "le ministre de l'Économie, Bruno Le Maire", "le Premier ministre Édouard Philippe"
   (the name right after the role, a comma allowed) and "Bruno Le Maire, ministre de l'Économie" /
   "Jean Martin, le porte-parole de la préfecture" (the name right before, a comma between);
2. memory: a role phrase seen once with a name keeps that name for the rest of the article ("le
   porte-parole de la préfecture" three paragraphs later), and a bare role head takes the person
   last introduced with it ("le ministre" after "le ministre de l'Intérieur, X");
3. salience, for definite phrases only ("le", "la", "l'", "ce", "cette"; "un proche" names nobody):
   the person most salient before it, of the same gender when known: the subject of the current or a
   recent sentence first, then the latest person named; never a person named inside the phrase's own
   complement ("le porte-parole du président" is not the president). Places ("la capitale") and
   organisations ("le parti") take the latest place or organisation named, an organisation of a
   kind the head noun may name (`organisations`: "la firme" is never a medium cited as a source). Documents and services
   ("le communiqué", "le service de presse") take the organisation in their complement, else the
   latest organisation named.
Pronouns inside quotation marks are the quoted speaker's own words and are left alone; "il" of
"il faut", "il y a", "il est difficile de" is impersonal.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..spacy_text import doc_text
from ..firstnames import name_gender_votes, without_accents
from .clusters import is_party
from .lexicon import CorefLexicon
from .names import loose_key
from .organisations import (introduced_as_medium, left_by, organisation_kinds, person_complement, quoted_name_after,
                            superlative_end)
from .affiliation import affiliation_of
from . import role_holders, speaker_salience, topic_salience
from .cataphora import (LEAD_SENTENCES, apposed_across_a_break, holder_named_later, identified_after,
                        introduced_later, is_former, named_next)
from .places import adjective_places, names_a_part, owned_by_relative, phrase_kind, place_kinds, place_lexicon, trimmed_end

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from ..records import Entity

DEFINITE = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})
FEM_DETERMINERS = frozenset({"la", "cette", "une", "sa"})
MASC_DETERMINERS = frozenset({"le", "ce", "cet", "un", "son"})
MORPH_GENDERS = {"masc": "Masc", "fem": "Fem"}  # a gender as the parse's morphology writes it
PERSON_PRONOUNS = {"il": "masc", "elle": "fem", "lui": "masc", "lequel": "masc", "laquelle": "fem"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
#: "le premier, 48 ans, ...", "la seconde": an ordinal used as a pronoun, with its gender and rank in the list.
ORDINALS = {"premier": ("masc", 0), "première": ("fem", 0), "second": ("masc", 1), "seconde": ("fem", 1),
            "deuxième": (None, 1)}
SEEN_LOOKBACK = 30  # mentions looked back over for "le premier": a bounded, local look
#: Adjectives before a role noun that tell its holder's gender after an elided article ("l'actuel maire").
GENDERED_ADJECTIVES = {"actuel": "masc", "actuelle": "fem", "ancien": "masc", "ancienne": "fem", "nouvel": "masc",
                       "éternel": "masc", "éternelle": "fem", "influent": "masc", "influente": "fem"}
#: Clauses a subject pronoun's clause may hang from: adverbial, completive, relative, infinitive.
GOVERNED_CLAUSES = frozenset({"advcl", "ccomp", "acl:relcl", "acl", "xcomp"})
#: Nothing but an article between "de" and the name it introduces: "de | l'| OMS", "de | la | CGT", "des | Républicains".
ARTICLE_GAP = re.compile(r"\s*(?:(?:l['’]|la\s+|le\s+|les\s+))?")
#: Links from a noun up to the noun or verb it completes ("l'enquête | dont il ..." -> "des critiques sur").
NOMINAL_CHAIN = frozenset({"nmod", "obl", "obl:arg", "obl:mod", "obl:agent", "obj"})
#: The clauses whose subject pronoun may continue the thing their governing clause is about: no relative
#: ("le magasin qu'elle tient" is her shop), no participle on a noun.
THING_GOVERNED_CLAUSES = frozenset({"advcl", "ccomp", "xcomp"})
PRONOUN_SUBJECT_DEPS = SUBJECT_DEPS | {"expl:subj"}  # the parse often calls a subject "il" expletive
#: A fronted predicative complement, which is its sentence subject's role ("En tant que chef du gouvernement, X").
PREDICATIVE_OPENING = re.compile(r"(?i)(?:en\s+tant\s+qu|en\s+qualité\s+d|comme\b|à\s+titre\s+d)")
#: An inverted subject clitic as the tokenizer splits it off its verb ("a-t-|-il"): the mention starts after the hyphen.
INVERTED_SUBJECTS = frozenset({"-il", "-elle"})
#: A description's relation to its verb that makes it another person than the verb's subject ("X a
#: rencontré le ministre", "X s'en est pris à l'ancien ministre"); not a predicate ("X est devenu le chef").
OBJECT_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod"})
#: Verbs whose object is their subject's predicate ("il deviendrait le premier chef de gouvernement à ...").
COPULA_LEMMAS = frozenset({"être", "devenir", "redevenir", "rester", "demeurer", "sembler", "paraître", "apparaître"})
PREDICATE_CASES = frozenset({"comme", "en", "pour"})  # "s'inscrire comme la première femme", "en tant que"
SOURCE_PREPOSITIONS = frozenset({"selon", "d'après", "d’après"})
PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "leurs", "nos", "vos", "ses", "mes", "tes", "plusieurs", "certains", "certaines", "quelques"})
COPULAS = frozenset({"est", "était", "sera", "serait"})  # "il est difficile de": impersonal
PERFECT_AUXILIARIES = frozenset({"a", "avait", "aura", "aurait", "eût", "eut", "ait"})
PASSIVE_AUXILIARIES = frozenset({"a", "avait", "aura", "aurait", "été", "est", "était", "sera", "serait", "fut"})
#: Verbs before an infinitive that keep an impersonal "il" impersonal ("il va falloir", "il peut y avoir").
MODALS = frozenset({"va", "allait", "ira", "irait", "doit", "devait", "devrait", "devra", "peut", "pouvait",
                    "pourrait", "pourra", "semble", "semblait", "risque", "risquait"})
CLOCK_TIME = re.compile(r"\d{1,2}\s?h(?:\d{2})?\b|\d{1,2} heures?\b")
CLOCK_WORDS = frozenset({"midi", "minuit", "temps", "tard", "tôt", "l'heure"})
ORGANISATION_PREPOSITION = re.compile(r"\s+(?:de(?: la| l')?|du|des|d')\s*")
FORMS_OF_ETRE = frozenset({"été", "est", "était", "sera", "serait", "fut"})  # "il a dit que" is a person
PASSIVE_FILLERS = frozenset({"n'", "ne", "pas", "plus", "jamais", "donc", "aussi", "également", "lui", "leur", "nous", "vous"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
#: Before a role without a determiner, words that make it a former one the role's words leave out.
FORMER_BEFORE_BARE = frozenset({"ancien", "ancienne", "anciens", "anciennes"})
#: Before a role, words that say its holder holds it now: the role's key leaves them out.
CURRENT_QUALIFIERS = frozenset({"actuel", "actuelle", "nouveau", "nouvel", "nouvelle"})
PHRASE_STOPS = frozenset({",", ";", ":", "(", ")", "qui", "que", "qu'", "qu’", "dont", "où", "«", "»", '"', "“", "”", "et", "ainsi", "ou"})
#: How many sentences back a pronoun or description looks for its person.
SENTENCE_REACH = 3
#: How many sentences open an article (title and lead): where a description may name a person named later.
LEAD_SENTENCES = 4
#: Determiners of a title's description that may name a person the article names later, and the gender they tell.
CATAPHORIC_DEFINITES = frozenset({"le", "la", "l'"})
CATAPHORIC_GENDERS = {"un": "masc", "une": "fem", "le": "masc", "la": "fem"}
#: How many sentences back "la capitale", "le parti" or "le communiqué" look for their place or organisation.
THING_REACH = 6
#: How many sentences back "la capitale" looks: an article has mostly one capital, named once at the top.
CAPITAL_REACH = 40
MAX_PHRASE_TOKENS = 10
#: Adverbs the parser gives to words that qualify a head noun ("l'homme fort du régime"): the phrase goes on,
#: as it does over a capitalised "adverb" (a name's word: "le prince héritier d'Abou Dhabi").
PHRASE_ADVERBS = frozenset({"fort"})
HYPHENS = frozenset({"-", "‑", "–"})
#: How far (characters) from a role phrase its apposed name may start or end.
APPOSITION_REACH = 160
COMPLEMENT_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "en", "chargé", "chargée"})
#: Between a document noun and its owner: nothing ("un sondage Ifop"), "de", "du", "des", "de la"...
#: Between a role and its holder's name: nothing, a comma, or the role's own complement of names and
#: small words ("le député Les Républicains (LR) de l'Ain Damien Abad", "la maire PS de Paris Anne Hidalgo").
APPOSITION_GAP = re.compile(r"(?:\s+(?:(?:[dl]['’])?[A-ZÀ-Ý][\w'’.-]*|\([\w'’-]+\)|de|du|des|d'|d’|l'|l’|la|le|les)){1,8}\s*,?\s+")
#: A short complement of place or field between a role and its holder's name, the name closed by punctuation:
#: "le candidat de droite sur la ville, Étienne Blanc, s'efface", "le secrétaire d'État auprès du ministre
#: des Comptes publics, X.", "le chef de la mission de l'ONU au Mali (Minusma), X,".
PLACE_GAP = re.compile(r"\s+(?:sur|pour|dans|à|au|aux|en|auprès)\b[^,;:.!?«»\"“”()]{1,50}?(?:\s*\([\w -]+\))?\s*,\s*")
#: Kinds of organisation (organisations.py) a person's party may be of: a party no list names is "other".
PARTY_KINDS = frozenset({"party", "movement", "other"})
ROLE_OWNER_GAP = re.compile(r"\s*(?:de|du|des|d')\s*(?:la\s+|l'\s*|les\s+)?(?:[\wÀ-ÿ-]+\s+){1,4}")
COMPLEMENT_OWNER_GAP = re.compile(r"\s*(?:de|du|des|d')\s*(?:la\s+|l'\s*|les\s+)?(?:[a-zà-ÿ-]+\s+){1,2}(?:de|du|des|d')\s*(?:la\s+|l'\s*|les\s+)?")
#: A second complement coordinated to a role's, then a comma: "et des ressources en eau, ".
COORDINATED_GAP = re.compile(r"\s+et\s+(?:de la|de l['’]|des|du|de|d['’])\s*[\w'’ -]{1,40}?\s*,\s*")
#: One coordinated lower-case word between a role and its holder's name: "(de la Transition écologique) et solidaire ".
COORDINATED_WORD_GAP = re.compile(r"\s+et\s+(?!(?:le|la|les|un|une|des|du|de|son|sa|ses|leur)\s)[a-zà-ÿ-]{3,}\s+")
#: A second, bare role of the same person before the name: "et député de Paris, ", "et actuel maire de Lyon, ",
#: "et ex-secrétaire national du parti ".
SECOND_ROLE_GAP = re.compile(r"\s+et\s+(?:(?:actuel|actuelle|ancien|ancienne|futur|future|nouveau|nouvel|nouvelle)\s+)?"
                             r"([\w-]+)\b[^,;:.!?«»\"“”()]{0,60}?,?\s+")
#: The same without a comma, the name right after: "le ministre de l'Économie et des Finances X".
COORDINATED_BARE_GAP = re.compile(r"\s+et\s+(?:de la|de l['’]|des|du)\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[a-zà-ÿ'’-]+){0,2}\s+")
#: The role's owner, a name, then a comma before the holder: "de Donald Trump (à la Maison Blanche), ".
OWNER_THEN_NAME = re.compile(r"\s+(?:de|du|des|d['’])\s*(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,4}(?:(?:à|au|aux|en)\s+[^,;:.!?«»\"“”()]{1,40}?)?\s*,\s*")
#: Between a role phrase and the name of its owner: "de", "du", "des", "d'".
#: A courtesy title between a preposition and a name ("la rivale de M. X"): the name is still the complement.
COURTESY = r"(?:(?:M|MM|Mme|Mmes|Mlle|Mr)\.?\s+)?"
OWNER_AFTER = re.compile(r"\s*(?:de|du|des|d')\s*" + COURTESY)
#: The rest of a complement, then a comma before the role's holder: "(la loi X) sur la croissance, | Y", "(Le
#: directeur) d'alors de cette école, | Y,".
COMPLEMENT_THEN_COMMA = re.compile(r"[^,;:.!?«»\"“”()]{0,60},\s*")
#: A role's portfolio given by a participle, then a comma: "la secrétaire d'État | chargée de l'Égalité entre les
#: femmes et les hommes, | X", "le ministre délégué | en charge des Transports, | X".
CHARGED_GAP = re.compile(r"\s+(?:chargée?s?|en\s+charge)\s+(?:de|du|des|d['’])\s*[^,;.:()\"«»\n]{1,90},\s*")
#: After a possessive role, its complement, a comma, a definite article, a person noun and its own complement,
#: then the name: "son conseiller sur la crise du coronavirus, l'expert en maladie infectieuse | X".
POSSESSIVE_REDESCRIBED_GAP = re.compile(r"(?:\s+(?:sur|pour|en|chargée?s?\s+de|aux?|à)\s+[^,;.:()\"«»]{1,60}?)?\s*,\s*"
                                        r"(?:le|la|l['’])\s*([\w-]+)((?:\s+[a-zà-ÿ'’][\w'’-]*){0,4})\s+")
#: A comma and a definite description word before the holder's name: "le préfet de la région, le socialiste X".
REDESCRIBED_GAP = re.compile(r"\s*,\s*(?:le|la|l['’])\s*([\w-]+)\s+")
#: A sentence that opens on a duration, then "que" right before its subject: "Cela fait plusieurs mois qu'| X",
#: "Voilà dix ans que | X", "Il y a deux ans que | X": the subject of the "que" clause is what the sentence is about.
DURATION_OPENING = re.compile(r"\s*(?:(?:Cela|Ça|Ca)\s+fait|Voilà|Voici|Il\s+y\s+a)\s+[^,.;:!?«»\"]{1,40}?\s+qu(?:e\s+|['’]\s*)$")
RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:qui|dont|lequel|laquelle)\b")  # "pour X, qui appelle ...": X is a topic
#: A lawyer's or doctor's title right before the holder's name: "son avocat, Me X", "l'avocat de Y, Me X".
TITLE_BEFORE_NAME = re.compile(r"(?<=[\s,])(?:Me|Mes|Maître|Dr|Pr)\.?\s+$")
BLANK = re.compile(r"\s+")
INTERIM = re.compile(r"^\s*(?:par intérim|sortante?|en exercice|en poste)\b")
COMPLEMENT_END = re.compile(r"(?:^|\s)(?:de|du|des|d['’])\s*" + COURTESY + "$")
OWNER_GAP = re.compile(r"\s*(?:(?:de|du|des|d')\s*(?:la\s+|l'\s*|les\s+)?)?")


@dataclass(frozen=True)
class Link:
    """One referring mention: a character span, its kind, and the cluster it names (or None)."""

    start: int
    end: int
    kind: str  # name, role, description, pronoun, document
    cluster: int | None
    canonical: str | None


@dataclass(frozen=True)
class Given:
    """A role the article gives a person in apposition or by office ("la ministre de la Santé, X"),
    and the gender its words say (determiner or feminine form), if any."""

    start: int
    end: int
    role: str  # without its determiner, as written: "ministre de la Santé"
    gender: str | None


@dataclass(frozen=True)
class Named:
    """A mention of a cluster that later mentions can refer to."""

    at: int
    sentence: int
    cluster: int
    label: str
    subject: bool
    complement: bool = False  # named inside a prepositional complement ("pour remplacer X", "le directeur de X")
    main: bool = False  # the subject of a main clause, not of a relative or subordinate one
    pronoun: bool = False  # a pronoun's guess, not a name or a role: "ce dernier" skips it
    missed_subject: float = 0.0  # the subject bonus the parse did not give it (`ChainBuilder.missed_subject`)


@dataclass
class ChainBuilder:
    """Per-document state (built for each document, never shared)."""

    spacy_doc: "Doc"
    entities: list["Entity"]
    lexicon: CorefLexicon
    quoted: list[tuple[int, int]]
    date: "dt.date | None" = None  # the article's date: who holds an office then (office_holders.json)
    canonical: dict[int, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    genders: dict[int, str | None] = field(default_factory=dict)
    preferred_genders: dict[int, str | None] = field(default_factory=dict)
    seen: list[Named] = field(default_factory=list)
    roles: dict[str, int] = field(default_factory=dict)
    heads: dict[tuple[str, str | None], int] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)  # document noun -> its last owner
    held: dict[int, set[str]] = field(default_factory=dict)  # person cluster -> role lemmas given to it
    described: dict[int, set[str]] = field(default_factory=dict)  # person cluster -> words it was introduced with
    offices: dict[str, int] = field(default_factory=dict)  # one-holder office -> its holder's cluster
    given: dict[int, list["Given"]] = field(default_factory=dict)  # person cluster -> roles in apposition
    nationality: dict[int, set[str]] = field(default_factory=dict)  # person cluster -> countries of its roles
    things: dict[str, int] = field(default_factory=dict)  # head noun -> the organisation or place it was apposed to
    last_medium: int | None = None  # the cluster of the newspaper or magazine last named (no agency or channel)
    links: list[Link] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = doc_text(self.spacy_doc)
        self._titles = self.lexicon.titles["fem"] | self.lexicon.titles["masc"]  # courtesy titles, both genders
        self._person_starts = self.person_starts()
        self._by_start = sorted(self.entities, key=lambda e: e.start)
        self._entity_starts = [e.start for e in self._by_start]
        self._of_cluster: dict[int, list["Entity"]] = {}
        for e in self.entities:
            self._of_cluster.setdefault(e.cluster, []).append(e)
        self._described_links: dict[int, list[Link]] = {}  # cluster -> its role and description links so far
        self._last_named: dict[int, int] = {}  # cluster -> start of its last name, role or description link
        self._unnamed: list[int] = []  # starts of role and description links that name nobody
        self._unnamed_speakers: list[tuple[int, str | None]] = []  # person phrases naming nobody that speak: start, gender
        self._unnamed_subjects: dict[int, str | None] = {}  # start of an indefinite unnamed subject -> its gender
        self._silent_unnamed: list[int] = []  # starts of unnamed person phrases written to no link
        self._pronoun_at: dict[int, int] = {}  # token start of a resolved pronoun -> its cluster
        self._person_at: dict[int, int] = {}  # start of a role, description or pronoun naming a person -> its cluster
        self._guessed_roles: dict[str, set[int]] = {}  # role key the title guessed -> the title phrases' starts
        self._title_holders: dict[int, int] = {}  # a title phrase's start -> the holder the text named later
        self._owner_relative: set[int] = set()  # starts of "son successeur"-like phrases, answered by their owner
        self._sentence_starts = [s.start_char for s in self.spacy_doc.sents]
        self._quote_starts = [a for a, _ in self.quoted]
        self._told = self.told_sentences()
        self._organisation_kind: dict[int, str] = {}  # ORG cluster -> its kind (organisations.py)
        for e in self.entities:
            self.canonical.setdefault(e.cluster, e.canonical)
            self.labels.setdefault(e.cluster, e.label)
        # name -> cluster indexes, first cluster (in `canonical` order) winning: look-ups, not scans
        self._cluster_order = {cluster: i for i, cluster in enumerate(self.canonical)}
        self._persons_by_name: dict[str, int] = {}
        self._places_by_key: dict[str, int] = {}
        for cluster, canonical in self.canonical.items():
            if self.labels.get(cluster) == "PER":
                self._persons_by_name.setdefault(without_accents(canonical.lower()), cluster)
            elif self.labels.get(cluster) == "LOC":
                self._places_by_key.setdefault(loose_key(canonical), cluster)

    def person_starts(self) -> set[int]:
        """Where person names start, with a courtesy title right before one ("la rivale de | M. X"): a
        noun phrase stops there, so the name after it is the phrase's complement, not its apposition."""
        starts = set()
        for e in self.entities:
            if e.label != "PER":
                continue
            starts.add(e.start)
            span = self.spacy_doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None and span.start > 0 and self.spacy_doc[span.start - 1].lower_ in self._titles:
                starts.add(self.spacy_doc[span.start - 1].idx)
        return starts

    def entities_in(self, start: int, end: int) -> list["Entity"]:
        """Entities starting in [start, end), by bisection: every look-up stays local, so the pass is
        linear in the length of the article."""
        lo = bisect.bisect_left(self._entity_starts, start)
        hi = bisect.bisect_left(self._entity_starts, end)
        return self._by_start[lo:hi]

    def add_link(self, link: Link) -> None:
        self.links.append(link)
        if link.kind in ("role", "description"):
            if link.cluster is None:
                self._unnamed.append(link.start)
            else:
                self._described_links.setdefault(link.cluster, []).append(link)
        if link.cluster is not None and link.kind != "pronoun":
            self._last_named[link.cluster] = link.start
        if link.cluster is not None and link.kind == "pronoun":
            self._pronoun_at[link.start] = link.cluster
        if link.cluster is not None and link.kind != "name" and self.labels.get(link.cluster) == "PER":
            self._person_at[link.start] = link.cluster

    # -- the pass ---------------------------------------------------------------------------
    def build(self) -> list[Link]:
        by_start = {}
        for e in self.entities:
            by_start.setdefault(e.start, e)
        inside_entity = set()
        for e in self.entities:
            span = self.spacy_doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None:
                inside_entity.update(range(span.start, span.end))
        skip_until = -1
        for token in self.spacy_doc:
            if token.idx < skip_until:
                continue
            entity = by_start.get(token.idx)
            if entity is not None:
                self.add_name(entity, token)
                continue
            if token.i in inside_entity:
                continue
            link = self.referring(token)
            if link is None and token.pos_ == "NOUN":
                self.remember_unnamed_person(token)
            if link is not None:
                self.add_link(link)
                # names inside the phrase are mentions of their own ("le groupe du FN": FN)
                skip_until = link.end if not any(link.start <= s < link.end for s in by_start) else token.idx + 1
                if link.cluster is None and link.kind in ("role", "description"):
                    self.remember_unnamed_speaker(token, link)
                if link.cluster is not None and self.labels.get(link.cluster) == "PER":
                    speaker = link.kind != "pronoun" and self.speaks_after_quote(self.spacy_doc[token.i])
                    subject = speaker or token.dep_ in SUBJECT_DEPS or token.head.dep_ in SUBJECT_DEPS
                    pronoun = link.kind == "pronoun"
                    sentence = self.sentence_of(link.start)
                    self.seen.append(Named(link.start, sentence, link.cluster, "PER", subject,
                                           main=subject and (speaker or self.of_main_clause(token)), pronoun=pronoun,
                                           missed_subject=0.0 if subject or pronoun
                                           else self.missed_subject(link.start, sentence, name=False)))
                if speaker_salience.may_speak(link.kind, link.cluster, self.labels.get(link.cluster)):
                    speaker_salience.entered(self, self.determiner(token) or token, link.start, link.cluster)
        self.resolve_cataphora()
        self.title_guesses_yield()
        self.unnamed_speakers_keep_their_pronouns()
        return self.links

    def title_guesses_yield(self) -> None:
        """A title's role guessed from the names around it is the person the text later names with the
        same role (`remember_holder`)."""
        if not self._title_holders:
            return  # (most articles)
        for i, link in enumerate(self.links):
            cluster = self._title_holders.get(link.start)
            if cluster is not None and link.kind in ("role", "description"):
                self.links[i] = Link(link.start, link.end, link.kind, cluster, self.canonical[cluster])

    def resolve_cataphora(self) -> None:
        """A role or description that named nobody so far may name a person the article names only
        later: news often describes first and names after. In the lead, an indefinite shares two
        words with that person's later role (`described_in_the_lead`); anywhere, a definite,
        indefinite or possessive phrase names the one person later given the same role
        (`cataphora.holder_named_later`), and so does a title's indefinite that the name opening the
        lead took for its apposition (`cataphora.apposed_across_a_break`: "le tweet d'un sénateur
        LR / X, l'homme qui..." then "le sénateur Y")."""
        later_roles: dict = {}  # given role start -> its description, read once
        for i, link in enumerate(self.links):
            if link.kind not in ("role", "description"):
                continue
            if link.cluster is not None and not apposed_across_a_break(self, link):
                continue
            if link.start in self._owner_relative:
                continue
            span = self.spacy_doc.char_span(link.start, link.end, alignment_mode="expand")
            if span is None or not len(span) or span[0].pos_ != "DET":
                continue
            cluster = identified_after(self, link) if link.cluster is None else None
            if cluster is None and link.cluster is None:
                cluster = self.described_in_the_lead(link, span)
            if cluster is None:
                cluster = holder_named_later(self, link, span, later_roles)
            if cluster is None and link.cluster is None:
                cluster = introduced_later(self, link, span)
            if cluster is None and link.cluster is None:
                cluster = named_next(self, link, span)
            if cluster is not None:
                self.links[i] = Link(link.start, link.end, link.kind, cluster, self.canonical[cluster])
        self.lead_descriptions_continue()

    def lead_descriptions_continue(self) -> None:
        """In the title and lead, a generic description that names nobody ("un homme" in the title,
        "L'homme" in the lead) is the person the description next to it was found to name ("Un
        sexagénaire belge" -> X, named later), when no person is named between them and their
        genders agree: the lead describes one protagonist several ways before naming him."""
        generic = self.lexicon.nouns.get("generic_persons", ())
        lead = [i for i, link in enumerate(self.links) if link.kind in ("role", "description")
                and self.sentence_of(link.start) < LEAD_SENTENCES]
        for i in lead:
            link = self.links[i]
            words = self.text[link.start:link.end].lower().replace("’", "'").replace("'", " ").split()
            if link.cluster is not None or len(words) > 3 or not any(w in generic for w in words[1:]):
                continue
            gender = CATAPHORIC_GENDERS.get(words[0]) if words[0] != "l" else None
            for j in sorted((j for j in lead if j != i), key=lambda j: abs(self.links[j].start - link.start)):
                other = self.links[j]
                if other.cluster is None or self.labels.get(other.cluster) != "PER" or not self.agrees(other.cluster, gender):
                    continue
                low, high = sorted((link.end, other.start)) if other.start > link.start else (other.end, link.start)
                if self._first_name_at(other.cluster) > link.end and not any(
                        e.label == "PER" for e in self.entities_in(low, high)):
                    self.links[i] = Link(link.start, link.end, link.kind, other.cluster, self.canonical[other.cluster])
                break

    def described_in_the_lead(self, link: Link, span: "Span") -> int | None:
        """An indefinite description in the lead ("Une élue démocrate au Congrès demande...") names
        the one person the article introduces later with at least two of its words ("Anne Roy, élue
        démocrate de l'Ohio au Congrès")."""
        if self.sentence_of(link.start) >= LEAD_SENTENCES or span[0].lower_ not in ("un", "une"):
            return None
        words = self.lexicon.descriptive_words([t.text for t in span[1:] if t.pos_ in ("NOUN", "ADJ", "PROPN")])
        gender = CATAPHORIC_GENDERS.get(span[0].lower_)
        former = is_former(span.text)  # "un ancien maire de Nantes" is not "le maire de Nantes X"
        found = {cluster for cluster, given in self.described.items()
                 if len(words & given) >= 2 and self.labels.get(cluster) == "PER"
                 and self._first_name_at(cluster) > link.end and self.agrees(cluster, gender)
                 and any(is_former(g.role) == former for g in self.given.get(cluster, ()))}
        return found.pop() if len(found) == 1 else None

    def first_mentions_after(self, at: int) -> "list[tuple[int, Entity]]":
        """(cluster, first name) of every cluster first named after `at`, in text order."""
        return [(cluster, e) for cluster, e in self._first_mentions if e.start > at]

    @cached_property
    def _first_mentions(self) -> "list[tuple[int, Entity]]":
        firsts = [(cluster, min(names, key=lambda e: e.start)) for cluster, names in self._of_cluster.items() if names]
        return sorted(firsts, key=lambda pair: pair[1].start)

    def sentence_start(self, char: int) -> int:
        return self._sentence_starts[self.sentence_of(char)]

    def _first_name_at(self, cluster: int) -> int:
        return min((e.start for e in self._of_cluster.get(cluster, ())), default=-1)

    @staticmethod
    def stands_before_subjectless_verb(span: "Span") -> bool:
        """A name right before the main verb of a sentence the parse gave no subject is its subject:
        "Avant Paul Girard, le chef du parti, Jacques Morel, était apparu optimiste" (the parse hangs
        both names on the fronted "Avant", which makes neither the subject)."""
        root = span.sent.root
        if any(c.dep_ == "case" for t in span for c in t.children) \
                or any(t.is_quote for t in span.doc[span.sent.start:span.start]):
            return False  # "pour la mort d'Adama T., a affirmé X": a complement, the subject is inverted
        if root.i < span.end or root.pos_ not in ("VERB", "AUX", "ADJ") \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl:subj" for c in root.children):
            return False
        i = span.end
        while i < root.i and span.doc[i].is_punct and span.doc[i].text == ",":
            i += 1
        return i == root.i or (span.doc[i].head.i == root.i and span.doc[i].dep_.startswith("aux"))

    def add_name(self, entity: "Entity", token: "Token") -> None:
        if entity.label not in ("PER", "ORG", "LOC"):
            return
        self.add_link(Link(entity.start, entity.end, "name", entity.cluster, entity.canonical))
        if entity.label == "ORG" and self.lexicon.is_medium(entity.canonical) and organisation_kinds().is_print(entity.canonical):
            self.last_medium = entity.cluster  # "le journal d'investigation" later: this one (not "selon l'AFP")
        span = self.spacy_doc.char_span(entity.start, entity.end, alignment_mode="expand")
        incise = self.is_quoted(entity.start) and self.incise_in_quote(span)
        if self.is_quoted(entity.start) and not incise:
            return  # a name inside quotation marks is the speaker's topic, not who "il" is next
        fronted = span is not None and (incise or self.stands_before_subjectless_verb(span) or self.is_source(span)
                                        or self.speaks_after_quote(span[0]))
        if span is not None and entity.label == "PER" and self.names_a_thing(span):
            fronted = False  # "l'affaire Benalla", "la loi Macron": the affair is spoken of, not the man
            subject, complement = False, True
        else:
            subject = span is not None and (fronted or any(t.dep_ in SUBJECT_DEPS for t in span) or self.apposed_to_subject(span))
            complement = span is not None and not subject and self.in_complement(span)
        main = subject and (fronted or self.of_main_clause(self.phrase_root(span)))
        sentence = self.sentence_of(entity.start)
        if subject and not main and DURATION_OPENING.match(self.text[self._sentence_starts[sentence]:entity.start]):
            main = True  # "Cela fait des mois qu'X est présente ...": the sentence is about X
        missed = self.missed_subject(entity.start, sentence, name=True) if entity.label == "PER" and not subject else 0.0
        self.seen.append(Named(entity.start, sentence, entity.cluster, entity.label, subject, complement, main,
                               missed_subject=missed))
        if entity.label == "PER" and span is not None:
            speaker_salience.entered(self, span[0], entity.start, entity.cluster, span)

    def incise_in_quote(self, span: "Span | None") -> bool:
        """A speaker's name in an incise the quotation marks hold ('"A, a ajouté X. B"'): the speaker,
        whom "selon lui" after the quote continues, not a name the speaker speaks of. The incise is
        closed right after the name by a full stop or a comma."""
        if span is None or span.end >= len(self.spacy_doc) or self.spacy_doc[span.end].text not in (".", ","):
            return False
        return speaker_salience.incise_comma(span[0]) is not None

    def names_a_thing(self, span: "Span") -> bool:
        """A person's name right after a noun of a thing named after a person (`eponym_things`: "l'affaire
        Benalla", "la loi Macron", "le gouvernement Philippe"): the thing is what the sentence speaks
        of, so the name ranks as a complement for the pronouns and roles after it."""
        if span.start == 0:
            return False
        noun = span.doc[span.start - 1]
        return noun.lower_ in self.lexicon.nouns.get("eponym_things", ()) and span.root.head.i == noun.i \
            and not any(t.is_punct for t in span)

    @staticmethod
    def of_main_clause(token: "Token") -> bool:
        """Whether the verb `token` is the subject of (or apposed to a subject of) heads a main
        clause, not a relative or subordinate one: "si X remporte la primaire, il..." and "où X a
        tué" do not continue X as a main clause's subject does. A speech verb after a quote
        ("", estime X") is a main clause, however the parse hangs it."""
        verb = token
        for _ in range(4):
            if verb.dep_ in SUBJECT_DEPS or verb.dep_ in ("appos", "flat:name", "nmod"):
                verb = verb.head
            else:
                break
        for _ in range(4):
            if verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        if verb.dep_.startswith(("acl", "advcl")):
            return False
        return not (verb.dep_ == "ccomp" and any(c.dep_ == "mark" or (c.dep_ in ("obj", "iobj") and c.i < verb.i
                                                                      and c.lower_.replace("’", "'") in ("qu'", "que"))
                                                   for c in verb.children))
        # (a completive's "qu'" the parse made the verb's object is its conjunction all the same)

    @staticmethod
    def phrase_root(span: "Span") -> "Token":
        root = span.root
        while root.dep_ == "flat:name" and root.head.i != root.i:
            root = root.head
        return root

    def speaks_after_quote(self, first: "Token") -> bool:
        """A name or role right after the speech verb that follows a quotation (""...", a encore dit
        mercredi le député X"): the speaker, the subject of its clause whatever the parse made of it,
        and the one a role or pronoun after the quote most likely continues. A role apposed to that
        name (""...", a dit X, porte-parole du président Y") is not a second speaker: it may carry
        the name of its complement, whom the next "a-t-il ajouté" would then wrongly continue."""
        doc = self.spacy_doc
        i = first.i - 1
        if i > 0 and doc[i].pos_ == "DET":
            i -= 1
        if i < 0 or doc[i].pos_ in ("ADP", "CCONJ", "SCONJ"):
            return False  # '"...", a dit X à Y': Y is spoken to
        seen_verb = False
        for _ in range(12):
            if i < 0:
                return False
            t = doc[i]
            if t.pos_ in ("VERB", "AUX"):
                seen_verb = True
            elif t.text == "," and i > 0 and doc[i - 1].is_quote \
                    and (seen_verb or speaker_salience.is_reporting_verb(doc[i + 1])):
                return True  # the verb may be tagged as its homograph noun: '"...", analyse X', "juge X"
            elif t.is_quote and seen_verb and i > 0 and doc[i - 1].text in ("?", "!", "…") and doc[i + 1].pos_ != "PUNCT":
                return True  # '"Excusez-moi ?" lui a demandé X': a question or an exclamation needs no comma
            elif t.text == "," and not seen_verb and i > 0 and doc[i - 1].pos_ == "PROPN":
                return False  # '"...", a dit X, porte-parole du président Y': apposed to the speaker X
            elif t.pos_ == "ADP" and not seen_verb and i + 1 < first.i and self.lexicon.dates_a_verb(t.text, doc[i + 1].text):
                pass  # '"...", avait répondu en juillet le porte-parole': a date, not a person spoken to
            elif t.is_quote or t.pos_ in ("ADP", "SCONJ", "CCONJ") or t.text in (".", ";", ":", "!", "?"):
                return False  # '"...", a écrit X au Premier ministre Y': Y is written to
            i -= 1
        return False

    def remember_unnamed_speaker(self, token: "Token", link: Link) -> None:
        """A person phrase that names nobody the article names and that speaks: after a quote
        (""...", a déploré un responsable européen") or as a main clause's subject ("Un ancien
        conseiller a confirmé..."). The one record of unnamed persons that the two pronoun rules
        read: the incise pronoun of the next quote continues it (`continues_unnamed_speaker`), and
        so do the subject pronouns after an indefinite one (`unnamed_speakers_keep_their_pronouns`)."""
        if self.lexicon.noun_kind(token.lemma_) not in ("role", "description") \
                and self.lexicon.noun_kind(token.lower_) not in ("role", "description"):
            return
        determiner = self.determiner(token)
        gender = self.gender_of_phrase(token, determiner)
        if self.speaks_after_quote(token) or (token.dep_ in SUBJECT_DEPS and self.of_main_clause(token)):
            self._unnamed_speakers.append((link.start, gender))
        if determiner is not None and self.unnamed_subject(token, determiner):
            self._unnamed_subjects[link.start] = gender

    def remember_unnamed_person(self, token: "Token") -> None:
        """An indefinite person phrase the lexicons write no mention for ("un manifestant a crié",
        "\"...\", a dit une habitante", "un autre suspect a été arrêté") that is a subject or speaks
        after a quote: a person the article does not name, whom the next incise or subject pronoun,
        "ce dernier" or "cet homme" continue, not the person named before. Written to no mention;
        kept in the same records as the unnamed role and description links."""
        if "Plur" in token.morph.get("Number") or self.is_quoted(token.idx):
            return
        determiner = self.determiner(token)
        if determiner is None or determiner.lower_ not in ("un", "une"):
            return
        if not self.person_noun(token, by_ending=False) \
                and token.lemma_.lower() not in self.lexicon.nouns.get("anonymous_sources", ()):
            return
        if any(c.dep_ in ("appos", "flat:name") for c in token.children) \
                or any(e.label == "PER" for e in self.entities_in(token.left_edge.idx, token.right_edge.idx + 1)):
            return  # "un militant, Jean X, ...": named
        if not ((token.dep_ in SUBJECT_DEPS and self.of_main_clause(token)) or self.speaks_after_quote(token)):
            return
        gender = self.gender_of_phrase(token, determiner)
        start = determiner.idx
        self._unnamed.append(start)
        self._unnamed_speakers.append((start, gender))
        self._unnamed_subjects[start] = gender
        self._silent_unnamed.append(start)

    def continues_unnamed_speaker(self, token: "Token", gender: str | None) -> bool:
        """An incise pronoun (""...", a-t-il ajouté") right after a person who names nobody spoke, in
        this or the sentence before, with no person named as a subject since: the pronoun is that
        unnamed speaker (a link to nobody), not the last person named before him."""
        if not self._unnamed_speakers or not self.speaks_after_quote(token):
            return False
        start, spoken_gender = self._unnamed_speakers[-1]
        if start >= token.idx or (gender and spoken_gender and gender != spoken_gender):
            return False
        if self._told[self.sentence_of(token.idx)] - self._told[self.sentence_of(start)] > 1:
            return False
        for named in reversed(self.seen):  # only the names since that phrase, a sentence or two
            if named.at <= start:
                return True
            if named.at < token.idx and named.label == "PER" and named.subject and named.main:
                return False  # not "... a confié que X avait été arrêté": a subordinate's subject
        return True

    def apposed_to_subject(self, span: "Span") -> bool:
        """A name in apposition to a subject role ("Le directeur de la communication de X, Anthony
        Scaramucci, fait scandale"): the subject is that person, not the one in the role's complement."""
        root = self.phrase_root(span)
        if root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS:
            return True
        return root.dep_ == "appos" and self.source_before(root)

    def source_before(self, root: "Token") -> bool:
        """A name the parse apposed to a source that is no person ("Selon Marianne, Édouard Philippe
        serait arrivé"): a source and a person are never the same, the name opens the main clause."""
        head = root.head
        if head.i >= root.i or not any(c.dep_ == "case" and c.lower_ in SOURCE_PREPOSITIONS for c in head.children) \
                or not any(t.text == "," for t in self.spacy_doc[head.i:root.i]):
            return False
        return any(e.label != "PER" for e in self.entities_in(head.idx, head.idx + len(head.text)))

    def is_source(self, span: "Span") -> bool:
        """"Selon X", "d'après X": the source of what the sentence says, as salient as a subject for
        the inverted "souligne-t-il" that continues it."""
        root = self.phrase_root(span)
        if any(c.dep_ == "case" and c.lower_ in SOURCE_PREPOSITIONS for c in root.children):
            return True
        return self.fronted_topic(span)

    def fronted_topic(self, span: "Span") -> bool:
        """"Pour X, ...", "Quant à X, ...": a name fronted at the head of its sentence (after at most
        a connective) with a comma after its phrase is the topic the sentence and the next ones
        speak of ("Quant à X, lui aussi choisi par Y, il s'est opposé")."""
        doc = self.spacy_doc
        sent = doc[span.start].sent
        words = [t.lower_ for t in doc[sent.start:span.start] if not t.is_punct]
        while words and words[0] in ("mais", "et", "or", "enfin", "ainsi"):
            words = words[1:]
        if words not in (["pour"], ["quant", "à"], ["quant", "au"]):
            return False
        return span.end < len(doc) and doc[span.end].text == ","

    def in_complement(self, span: "Span") -> bool:
        """A name inside the complement of a role ("le directeur de la communication de Donald Trump",
        "le porte-parole de X") or the object of an infinitive clause ("pour remplacer Benjamin
        Griveaux"): French news continues with the clause's subject, so such a name ranks below it
        for a pronoun or a description that follows. Other complements ("pour Marine Le Pen :",
        "la colère de X", "quant à X") often are the topic and keep their rank."""
        root = self.phrase_root(span)
        if root.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ == "par" for c in root.children):
            return True  # "lors de sa nomination par X": an agent complement, below the subject
        if root.dep_ in ("obj", "iobj") and root.head.dep_ in ("xcomp", "advcl", "acl") \
                and any(c.dep_ in ("mark", "case") for c in root.head.children):
            return True
        head = root
        for _ in range(3):
            if head.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in head.children):
                return False
            head = head.head
            if head.pos_ == "NOUN" and self.lexicon.noun_kind(head.lemma_) == "role":
                return True
        return False

    def referring(self, token: "Token") -> Link | None:
        lower = token.lower_.replace("’", "'")
        if lower in self.lexicon.nicknames and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            return self.nickname(token, self.lexicon.nicknames[lower])  # 'les "Sages"' is in quote marks
        if self.is_quoted(token.idx):
            return None
        if lower in PERSON_PRONOUNS or lower.lstrip("-").removeprefix("t-") in ("il", "elle"):
            return self.pronoun(token, lower)
        if lower in ("ce", "cette", "celui-ci", "celle-ci", "celui-là", "celle-là"):
            return self.demonstrative(token)
        if lower in ORDINALS:
            return self.ordinal(token, ORDINALS[lower])
        if token.pos_ in ("NOUN", "PROPN", "ADJ"):
            return self.noun_phrase(token)
        return None

    # -- pronouns and demonstratives --------------------------------------------------------------
    def pronoun(self, token: "Token", lower: str) -> Link | None:
        word = lower.lstrip("-").removeprefix("t-")
        if word == "il" and self.impersonal(token):
            return None
        if token.text.startswith("-") and self.complex_inversion(token):
            return None  # "l'Amérique conservera-t-elle son attrait ?": the pronoun repeats the noun
        asked = self.questioned_person(token) if token.text.startswith("-") else None
        start = pronoun_start(token)
        if asked is not None:  # "Ou bien X, qui ne cache plus ses ambitions, ira-t-il ?": X
            return Link(start, token.idx + len(token.text), "pronoun", asked, self.canonical[asked])
        if word in ("lequel", "laquelle") and token.i > 0 and self.spacy_doc[token.i - 1].pos_ == "ADP":
            return None  # "un espace dans lequel", "une fête au cours de laquelle": a thing's relative
        if word in ("lui", "elle") and self.repeats_a_thing(token):
            return None  # "le protocole a lui aussi été renforcé": the pronoun repeats the subject noun
        gender = PERSON_PRONOUNS.get(word)
        if word in ("lui", "elle") and token.i >= 2 and self.spacy_doc[token.i - 2].lower_ == "quant":
            place = self.place_subject_of_quant(token)
            if place is not None:  # "Le Tchad subit quant à lui des attaques": the country, no person
                return Link(start, token.idx + len(token.text), "pronoun", place, self.canonical[place])
        if word in ("lui", "lui-même"):
            subject = self.emphatic_subject(token)
            if subject is not None:  # "X, proche de Y, a lui aussi critiqué", "X hérite lui des Affaires": X
                return Link(start, token.idx + len(token.text), "pronoun", subject, self.canonical[subject])
        preverbal = token.lower_ in ("il", "elle") and token.dep_ in PRONOUN_SUBJECT_DEPS and token.i < token.head.i \
            and not (token.i > 0 and self.spacy_doc[token.i - 1].text.endswith(("-", "-t")))  # not "a-t-il"
        if preverbal:
            ahead = self.cataphora_subject(token)
            if ahead is not None:
                names = self.entities_in(ahead.left_edge.idx, ahead.right_edge.idx + 1)
                named = [e for e in names if e.label == "PER"]
                if named and self.agrees(named[0].cluster, gender):  # "Alors qu'il était ministre, X a ..."
                    return Link(start, token.idx + len(token.text), "pronoun", named[0].cluster, named[0].canonical)
                if not named and (any(e.start <= ahead.idx < e.end and e.label == "ORG" for e in names)
                                  or self.is_thing(ahead, gender)):
                    return None  # "Alors qu'il avait rendu ses rapports, le Conseil a ...": the noun, no person
        if preverbal and self.thing_subject_before(token, gender):
            return None  # "Le projet a été présenté mardi. Il pourrait concerner ...": the thing
        if word in ("il", "elle") and self.continues_unnamed_speaker(token, gender):
            return None  # '"...", a déploré un responsable européen. "...", a-t-il ajouté': the same unnamed one
        if preverbal and not self.of_main_clause(token):  # (an "il" the parse calls expletive is left to salience)
            governing = self.governing_subject(token, gender)
            if governing is None:
                governing = self.participle_holder(token, gender)  # "X, ciblé par l'accusation dont il a fait l'objet"
            if governing is not None:  # "X estime que Y se comporte mal quand il ...": Y
                return Link(start, token.idx + len(token.text), "pronoun", governing, self.canonical[governing])
            thing = self.governing_thing(token, gender)
            if thing is not None:  # "Son avion a atterri, alors qu'il arrivait de Turquie": the plane
                cluster = self.organisation_at(thing) if thing.pos_ == "NOUN" else self.named_place_or_body(thing)
                # "le gouvernement chinois a indiqué qu'il": China; "le Brésil a indiqué qu'il": Brazil
                return None if cluster is None else Link(start, token.idx + len(token.text), "pronoun", cluster,
                                                         self.canonical[cluster])
        own = self.own_subjects(token) if word == "lui" else self.reported_subjects(token)
        prefer_subject = word in ("il", "elle") or (word == "lui" and self.inverted_subject(token)) \
            or (word == "lui" and self.after_preposition(token))  # "dénonce un complot contre lui", "selon lui"
        if word == "lui" and prefer_subject and self.is_dative(token):
            gender = None  # ""...", lui a rétorqué le ministre": the one who spoke before, a man or a woman
        if word == "lui" and self.is_dative(token) and self.impersonal_clause(token):
            gender, prefer_subject = None, True  # "elle a affirmé qu'il lui était impossible de": she, a woman's "lui"
        cluster = self.salient_person(token.idx, gender, exclude=own, prefer_subject=prefer_subject)
        if cluster is None and word == "lui" and self.is_dative(token):
            cluster = self.salient_person(token.idx, None, exclude=own)  # no man in reach: a woman's "lui"
        if cluster is None:
            return None
        return Link(start, token.idx + len(token.text), "pronoun", cluster, self.canonical[cluster])

    def place_subject_of_quant(self, token: "Token") -> int | None:
        """The country or organisation "quant à lui/elle" repeats: the subject of the verb it follows,
        when that subject is a place's or an organisation's name of its gender."""
        verb = self.spacy_doc[token.i - 2].head
        verb = verb.head if verb.dep_.startswith("aux") else verb
        place = self.place_subject([c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < token.i],
                                   PERSON_PRONOUNS.get(token.lower_))
        return self.named_place_or_body(place) if place is not None else None

    def emphatic_subject(self, token: "Token") -> int | None:
        """The person an emphatic "lui" after its verb repeats: the subject that opens the sentence
        ("X, proche de Y, a lui aussi critiqué", "X, ami de Y, refuse lui de signer"), not the last
        man named in its apposition. After an auxiliary "lui" is always emphatic ("a lui-même
        annoncé"); after another verb only when no verb follows ("il faut lui dire" is a clitic)."""
        doc = self.spacy_doc
        if token.i == 0 or token.i + 1 >= len(doc) or token.text.startswith("-"):
            return None
        before, after = doc[token.i - 1], doc[token.i + 1]
        if not (before.pos_ == "AUX" or (before.pos_ == "VERB" and after.pos_ not in ("VERB", "AUX"))):
            return None
        sentence = token.sent
        if any(t.is_quote for t in doc[sentence.start:token.i]):
            return None
        right_before = list(self.named_right_before(token))  # "..., X ayant lui aussi partagé": X
        if right_before:
            return right_before[0] if len(right_before) == 1 and self.agrees(right_before[0], "masc") else None
        here = self.sentence_of(sentence.start_char)
        first = next((n for n in self.seen if n.sentence == here and sentence.start_char <= n.at < token.idx), None)
        if first is None or first.label != "PER" or first.pronoun or not self.agrees(first.cluster, "masc"):
            return None
        opening = doc.char_span(sentence.start_char, first.at, alignment_mode="contract")
        if opening is not None and any(t.pos_ in ("VERB", "AUX", "PRON", "ADP") or t.text in (",", ":") for t in opening):
            return None  # "Selon X, Y a lui aussi ...", "Pour X, Y a ...": the subject is not the first person named
        return first.cluster

    def after_preposition(self, token: "Token") -> bool:
        """A stressed "lui" after a preposition ("contre lui", "selon lui", "comme lui"): like a
        subject pronoun, the person the sentence or the one before is about, not the last one named.
        Not a clitic before its verb ("de lui venir en aide", "en lui écrivant"), not "quant à lui"
        (its own clause's subject), not after "de" or "à", which a verb or an adjective governs ("ce
        qui a fait de lui", "trop sûr de lui", "s'en prendre à lui")."""
        doc = self.spacy_doc
        if token.i == 0 or doc[token.i - 1].pos_ != "ADP":
            return False
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX"):
            return False
        before = doc[token.i - 2].lower_ if token.i >= 2 else ""
        return before != "quant" and doc[token.i - 1].lower_ not in ("de", "d'", "à")

    def governing_subject(self, token: "Token", gender: str | None) -> int | None:
        """The person subject of the nearest clause above a subordinate clause's subject pronoun:
        "X a estimé que Y se comporte mal quand il essaie de ..." is Y, "X a dit qu'il viendra" X,
        "X a reçu Y, qu'il a félicité" X. None when that subject is no person, a pronoun, or of
        another gender (then salience decides)."""
        clause = self.governing_clause(token)
        if clause is None:
            return None
        clusters = self.subjects_of(clause, pronouns=True)
        persons = [c for c in clusters if self.labels.get(c) == "PER"]
        if len(clusters) != 1 or len(persons) != 1 or not self.agrees(persons[0], gender):
            return None
        return persons[0]

    def participle_holder(self, token: "Token", gender: str | None) -> int | None:
        """The person a participle is apposed to, when a subordinate's subject pronoun hangs below that
        participle and no clause on the way has a subject ("X, ciblé par des critiques relatives à
        l'accusation dont il a fait l'objet"): the participle's subject, the person it describes."""
        clause = token.head
        for _ in range(4):
            if clause.dep_ not in GOVERNED_CLAUSES or clause.head is clause:
                return None
            if clause.dep_ == "acl" and clause.head.pos_ in ("PROPN", "NOUN") and clause.i > clause.head.i:
                head = clause.head
                persons = [e.cluster for e in self.entities_in(head.idx - 60, head.idx + 1)
                           if e.label == "PER" and e.start <= head.idx < e.end]
                return persons[0] if len(persons) == 1 and self.agrees(persons[0], gender) else None
            clause = clause.head
            for _ in range(3):  # "l'accusation dont il ..." -> "critiques relatives à" -> "ciblé par"
                if clause.pos_ not in ("NOUN", "PROPN") or clause.dep_ not in NOMINAL_CHAIN or clause.head is clause:
                    break
                clause = clause.head
            if any(c.dep_ in PRONOUN_SUBJECT_DEPS for c in clause.children):
                return None
        return None

    def governing_thing(self, token: "Token", gender: str | None) -> "Token | None":
        """A subordinate clause's subject pronoun under a clause whose one subject is a thing of its
        gender and no one is named in that clause's subject ("Son avion a atterri à Beyrouth, alors
        qu'il arrivait de Turquie", "l'exécutif s'évertue à convaincre qu'il a entendu"): the thing."""
        doc = self.spacy_doc
        completive = token.head.dep_ == "ccomp" and token.i > 0 and doc[token.i - 1].lower_.replace("’", "'") in ("qu'", "que")
        if not completive and not any(c.dep_ == "mark" for c in token.head.children):
            return None  # a conjunction opens the pronoun's clause: not a relative ("la lutte, qu'il associe à")
            # (a completive's "qu'" the parse made a pronoun object is a conjunction all the same)
        clause = self.governing_clause(token, THING_GOVERNED_CLAUSES)
        if clause is None:
            return None
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        place = self.place_subject(subjects, gender)
        if place is not None and not any(c.dep_ == "conj" for c in place.children) and not any(
                e.label == "PER" and self.agrees(e.cluster, gender) for e in self.entities_in(place.idx, token.idx)):
            return place  # "La Russie a prévenu qu'elle riposterait": the country, not a person named before
            # (not "Le Kremlin a réagi à la sortie de M. X en affirmant qu'il était libre": X, named between;
            # not "Le Royaume-Uni, la France et l'Allemagne ont rejeté l'initiative, affirmant qu'elle": countries)
        if self.subjects_of(clause, pronouns=True):
            return None
        if len(subjects) != 1 or not subjects[0].is_alpha or not self.is_thing(subjects[0], gender) \
                or any(c.lower_ in ("ce", "cet", "cette") for c in subjects[0].children):
            return None  # not "69 % estiment qu'il", not "ce ténor du gouvernement ..., choqués qu'il"
        words = self.spacy_doc[subjects[0].left_edge.i:subjects[0].right_edge.i + 1]
        if any(t.idx in self._person_at or (t.pos_ == "NOUN" and self.person_noun(t, by_ending=False)) for t in words):
            return None  # not "le suicide de cet homme, alors qu'il était détenu"
        return subjects[0]

    def place_subject(self, subjects: "list[Token]", gender: str | None) -> "Token | None":
        """A clause's one subject when it is a place's or an organisation's name the parse gives the
        pronoun's gender ("la Russie", "le Brésil"; not "Israël", of no told gender): what a
        pronoun of that gender below or beside it repeats."""
        if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or gender is None:
            return None
        told = subjects[0].morph.get("Gender")
        if not told or told[0] != MORPH_GENDERS[gender] or not self.names_no_person(subjects[0]):
            return None
        return subjects[0]

    def named_place_or_body(self, name: "Token") -> int | None:
        """The cluster of the place or organisation name at `name` (names_no_person said it is one)."""
        found = [e.cluster for e in self.entities_in(name.idx, name.idx + len(name.text))
                 if e.label in ("LOC", "ORG") and e.start <= name.idx < e.end]
        return found[0] if found else None

    def organisation_at(self, noun: "Token") -> int | None:
        """The organisation, government or country a common noun was resolved to ("l'exécutif", "le
        gouvernement chinois"), if any."""
        for link in reversed(self.links):
            if link.end <= noun.left_edge.idx:
                return None
            if link.start <= noun.idx < link.end and link.kind != "name" and link.cluster is not None \
                    and self.labels.get(link.cluster) != "PER":
                return link.cluster
        return None

    def governing_clause(self, token: "Token", governed: frozenset[str] = GOVERNED_CLAUSES) -> "Token | None":
        """The verb of the nearest clause with a subject above a subordinate clause's subject pronoun,
        through infinitives and participles, and from a relative clause on an object to its verb."""
        clause = token.head
        for _ in range(4):
            if clause.dep_ not in governed or clause.head is clause:
                return None
            clause = clause.head
            if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in OBJECT_DEPS | {"obl", "obl:arg", "obl:mod"}:
                clause = clause.head  # a relative clause on an object: its verb's subject
            if any(c.dep_ in PRONOUN_SUBJECT_DEPS for c in clause.children):
                return clause
        return None

    def is_dative(self, token: "Token") -> bool:
        """A clitic "lui" before its verb ("la pétition qui lui demande de rendre l'argent", "en lui
        confiant") stands for a man or a woman; only a stressed "lui" ("pour lui") is masculine."""
        doc = self.spacy_doc
        if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("VERB", "AUX"):
            return False
        return token.i == 0 or doc[token.i - 1].pos_ != "ADP" or doc[token.i - 1].lower_ == "en"

    def own_subjects(self, token: "Token") -> set[int]:
        """The persons a clitic "lui" cannot be: the subject of its own verb, before or after it
        (""...", lui a fait écho le chef du PS", ""...", lui a lancé X"): that would be "se"."""
        verb = token.head
        doc = self.spacy_doc
        if verb.i <= token.i or verb.pos_ not in ("VERB", "AUX") or token.i + 1 >= len(doc) \
                or doc[token.i + 1].pos_ not in ("VERB", "AUX") \
                or (token.i > 0 and (doc[token.i - 1].pos_ == "AUX" or doc[token.i - 1].lower_ in ("à", "a"))):
            return set()  # "a lui aussi témoigné", "a quant à lui dénoncé": the emphatic pronoun is the subject
        found = self.opening_subjects(token)
        children = list(verb.children)
        if token.i > 0 and doc[token.i - 1].lower_ == "en" and verb.text.lower().endswith("ant"):
            for ancestor in verb.ancestors:  # "X le garde en lui confiant": the gerund's subject is X
                children += list(ancestor.children)
                if ancestor.dep_ == "ROOT" and ancestor.pos_ == "PROPN":  # the name parsed as the root
                    found |= {e.cluster for e in self.entities_in(ancestor.idx, ancestor.idx + len(ancestor.text))
                              if e.label == "PER"}
        for child in children:
            if child.pos_ == "PRON" and child.dep_ in PRONOUN_SUBJECT_DEPS and child.idx in self._pronoun_at:
                found.add(self._pronoun_at[child.idx])  # "Il lui a conseillé": "lui" is not the one "il" names
            if child.lower_ == "qui" and child.dep_ in SUBJECT_DEPS:
                found |= self.antecedent_persons(child)  # "X, qui lui a offert le gîte": not X
            if child.dep_ not in SUBJECT_DEPS and not self.speaks_after_its_verb(child):
                continue  # (the speaker after the verb is its subject, whatever the parse: '"...", lui a demandé X')
            left, right = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            found |= {e.cluster for e in self.entities_in(left, right) if e.label == "PER"}
            if child.left_edge.idx in self._person_at:
                found.add(self._person_at[child.left_edge.idx])  # "Le président lui a pris": the role's person
            if child.pos_ == "NOUN":
                phrase = self.spacy_doc[child.left_edge.i:child.right_edge.i + 1]
                for key in (role_key(phrase), self.named_role_key(phrase)):
                    if key in self.roles:
                        found.add(self.roles[key])
                office = self.lexicon.office_of(role_key(phrase))
                if office is not None and office in self.offices:
                    found.add(self.offices[office])
                if len(phrase) <= 2 and (child.lemma_.lower(), None) in self.heads:
                    found.add(self.heads[(child.lemma_.lower(), None)])  # "le ministre"
        return found

    def opening_subjects(self, token: "Token") -> set[int]:
        """The persons named before a clitic "lui" in its sentence when no verb stands between the
        sentence's start and the clitic and no preposition before the name ("X, visiblement content,
        lui a pris le micro"): the subject, whom an apposition cut off from its verb in the parse."""
        doc = self.spacy_doc
        sentence = token.sent
        if any((t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")) or t.is_quote
               for t in doc[sentence.start:token.i]):
            return set()  # a participle or adjective in the apposition is no verb of the clause
        found = set()
        for e in self.entities_in(sentence.start_char, token.idx):
            first = doc.char_span(e.start, e.end, alignment_mode="expand")
            if e.label == "PER" and first is not None and (first.start == sentence.start or doc[first.start - 1].pos_ != "ADP"):
                found.add(e.cluster)
        opening = next((t for t in doc[sentence.start:token.i] if not t.is_punct), None)
        if opening is not None and opening.idx in self._person_at:  # "Ce dernier lui a serré la main": the
            found.add(self._person_at[opening.idx])  # role or description opening the sentence, whatever the parse
        return found

    def cataphora_subject(self, token: "Token") -> "Token | None":
        """The subject of the main clause after a fronted subordinate clause whose subject is `token`
        ("Alors qu'il avait rendu ses rapports, le Conseil a ...", "S'il est élu, Paul Girard ..."):
        a pronoun before its noun in the same sentence names that noun, not a person named before."""
        verb = token.head
        if verb.dep_ != "advcl" or verb.i > verb.head.i or not any(c.dep_ == "mark" for c in verb.children) \
                or any(t.is_quote for t in self.spacy_doc[token.sent.start:verb.head.i]):
            return self.after_fronted_participle(token)
        if self.entities_in(token.sent.start_char, token.idx) \
                or any(t.idx in self._person_at for t in self.spacy_doc[token.sent.start:token.i]):
            return None  # "Paul Girard, alors qu'il ...": a name before the pronoun is its own antecedent
        main = verb.head
        subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i]
        return subjects[0] if subjects else None

    def after_fronted_participle(self, token: "Token") -> "Token | None":
        """The name right after the comma that closes a sentence's fronted participle phrase holding the
        pronoun ("Affaibli par des révélations sur des dîners organisés alors qu'il présidait
        l'Assemblée, X a quitté le gouvernement"), when a verb follows the name: the participle and
        the pronoun are X's. Read on the words, not the parse, which such long openings defeat."""
        doc = self.spacy_doc
        sentence = token.sent
        first = doc[sentence.start]
        if first.i == token.i or "Part" not in first.morph.get("VerbForm") or not first.is_title \
                or first.pos_ == "AUX" or any(t.is_quote for t in doc[sentence.start:token.i]) \
                or self.entities_in(sentence.start_char, token.idx):
            return None
        for comma in doc[token.i + 1:sentence.end - 1]:
            if comma.text != ",":
                continue
            names = [e for e in self.entities_in(comma.idx + 1, comma.idx + 3) if e.label == "PER"]
            if not names:
                return None  # the first comma after the pronoun closes the fronted phrase, or it is no such sentence
            after = doc.char_span(names[0].end, names[0].end + 1, alignment_mode="expand")
            nxt = next((t for t in doc[after.start:sentence.end] if not t.is_space), None) if after is not None else None
            if nxt is None or nxt.pos_ not in ("VERB", "AUX"):
                return None
            return doc.char_span(names[0].start, names[0].end, alignment_mode="expand")[0]
        return None

    def thing_subject_before(self, token: "Token", gender: str | None) -> bool:
        """An "il" or "elle" opening its sentence after a sentence whose main subject is a thing of
        its gender ("Le projet de loi a été adopté mardi. Il prévoit ...", "La photo montre le
        président. Elle a été retweetée ...") and where no person is a subject: the pronoun
        continues the thing, and names nobody."""
        doc = self.spacy_doc
        sentence = token.sent
        opening = doc[sentence.start:token.i]
        if speaker_salience.is_reporting_verb(token.head):
            return False  # "Le 29 avril, il avait indiqué que ...": a speaker, no thing
        if sentence.start == 0 or self.is_quoted(sentence.start_char) \
                or (any(t.pos_ in ("NOUN", "PROPN") or t.idx in self._person_at for t in opening)
                    and not self.fronted_adverbial(opening)):
            return False
        before = doc[sentence.start - 1].sent
        if self.is_quoted(before.start_char) or any(t.is_quote for t in before):
            return False
        here = self.sentence_of(before.start_char)
        for named in reversed(self.seen):
            if named.sentence < here:
                break
            if named.sentence == here and named.label == "PER" and named.subject:
                return False
        if any(e.label == "PER" and RELATIVE_AFTER.match(self.text, e.end)
               for e in self.entities_in(before.start_char, before.end_char)):
            return False  # "... pour Antonio Pérez, qui appelle ses clients. Il ne pourra ...": a relative's topic
        subjects = [c for c in before.root.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].i > before.root.i:
            return False
        if any(t.dep_ in SUBJECT_DEPS and t.i != subjects[0].i
               and ((t.pos_ == "NOUN" and not self.is_thing(t, None)) or t.lower_ in self.lexicon.countries)
               for t in before):
            return False  # "Le tribunal a appris que l'Australien avait exprimé ses remords. Il ...": a person subject
        if self.is_thing(subjects[0], gender):
            return True
        return self.names_no_person(subjects[0]) and not any(  # "Quotidien a listé ... où X était": X, not the medium
            e.label == "PER" and not self.is_quoted(e.start) for e in self.entities_in(before.start_char, before.end_char))

    def fronted_adverbial(self, opening: "Span") -> bool:
        """Words before a subject pronoun that are a fronted time or place phrase closed by a comma ("Le
        soir du drame, elle ...", "Dans la foulée, il ..."): no verb, no name, no person noun in it."""
        if not len(opening) or opening[-1].text != "," or len(opening) > 8:
            return False
        return not any(t.pos_ in ("VERB", "AUX", "PROPN", "PRON") or t.idx in self._person_at
                       or (t.pos_ == "NOUN" and self.person_noun(t, by_ending=False)) for t in opening)

    def names_no_person(self, subject: "Token") -> bool:
        """A subject that is the name of a place or an organisation ("Le Pérou est le deuxième pays
        ...", "L'Algérie figure à la 146e place"): the "il" or "elle" after it is that place."""
        span = self.spacy_doc[subject.left_edge.i:subject.right_edge.i + 1]
        names = self.entities_in(span.start_char, span.end_char)
        return any(e.start <= subject.idx < e.end and e.label in ("LOC", "ORG") and not self.lexicon.is_medium(e.canonical)
                   for e in names) and not any(e.label == "PER" for e in names)

    def is_thing(self, noun: "Token", gender: str | None = "masc") -> bool:
        """A singular common noun of that gender that is no person: not a role, description or
        speaker noun of the lexicons, nor a noun of a person's ending ("le footballeur", "la
        chanteuse"), nor one with a name in apposition."""
        told = noun.morph.get("Gender")
        if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number") \
                or (gender is not None and told and told[0] != MORPH_GENDERS[gender]):
            return False
        if self.person_noun(noun):
            return False
        if self.entities_in(noun.left_edge.idx, noun.right_edge.idx + 1):
            return False  # "le fondateur de X", "le quotidien Le Monde": names decide, not this rule
        return not any(c.dep_ in ("appos", "flat:name") for c in noun.children)

    def person_noun(self, noun: "Token", by_ending: bool = True) -> bool:
        """A noun of a person: a role, description or speaker noun of the lexicons, a demonym
        ("l'Américain"), or (`by_ending`) a noun of a person's ending ("le footballeur", "la
        chanteuse"; endings also match things: "la vallée", "la main")."""
        nouns = self.lexicon.nouns
        if noun.lower_.startswith("ex-") or noun.lower_ in self.lexicon.countries:
            return True  # "l'ex-magnat de l'immobilier", "l'Américain": persons
        for word in (noun.lemma_.lower(), noun.lower_):
            if word in self.lexicon.speaker_nouns.get("person", ()) or word in self.lexicon.role_nouns \
                    or word in nouns.get("person_nouns", ()) or self.lexicon.noun_kind(word) in ("role", "description"):
                return True
        lower = noun.lower_
        return by_ending and lower.endswith(tuple(nouns.get("person_suffixes", ()))) and not lower.endswith(tuple(nouns.get("thing_suffixes", ())))

    def impersonal_clause(self, token: "Token") -> bool:
        """A clitic "lui" right after an impersonal "il" ("il lui était impossible de", "il lui a
        fallu", "il lui faut"): the clause has no person subject, and "lui" is whoever the sentence is
        about, a man or a woman."""
        doc = self.spacy_doc
        i = token.i - 1
        while i >= 0 and doc[i].lower_.replace("’", "'") in ("ne", "n'"):
            i -= 1
        return i >= 0 and doc[i].lower_ == "il" and impersonal_il(doc[i], self.lexicon)

    def reported_subjects(self, token: "Token") -> set[int]:
        """The persons a speaker's inverted pronoun cannot be: the subject of the words it reports,
        named in the same sentence before a quotation (X "peut être extradé" en vertu de la loi,
        a-t-elle conclu): the speaker reports about X, X is not the speaker."""
        return self.spoken_about(token) if token.text.startswith("-") else set()

    def spoken_about(self, token: "Token") -> set[int]:
        """The persons the quotation before an incise speaker (`token`: "-t-il", or the first word of
        '"...", a écrit le patron du parti') speaks of: the subject of the quoted words named before
        the quotation, and the persons the quotation names (`spoken_of`)."""
        doc = self.spacy_doc
        sentence = token.sent
        quotes = [t.i for t in doc[sentence.start:token.i] if t.is_quote]
        if not quotes:
            return set()
        found = self.spoken_of(token, doc[quotes[-1]])
        for e in self.entities_in(sentence.start_char, doc[quotes[0]].idx):
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            root = self.phrase_root(span) if span is not None else None
            if e.label == "PER" and root is not None and root.dep_ in SUBJECT_DEPS and root.head.i > quotes[0] \
                    and not self.is_source(span):  # the subject of a quoted verb, not of "X a dit : "...""
                found.add(e.cluster)
        return found

    def closing_mark_before(self, first: "Token") -> "Token | None":
        """The quotation mark that closes the quotation an incise speaker (`first`) follows."""
        doc = self.spacy_doc
        for t in reversed(doc[max(first.sent.start, first.i - 12):first.i]):
            if t.is_quote:
                return t
        return None

    def spoken_of(self, token: "Token", closing: "Token") -> set[int]:
        """The persons the quotation an inverted incise closes names ('"X est totalement soumis à
        ...", souligne-t-il'): its speaker speaks of them, and is none of them ('"Je ne suis pas X",
        a-t-il dit' is not X either). Only when the incise follows the closing mark, a comma aside."""
        between = self.text[closing.idx + len(closing.text):token.idx]
        if closing.idx == 0 or not self.is_quoted(closing.idx - 1) or any(c in between for c in ".;:?!\"«»"):
            return set()
        i = bisect.bisect_right(self._quote_starts, closing.idx - 1) - 1
        start, end = self.quoted[i]
        return {e.cluster for e in self.entities_in(start, end) if e.label == "PER" and e.start >= start}

    def inverted_subject(self, token: "Token") -> bool:
        """A clitic "lui" whose own verb's subject comes after the verb (""...", lui demande le
        journaliste"): the subject is the speaker, "lui" the one spoken to, who is the topic the
        sentences before were about, their subject rather than a name in a complement."""
        verb = token.head
        doc = self.spacy_doc
        if verb.i <= token.i or verb.pos_ not in ("VERB", "AUX") or doc[token.i + 1].pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "case" for c in token.children):
            return False  # a clitic right before its verb (the parse may call it a subject), not "pour lui"
        return any(self.speaks_after_its_verb(c) for c in verb.children)

    def speaks_after_its_verb(self, child: "Token") -> bool:
        """A noun or name after its verb that is the verb's subject, whatever the parse made of it
        (""...", lui demande le journaliste", '"...", lui a demandé X', the name tagged X)."""
        return child.i > child.head.i and child.pos_ in ("NOUN", "PROPN", "X") and self.is_subject(child)

    def is_subject(self, token: "Token") -> bool:
        """The subject of its verb, or the speaker after the verb of a quote's incise, which the parse
        often makes an object ("", lui demande le journaliste")."""
        return token.dep_ in SUBJECT_DEPS or self.speaks_after_quote(token.left_edge)

    @staticmethod
    def spoken_to(token: "Token") -> bool:
        """A phrase opened by a preposition after an incise's verb (""...", a-t-il rétorqué à ce
        militant"): the one spoken to, never the speaker, whatever `is_subject` reads in its left edge."""
        return token.dep_ not in SUBJECT_DEPS and token.left_edge.pos_ == "ADP"

    def repeats_a_thing(self, token: "Token") -> bool:
        """An emphatic "lui aussi", "elle aussi", "lui-même" after the verb of a sentence whose
        subject is a common noun that names no person ("Le protocole a lui aussi été renforcé"):
        the pronoun repeats that subject."""
        doc = self.spacy_doc
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if nxt not in ("aussi", "-même", "même") and not token.lower_.endswith("-même"):
            return False
        verb = token.head if token.head.pos_ in ("VERB", "AUX", "ADJ") else token.head.head
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < token.i:
                return child.pos_ == "NOUN" and self.lexicon.noun_kind(child.lemma_) not in ("role", "description")
        return False

    def complex_inversion(self, token: "Token") -> bool:
        """A question whose subject is a noun or name before the verb, repeated by the inverted pronoun
        ("Mais l'Amérique conservera-t-elle son attrait ?", "l'Élysée peut-il dépenser..."): the
        pronoun is that noun, never a person named elsewhere."""
        before = self.question_opening(token)
        if before is None:
            return False
        first = self.opening_noun(before)
        if first is not None and first.pos_ == "NOUN" and not any(first.idx < e.end for e in self.entities_in(first.idx - 200, first.idx + 1)) \
                and not self.person_noun(first) and first.idx not in self._person_at:
            return True  # "Une victoire de X permettrait-elle ... ?": the thing the sentence opens on, not X
        if any(e.label == "PER" for e in self.entities_in(before.start_char, before.end_char)):
            return False  # "Alain Juppé serait-il trop vieux ?": the person, found as usual
        for link in reversed(self.links):  # "L'ancien président aurait-il ... ?": a person's role
            if link.start < before.start_char:
                break
            if link.kind in ("role", "description") and link.cluster is not None and self.labels.get(link.cluster) == "PER":
                return False
        return any(t.pos_ in ("NOUN", "PROPN") for t in before)

    def question_opening(self, token: "Token") -> "Span | None":
        """The words of a question's clause before the verb of its inverted pronoun (`token`: "-t-il"),
        after a heading's colon or an earlier question ("Grand débat : quand X va-t-il ... ?"); None
        when the sentence asks nothing after the pronoun, or a quotation stands in those words."""
        sentence = token.sent
        if "?" not in self.text[token.idx + len(token.text):sentence.end_char]:
            return None
        doc = self.spacy_doc
        verb = token.i - 1
        while verb > sentence.start and doc[verb].text.lower() in ("-t", "-t-", "t"):
            verb -= 1
        start = max([t.i + 1 for t in doc[sentence.start:verb] if t.text in (":", ";", "?")], default=sentence.start)
        before = doc[start:verb]
        return None if any(t.is_quote for t in before) else before

    def opening_noun(self, words: "Span") -> "Token | None":
        """The first noun or name of `words` outside a prepositional phrase: a question's subject."""
        return next((t for t in words if t.pos_ in ("NOUN", "PROPN") and not self.in_prepositional_phrase(t)), None)

    def questioned_person(self, token: "Token") -> int | None:
        """The person a question's inverted pronoun repeats: the name that opens the question's clause
        ("Ou bien X, qui ne cache plus ses ambitions, ira-t-il ?", "Malgré tout, X sera-t-il candidat ?"),
        not a person of an earlier question. French grammar doubles a preposed subject this way."""
        before = self.question_opening(token)
        first = self.opening_noun(before) if before is not None else None
        if first is None or first.pos_ != "PROPN":
            return None
        names = [e for e in self.entities_in(first.idx, first.idx + 1) if e.start <= first.idx < e.end and e.label == "PER"]
        gender = PERSON_PRONOUNS.get(token.lower_.lstrip("-").removeprefix("t-"))
        return names[0].cluster if names and self.agrees(names[0].cluster, gender) else None

    def impersonal(self, token: "Token") -> bool:
        return impersonal_il(token, self.lexicon)

    def in_prepositional_phrase(self, noun: "Token") -> bool:
        """A noun after a preposition, its determiners and adjectives aside ("en cas de défaite de X",
        "au second tour"): no subject."""
        i = noun.i - 1
        while i >= 0 and self.spacy_doc[i].pos_ in ("DET", "ADJ", "NUM"):
            i -= 1
        return i >= 0 and self.spacy_doc[i].pos_ == "ADP"

    def demonstrative(self, token: "Token") -> Link | None:
        text = self.spacy_doc[token.i:token.i + 2].text.lower().replace("’", "'")
        single = token.lower_ in ("celui-ci", "celle-ci", "celui-là", "celle-là")
        phrase = token.lower_ if single else text
        if phrase in self.lexicon.nouns["demonstratives_masc"]:
            gender = "masc"
        elif phrase in self.lexicon.nouns["demonstratives_fem"]:
            gender = "fem"
        else:
            return None
        after = token.i + (1 if single else 2)
        if not single and after < len(self.spacy_doc) and self.spacy_doc[after].pos_ == "NOUN" \
                and self.spacy_doc[after].dep_ != "ROOT" and self.spacy_doc[token.i + 1].head.i == after:
            return None  # "ce dernier surnom": an adjective before a noun, no pronoun
        end = token.idx + len(token.text) if single else self.spacy_doc[token.i + 1].idx + len(self.spacy_doc[token.i + 1].text)
        cluster = self.latest_person(token.idx, gender)
        if cluster is not None and self.unnamed_person_since(cluster, token.idx):
            return Link(token.idx, end, "pronoun", None, None)  # "… à un jeune homme. « … », lui a demandé ce dernier"
        if cluster is None:
            return None
        return Link(token.idx, end, "pronoun", cluster, self.canonical[cluster])

    def ordinal(self, token: "Token", gender_rank: tuple[str | None, int]) -> Link | None:
        """"le premier", "la seconde" as the subject of a clause ("William Logan et une jeune mère ...
        le premier, 48 ans, se voit remettre"): the first or second person named in the last sentence
        that named persons, in their order there, of the ordinal's gender."""
        doc = self.spacy_doc
        if token.i == 0 or doc[token.i - 1].lower_.replace("’", "'") not in ("le", "la", "l'") \
                or token.i + 1 >= len(doc):
            return None
        nxt = doc[token.i + 1]
        if not (nxt.text == "," or nxt.pos_ in ("VERB", "AUX") or nxt.lower_.replace("’", "'") in ("ne", "n'", "se", "s'")) \
                or (not nxt.is_punct and nxt.head.i == token.i) or (token.i >= 2 and doc[token.i - 2].lemma_ == "être"):
            return None  # "le premier tour", "le premier à ...", "X est le premier opposant": no pronoun
        here = self.sentence_of(token.idx)
        gender, rank = gender_rank
        lists: dict[int, list[int]] = {here: [], here - 1: []}
        for named in reversed(self.seen[-SEEN_LOOKBACK:]):
            if named.at >= token.idx or named.label != "PER" or named.pronoun:
                continue
            if named.sentence < here - 1:
                break  # the list is in this sentence or the one before, never further back
            if named.cluster not in lists[named.sentence] and self.agrees(named.cluster, gender):
                lists[named.sentence].insert(0, named.cluster)
        order = lists[here] if len(lists[here]) >= 2 else lists[here - 1]  # "X et Y sont venus, le premier ..."
        if len(order) <= rank or (rank == 1 and len(order) != 2):
            return None
        cluster = order[rank]
        start = doc[token.i - 1].idx
        return Link(start, token.idx + len(token.text), "pronoun", cluster, self.canonical[cluster])

    def unnamed_person_since(self, cluster: int, at: int) -> bool:
        """A person phrase naming nobody ("un jeune homme", "une militante") stands between the last
        name or role of `cluster` (pronouns are guesses) and `at`: "ce dernier" is that unnamed
        person, not the named one."""
        last = self._last_named.get(cluster)
        if last is None or last >= at:
            return False
        i = bisect.bisect_right(self._unnamed, last)
        return i < len(self._unnamed) and self._unnamed[i] < at

    def unnamed_subject(self, token: "Token", determiner: "Token") -> bool:
        """A person phrase naming nobody that is a main clause's subject or speaks after a quote ("un
        responsable du ministère a déclaré", "\"...\", a dit une habitante"): the "il" or "elle" that
        follows continues it, not the person named before it."""
        if determiner.lower_ not in ("un", "une"):
            return False  # a definite one that named nobody is mostly a missed holder ("le locataire de la Maison Blanche")
        if token.dep_ in SUBJECT_DEPS:
            return self.of_main_clause(token)
        return self.speaks_after_quote(token)

    def unnamed_speakers_keep_their_pronouns(self) -> None:
        """A subject "il" or "elle" in the sentence after (or the same as) an unnamed person's main
        clause, with no person named in between, is that unnamed person, not whoever was named
        before: "Un haut responsable a jugé la décision prématurée. Il a ajouté que ..." names nobody
        the article names. The chain goes on over the pronouns that follow, until a name or role."""
        if not self._unnamed_subjects:
            return
        blocking: tuple[int, str | None] | None = None  # (told sentence, gender) of the unnamed subject
        silent = iter(self._silent_unnamed)
        upcoming = next(silent, None)
        for i, link in enumerate(self.links):
            while upcoming is not None and upcoming < link.start:  # an unnamed person written to no link
                blocking = (self._told[self.sentence_of(upcoming)], self._unnamed_subjects[upcoming])
                upcoming = next(silent, None)
            person = link.cluster is not None and self.labels.get(link.cluster) == "PER"
            if link.kind in ("role", "description") and link.cluster is None and link.start in self._unnamed_subjects:
                blocking = (self._told[self.sentence_of(link.start)], self._unnamed_subjects[link.start])
            elif person and link.kind != "pronoun":
                blocking = None
            elif person and blocking is not None:
                word = self.text[link.start:link.end].lower()
                told = self._told[self.sentence_of(link.start)]
                gender = PERSON_PRONOUNS.get(word)
                token = self.spacy_doc.char_span(link.start, link.end)
                if word not in ("il", "elle") or token is None or token.root.dep_ not in PRONOUN_SUBJECT_DEPS \
                        or told - blocking[0] > 1 \
                        or (blocking[1] is not None and gender != blocking[1]):
                    blocking = None if told - blocking[0] > 1 else blocking
                    continue
                if self.named_later_in_sentence(link):
                    continue  # "S'il assure ..., X n'en reste pas moins ...": the name the pronoun announces
                self.links[i] = Link(link.start, link.end, "pronoun", None, None)
                blocking = (told, blocking[1])

    def named_later_in_sentence(self, link: Link) -> bool:
        """The pronoun's person is named after it in its own sentence (a fronted clause's cataphora)."""
        sentence = self.sentence_of(link.start)
        return any(e.start > link.end and self.sentence_of(e.start) == sentence
                   for e in self._of_cluster.get(link.cluster, ()))

    # -- noun phrases ------------------------------------------------------------------------------
    def noun_phrase(self, token: "Token") -> Link | None:
        lemma = token.lemma_.lower()
        lower = token.lower_.replace("’", "'")
        if lemma in self.lexicon.nouns["government"] or lower in self.lexicon.nouns["government"]:
            return self.government(token)
        if lemma in self.lexicon.nouns["outlets"] or lower in self.lexicon.nouns["outlets"]:
            return self.outlet(token)
        if lemma in self.lexicon.nouns["owned_documents"] or lower in self.lexicon.nouns["owned_documents"]:
            return self.owned_document(token)
        if lemma in self.lexicon.nouns["organisation_by_apposition"]:
            return self.by_apposition(token)
        kind = self.lexicon.noun_kind(lemma) or self.lexicon.noun_kind(token.lower_) \
            or ("place" if place_lexicon().kind_of_noun(lemma) else None)  # "la province"
        if kind is not None and self.qualifies_an_organisation(token):
            return None  # "le parti | républicain", "le groupe | socialiste": the organisation's adjective, no person
        if kind is not None and self.generic_kind(token):
            return None  # "les droits de | l'homme": a kind, nobody
        documents = self.lexicon.nouns["document"]
        is_document = lemma in documents or token.lower_ in documents
        told = None
        if kind is None and lemma in self.lexicon.nouns.get("masculine_persons", ()):
            told = self.determiner(token)  # "ce féroce critique du Kremlin": a critic; "la critique": a criticism
            kind = "description" if told is not None and told.lower_ in ("le", "ce", "cet", "un") else None
        if kind is None and not is_document:
            return None
        if self.modifies_a_later_noun(token):
            return None  # "l'ancien | Premier ministre": the phrase is the later noun's
        determiner = told if told is not None else self.determiner(token)
        if determiner is None and self.modifies_the_noun_before(token):
            return None  # "la majorité | sortante": an adjective the tagger read as a noun
        if is_document and kind is None and determiner is not None and determiner.lower_ in POSSESSIVES:
            return self.document(token, self.phrase(token, determiner), determiner)  # "selon ses dires"
        if self.is_plural(token, determiner):
            return None  # "les députés", "des ministres": a group, not one entity
        phrase = self.phrase(token, determiner)
        if is_document and kind is None:
            return self.document(token, phrase, determiner)
        if kind == "organisation" and self.is_event(token):
            if determiner is None or determiner.lower_.replace("’", "'") not in DEFINITE:
                return None  # "un mouvement de contestation": no mention, as other indefinite things
            return Link(phrase.start_char, phrase.end_char, "description", None, None)  # "le mouvement social"
        if kind in ("place", "organisation"):
            return self.thing(token, phrase, determiner, kind)
        return self.person_phrase(token, phrase, determiner, kind)

    def generic_kind(self, token: "Token") -> bool:
        """A generic person noun ("homme", "femme", "enfant") after "de" and a definite article, under
        a noun of rights or conditions ("les droits de l'homme", "la condition de la femme", "la
        Ligue des droits de l'Homme"): the phrase names a kind of person, nobody the article names."""
        nouns = self.lexicon.nouns
        if token.lemma_.lower() not in nouns.get("generic_persons", ()) and token.lower_ not in nouns.get("generic_persons", ()):
            return False
        before = [t.lower_.replace("’", "'") for t in self.spacy_doc[max(0, token.i - 3):token.i]]
        if before[-1:] == ["du"]:  # "les droits du citoyen"
            return len(before) >= 2 and before[-2] in nouns.get("generic_kinds", ())
        return len(before) == 3 and before[1] == "de" and before[2] in ("l'", "la") \
            and before[0] in nouns.get("generic_kinds", ())

    def modifies_a_later_noun(self, token: "Token") -> bool:
        """"l'ancien | Premier ministre"; never a subject ("Le pays compte 80.000 malades" with "compte"
        parsed as a noun)."""
        head = token.head
        return not token.dep_.startswith("nsubj") and head.i > token.i and head.i - token.i <= 3 and head.pos_ in ("NOUN", "PROPN") \
            and not any(t.is_punct or t.pos_ in ("ADP", "DET") for t in self.spacy_doc[token.i + 1:head.i])

    def modifies_the_noun_before(self, token: "Token") -> bool:
        """A description word with no determiner right after a common noun of its gender ("la
        majorité | sortante", "le gouvernement | sortant"): an adjective of that noun, no mention."""
        if token.i == 0 or self.lexicon.noun_kind(token.lemma_.lower()) != "description":
            return False
        before = self.spacy_doc[token.i - 1]
        return before.pos_ == "NOUN" and before.is_lower and not self.person_noun(before, by_ending=False)

    @staticmethod
    def is_plural(token: "Token", determiner: "Token | None") -> bool:
        if determiner is not None and determiner.lower_ in PLURAL_DETERMINERS:
            return True
        return "Plur" in token.morph.get("Number") and (determiner is None or determiner.lower_ not in DEFINITE)

    def determiner(self, token: "Token") -> "Token | None":
        """The article before a head noun, over adjectives ("l'ancien banquier", "le Premier ministre",
        "l'ancien Premier ministre")."""
        i = token.i - 1
        while i >= 0 and token.i - i <= 3 and not self.spacy_doc[i].is_punct and (
                self.spacy_doc[i].pos_ in ("ADJ", "NUM") or self.lexicon.noun_kind(self.spacy_doc[i].lower_) == "description"):
            i -= 1
        if i >= 0 and self.spacy_doc[i].pos_ == "DET":
            return self.spacy_doc[i]
        return None

    def phrase(self, token: "Token", determiner: "Token | None") -> "Span":
        """Determiner, head and its complement up to a comma, relative pronoun, verb or name, never the
        head's own governor ("Le pays | compte 80.000 malades" with "compte" parsed as a noun)."""
        start = determiner.i if determiner is not None else token.i
        end = token.i + 1
        joined = 0  # tokens of hyphenated words past their first: they do not count towards the length
        while end < len(self.spacy_doc) and end - start - joined < MAX_PHRASE_TOKENS:
            nxt = self.spacy_doc[end]
            if self.joins_a_compound(end):
                end += 2  # "le chef d'état | - | major": one hyphenated word, whatever the tagger made of the hyphen
                joined += 2
                continue
            if nxt.lower_ in PHRASE_STOPS or nxt.pos_ in ("VERB", "AUX", "PRON", "PUNCT") or (nxt.pos_ == "ADV" and nxt.lower_ not in PHRASE_ADVERBS and not nxt.text[:1].isupper()) or nxt.idx in self._person_starts \
                    or "\n" in nxt.text or nxt.head.i < token.i or nxt.i == token.head.i != token.i \
                    or (nxt.pos_ == "ADP" and nxt.lower_.replace("’", "'") not in COMPLEMENT_PREPOSITIONS
                        and not self.title_field_goes_on(end)) \
                    or (nxt.pos_ == "DET" and self.spacy_doc[end - 1].pos_ != "ADP"):
                break  # "le président | la semaine dernière", "l'ex-président | avant de", "le ministre | n'a"
            end += 1
        while end - 1 > token.i and self.spacy_doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
            end -= 1  # "le tribun | à", "les déclarations | d'"
        return self.spacy_doc[start:end]

    def generic_former(self, phrase: "Span") -> bool:
        """"tout ancien | ministre de X", "des anciens | ministre": a former role after a determiner or a
        quantifier, which the phrase leaves out; not a fronted apposition ("Ancien | directeur du FMI, il")."""
        doc = self.spacy_doc
        if phrase.start < 2 or doc[phrase.start - 1].lower_ not in FORMER_BEFORE_BARE:
            return False
        before = doc[phrase.start - 2]
        return before.pos_ in ("DET", "ADP") or before.lower_ in ("tout", "toute", "tous", "toutes")

    def title_field_goes_on(self, i: int) -> bool:
        """"avec" after a capitalised field of an office ("secrétaire d'État aux Relations | avec le
        Parlement", "ministre chargée des Relations avec les collectivités"): the title's own words."""
        doc = self.spacy_doc
        return doc[i].lower_ == "avec" and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ in ("NOUN", "PROPN") \
            and i >= 2 and doc[i - 2].lower_ in ("aux", "des", "les")

    def joins_a_compound(self, i: int) -> bool:
        """A hyphen written without spaces between two words ("état-major"), split off by the tokenizer."""
        doc = self.spacy_doc
        return doc[i].text in HYPHENS and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
            and (doc[i + 1].is_alpha or doc[i + 1].lower_ in ("d'", "d’"))  # "Provence-Alpes-Côte-d'Azur"

    def person_phrase(self, token: "Token", phrase: "Span", determiner: "Token | None", kind: str) -> Link | None:
        if self.names_an_office(phrase):
            return None
        if determiner is None and self.asked_about(token):
            return None  # "Qui est responsable de la mort du bébé X ?": a question, nobody named
        if determiner is None and self.generic_former(phrase) \
                and not (phrase.end < len(self.spacy_doc) and self.spacy_doc[phrase.end].idx in self._person_starts):
            return None  # "tout ancien ministre de l'Intérieur", "des anciens ministre": no current holder
        key = role_key(phrase)
        office = self.lexicon.office_of(key)
        gender = self.gender_of_phrase(token, determiner)
        bare = phrase.end == token.i + 1  # no complement: "le ministre", not "le ministre de la Santé"
        words = self.lexicon.descriptive_words([t.text for t in phrase if t.pos_ in ("NOUN", "ADJ", "PROPN")])
        lemma = self.lexicon.equivalents.get(token.lemma_.lower(), token.lemma_.lower())
        predicate = None if determiner is not None else role_holders.name_right_before(
            self.text, phrase, self.entities_in(phrase.start_char - 60, phrase.start_char))
        cluster = predicate if predicate is not None else self.apposed(phrase)  # "X candidat, Y ...": X
        clause = self.predicate_clause(token) if cluster is None and (
            determiner is None or determiner.lower_.endswith(("-même", "-mêmes"))) else None
        if clause is not None:
            cluster = self.predicate_holder(token, clause)  # "X est (lui-même) chef du gouvernement", "X devient présidente"
            if cluster is None:
                return None  # "pour être candidat": a predicate of nobody named
            if self.negated(clause):  # "X ne sera pas candidat": X's, a role he does not hold
                return Link(phrase.start_char, phrase.end_char, "role" if kind == "role" else "description",
                            cluster, self.canonical[cluster])
        reliable = cluster is not None and predicate is None
        named_key = self.named_role_key(phrase)
        if cluster is None and key in self.roles:
            cluster = self.roles[key]
        if cluster is None and named_key in self.roles:
            cluster = self.roles[named_key]  # "le leader de LFI" after "le leader de la France insoumise, X"
        succession = self.succession_after(token) if cluster is None and determiner is not None else None
        if succession is not None:
            # "son successeur" that no apposition named before: the owner's neighbour in an office, never
            # remembered as a role nor given by cataphora (another owner's successor is another person)
            cluster = self.succession_holder(token, phrase, determiner, succession)
            self._owner_relative.add(phrase.start_char)
            return Link(phrase.start_char, phrase.end_char, "description" if kind == "description" else "role",
                        cluster, self.canonical.get(cluster))
        if cluster is None and determiner is not None and determiner.lower_.replace("’", "'") in DEFINITE:
            cluster = self.copula_subject_person(token)  # "dont il fut le conseiller": who "il" is
            # (after the role's holder by name: a pronoun subject is a guess, "il est l'avocat" a known one's)
        core = self.organisation_role_key(token, phrase)  # "représentant de #OMS"
        if cluster is None and core is not None and determiner is not None \
                and determiner.lower_.replace("’", "'") in DEFINITE:
            cluster = self.roles.get(core)  # "le représentant local de l'OMS" after "le représentant de l'OMS à Cuba, X"
        if cluster is None and office is not None and office in self.offices:
            cluster = self.offices[office]  # "le chef de l'État" after "le président de la République, X"
        if cluster is None and office is not None:
            cluster = self.dated_holder(office)  # "le chef de l'État" in 2019: Emmanuel Macron, if named
            reliable = cluster is not None
        former = self.former_office(key)
        if cluster is None and former is not None:
            cluster = self.dated_holder(former, before=True)  # "l'ancien chef de l'État" in 2019: Hollande, if named
        if cluster is None and former is not None and determiner is not None and determiner.lower_.replace("’", "'") in DEFINITE:
            cluster = self.latest_former_holder(former, phrase.start_char)  # in 2018 Sarkozy, if Hollande is not named
        head = ("ancien " if self.former(key) else "") + token.lemma_.lower()  # "l'ancien chancelier" never "le chancelier X"
        if cluster is None and bare and (office is None or token.i - phrase.start == 1) \
                and (head, gender) in self.heads and determiner is not None \
                and determiner.lower_.replace("’", "'") in DEFINITE:
            cluster = self.heads[(head, gender)]  # not "le Premier ministre" after "le ministre de X"
        if cluster is None and determiner is not None and determiner.lower_.replace("’", "'") in DEFINITE \
                and token.lemma_.lower() not in self.lexicon.nouns.get("not_salient_roles", ()) \
                and token.lower_ not in self.lexicon.nouns.get("not_salient_roles", ()):
            inside = {e.cluster for e in self.entities_in(phrase.start_char, phrase.end_char)}
            inside |= self.complement_owners(phrase)
            inside |= self.governing_subjects(token)
            inside |= self.coordinated_before(phrase)
            if not self.former(key):  # "l'ancienne journaliste" may be a minister now
                inside |= speaker_salience.other_professions(self.held, self.described, lemma)  # not the interviewee
            if former is not None:  # "l'ancien chef de l'État" is not the one in office
                inside |= {c for c in (self.offices.get(former), self.dated_holder(former)) if c is not None}
            if office is not None:  # "le Premier ministre" is not the person holding the presidency
                inside |= {c for o, c in self.offices.items() if o != office}
                inside |= {c for c, given in self.given.items()  # "le ministre de l'Intérieur, X" is no Premier ministre
                           if given and all(self.lower_role(g.role, office) for g in given)}
            if office is None and lemma in self.lexicon.nouns["never_heads_of_state"]:
                head = "président de la république"  # "le ministre" is not the president in office
                inside |= {c for c in (self.offices.get(head), self.dated_holder(head)) if c is not None}
            if office is None and lemma in self.lexicon.nouns.get("never_prime_ministers", ()):
                head = "premier ministre"  # "le sénateur" is not the Premier ministre in office
                inside |= {c for c in (self.offices.get(head), self.dated_holder(head)) if c is not None}
            country = self.role_country(phrase)
            if country is not None:  # "le président des Etats-Unis" is not "le Premier ministre israélien X"
                inside |= {c for c, countries in self.nationality.items() if country not in countries}
            party = role_holders.phrase_party(phrase)
            tied: set[int] = set()
            if party is not None:  # "le candidat démocrate" is no one the article called républicain
                tied, other = role_holders.party_candidates(self.party_ties, party, phrase.start_char)
                if not self.former(key) and not role_holders.copula_predicate(token):
                    inside |= other
            closing = self.closing_mark_before(phrase[0]) if self.speaks_after_quote(phrase[0]) else None
            if closing is not None:  # '"X a compris", a estimé le chef de file de la CGT': not X
                inside |= self.spoken_of(phrase[0], closing)
                # (not the subject named before the quotation, as for "-t-il": an unnamed journalist
                # who writes '"X jure que ...", écrit le journaliste' would go to another person)
            if any(t.lower_ in role_holders.CURRENT_WORDS for t in phrase[:3]):
                # "l'actuel ministre de l'Intérieur" is not "l'ancien ministre de l'Intérieur de X"
                inside |= {c for k, c in self.roles.items() if k.startswith("ancien " + key)}
            cluster = self.salient_person(phrase.start_char, gender, exclude=inside, prefer_subject=True,
                                          role=lemma, words=words)
            if cluster is None:  # "la présidente du FN" out of reach: Marine Le Pen, if the article names her
                cluster = role_holders.named_leader(
                    token.lower_, [e.canonical for e in self.entities_in(phrase.start_char, phrase.end_char)
                                   if e.label == "ORG"], self.persons_by_key, organisation_kinds().leaders, loose_key)
                cluster = cluster if cluster is not None and cluster not in inside and self.agrees(cluster, gender) else None
            if party is not None and cluster is None:  # ... and, no one else in reach, the one it called démocrate
                holders = {c for c in tied if c not in inside and self.agrees(c, gender)}
                cluster = holders.pop() if len(holders) == 1 else cluster
            if cluster is not None and determiner.lower_ in ("ce", "cet", "cette") \
                    and self.unnamed_person_since(cluster, phrase.start_char):
                return Link(phrase.start_char, phrase.end_char, "description" if kind == "description" else "role",
                            None, None)  # "un manifestant a dit ... cet homme": that unnamed one
            if cluster is None:
                cluster = self.described_earlier(lemma, words, 1 if kind == "description" else 2, gender, inside)
            if cluster is None and (determiner.lower_ in ("ce", "cet", "cette") or role_holders.person_in_complement(
                    phrase, self.entities_in(phrase.start_char, self.complement_end(phrase)))):
                # "ce féroce critique du Kremlin" after a section heading: a demonstrative points back, to the topic
                cluster = role_holders.dominant(  # "l'ancien ministre de X" far from any other name: the topic
                    n.cluster for n in self.seen if n.at < phrase.start_char and n.label == "PER" and not n.pronoun
                    and n.cluster not in inside and self.agrees(n.cluster, gender))
        if cluster is None and self.relational(token, determiner):
            cluster = self.described_earlier(lemma, words, 1, gender, set())  # "son avocat": "l'avocat de X, Me Y"
        if cluster is None and determiner is None:
            return None  # a bare role noun ("ministre", "chef") not in apposition: a predicate, not a mention
        if cluster is not None and self.labels.get(cluster) == "PER":
            self.held.setdefault(cluster, set()).add(lemma)
            if reliable:
                self.described.setdefault(cluster, set()).update(words)
                self.given.setdefault(cluster, []).append(Given(phrase.start_char, phrase.end_char,
                                                                self.role_text(phrase), self.told_gender(token, determiner)))
                country = self.role_country(phrase)
                if country is not None:
                    self.nationality.setdefault(cluster, set()).add(country)
            if not (office is not None and bare and self.second_role_after(phrase)) and predicate is None:
                # not "du président et directeur de la publication de Mediapart, X": X's, no head of state
                self.remember_holder(cluster, office, (key, named_key, core if reliable else None),
                                     (head, gender) if reliable else None, reliable,
                                     titled=phrase.start_char if self.sentence_of(phrase.start_char) == 0 else None)
        elif cluster is not None:
            cluster = None
        return Link(phrase.start_char, phrase.end_char, "role" if kind == "role" else "description",
                    cluster, self.canonical.get(cluster) if cluster is not None else None)

    def copula_subject_person(self, token: "Token") -> int | None:
        """The person a role's copula subject names (`role_holders.copula_subject`): a person's name; not a
        pronoun, whose answer is a guess a wrong role would then spread to every later mention."""
        subject = role_holders.copula_subject(token)
        if subject is None:
            return None
        if subject.pos_ == "PRON":
            return None  # "X, Y, Z... il est l'avocat de ceux dont": the pronoun's own guess would be copied on
        return next((e.cluster for e in self.entities_in(subject.idx - 40, subject.idx + 1)
                     if e.label == "PER" and e.start <= subject.idx < e.end), None)

    @cached_property
    def persons_by_key(self) -> dict[str, int]:
        """Person canonical names by `loose_key` (`party_leaders` is keyed so) -> cluster, read once."""
        return {loose_key(canonical): c for c, canonical in self.canonical.items() if self.labels.get(c) == "PER"}

    @cached_property
    def party_ties(self) -> dict[int, dict[str, int]]:
        """Person cluster -> the parties the article ties it to (`role_holders.party_ties`), read once."""
        persons = [e for e in self.entities if e.label == "PER"]
        return role_holders.leader_ties(role_holders.party_ties(self.spacy_doc, persons), persons,
                                        organisation_kinds().leaders, loose_key)

    def remember_holder(self, cluster: int, office: str | None, keys: tuple[str, str | None],
                        head: tuple[str, str | None] | None, reliable: bool = False, titled: int | None = None) -> None:
        """What later roles read of this one's holder: the office, the role's keys, and (for a holder
        named with it, never a guess) the bare head ("le ministre" follows "le ministre de X, Y"). The
        first holder stays, unless it was the title's guess (`titled`: its start) and this one is named
        with the role: "Mélenchon, Le Pen : la porte-parole du gouvernement a fait son choix" guessed
        from the names before it yields to "la porte-parole du gouvernement, X" in the lead, and the
        title's phrase becomes X's too (`title_guesses_yield`). (Letting any guess yield to a later
        holder named with the role made 2 answers wrong of 5 changed on 1,200 corpus articles: a
        reliable holder of an overlapping key took a role guessed right.)"""
        if office is not None:
            self.offices.setdefault(office, cluster)
        for key in keys:
            if key is None:
                continue
            if reliable and key in self._guessed_roles:
                self.roles[key] = cluster
                for start in self._guessed_roles.pop(key):
                    self._title_holders[start] = cluster
            elif key not in self.roles:
                self.roles[key] = cluster
                if not reliable and titled is not None:
                    self._guessed_roles.setdefault(key, set()).add(titled)
        if head is not None:
            self.heads[head] = cluster
            self.heads.setdefault((head[0], None), cluster)

    def predicate_clause(self, token: "Token") -> "Token | None":
        """The clause a role without determiner is the predicate of: itself with its copula ("X est
        ministre", "il était lui-même chef du gouvernement"), or a verb of becoming or staying ("X
        devient présidente du groupe", "reste maire")."""
        if any(c.dep_ == "cop" and c.i < token.i for c in token.children):
            return token
        head = token.head
        if head is not token and head.i < token.i and token.dep_ in ("xcomp", "obj", "acl") \
                and head.lemma_.lower() in self.lexicon.nouns.get("becoming_verbs", ()):
            return head
        return None

    @staticmethod
    def negated(clause: "Token") -> bool:
        """A clause with a negation ("ne sera pas", "n'est plus", "ne deviendra jamais")."""
        return any(c.lower_ in ("pas", "plus", "jamais", "guère", "ne", "n'", "n’") for c in clause.children)

    def predicate_holder(self, token: "Token", clause: "Token") -> int | None:
        """The one person subject of the clause a role is the predicate of, name, role or pronoun."""
        persons = [c for c in self.subjects_of(clause, token.lemma_, pronouns=True) if self.labels.get(c) == "PER"]
        return persons[0] if len(persons) == 1 else None

    def relational(self, token: "Token", determiner: "Token | None") -> bool:
        """A noun naming a person by a relation to another (`relational_roles`), its owner given by a
        possessive ("son avocat", "son principal rival"): when no name follows it, it is the one
        person the article introduced with that noun ("son avocat" after "l'avocat de X, Y"), never
        a salience guess. (Measured on 400 corpus articles: for "l'avocat de X" salience is mostly
        right, the holder being the article's topic, so that case keeps it.)"""
        if determiner is None or determiner.lower_ not in POSSESSIVES:
            return False
        nouns = self.lexicon.nouns.get("relational_roles", ())
        return token.lemma_.lower() in nouns or token.lower_ in nouns

    def names_an_office(self, phrase: "Span") -> bool:
        """A bare role after "le poste de", "la fonction de" ("supprimer le poste de Premier ministre",
        "le titre de secrétaire d'État"): the office itself, which no one holds in that phrase."""
        doc = self.spacy_doc
        i = phrase.start - 1
        if not len(phrase) or phrase[0].pos_ == "DET":
            return False
        while i > phrase.start - 3 and i >= 0 and doc[i].text[:1].isupper() and doc[i].pos_ in ("ADJ", "PROPN", "NOUN"):
            i -= 1  # "(de) Premier | ministre"
        return i >= 1 and doc[i].lower_.replace("’", "'") in ("de", "d'") \
            and doc[i - 1].lemma_.lower() in self.lexicon.nouns.get("office_nouns", ())

    def lower_role(self, role: str, office: str) -> bool:
        """A role given in apposition that rules out a one-holder office: one of `never_heads_of_state`
        ("ministre de l'Intérieur", "maire de Troyes", "porte-parole") that is not that office's own
        phrase ("Premier ministre")."""
        lowered = role.lower().replace("’", "'")
        if self.lexicon.office_of(lowered) == office:
            return False
        return any(w in self.lexicon.nouns["never_heads_of_state"] for w in lowered.replace("-", " ").split()) \
            or any(w in self.lexicon.nouns["never_heads_of_state"] for w in lowered.split())

    def role_country(self, phrase: "Span") -> str | None:
        """The country a role phrase names (folded): by a demonym ("le Premier ministre israélien")
        or a country named in it ("le président des Etats-Unis"), else None."""
        for t in phrase:
            names = self.lexicon.countries.get(t.lower_)
            if names is not None:
                key = loose_key(names[0])
                return self.lexicon.country_keys.get(key, key)
        for e in self.entities_in(phrase.start_char, phrase.end_char):
            if e.label == "LOC" and self.is_country(e.cluster):
                return self.country_key(e.cluster)
        return None

    def country_key(self, cluster: int) -> str:
        """A country cluster's key, the same as its demonym's ("Etats-Unis" and "américain": "etats unis")."""
        key = loose_key(self.canonical.get(cluster, ""))
        return self.lexicon.country_keys.get(key, key)

    def named_role_key(self, phrase: "Span") -> str | None:
        """The role key with the organisations and places of its complement by their entity, not their
        words: "leader de la France insoumise" and "leader de LFI" are one role. None without a name."""
        inside = self.entities_in(phrase.start_char, phrase.end_char)
        if not inside:
            return None
        words: list[str] = []
        at = phrase.start_char
        for e in inside:
            if e.end > phrase.end_char:
                return None
            words += self.text[at:e.start].replace("’", "'").lower().split()
            while words and words[-1] in ("la", "le", "les", "l'"):
                words.pop()
            if words and words[-1] in ("du", "des", "d'"):
                words[-1] = "de"
            words.append(f"#{e.cluster}")
            at = e.end
        words += self.text[at:phrase.end_char].lower().split()
        if words and phrase[0].pos_ == "DET":
            words = words[1:]
        return " ".join(words)

    def organisation_role_key(self, token: "Token", phrase: "Span") -> str | None:
        """A role's head and the organisation its complement names first, its other words left out:
        "représentant (local) de l'OMS (à Cuba)" -> "représentant de #OMS", so a holder named with the
        longer phrase holds the shorter one. None without an organisation right after the head's "de"."""
        i = token.i + 1
        while i < phrase.end and self.spacy_doc[i].pos_ == "ADJ":
            i += 1
        if i >= phrase.end or self.spacy_doc[i].lower_.replace("’", "'") not in ("de", "du", "des", "d'"):
            return None
        start = self.spacy_doc[i].idx + len(self.spacy_doc[i].text)
        for e in self.entities_in(start, min(start + 12, phrase.end_char)):
            if e.label == "ORG" and e.end <= phrase.end_char and ARTICLE_GAP.fullmatch(self.text, start, e.start):
                return f"{token.lemma_.lower()} de #{e.cluster}"
        return None

    def role_text(self, phrase: "Span") -> str:
        """The role as written, without its determiner: "la ministre de la Santé" -> "ministre de la Santé"."""
        start = phrase[1].idx if len(phrase) > 1 and phrase[0].pos_ == "DET" else phrase.start_char
        return self.text[start:phrase.end_char]

    @staticmethod
    def told_gender(token: "Token", determiner: "Token | None") -> str | None:
        """The gender a role's own words say: a gendered determiner ("la ministre", "le ministre"), or
        a feminine form of the noun ("présidente", "directrice"); never the tagger's guess."""
        if determiner is not None and determiner.lower_ in FEM_DETERMINERS:
            return "fem"
        if determiner is not None and determiner.lower_ in MASC_DETERMINERS:
            return "masc"
        lemma = token.lemma_.lower()
        if lemma != token.lower_ and token.lower_ in (lemma + "e", lemma + "ne", lemma.removesuffix("eur") + "rice"):
            return "fem"
        return None

    def dated_holder(self, office: str, before: bool = False) -> int | None:
        """The cluster of the person who held the office on the article's date (`before`: the last
        holder before them), when the article names them (in full, or by surname alone)."""
        name = self.lexicon.holder(office, self.date, before=before)
        if name is None:
            return None
        full = without_accents(name.lower())
        surname = full.split()[-1]
        found = [c for c in (self._persons_by_name.get(full), self._persons_by_name.get(surname)) if c is not None]
        return min(found, key=self._cluster_order.__getitem__) if found else None

    def succession_after(self, token: "Token") -> bool | None:
        """True for a successor noun ("successeur"), False for a predecessor noun, None for any other."""
        words = {token.lemma_.lower(), token.lower_}
        if words & self.lexicon.nouns.get("successor_nouns", frozenset()):
            return True
        return False if words & self.lexicon.nouns.get("predecessor_nouns", frozenset()) else None

    def succession_holder(self, token: "Token", phrase: "Span", determiner: "Token", after: bool) -> int | None:
        """"son successeur", "le prédécesseur de X" (`successor_nouns`, `predecessor_nouns`; `after` for
        the first): when the owner (the person the possessive names, or the one in the complement) held
        an office of `office_holders.json`, the holder right after or before them in it, if the article
        names that one person ("Hollande ... son successeur" is Macron), and never the subject of the
        phrase's own clause. Nobody when the owner is not in the table: a salience guess would be the
        owner's circle."""
        if determiner.lower_ in POSSESSIVES:
            owners = {self.salient_person(phrase.start_char, None)} - {None}
        else:
            owners = self.complement_owners(phrase) | {e.cluster for e in self.entities_in(phrase.start_char, phrase.end_char)
                                                       if e.label == "PER"}
        if len(owners) != 1:
            return None
        found = self.persons_named(self.lexicon.neighbour_holders(self.canonical[owners.pop()], after=after))
        verb = token.head
        while "Inf" in verb.morph.get("VerbForm") and verb.head is not verb:
            verb = verb.head  # "X ... avant de recevoir son successeur": X's clause, whose subject he is not
        found -= self.governing_subjects(token) | self.subjects_of(verb, token.lemma_, pronouns=True)
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):  # "Le président Macron"
            found -= {e.cluster for e in self.entities_in(subject.left_edge.idx, subject.right_edge.idx + 1)}
        return found.pop() if len(found) == 1 else None

    def coordinated_before(self, phrase: "Span") -> set[int]:
        """The person of a role or description coordinated right before this one ("l'ancien chef de
        l'État et le maire de Bordeaux"): two conjuncts are two people."""
        if not self.links:
            return set()
        last = self.links[-1]
        between = self.text[last.end:phrase.start_char].strip().lower()
        if last.kind in ("role", "description", "name") and last.cluster is not None and between in ("et", "ou", ","):
            return {last.cluster}
        return set()

    def persons_named(self, names: "Iterable[str]") -> set[int]:
        """The clusters of the persons of the table (`office_holders.json`) the article names, in full or
        by surname alone."""
        clusters = set()
        for name in names:
            full = without_accents(name.lower())
            found = self._persons_by_name.get(full, self._persons_by_name.get(full.split()[-1]))
            if found is not None:
                clusters.add(found)
        return clusters

    def latest_former_holder(self, office: str, at: int) -> int | None:
        """Of the people who held the office before the article's date and whom the article names,
        the one named last before `at` (in the last `SENTENCE_REACH` sentences)."""
        clusters = self.persons_named(self.lexicon.former_holders(office, self.date))
        if not clusters:
            return None
        sentence = self.sentence_of(at)
        for named in reversed(self.seen):
            if sentence - named.sentence > SENTENCE_REACH:
                return None
            if named.at < at and named.cluster in clusters:
                return named.cluster
        return None

    @staticmethod
    def former(key: str) -> bool:
        """"l'ancien ministre", "l'ex-président" (`role_key` writes both "ancien ..."): a role its
        holder no longer has. A bare head follows the person named with it under the same status:
        "l'ancien chancelier" the one named "l'ancien chancelier allemand", never "le chancelier X"."""
        return key.startswith("ancien ")

    def former_office(self, key: str) -> str | None:
        """The office of a former holder: "ancien chef de l'État", "ex-Premier ministre"."""
        words = key.split()
        if words and words[0] in ("ancien", "ancienne", "ex"):
            return self.lexicon.office_of(" ".join(words[1:]))
        if words and words[0].startswith("ex-"):
            return self.lexicon.office_of(" ".join([words[0][3:], *words[1:]]))
        return None

    def governing_subjects(self, token: "Token") -> set[int]:
        """Clusters of the subjects of the verbs above the clause holding `token`: in "X révèle
        que l'ancien patron du parti se tourne vers les affaires" the description is not X (a
        speaker does not describe himself in the third person; a pronoun may: "X dit qu'il"). The
        same holds up through an infinitive ("X souhaite s'engager auprès de l'élue socialiste") and
        for the subject of the description's own verb when the description is its object or
        complement ("X a rencontré le ministre"); a subject given by a role or a pronoun counts
        as its person ("l'ancienne journaliste a confirmé qu'elle soutiendrait l'élue socialiste")."""
        clusters = set()
        clause = token.head
        subject = self.is_subject(token) and not self.spoken_to(token)
        if subject:  # ""...", lui demande le journaliste": not the one "lui" names
            clusters |= {self._pronoun_at[c.idx] for c in clause.children  # the parse may call "lui" a subject
                         if c.lower_ == "lui" and c.i < clause.i and c.idx in self._pronoun_at
                         and not any(g.dep_ == "case" for g in c.children)}  # not "selon lui"
        if clause.dep_ == "advmod" and clause.pos_ in ("ADV", "ADP"):
            clause = clause.head  # "s'engager auprès de l'élue": the parse hangs the complement on "auprès"
        predicate = any(c.dep_ == "case" and c.lower_ in PREDICATE_CASES for c in token.children)
        if token.dep_ in OBJECT_DEPS and clause.pos_ in ("VERB", "AUX") and not predicate and not subject \
                and clause.lemma_ not in COPULA_LEMMAS and not any(c.dep_ == "nsubj:pass" for c in clause.children):
            clusters |= self.subjects_of(clause, token.lemma_, pronouns=True)  # not "elle s'inscrit comme la première femme"
        if token.dep_ == "obl:agent" and clause.pos_ in ("VERB", "AUX"):
            clusters |= self.subjects_of(clause, token.lemma_, pronouns=True)  # "X est devancé par le maire de Y"
        climbed = ("ccomp",) if predicate else ("ccomp", "xcomp")
        while clause.dep_ in climbed and clause.head is not clause:  # up through reported clauses
            clause = clause.head
            clusters |= self.subjects_of(clause, token.lemma_)
            clusters |= self.named_right_before(clause)
        return clusters

    def subjects_of(self, verb: "Token", lemma: str = "", pronouns: bool = False) -> set[int]:
        """The persons of a verb's subjects: names, the person a role or description subject (other
        than one of head `lemma`) was resolved to, and with `pronouns` a pronoun subject's guess (only
        for the description's own verb: a guess two clauses up misleads more than it helps)."""
        clusters = set()
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ == "qui" and verb.dep_ == "acl:relcl":
                clusters |= self.antecedent_persons(child)  # "X, qui charge le ministre": X
            if child.dep_ in SUBJECT_DEPS:
                clusters |= {e.cluster for e in self.entities_in(child.idx - 200, child.idx + 1) if child.idx < e.end}
            if child.dep_ in PRONOUN_SUBJECT_DEPS and child.pos_ == "PRON" and pronouns and child.idx in self._pronoun_at:
                clusters.add(self._pronoun_at[child.idx])  # "il a défié le patron de l'exécutif"
            if pronouns and child.lower_ in INVERTED_SUBJECTS and pronoun_start(child) in self._pronoun_at:
                clusters.add(self._pronoun_at[pronoun_start(child)])  # "a-t-il rétorqué à ce militant", whatever its parse
            if child.dep_ in SUBJECT_DEPS and child.pos_ == "NOUN" and child.lemma_ != lemma:
                words = self.spacy_doc[child.left_edge.i:min(child.i + 1, child.left_edge.i + 4)]
                clusters |= {self._person_at[t.idx] for t in words if t.idx in self._person_at}
                # a role or description, not a pronoun's guess; not the same noun ("le maire a rappelé que
                # la cour disait que l'actuel maire ...": he may quote words about himself)
        return clusters

    def antecedent_persons(self, relative: "Token") -> set[int]:
        """The person a relative "qui" stands for: the name, or the role or description resolved to
        a person, that ends right before it, a comma aside ("Benoît Hamon, qui ...", "le président
        du parti, qui ..."), read off the mentions rather than the parse, which often hangs the
        clause on a name apposed before the role."""
        i = relative.i - 1
        if i >= 0 and self.spacy_doc[i].text == ",":
            i -= 1
        if i < 0:
            return set()
        end = self.spacy_doc[i].idx + len(self.spacy_doc[i].text)
        found = {e.cluster for e in self.entities_in(end - 200, end) if e.end == end and e.label == "PER"}
        for link in reversed(self.links):
            if found or link.end < end - 200:
                break
            if link.end == end and link.cluster is not None and self.labels.get(link.cluster) == "PER":
                found.add(link.cluster)
        return found

    def named_right_before(self, verb: "Token") -> set[int]:
        """The cluster of a name ending right before a verb (its auxiliaries and adverbs aside): the
        subject when the parse hung it elsewhere ("Dans un entretien accordé à X, son ami Y révèle")."""
        i = verb.i - 1
        while i >= 0 and self.spacy_doc[i].pos_ in ("AUX", "ADV"):
            i -= 1
        if i < 0:
            return set()
        at = self.spacy_doc[i].idx
        return {e.cluster for e in self.entities_in(at - 200, at + 1) if at < e.end and e.label == "PER"}

    def redescribed(self, gap: str, roles: bool = False) -> bool:
        """A comma, a definite article and one description word ("socialiste", "ancien") or rank
        ("général") between a role and a name: the name holds the role, described a second time on the way;
        with `roles` (after a possessive role: "son porte-parole, le député X"), a role noun as well."""
        found = REDESCRIBED_GAP.fullmatch(gap)
        word = found.group(1).lower() if found is not None else ""
        word = word.removeprefix("ex-")  # "son prédécesseur, l'ex-général X"
        return word in self.lexicon.nouns["description"] or word in self.lexicon.nouns["ranks"] \
            or (roles and word in self.lexicon.role_nouns)

    def possessive_redescribed(self, gap: str) -> bool:
        """Between a possessive role and a name: the role's complement, then a comma and a definite
        person noun with its own complement ("son conseiller sur la crise, l'expert en maladie
        infectieuse | X"): the name is the one the possessive role describes, described again."""
        found = POSSESSIVE_REDESCRIBED_GAP.fullmatch(gap)
        if found is None:
            return False
        noun = self.lexicon.nouns
        word = found.group(1).lower()
        person = self.lexicon.noun_kind(word) in ("role", "description") or word in noun.get("person_nouns", ()) \
            or (word.endswith(tuple(noun.get("person_suffixes", ()))) and not word.endswith(tuple(noun.get("thing_suffixes", ()))))
        return person and not COMPLEMENT_END.search(found.group(2) + " ")

    def qualified_on_the_way(self, gap: str) -> bool:
        """One or two lower-case description or party words, and nothing else, between a role and a name
        ("le député belge | centriste | X", "la maire | socialiste sortante | X"): the name holds the role."""
        words = gap.split()
        return 0 < len(words) <= 2 and gap[:1].isspace() and gap[-1:].isspace() and all(
            w.islower() and (w in self.lexicon.nouns["description"] or w in self.lexicon.equivalents) for w in words)

    def second_role_after(self, phrase: "Span") -> bool:
        """A second bare role coordinated right after the phrase ("président et directeur de la
        publication de X"): the first is then no office of its own (not the head of state)."""
        return bool(SECOND_ROLE_GAP.match(self.text, phrase.end_char))

    def second_role(self, gap: str) -> bool:
        """"et", a bare role (no determiner: "et député de Paris", "et actuel maire de Lyon") and a
        comma between a role and a name: one person given two roles. With a determiner ("et le
        Premier ministre, X") the second role is a second person, whom the name holds."""
        found = SECOND_ROLE_GAP.fullmatch(gap)
        if found is None:
            return False
        word = found.group(1).lower().replace("’", "'")
        return self.lexicon.noun_kind(word) == "role" and not COMPLEMENT_END.search(gap)  # "et ministre de | X": X owns it

    def apposed(self, phrase: "Span") -> int | None:
        """The person named right after the phrase ("le ministre X", "le ministre, X") or right
        before it with a comma ("X, ministre de...")."""
        after = phrase.end_char
        text = self.text
        after = max([after] + [e.end for e in self.entities_in(after - APPOSITION_REACH, after) if e.end > after])
        # a phrase the parse ends inside a name ("le prince héritier d'Arabie | saoudite X"): the gap starts after it
        for e in self.entities_in(after, after + APPOSITION_REACH):  # "X, le chef du parti, Y,": Y
            if "\n" in text[after:e.start]:
                break  # a title's last words, the lead's first name: no apposition across the break
            gap = INTERIM.sub("", text[after:e.start], count=1)  # "le ministre par intérim, Chad Wolf"
            gap = TITLE_BEFORE_NAME.sub(" ", gap)  # "son avocat, Me X": the title is no word of the gap
            if e.label == "PER" and not gap.strip():
                holder = self.holder_after_eponym(phrase, e)
                if holder is not None:
                    return holder  # "Rapporteur de la loi X sur la croissance, Y": Y, not X the law is named after
                if self.ends_on_a_person_noun(phrase):
                    break  # "le successeur de son ami | X", "Y, le porte-parole du président | X": X is the
                    # friend, the president; not "l'ancien conseiller du président | X", no name before
            if e.label == "PER" and gap.strip() == "," and self.fronted_complement_before_subject(phrase, e):
                break  # "Au lendemain des révélations sur les emplois de sa femme, X s'expliquait": X is the subject
            if e.label == "PER" and (gap.strip() in ("", ",") or (APPOSITION_GAP.fullmatch(gap) and not COMPLEMENT_END.search(gap))):
                return e.cluster  # not "conseiller de | Donald Trump": a name after "de" is the complement
            if e.label == "PER" and PLACE_GAP.fullmatch(gap) and text[e.end:e.end + 2].strip()[:1] in (",", ".", ";", ")"):
                return e.cluster
            if e.label == "PER" and COORDINATED_GAP.fullmatch(gap):
                return e.cluster  # "le ministre de l'Enseignement supérieur et des ressources en eau, X"
            if e.label == "PER" and phrase[0].pos_ == "DET" and COORDINATED_BARE_GAP.fullmatch(gap) \
                    and not COMPLEMENT_END.search(gap):  # not "auprès du ministre de X et des Y | Z": Z holds the outer role
                return e.cluster  # "le ministre de l'Économie et des Finances X"
            if e.label == "PER" and OWNER_THEN_NAME.fullmatch(gap) and text[e.end:e.end + 2].strip()[:1] in (",", ".", ";", ")"):
                return e.cluster  # "le directeur de la communication de Donald Trump à la Maison Blanche, X,"
            if e.label == "PER" and COORDINATED_WORD_GAP.fullmatch(gap) and not COMPLEMENT_END.search(gap) \
                    and len(text[e.start:e.end].split()) > 1:  # a full name, not a party adjective tagged as one
                return e.cluster  # "l'ex-ministre de la Transition écologique et solidaire X", "le député et maire X"
            if e.label == "PER" and CHARGED_GAP.fullmatch(gap) and text[e.end:e.end + 2].strip()[:1] in (",", ".", ";", ")"):
                return e.cluster  # "la secrétaire d'État chargée de l'Égalité entre les femmes et les hommes, X,"
            if e.label == "PER" and self.second_role(gap):
                return e.cluster  # "l'ex-porte-parole du gouvernement et député de Paris, X": one person, two roles
            if e.label == "PER" and self.qualified_on_the_way(gap):
                return e.cluster  # "le député belge centriste X": a party or description word before the name
            if e.label == "PER" and self.redescribed(gap, roles=phrase[0].lower_ in POSSESSIVES):
                return e.cluster  # "le préfet de la région de Madrid, le socialiste José Manuel Franco"
            if e.label == "PER" and phrase[0].lower_ in POSSESSIVES and self.possessive_redescribed(gap) \
                    and text[e.end:e.end + 2].strip()[:1] in (",", ".", ";", ")", ""):
                return e.cluster  # "son conseiller sur la crise, l'expert en maladie infectieuse X,"
            if e.label == "PER" and self.organisation_then_name(after, e.start):
                return e.cluster  # "le dirigeant de Vox Santiago Abascal": the party, then its leader
            if e.label == "PER" and self.subject_apposition(phrase, after, e):
                return e.cluster  # "Le directeur d'alors de cette école, X, a déclaré": the subject's name
        for e in self.entities_in(phrase.start_char - APPOSITION_REACH, phrase.start_char):
            if e.label == "PER" and e.end <= phrase.start_char and phrase.start_char - e.end <= 3 \
                    and text[e.end:phrase.start_char].strip() == "," \
                    and not (self.is_complement(e) and self.opens_a_clause(phrase)):
                return e.cluster  # not "Interrogé sur la destitution de X, le Premier ministre a défendu..."
        return None

    def ends_on_a_person_noun(self, phrase: "Span") -> bool:
        """A role whose complement ends on a relational noun after "de" and a determiner ("le successeur de
        son ami"), or on another person noun when a name stands before the role with a comma ("Y, le
        porte-parole du président"): a name right after is that noun's apposition."""
        nouns = [t for t in phrase if t.pos_ == "NOUN"]
        if len(nouns) < 2 or nouns[-1].i != phrase.end - 1 or phrase.end - 1 < 2:
            return False
        last = nouns[-1]
        before = self.spacy_doc[last.i - 1]
        owner = before.lower_ in ("du", "au") or (before.pos_ == "DET" and self.spacy_doc[last.i - 2].lower_ in ("de", "d'", "d’"))
        if not owner:
            return False
        if last.lower_ in self.lexicon.nouns.get("relational_roles", ()):
            return True  # "de son ami | X"
        return self.person_noun(last, by_ending=False) and self.named_before_with_comma(phrase)

    def named_before_with_comma(self, phrase: "Span") -> bool:
        """A person's name right before the phrase and a comma ("Y, le porte-parole du président X")."""
        return any(e.label == "PER" and self.text[e.end:phrase.start_char].strip() == ","
                   for e in self.entities_in(phrase.start_char - APPOSITION_REACH, phrase.start_char))

    def holder_after_eponym(self, phrase: "Span", eponym: "Entity") -> int | None:
        """A role opening its sentence without a determiner and ending on a thing named after a person
        ("de la loi | X", "de l'équipe | X"), with a comma and another person's name after that name and
        its complement ("Rapporteur de la loi X sur la croissance, Y", "Responsable du projet de
        l'équipe X, Y, a ..."): a fronted apposition, Y holds the role."""
        if phrase[-1].lower_ not in self.lexicon.nouns.get("eponym_things", ()) or phrase[0].pos_ == "DET" \
                or phrase.start != phrase.sent.start:
            return None  # a fronted apposition only: "le porte-parole du gouvernement X pour ..., Y" is X
        for e in self.entities_in(eponym.end, eponym.end + APPOSITION_REACH):
            if e.label == "PER" and e.cluster != eponym.cluster and COMPLEMENT_THEN_COMMA.fullmatch(self.text, eponym.end, e.start):
                return e.cluster
        return None

    def fronted_complement_before_subject(self, phrase: "Span", name: "Entity") -> bool:
        """A phrase inside a prepositional complement that opens the sentence, then a comma and a name
        that a finite verb follows ("Au lendemain des révélations sur les emplois de sa femme, X
        s'expliquait", "Après la démission du ministre, X a réagi"): the name is the main clause's
        subject, not the phrase's apposition, which would close with a second comma."""
        doc = self.spacy_doc
        opening = doc[phrase.sent.start:phrase.start]
        if not len(opening) or opening[0].pos_ != "ADP" \
                or any(t.text == "," or (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")) for t in opening) \
                or PREDICATIVE_OPENING.match(opening.text):
            return False  # not "En tant que chef du gouvernement, X a ...": X's role
        span = doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            return False
        i = span.end
        while i < len(doc) and (doc[i].pos_ in ("ADV", "PRON") or doc[i].lower_ in ("ne", "n'", "n’")):
            i += 1  # "X s'expliquait", "X n'a pas", "X lui a"
        return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm")

    def subject_apposition(self, phrase: "Span", after: int, name: "Entity") -> bool:
        """A role opening its sentence with a definite determiner, then the rest of its complement (no
        verb, no punctuation), a comma and a name closed by a comma ("Le directeur d'alors de cette école
        privée, X, a déclaré"): the name is apposed to the sentence's subject, its holder."""
        if phrase.start != phrase.sent.start or phrase[0].lower_.replace("’", "'") not in DEFINITE \
                or not COMPLEMENT_THEN_COMMA.fullmatch(self.text, after, name.start) \
                or self.text[name.end:name.end + 1] != ",":
            return False
        gap = self.spacy_doc.char_span(after, name.start, alignment_mode="expand")
        return gap is not None and not any(
            t.pos_ in ("VERB", "AUX", "CCONJ") or (t.pos_ == "DET" and t.i > 0 and t.nbor(-1).pos_ != "ADP") for t in gap)
        # the rest of the complement: no verb, and no second noun phrase ("Le ministre | et le préfet, X,")

    def organisation_then_name(self, after: int, name: int) -> bool:
        """The gap between a role and a name is its "de" complement, one organisation named and
        nothing else ("le dirigeant | de Vox | Santiago Abascal"): the name is the role's holder."""
        gap = self.text[after:name].replace("’", "'")
        head = ORGANISATION_PREPOSITION.match(gap) or BLANK.match(gap)  # "la députée La République en marche X"
        if head is None:
            return False
        return any(e.label == "ORG" and e.start == after + head.end() and not self.text[e.end:name].strip()
                   for e in self.entities_in(after, name))

    def complement_end(self, phrase: "Span") -> int:
        """Where the phrase's own "de" complement naming a person ends (`complement_owners`), else its end."""
        after = phrase.end_char
        return max([after] + [e.end for e in self.entities_in(after, after + 12)
                              if e.label == "PER" and OWNER_AFTER.fullmatch(self.text[after:e.start].replace("’", "'"))])

    def complement_owners(self, phrase: "Span") -> set[int]:
        """Persons named in the phrase's own "de" complement right after it ("le directeur de la
        communication | de Donald Trump"): never the phrase's holder."""
        after = phrase.end_char
        return {e.cluster for e in self.entities_in(after, after + 12)
                if e.label == "PER" and OWNER_AFTER.fullmatch(self.text[after:e.start].replace("’", "'"))}

    def is_complement(self, entity: "Entity") -> bool:
        """A name after a preposition or a noun ("la destitution de X", "à X", "du Premier ministre X"):
        a complement, which a following role phrase does not describe when it opens a clause."""
        span = self.spacy_doc.char_span(entity.start, entity.end, alignment_mode="expand")
        return span is not None and span.start > 0 and self.spacy_doc[span.start - 1].pos_ in ("ADP", "NOUN")

    def opens_a_clause(self, phrase: "Span") -> bool:
        """A definite role phrase followed right by a finite verb is the subject of a new clause ("Avec
        X, le ministre a visité..."), or an apposition whose closing comma the writer left out: asked
        only of a name that is itself a complement (`is_complement`)."""
        if not len(phrase) or phrase[0].pos_ != "DET" or phrase[0].lower_.replace("’", "'") not in DEFINITE:
            return False
        doc = self.spacy_doc
        i = phrase.end
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1
        return i < len(doc) and doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm")

    def thing(self, token: "Token", phrase: "Span", determiner: "Token | None", kind: str) -> Link | None:
        if kind == "place":
            return self.place(token, phrase, determiner)
        return self.organisation(token, phrase, determiner)

    def organisation(self, token: "Token", phrase: "Span", determiner: "Token | None") -> Link | None:
        """An organisation noun ("le parti", "la firme", "l'association"): a name inside or apposed to the
        phrase, the party of a person in its complement, else the latest organisation of a kind it may
        name (`organisations.py`)."""
        if self.entities_in(phrase.start_char, phrase.end_char):
            return self.group_of(token, phrase)  # "le groupe du FN": the name is there
        definite = determiner is not None and determiner.lower_.replace("’", "'") in DEFINITE
        if definite or (determiner is not None and determiner.lower_ in POSSESSIVES):
            cluster = self.organisation_redescribed(phrase, token)
            if cluster is not None:  # "le principal parti d'opposition, le CHP", "le RHDP, le parti du président X"
                return self.thing_link(token, phrase, cluster)
        link = self.party_in_complement(token, phrase)
        if link is not None:
            return link
        for e in self.entities_in(phrase.end_char, phrase.end_char + 3):  # "l'organisation italienne Cesvi" (any label), "l'association des X (Ajis)"
            if "\n" in self.text[phrase.end_char:e.start]:
                break  # a title's last word, then the lead's first name ("... le logo du parti / France 2 révèle")
            if e.label == "PER" and not self.text[phrase.end_char:e.start].strip() and self.complement_of_a_noun(token) \
                    and token.lemma_.lower() in organisation_kinds().relational:  # "le numéro un du parti | X": X's party
                cluster = self.party_of(e)
                return Link(phrase.start_char, phrase.end_char, "description", cluster,
                            self.canonical[cluster] if cluster is not None else None)
            if e.label != "LOC" and self.text[phrase.end_char:e.start].strip() in ("", ",", "(") \
                    and (e.label != "PER" or self.person_apposed_to_organisation(token, phrase, e)):
                return self.thing_link(token, phrase, e.cluster)
        cluster = self.party_left(token) if definite else None
        if cluster is not None:  # "X a quitté le parti": X's own party, not the party named last
            return Link(phrase.start_char, phrase.end_char, "description", cluster, self.canonical[cluster])
        if self.is_action(token):
            return None  # "l'organisation d'un rassemblement", "la formation des enseignants": an act
        if quoted_name_after(token):
            return None  # 'l'association "Raison critique"': its own name, which the entities stage missed
        if self.names_no_organisation(token, phrase):
            return Link(phrase.start_char, phrase.end_char, "description", None, None) if definite else None
        if self.unknown_name_in(token, phrase):
            return None  # "le groupe État islamique": a name the entities stage missed, not the last one named
        cluster = self.thing_before(phrase, ("ORG",))
        if cluster is not None:  # "Les Patriotes, parti fondé en 2017": that party
            return self.thing_link(token, phrase, cluster)
        if not definite:
            return None
        lemma = token.lemma_.lower()
        cluster = self.remembered_thing(lemma, phrase.start_char)
        if cluster is None:  # the latest organisation of a kind the noun may name, not one it is coordinated with
            accept, beside = self.organisation_filter(lemma), self.coordinated_name_before(phrase)
            cluster = self.latest_organisation(phrase.start_char, lambda c: c != beside and accept(c))
            if cluster is not None and self.mobilisation_since(token, phrase, cluster):
                return Link(phrase.start_char, phrase.end_char, "description", None, None)
        if cluster is None:
            return None
        return Link(phrase.start_char, phrase.end_char, "description", cluster, self.canonical[cluster])

    def person_apposed_to_organisation(self, token: "Token", phrase: "Span", person: "Entity") -> bool:
        """A name the tagger read as a person right after an organisation phrase, nothing between
        ("l'organisation italienne Cesvi"): the organisation's name. Never after a comma ("du parti,
        Olivier Faure": the person is the clause's subject), a role ("le parti du président | X": its
        holder) or a word that is no noun or adjective ("son parti si | X")."""
        return not self.text[phrase.end_char:person.start].strip() and phrase[-1].pos_ in ("NOUN", "ADJ", "PROPN") \
            and not any(self.lexicon.noun_kind(t.lower_) == "role" for t in phrase[1:]) \
            and not self.complement_of_a_noun(token)  # "du président ivoirien | X", "le numéro un du parti | X": the holder

    def complement_of_a_noun(self, token: "Token") -> bool:
        """An organisation noun in the "de" complement of another noun ("le numéro un du | parti", "à la
        tête de l'| association"): a name right after it holds the outer noun's role."""
        return token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.i < token.i \
            and any(c.dep_ == "case" and c.lower_.replace("’", "'") in ("du", "de", "d'", "des") for c in token.children)

    def qualifies_an_organisation(self, token: "Token") -> bool:
        """An adjective right after an organisation noun ("le parti républicain", "le groupe socialiste"):
        it says what the organisation is, it names no person (even when the organisation is unresolved)."""
        if token.i == 0 or token.pos_ != "ADJ":
            return False
        before = self.spacy_doc[token.i - 1]
        return self.lexicon.noun_kind(before.lemma_) == "organisation" or self.lexicon.noun_kind(before.lower_) == "organisation"

    def names_no_organisation(self, token: "Token", phrase: "Span") -> bool:
        """"la société civile", "le mouvement pro-démocratie", "le mouvement des gilets jaunes": an
        organisation phrase that names no organisation of the article (`organisations`)."""
        return organisation_kinds().names_none(token, phrase, self.lexicon.countries, self.role_word)

    def party_in_complement(self, token: "Token", phrase: "Span") -> Link | None:
        """"le parti de X", "le mouvement du président X": X's party (`party_of`), or an empty link
        when the article names none; never X. None when no person follows in the complement."""
        lemma = token.lemma_.lower()
        if lemma not in organisation_kinds().relational:
            return None
        head_end = token.idx + len(token.text)
        person = person_complement(self.text, head_end, self.entities_in(head_end, head_end + 61), self.role_word,
                                   phrase.end_char)
        if person is None:
            return None
        cluster = self.apposed_after(person.end) or self.party_of(person)
        return Link(phrase.start_char, phrase.end_char, "description", cluster,
                    self.canonical[cluster] if cluster is not None else None)

    def party_left(self, token: "Token") -> int | None:
        """"X a quitté le parti", "celui qui a claqué la porte du parti": the party the article names
        with X (`affiliation_of`), when X is a person it names; None otherwise (the older rule then)."""
        if token.lemma_.lower() not in self.lexicon.nouns["party_nouns"]:
            return None
        subject = left_by(token, organisation_kinds().leave_verbs)
        if subject is None:
            return None
        person = self._pronoun_at.get(subject.idx)
        if person is None:
            person = next((e.cluster for e in self.entities_in(subject.idx - 40, subject.idx + 1)
                           if e.label == "PER" and e.start <= subject.idx < e.end), None)
        if person is None:
            return None
        found = affiliation_of(self.text, self._of_cluster.get(person, []), self.entities_in,
                               lambda canonical: self.organisation_kind_of_name(canonical) not in PARTY_KINDS)
        return found.cluster if found is not None else None

    def role_word(self, word: str) -> bool:
        """A word of a role before a person's name ("président", "ancien", "américain")."""
        word = word.lower().replace("’", "'")
        return self.lexicon.noun_kind(word) in ("role", "description") or word in self.lexicon.nouns["not_descriptive"] \
            or word in self.lexicon.countries

    def party_of(self, person: "Entity") -> int | None:
        """The party a known leader leads, when the article names it (party_leaders: firmer than a party
        named near one of their mentions), else the party the article names with the person elsewhere than
        in the phrase itself (`affiliation_of`: any organisation but a medium, an institution or a union:
        "le RHDP" is on no list), else the one party the article names, else None: never the person."""
        parties = organisation_kinds().leaders.get(loose_key(self.canonical.get(person.cluster, "")), frozenset())
        led = [e for e in self._by_start if e.label == "ORG" and loose_key(e.canonical) in parties] if parties else []
        if led:  # "le parti de Jean-Luc Mélenchon" in an article that names LFI; FN or RN, the one named last before
            before = [e for e in led if e.start < person.start]
            return (before[-1] if before else led[0]).cluster
        mentions = [e for e in self._of_cluster.get(person.cluster, []) if e.start != person.start]  # not "X's party" itself
        found = affiliation_of(self.text, mentions, self.entities_in,
                               lambda canonical: self.organisation_kind_of_name(canonical) not in PARTY_KINDS)
        return found.cluster if found is not None else self.sole_party

    @cached_property
    def sole_party(self) -> int | None:
        """The one party cluster the article names, if it names exactly one."""
        parties = {e.cluster for e in self.entities if e.label == "ORG" and self.organisation_kind(e.cluster) == "party"}
        return parties.pop() if len(parties) == 1 else None

    def apposed_after(self, end: int) -> int | None:
        """An organisation apposed right after `end`, a comma and an article between ("le parti de
        Viktor Orban, le Fidesz"): the phrase's own name."""
        for e in self.entities_in(end, end + 8):
            if e.label == "ORG" and re.fullmatch(r"\s*,\s*(?:le|la|les|l['’])?\s*", self.text[end:e.start]):
                return e.cluster
        return None

    def organisation_redescribed(self, phrase: "Span", token: "Token") -> int | None:
        """A definite organisation phrase and an organisation of a kind it may name (`organisation_filter`)
        in apposition, a comma between: after it, with its article ("le principal parti d'opposition,
        le CHP"), or right before it ("le RHDP, le parti du président"): the phrase's own name."""
        accept = self.organisation_filter(token.lemma_.lower())
        end = superlative_end(self.text, phrase.end_char)  # "le groupe armé | le plus violent, | les Forces X"
        for e in self.entities_in(end, end + 8):
            if e.label == "ORG" and re.fullmatch(r"\s*,\s*(?:le|la|les|l['’])\s*", self.text[end:e.start]) \
                    and accept(e.cluster):
                return e.cluster
        for e in self.entities_in(phrase.start_char - APPOSITION_REACH, phrase.start_char):
            if e.label == "ORG" and e.end <= phrase.start_char and accept(e.cluster) \
                    and re.fullmatch(r"\s*(?:\([^()]{1,12}\))?\s*,\s*", self.text[e.end:phrase.start_char]):
                return e.cluster
        return None

    def organisation_filter(self, lemma: str):
        """What an organisation noun may name (`organisations.OrganisationKinds.agrees`)."""
        kinds = organisation_kinds()
        return lambda cluster: kinds.agrees(lemma, self.organisation_kind(cluster))

    def mobilisation_since(self, token: "Token", phrase: "Span", cluster: int) -> bool:
        """A bare "le mouvement"/"ce mouvement" with a word of street mobilisation outside names between the
        organisation's last mention and it ("...les manifestations contre le racisme. X est devenu un
        symbole de ce mouvement"): the mobilisation, which no organisation of the article is."""
        kinds = organisation_kinds()
        if token.lemma_.lower() not in kinds.mobilisation_heads or phrase.end != token.i + 1:
            return False
        since = next((named.at for named in reversed(self.seen) if named.cluster == cluster and named.at < phrase.start_char), None)
        if since is None:
            return False
        span = self.spacy_doc.char_span(since, phrase.start_char, alignment_mode="expand")
        return span is not None and any(t.lower_ in kinds.mobilisation_words and not t.ent_type_ for t in span)

    def coordinated_name_before(self, phrase: "Span") -> int | None:
        """The name coordinated right before the phrase ("l'alliance entre Nissan et | le groupe français"):
        the phrase names another organisation than it."""
        for e in self.entities_in(phrase.start_char - APPOSITION_REACH, phrase.start_char):
            if e.end <= phrase.start_char and re.fullmatch(r"\s+(?:et|ou)\s+", self.text[e.end:phrase.start_char]):
                return e.cluster
        return None

    def latest_organisation(self, at: int, accept) -> int | None:
        """The latest organisation named in reach that `accept`s, labelled ORG or a known name of a party,
        union, movement or medium the entities stage labelled a person or miscellany ("Syriza")."""
        misnamed = organisation_kinds().misnamed_kinds
        sentence = self.sentence_of(at)
        for named in reversed(self.seen):
            if sentence - named.sentence > THING_REACH:
                return None
            if named.at < at and (named.label == "ORG" or (named.label in ("PER", "MISC")
                                                           and self.organisation_kind(named.cluster) in misnamed)) \
                    and accept(named.cluster):
                return named.cluster
        return None

    def organisation_kind(self, cluster: int) -> str:
        """Its kind by name (`organisations.OrganisationKinds.kind_of`); a name of no listed kind that
        the article introduces with a medium noun ("le magazine américain Forbes") is a medium."""
        if cluster not in self._organisation_kind:
            kind = self.organisation_kind_of_name(self.canonical.get(cluster, ""))
            if kind == "other" and introduced_as_medium(self.text, [e.start for e in self._of_cluster.get(cluster, [])]):
                kind = "medium"
            self._organisation_kind[cluster] = kind
        return self._organisation_kind[cluster]

    def organisation_kind_of_name(self, canonical: str) -> str:
        return organisation_kinds().kind_of(canonical, self.lexicon.is_medium)

    def coordinated_with_a_common_place(self, token: "Token") -> bool:
        """A place noun coordinated with another common place noun, no name between ("du village et de
        la région", "la ville et ses environs"): the two name the area generically, not a place the
        article names."""
        others = [token.head] if token.dep_ == "conj" else []
        others += [c for c in token.children if c.dep_ == "conj"]
        return any(o.pos_ == "NOUN" and o.i != token.i and self.lexicon.noun_kind(o.lemma_) == "place"
                   and not any(e.start <= o.idx < e.end for e in self.entities_in(o.idx - APPOSITION_REACH, o.idx + 1))
                   for o in others)

    @staticmethod
    def asked_about(token: "Token") -> bool:
        """A bare role or description that is the predicate of "qui" ("Qui est responsable ?", "qui
        sera ministre ?"): the question asks who holds it, so it names nobody."""
        children = list(token.children)
        return any(c.dep_ == "cop" for c in children) and \
            any(c.dep_ in SUBJECT_DEPS and c.lower_ in ("qui", "lequel", "laquelle") for c in children)

    def is_action(self, token: "Token") -> bool:
        """An organisation noun that is also the noun of an act, with the act's object after it: "de"
        and a determiner ("l'organisation d'un rassemblement", "la formation des jeunes"), or an
        adjective of its field ("la formation professionnelle"); not "la formation d'extrême droite"."""
        if token.lemma_.lower() not in self.lexicon.nouns["action_nouns"]:
            return False
        doc = self.spacy_doc
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is None:
            return False
        if nxt.lower_.replace("’", "'") in ("du", "des"):
            return True
        if nxt.lower_.replace("’", "'") in ("de", "d'") and token.i + 2 < len(doc) and (
                doc[token.i + 2].pos_ == "DET" or (doc[token.i + 2].pos_ == "NOUN" and "Plur" in doc[token.i + 2].morph.get("Number"))):
            return True  # "l'organisation d'un rassemblement", "l'organisation de consultations citoyennes"
        return nxt.lower_ in self.lexicon.nouns["action_adjectives"]

    def is_event(self, token: "Token") -> bool:
        """An organisation noun qualified as an event right after it or after its "de" ("le mouvement
        social", "le mouvement de protestation populaire", "le mouvement de grève"): a movement of people
        in the street, no organisation or person of the article."""
        doc = self.spacy_doc
        i = token.i + 1
        if i < len(doc) and doc[i].lower_.replace("’", "'") in ("de", "d'"):
            i += 1
        return i < len(doc) and doc[i].lower_ in self.lexicon.nouns["event_qualifiers"]

    def unknown_name_in(self, token: "Token", phrase: "Span") -> bool:
        """A capitalised word after the head of a place or organisation phrase that is no entity ("le
        groupe État islamique", "le département d'Etat", "l'île française de Mayotte"): the phrase
        names what the entities stage missed. Not inside a role of its complement ("le parti du
        président de la République")."""
        for t in phrase[token.i - phrase.start + 1:]:
            if self.lexicon.noun_kind(t.lemma_) == "role" or self.lexicon.noun_kind(t.lower_) == "role":
                return False
            if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ"):
                return True
        return False

    def thing_link(self, token: "Token", phrase: "Span", cluster: int) -> Link:
        """A place or organisation phrase with its name in apposition: the link, and the head noun
        remembered for the definite phrase that names it later ("l'établissement", "le parti")."""
        self.things[token.lemma_.lower()] = cluster
        told = organisation_kinds().apposition_kinds.get(token.lemma_.lower())
        if told is not None and self.labels.get(cluster) == "ORG" and self.organisation_kind(cluster) == "other":
            self._organisation_kind[cluster] = told  # "Syriza, le parti de gauche", "le mouvement Sens commun": the article says it is one
        return Link(phrase.start_char, phrase.end_char, "description", cluster, self.canonical[cluster])

    def thing_before(self, phrase: "Span", labels: tuple[str, ...], accept=None) -> int | None:
        """The place or organisation named right before a phrase, a comma between, the phrase without
        a determiner or with an indefinite one ("Les Patriotes, parti fondé en 2017", "le lycée Jean-Moulin,
        un établissement de 900 élèves")."""
        if len(phrase) and phrase[0].pos_ == "DET" and phrase[0].lower_ not in ("un", "une"):
            return None
        for e in self.entities_in(phrase.start_char - APPOSITION_REACH, phrase.start_char):
            if e.end <= phrase.start_char and self.text[e.end:phrase.start_char].strip() == "," and e.label in labels \
                    and (accept is None or accept(e.cluster)):
                return e.cluster
        return None

    def remembered_thing(self, lemma: str, at: int) -> int | None:
        """The organisation or place introduced with this head noun in apposition, when it is still
        named in the last `THING_REACH` sentences."""
        cluster = self.things.get(lemma)
        if cluster is None:
            return None
        sentence = self.sentence_of(at)
        for named in reversed(self.seen):
            if sentence - named.sentence > THING_REACH:
                return None
            if named.at < at and named.cluster == cluster:
                return cluster
        return None

    # -- places ----------------------------------------------------------------------------------------
    def place(self, token: "Token", phrase: "Span", determiner: "Token | None") -> Link | None:
        """A place noun ("le pays", "la capitale", "la région bruxelloise"): the name in the phrase or
        apposed to it, the place its demonym names, the subject it is the predicate of, else the
        latest place of a kind it accepts (`places`), or nobody."""
        if self.entities_in(phrase.start_char, phrase.end_char):
            return self.group_of(token, phrase)  # "la ville de Paris": the name is there
        if self.coordinated_with_a_common_place(token):
            return None  # "du village et de la région": the area around, no place of the article
        lexicon = place_lexicon()
        phrase = self.spacy_doc[phrase.start:trimmed_end(token, phrase, lexicon)]  # "la région | au moins"
        noun_kind = phrase_kind(token, phrase, self.place_noun_kind(token) or "", lexicon, self.lexicon.countries)
        definite = determiner is not None and determiner.lower_.replace("’", "'") in DEFINITE
        names = adjective_places(token, phrase, noun_kind, lexicon, self.lexicon.countries)
        if names is not None:  # "la capitale lituanienne": Vilnius, or nobody the article names
            cluster = self.country_cluster(names)
            if cluster is None and noun_kind == "land" and names:
                noun_kind = "region"  # "ce territoire palestinien", the country unnamed: a region of it
            elif definite or (cluster is not None and noun_kind in ("country", "land")):  # "sur territoire ukrainien"
                return Link(phrase.start_char, phrase.end_char, "description", cluster,
                            self.canonical[cluster] if cluster is not None else None)
        accept = self.place_accepts(noun_kind, apposed=True)
        for e in self.entities_in(phrase.end_char, phrase.end_char + 3):
            if e.label == "LOC" and self.text[phrase.end_char:e.start].strip() in ("", ",") and accept(e.cluster) \
                    and "\n" not in self.text[phrase.end_char:e.start]:  # not a title's last word, then the lead's place
                return self.thing_link(token, phrase, e.cluster)  # not "les villes du pays, Berlin et Hambourg"
        if self.unknown_name_in(token, phrase):
            return None  # "l'île française de Mayotte": a name the entities stage missed
        cluster = self.thing_before(phrase, ("LOC",), accept)  # "X, ville de...": not "l'Ukraine, une région"
        if cluster is None:
            cluster = self.copula_subject(token)  # "Karachi est la capitale du Sindh"
        if cluster is not None:
            return self.thing_link(token, phrase, cluster)
        if not definite or owned_by_relative(determiner) or names_a_part(token, lexicon):
            return None  # "les Romains, dont la ville...": their own place; "le département d'astronomie"
        capital = self.place_noun_kind(token) == "capital"  # one capital per article, mostly
        reach = CAPITAL_REACH if capital else THING_REACH
        cluster = self.latest(phrase.start_char, "LOC", reach, self.place_accepts(noun_kind))
        if cluster is None:
            return None
        return Link(phrase.start_char, phrase.end_char, "description", cluster, self.canonical[cluster])

    def copula_subject(self, token: "Token") -> int | None:
        """The place a place noun is the predicate of ("Karachi est la capitale du Sindh", "Les
        Etats-Unis sont le pays le plus touché"): its subject's place, whatever its kind."""
        copula = next((c for c in token.children if c.dep_ == "cop" and c.i < token.i), None)
        if copula is None:
            return None
        for c in token.children:
            if c.dep_ in SUBJECT_DEPS:
                for e in self.entities_in(c.left_edge.idx, c.idx + len(c.text)):
                    if e.label == "LOC":
                        return e.cluster
        before = self.spacy_doc[copula.i - 1] if copula.i > 0 else None  # "dont Karachi est": the parse often misses it
        if before is not None and before.pos_ == "PROPN":
            for e in self.entities_in(before.idx - 60, before.idx + 1):
                if e.label == "LOC" and e.end == before.idx + len(before.text):
                    return e.cluster
        return None

    @cached_property
    def place_kinds(self) -> dict[int, frozenset[str]]:
        """The article's places -> their kinds (`places.place_kinds`), read once."""
        return place_kinds(self.text, self.entities, self.is_country, place_lexicon(), self.lexicon.is_first_name)

    def place_noun_kind(self, token: "Token") -> str | None:
        lexicon = place_lexicon()
        return lexicon.kind_of_noun(token.lemma_) or lexicon.kind_of_noun(token.lower_)

    def place_accepts(self, noun_kind: str, apposed: bool = False):
        """What a place noun of this kind may name: a place of a kind it accepts ("le pays" a country,
        "la ville" a town, "la région" a region, never a street: `places`); a name apposed right after
        it only needs no contrary kind ("la ville, X"), except for "le pays"."""
        lexicon = place_lexicon()
        if apposed and noun_kind != "country":
            return lambda cluster: not self.place_kinds.get(cluster) or lexicon.agrees(noun_kind, self.place_kinds[cluster])
        return lambda cluster: lexicon.agrees(noun_kind, self.place_kinds.get(cluster, frozenset()))

    def by_apposition(self, token: "Token") -> Link | None:
        """Nouns that name an organisation only after an apposition introduced it with them ("X
        School, établissement situé à Y" ... "l'établissement"): "l'école" alone is as often the
        school system as a school."""
        determiner = self.determiner(token)
        if determiner is not None and self.is_plural(token, determiner):
            return None
        phrase = self.phrase(token, determiner)
        if self.entities_in(phrase.start_char, phrase.end_char):
            return None
        cluster = self.thing_before(phrase, ("ORG", "LOC"))  # a school is a place to the tagger as often
        if cluster is not None:
            return self.thing_link(token, phrase, cluster)
        if determiner is None or determiner.lower_.replace("’", "'") not in DEFINITE or phrase.end != token.i + 1:
            return None
        cluster = self.remembered_thing(token.lemma_.lower(), phrase.start_char)
        if cluster is None:
            return None
        return Link(phrase.start_char, phrase.end_char, "description", cluster, self.canonical[cluster])

    def government(self, token: "Token") -> Link | None:
        """A national government, ministry or administration named by a common noun and its country:
        "le gouvernement chinois", "les autorités russes" (a demonym), "le gouvernement de la Hongrie"
        (the country right after "de"). Nothing else: "le gouvernement" alone is left to the reader."""
        determiner = self.determiner(token)
        start = determiner.i if determiner is not None else token.i
        end = token.i + 1
        while end < len(self.spacy_doc) and end - token.i <= 2 and self.spacy_doc[end].pos_ == "ADJ":
            end += 1
        phrase = self.spacy_doc[start:end]
        territory = self.territory_of_phrase(phrase)
        if territory is not None:  # "les autorités hongkongaises": Hong Kong's, not China's
            return Link(phrase.start_char, phrase.end_char, "description", territory, self.canonical[territory])
        names = self.lexicon.country_of_phrase([t.text for t in phrase])
        if names is not None:
            cluster = self.country_cluster(names)
            return Link(phrase.start_char, phrase.end_char, "description", cluster,
                        self.canonical[cluster] if cluster is not None else names[0])
        head_end = token.idx + len(token.text)
        for e in self.entities_in(head_end, head_end + 8):
            if e.label == "LOC" and OWNER_GAP.fullmatch(self.text[head_end:e.start].replace("’", "'")) \
                    and self.text[head_end:e.start].strip() and self.is_country(e.cluster):
                return Link(phrase.start_char, e.end, "description", e.cluster, self.canonical[e.cluster])
        return self.government_of_the_article(token, phrase)

    def government_of_the_article(self, token: "Token", phrase: "Span") -> Link | None:
        """"les autorités" with no demonym and no complement: the one foreign country the article is
        about, when one clearly dominates its country names (see `article_country`)."""
        if token.lower_ not in self.lexicon.nouns.get("government_of_the_article", ()) or phrase.end != token.i + 1:
            return None
        following = self.spacy_doc[token.i + 1] if token.i + 1 < len(self.spacy_doc) else None
        if following is not None and following.lower_.replace("’", "'") in COMPLEMENT_PREPOSITIONS:
            return None  # "les autorités de la ville", "les autorités en charge": not the country
        cluster = self.article_country
        if cluster is None:
            return None
        return Link(phrase.start_char, phrase.end_char, "description", cluster, self.canonical[cluster])

    @cached_property
    def article_country(self) -> int | None:
        """The foreign country an article is about: the country (or territory with its own government:
        Hong Kong) named most often, at least twice and twice as often as any other country. Never France: in a French article "les autorités" may
        be a prefecture or a town hall as well as the State."""
        counts: dict[int, int] = {}
        for e in self.entities:
            if e.label == "LOC" and (self.is_country(e.cluster) or self.is_territory(e.cluster)):
                counts[e.cluster] = counts.get(e.cluster, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        top = ranked[0][0]
        return None if loose_key(self.canonical[top]) == "france" else top

    def nickname(self, token: "Token", institution: str) -> Link | None:
        """"les Sages" (or 'les "Sages"') is the Conseil constitutionnel, when the article names it."""
        i = token.i - 1
        while i >= 0 and token.i - i <= 2 and self.spacy_doc[i].is_quote:
            i -= 1
        determiner = self.spacy_doc[i] if i >= 0 else None
        if determiner is None or determiner.lower_.replace("’", "'") not in DEFINITE | {"les"}:
            return None
        key = loose_key(institution)
        cluster = next((c for c, name in self.canonical.items() if loose_key(name) == key), None)
        if cluster is None:
            return None
        start = determiner.idx
        return Link(start, token.idx + len(token.text), "description", cluster, self.canonical[cluster])

    def outlet(self, token: "Token") -> Link | None:
        """"le journal d'investigation", "le quotidien", "l'hebdomadaire" (no name in or right after the
        phrase): the medium the article named last. "un journal" names nobody. Not "l'agence": a
        government agency as often as a news agency."""
        determiner = self.determiner(token)
        if determiner is None or determiner.lower_.replace("’", "'") not in DEFINITE or self.last_medium is None:
            return None
        phrase = self.phrase(token, determiner)
        if self.entities_in(phrase.start_char, phrase.end_char + 3):
            return None  # "l'agence de presse officielle Irna", "le journal Le Monde": a name
        return Link(phrase.start_char, phrase.end_char, "description", self.last_medium, self.canonical[self.last_medium])

    def owned_document(self, token: "Token") -> Link | None:
        """"les informations du Parisien", "les révélations de Mediapart": the owner named right after."""
        determiner = self.determiner(token)
        if determiner is None:
            return None
        cluster = self.owner_after(token)
        if cluster is None:
            return None
        phrase = self.phrase(token, determiner)
        return Link(phrase.start_char, phrase.end_char, "document", cluster, self.canonical[cluster])

    def country_cluster(self, names: tuple[str, ...]) -> int | None:
        """The article's place cluster for a country ("Chine", "Etats-Unis" for "États-Unis")."""
        found = [self._places_by_key[key] for key in map(loose_key, names) if key in self._places_by_key]
        return min(found, key=self._cluster_order.__getitem__) if found else None

    def is_territory(self, cluster: int) -> bool:
        """A place with its own government that is no country ("Hong Kong": coreference_organisations.json)."""
        return loose_key(self.canonical.get(cluster, "")) in organisation_kinds().territories

    def territory_of_phrase(self, phrase: "Span") -> int | None:
        """"les autorités hongkongaises": the territory's cluster, when the article names it."""
        names = organisation_kinds().territory_demonyms
        found = next((names[t.lower_] for t in phrase if t.lower_ in names), None)
        return self._places_by_key.get(loose_key(found)) if found is not None else None

    def is_country(self, cluster: int) -> bool:
        return loose_key(self.canonical.get(cluster, "")) in self.lexicon.country_names

    def government_owner(self, cluster: int) -> int | None:
        """A ministry the entities stage named ("ministère chinois des Affaires étrangères") speaks
        for its country: the country's cluster, else the ministry's own."""
        names = self.lexicon.country_of_phrase(self.canonical.get(cluster, "").split())
        country = self.country_cluster(names) if names is not None else None
        return country if country is not None else cluster

    def group_of(self, token: "Token", phrase: "Span") -> Link | None:
        """"le groupe du FN" is the group the article names ("le groupe ENL"), when it names one: a
        parliamentary group goes by its main party's name as well as by its own."""
        if token.lemma_.lower() not in self.lexicon.nouns["named_groups"] or self.named_group is None:
            return None
        after = self.text[token.idx + len(token.text):phrase.end_char]
        if not re.match(r"\s*(?:du|de la|de l['’]|des|de)\s", after):
            return None  # "le groupe ENL" is a name, not a description
        return Link(phrase.start_char, phrase.end_char, "description", self.named_group, self.canonical[self.named_group])

    @cached_property
    def named_group(self) -> int | None:
        """The one group the article names ("le groupe ENL", "du groupe Libertés et territoires")."""
        heads = "|".join(map(re.escape, sorted(self.lexicon.nouns["named_groups"])))
        found = {e.cluster for e in self.entities if e.label == "ORG"
                 and re.search(r"\b(?:" + heads + r")\s+$", self.text[max(0, e.start - 12):e.start], re.IGNORECASE)}
        return found.pop() if len(found) == 1 else None

    def document(self, token: "Token", phrase: "Span", determiner: "Token | None") -> Link | None:
        """"le communiqué du Kremlin", "un sondage Ifop" (the owner named right after), "ce sondage"
        (the owner of the last one), else the organisation last named. "pour X" names a client."""
        if determiner is None:
            return None
        if determiner.lower_ in POSSESSIVES:  # "sa déclaration de politique générale": the person's
            cluster = self.salient_person(phrase.start_char, None)
            return Link(phrase.start_char, phrase.end_char, "document", cluster,
                        self.canonical.get(cluster) if cluster is not None else None)
        lemma = token.lemma_.lower()
        cluster = self.owner_after(token)
        if cluster is None:
            cluster = self.government_after(token)
        if cluster is not None:
            self.documents[lemma] = cluster
        elif lemma in self.documents:
            cluster = self.documents[lemma]
        elif lemma in self.lexicon.poll_nouns or token.lower_ in self.lexicon.poll_nouns:
            cluster = self.pollster_near(token.idx)  # "selon un sondage publié dimanche" ... "Cette enquête Ifop"
        else:
            cluster = self.latest(phrase.start_char, "ORG", THING_REACH)
        return Link(phrase.start_char, phrase.end_char, "document", cluster,
                    self.canonical.get(cluster) if cluster is not None else None)

    def owner_after(self, token: "Token") -> int | None:
        """The organisation or person named right after a document noun ("un sondage Ifop", "le
        communiqué du Kremlin")."""
        head_end = token.idx + len(token.text)
        for e in self.entities_in(head_end, head_end + 41):
            gap = self.text[head_end:e.start].replace("’", "'")
            if e.label in ("ORG", "LOC", "PER") and OWNER_GAP.fullmatch(gap):
                return self.government_owner(e.cluster)
            if e.label in ("ORG", "LOC") and COMPLEMENT_OWNER_GAP.fullmatch(gap):
                return self.government_owner(e.cluster)  # "le service de presse du Kremlin": the Kremlin
            if e.label == "PER" and ROLE_OWNER_GAP.fullmatch(gap) \
                    and any(self.lexicon.noun_kind(w) == "role" for w in gap.lower().split()):
                return e.cluster  # "l'entourage du Premier ministre Édouard Philippe": the person
        return None

    def government_after(self, token: "Token") -> int | None:
        """"un communiqué du ministère russe de la Défense", "la déclaration du gouvernement
        de la Hongrie": a document whose complement is a government named by a common noun speaks for
        that government's country (`government`), when the article names it."""
        doc, i = self.spacy_doc, token.i + 1
        while i < len(doc) and i <= token.i + 2 and doc[i].lower_ in ("du", "de", "des", "la", "l'", "l’"):
            i += 1
        if i == token.i + 1 or i >= len(doc):
            return None
        government_nouns = self.lexicon.nouns["government"]
        if doc[i].lemma_.lower() not in government_nouns and doc[i].lower_ not in government_nouns:
            return None
        link = self.government(doc[i])
        return link.cluster if link is not None else None

    @cached_property
    def pollsters(self) -> list[tuple[int, int]]:
        """(position, cluster) of every poll institute the article names: after a poll noun ("une
        enquête Harris"), or a known institute anywhere ("un sondage réalisé par Odoxa")."""
        found = [(e.start, e.cluster) for e in self.entities
                 if e.label == "ORG" and e.canonical.lower() in self.lexicon.pollsters]
        lowered = self.text.lower()
        if not any(noun in lowered for noun in self.lexicon.poll_nouns):
            return sorted(found)  # no poll noun in the text: no token to read (most articles)
        for token in self.spacy_doc:
            if token.lemma_.lower() in self.lexicon.poll_nouns or token.lower_ in self.lexicon.poll_nouns:
                cluster = self.owner_after(token)
                if cluster is not None and self.labels.get(cluster) == "ORG":
                    found.append((token.idx, cluster))
        return sorted(found)

    def pollster_near(self, at: int) -> int | None:
        """A poll without its institute is the article's poll: the institute named with a poll last
        before it, else first after it (many poll articles name it only at the end)."""
        before = [c for i, c in self.pollsters if i < at]
        return before[-1] if before else (self.pollsters[0][1] if self.pollsters else None)

    # -- salience ------------------------------------------------------------------------------------
    def salient_person(self, at: int, gender: str | None, exclude: set[int] | None = None,
                       prefer_subject: bool = True, role: str | None = None,
                       words: frozenset[str] = frozenset()) -> int | None:
        """The subject of this or a recent sentence, then the latest person named, of this gender.
        For a role or description (`role`: its head lemma), a person the article already gave
        another role is less likely ("l'ex-président" after "Castaner, le porte-parole du
        gouvernement, a croisé Nicolas Sarkozy" is Sarkozy), and a person introduced with the same
        words is more likely ("l'édile socialiste" after "la maire PS Anne Hidalgo", with another
        person named in between)."""
        sentence = self.sentence_of(at)
        told = self._told[sentence]
        best, best_score = None, None
        for named in reversed(self.seen):
            if named.at >= at or named.label != "PER" or (exclude and named.cluster in exclude):
                continue
            distance = told - self._told[named.sentence]  # quoted sentences do not count
            if distance > SENTENCE_REACH:
                break
            if not self.agrees(named.cluster, gender):
                continue
            score = -distance * 2 - (2 if named.complement else 0)
            if named.subject and prefer_subject:
                score += topic_salience.MAIN_SUBJECT if named.main else topic_salience.OTHER_SUBJECT
                # a main clause's subject before a relative's or a subordinate's
            if gender is not None and self.preferred_gender(named.cluster) == gender:
                score += 2  # "la présidente du FN": Marine Le Pen before a person of unknown gender
            if role is not None and self.held.get(named.cluster) and role not in self.held[named.cluster]:
                score -= 2
            if words & self.described.get(named.cluster, set()):
                score += 3
            score += self.topic_score(named, at, told, prefer_subject)
            if best_score is None or score > best_score:
                best, best_score = named.cluster, score
        return best

    def topic_score(self, named: Named, at: int, told: int, prefer_subject: bool) -> float:
        """The subject bonus the parse did not give (topic_salience.py), worked out once per mention
        (`missed_subject`); and for a "lui", the main clause's subject of an earlier sentence ("Pour
        lui, ..." after "X s'exprime dimanche")."""
        if not prefer_subject:
            earlier = self._told[named.sentence] < told
            return topic_salience.EARLIER_SUBJECT if named.subject and named.main and earlier else 0.0
        return named.missed_subject

    def missed_subject(self, at: int, sentence: int, name: bool) -> float:
        """The subject bonus the parse did not give a mention that is no subject: a name after its
        courtesy title, the title being the subject ("M. Jacob a souligné"), or a name opening its
        sentence before an apposition ("X, 43 ans, est ...")."""
        span = self.spacy_doc.char_span(at, at + 1, alignment_mode="expand")
        title = topic_salience.subject_title(span[0], self._titles) if span is not None and len(span) else None
        if title is not None:
            return topic_salience.MAIN_SUBJECT if self.of_main_clause(title) else topic_salience.OTHER_SUBJECT
        if name and topic_salience.opens_with_apposed_name(self.text, self._sentence_starts[sentence], at,
                                                          self.entities_in(at, at + 1)):
            return topic_salience.MAIN_SUBJECT
        return 0.0

    def described_earlier(self, lemma: str, words: frozenset[str], shared: int, gender: str | None,
                          exclude: set[int]) -> int | None:
        """The one person the article introduced with this head word ("l'opposant russe Alexeï
        Navalny"), when no person is in salience reach: "l'opposant de 44 ans" five sentences on. A
        role shares at least one more word ("le président bélarusse"): many people are "ministre"."""
        found = {cluster for cluster, given in self.described.items()
                 if lemma in given and len(words & given) >= shared and cluster not in exclude
                 and self.agrees(cluster, gender)}
        return found.pop() if len(found) == 1 else None

    def latest_person(self, at: int, gender: str | None) -> int | None:
        """The last person named before `at` ("ce dernier", "celui-ci"), a name or a role, never a
        pronoun's guess; a name inside quotation marks counts too: "ce dernier" is by definition
        the last person named, wherever ("'X a ouvert la porte', a dit Y au sujet du numéro deux de
        LFI. Ce dernier avait lancé..." is X)."""
        sentence = self.sentence_of(at)
        found = None
        for named in reversed(self.seen):
            if sentence - named.sentence > SENTENCE_REACH:
                break
            if named.at < at and named.label == "PER" and not named.pronoun and self.agrees(named.cluster, gender):
                found = named
                break
        start = found.at if found is not None else self._sentence_starts[max(0, sentence - SENTENCE_REACH)]
        for e in reversed(self.entities_in(start + 1, at)):
            if e.label == "PER" and e.end <= at and self.is_quoted(e.start) and self.agrees(e.cluster, gender):
                return e.cluster
        return found.cluster if found is not None else None

    def latest(self, at: int, label: str, reach: int, accept=None) -> int | None:
        sentence = self.sentence_of(at)
        for named in reversed(self.seen):
            if sentence - named.sentence > reach:
                return None
            if named.at < at and named.label == label and (accept is None or accept(named.cluster)):
                return named.cluster if sentence - named.sentence <= reach else None
        return None

    # -- gender ----------------------------------------------------------------------------------------
    def agrees(self, cluster: int, gender: str | None) -> bool:
        known = self.gender_of(cluster)
        return gender is None or known is None or known == gender

    def gender_of(self, cluster: int) -> str | None:
        if cluster not in self.genders:
            self.genders[cluster] = self._gender_evidence(cluster)
        return self.genders[cluster]

    def preferred_gender(self, cluster: int) -> str | None:
        """The gender that makes a person the likelier referent of a gendered phrase: what the text
        and the French and US registers say, not the world list of first names. That list only rules
        persons out ("elle" is not Olof Palme): preferring the persons it knows over those it does
        not (a lone "Hafiz") would choose by the list's coverage, not by the text."""
        if cluster not in self.preferred_genders:
            self.preferred_genders[cluster] = self._gender_evidence(cluster, world=False)
        return self.preferred_genders[cluster]

    def _gender_evidence(self, cluster: int, world: bool = True) -> str | None:
        votes = name_gender_votes(self.lexicon.first_names, self.canonical.get(cluster, ""), world)
        text = self.text
        for e in self._of_cluster.get(cluster, ()):
            before = text[max(0, e.start - 30):e.start].replace("’", "'").lower().split()
            if before and before[-1] in self.lexicon.titles["fem"]:
                votes["fem"] += 1
            elif before and before[-1] in self.lexicon.titles["masc"]:
                votes["masc"] += 1
        for link in self._described_links.get(cluster, ()):
            # a role's or description's determiner weighs more than a first name: "Nicola" is a woman
            # in Scotland, a man in Italy, and "le chef du Parti démocrate, Nicola Z." settles it as a
            # tie (unknown); "la journaliste Gaël T." makes a woman of a "Gaël"
            weight = 2
            det = text[link.start:link.end].lower().split()[:1]
            if det and det[0] in FEM_DETERMINERS:
                votes["fem"] += weight
            elif det and det[0] in MASC_DETERMINERS:
                votes["masc"] += weight
        if votes["fem"] == votes["masc"]:
            return None
        return "fem" if votes["fem"] > votes["masc"] else "masc"

    def gender_of_phrase(self, token: "Token", determiner: "Token | None") -> str | None:
        """The determiner's gender, else the tagger's, except for a noun of one form for both
        genders ("l'édile socialiste" may be a woman: the tagger says masculine)."""
        if determiner is not None:
            word = determiner.lower_
            if word in FEM_DETERMINERS:
                return "fem"
            if word in MASC_DETERMINERS:
                return "masc"
            for adjective in self.spacy_doc[determiner.i + 1:token.i]:  # "l'actuel maire", "l'ancienne édile"
                if adjective.lower_ in GENDERED_ADJECTIVES:
                    return GENDERED_ADJECTIVES[adjective.lower_]
        if token.lemma_.lower() in self.lexicon.nouns["epicene"] or token.lower_ in self.lexicon.nouns["epicene"]:
            return None
        gender = token.morph.get("Gender")
        return {"Fem": "fem", "Masc": "masc"}.get(gender[0]) if gender else None

    # -- positions ---------------------------------------------------------------------------------------
    def told_sentences(self) -> list[int]:
        """Per sentence, how many sentences up to it the article tells in its own words (not wholly
        inside quotation marks): a long quote does not push its speaker out of reach ("X a dénoncé...
        « ...six sentences... », a lancé le député")."""
        counts, told = [], 0
        for sent in self.spacy_doc.sents:
            text = sent.text
            first = sent.start_char + (len(text) - len(text.lstrip()))
            last = sent.start_char + len(text.rstrip()) - 1
            quoted = last >= first and self.is_quoted(first) and self.is_quoted(last) \
                and bisect.bisect_right(self._quote_starts, first) == bisect.bisect_right(self._quote_starts, last)
            told += not quoted
            counts.append(told)
        return counts

    def sentence_of(self, char: int) -> int:
        return bisect.bisect_right(self._sentence_starts, char) - 1

    def is_quoted(self, char: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, char) - 1
        return i >= 0 and char < self.quoted[i][1]


def pronoun_start(token: "Token") -> int:
    """Where a pronoun's mention starts: after the hyphens of an inverted clitic ("-t-il", "-elle"),
    which the tokenizer glues to it."""
    return token.idx + (token.text.rfind("-") + 1 if token.text.startswith("-") else 0)


def impersonal_il(token: "Token", lexicon: CorefLexicon) -> bool:
    """Whether "il" (or "-il" of an inversion) is impersonal, a subject that names nobody: "il faut",
    "il y a", "faut-il", "il n'y a", "il est difficile de", and the impersonal passive "il a été
    convenu de", "il est prévu que" (a participle of `impersonal_participles` before "de"/"que":
    "il a été accusé de" is a person)."""
    doc = token.doc
    impersonal_verbs = lexicon.nouns["impersonal_after_il"]
    after = [t for t in doc[token.i + 1:token.i + 8] if not t.is_quote][:5]
    following = [t.lower_.replace("’", "'") for t in after]
    # a quotation mark is no word: 'estime qu'il "faut casser l'image"' is "il faut"
    if token.text.startswith("-") and token.i > 0:  # "semble-t-il", "faut-il", "paraît-il"
        i = token.i - 1
        if i > 0 and doc[i].lower_ in ("-t", "-t-", "t"):
            i -= 1
        verb = doc[i].lower_.replace("’", "'").removesuffix("-t")
        if verb in FORMS_OF_ETRE and i > 0 and doc[i - 1].lower_ == "toujours":
            return True  # "Toujours est-il que": a fixed phrase, nobody
        participle = next((t.lower_ for t in after if t.pos_ != "ADV"), "")
        if verb in FORMS_OF_ETRE and participle in lexicon.nouns["impersonal_participles"]:
            return True  # '"...", est-il (notamment) écrit dans le communiqué': the impersonal passive
        return verb in impersonal_verbs or (verb in MODALS and impersonal_infinitive(following))  # "va-t-il falloir"
    if token.lower_ != "il":
        return False
    if following and following[0] in impersonal_verbs:
        return True
    if following[:2] in (["en", "soit"], ["en", "ressort"], ["en", "va"], ["en", "résulte"], ["en", "découle"]) \
            or (following[:2] == ["n'", "en"] and "rien" in following[2:4]):
        return True  # "quoi qu'il en soit", "il en ressort", "il en va de", "il n'en est rien"
    if len(following) > 1 and following[0] in ("s'", "se") and "s'" + following[1] in impersonal_verbs:
        return True  # "il s'agit de": the tokenizer splits "s'"
    if following[:1] in (["ne"], ["n'"]) and len(following) > 2 and following[1] in ("s'", "se") \
            and following[2].startswith(("agi", "agî")):
        return True  # "il ne s'agissait pas de" (the negation before "falloir" is read below)
    if len(following) > 2 and following[:2] == ["s'", "en"] and "s'en " + following[2] in impersonal_verbs:
        return True  # "il s'en dégage le portrait de", "il s'en faut de peu" (not "il s'en va", "il s'en prend")
    if len(following) > 1 and following[0] in MODALS and impersonal_infinitive(following[1:]):
        return True  # "il va falloir", "il devrait y avoir" (not "il estime y avoir droit")
    if following[:1] in (["n'"], ["ne"]) and len(following) > 1 and following[1] in ("faut", "y"):
        return True
    if impersonal_perfect(following, lexicon):
        return True  # "il aura fallu deux semaines", "il n'a pas fallu", "il a semblé"
    if len(following) >= 3 and following[0] in COPULAS and after[1].pos_ == "ADJ" \
            and following[1] not in lexicon.nouns.get("personal_adjectives", ()) \
            and following[2] in ("de", "d'", "que", "qu'"):
        return True
    if len(following) >= 2 and following[0] in COPULAS and (CLOCK_TIME.match(" ".join(following[1:3]))
                                                            or following[1] in CLOCK_WORDS):
        return True  # "il est 8h15", "il était minuit"; not "il est 2e"
    if impersonal_predicate(doc, token.i + 1, lexicon):
        return True
    if impersonal_other_tense(following, lexicon):
        return True
    if following[:1] == ["se"] and following[1:2] in (["peut"], ["pourrait"]) and following[2:3] in (["que"], ["qu'"]):
        return True  # "il se pourrait que"
    if token.i > 0 and doc[token.i - 1].lower_ == "comme" and following[:1] and following[0] in FORMS_OF_ETRE \
            and following[1:2] and following[1] in lexicon.nouns["impersonal_participles"]:
        return True  # "comme il était prévu"
    return impersonal_passive(following, lexicon)


#: Words between an existential verb and what exists ("il ne restait plus de", "il existe aussi un").
EXISTENTIAL_FILLERS = frozenset({"n'", "ne", "pas", "plus", "encore", "aussi", "également", "donc", "alors", "toujours"})
#: Adverbs between "il semblait" and its "que" ("il semblerait bien que").
BEFORE_QUE = frozenset({"bien", "donc", "pourtant", "toutefois", "cependant", "aujourd'hui", "désormais", "alors", "même"})


def impersonal_other_tense(following: "list[str]", lexicon: CorefLexicon) -> bool:
    """"il semblerait que", "il suffirait d'un geste" (`impersonal_before_que`), "il restait quelques
    amendements", "il existait un risque" (`existential_verbs` before a determiner or a quantifier):
    the tenses `impersonal_after_il` leaves out because another reading is a person's ("il semblait
    vouloir", "il restait concentré", "il resterait à son poste")."""
    words = [w for w in following if w not in ("n'", "ne")]
    if not words:
        return False
    rest = list(words[1:])
    if words[0] in lexicon.nouns.get("impersonal_before_que", ()):
        while rest and rest[0] in BEFORE_QUE:
            rest.pop(0)
        return bool(rest) and rest[0] in ("que", "qu'", "de", "d'")
    if words[0] in lexicon.nouns.get("existential_verbs", ()):
        while rest and rest[0] in EXISTENTIAL_FILLERS:
            rest.pop(0)
        return bool(rest) and (rest[0] in lexicon.nouns.get("existential_objects", ()) or rest[0][:1].isdigit())
    return False


def impersonal_predicate(doc, i: int, lexicon: CorefLexicon) -> bool:
    """A copula whose predicate, after adverbs, only an impersonal "il" takes: "il était
    malheureusement trop tard", "il n'est pas encore temps de", "il est donc clair que" (an
    adjective before "de"/"que"), "il n'est pas question de"."""
    end = min(len(doc), i + 8)
    while i < end and doc[i].lower_.replace("’", "'") in ("n'", "ne", "lui", "leur", "nous", "vous", "me", "m'", "te", "t'"):
        i += 1  # "il lui est impossible de", "il ne nous est pas possible de"
    if i >= end or doc[i].lower_ not in COPULAS:
        return False
    i += 1
    while i < end and (doc[i].lower_ in lexicon.nouns["predicate_adverbs"] or doc[i].lower_ == "pas" or doc[i].is_quote):
        i += 1
    if i >= end:
        return False
    word = doc[i].lower_.replace("’", "'")
    if word in lexicon.nouns["impersonal_predicates"]:
        return True
    while i + 1 < len(doc) and doc[i + 1].is_quote:  # 'il était "inadmissible" que'
        i += 1
    return word in lexicon.nouns["impersonal_adjectives"] and i + 1 < len(doc) \
        and doc[i + 1].lower_.replace("’", "'") in ("de", "d'", "que", "qu'", "si", "s'")


def impersonal_perfect(following: "list[str]", lexicon: CorefLexicon) -> bool:
    """A compound tense of an impersonal verb: "il a fallu", "il aurait fallu", "il n'a pas fallu"."""
    words = [w for w in following if w not in PASSIVE_FILLERS]
    return len(words) >= 2 and words[0] in PERFECT_AUXILIARIES \
        and words[1] in lexicon.nouns.get("impersonal_participles_perfect", ())


def impersonal_infinitive(words: "list[str]") -> bool:
    """Words after a conjugated verb that make its "il" impersonal: "(il va) falloir", "(il doit) y avoir"."""
    return bool(words) and (words[0] == "falloir" or words[:2] == ["y", "avoir"])


def impersonal_passive(following: "list[str]", lexicon: CorefLexicon) -> bool:
    """"il a été convenu d'", "il est prévu que", "il sera décidé de", "il n'est pas prévu de"."""
    words = [w for w in following if w not in PASSIVE_FILLERS]
    i = 0
    while i < len(words) and words[i] in PASSIVE_AUXILIARIES:
        i += 1
    return 0 < i and words[i - 1] in FORMS_OF_ETRE and i + 1 < len(words) \
        and words[i] in lexicon.nouns["impersonal_participles"] and words[i + 1] in ("de", "d'", "que", "qu'")


def role_key(phrase: "Span") -> str:
    """"le porte-parole de la préfecture" -> "porte-parole de la préfecture" (no determiner); a
    former role under one key: "l'ex-ministre", "l'ancienne ministre" -> "ancien ministre"; a current
    one under its bare key: "l'actuelle ministre", "le nouveau ministre" -> "ministre"; a hyphenated
    word as one word however the tokenizer cut it ("député - maire" -> "député-maire")."""
    words = []
    for t in phrase:
        word = t.lower_.replace("’", "'")
        glued = bool(words) and not t.nbor(-1).whitespace_ and (t.text in HYPHENS or t.nbor(-1).text in HYPHENS)
        if glued:
            words[-1] += word
        else:
            words.append(word)
    if words and phrase[0].pos_ == "DET":
        words = words[1:]
    if words and words[0].startswith("ex-") and len(words[0]) > 3:
        words = ["ancien", words[0][3:], *words[1:]]
    elif words and words[0] == "ancienne":
        words[0] = "ancien"
    elif len(words) > 2 and words[0] in CURRENT_QUALIFIERS:
        words = words[1:]  # "l'actuel ministre de l'Économie" holds the role "le ministre de l'Économie" names
        # (not "le nouveau président" alone, which may be any country's: `CorefLexicon.office_of`)
    return " ".join(words)
