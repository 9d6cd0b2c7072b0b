"""Sentence segmentation: rules set the boundaries before parsing, the parser respects them.

Why rules and not the parser's own boundaries: on news the parser splits inside guillemets, joins
headlines to the next line and scores 0.23 boundary F1 on the seed article. The rules are:

- every line break is a hard boundary (the seed puts one paragraph per line; the corpus separates
  paragraphs by blank lines; both work). Hard-wrapped text is not supported: unwrap it first.
- inside a line, a sentence ends after `. ! ? …` (plus any closing quote or bracket) when the next
  word starts with a capital, a digit or an opening quote or dash, unless the period belongs to an
  abbreviation (`resources/abbreviations.txt`), an initial ("J. Chirac") or an acronym ("U.E.").
- a line that does not end with final punctuation and has no boundary inside is a heading: one
  sentence with `heading: true`.
- a run of more than `MAX_SENTENCE_TOKENS` tokens without a boundary (a list, a table, a 200 kB
  line without punctuation) is cut after its last comma, semicolon or colon, else at the limit: the
  parser's cost and quality degrade on such runs, and no real sentence is that long.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ..document import Document
from ..lexicons import read_lines
from ..records import Sentence
from ..stage import Stage
from ..lines import blank_after, blank_before

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

FINAL_CHARS = frozenset(".!?…")
CLOSING = frozenset("»”\"')]’›")
OPENING = frozenset("«“\"‹([—–-")
LINE_END_PUNCTUATION = FINAL_CHARS | {":", ";"}
SOFT_BREAKS = frozenset(",;:")
MAX_SENTENCE_TOKENS = 200


def is_final(token: "Token") -> bool:
    return bool(token.text) and all(c in FINAL_CHARS for c in token.text)


def breaks_line(token: "Token") -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


class Segmenter(Stage):
    """Splits a document into sentences and marks headings.

    Example:
        >>> import spacy
        >>> seg = Segmenter(spacy.blank("fr"))
        >>> doc = seg(Document("Titre sans point\\nM. Dupont parle. Il part."))
        >>> [(s.text, s.heading) for s in doc.sentences]
        [('Titre sans point', True), ('M. Dupont parle.', False), ('Il part.', False)]
    """

    name: ClassVar[str] = "segmentation"
    provides: ClassVar[frozenset[str]] = frozenset({"parse", "sentences"})

    def __init__(self, nlp: "Language") -> None:
        super().__init__(nlp)
        self.abbreviations = frozenset(read_lines("abbreviations.txt"))

    # -- before parsing -----------------------------------------------------------------
    def prepare(self, spacy_doc: "Doc") -> "Doc":
        """Set `is_sent_start` on every token, so the parser keeps exactly these boundaries."""
        import numpy
        from spacy.attrs import SENT_START

        starts = self.sentence_starts(spacy_doc)
        values = numpy.full((len(spacy_doc), 1), -1, dtype="int64")  # -1: not a start, 1: a start
        values[sorted(starts), 0] = 1
        # One array write, not a setter per token (each setter scans the whole doc: quadratic).
        spacy_doc.from_array([SENT_START], values.astype("uint64"))
        return spacy_doc

    def sentence_starts(self, spacy_doc: "Doc") -> set[int]:
        starts = {0}
        tokens = list(spacy_doc)
        for i, token in enumerate(tokens[:-1]):
            if breaks_line(token) or token.is_space:
                starts.add(i + 1)
            elif is_final(token) and not self.is_abbreviation(tokens, i):
                j = i + 1
                while j < len(tokens) and tokens[j].text in CLOSING and not tokens[j - 1].whitespace_:
                    j += 1
                if j < len(tokens) and tokens[j - 1].whitespace_ and self.opens_sentence(tokens[j]):
                    starts.add(j)
        # A boundary never falls on a whitespace token: move it to the next real token.
        starts = {self._skip_space(tokens, i) for i in starts if i < len(tokens)}
        return cap_lengths(tokens, starts)

    def is_abbreviation(self, tokens: list["Token"], i: int) -> bool:
        if tokens[i].text != "." or i == 0 or tokens[i - 1].whitespace_:
            return False
        prev = tokens[i - 1].text
        if len(prev) == 1 and prev.isupper():  # an initial: "J. Chirac"
            return True
        return prev.lower() in self.abbreviations

    @staticmethod
    def opens_sentence(token: "Token") -> bool:
        first = token.text[:1]
        return first.isupper() or first.isdigit() or first in OPENING

    @staticmethod
    def _skip_space(tokens: list["Token"], i: int) -> int:
        while i < len(tokens) - 1 and tokens[i].is_space:
            i += 1
        return i

    # -- after parsing ------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        spacy_doc = self.parsed(doc)
        text = doc.text
        sentences: list[Sentence] = []
        paragraph = -1
        previous_end = 0
        for sent in spacy_doc.sents:
            start, end = trimmed(text, sent.start_char, sent.end_char)
            if start >= end:
                continue
            if paragraph < 0 or "\n" in text[previous_end:start]:
                paragraph += 1
            sentences.append(
                Sentence(
                    doc_id=doc.doc_id,
                    id=doc.record_id("s", len(sentences)),
                    start=start,
                    end=end,
                    text=text[start:end],
                    paragraph=paragraph,
                    heading=is_heading(text, start, end),
                )
            )
            previous_end = end
        doc.sentences = sentences
        return doc


def cap_lengths(tokens: list["Token"], starts: set[int]) -> set[int]:
    """Add starts so that no sentence runs over MAX_SENTENCE_TOKENS tokens."""
    capped = set(starts)
    bounds = sorted(starts) + [len(tokens)]
    for begin, end in zip(bounds, bounds[1:]):
        while end - begin > MAX_SENTENCE_TOKENS:
            limit = begin + MAX_SENTENCE_TOKENS
            soft = [i + 1 for i in range(begin + 1, limit - 1) if tokens[i].text in SOFT_BREAKS]
            begin = soft[-1] if soft else limit
            capped.add(begin)
    return capped


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_heading(text: str, start: int, end: int) -> bool:
    """A whole line that does not end with final punctuation (quotes aside)."""
    if not blank_before(text, start) or not blank_after(text, end):
        return False
    body = text[start:end].rstrip("".join(CLOSING) + " ")
    return bool(body) and body[-1] not in LINE_END_PUNCTUATION
