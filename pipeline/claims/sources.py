"""Who vouches for a fact: the speaker of the quote it sits in, "selon X" / "d'après X" or "comme
le rapporte X" in its sentence, or the subject of a reporting verb above it.

Reporting verbs are the quotes stage's lexicon (`resources/reporting_verbs.txt`, read through
`pipeline.attribution.lexicon`), so the two stages agree on what a report is.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..attribution.lexicon import QuoteLexicon
from ..attribution.phrases import starts_according
from .descriptions import bare
from .frames import NAMED_LABELS, SUBJECT_DEPS, infinitive, inside, phrase_bounds, subject_token
from ..lines import line_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document
    from .names import Names

PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "ce", "c'", "c’", "cela", "ça", "qui", "celui-ci", "celle-ci",
                      "elle-même", "lui-même", "eux-mêmes", "elles-mêmes", "se", "s'", "s’", "nous", "je", "j'", "vous"})
ANAPHORIC_LE = frozenset({"le", "l'", "l’"})
#: How a reported clause hangs on its reporting verb.
REPORTED_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "csubj"})
QUOTE_REACH = 200  # characters from a quote to the quoted number it also speaks for
#: Source: (phrase, start, end, canonical name, cue lemma).
Source = tuple["str | None", "int | None", "int | None", "str | None", "str | None"]
NO_SOURCE: Source = (None, None, None, None, None)
ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,8}")
#: Verbs that credit someone with a score (with the `recipient_verbs` of facts_names.json).
CREDITING_VERBS = frozenset({"créditer"})



def within_marks(text: str, sent: "Span", start: int, end: int) -> bool:
    """Whether [start, end) lies between a pair of quote marks of its sentence."""
    inside_text = text[sent.start_char:start]
    if inside_text.count("«") > inside_text.count("»") or inside_text.count("“") > inside_text.count("”"):
        return True
    return inside_text.count('"') % 2 == 1 and '"' in text[end:sent.end_char]


def is_circumstance(clause: "Token") -> bool:
    """"alors que l'Italie a enregistré 9.000 morts", "a-t-il observé": an adverbial clause with its
    own subordinator is the article's context, not the reported words."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("que", "qu'", "qu’") for c in clause.children)


def is_completive(clause: "Token") -> bool:
    """A "que" clause, whatever label the parser gave it ("a rappelé qu'au moins la moitié ..."), even
    when the parse hangs "que" on the clause's subject ("a promis que "les prélèvements baisseront")."""
    subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
    marks = [c for t in [clause, *subjects] for c in t.children if c.dep_ == "mark" and c.i < clause.i]
    return any(c.lower_ in ("que", "qu'", "qu’") for c in marks)


def expanded(doc: "Document", name: str | None) -> str | None:
    """An acronym the article spells out ("l'Institut national de la statistique (INS) ... selon l'INS"):
    the name written before it in brackets, so that a source reads as the body, not its initials."""
    if not name or not ACRONYM.fullmatch(name):
        return name
    at = doc.text.find(f"({name})")
    if at < 0:
        return name
    before = len(doc.text[:at].rstrip())
    spelled = [e for e in doc.entities if e.label == "ORG" and e.end == before and e.canonical != name]
    return spelled[-1].canonical if spelled else name


