"""Event and statement facts of a sentence.

- an event: a clause headed by an event verb (`resources/facts_event_verbs.txt`), in the indicative,
  not negated, anchored by an entity or a date ("Des manifestations se déroulent à Minsk depuis ...");
- a statement: a reported claim that names an entity: an indirect or "selon" quote of the quotes
  stage, or "X estime que ..." when that stage did not run. Wishes ("demande que") are not claims.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..verb_forms import listed_infinitive
from .frames import NAMED_LABELS, NEGATIONS, SUBJECT_DEPS, char_span
from .framing import FrameBuilder, holder_fields
from .names import Names

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..document import Document

WISH_CUES = frozenset({"souhaiter", "vouloir", "demander", "appeler", "espérer", "exiger", "réclamer", "proposer"})
EVENT_DEPS = ("ROOT", "ccomp", "conj", "parataxis")
MAX_STATEMENT_TOKENS = 40
Span_ = tuple[int, int]


def names_entity(doc: "Document", start: int, end: int) -> bool:
    return any(start <= e.start and e.end <= end and e.label in NAMED_LABELS for e in doc.entities)


def anchored(doc: "Document", start: int, end: int) -> bool:
    """An event names who or where (a PER/ORG/LOC entity) or when (a date)."""
    return names_entity(doc, start, end) or any(start <= d.start and d.end <= end for d in doc.dates)


def overlaps_any(spans: list[Span_], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def moods(verb: "Token") -> set[str]:
    return set(verb.morph.get("Mood")).union(*(a.morph.get("Mood") for a in verb.children if a.dep_.startswith("aux")))


class ClauseFacts:
    """Built once per stage; `facts(doc, names, sent, taken)` gives events then statements."""

    def __init__(self, frames: FrameBuilder, event_verbs: frozenset[str]) -> None:
        self.frames = frames
        self.sources = frames.sources
        self.event_verbs = event_verbs

    def facts(self, doc: "Document", names: Names, sent: "Span", taken: list[Span_]) -> list[dict]:
        """Events then reported statements, neither overlapping `taken` (the quantity facts)."""
        events: list[dict] = []
        accepted: list["Token"] = []
        for t in sent:
            if not self.is_event_verb(t) or any(a in t.ancestors for a in accepted):
                continue
            start, end = char_span(self.clause_tokens(t))
            if overlaps_any(taken, start, end) or not anchored(doc, start, end):
                continue
            accepted.append(t)
            frame = self.frames(doc, names, sent, t, start, end, own_subject=True)
            kind = "statement" if frame["hedged"] and frame["source"] else "event"
            events.append({"kind": kind, "start": start, "end": end, **frame})
        covered = taken + [(f["start"], f["end"]) for f in events]
        return events + [f for f in self.statements(doc, names, sent) if not overlaps_any(covered, f["start"], f["end"])]

    def is_event_verb(self, t: "Token") -> bool:
        return (t.pos_ == "VERB" and t.dep_ in EVENT_DEPS
                and (t.lemma_.lower() in self.event_verbs or listed_infinitive(t.text, self.event_verbs) is not None)
                and not {"Cnd", "Sub"} & moods(t)
                and not any(c.lower_ in NEGATIONS for c in t.children)
                and any(c.dep_ in SUBJECT_DEPS + ("expl:subj",) or c.dep_.startswith("aux") for c in t.children))

    def clause_tokens(self, verb: "Token") -> list["Token"]:
        """The verb's subtree without incises, reporting clauses, "selon X" and edge punctuation."""
        dropped: set[int] = set()
        for c in verb.children:
            if c.dep_ in ("parataxis", "punct") or self.sources.is_reporting(c) or any(g.lower_ == "selon" for g in c.children):
                dropped.update(x.i for x in c.subtree)
        tokens = [t for t in verb.subtree if t.i not in dropped]
        first = next(i for i, t in enumerate(tokens)
                     if t.i == verb.i or not (t.is_punct or (t.dep_ == "mark" and t.head.i == verb.i)))
        tokens = tokens[first:]
        while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        return list(verb.doc[tokens[0].i:tokens[-1].i + 1])

    def statements(self, doc: "Document", names: Names, sent: "Span") -> list[dict]:
        """Reported claims that name an entity."""
        out = []
        for (start, end), (source, source_start, source_end, source_canonical, cue) in self.reported_clauses(doc, names, sent):
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if not names_entity(doc, start, end) or span is None or len(span) > MAX_STATEMENT_TOKENS:
                continue
            frame = self.frames(doc, names, sent, span.root, start, end, own_subject=True)
            if source:
                frame.update(holder_fields("source", source, source_start, source_end, source_canonical))
            frame["hedged"] = frame["hedged"] or cue in self.frames.hedging.verbs
            out.append({"kind": "statement", "start": start, "end": end, **frame})
        return out

    def reported_clauses(self, doc: "Document", names: Names, sent: "Span") -> list[tuple[Span_, tuple]]:
        """(content, (source, canonical, cue)): the quotes stage's, else "X verbe que ..." of the parse."""
        quotes = [q for q in doc.quotes if sent.start_char <= q.start < sent.end_char]
        if quotes:
            return [((q.start, q.end), (q.speaker, q.speaker_start, q.speaker_end, q.speaker_canonical, q.cue_lemma)) for q in quotes
                    if q.kind in ("indirect", "according_to") and (q.cue_lemma or "") not in WISH_CUES]
        out = []
        for t in sent:
            cue = self.sources.reporting_lemma(t)
            if cue is None or cue in WISH_CUES:
                continue
            for c in t.children:
                if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’") for m in c.children):
                    out.append((self.content(c), self.speaker(doc, names, t, cue)))
        return out

    @staticmethod
    def content(clause: "Token") -> Span_:
        tokens = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i)]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()
        return char_span(tokens)

    def speaker(self, doc: "Document", names: Names, verb: "Token", cue: str) -> tuple:
        subject = next((s for s in verb.children if s.dep_ in SUBJECT_DEPS), None)
        if subject is None:
            return None, None, None, None, cue
        return self.sources.named(doc, names, subject) + (cue,)
