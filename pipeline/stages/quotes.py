"""Quote attribution: who said what, in direct, indirect, mixed and "selon" form.

The rules (one module each under `pipeline/attribution/`):
- `marks`: quote-mark spans on the raw text (« », “ ”, ‹ ›, "…"; multi-paragraph quotes; stray marks).
- `direct`: which marked spans are utterances, and the incise or lead-in that attributes them.
- `indirect`: reporting verb + que, and "content, annonce X" (marks inside make it mixed).
- `infinitives`: reporting verb + infinitive clause ("promet de", "a appelé X à", "affirme avoir"),
  and quoted words in the object of a reporting verb ("a salué un « accord historique »": mixed).
- `according`: "selon X", "d'après X", "Pour X, …".
- `speakers` and `coreference`: speaker type and `speaker_canonical` (pronouns, documents).

Direct quotes win over the other rules where they overlap; an indirect quote that holds a quoted
clause is `mixed`. Quoted words inside other content («vœux chaleureux») are never quotes of their own.
A quote with no reporting clause that repeats words quoted elsewhere with one (a headline, a quoted
subheading) takes that speaker; so does a quoted subheading that rewords such a quote.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from ..attribution.according import AccordingToFinder
from ..attribution.candidates import Candidate, without_relays
from ..coreference.clusters import with_speaker_clusters
from ..coreference.resolver import Resolver, resolver_of
from ..attribution.direct import DirectQuoteFinder
from ..attribution.indirect import IndirectQuoteFinder
from ..attribution.lexicon import QuoteLexicon
from ..marks import MarkedSpan, marked_spans_of
from ..mentions import mentions_in
from ..attribution.speakers import SpeakerResolver
from ..document import Document
from ..lexicons import read_lines
from ..records import Quote
from ..stage import Stage
from ..spacy_text import doc_text
from ..lines import PARAGRAPH_REACH, line_start

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Share of the shorter content two candidates must share for the later rule's one to be dropped.
OVERLAP_DROP = 0.5
MIXED_MIN_WORDS = 3
#: Shortest words key for two quotes to be the same words said once (a subheading and its source).
REPEATED_MIN_CHARS = 12
#: A subheading's source when it rewords the quote: share of its content words the quote must hold.
REWORDED_MIN_SHARE = 0.75
REWORDED_MIN_WORDS = 3
#: Characters a subheading's paragraph holds beside its quote's text: the marks and their spaces.
SUBHEADING_MARKS = 4


class QuoteAttributor(Stage):
    """Finds quotes and their speakers.

    Example:
        >>> import pipeline
        >>> nlp = pipeline.load(stages=["segmentation", "entities", "quotes"])  # doctest: +SKIP
        >>> doc = nlp("«Nous partons», a déclaré Jean Dupont.", doc_id="a1")  # doctest: +SKIP
        >>> [(q.kind, q.text, q.speaker) for q in doc.quotes]  # doctest: +SKIP
        [('direct', 'Nous partons', 'Jean Dupont')]
    """

    name: ClassVar[str] = "quotes"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "sentences", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def __init__(self, nlp: "Language") -> None:
        super().__init__(nlp)
        self.lexicon = QuoteLexicon.load()
        self.direct = DirectQuoteFinder(self.lexicon)
        self.indirect = IndirectQuoteFinder(self.lexicon)
        self.according = AccordingToFinder(self.lexicon)
        self.speakers = SpeakerResolver(self.lexicon)

    def __call__(self, doc: Document) -> Document:
        spacy_doc = self.parsed(doc)
        spans = marked_spans_of(spacy_doc)
        direct, fragments = self.direct(spacy_doc, spans)
        quoted = [(s.open, s.outer_end) for s in spans]
        direct_starts = {c.start for c in direct}  # a set, not a scan of `direct` per span
        blocked = [(s.open, s.outer_end) for s in spans if s.start in direct_starts]
        fragment_set = frozenset(fragments)
        owned = [(s.open, s.outer_end) for s in spans if s not in fragment_set]
        reported = self.indirect(spacy_doc, quoted, owned) + self.according(spacy_doc, blocked) + self.indirect.complements(spacy_doc, fragments)
        candidates = merged(direct, [mark_mixed(c, fragments, spacy_doc) for c in reported])
        resolver = resolver_of(doc, spacy_doc, quoted)  # the coreference stage's; the speakers it remembers stay for facts
        doc.quotes = with_speaker_clusters(with_repeated_speakers(self.records(doc, spacy_doc, candidates, resolver), doc.text), doc)
        return doc

    def records(self, doc: Document, spacy_doc: "Doc", candidates: list[Candidate], resolver: Resolver) -> list[Quote]:
        quotes: list[Quote] = []
        for candidate in candidates:
            quote = self.record(doc, spacy_doc, candidate, resolver, len(quotes))
            if candidate.follows:
                quote = continued(quote, quotes[-1] if quotes else None, resolver)
            quotes.append(quote)
        return quotes

    def record(self, doc: Document, spacy_doc: "Doc", c: Candidate, resolver: Resolver, index: int) -> Quote:
        speaker = self.speakers.resolve(spacy_doc, c.speaker, resolver) if c.speaker else None
        if speaker is not None:
            resolver.remember(speaker.start, speaker.canonical, speaker.type)
        cue = spacy_doc[c.cue[0]:c.cue[1]] if c.cue else None
        return Quote(
            doc_id=doc.doc_id,
            id=doc.record_id("q", index),
            kind=c.kind,
            start=c.start,
            end=c.end,
            text=doc.text[c.start:c.end],
            speaker=doc.text[speaker.start:speaker.end] if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            speaker_canonical=speaker.canonical if speaker else None,
            speaker_type=speaker.type if speaker else "unknown",
            cue=cue.text if cue is not None else None,
            cue_start=cue.start_char if cue is not None else None,
            cue_end=cue.end_char if cue is not None else None,
            cue_lemma=c.cue_lemma,
            medium=medium_name(spacy_doc, c, resolver),
            sentence=doc.sentence_id_at(c.start),
        )


def merged(direct: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """Direct quotes first, then the other rules' quotes that do not repeat a kept one; text order."""
    kept = list(direct)
    reported = without_relays(reported)
    # Reporting verbs before "selon" (a quote inside a quote goes to its nearest speaker), longest first.
    for candidate in sorted(reported, key=lambda c: (c.kind == "according_to", c.start - c.end)):
        shorter = candidate.end - candidate.start
        if all(k.overlaps(candidate.start, candidate.end) < OVERLAP_DROP * min(shorter, k.end - k.start) for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end))