class SourceFinder:
    """Built once per stage from the quotes' lexicon and the words that are never sources."""

    def __init__(self, lexicon: QuoteLexicon, not_sources: frozenset[str], results: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self.not_sources = not_sources
        self.results = results  # nouns of what credits a score: "le décompte", "les sondages", "la commission"

    def __call__(self, doc: "Document", names: "Names", sent: "Span", pred: "Token", start: int, end: int) -> Source:
        for quote in doc.quotes:
            if quote.start <= start and end <= quote.end and quote.speaker:
                mine, described = self.quote_speaker(doc, names, sent, quote.speaker_start, quote.speaker_end)
                canonical = mine if described else quote.speaker_canonical or mine
                return quote.speaker, quote.speaker_start, quote.speaker_end, expanded(doc, canonical), quote.cue_lemma
        according = self.according_to(sent, start, end)
        if according is not None:
            return self.named(doc, names, according) + (None,)
        reported = self.as_reported(sent, start, end)
        if reported is not None:
            return self.named(doc, names, reported) + (self.reporting_lemma(reported.head),)
        reporter = self.reporting_verb(pred)
        if reporter is None:
            quoted = self.quoted_fragment(doc, names, sent, pred, start, end) if within_marks(doc.text, sent, start, end) else None
            if quoted:
                return quoted
            estimated = self.estimator(doc, names, pred, start, end)
            return estimated if estimated[0] is not None else self.crediting(doc, names, pred, start, end)
        cue = self.reporting_lemma(reporter)
        speaker = self.speaker_of(reporter, pred, start, end)
        covered = {t.i for t in speaker.subtree} if speaker is not None else set()
        if speaker is None or pred.i in covered or any(start <= sent.doc[i].idx < end for i in covered) \
                or not self.can_speak(doc, names, speaker):
            return None, None, None, None, cue
        return self.named(doc, names, speaker) + (cue,)

    def can_speak(self, doc: "Document", names: "Names", token: "Token") -> bool:
        """Whether a reporting verb's subject can state a number: a name, a pronoun, a person, a group, a
        document, a service, a medium or a poll; not a thing the parse made the subject ("les sondés
        qui accolent l'étiquette ... lui reprochent": "l'étiquette" states nothing)."""
        if token.pos_ in ("PRON", "PROPN") or any(e.start <= token.idx < e.end for e in doc.entities):
            return True
        lemma = token.lemma_.lower()
        return names.is_poll(token) or names.names_people(token) or names.is_role(token) \
            or any(self.lexicon.noun_class(lemma, k) for k in ("document", "service", "media"))

    def quoted_fragment(self, doc: "Document", names: "Names", sent: "Span", pred: "Token", start: int,
                        end: int) -> Source | None:
        """A number between quote marks the quotes stage did not attribute is someone's words: the
        subject of a reporting verb outside the marks ("..., a-t-il rappelé"), else the speaker of a
        quote just before in the paragraph, else a person subject of the sentence ("X s'était fixé
        pour objectif un "parcours pris en charge à 100 %"")."""
        for t in sent:
            if not start <= t.idx < end and self.is_reporting(t) and not within_marks(doc.text, sent, t.idx, t.idx + 1):
                speaker = self.speaker_of(t, pred, start, end)
                if speaker is not None and not within_marks(doc.text, sent, speaker.idx, speaker.idx + 1):
                    return self.named(doc, names, speaker) + (self.reporting_lemma(t),)
        paragraph = line_start(doc.text, start) - 1
        before = [q for q in doc.quotes if q.kind in ("direct", "mixed") and paragraph < q.start and q.end <= start
                  and q.speaker_canonical and start - q.end <= QUOTE_REACH]
        if before:
            q = before[-1]
            return q.speaker, q.speaker_start, q.speaker_end, q.speaker_canonical, q.cue_lemma
        root = sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and not inside(c, start, end)), None)
        named = names.canonical(subject) if subject is not None else None
        if named and any(e.label == "PER" and e.canonical == named for e in doc.entities):
            return self.named(doc, names, subject) + (None,)
        return None

    def estimator(self, doc: "Document", names: "Names", pred: "Token", start: int, end: int) -> Source:
        """"un dommage chiffré par la Cour des comptes à 4,2 millions d'euros": the agent of an
        estimating verb states the figure."""
        if pred.lemma_.lower() not in names.words.estimation_verbs:
            return NO_SOURCE
        agent = next((c for c in pred.children if c.dep_ == "obl:agent" and not inside(c, start, end)), None)
        return self.named(doc, names, agent) + (None,) if agent is not None else NO_SOURCE

    def crediting(self, doc: "Document", names: "Names", pred: "Token", start: int, end: int) -> Source:
        """"créditée de 10 % par la commission", "les sondages, qui créditent X de 40 %", "le décompte
        accorde 61 % au sortant": what credits someone with a score (the agent of a crediting verb, or its
        subject when that is a count, a poll or a body: `results`) states it; the one credited holds it."""
        verb = infinitive(pred)
        if verb not in CREDITING_VERBS | names.words.recipient_verbs:
            return NO_SOURCE
        agent = next((c for c in pred.children if c.dep_ == "obl:agent" and not inside(c, start, end)), None)
        subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubj:pass") and not inside(c, start, end)), None)
        if subject is not None and subject.lower_ == "qui" and pred.dep_ == "acl:relcl" and pred.head.i != pred.i:
            subject = pred.head  # "les sondages, qui créditent X de 40 %"
        for token in (agent, subject):  # "accordées par Barack Obama à 700.000 jeunes": a giver, no source
            if token is not None and token.pos_ in ("NOUN", "PROPN") and (
                    token.lemma_.lower() in self.results or names.is_poll(token) or verb in CREDITING_VERBS and token is agent):
                return self.named(doc, names, token) + (None,)
        return NO_SOURCE

    def quote_speaker(self, doc: "Document", names: "Names", sent: "Span", start: int | None,
                      end: int | None) -> tuple[str | None, bool]:
        """The name a quote's speaker words stand for, and whether they describe rather than name it
        ("cette enquête" -> its institute, "le Premier ministre" -> the person holding that office):
        then this stage's reading wins over the quotes stage's nearest person, even when it finds nobody."""
        span = sent.doc.char_span(start, end, alignment_mode="expand") if start is not None and end is not None else None
        if span is None or not len(span):
            return None, False
        head = span.root
        office = names.is_role(head) and names.office(start, end) is not None
        if names.is_poll(head) or office:
            return names.canonical(head), True
        return self.source_canonical(doc, names, head, start, end), False

    def named(self, doc: "Document", names: "Names", token: "Token") -> tuple:
        """(phrase, start, end, canonical) of a source phrase headed by `token`."""
        lo, hi = phrase_bounds(token)
        return doc.text[lo:hi], lo, hi, expanded(doc, self.source_canonical(doc, names, token, lo, hi))

    def reporting_lemma(self, token: "Token") -> str | None:
        return self.lexicon.verb_lemma(token)

    def is_reporting(self, token: "Token") -> bool:
        return self.lexicon.verb_lemma(token) is not None

    def according_to(self, sent: "Span", start: int, end: int) -> "Token | None":
        """The noun after "selon" / "d'après" in the sentence (outside the fact itself)."""
        doc = sent.doc
        for t in sent:
            width = starts_according(doc, t.i)
            if not width or start <= t.idx < end:
                continue
            noun = doc[t.i + width - 1].head
            if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
                noun = self.noun_after(doc, t.i + width)  # "Selon « Le Journal du dimanche »": the parse hangs "selon" on "«"
            if noun is not None and noun.pos_ in ("NOUN", "PROPN", "PRON") and noun.i != t.i + width - 1 and noun.lower_ not in self.not_sources:
                return noun
        return None

    def as_reported(self, sent: "Span", start: int, end: int) -> "Token | None":
        """"Comme le relate L'Obs, X a gagné 667.000 euros", "comme l'a révélé Le Monde, ...": the
        subject of a reporting verb in a "comme" clause (after the verb, the parse calls it obj)."""
        for t in sent:
            verb = t.head
            if t.lower_ != "comme" or t.dep_ != "mark" or verb.i == t.i or not self.is_reporting(verb) \
                    or start <= verb.idx < end or not any(c.lower_ in ANAPHORIC_LE and c.i < verb.i for c in verb.children):
                continue  # the construction has its "le": "comme le relate", "comme l'a révélé", "comme il l'a dit"
            speaker = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or next(
                (c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
            if speaker is not None and not inside(speaker, start, end):
                return speaker
        return None

    @staticmethod
    def noun_after(doc: "Doc", i: int) -> "Token | None":
        """The head of the noun phrase that starts at token `i`, past quote marks."""
        while i < len(doc) and doc[i].is_punct:
            i += 1
        if i >= len(doc):
            return None
        return doc[i].head if doc[i].pos_ == "DET" and doc[i].head.i > i else doc[i]

    @staticmethod
    def source_canonical(doc: "Document", names: "Names", token: "Token", lo: int, hi: int) -> str | None:
        """Looser than a subject's: "un sondage de l'Ifop" is sourced to the Ifop, "le ministère" is
        itself a name; a pronoun is resolved or left empty, never given as its own canonical."""
        strict = names.canonical(token)
        if strict or token.pos_ in ("PRON", "NUM") or token.lower_.lstrip("-") in PRONOUNS \
                or token.lower_ in names.words.respondents or any(c.dep_ == "nummod" for c in token.children):
            return strict  # "Les Français", "Seuls 36 %": the people polled, not who states the number
        owned = names.is_poll(token) or any(names.lexicon.noun_class(token.lemma_, k) for k in ("document", "service", "media"))
        inner = [e for e in doc.entities if e.label in NAMED_LABELS and lo <= e.start < hi] if owned else []
        if inner:
            return inner[0].canonical  # "le service de presse du Parlement" -> Parlement
        outlet = SourceFinder.outlet_named(doc, names, token, lo)
        return outlet or bare(doc.text[lo:hi])

    @staticmethod
    def outlet_named(doc: "Document", names: "Names", token: "Token", lo: int) -> str | None:
        """"remarque le journal d'investigation", "selon le quotidien": the medium the article last named
        before (else first after), for a definite description headed by an outlet noun (`outlets`)."""
        if token.lemma_.lower() not in names.words.outlets or not names.is_definite(token):
            return None
        media = [e for e in doc.entities if e.label in ("ORG", "PER") and names.is_medium(e.canonical)]
        before = [e for e in media if e.end <= lo]
        return (before[-1] if before else media[0]).canonical if media else None

    def reporting_verb(self, pred: "Token") -> "Token | None":
        """A reporting verb whose reported clause holds the predicate ("a indiqué que ... a atteint"),
        or attached to it as an incise ("..., a indiqué X"). A fact in the verb's object is not
        reported by its subject ("Le budget prévoit 5 milliards", "il a promis 250 euros")."""
        t = pred
        for _ in range(6):
            if t.head is t:
                break
            if (t.dep_ in REPORTED_DEPS and not is_circumstance(t) or is_completive(t)) and self.is_reporting(t.head):
                return t.head
            if t.dep_ == "acl:relcl":
                break  # "la pétition, qui comptait 1,16 million de signatures": the article's description
            t = t.head
        for child in pred.children:
            if child.dep_ in ("parataxis", "dep", "advcl", "conj") and child.i > pred.i and self.is_reporting(child) \
                    and not any(c.dep_ in ("mark", "case") for c in child.children) and "Inf" not in child.morph.get("VerbForm"):
                return child  # "..., a indiqué X"; not "pour avoir recommandé une société"
        return None

    @staticmethod
    def speaker_of(reporter: "Token", pred: "Token", start: int, end: int) -> "Token | None":
        """The reporting verb's subject; after an inverted incise the parser often calls it obj; an
        infinitive or a conjunct shares the main clause's ("Après avoir promis que ..., X a précisé")."""
        deps = SUBJECT_DEPS + (("obj",) if reporter.i > pred.i else ())
        own = next((c for c in reporter.children if c.dep_ in deps and not inside(c, start, end)
                    and (c.dep_ != "obj" or c.i > reporter.i)), None)
        if own is None and not any(c.dep_ in SUBJECT_DEPS for c in reporter.children):
            shared = subject_token(reporter)
            return shared if shared is not None and not inside(shared, start, end) else None
        return own
