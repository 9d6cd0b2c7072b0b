"""Claim extraction: checkable facts with their numbers, subjects, sources and times.

Why rules on the dependency parse: no French claim extractor exists to reuse, and a fact-checker
needs to see why a fact was read the way it was. A fact is StatCheck's "an entity has a value at a
time", plus who says so and how sure they are:

- quantity facts: every quantity of `pipeline.quantities` (percent, money, counts, ratios, changes,
  ranks) with its frame: the predicate that governs it, that predicate's subject, the object;
- event facts: a clause headed by an event verb (`resources/facts_event_verbs.txt`) anchored by an
  entity or a date ("Des manifestations se déroulent à Minsk depuis ...");
- statements: reported claims (indirect quotes, or "X estime que ...") that name an entity.

Source: the speaker of the quote the fact sits in when the quotes stage ran, else "selon X" /
"d'après X" in the sentence, else the subject of a reporting verb above the fact. Time: the TIMEX3
value of a date of the dates stage in the same clause, else the date of the election the clause
talks about. Without those stages the fields stay empty; nothing fails.

Units: "percent", "point" (percentage points), ISO 4217 codes for money ("EUR", "USD"), "ratio",
"rank", SI-like names for dimensions; None for counts, whose `of` names what is counted.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from ..document import Document
from ..lexicons import read_lines
from ..quantities import Quantity, QuantityReader
from ..records import Fact
from ..stage import Stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
CLAUSE_UP_DEPS = ("ccomp", "parataxis", "conj", "advcl", "xcomp", "acl:relcl", "acl")
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "guère", "aucunement", "nullement"})
DETERMINERS = re.compile(r"^(?:le|la|les|l['’]|un|une|des|du|de la|ce|cette|ces)\s+", re.IGNORECASE)
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "ce", "c'", "c’", "cela", "ça", "qui", "celui-ci", "celle-ci"})
MAX_SPAN_TOKENS = 14
WISH_CUES = frozenset({"souhaiter", "vouloir", "demander", "appeler", "espérer", "exiger", "réclamer", "proposer"})


def guess_lemma(token: "Token") -> str:
    """The model's lemma, or a guessed infinitive when the model keeps the form ("estime")."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma == token.text.lower() and not lemma.endswith(("er", "ir", "re")):
        stem = re.sub(r"(?:ent|es|e|ée|ées|és|é|ait|aient|a)$", "", lemma)
        return stem + "er"
    return lemma


