"""Placing a `Spec` on the calendar: TIMEX3 type, value and range against a reference time.

Conventions (TimeML 1.2.1 TIMEX3 / ISO 8601): a value is written at the grain of the expression
("2020-08", "2020-W36", "2020-08-29T20:00" for "à 20h", "196X" for "les années 60"); `range_start`/`range_end` are INCLUSIVE bounds at their
own grain ("fin mars" -> 2013-03-21 .. 2013-03-31). Without a reference date, a date that lacks its
year gets "XXXX" and a relative expression gets no value.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendar import FINER, as_datetime, easter, fmt, full_weeks, month_end, monday, nth_weekday, safe_date, step, truncate
from .lexicon import TemporalLexicon
from .spec import Spec

DURATION_ORDER = (("year", "Y"), ("month", "M"), ("week", "W"), ("day", "D"), ("quarter", "Q"),
                  ("decade", "DE"), ("century", "CE"))
TIME_ORDER = (("hour", "H"), ("minute", "M"), ("second", "S"))
GRAIN_RANK = {g: i for i, g in enumerate(("second", "minute", "hour", "day", "week", "month", "year"))}


@dataclass(frozen=True)
class Reference:
    """What relative expressions are resolved against.

    moment: the reference time (document date at midnight when only a date is known), or None.
    has_time: whether `moment` carries a real time of day.
    tense: "past" / "future" from the clause's verb, or None.
    prefer: what an expression with no tense points to: "nearest" (news: the occurrence nearest the
        reference, a month or date without year in the reference's year) or "future" (the next
        occurrence, Duckling's convention).
    anchor: the date a "la veille" or "deux jours plus tard" counts from (the previous date of the text).
    period: the month or year the text is telling about when it was named after that date ("en mai 1995
        ... trois jours plus tard"): an offset counts from its start and keeps its grain (1995-05).
    """

    moment: dt.datetime | None
    has_time: bool = False
    tense: str | None = None
    prefer: str = "nearest"
    anchor: dt.date | None = None
    period: tuple[dt.date, str] | None = None

    @property
    def date(self) -> dt.date:
        return self.moment.date()

    @property
    def direction(self) -> str:
        return self.tense or self.prefer


@dataclass(frozen=True)
class Timex:
    type: str
    value: str | None
    range_start: str | None = None
    range_end: str | None = None
    grain: str = "day"
    anaphoric: bool = False
    ends: "tuple[Timex | None, Timex | None] | None" = None  # a range's two ends, each its own TIMEX3


#: how far on the "wrong" side of the reference a tense may be overruled by proximity: a past verb
#: often schedules a later day ("a reporté au 2 avril son verdict", "a promis ... pour le 8 juin"); a
#: future verb is rarely about a day already past ("il reviendra le 15 janvier" written in February
#: is next January), a week covers articles written before they are dated
TENSE_SLACK_DAYS = {"past": 45, "future": 7}


def choose(candidates: list[dt.date], base: dt.date, direction: str) -> dt.date | None:
    """Pick among candidate dates: "past"/"future" (<= or >= base), "last"/"next" (strictly),
    "past_slack"/"future_slack" (nearest, but not more than TENSE_SLACK_DAYS the other way),
    "nearest"."""
    if not candidates:
        return None
    if direction in ("past", "last"):
        pool = [c for c in candidates if (c < base if direction == "last" else c <= base)]
        return max(pool) if pool else None
    if direction in ("future", "next"):
        pool = [c for c in candidates if (c > base if direction == "next" else c >= base)]
        return min(pool) if pool else None
    if direction == "past_slack":
        candidates = [c for c in candidates if (c - base).days <= TENSE_SLACK_DAYS["past"]] or candidates
    elif direction == "future_slack":
        candidates = [c for c in candidates if (base - c).days <= TENSE_SLACK_DAYS["future"]] or candidates
    return min(candidates, key=lambda c: (abs((c - base).days), c))


def calendar_direction(ref: Reference) -> str:
    """A date or month without year: in news mode the tense only decides within TENSE_SLACK_DAYS."""
    if ref.tense and ref.prefer == "nearest":
        return f"{ref.tense}_slack"
    return ref.direction


class Resolver:
    """Spec + Reference -> Timex."""

    def __init__(self, lexicon: TemporalLexicon) -> None:
        self.lex = lexicon

    def resolve(self, spec: Spec, ref: Reference) -> Timex | None:
        if spec.kind == "vague":
            return Timex("DATE", spec.value)
        if spec.kind == "set":
            return Timex("SET", spec.value)
        if spec.kind == "duration":
            return Timex("DURATION", duration_value(spec.duration), grain=min_unit(spec.duration))
        if spec.kind == "interval":
            return self.interval(spec, ref)
        if ref.moment is None:
            return self.unanchored(spec)
        if spec.kind == "last_next":
            return self.last_next(spec, ref)
        timex = self.offset(spec, ref) if spec.duration else self.point(spec, ref)
        return opened(timex, spec.open)

    # -- points --------------------------------------------------------------------------
    def point(self, spec: Spec, ref: Reference) -> Timex | None:
        if spec.decade is not None:
            return Timex("DATE", f"{spec.decade:03d}X", grain="decade")
        if spec.century is not None:
            return Timex("DATE", f"{spec.century - 1:02d}XX", grain="century")
        if spec.season:
            return self.season(spec, ref)
        if spec.nth:
            return self.nth(spec, ref)
        if spec.week_of:
            found = self.day(spec.right, ref)
            return Timex("DATE", fmt(found[0], "week"), grain="week") if found else None
        if spec.unit and spec.weekday is None:
            return self.unit(spec, ref)
        if spec.has_date:
            found = self.day(spec, ref)
            if found is None:
                return None
            day, grain = found
        elif spec.has_time:
            day, grain = self.time_day(spec, ref), "day"
        else:
            return None
        return self.with_time(spec, day, grain, ref)

    def day(self, spec: Spec, ref: Reference) -> tuple[dt.date, str] | None:
        base = ref.anchor if spec.anaphoric and ref.anchor else ref.date
        if spec.right is not None:  # "le lendemain du 13 février": count from the date given
            found = self.day(spec.right, ref)
            if found is None:
                return None
            base = found[0]
        if spec.shift and spec.shift[0] == "day":
            return base + dt.timedelta(days=spec.shift[1]), "day"
        if spec.shift and spec.shift[0] == "week" and spec.weekday:
            start = monday(base) + dt.timedelta(weeks=spec.shift[1])
            return start + dt.timedelta(days=spec.weekday - 1), "day"
        if spec.weekday and spec.day is None:
            return self.weekday(spec, ref, base), "day"
        if spec.year is not None:
            if spec.month is None:
                return dt.date(spec.year, 1, 1), "year"
            if spec.day is None:
                return dt.date(spec.year, spec.month, 1), "month"
            found = safe_date(spec.year, spec.month, spec.day)
            return (found, "day") if found else None
        direction = spec.direction if spec.direction in ("next", "last") else calendar_direction(ref)
        if spec.month is not None and spec.day is None:
            candidates = [dt.date(base.year + k, spec.month, 1) for k in (-1, 0, 1)]
            found = choose(candidates, base.replace(day=1), direction)
            return (found, "month") if found else None
        candidates = self.day_candidates(spec, base)
        if spec.weekday:
            candidates = [c for c in candidates if c.isoweekday() == spec.weekday] or candidates
        found = choose(candidates, base, direction)
        return (found, "day") if found else None

    @staticmethod
    def day_candidates(spec: Spec, base: dt.date) -> list[dt.date]:
        if spec.month is not None:
            span = range(-6, 7) if spec.weekday else range(-1, 2)
            return [d for k in span if (d := safe_date(base.year + k, spec.month, spec.day))]
        out = []
        for k in range(-14, 15) if spec.weekday else range(-1, 2):
            month_index = base.month - 1 + k
            d = safe_date(base.year + month_index // 12, month_index % 12 + 1, spec.day)
            if d:
                out.append(d)
        return out

    def weekday(self, spec: Spec, ref: Reference, base: dt.date) -> dt.date:
        direction = spec.direction or ref.direction
        if direction == "future" and ref.has_time:
            direction = "next"
        if direction == "from_today":  # "mardi en huit" said on a Tuesday counts from today
            direction = "future"
        if direction == "nearest":  # news report a weekday without tense: most often the last one
            direction = "past"
        candidates = [base + dt.timedelta(days=k) for k in range(-7, 8)]
        candidates = [c for c in candidates if c.isoweekday() == spec.weekday]
        found = choose(candidates, base, direction)
        return found + dt.timedelta(days=spec.extra_days)

    def time_day(self, spec: Spec, ref: Reference) -> dt.date:
        """The day of a bare time ("à 15h"): today, or tomorrow when that hour is past (future mode)."""
        if not (ref.has_time and ref.direction == "future" and spec.hour is not None):
            return ref.date
        hour = self.clock_hour(spec)
        moment = as_datetime(ref.date).replace(hour=hour, minute=spec.minute or 0, second=spec.second or 0)
        return ref.date if moment >= ref.moment else ref.date + dt.timedelta(days=1)

    @staticmethod
    def clock_hour(spec: Spec) -> int:
        hour = spec.hour
        if spec.pod in ("AF", "EV") and hour < 12:
            hour += 12
        return hour

    def with_time(self, spec: Spec, day: dt.date, grain: str, ref: Reference) -> Timex:
        if spec.hour is not None and grain == "day":
            hour = self.clock_hour(spec)
            moment = as_datetime(day).replace(hour=hour, minute=spec.minute or 0, second=spec.second or 0)
            time_grain = "second" if spec.second is not None else "minute" if spec.minute is not None else "hour"
            return Timex("TIME", fmt(moment, time_grain), grain=time_grain, anaphoric=spec.anaphoric)
        if spec.pod and grain == "day":
            start, end = spec.hours
            first = as_datetime(day).replace(hour=start)
            last = as_datetime(day).replace(hour=min(end - 1, 23))
            return Timex("TIME", f"{fmt(day, 'day')}T{spec.pod}", fmt(first, "hour"), fmt(last, "hour"), "hour",
                         spec.anaphoric)
        return Timex("DATE", fmt(day, grain), grain=grain, anaphoric=spec.anaphoric)

    # -- named units, seasons, n-th ------------------------------------------------------
    def unit(self, spec: Spec, ref: Reference) -> Timex | None:
        unit = spec.unit
        if spec.shift:
            start = truncate(as_datetime(ref.date), unit) + step(unit, spec.shift[1])
        elif unit == "month" and spec.month:
            found = self.day(Spec(month=spec.month, year=spec.year), ref)
            if not found:
                return None
            start = as_datetime(found[0])
        elif unit == "year" and spec.year:
            start = dt.datetime(spec.year, 1, 1)
        else:
            return None
        if unit == "weekend":
            friday = start + dt.timedelta(days=4)
            return Timex("DATE", fmt(start, "week") + "-WE", fmt(friday.replace(hour=18), "hour"),
                         fmt(friday + dt.timedelta(days=2, hours=23), "hour"), "hour")
        value = fmt(start, unit)
        if not spec.phase:
            return Timex("DATE", value, grain=unit)
        first, last = spec.phase
        if unit == "week":
            return Timex("DATE", value, fmt(start + dt.timedelta(days=first - 1), "day"),
                         fmt(start + dt.timedelta(days=last - 1), "day"), "day")
        if unit == "month":
            end = month_end(start.year, start.month) if last == -1 else last
            return Timex("DATE", value, fmt(start.replace(day=first), "day"), fmt(start.replace(day=end), "day"), "day")
        return Timex("DATE", value, fmt(start.replace(month=first), "month"), fmt(start.replace(month=last), "month"),
                     "month")

    def season(self, spec: Spec, ref: Reference) -> Timex:
        info = self.lex["seasons"][spec.season]
        (m1, d1), (m2, d2) = info["start"], info["end"]

        def instance(year: int) -> tuple[dt.date, dt.date]:
            end_year = year + 1 if m2 < m1 else year
            return dt.date(year, m1, d1), dt.date(end_year, m2, d2) - dt.timedelta(days=1)

        base = ref.date
        if spec.year is not None:
            year = spec.year
        else:
            years = [base.year + k for k in (-2, -1, 0, 1)]
            containing = [y for y in years if instance(y)[0] <= base <= instance(y)[1]]
            shift = spec.shift[1] if spec.shift else 0
            direction = "last" if shift < 0 else "next" if shift > 0 else spec.direction
            if direction == "last":
                year = max(y for y in years if instance(y)[1] < base)
            elif direction == "next":
                year = min(y for y in years if instance(y)[0] > base)
            elif containing:
                year = containing[0]
            elif ref.direction == "past":
                year = max(y for y in years if instance(y)[1] < base)
            elif ref.direction == "future":
                year = min(y for y in years if instance(y)[0] > base)
            else:
                year = base.year
        start, end = instance(year)
        return Timex("DATE", f"{year}-{info['code']}", fmt(start, "day"), fmt(end, "day"), "day")

    def nth(self, spec: Spec, ref: Reference) -> Timex | None:
        n, what = spec.nth
        if what == "easter":
            year = spec.year or ref.date.year
            if spec.year is None and ref.direction == "future" and easter(year) + dt.timedelta(days=n) < ref.date:
                year += 1
            return Timex("DATE", fmt(easter(year) + dt.timedelta(days=n), "day"))
        if what in ("trimestre", "semestre"):  # "le premier trimestre 2020": 2020-Q1
            count = 4 if what == "trimestre" else 2
            index = count if n == -1 else n
            if not 1 <= index <= count:
                return None
            year = spec.year or self.part_year(index, 12 // count, ref)
            return Timex("DATE", f"{year}-{'Q' if count == 4 else 'H'}{index}", grain="month")
        if spec.month is None and spec.shift is None:
            return None
        if spec.shift:
            start = truncate(as_datetime(ref.date), spec.shift[0]) + step(spec.shift[0], spec.shift[1])
            year, month = start.year, start.month
        else:
            found = self.day(Spec(month=spec.month, year=spec.year), ref)
            if not found:
                return None
            year, month = found[0].year, found[0].month
        return self.nth_in_month(n, what, year, month)

    @staticmethod
    def part_year(index: int, months: int, ref: Reference) -> int:
        """The year of "le troisième trimestre" without a year: the clause's tense chooses the last
        one begun (past) or the next one not ended (future); otherwise the reference's year."""
        year = ref.date.year
        first = dt.date(year, (index - 1) * months + 1, 1)
        last = dt.date(year + (index * months) // 12, (index * months) % 12 + 1, 1) - dt.timedelta(days=1)
        if ref.tense == "past" and first > ref.date:
            return year - 1
        if ref.tense == "future" and last < ref.date:
            return year + 1
        return year

    @staticmethod
    def nth_in_month(n: int, what: str, year: int, month: int) -> Timex | None:
        if what == "jour":
            day = safe_date(year, month, month_end(year, month) if n == -1 else n)
            return Timex("DATE", fmt(day, "day")) if day else None
        if what.isdigit():
            day = nth_weekday(year, month, int(what), n)
            return Timex("DATE", fmt(day, "day")) if day else None
        if what == "semaine":
            weeks = full_weeks(year, month)
            week = weeks[-1] if n == -1 else weeks[n - 1] if 0 < n <= len(weeks) else None
            return Timex("DATE", fmt(week, "week"), grain="week") if week else None
        if what == "week-end":
            friday = nth_weekday(year, month, 5, n)
            if not friday:
                return None
            start = as_datetime(friday).replace(hour=18)
            return Timex("DATE", fmt(friday, "week") + "-WE", fmt(start, "hour"),
                         fmt(start + dt.timedelta(days=2, hours=5), "hour"), "hour")
        if what == "quinzaine":
            first, last = (1, 14) if n == 1 else (15, month_end(year, month))
            return Timex("DATE", f"{year}-{month:02d}", fmt(dt.date(year, month, first), "day"),
                         fmt(dt.date(year, month, last), "day"), "day")
        return None

    # -- offsets and spans of units ------------------------------------------------------
    def offset(self, spec: Spec, ref: Reference) -> Timex:
        if spec.anaphoric and ref.period:
            return self.offset_in_period(spec, ref.period)
        base = as_datetime(ref.anchor) if spec.anaphoric and ref.anchor else ref.moment
        moment = base
        for unit, count in spec.duration.items():
            delta = step(unit, count)
            moment = moment + delta if spec.sign > 0 else moment - delta
        smallest = min(spec.duration, key=lambda u: GRAIN_RANK.get(u, 7))
        if not ref.has_time:
            grain = offset_grain(smallest)
        else:
            grain = FINER[smallest]
            if grain in ("quarter", "half"):
                grain = "day"
            if spec.anaphoric:
                grain = grain if GRAIN_RANK.get(grain, 7) >= GRAIN_RANK["day"] else "day"
            if grain == "week":
                grain = "day"
        moment = truncate(moment, grain)
        kind = "TIME" if GRAIN_RANK[grain] < GRAIN_RANK["day"] else "DATE"
        return Timex(kind, fmt(moment, grain), grain=grain, anaphoric=spec.anaphoric)

    @staticmethod
    def offset_in_period(spec: Spec, period: tuple[dt.date, str]) -> Timex:
        """"en mai 1995 ... trois jours plus tard": counted from the start of the period, at the coarser
        of the period's grain and the offset's ("1995-05"; "deux ans plus tard" -> "1997")."""
        start, period_grain = period
        moment = as_datetime(start)
        for unit, count in spec.duration.items():
            moment = moment + step(unit, count) if spec.sign > 0 else moment - step(unit, count)
        grain = max(period_grain, offset_grain(min_unit(spec.duration)), key=lambda g: GRAIN_RANK.get(g, 7))
        return Timex("DATE", fmt(truncate(moment, grain), grain), grain=grain, anaphoric=True)

    def last_next(self, spec: Spec, ref: Reference) -> Timex:
        (unit, n), = spec.duration.items()
        n = int(n)
        grain = unit if unit != "quarter" else "month"
        origin = truncate(ref.moment if ref.has_time else as_datetime(ref.date), unit)
        if spec.sign < 0:
            first, last = origin - step(unit, n), origin - step(unit, 1)
        else:
            first, last = origin + step(unit, 1), origin + step(unit, n)
        return Timex("DURATION", duration_value(spec.duration), fmt(first, grain), fmt(last, grain), grain)

    # -- intervals -----------------------------------------------------------------------
    def interval(self, spec: Spec, ref: Reference) -> Timex | None:
        left = self.resolve(spec.left, ref) if spec.left else None
        right_spec = spec.right
        if left is not None and right_spec is not None and right_spec.year is None and right_spec.month is not None \
                and left.value and left.value[:4].isdigit():
            right_spec = right_spec.copy(year=int(left.value[:4]), weekday=None)  # "du samedi 13 au dimanche 15"
        right = self.resolve(right_spec, ref) if right_spec else None
        if spec.left and left is None or spec.right and right is None:
            return None
        if left and right and right_spec and not right_spec.has_date and "T" in (left.value or "") \
                and "T" in (right.value or ""):
            day = left.value.split("T")[0]  # "entre midi et 2": the end is on the start's day
            right = Timex(right.type, f"{day}T{right.value.split('T')[1]}", grain=right.grain)
        start = (left.range_start or left.value) if left else None
        end = (right.range_end or right.value) if right else None
        kind = "TIME" if "TIME" in (left and left.type, right and right.type) else "DATE"
        if left and right:
            if start is not None and end is not None and end < start and "T" in end and "T" in start:
                end = self.later_clock(end, start)
                if right.range_end is None:
                    right = Timex(right.type, end, grain=right.grain, anaphoric=right.anaphoric)
            value = f"{left.value}/{right.value}" if left.value and right.value else None
        else:
            value = (left or right).value
        grain = min((t.grain for t in (left, right) if t), key=lambda g: GRAIN_RANK.get(g, 3))
        return Timex(kind, value, start, end, grain, ends=(left, right))

    @staticmethod
    def later_clock(end: str, start: str) -> str:
        """An end hour before the start hour: "de 11h30 à 1h30" ends in the afternoon; "de 23h à
        0h15" (a written 0 is after midnight, never 12:15) and "de 22h à 2h" end the next day."""
        day, clock = end.split("T")
        hour = int(clock[:2])
        if 0 < hour < 12:
            candidate = f"{day}T{hour + 12:02d}{clock[2:]}"
            if candidate >= start:
                return candidate
        next_day = dt.date.fromisoformat(day) + dt.timedelta(days=1)
        return f"{next_day.isoformat()}T{clock}"

    def unanchored(self, spec: Spec) -> Timex | None:
        """Without a reference date only the written fields are known: XXXX for the rest."""
        if spec.shift or spec.anaphoric or spec.duration or spec.nth or spec.unit or spec.season:
            return None
        if spec.decade is not None or spec.century is not None:
            return self.point(spec, Reference(dt.datetime(2000, 1, 1)))
        if spec.month is None and spec.day is None and spec.year is None:
            return None
        year = f"{spec.year:04d}" if spec.year is not None else "XXXX"
        if spec.month is None:
            return Timex("DATE", year, grain="year") if spec.day is None else None
        if spec.day is None:
            return Timex("DATE", f"{year}-{spec.month:02d}", grain="month")
        value = f"{year}-{spec.month:02d}-{spec.day:02d}"
        if spec.hour is not None:
            value += f"T{self.clock_hour(spec):02d}:{spec.minute or 0:02d}"
            return Timex("TIME", value, grain="hour" if spec.minute is None else "minute")
        return Timex("DATE", value)


def offset_grain(unit: str) -> str:
    """The grain of "il y a huit ans" / "dans trois semaines" counted from a document date: the
    unit's own (TimeML: "2011", "2020-W38"), never finer than the day the reference gives."""
    if unit in ("quarter", "half"):
        return "month"
    if unit in ("decade", "century"):
        return "year"
    return unit if GRAIN_RANK.get(unit, 7) >= GRAIN_RANK["day"] else "day"


def opened(timex: Timex | None, side: str | None) -> Timex | None:
    """"à partir du 8" keeps its value and gets an open range (start only, or end only for "avant")."""
    if timex is None or side is None:
        return timex
    if side == "after":
        return Timex(timex.type, timex.value, timex.range_start or timex.value, None, timex.grain, timex.anaphoric)
    return Timex(timex.type, timex.value, None, timex.range_start or timex.value, timex.grain, timex.anaphoric)


#: a fraction of a unit is written in the next finer unit ("deux ans et demi" = P2Y6M)
FINER_UNIT = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24),
              "hour": ("minute", 60), "minute": ("second", 60)}


def whole_units(parts: dict[str, float]) -> dict[str, float]:
    """TimeML writes durations in whole units: a half goes to the next finer unit ("deux ans et
    demi" = P2Y6M), and one unit and a fraction is counted in the finer unit alone ("un an et demi" =
    P18M, "une heure et demie" = PT90M, "une demi-heure" = PT30M), as the TimeML corpora do. Weeks
    keep their fraction ("deux semaines et demie" = P2.5W): ISO 8601 does not mix weeks and days."""
    out = dict(parts)
    for unit, count in parts.items():
        if count < 0 or float(count).is_integer() or unit not in FINER_UNIT:
            continue
        finer, factor = FINER_UNIT[unit]
        whole = int(count)
        moved = (count - whole) * factor + (whole * factor if whole <= 1 else 0)
        out[finer] = out.get(finer, 0) + moved
        if whole > 1:
            out[unit] = whole
        else:
            del out[unit]
    return out


def duration_value(parts: dict[str, float]) -> str:
    """ISO 8601 duration: {"year": 1, "month": 2} -> P1Y2M; unknown counts give X (PXD)."""

    def number(v: float) -> str:
        return "X" if v < 0 else str(int(v)) if float(v).is_integer() else str(v)

    parts = whole_units(parts)
    if "half" in parts:
        parts["month"] = parts.get("month", 0) + 6 * parts.pop("half")
    if "week" in parts and len(parts) > 1:
        parts["day"] = parts.get("day", 0) + 7 * parts.pop("week")
    date_part = "".join(f"{number(parts[u])}{c}" for u, c in DURATION_ORDER if u in parts)
    time_part = "".join(f"{number(parts[u])}{c}" for u, c in TIME_ORDER if u in parts)
    return "P" + date_part + ("T" + time_part if time_part else "")


def min_unit(parts: dict[str, float]) -> str:
    return min(parts, key=lambda u: GRAIN_RANK.get(u, 7))
