"""The dates peer suites (Duckling FR time/duration, dateparser FR) scored through the dates stage.

Each case's text goes through segmentation + dates as a Document dated with the case's reference
day (the stage only knows a document *date*, so cases relative to the reference *time of day*,
"maintenant", "dans deux heures", cannot pass: read the day-grain rows to compare with the baselines
of shared/eval/README.md). A case passes when a date mention overlapping the expected span (the
`expression`, else the whole text) has the expected value written the TIMEX3 way at the case's
grain ("2013-02-12", "2013-W07", "2013-02-12T15:30", an hour "2013-02-12T15:00"); for an interval, when its inclusive
`range_start`/`range_end` equal the expected bounds (Duckling's end is exclusive: one grain unit is
taken off); for an open interval ("avant 16h"), when the bound or the value is the point named. A
value written at a finer grain than the case's is accepted when it is exact ("2015-02-01T21:24" for a
day-grain case whose expected time is 21:24). An offset from the reference ("dans deux mois", "il y a
trois ans") is written by TimeML at its unit's grain ("2013-04", "2011") and by Duckling one grain
finer ("2013-04-12"): it passes when it equals the expected value written at its own grain. A negative case passes when no mention of its kind
(DURATION, or DATE/TIME) comes out; a duration of unknown count ("pendant des mois", TimeML's PXM)
is no count Duckling could give, and does not fail it. A case in another layout, or with an expected
value that cannot be read as an ISO date-time (a TIMEX3 season "2016-SU"), is skipped with its reason
(`check_case`).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .suite_files import CaseError, read_cases, record_note, require

KINDS = ("DATE", "INSTANT", "TIME", "INTERVAL", "OPEN_INTERVAL", "DURATION", "NONE")
GRAINS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")
#: an offset from the reference ("dans deux mois", "il y a trois ans"): see `mention_ok`
OFFSET = re.compile(r"(?i)(?:dans|il\s+y\s+a|d'ici|voici)\s")
STEP = {"second": dt.timedelta(seconds=1), "minute": dt.timedelta(minutes=1), "hour": dt.timedelta(hours=1),
        "day": dt.timedelta(days=1), "week": dt.timedelta(days=7)}


def timex(value: str | None, grain: str | None) -> str | None:
    """An ISO date-time written at a grain, TIMEX3 style; grain None guesses day or minute."""
    if not value:
        return None
    moment = dt.datetime.fromisoformat(value[:19])
    grain = grain or ("day" if moment.time() == dt.time(0) else "minute")
    formats = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "hour": "%Y-%m-%dT%H:00",  # TimeML hh:mm
               "minute": "%Y-%m-%dT%H:%M", "second": "%Y-%m-%dT%H:%M:%S"}
    if grain == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    if grain == "quarter":
        return f"{moment.year}-Q{(moment.month - 1) // 3 + 1}"
    return moment.strftime(formats.get(grain, "%Y-%m-%d"))


def inclusive_end(value: str | None, grain: str | None) -> str | None:
    """Duckling's exclusive interval end as an inclusive bound at the grain."""
    if not value:
        return None
    moment = dt.datetime.fromisoformat(value[:19])
    if grain == "month":
        moment = moment.replace(day=1) - dt.timedelta(days=1)
    elif grain == "year":
        moment = moment.replace(month=1, day=1) - dt.timedelta(days=1)
    else:
        moment -= STEP.get(grain or "day", STEP["day"])
    return timex(moment.isoformat(), grain)


def expected_span(case: dict) -> tuple[int, int]:
    expression = case.get("expression")
    start = case["text"].find(expression) if expression else -1
    return (start, start + len(expression)) if start >= 0 else (0, len(case["text"]))


def mention_ok(mention, case: dict) -> bool:
    grain, kind = case.get("grain"), case["type"]
    if kind == "DURATION":
        return mention.value == case["expected"]
    if kind == "INTERVAL":
        bounds = (timex(case["expected_start"], grain), inclusive_end(case["expected_end"], grain))
        return (mention.range_start, mention.range_end) == bounds
    if kind == "OPEN_INTERVAL":  # "avant 16h", "après 16h": the bound is the point named
        start, end = timex(case["expected_start"], grain), timex(case["expected_end"], grain)
        return (start is not None and start in (mention.range_start, mention.value)) or (
            end is not None and end in (mention.range_end, mention.value))
    expected = case["expected_start"] or case["expected"]
    if OFFSET.match(mention.text) and mention.value and value_grain(mention.value) in ("week", "month", "year") and expected:
        # "dans deux mois": TimeML writes the unit's grain ("2013-04"), Duckling one grain finer
        return mention.value in (timex(expected, value_grain(mention.value)), timex(expected, grain))
    return mention.value in (timex(expected, grain), timex(expected, None))