def char_span(tokens: list["Token"]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


class FactExtractor(Stage):
    """Extracts quantity, event and statement facts.

    Example:
        >>> import pipeline  # doctest: +SKIP
        >>> nlp = pipeline.load(stages=["segmentation", "entities", "facts"])  # doctest: +SKIP
        >>> doc = nlp("Selon l'Insee, le chômage a atteint 8,1% des actifs.", doc_id="a1")  # doctest: +SKIP
        >>> f = doc.facts[0]; (f.value, f.unit, f.of, f.source_canonical)  # doctest: +SKIP
        (8.1, 'percent', 'actifs', 'Insee')
    """

    name: ClassVar[str] = "facts"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "sentences", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"facts"})

    def __init__(self, nlp: "Language") -> None:
        super().__init__(nlp)
        self.quantities = QuantityReader()
        self.reporting = frozenset(read_lines("facts_reporting_verbs.txt"))
        hedges = read_lines("facts_hedges.txt")
        self.hedge_verbs = frozenset(h[5:] for h in hedges if h.startswith("verb:"))
        self.hedge_adverbs = tuple(h[4:] for h in hedges if h.startswith("adv:"))
        self.conditional_endings = tuple(h[7:] for h in hedges if h.startswith("ending:"))
        self.not_conditional = tuple(h[4:] for h in hedges if h.startswith("not:"))
        self.not_sources = frozenset(read_lines("facts_not_sources.txt"))
        self.event_verbs = frozenset(read_lines("facts_event_verbs.txt"))
        self.event_nouns = frozenset(read_lines("facts_event_nouns.txt"))

    def __call__(self, doc: Document) -> Document:
        spacy_doc = self.parsed(doc)
        facts: list[dict] = []
        for sentence in doc.sentences:
            span = spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            quantity_facts = self.quantity_facts(doc, span)
            facts.extend(quantity_facts)
            facts.extend(self.clause_facts(doc, span, quantity_facts))
        facts.sort(key=lambda f: (f["start"], f["end"]))
        doc.facts = [Fact(doc_id=doc.doc_id, id=doc.record_id("f", i), text=doc.text[f["start"]:f["end"]],
                          sentence=doc.sentence_id_at(f["start"]), **f) for i, f in enumerate(facts)]
        return doc

    # -- quantity facts ---------------------------------------------------------------------------
    def quantity_facts(self, doc: Document, sent: "Span") -> list[dict]:
        out = []
        for q in self.quantities.find(sent.text):
            start, end = sent.start_char + q.start, sent.start_char + max(q.end, q.of_end or q.end)
            if not self.keeps_quantity(doc, sent, q, start):
                continue
            head = self.head_token(sent, start, end)
            if head is None:
                continue
            frame = self.frame(doc, sent, self.governor(head), start, end)
            holder = self.holder(doc, sent, q, head)
            if holder is not None:
                frame.update(subject=holder.text, subject_canonical=holder.canonical, source=None, source_canonical=None)
            if q.direction:
                frame["predicate"] = "hausse" if q.direction == "up" else "baisse"
            out.append({"kind": "quantity", "start": start, "end": end, **frame, "value": q.value, "unit": q.unit,
                        "of": self.counted(sent, q, head), "quantity_text": q.text, "bound": q.bound,
                        "approximate": q.approximate})
        return out

    def keeps_quantity(self, doc: Document, sent: "Span", q: Quantity, start: int) -> bool:
        """Drop numbers that are dates, parts of names ("France 2") or counts of non-nouns."""
        number_start, number_end = sent.start_char + q.number_start, sent.start_char + q.number_end
        if any(d.start < number_end and number_start < d.end for d in doc.dates):
            return False
        if any(e.start < number_end and number_start < e.end for e in doc.entities):
            return False
        if re.search(r"\d\.\d{1,2}(?!\d)", q.text):
            return False  # "49.3": an article number, not a French decimal
        if q.kind != "count":
            return True
        if re.search(r"(?:^|\s)(?:les|ces|ses|leurs|nos|vos|mes|tes|aux|des)\s+$", sent.text[:q.number_start].lower()):
            return False  # "les deux chefs d'État": a reference to a known set, not a claim
        of_token = sent.doc.char_span(sent.start_char + q.of_start, sent.start_char + q.of_end, alignment_mode="expand")
        if of_token is None or of_token.root.is_stop:
            return False
        root = of_token.root
        if root.pos_ == "ADJ" and root.i + 1 < len(sent.doc):
            root = sent.doc[root.i + 1]  # "3 nouveaux ministres"
        return root.pos_ in ("NOUN", "PROPN")

    @staticmethod
    def holder(doc: Document, sent: "Span", q: Quantity, head: "Token"):
        """The entity a score belongs to: "Julien Poix (8,8%)", "contre 22,7% pour Rachida Dati"."""
        start = sent.start_char + q.start
        opening = doc.text.rfind("(", max(0, start - 40), start)
        if opening >= 0 and ")" not in doc.text[opening:start]:
            ends = [e for e in doc.entities if e.label in ("PER", "ORG", "LOC") and 0 <= opening - e.end <= 1]
            if ends:
                return ends[-1]
        end = sent.start_char + max(q.end, q.of_end or q.end)
        after = re.match(r"[ \u00a0]+pour[ \u00a0]+([^,;()]*?)(?:,|;|\(|\)| et | contre |\.|$)", doc.text[end:end + 80])
        if after:
            lo, hi = end + after.start(1), end + after.end(1)
            hits = [e for e in doc.entities if e.label in ("PER", "ORG") and lo <= e.start and e.end <= hi]
            if hits:
                return hits[0]
        return None

    @staticmethod
    def head_token(sent: "Span", start: int, end: int) -> "Token | None":
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    @staticmethod
    def counted(sent: "Span", q: Quantity, head: "Token") -> str | None:
        """What the quantity counts: the regex `of`, else a "de" noun under the quantity ("des voix")."""
        if q.of:
            return q.of
        for child in head.children:
            case = [c.lower_ for c in child.children if c.dep_ == "case"]
            if child.dep_ == "nmod" and child.pos_ == "NOUN" and case and case[0] in ("de", "des", "du", "d'", "d’") \
                    and not (sent.start_char + q.start <= child.idx < sent.start_char + q.end):
                return child.text
        return None

    @staticmethod
    def governor(head: "Token") -> "Token":
        """The predicate of a quantity: the nearest verb above it, or a noun with a copula ("est de 8%")."""
        t = head
        for _ in range(12):
            if t.pos_ == "VERB" or any(c.dep_ == "cop" for c in t.children) or t.head is t:
                return t
            t = t.head
        return t

    # -- the frame: subject, predicate, object, source, time, hedging, negation -------------------
    def frame(self, doc: Document, sent: "Span", pred: "Token", start: int, end: int, own_subject: bool = False) -> dict:
        """The fields every fact shares; `own_subject`: the subject may lie inside the fact (events)."""
        subject_token = self.subject_token(pred)
        if subject_token is not None and not own_subject and self.inside(subject_token, start, end):
            subject_token = None
        subject = self.phrase(subject_token) if subject_token is not None else None
        source, source_canonical, cue = self.source(doc, sent, pred, start, end)
        return {
            "subject": subject,
            "subject_canonical": self.canonical(doc, subject_token) if subject else None,
            "predicate": self.predicate(pred),
            "object": self.object_of(pred, start, end),
            "source": source,
            "source_canonical": source_canonical,
            "time": self.time(doc, pred, (0, 0) if own_subject else (start, end)),
            "hedged": self.hedged(pred, cue),
            "negated": any(c.lower_ in NEGATIONS for c in pred.children),
        }

    @staticmethod
    def inside(token: "Token", start: int, end: int) -> bool:
        return start <= token.idx < end

    @staticmethod
    def subject_token(pred: "Token") -> "Token | None":
        """nsubj of the predicate (the agent of a passive), climbing conjuncts and relatives."""
        t = pred
        for _ in range(4):
            agent = [c for c in t.children if c.dep_ == "obl:agent"]
            subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
            if agent and any(s.dep_ == "nsubj:pass" for s in subjects):
                return agent[0]
            if subjects and subjects[0].lower_ == "qui" and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return t.head
            if subjects and (subjects[0].lower_ in ("c'", "c’", "ce", "ça", "cela") or
                             any(c.dep_ == "nummod" for c in subjects[0].children) or subjects[0].pos_ == "NUM"):
                return None  # an expletive, or another quantity ("30.000 euros collectés et 2.700 adhérents")
            if subjects:
                return subjects[0]
            if t.dep_ not in ("conj", "xcomp", "acl:relcl") or t.head is t:
                return None
            t = t.head
        return None

    @staticmethod
    def phrase(token: "Token", exclude: tuple[int, int] = (0, 0)) -> str:
        """A short noun phrase: the token's subtree without relatives, clauses, commas and `exclude`."""
        keep = []
        def walk(t: "Token") -> None:
            keep.append(t)
            for c in t.children:
                hits_excluded = any(exclude[0] <= x.idx < exclude[1] for x in c.subtree)
                if c.dep_ not in ("acl:relcl", "acl", "parataxis", "advcl", "punct", "ccomp", "case") and not hits_excluded:
                    walk(c)
        walk(token)
        keep.sort(key=lambda t: t.i)
        if len(keep) > MAX_SPAN_TOKENS:
            keep = [t for t in keep if t.head.i == token.i and t.dep_ in ("det", "flat:name", "amod", "nummod") or t.i == token.i]
        doc = token.doc
        return doc.text[keep[0].idx:keep[-1].idx + len(keep[-1].text)] if keep else token.text

    @staticmethod
    def canonical(doc: Document, token: "Token") -> str | None:
        """The entity the phrase names: one on its head, else a name in apposition ("le Président
        Alexandre Loukachenko"); never the complement of a title ("le président de l'IMA")."""
        named = [e for e in doc.entities if e.label in ("PER", "ORG", "LOC")]
        on_head = [e for e in named if e.start <= token.idx < e.end]
        if on_head or token.pos_ == "PRON":
            return on_head[0].canonical if on_head else None
        for child in token.children:
            in_brackets = child.i > 0 and child.doc[child.i - 1].text == "("  # "(IMA)" glosses a complement
            if child.dep_ in ("appos", "flat:name", "nmod") and not in_brackets \
                    and not any(c.dep_ == "case" for c in child.children):
                hits = [e for e in named if e.start <= child.idx < e.end]
                if hits:
                    return hits[0].canonical
        return None

    def source_canonical(self, doc: Document, token: "Token", name: str) -> str | None:
        """Looser than `canonical`: "un sondage de l'Ifop" is sourced to the Ifop."""
        strict = self.canonical(doc, token)
        if strict or token.lower_ in PRONOUNS:
            return strict
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        inside = [e for e in doc.entities if e.label in ("PER", "ORG", "LOC") and lo <= e.start < hi]
        return inside[0].canonical if inside else self.bare(name)

    @staticmethod
    def predicate(pred: "Token") -> str:
        if pred.pos_ != "VERB" and any(c.dep_ == "cop" for c in pred.children):
            return "être"
        lemma = guess_lemma(pred)
        if any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in pred.children):
            return ("s'" if lemma[:1] in "aeiouéèêh" else "se ") + lemma
        return lemma

    def object_of(self, pred: "Token", start: int, end: int) -> str | None:
        objects = [c for c in pred.children if c.dep_ == "obj" and not self.inside(c, start, end)]
        return self.phrase(objects[0], (start, end)) if objects else None

    # -- source -------------------------------------------------------------------------------------
    def source(self, doc: Document, sent: "Span", pred: "Token", start: int, end: int) -> tuple[str | None, str | None, str | None]:
        """(source, source_canonical, cue lemma): quote speaker, "selon X", or a reporting verb's subject."""
        for quote in doc.quotes:
            if quote.start <= start and end <= quote.end and quote.speaker:
                return quote.speaker, quote.speaker_canonical, quote.cue_lemma
        according = self.according_to(sent, start, end)
        if according is not None:
            name = self.phrase(according)
            return name, self.source_canonical(doc, according, name), None
        reporter = self.reporting_verb(sent, pred)
        if reporter is not None:
            speaker = self.speaker_of(reporter, pred, start, end)
            covered = {t.i for t in speaker.subtree} if speaker is not None else set()
            if speaker is not None and pred.i not in covered and not any(start <= sent.doc[i].idx < end for i in covered):
                name = self.phrase(speaker)
                return name, self.source_canonical(doc, speaker, name), guess_lemma(reporter)
            return None, None, guess_lemma(reporter)
        return None, None, None

    def speaker_of(self, reporter: "Token", pred: "Token", start: int, end: int) -> "Token | None":
        """The reporting verb's subject; after an inverted incise the parser often calls it obj."""
        deps = SUBJECT_DEPS + (("obj",) if reporter.i > pred.i else ())
        return next((c for c in reporter.children if c.dep_ in deps and not self.inside(c, start, end)
                     and (c.dep_ != "obj" or c.i > reporter.i)), None)

    @staticmethod
    def bare(name: str) -> str:
        """"la Commission électorale centrale" -> "Commission électorale centrale"."""
        return DETERMINERS.sub("", name, count=1)

    def according_to(self, sent: "Span", start: int, end: int) -> "Token | None":
        """The noun after "selon" / "d'après" in the sentence (outside the fact itself)."""
        for t in sent:
            cue = t.lower_ == "selon" or (t.lower_ == "après" and t.i > 0 and t.nbor(-1).lower_ in ("d'", "d’"))
            if cue and not (start <= t.idx < end) and t.head.pos_ in ("NOUN", "PROPN", "PRON") and t.head is not t \
                    and t.head.lower_ not in self.not_sources:
                return t.head
        return None

    def is_reporting(self, token: "Token") -> bool:
        return token.pos_ == "VERB" and guess_lemma(token) in self.reporting

    def reporting_verb(self, sent: "Span", pred: "Token") -> "Token | None":
        """A reporting verb above the predicate, or attached to it as an incise ("..., a indiqué X")."""
        t = pred
        for _ in range(6):
            if t is not pred and self.is_reporting(t):
                return t
            if t.head is t:
                break
            t = t.head
        for child in pred.children:
            if child.dep_ in ("parataxis", "dep", "advcl", "conj") and self.is_reporting(child) and child.i > pred.i:
                return child
        return None

    # -- time, hedging ---------------------------------------------------------------------------------
    def time(self, doc: Document, pred: "Token", quantity: tuple[int, int]) -> str | None:
        """A date of the clause (not the quantity's own digits), else the date of the election it talks about."""
        start, end = quantity
        if not doc.dates:
            return None
        lo, hi = pred.left_edge.idx, pred.right_edge.idx + len(pred.right_edge.text)
        in_clause = [d for d in doc.dates if d.value and lo <= d.start and d.end <= hi and not (d.start < end and start < d.end)]
        if in_clause:
            return min(in_clause, key=lambda d: abs(d.start - (start or pred.idx))).value
        if not any(t.lower_ in self.event_nouns for t in pred.subtree):
            return None
        tied = [d for d in doc.dates if d.value and d.end <= hi and self.after_event_noun(doc.text, d.start)]
        return tied[-1].value if tied else None

    def after_event_noun(self, text: str, start: int) -> bool:
        words = re.findall(r"\w+", text[max(0, start - 30):start].lower())
        return any(w in self.event_nouns for w in words[-4:])

    def is_conditional(self, verb: "Token") -> bool:
        """Mood=Cnd, or a conditional form the tagger calls indicative ("percevraient")."""
        if "Cnd" in verb.morph.get("Mood"):
            return True
        form = verb.lower_
        return verb.pos_ in ("VERB", "AUX") and form.endswith(self.conditional_endings) and not form.endswith(self.not_conditional)

    def hedged(self, pred: "Token", cue: str | None) -> bool:
        if cue in self.hedge_verbs or guess_lemma(pred) in self.hedge_verbs:
            return True
        verbs = [pred] + [c for c in pred.children if c.dep_.startswith("aux")]
        if any(self.is_conditional(v) for v in verbs):
            return True
        clause = pred.doc.text[pred.left_edge.idx:pred.right_edge.idx + len(pred.right_edge.text)].lower()
        return any(re.search(r"\b" + re.escape(a) + r"\b", clause) for a in self.hedge_adverbs)

    # -- event and statement facts ---------------------------------------------------------------------
    def clause_facts(self, doc: Document, sent: "Span", quantity_facts: list[dict]) -> list[dict]:
        """Events (event verb + an entity or date) then reported statements not already covered."""
        taken = [(f["start"], f["end"]) for f in quantity_facts]
        events: list[dict] = []
        accepted: list["Token"] = []
        for t in sent:
            if not self.is_event_verb(t) or any(a in t.ancestors for a in accepted):
                continue
            tokens = self.clause_tokens(t)
            start, end = char_span(tokens)
            if any(s < end and start < e for s, e in taken) or not self.anchored(doc, start, end):
                continue
            accepted.append(t)
            frame = self.frame(doc, sent, t, start, end, own_subject=True)
            kind = "statement" if frame["hedged"] and frame["source"] else "event"
            events.append({"kind": kind, "start": start, "end": end, **frame})
        covered = taken + [(f["start"], f["end"]) for f in events]
        statements = [f for f in self.statements(doc, sent) if not any(s < f["end"] and f["start"] < e for s, e in covered)]
        return events + statements

    def is_event_verb(self, t: "Token") -> bool:
        return (t.pos_ == "VERB" and guess_lemma(t) in self.event_verbs
                and t.dep_ in ("ROOT", "ccomp", "conj", "parataxis")
                and not {"Cnd", "Sub"} & set(t.morph.get("Mood") + [m for a in t.children if a.dep_.startswith("aux") for m in a.morph.get("Mood")])
                and not any(c.lower_ in NEGATIONS for c in t.children)
                and any(c.dep_ in SUBJECT_DEPS + ("expl:subj",) or c.dep_.startswith("aux") for c in t.children))

    def clause_tokens(self, verb: "Token") -> list["Token"]:
        """The verb's subtree without incises, reporting clauses, "selon X" and edge punctuation."""
        dropped: set[int] = set()
        for c in verb.children:
            if c.dep_ in ("parataxis", "punct") or self.is_reporting(c) or any(g.lower_ == "selon" for g in c.children):
                dropped.update(x.i for x in c.subtree)
        tokens = [t for t in verb.subtree if t.i not in dropped]
        first = next(i for i, t in enumerate(tokens)
                     if t.i == verb.i or not (t.is_punct or (t.dep_ == "mark" and t.head.i == verb.i)))
        tokens = tokens[first:]
        while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        lo, hi = tokens[0].i, tokens[-1].i
        return [t for t in verb.doc[lo:hi + 1]]

    @staticmethod
    def anchored(doc: Document, start: int, end: int) -> bool:
        """An event names who or where (a PER/ORG/LOC entity) or when (a date)."""
        return any(start <= e.start and e.end <= end and e.label in ("PER", "ORG", "LOC") for e in doc.entities) or any(
            start <= d.start and d.end <= end for d in doc.dates)

    def statements(self, doc: Document, sent: "Span") -> list[dict]:
        """Reported claims that name an entity: indirect quotes, or "X estime que ..." without the quotes stage."""
        out = []
        for content, speaker_info in self.reported_clauses(doc, sent):
            start, end = content
            if not any(start <= e.start and e.end <= end and e.label in ("PER", "ORG", "LOC") for e in doc.entities):
                continue
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) > 40:
                continue
            pred = span.root
            frame = self.frame(doc, sent, pred, start, end, own_subject=True)
            source, canonical, cue = speaker_info
            frame.update(source=source or frame["source"], source_canonical=canonical or frame["source_canonical"],
                         hedged=frame["hedged"] or cue in self.hedge_verbs)
            out.append({"kind": "statement", "start": start, "end": end, **frame})
        return out

    def reported_clauses(self, doc: Document, sent: "Span") -> list[tuple[tuple[int, int], tuple]]:
        quotes = [q for q in doc.quotes if sent.start_char <= q.start < sent.end_char]
        if quotes:
            return [((q.start, q.end), (q.speaker, q.speaker_canonical, q.cue_lemma)) for q in quotes
                    if q.kind in ("indirect", "according_to") and (q.cue_lemma or "") not in WISH_CUES]
        out = []
        for t in sent:
            if not self.is_reporting(t) or guess_lemma(t) in WISH_CUES:
                continue
            for c in t.children:
                if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’") for m in c.children):
                    tokens = [x for x in c.subtree if not (x.dep_ == "mark" and x.head.i == c.i)]
                    while tokens and tokens[-1].is_punct:
                        tokens.pop()
                    speaker = next((s for s in t.children if s.dep_ in SUBJECT_DEPS), None)
                    name = self.phrase(speaker) if speaker is not None else None
                    canonical = self.canonical(doc, speaker) if speaker is not None else None
                    out.append((char_span(tokens), (name, canonical, guess_lemma(t))))
        return out