def mark_mixed(candidate: Candidate, fragments: list[MarkedSpan], spacy_doc: "Doc") -> Candidate:
    """An indirect quote holding a quoted clause (not just quoted words) is `mixed`; one whose
    content is all inside one pair of marks ('arguant que « … »') is `direct`, without the marks."""
    if candidate.kind not in ("indirect", "mixed"):
        return candidate
    for fragment in fragments:
        if (fragment.open, fragment.outer_end) == (candidate.start, candidate.end) and fragment.close is not None \
                and after_que(doc_text(spacy_doc), fragment.open) and len(doc_text(spacy_doc)[fragment.start:fragment.end].split()) >= MIXED_MIN_WORDS:
            return replace(candidate, kind="direct", start=fragment.start, end=fragment.end)
    if candidate.kind != "indirect":
        return candidate
    for fragment in fragments:
        if candidate.start <= fragment.open and fragment.outer_end <= candidate.end + 1:
            words = spacy_doc.char_span(fragment.start, fragment.end, alignment_mode="expand")
            if words is not None and len(words) >= MIXED_MIN_WORDS and any(t.pos_ in ("VERB", "AUX") for t in words):
                return replace(candidate, kind="mixed")
    return candidate


def with_repeated_speakers(quotes: list[Quote], text: str | None = None) -> list[Quote]:
    """A quote with no reporting clause (a headline, a quoted subheading) whose words the article
    quotes again with a reporting clause is that speaker's: «VOUS SAVEZ, JE M'EMMERDE !» as a
    subheading, then "Vous savez, je m'emmerde !", lance l'ex-président. A subheading (a paragraph of
    its own; needs the document `text`) may reword the quote it announces: then the attributed quote
    holding most of its content words is the source."""
    keys = [words_key(q.text) for q in quotes]
    out = []
    for quote, key in zip(quotes, keys):
        if quote.cue is None and len(key) >= REPEATED_MIN_CHARS:
            source = next((q for q, k in zip(quotes, keys) if q is not quote and q.cue is not None
                           and q.speaker is not None and (key in k or k in key) and len(k) >= REPEATED_MIN_CHARS), None)
            if source is None and text is not None and is_subheading(text, quote):
                source = reworded_source(quote, quotes)
            if source is not None:
                quote = replace(quote, speaker=source.speaker, speaker_start=source.speaker_start,
                                speaker_end=source.speaker_end, speaker_canonical=source.speaker_canonical,
                                speaker_type=source.speaker_type)
        out.append(quote)
    return out


