"""Corrections of fr_core_news_md's mentions for French political news.

The model is good on names but, on news, tags institutions by their seat as places ("Kremlin" LOC),
splits media names ("Belarus" of "Belarus 1"), and tags titles ("Président", "État") and headlines
as entities. Corrections are data (`resources/entity_patterns.jsonl`, `not_entities.txt`,
`person_titles.txt`) applied in this order:

1. patterns win over model spans they overlap, unless a model span strictly contains them;
2. a title in front of a name is trimmed and the rest becomes PER ("Premier ministre Jean Castex");
   a lower-case article or preposition in front of a capitalised name is trimmed ("la France",
   "l'Elysée", "du Nord"; `entity_leading_words.txt`), except name particles of persons ("de Gaulle");
   a span cut after a capitalised particle is completed ("Bruno Le" + "Maire"), a dangling
   preposition at its end dropped ("Conseil départemental du");
3. titles and common nouns alone, spans without a capital or digit, spans across a line break and
   MISC spans covering a whole headline of an article (a heading followed by body text) are dropped;
4. a name found once is found everywhere in the document: other occurrences of the same string that
   the model missed (typically inside a headline it tagged whole as MISC) get the same label;
5. with the trims of step 2, a MISC or ORG span that reads as "<first name> <surname>" becomes a
   person ("Lucy Brown"; `persons`), and a person's span glued to a place, party, role word or
   tail is cut back to the name ("de Beyrouth Marwan Abboud"; `glued`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..coreference.lexicon import coref_lexicon
from ..coreference.names import is_acronym, normalise
from ..document import Document
from ..firstnames import first_name_gender
from ..lexicons import prefixed_lines, read_jsonl, read_lines
from .labels import first_name_strings, harmonised_labels, surname_strings
from .mentions import Mention, is_article, overlaps, put_in_place
from .names import article_variants
from .glued import GluedPersons
from .persons import FirstNamePersons
from .propagation import propagated
from .roles import SINGULAR_PEOPLE, Demonyms, RoleWords
from .seats import Seats
from .spans import QuotedNames, StreetNouns, acronym_expansions, site_names
from .words import is_common_word, lemma_words, opens_with_participle, starts_a_line_or_sentence, word_forms

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

LABELS = ("PER", "LOC", "ORG", "MISC")


class MentionCorrector:
    """The model's mentions of one document, corrected (see the module's docstring for the order)."""

    def __init__(self, nlp: "Language") -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.expansions: dict[str, str] = {}
        self.pattern_names: dict[str, str] = {}
        for entry in read_jsonl("entity_patterns.jsonl"):
            variants = article_variants(entry["pattern"])
            self.matcher.add(entry["label"], [nlp.make_doc(p) for p in variants])
            self.pattern_names.update((variant, entry["pattern"]) for variant in variants[1:])
            if "expansion" in entry:
                self.expansions[entry["pattern"]] = entry["expansion"]
        self.not_entities = frozenset(normalise(x) for x in read_lines("not_entities.txt"))
        titles = {tuple(normalise(t).split()) for t in read_lines("person_titles.txt")}
        self.titles = sorted(titles, key=len, reverse=True)
        self.title_set = frozenset(titles)
        leading = [normalise(w) for w in read_lines("entity_leading_words.txt")]
        self.leading_words = frozenset(w.removeprefix("person:") for w in leading)
        self.person_leading_words = frozenset(w.removeprefix("person:") for w in leading if w.startswith("person:"))
        self.demonyms = Demonyms.load()
        self.roles = RoleWords(nlp)
        self.common_words = lemma_words(nlp)
        self.adjectives = frozenset(self.common_words.get("adj", ()))
        self.word_forms = word_forms(nlp)
        self.org_nouns = frozenset(line for line in read_lines("entity_org_nouns.txt") if not line.startswith("members:"))
        self.member_nouns = prefixed_lines("entity_org_nouns.txt", "members:")
        self.function_words = frozenset(read_lines("french_function_words.txt"))
        self.feature_nouns = frozenset(read_lines("entity_feature_nouns.txt"))
        self.event_heads = prefixed_lines("entity_event_words.txt", "head:")
        self.operation_nouns = prefixed_lines("entity_event_words.txt", "before:")
        self.names_lexicon = coref_lexicon()
        self.known_persons = frozenset(read_lines("person_surnames.txt"))
        self.seats = Seats()
        self.org_heads = frozenset(read_lines("entity_org_heads.txt"))
        self.name_particles = frozenset(read_lines("person_name_particles.txt"))
        self.streets = StreetNouns()
        self.quoted_names = QuotedNames()
        self.first_name_persons = FirstNamePersons(self.common_words)
        self.glued = GluedPersons(self.first_name_persons, self.demonyms, self.adjectives)
        self.capitals = frozenset(read_lines("entity_capitals.txt"))
        self.title_words = frozenset(t[-1] for t in self.title_set)

    def corrected_mentions(self, spacy_doc: "Doc", doc: Document) -> list[Mention]:
        mentions = [Mention(e.start, e.end, e.label_) for e in spacy_doc.ents if e.label_ in LABELS]
        mentions = self.apply_patterns(spacy_doc, mentions)
        mentions = self.rebuilt_names(spacy_doc, mentions)
        headings = headline_spans(doc)
        blocked = self.roles.blocked(spacy_doc)
        bare = bare_names(spacy_doc, mentions, self.leading_words)
        kept = []
        for mention in mentions:
            mention = self.trim_opening_article(spacy_doc, self.trim_leading_words(spacy_doc, mention), bare)
            mention = self.trim_title(spacy_doc, self.mend_end(spacy_doc, mention))
            if mention is None or overlaps(mention, blocked):
                continue
            mention = self.trim_demonym(spacy_doc, self.trim_common_head(spacy_doc, self.trim_place_noun(spacy_doc, mention)))
            mention = self.person_particle(spacy_doc, self.organisation_head(spacy_doc, mention))
            mention = self.first_name_persons.relabelled(spacy_doc, mention)
            if self.is_entity(spacy_doc[mention.start:mention.end], mention, headings) and not self.is_role_word(spacy_doc, mention):
                kept.append(mention)
        kept = self.glued.cut(spacy_doc, self.first_name_persons.apposed.unlabelled(spacy_doc, kept))
        surnames = surname_strings(spacy_doc, kept, self.common_words, self.names_lexicon.is_first_name)  # of multi-word names only:
        kept = [self.capital_place(spacy_doc, m, surnames) for m in kept]
        kept = self.without_common_words(spacy_doc, kept, surnames)     # unchanged by dropping single words
        names = first_name_strings(spacy_doc, kept, self.names_lexicon.is_first_name) | surnames
        found = [m for m in propagated(spacy_doc, kept, names)
                 if not self.is_portfolio(spacy_doc, m) and not overlaps(m, blocked)]
        kept = [m for m in kept if not (m.label == "MISC" and any(f.start < m.end and m.start < f.end for f in found))]
        harmonised = harmonised_labels(spacy_doc, sorted(kept + found, key=lambda m: m.start), self.known_persons)
        return self.seats.relabelled(spacy_doc, self.without_operations(spacy_doc, self.announced_organisations(spacy_doc, harmonised)))

    def capital_place(self, spacy_doc: "Doc", mention: Mention, surnames: dict[str, str]) -> Mention:
        """"les appels de Washington", "a affirmé Pékin": a one-word PER mention that is a capital
        (`entity_capitals.txt`) stands for its government, a place (dev README convention), unless the
        article names a person with that surname ("George Washington") or a title stands before it."""
        if mention.label != "PER" or mention.from_pattern or mention.end - mention.start != 1:
            return mention
        text = spacy_doc[mention.start].text
        if text not in self.capitals or text in surnames:
            return mention
        if mention.start > 0 and normalise(spacy_doc[mention.start - 1].text) in self.title_words:
            return mention  # "M. Paris", "le général Washington"
        return replace(mention, label="LOC")

    def announced_organisations(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """A name an organisation noun announces once is an organisation wherever the article writes
        it ("trois militantes Femen" ... "les Femen")."""
        names = {spacy_doc[m.start:m.end].text for m in mentions if self.is_announced_organisation(spacy_doc, m)}
        if not names:
            return mentions
        return [replace(m, label="ORG") if m.label != "ORG" and spacy_doc[m.start:m.end].text in names else m for m in mentions]

    def without_operations(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """"l'opération Serval ... a succédé à Serval": a name after an operation noun
        (`entity_event_words.txt`) is an operation's, no entity, wherever the article writes it."""
        names = set()
        for m in mentions:
            if spacy_doc[m.start].lower_ in self.operation_nouns:  # the model's "opération Serval"
                names |= {spacy_doc[m.start:m.end].text, spacy_doc[m.start + 1:m.end].text}
            elif m.start > 0 and spacy_doc[m.start - 1].lower_ in self.operation_nouns:
                names.add(spacy_doc[m.start:m.end].text)
        if not names:
            return mentions
        return [m for m in mentions if spacy_doc[m.start:m.end].text not in names]

    def rebuilt_names(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        """Acronym expansions, sites, street names and quoted names (`spans`) in place of the model's
        pieces of them."""
        for start, end, label in acronym_expansions(spacy_doc, self.not_entities):
            mentions = put_in_place(mentions, start, end, label, over_persons=False)
        for start, end, label in site_names(spacy_doc):
            mentions = put_in_place(mentions, start, end, label, over_persons=False)
        for start, end, label in self.streets.spans(spacy_doc):
            mentions = put_in_place(mentions, start, end, label, over_persons=True)
        for start, end, label in self.quoted_names.spans(spacy_doc):
            if label is None and any(m.start == start and m.label == "ORG" and m.end - m.start > 1 for m in mentions):
                label = "ORG"  # an organisation's name opens it: "« Front populaire écologique »" (not one word: "« Marxisme et … »")
            mentions = put_in_place(mentions, start, end, label, over_persons=False)
        return mentions

    def is_announced_organisation(self, spacy_doc: "Doc", mention: Mention) -> bool:
        """"l'ex-rébellion Séléka", "trois militantes Femen": a name right after a lower-case
        organisation noun (`entity_org_nouns.txt`); not a person's name of several words or opened by
        a first name ("la fondation Jean Dupont"), nor after a noun of members ("la militante Thunberg")."""
        if mention.label == "ORG" or mention.start == 0:
            return False
        noun = spacy_doc[mention.start - 1].text
        if not noun.islower():
            return False  # a heading in capitals: "LE GROUPE JAMAIS MIS EN CAUSE"
        if noun in self.member_nouns:
            return mention.label != "PER"
        if noun not in self.org_nouns:
            return False
        return mention.label != "PER" or (mention.end - mention.start == 1
                                          and not self.names_lexicon.is_first_name(spacy_doc[mention.start].text))

    def is_role_word(self, spacy_doc: "Doc", mention: Mention) -> bool:
        """A portfolio after a ministerial head, or a demonym standing alone ("les Italiens", "des
        Tibétains", "un Barcelonais"; a singular one only after "un"/"une": "Romain" is a first name)."""
        if mention.from_pattern:
            return False
        if self.is_portfolio(spacy_doc, mention):
            return True
        if mention.end - mention.start != 1:
            return False
        token = spacy_doc[mention.start]
        if token.lower_ in self.demonyms.nouns:
            return True
        plural = token.lower_.endswith(("s", "x"))
        after_article = mention.start > 0 and spacy_doc[mention.start - 1].lower_ in SINGULAR_PEOPLE
        return (plural or after_article) and self.demonyms.is_people(token.text, self.adjectives)

    def is_portfolio(self, spacy_doc: "Doc", mention: Mention) -> bool:
        """"ministre de l'Intérieur", "ministre de la Mer et des Affaires rurales"; but a person's
        name right after the portfolio is its holder ("ministre de l'Économie Bruno Le Maire")."""
        return self.roles.is_portfolio(spacy_doc, mention.start) and (
            mention.label != "PER" or spacy_doc[mention.start - 1].is_lower)

    def organisation_head(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """"Bloco de Esquerda", "Cour d'appel de Paris": a place-labelled name of several words that
        opens with an organisation's head word (`entity_org_heads.txt`) is an organisation."""
        if mention.label == "LOC" and mention.end - mention.start > 1 \
                and spacy_doc[mention.start:mention.end].text.split()[0] in self.org_heads:  # "État-major": three tokens
            return replace(mention, label="ORG")
        return mention

    def person_particle(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """"M'Jid El Guerrab", "Bachar al-Assad": a particle of personal names between two capitalised
        words (`person_name_particles.txt`) makes the span a person's."""
        if mention.from_pattern or mention.label == "PER":
            return mention
        words = spacy_doc[mention.start:mention.end].text.replace("-", " ").split()
        if any(words[i] in self.name_particles and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
               for i in range(1, len(words) - 1)):
            return replace(mention, label="PER")
        return mention

    def trim_common_head(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """"Affaire Bygmalion : …" -> "Bygmalion": a person's span that makes a heading's topic (at
        the start of a line, before a colon or the line's end) opened by a capitalised common noun that
        is no first name ("Blanche Maupas a dit" stays whole). What remains is left MISC so that its
        other mentions give it its label ("l'agence Bygmalion")."""
        if mention.from_pattern or mention.label != "PER" or mention.end - mention.start < 2:
            return mention
        first, second = spacy_doc[mention.start], spacy_doc[mention.start + 1]
        after = spacy_doc[mention.end] if mention.end < len(spacy_doc) else None
        topic = after is None or after.text in (":", "-", "–") or "\n" in after.text or "\n" in spacy_doc[mention.end - 1].whitespace_
        if not (topic and starts_a_line_or_sentence(first) and second.text[:1].isupper()) or self.names_lexicon.is_first_name(first.text):
            return mention
        if not is_common_word(first, self.common_words):
            return mention
        return Mention(mention.start + 1, mention.end, "MISC")

    def trim_place_noun(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """"cathédrale de Spire", "pays du Sahel", "mairie de Barcelone" -> the place named: a place's
        span opened by a lower-case common noun and a preposition is the name after them (a street
        is a pattern and keeps its noun: "rue de Rivoli"; a named building has no preposition:
        "basilique Saint-Pierre")."""
        if mention.from_pattern or mention.label != "LOC" or mention.end - mention.start < 3:
            return mention
        first = spacy_doc[mention.start]
        if not (first.is_lower and first.pos_ == "NOUN") or normalise(first.text) in self.leading_words \
                or first.lower_ in self.feature_nouns or first.lower_ in self.streets.nouns:
            return mention
        start = mention.start + 1
        while start < mention.end - 1 and is_article(spacy_doc[start], self.leading_words):
            start += 1
        name = spacy_doc[start]
        if start == mention.start + 1 or not name.text[:1].isupper() or is_common_word(name, self.common_words):
            return mention  # "département de la Santé", "place d'Octobre": a portfolio, a date
        return Mention(start, mention.end, mention.label)

    def trim_demonym(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """"Parti de gauche suédois" -> "Parti de gauche": a lower-case nationality ends no name."""
        last = spacy_doc[mention.end - 1]
        if mention.end - mention.start > 1 and last.text.islower() and last.lower_ in self.demonyms.adjectives:
            return Mention(mention.start, mention.end - 1, mention.label, mention.from_pattern)
        return mention

    def without_common_words(self, spacy_doc: "Doc", mentions: list[Mention], surnames: dict[str, str]) -> list[Mention]:
        """Drop a single capitalised common word opening a heading or sentence, or in capitals
        ("Famille", "Logement :", "VIDÉO"), unless the same word is a name elsewhere in the text."""
        named_elsewhere = Counter(spacy_doc[m.start:m.end].text for m in mentions
                                  if not starts_a_line_or_sentence(spacy_doc[m.start]))
        kept = []
        for m in mentions:
            token = spacy_doc[m.start]
            if m.end - m.start == 1 and not m.from_pattern and named_elsewhere[token.text] == 0 and token.text not in surnames \
                    and (starts_a_line_or_sentence(token) or token.is_upper) and len(token.text) > 3 \
                    and (is_common_word(token, self.common_words)
                         or (opens_with_participle(token, self.word_forms, self.adjectives)
                             and not self.names_lexicon.is_first_name(token.text))):
                continue
            kept.append(m)
        return kept

    def apply_patterns(self, spacy_doc: "Doc", mentions: list[Mention]) -> list[Mention]:
        from spacy.util import filter_spans

        raw = self.matcher(spacy_doc)
        labels = {(s, e): spacy_doc.vocab.strings[m] for m, s, e in raw}
        matches = filter_spans([spacy_doc[s:e] for _, s, e in raw])
        result = [cut_after_pattern(spacy_doc, m, matches) for m in mentions]
        for span in matches:
            start, end = span.start, span.end
            label = labels[(start, end)]
            name = self.pattern_names.get(span.text)
            matched = start
            if end - start > 1 and is_article(spacy_doc[start], self.leading_words):
                start += 1  # "le Parisien" matched "Le Parisien": the name without its article
            if any(m.start <= start and end <= m.end and (m.end - m.start) > (end - matched)
                   and holds_pattern(spacy_doc, m, start, end) for m in result):
                continue  # a longer model span holds the pattern as part of one name: trust the model
            rest = [r for m in result if m.start < end < m.end and not m.from_pattern for r in self.remainders(spacy_doc, m, end)]
            result = [m for m in result if m.end <= start or m.start >= end]
            result.append(Mention(start, end, label, from_pattern=True, name=name))
            result.extend(rest)
        return result

    def remainders(self, spacy_doc: "Doc", model: Mention, end: int) -> list[Mention]:
        """The names a model span glued after a pattern: "Rassemblement national | Marine Le Pen" (a
        person when it opens with a first name); after "de", the place of a meeting or of a party's
        branch ("le G7 de | Biarritz", "le maire Les Républicains de | Nice": the organisation, then
        the place, as the dev README's gold has them), or a person ("le Rassemblement national de |
        Marine Le Pen"), or both ("le député LR de | Moselle | Fabien Dupont")."""
        if end + 1 < model.end and spacy_doc[end].lower_.replace("’", "'") in ("de", "d'") \
                and all(t.text[:1].isupper() or t.text == "-" for t in spacy_doc[end + 1:model.end]):
            return self.place_or_person(spacy_doc, end + 1, model.end)
        if not spacy_doc[end].text[:1].isupper():
            return []
        label = "PER" if self.names_lexicon.is_first_name(spacy_doc[end].text.split("-")[0]) else model.label
        return [Mention(end, model.end, label)]

    def place_or_person(self, spacy_doc: "Doc", start: int, end: int) -> list[Mention]:
        """Capitalised words after "de": a person from a first name with a gender followed by a
        surname, the words before it a place ("Nice", "Moselle | Fabien Dupont", "Marine Le Pen")."""
        for i in range(start, end - 1):
            if first_name_gender(self.names_lexicon.first_names, spacy_doc[i].text.split("-")[0]) is not None:
                return ([Mention(start, i, "LOC")] if i > start else []) + [Mention(i, end, "PER")]
        return [Mention(start, end, "LOC")]

    def trim_leading_words(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """Drop lower-case articles and prepositions before a capitalised word (model spans only)."""
        if mention.from_pattern:
            return mention
        allowed = self.person_leading_words if mention.label == "PER" else self.leading_words
        end = mention.start
        while end + 1 < mention.end and is_article(spacy_doc[end], allowed):
            end += 1  # "de la Somme": every leading word, then a capital must follow
        if end == mention.start or not spacy_doc[end].text[:1].isupper():
            return mention
        return Mention(end, mention.end, mention.label)

    def trim_opening_article(self, spacy_doc: "Doc", mention: Mention, bare: frozenset[str]) -> Mention:
        """"La Chine a réagi", "L'Italie attend": a capitalised article opening a sentence or a line is
        the sentence's, not the name's, when the article writes the name without it elsewhere ("en
        Chine", "la Chine") or the name is an acronym ("L'ONU"); a name whose article belongs to it is
        a pattern ("Le Caire", "Le Monde")."""
        if mention.from_pattern or mention.label == "PER" or mention.end - mention.start < 2:
            return mention
        first = spacy_doc[mention.start]
        if not (first.text[:1].isupper() and normalise(first.text) in self.leading_words and starts_a_line_or_sentence(first)):
            return mention
        rest = spacy_doc[mention.start + 1:mention.end].text
        if rest not in bare and not is_acronym(rest):  # "L'ONU a salué": an acronym never takes an article
            return mention
        return Mention(mention.start + 1, mention.end, mention.label)

    def mend_end(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """A model span cut after an article or preposition: "Bruno Le | Maire" and "Marine Le | Pen"
        (a capitalised particle: the next capitalised word belongs to the name) are completed;
        "Conseil départemental du" loses its dangling "du"."""
        if mention.from_pattern or mention.end - mention.start < 2:
            return mention
        last = spacy_doc[mention.end - 1]
        if normalise(last.text) not in self.leading_words:
            return mention
        if last.text[:1].isupper() and mention.end < len(spacy_doc) and spacy_doc[mention.end].text[:1].isupper():
            return Mention(mention.start, mention.end + 1, mention.label)
        end = mention.end
        while end - 1 > mention.start and is_article(spacy_doc[end - 1], self.leading_words):
            end -= 1
        return mention if end == mention.end else Mention(mention.start, end, mention.label)

    def trim_title(self, spacy_doc: "Doc", mention: Mention) -> Mention | None:
        """Drop a leading title; what remains is a person if it starts with a capital. A lower-case
        title with a lower-case complement ("ministre de la Santé") names a role: the span goes."""
        words = [normalise(t.text) for t in spacy_doc[mention.start:mention.end]]
        for title in self.titles:
            n = len(title)
            if tuple(words[:n]) == title and n < len(words):
                rest = spacy_doc[mention.start + n]
                if rest.text[:1].isupper():
                    return Mention(mention.start + n, mention.end, "PER")
                if not mention.from_pattern and (spacy_doc[mention.start].text[:1].islower()
                                                 or not any(t.pos_ == "PROPN" for t in spacy_doc[mention.start + n:mention.end])):
                    return None  # a role and its complement, "ministre de l'Intérieur", "Mme la ministre de la Santé": no name
                return mention
        return self.trim_demonym_title(spacy_doc, mention)

    def trim_demonym_title(self, spacy_doc: "Doc", mention: Mention) -> Mention:
        """"la jeune Suédoise Greta Thunberg" -> "Greta Thunberg": a demonym before a person's name,
        after an article or adjective, is a title of sorts ("Romain Dupont" after a verb stays)."""
        if mention.label != "PER" or mention.end - mention.start < 2 or mention.start == 0:
            return mention
        first, previous = spacy_doc[mention.start], spacy_doc[mention.start - 1]
        if not (previous.text[:1].islower() and previous.pos_ in ("DET", "ADJ")
                and spacy_doc[mention.start + 1].text[:1].isupper()):
            return mention
        if self.demonyms.is_people(first.text, self.adjectives):
            return Mention(mention.start + 1, mention.end, "PER")
        return mention

    def is_entity(self, span: "Span", mention: Mention, headings: set[tuple[int, int]]) -> bool:
        text = span.text
        if mention.from_pattern:
            return True
        if normalise(text) in self.not_entities or "\n" in text or tuple(normalise(text).split()) in self.title_set:
            return False  # listed non-entities, and a title alone ("Mme", "Président")
        if not any(c.isupper() or c.isdigit() for c in text):
            return False
        if span[0].text in self.event_heads:
            return False  # an event: "Conférence nationale", "Journée du souvenir"
        if len(span) == 1 and span[0].is_upper and span[0].lower_ in self.function_words:
            return False  # a heading in capitals: "CETTE", "NOUS"
        if len(span) > 1 and span[0].is_lower and span[1].is_lower and span[1].lower_ in self.demonyms.adjectives:
            return False  # a common noun and a nationality: "ministère chinois des Affaires étrangères"
        return not (mention.label == "MISC" and (span.start_char, span.end_char) in headings)



def bare_names(spacy_doc: "Doc", mentions: list[Mention], articles: frozenset[str]) -> frozenset[str]:
    """The mentions' names as written without a capitalised article: whole, or after a lower-case one
    ("la Chine" -> "Chine")."""
    names = set()
    for m in mentions:
        first = spacy_doc[m.start]
        if normalise(first.text) not in articles:
            names.add(spacy_doc[m.start:m.end].text)
        elif first.text[:1].islower() and m.end - m.start > 1:
            names.add(spacy_doc[m.start + 1:m.end].text)
    return frozenset(names)


#: Articles and prepositions inside a name ("Assemblée générale de l'ONU").
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "l'", "la", "le", "les"})


def cut_after_pattern(spacy_doc: "Doc", model: Mention, matches: list) -> Mention:
    """"Assemblée générale de l'ONU mardi" -> "Assemblée générale de l'ONU": a model span that runs
    past a pattern it ends on as a complement loses the lower-case words after it."""
    for span in reversed(matches):
        if model.start < span.start and span.end < model.end and names_pattern_s_holder(spacy_doc, model, span.start, span.end):
            return Mention(model.start, span.end, model.label)
    return model


def names_pattern_s_holder(spacy_doc: "Doc", model: Mention, start: int, end: int) -> bool:
    """Whether a model span that runs past a pattern ("Assemblée générale de l'ONU mardi") is a name
    of which the pattern, an organisation's acronym, is the complement ("Assemblée générale de
    l'ONU"): capitalised at its start, a preposition or article right before the pattern, only
    lower-case words after it (a place as complement is a name of its own: "Parlement européen de
    Strasbourg" is two)."""
    if model.from_pattern or model.label == "MISC" or not spacy_doc[model.start].text[:1].isupper():
        return False
    before = spacy_doc[start - 1].lower_.replace("’", "'")
    return before in NAME_PARTICLES and is_acronym(spacy_doc[start:end].text) and all(t.text[:1].islower() for t in spacy_doc[end:model.end])


def holds_pattern(spacy_doc: "Doc", model: Mention, start: int, end: int) -> bool:
    """Whether a model span around a pattern's match is one longer name ("Conseil constitutionnel
    du Bélarus") rather than the pattern glued to other words: a MISC span, a coordination ("Journal
    du dimanche et Sud Radio"), lower-case words after the name ("France insoumise de son leader") or a
    second name after it ("Rassemblement national Marine Le Pen") are not one name."""
    if model.label == "MISC":
        return False
    before = [t for t in spacy_doc[model.start:start] if not t.text[:1].islower()]
    after = spacy_doc[end:model.end]
    if any(t.lower_ in ("et", ",", "&") for t in spacy_doc[model.start:model.end]):
        return False
    if len(after) and after[0].text[:1].islower() and all(t.pos_ == "ADJ" for t in after):
        return True  # an adjective completes the name: "Conseil de sécurité nationale"
    if len(after) > 1 and is_acronym(after[-1].text) and after[-2].lower_.replace("’", "'") in NAME_PARTICLES and all(
            t.pos_ == "ADJ" or t.lower_.replace("’", "'") in NAME_PARTICLES for t in after[:-1]):
        return True  # an organisation's acronym as complement completes it: "Assemblée générale de l'ONU"
    if len(after) and (after[0].text[:1].islower() or after[0].text[:1].isupper() and not before and len(after) > 1):
        return False
    return True



def headline_spans(doc: Document) -> set[tuple[int, int]]:
    """Character spans of headings in a document that also has body text.

    A lone line (a title given alone, a Wikipedia-style label) is not treated as a headline.
    """
    if all(s.heading for s in doc.sentences):
        return set()
    return {(s.start, s.end) for s in doc.sentences if s.heading}

