"""Calendar arithmetic and TIMEX3 formatting (ISO 8601 values truncated to a grain)."""
from __future__ import annotations

import calendar as _calendar
import datetime as dt

from dateutil.relativedelta import relativedelta

GRAINS = ("second", "minute", "hour", "day", "week", "month", "quarter", "half", "year", "decade", "century")
FINER = {"second": "second", "minute": "second", "hour": "minute", "day": "hour", "week": "day",
         "month": "day", "quarter": "day", "half": "day", "year": "month", "decade": "year", "century": "year"}


def fmt(moment: dt.datetime | dt.date, grain: str) -> str:
    """TIMEX3 value of `moment` at `grain` ("2013-02-12T05:00" for an hour, "2013-W07" for a week,
    "196X" for a decade, "18XX" for a century: TimeML 1.2.1 writes a clock time with its minutes and
    fills the unknown digits of a decade or century with X)."""
    if grain == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    patterns = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "hour": "%Y-%m-%dT%H:00",
                "minute": "%Y-%m-%dT%H:%M", "second": "%Y-%m-%dT%H:%M:%S"}
    if grain == "quarter":
        return f"{moment.year}-Q{(moment.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{moment.year}-H{(moment.month - 1) // 6 + 1}"
    if grain == "decade":
        return f"{moment.year // 10:03d}X"
    if grain == "century":
        return f"{moment.year // 100:02d}XX"
    return moment.strftime(patterns[grain])


def as_datetime(day: dt.date) -> dt.datetime:
    return day if isinstance(day, dt.datetime) else dt.datetime(day.year, day.month, day.day)


def month_end(year: int, month: int) -> int:
    return _calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.isoweekday() - 1)


def truncate(moment: dt.datetime, grain: str) -> dt.datetime:
    """Start of the `grain` unit that contains `moment`."""
    if grain == "second":
        return moment.replace(microsecond=0)
    if grain == "minute":
        return moment.replace(second=0, microsecond=0)
    if grain == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = dt.datetime(moment.year, moment.month, moment.day)
    if grain == "day":
        return day
    if grain in ("week", "weekend"):
        return day - dt.timedelta(days=day.isoweekday() - 1)
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    if grain == "half":
        return day.replace(month=(day.month - 1) // 6 * 6 + 1, day=1)
    if grain == "year":
        return day.replace(month=1, day=1)
    if grain == "decade":
        return day.replace(year=day.year // 10 * 10, month=1, day=1)
    return day.replace(year=day.year // 100 * 100, month=1, day=1)


def step(unit: str, n: float) -> relativedelta:
    """`n` units as a relativedelta (fractions of hours, days and years become smaller units)."""
    whole = int(n)
    frac = n - whole
    table = {
        "second": relativedelta(seconds=whole), "minute": relativedelta(minutes=whole),
        "hour": relativedelta(hours=whole, minutes=round(frac * 60)),
        "day": relativedelta(days=whole, hours=round(frac * 24)),
        "week": relativedelta(weeks=whole, days=round(frac * 7)), "weekend": relativedelta(weeks=whole),
        "month": relativedelta(months=whole, days=round(frac * 30)),
        "quarter": relativedelta(months=3 * whole), "half": relativedelta(months=6 * whole),
        "year": relativedelta(years=whole, months=round(frac * 12)),
        "decade": relativedelta(years=10 * whole), "century": relativedelta(years=100 * whole),
    }
    return table[unit]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th (1-based; -1 = last) `weekday` (1 = Monday) of a month."""
    days = [dt.date(year, month, d) for d in range(1, month_end(year, month) + 1)]
    matching = [d for d in days if d.isoweekday() == weekday]
    if n == -1:
        return matching[-1]
    return matching[n - 1] if 0 < n <= len(matching) else None


def full_weeks(year: int, month: int) -> list[dt.date]:
    """Mondays of the weeks that lie entirely inside the month."""
    first = dt.date(year, month, 1)
    start = first if first.isoweekday() == 1 else first + dt.timedelta(days=8 - first.isoweekday())
    weeks = []
    while start + dt.timedelta(days=6) <= dt.date(year, month, month_end(year, month)):
        weeks.append(start)
        start += dt.timedelta(days=7)
    return weeks


def easter(year: int) -> dt.date:
    from dateutil.easter import easter as _easter

    return _easter(year)