def is_subheading(text: str, quote: Quote) -> bool:
    """The quote and its marks fill their paragraph (a quoted subheading), past the title line."""
    first = line_start(text, quote.start)
    last = text.find("\n", quote.end, quote.end + PARAGRAPH_REACH)
    if last < 0 and quote.end + PARAGRAPH_REACH < len(text):
        return False  # a paragraph that long is no subheading
    paragraph = text[first:len(text) if last < 0 else last].strip()
    return first > 0 and len(paragraph) - len(quote.text) <= SUBHEADING_MARKS


def reworded_source(heading: Quote, quotes: list[Quote]) -> Quote | None:
    """The attributed quote holding at least REWORDED_MIN_SHARE of the heading's content words
    ("Il faudra changer la moitié du gouvernement" / "… il faudra remanier en profondeur et changer
    la moitié des ministres"), the best share first."""
    words = content_words(heading.text)
    if len(words) < REWORDED_MIN_WORDS:
        return None
    best, best_share = None, REWORDED_MIN_SHARE
    for quote in quotes:
        if quote is heading or quote.cue is None or quote.speaker is None:
            continue
        share = len(words & content_words(quote.text)) / len(words)
        if share >= best_share and (best is None or share > best_share):
            best, best_share = quote, share
    return best


def content_words(text: str) -> frozenset[str]:
    """Lower-case words of three letters or more that are not function words."""
    return frozenset(w for w in words_key(text).split() if len(w) > 2 and w not in function_words())


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return frozenset(read_lines("french_function_words.txt"))


def words_key(text: str) -> str:
    """Lower-case words only, so a headline in capitals matches the body's sentence case."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def after_que(text: str, at: int) -> bool:
    """The word before character `at` is the complementizer "que" / "qu'"."""
    before = text[max(0, at - 5):at].rstrip().lower().replace("’", "'")
    return before.endswith((" que", "qu'")) or before == "que"


def continued(quote: Quote, previous: Quote | None, resolver: Resolver) -> Quote:
    """A quote with no reporting clause, right after an attributed one, keeps that speaker."""
    if previous is None or previous.speaker is None:
        return quote
    if resolver.paragraph_of(quote.start) - resolver.paragraph_of(previous.end) > 1:
        return quote
    return replace(quote, speaker=previous.speaker, speaker_start=previous.speaker_start, speaker_end=previous.speaker_end,
                   speaker_canonical=previous.speaker_canonical, speaker_type=previous.speaker_type)


def medium_name(spacy_doc: "Doc", c: Candidate, resolver: Resolver) -> str | None:
    """The medium as its name when one is in the phrase ("à la chaîne Euronews" -> "Euronews")."""
    if c.medium is None:
        return None
    start, end = c.medium.chars(spacy_doc)
    named = mentions_in(resolver.mentions, start, end)
    return named[-1].canonical if named else doc_text(spacy_doc)[start:end]