def value_grain(value: str) -> str | None:
    """The grain a calendar value is written at ("2013-W08" week, "2013-04" month), if a calendar one."""
    if "-W" in value:
        return "week"
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


def case_ok(case: dict, mentions: list) -> bool:
    if case["type"] == "NONE":
        durations = "duration" in case["source"].lower()
        counted = [m for m in mentions if not (m.value or "").startswith("PX")]  # "des mois": TimeML's PXM
        return not any((m.type == "DURATION") == durations for m in counted)
    start, end = expected_span(case)
    return any(m.start < end and start < m.end and mention_ok(m, case) for m in mentions)


def case_group(case: dict) -> str:
    return f"{case['type']}/{case.get('grain') or 'day'}" if case["type"] != "NONE" else "negative"


def check_case(case: dict) -> None:
    """CaseError unless the case has the fields, kinds and readable values that `case_ok` scores."""
    require(case, "id", (str, int))
    require(case, "text", str)
    require(case, "expression", str, optional=True)
    kind = require(case, "type", str)
    if kind not in KINDS:
        raise CaseError(f"unknown type {kind!r}")
    grain = require(case, "grain", str, optional=True)
    if grain is not None and grain not in GRAINS:
        raise CaseError(f"unknown grain {grain!r}")
    reference = require(case, "reference", str, optional=True)
    if reference:
        readable(reference[:10], None, "reference")
    if kind == "NONE":
        require(case, "source", str)  # it tells a negative duration case from a negative date one
    elif kind == "DURATION":
        require(case, "expected", str)
    elif kind in ("INTERVAL", "OPEN_INTERVAL"):
        bounds = [case.get("expected_start"), case.get("expected_end")]
        if None in bounds and (kind == "INTERVAL" or bounds == [None, None]):
            raise CaseError("no `expected_start` / `expected_end`")
        for value in filter(None, bounds):
            readable(value, grain, "expected value")
    else:
        readable(case.get("expected_start") or case.get("expected"), grain, "expected value")


def readable(value: object, grain: str | None, what: str) -> None:
    if not value:
        raise CaseError(f"no {what}")
    try:
        timex(value, grain)
        inclusive_end(value, grain)
    except (TypeError, ValueError) as exc:
        raise CaseError(f"{what} {value!r} is not an ISO date-time") from exc


def dates_pipeline(nlp_factory: Callable):
    """The segmentation + dates pipeline, or a message saying why the suite cannot run."""
    from ..core import available_stages

    if "dates" not in available_stages():
        return "skipped: the dates stage (pipeline.stages.dates) is not in this version"
    return nlp_factory(["segmentation", "dates"])


def evaluate_dates_suite(folder: Path, nlp_factory: Callable, limit: int | None = None,
                         notes: dict[str, str] | None = None) -> dict | str:
    """(passed, total) per (file, type/grain), with "all" and "day grain" per file; a message when skipped.

    `notes` gets one line per file with skipped cases.
    """
    nlp = dates_pipeline(nlp_factory)
    if isinstance(nlp, str):
        return nlp
    tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.jsonl")):
        cases = record_note(notes, read_cases(path, check_case, limit))
        items = ((c["text"], {"doc_id": str(c["id"]), "date": (c.get("reference") or "")[:10] or None}) for c in cases)
        for case, doc in zip(cases, nlp.pipe(items, on_error="record")):
            ok = case_ok(case, doc.dates)
            day_grain = case.get("grain") in ("day", None) and case["type"] != "NONE"
            groups = [case_group(case), "all"] + (["day grain"] if day_grain else [])
            for group in groups:
                tallies[(path.stem, group)][0] += ok
                tallies[(path.stem, group)][1] += 1
    return tallies
