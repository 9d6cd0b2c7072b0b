"""Joining neighbouring atoms into one expression: "samedi 16" + "à 18h", "9h30" + "-" + "11h",
"le lendemain" + "du" + "13 février", and the signals before them ("à partir de", "avant")."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .spec import Spec

#: gap text (folded, spaces collapsed) allowed between two parts of one point in time
POINT_GAPS = frozenset({"", ",", "a", "vers", "le", "des", "a environ", "environ", "aux alentours de",
                        "autour de", "plutot vers", "en", "dans la", "dans l'", "au", ", a", ", le", "la"})
POD_HOST_GAPS = frozenset({"du", "de", "d'", "de la", "de l'"})
RANGE_GAPS = frozenset({"au", "-", "jusqu'au", "jusqu'a", "a", "et", "et le", "et la", "jusqu'en", "a la", "au -"})
OPEN_RANGE_GAPS = frozenset({"au", "-", "jusqu'au", "jusqu'a", "jusqu'en"})
LIST_GAPS = frozenset({"et", "ou", ",", "et en", "ou en", "et le", ", le", "et au", "puis", "puis en"})
AFTER_GAPS = frozenset({"a partir de", "apres", "plus tard que", "a partir du", "des"})
INTERVAL_HOST_GAPS = frozenset({"", ",", "mais", "par exemple", "mais plutot", "plutot"})
RANGE_LEAD = regex.compile(r"(?:\b(?:du|de|d'|entre(?:\s+le|\s+la|\s+l')?|depuis(?:\s+le)?)\s*)$")
AFTER_LEAD = regex.compile(r"(?:\b(?:a\s+partir\s+(?:du|de\s+la|de\s+l'|de|d')?|des(?:\s+le|\s+la|\s+l')?|apres(?:\s+le|\s+la|\s+l')?|plus\s+tard\s+que|au-dela\s+du)\s*)$")
BEFORE_LEAD = regex.compile(r"(?:\b(?:avant(?:\s+le|\s+la|\s+l')?|n'importe\s+quand\s+avant|jusqu'(?:a|au|en)(?:\s+la|\s+le|\s+l')?|d'ici(?:\s+(?:le|la|l'|a))?)\s*)$")
POINT_FIELDS = ("year", "month", "day", "weekday", "hour", "minute", "second", "pod", "shift", "unit", "season",
                "nth", "decade", "century")


@dataclass
class Piece:
    """An expression before resolution. `parts`: the two ends of a range ("du 3" and "7 mai" in "du
    3 au 7 mai"), which TimeML annotates as expressions of their own; `linked`: a clock time that
    took its day from the date before it ("samedi" ... "à 18h": two expressions in TimeML)."""

    start: int
    end: int
    spec: Spec
    parts: "tuple[Piece, Piece] | None" = None
    linked: bool = False


def gap(folded: str, left: Piece, right: Piece) -> str | None:
    text = folded[left.end:right.start]
    if len(text) > 24 or "\n" in text:
        return None
    return " ".join(text.split())


def is_point(spec: Spec) -> bool:
    return spec.kind == "point" and not spec.duration


def unify(a: Spec, b: Spec) -> Spec | None:
    """One point from two that fix different fields (None on a clash)."""
    if not (is_point(a) and is_point(b)) or a.week_of or b.week_of:
        return None
    merged = a.copy()
    for name in POINT_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va is not None and vb is not None and va != vb:
            if name == "shift" and va == ("day", 0):
                merged.shift = vb
                continue
            if name == "shift" and vb == ("day", 0):
                continue
            return None
        if va is None:
            setattr(merged, name, vb)
    if merged.pod and merged.hours is None:
        merged.hours = b.hours
    merged.hours = a.hours or b.hours
    merged.anaphoric = a.anaphoric or b.anaphoric
    merged.direction = a.direction or b.direction
    merged.extra_days = a.extra_days or b.extra_days
    merged.needs_host = False
    return merged


def weekday_only(spec: Spec) -> bool:
    return spec.weekday is not None and spec.day is None and spec.month is None and spec.year is None


def comma_joins(a: Spec, b: Spec) -> bool:
    """A comma joins a weekday and its date ("lundi, 3 mars"), or a date and a clock time; not two
    dates of a list ("au printemps 2014, d'ici la mi-juin")."""
    if weekday_only(a) and b.day is not None:
        return True
    return (a.hour is not None and b.has_date and not b.has_time) or (b.hour is not None and a.has_date and not a.has_time)


def join_points(folded: str, a: Piece, b: Piece) -> Spec | None:
    text = gap(folded, a, b)
    if text is None:
        return None
    if a.spec.week_of and text == "" and is_point(b.spec):
        return Spec(week_of=True, unit="week", right=b.spec)
    if a.spec.anaphoric and a.spec.shift and text in POD_HOST_GAPS and is_point(b.spec) and b.spec.has_date:
        return a.spec.copy(right=b.spec, needs_host=False)
    allowed = POINT_GAPS | (POD_HOST_GAPS if a.spec.pod and a.spec.hour is None else frozenset())
    if text in AFTER_GAPS:
        merged = unify(a.spec, b.spec)
        return merged.copy(open="after") if merged and a.spec.has_date and b.spec.hour is not None else None
    if text not in allowed or (text.startswith(",") and not comma_joins(a.spec, b.spec)):
        return None
    if a.spec.has_time and b.spec.has_time and not (a.spec.pod and b.spec.hour is not None or b.spec.pod and a.spec.hour is not None):
        return None
    return unify(a.spec, b.spec)


def borrow(target: Spec, source: Spec) -> Spec:
    """Fill the calendar fields `target` lacks from `source` ("du 13" takes "juillet" from "au 15 juillet")."""
    out = target.copy()
    if not out.has_date and source.has_date:
        for name in ("year", "month", "day", "weekday", "shift", "anaphoric"):
            setattr(out, name, getattr(source, name))
    elif out.day is not None and out.month is None and source.month is not None:
        out.month, out.year = source.month, source.year
    elif out.month is not None and out.year is None and source.year is not None:
        out.year = source.year  # "de août à novembre 2016"
    if out.hour is not None and out.pod is None and source.pod:
        out.pod, out.hours = source.pod, source.hours
    return out


def split_clock(folded: str, a: Piece, b: Piece) -> Spec | None:
    """"samedi 29 août à 20h48", "jeudi 11 janvier au petit matin": the clock time, or the part of day
    after a day of the month, takes the day, the date stays an expression of its own (TimeML tags a date and a time joined by "à", "au",
    "vers", "dès" as two TIMEX3; "lundi matin", with nothing between, is one)."""
    text = gap(folded, a, b)
    if b.linked or not text or text in (",", "le", "la") or text not in POINT_GAPS | AFTER_GAPS:
        return None
    if not (a.spec.has_date and not a.spec.has_time and b.spec.has_time and not b.spec.has_date):
        return None
    if b.spec.hour is None and a.spec.day is None:
        return None  # "la veille au soir", "lundi au soir": one expression
    merged = unify(a.spec, b.spec)
    if merged is None:
        return None
    return merged.copy(open="after") if text in AFTER_GAPS else merged


def join_range(folded: str, a: Piece, b: Piece) -> tuple[int, Spec] | None:
    text = gap(folded, a, b)
    if text is None or text not in RANGE_GAPS or not (is_point(a.spec) and is_point(b.spec)):
        return None
    lead = RANGE_LEAD.search(folded, max(0, a.start - 12), a.start)
    if not lead and text not in OPEN_RANGE_GAPS:
        return None
    if text.startswith("et") and not (lead and lead.group().startswith("entre")):
        return None  # "les comptes de l'année 2016 et du mois d'octobre" is no range
    if a.spec.has_date != b.spec.has_date and not (a.spec.has_time or b.spec.has_time):
        return None
    left, right = borrow(a.spec, b.spec), borrow(b.spec, a.spec)
    start = lead.start() if lead and not folded[lead.start():a.start].strip().startswith("depuis") else a.start
    return start, Spec(kind="interval", left=left, right=right)


def attach_interval(folded: str, a: Piece, b: Piece) -> Spec | None:
    """A date next to a range of times: "jeudi" + "de 9h à 11h" (either order)."""
    text = gap(folded, a, b)
    if text is None or text not in INTERVAL_HOST_GAPS:
        return None
    date, interval = (a.spec, b.spec) if b.spec.kind == "interval" else (b.spec, a.spec)
    if interval.kind != "interval" or not is_point(date) or not date.has_date or date.has_time:
        return None
    if interval.left is None or interval.right is None or interval.left.has_date or interval.right.has_date:
        return None
    return interval.copy(left=borrow(interval.left, date), right=borrow(interval.right, date))


def with_parts(piece: Piece, spec: Spec) -> tuple[Piece, Piece] | None:
    """The ends of `piece` (a range) carrying the specs of the joined range (borrowed fields)."""
    if piece.parts is None or spec.left is None or spec.right is None:
        return None
    first, second = piece.parts
    return Piece(first.start, first.end, spec.left), Piece(second.start, second.end, spec.right)


def compose(pieces: list[Piece], folded: str) -> list[Piece]:
    """Join neighbours until nothing changes, then apply open-interval signals; drop lone fragments."""
    changed = True
    while changed:
        changed = False
        for i in range(len(pieces) - 1):
            a, b = pieces[i], pieces[i + 1]
            if b.linked:
                continue
            timed = split_clock(folded, a, b)
            if timed is not None:
                pieces[i + 1] = Piece(b.start, b.end, timed, linked=True)
                changed = True
                break
            joined = join_points(folded, a, b)
            start, parts = a.start, None
            if joined is None:
                ranged = join_range(folded, a, b)
                if ranged:
                    start, joined = ranged
                    parts = (Piece(a.start, a.end, joined.left), Piece(b.start, b.end, joined.right))
            if joined is None:
                joined = attach_interval(folded, a, b)
                if joined is not None:
                    parts = with_parts(a if a.spec.kind == "interval" else b, joined)
            if joined is not None:
                pieces[i:i + 2] = [Piece(start, b.end, joined, parts)]
                changed = True
                break
    share_calendar_fields(pieces, folded)
    return [mark_open(folded, hostless(p)) for p in pieces if not p.spec.needs_host or is_relative_day(p.spec)]


def is_relative_day(spec: Spec) -> bool:
    return spec.anaphoric and spec.shift is not None and spec.shift[0] == "day"


def hostless(piece: Piece) -> Piece:
    """"la veille d'une journée nationale", "au lendemain de l'annonce": the other event has no date
    in the text, so the expression is read as the day of its own sentence (see tagger.clause_days)."""
    if piece.spec.needs_host and is_relative_day(piece.spec):
        piece.spec = piece.spec.copy(needs_host=False, anaphoric=False, shift=("day", 0), clause_day=True)
    return piece


def share_calendar_fields(pieces: list[Piece], folded: str) -> None:
    """Coordinated dates share what only the last one writes: "en mars et avril 2012" (mars is
    March 2012), "le 3, le 5 et le 9 mai 2019"; each stays its own expression."""
    for i in range(len(pieces) - 2, -1, -1):
        a, b = pieces[i], pieces[i + 1]
        if gap(folded, a, b) not in LIST_GAPS or not (is_point(a.spec) and is_point(b.spec)):
            continue
        if a.spec.shift or a.spec.weekday and a.spec.day is None or not (a.spec.month or a.spec.day or a.spec.season):
            continue
        if a.spec.day is not None and a.spec.month is None and b.spec.month is not None:
            a.spec = a.spec.copy(month=b.spec.month)
        if a.spec.year is None and b.spec.year is not None and (a.spec.month or a.spec.season):
            a.spec = a.spec.copy(year=b.spec.year)


def mark_open(folded: str, piece: Piece) -> Piece:
    spec = piece.spec
    if not is_point(spec) or spec.open:
        return piece
    window = folded[max(0, piece.start - 30):piece.start]
    if AFTER_LEAD.search(window):
        piece.spec = spec.copy(open="after")
    elif BEFORE_LEAD.search(window):
        ahead = "next" if regex.search(r"\b(?:d'ici|jusqu')", window[-16:]) and not spec.direction else spec.direction
        piece.spec = spec.copy(open="before", direction=ahead)
    return piece
