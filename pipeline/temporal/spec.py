"""What an expression says, before it is placed on the calendar (a partial, Duckling-like spec)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass
class Spec:
    """Fields an expression fixes; `resolve` fills the rest from the reference date.

    kind: point (a date or time), duration, set, vague, interval (left/right), last_next.
    shift: move the reference first, e.g. ("day", -1) for "hier", ("week", 1) for "la semaine
    prochaine"; unit: the calendar unit the expression names (week, month, year, weekend...).
    phase: (first, last) sub-units of `unit` (days of a month, months of a year, days of a week).
    """

    kind: str = "point"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    pod: str | None = None
    hours: tuple[int, int] | None = None
    shift: tuple[str, int] | None = None
    unit: str | None = None
    phase: tuple[int, int] | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    nth: tuple[int, str] | None = None
    duration: dict[str, float] = field(default_factory=dict)
    sign: int = 0
    value: str | None = None
    open: str | None = None
    left: "Spec | None" = None
    right: "Spec | None" = None
    anaphoric: bool = False
    direction: str | None = None
    week_of: bool = False
    extra_days: int = 0
    needs_host: bool = False
    year_unknown_digits: bool = False
    clause_day: bool = False  # "à la veille d'un grand rassemblement": the day of the sentence's event

    def copy(self, **changes) -> "Spec":
        return replace(self, **changes)

    @property
    def has_date(self) -> bool:
        return any(v is not None for v in (self.year, self.month, self.day, self.weekday, self.shift,
                                           self.season, self.nth, self.decade, self.century)) or self.unit is not None

    @property
    def has_time(self) -> bool:
        return self.hour is not None or self.pod is not None
