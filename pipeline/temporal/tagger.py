"""Find and resolve every temporal expression of a text: grammar -> specs -> composition ->
calendar. No spaCy here: the caller may pass a `tense_at(start, end)` function read off the parse."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .compose import Piece, compose
from .deixis import DeicticReader
from .filters import NotDates
from .grammar import Grammar
from .interpret import Interpreter
from .lexicon import TemporalLexicon, fold
from .resolve import Reference, Resolver, Timex
from .spec import Spec
from ..lines import PARAGRAPH_REACH

TRIM = " \t\n,;:.-"
NAME_PRONE_RULES = frozenset({"month", "weekday", "pod_bare", "pod"})
SENTENCE_OPENERS = frozenset(".!?…:;«\"“(—–-\n")
#: a preposition (with the article it contracts or governs) at the start of a match: out of the span,
#: as TimeML and the dev set's guidelines draw extents ("au printemps 2014" -> "printemps 2014",
#: "d'ici la mi-juin" -> "mi-juin", "courant du mois de décembre" -> "mois de décembre"; "depuis le
#: mois de juillet" keeps "le mois de juillet")
LEADING_PREPOSITION = re.compile(
    r"(?:au\s+cours\s+(?:du|des|de)|a\s+partir\s+(?:de\s+la|de\s+l'|du|des|de)"
    r"|jusqu'(?:a\s+la|a\s+l'|au|aux|a|en)|d'ici(?:\s+a)?(?:\s+la|\s+l')?|courant(?:\s+du|\s+de\s+la|\s+de\s+l')?"
    r"|dans|depuis|des|vers|durant|pendant|lors\s+(?:du|des|de)"
    r"|a\s+la|a\s+l'|en|au|aux|du|a)(?:\s+|(?<='))")
#: "le lundi" is a habit ("le mardi matin au petit-déjeuner": SET XXXX-WXX-2TMO) except in a past
#: clause or after "dès" ("dès le lundi soir"), where it names one day
#: "depuis" points back: the expression after it is not in the future ("(+4 points depuis septembre)").
AFTER_DEPUIS = re.compile(r"\bdepuis\s+(?:le\s+|la\s+|l')?$")
AFTER_DES = re.compile(r"\bdes\s+le\s+$")
KEEP_LEADING_WORDS = frozenset({"vague", "interval", "set", "last_next", "duration"})
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
NAME_FOLLOWS = re.compile(r"[ \u00a0]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


@dataclass(frozen=True)
class Found:
    """One expression: offsets into the text, its TIMEX3 reading and how it was anchored."""

    start: int
    end: int
    text: str
    timex: Timex
    anchor: str  # "document_date", "none" or "mention:<index>" of the date it counts from


def as_reference_moment(reference: dt.date | dt.datetime | None) -> tuple[dt.datetime | None, bool]:
    if reference is None:
        return None, False
    if isinstance(reference, dt.datetime):
        return reference.replace(tzinfo=None), True
    return dt.datetime(reference.year, reference.month, reference.day), False


class TemporalTagger:
    """The French temporal grammar, compiled once.

    Example:
        >>> tagger = TemporalTagger()
        >>> [(f.text, f.timex.value) for f in tagger.tag("Il est venu samedi 29 août.", dt.date(2020, 8, 30))]
        [('samedi 29 août', '2020-08-29')]
    """

    def __init__(self, lexicon: TemporalLexicon | None = None) -> None:
        self.lexicon = lexicon or TemporalLexicon.load()
        self.grammar = Grammar(self.lexicon)
        self.interpreter = Interpreter(self.lexicon)
        self.resolver = Resolver(self.lexicon)
        self.not_dates = NotDates(self.lexicon)
        self.deixis = DeicticReader(frozenset(self.lexicon["present_state_verbs"]["lemmas"]),
                                    frozenset(self.lexicon["day_event_nouns"]["nouns"]))

    def pieces(self, text: str, folded: str | None = None) -> list[Piece]:
        """Expressions before resolution: the longest readable matches, joined with their neighbours."""
        folded = folded if folded is not None else fold(text)
        chosen: list[Piece] = []
        names = self.not_dates.name_spans(text, folded)
        for atom in self.grammar.matches(folded):
            if any(atom.start < p.end and p.start < atom.end for p in chosen):
                continue
            if self.is_noise(atom, text, folded) or self.not_dates.is_not_date(atom, text, folded, names):
                continue
            spec = self.interpreter.build(atom, folded)
            if spec is not None and spec.kind == "interval" and spec.value == "list":
                first_end = atom.spans["d1"][1]
                chosen += [Piece(atom.start, first_end, spec.left), Piece(atom.spans["d2"][0], atom.end, spec.right)]
            elif spec is not None and spec.kind == "interval" and atom.builder in ("range_days", "year_range"):
                chosen.append(Piece(atom.start, atom.end, spec, range_parts(atom, spec)))
            elif spec is not None:
                chosen.append(Piece(atom.start, atom.end, spec))
        return compose(sorted(chosen, key=lambda p: p.start), folded)

    def is_noise(self, atom, text: str, folded: str) -> bool:
        """Not a date here: a capitalised word alone inside a sentence is a name ("Mars", "Journal
        du Dimanche", "Nice-Matin"; a hyphen before a date word also makes it part of a name); a
        holiday followed by a capitalised word is a first name ("Noël Mamère"); a season after "d'"
        qualifies the noun before it ("l'université d'été du PS", "la trêve d'hiver"), it dates nothing."""
        if atom.start > 0 and text[atom.start - 1] == "-":
            return True
        if atom.rule == "holiday" and text[atom.spans["name"][0]].isupper() and NAME_FOLLOWS.match(text, atom.end):
            return True
        if atom.rule == "season" and atom.groups.get("det") == "d'":
            return True  # "les Jeux d'hiver", "l'université d'été", "un matin d'hiver": an adjective of the noun
        if not text[atom.start].isupper() or atom.rule not in NAME_PRONE_RULES:
            return False
        if atom.rule == "month" and ("year" in atom.groups or "mod" in atom.groups or atom.groups.get("lead") != ""):
            return False
        before = text[max(0, atom.start - 3):atom.start].rstrip(" \u00a0")
        return bool(before) and before[-1] not in SENTENCE_OPENERS

    def tag(
        self,
        text: str,
        reference: dt.date | dt.datetime | None,
        tense_at: Callable[[int, int], str | None] | None = None,
        prefer: str = "nearest",
        verb_at: Callable[[int, int], tuple[str, int] | None] | None = None,
    ) -> list[Found]:
        """Every expression of `text` resolved at `reference`; `tense_at(start, end)` gives the tense
        of the clause around an expression and `verb_at(start, end)` its verb (lemma, offset), both
        read off a parse by the caller; without them the grammar and the calendar alone decide."""
        moment, has_time = as_reference_moment(reference)
        found: list[Found] = []
        last_day: tuple[dt.date, int] | None = None
        last_period: tuple[dt.date, str, int] | None = None
        clause_day_starts: dict[int, str | None] = {}
        folded = fold(text)
        for piece in self.pieces(text, folded):
            start, end = trimmed(text, piece.start, piece.end)
            if piece.spec.kind not in KEEP_LEADING_WORDS and not piece.spec.duration:
                start = after_preposition(folded, start, end)
            tense = tense_at(start, end) if tense_at else None
            if AFTER_DEPUIS.search(folded, max(0, start - 12), start):
                tense = "past"  # "depuis septembre" in April: last September, whatever the clause's tense
            anchor_day = last_day[0] if last_day else None
            period = told_period(found, text, start, last_day, last_period, moment) if piece.spec.duration else None
            ref = Reference(moment, has_time, tense, prefer, anchor_day, period[:2] if period else None)
            spec = piece.spec
            host = host_day(found, text, start) if spec.hour is not None and not spec.has_date else None
            if host is not None:
                # "samedi 29 août à 20h48", "le 3 mars ... et se terminera vers 17 heures": the time is on
                # the day its sentence names
                spec = spec.copy(year=host.year, month=host.month, day=host.day, weekday=None, shift=None,
                                 direction=None, anaphoric=False)
            if spec.kind == "set" and spec.direction == "habit" and (tense == "past" or AFTER_DES.search(folded, max(0, start - 10), start)):
                spec = Spec(weekday=spec.weekday, pod=spec.pod, hours=spec.hours)  # "a chiffré dès le lundi soir"
            timex = self.resolver.resolve(spec, ref)
            if timex is None:
                continue
            if is_deictic_day(spec):
                verb = verb_at(start, end) if verb_at else None
                vague = self.deixis.vague_value(folded[start:end], text, folded, start, end, tense, verb)
                timex = Timex("DATE", vague) if vague else timex
            anchor = self.anchor_of(piece, timex, moment, (None, period[2]) if period else last_day)
            if spec.clause_day:
                clause_day_starts[start] = tense
            found.append(Found(start, end, text[start:end], timex, anchor))
            day = day_of(timex.value)
            if day is not None:
                last_day = (day, len(found) - 1)
            elif (month_or_year := period_of(timex)) is not None:
                last_period = (*month_or_year, len(found) - 1)
            for part, end_timex in zip(piece.parts or (), timex.ends or ()):
                if end_timex is None or end_timex.value is None:
                    continue
                part_start, part_end = trimmed(text, part.start, part.end)
                part_start = after_preposition(folded, part_start, part_end)
                anchor = self.anchor_of(part, end_timex, moment, last_day)
                found.append(Found(part_start, part_end, text[part_start:part_end], end_timex, anchor))
                day = day_of(end_timex.value)
                if day is not None:
                    last_day = (day, len(found) - 1)
        return clause_days(found, text, clause_day_starts, moment.date() if moment else None)

    @staticmethod
    def anchor_of(piece: Piece, timex: Timex, moment, last_day) -> str:
        spec = piece.spec
        if moment is None or spec.kind in ("duration", "vague", "set") or (timex.value or "").endswith("_REF"):
            return "none"
        if spec.anaphoric and last_day is not None and spec.right is None:
            return f"mention:{last_day[1]}"
        if spec.kind == "interval":
            sides = [s for s in (spec.left, spec.right) if s]
            return "none" if all(s.year is not None or s.decade or s.century for s in sides) else "document_date"
        if spec.year is not None or spec.decade is not None or spec.century is not None:
            return "none"
        return "document_date"


def period_of(timex: Timex) -> tuple[dt.date, str] | None:
    """The start and grain of a DATE that names a month or a year ("2020-05", "1995")."""
    value = timex.value or ""
    if timex.type != "DATE" or not value[:4].isdigit():
        return None
    if len(value) == 4:
        return dt.date(int(value), 1, 1), "year"
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:
        return dt.date(int(value[:4]), int(value[5:]), 1), "month"
    return None


def told_period(found: list[Found], text: str, start: int, last_day, last_period,
                moment: dt.datetime | None) -> tuple[dt.date, str, int] | None:
    """The month or year the text is telling about at `start`: the last one named, if no day was named
    after it, it lies in the same or the previous sentence ("a déclaré en mai 1995 ... Arrêté trois
    jours plus tard") and it has begun by the reference date (a later one is a prospect: "semi-autonome
    jusqu'en 2047. Un an plus tard, ..." does not count from 2047)."""
    if last_period is None or last_day is not None and last_day[1] > last_period[2]:
        return None
    if moment is None or last_period[0] > moment.date():
        return None
    between = text[found[last_period[2]].end:start]
    if between.count("\n") > 2 or len(SENTENCE_END.findall(between)) > 1:
        return None
    return last_period


def host_day(found: list[Found], text: str, start: int) -> dt.date | None:
    """The day of the last date before `start` in the same sentence, if any."""
    lo = max(0, start - PARAGRAPH_REACH)  # a longer sentence is taken to start there
    sentence_start = max(max(text.rfind(c, lo, start) for c in ".!?\n"), lo - 1)
    for previous in reversed(found):
        if previous.start <= sentence_start:
            return None
        day = day_of(previous.timex.value)
        if day is not None:
            return day
    return None


def is_deictic_day(spec) -> bool:
    """"aujourd'hui" or "demain" alone (no time of day, no date joined to it)."""
    return (spec.kind == "point" and spec.shift in (("day", 0), ("day", 1)) and not spec.anaphoric
            and not spec.has_time and spec.weekday is None and spec.day is None and not spec.clause_day)


def clause_days(found: list[Found], text: str, starts: dict[int, str | None], today: dt.date | None) -> list[Found]:
    """Give a hostless "la veille de ..." the day named in its sentence (the nearest one), if any; else,
    in a past-tense clause, the last day the text named before it if that day is past (the day it is
    telling about: "ont manifesté vendredi ... a-t-il dit, à la veille du sommet"; a later day is the
    awaited event itself: "la mobilisation de samedi ... a-t-il dit à la veille de cette mobilisation");
    it keeps the document date otherwise (a present tense speaks of the day of the article: "Ce
    kidnapping survient à la veille de ...")."""
    if not starts:
        return found
    out = []
    for i, f in enumerate(found):
        if f.start in starts:
            reach_lo, reach_hi = max(0, f.start - PARAGRAPH_REACH), min(len(text), f.end + PARAGRAPH_REACH)
            lo = max(max(text.rfind(c, reach_lo, f.start) for c in ".!?\n") + 1, reach_lo)
            hi = min((k for k in (text.find(c, f.end, reach_hi) for c in ".!?\n") if k >= 0), default=reach_hi)
            days = [(abs(g.start - f.start), j) for j, g in enumerate(found)
                    if j != i and lo <= g.start < hi and day_of(g.timex.value) and g.timex.type == "DATE"]
            if not days and starts[f.start] == "past":
                days = [(f.start - g.start, j) for j, g in enumerate(found[:i])
                        if day_of(g.timex.value) and g.timex.type == "DATE"][-1:]
                days = [(d, j) for d, j in days if today is not None and day_of(found[j].timex.value) < today]
            if days:
                j = min(days)[1]
                value = found[j].timex.value[:10]
                f = Found(f.start, f.end, f.text, Timex("DATE", value), f"mention:{j}")
        out.append(f)
    return out


def range_parts(atom, spec) -> tuple[Piece, Piece]:
    """The two ends of "du samedi 13 au dimanche 15 juillet" ("samedi 13", "dimanche 15 juillet") or
    of "2002-2004"."""
    spans = atom.spans
    if "y1" in spans:
        return Piece(*spans["y1"], spec.left), Piece(*spans["y2"], spec.right)
    first_start = spans["wd1"][0] if "wd1" in spans else spans["d1"][0]
    second_start = spans["wd2"][0] if "wd2" in spans else spans["d2"][0]
    return Piece(first_start, spans["d1"][1], spec.left), Piece(second_start, atom.end, spec.right)


def after_preposition(folded: str, start: int, end: int) -> int:
    """`start` moved past a leading preposition (and the article it governs), if words remain."""
    match = LEADING_PREPOSITION.match(folded, start, end)
    if match and match.end() < end and folded[match.end()].isalnum():
        return match.end()
    return start


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM and not (text[end - 1] == "." and end - start <= 6):
        end -= 1
    return start, end


def day_of(value: str | None) -> dt.date | None:
    """The day a value names, when it names one ("2020-08-29", "2020-08-29T20:48")."""
    if not value or len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
