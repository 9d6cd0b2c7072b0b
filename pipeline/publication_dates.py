"""Publication dates of the input metadata (a JSONL/JSON/CSV `date` field, a sidecar, `--date`), in any form.

Why a module of its own: metadata dates come from scrapers, feeds and spreadsheets in every form
("2020-08-30", "30/08/2020", "dimanche 30 août 2020", "AFP, publié le jeudi 02 juillet 2020 à 20h48",
"Sun, 30 Aug 2020 14:32:00 +0200"), and the document date anchors every relative date of the
article ("hier", "mardi prochain"): a date thrown away leaves them unresolved, a wrong one resolves
them wrong. So a date is either read whole or refused with a warning; never guessed in silence.

- `YYYY-MM-DD` (a time part and a time zone may follow) is read as is, silently: the date written
  is the local date of the publication, which is what the article's own "aujourd'hui" means.
- Any other string goes to dateparser (French and English, day before month: "08/09/2020" is
  8 September) after removing a leading phrase such as "Publié le" (resources/metadata_date_prefixes.txt)
  and writing "à 14h32" as "14:32"; what it reads is a warning ("date '30/08/2020' read as 2020-08-30").
- Refused with a warning: anything without a day, a month and a year ("08/09", "2020", "août 2020"),
  relative dates ("hier": relative to what?), timestamps and other numbers, dates before 1800.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .lexicons import read_lines

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")  # a time part may follow: "2020-08-30T10:00:00+02:00"
FRENCH_TIME = re.compile(r"\s*(?:\bà|\bat|,)?\s*\b(\d{1,2})\s*h\s*(\d{2})?\b", re.IGNORECASE)
PIECE_SEPARATORS = r"\s*(?:[,;|]|\s[-–—]\s)\s*"
OLDEST_YEAR = 1800
#: dateparser settings: a day, a month and a year are required (no day filled in from today), the
#: French order, absolute dates only (no "hier", no Unix timestamps), no time zone conversion.
SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_LOCALE_DATE_ORDER": False,
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
LANGUAGES = ["fr", "en"]
WEEKDAYS = {name: day for names in (
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
) for day, name in enumerate(names)}
WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def weekday_agrees(text: str, date: dt.date) -> bool:
    """False when the text names a day of the week the date is not ("lundi 30 août 2020", a Sunday):
    one of the two is wrong, and nothing says which."""
    named = {WEEKDAYS[m.lower()] for m in WEEKDAY_WORD.findall(text)}
    return not named or named == {date.weekday()}


def iso_date(value: object) -> dt.date:
    """The date of a `YYYY-MM-DD` string (a time part after it is ignored); ValueError otherwise.

    Stricter than `date.fromisoformat`, which since Python 3.11 also reads "20200830" or "2020-W35-1".
    """
    text = value.strip() if isinstance(value, str) else ""
    if ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:  # "2020-02-30"
            pass
    raise ValueError(f"{value!r} is not YYYY-MM-DD")


def prefix_pattern() -> re.Pattern[str]:
    """A leading "AFP, publié le" (an optional source up to a comma, then one prefix of the list)."""
    words = sorted(read_lines("metadata_date_prefixes.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"^(?:[^\d,|]{{1,40}}[,|]\s*)?(?:(?:{alternatives})\b\s*:?\s*)?", re.IGNORECASE)


def pieces_pattern() -> re.Pattern[str]:
    """Where a second date may begin: a comma, a bar, a dash between spaces, or a prefix word of
    the list ("... 14h32 Mis à jour le ..."); the first piece is the publication date."""
    words = [w for w in read_lines("metadata_date_prefixes.txt") if len(w) > 4]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"{PIECE_SEPARATORS}|\s+(?=(?:{alternatives})\b)", re.IGNORECASE)


@dataclass
class DateReader:
    """Reads metadata dates; built once per run (the dateparser parser is made on first need)."""

    prefixes: re.Pattern[str] = field(default_factory=prefix_pattern)
    pieces: re.Pattern[str] = field(default_factory=pieces_pattern)
    _parser: Any = field(default=None, repr=False)

    def read(self, value: object) -> tuple[dt.date, str | None]:
        """(date, warning saying how it was read, or None for a plain ISO date); ValueError with the reason."""
        if isinstance(value, dt.datetime):
            return value.date(), None
        if isinstance(value, dt.date):
            return value, None
        if not isinstance(value, str):
            kind = "a number" if isinstance(value, (int, float)) and not isinstance(value, bool) else "not a string"
            raise ValueError(f"{value!r} is {kind}, not a date")
        text = " ".join(value.split())
        if ISO_DATE.match(text):
            try:
                return dt.date.fromisoformat(text[:10]), None
            except ValueError:
                raise ValueError(f"{value!r} is not a real date") from None
        date = self.parse(text)
        return date, f"{value!r} read as {date.isoformat()}"

    def parse(self, text: str) -> dt.date:
        body = self.prefixes.sub("", text, count=1)
        candidates = self.pieces.split(body)[:1] + [body]  # the publication date first, then the whole
        for candidate in candidates:
            candidate = FRENCH_TIME.sub(lambda m: f" {m.group(1)}:{m.group(2) or '00'}", candidate).strip()
            if not re.search(r"\d", candidate):
                continue
            found = self.parser().get_date_data(candidate).date_obj
            if found is not None:
                if found.year < OLDEST_YEAR:
                    raise ValueError(f"{text!r} reads as the year {found.year}, not a publication date")
                if not weekday_agrees(candidate, found.date()):
                    raise ValueError(f"{text!r} names another day of the week than {found.date().isoformat()}")
                return found.date()
        if not re.search(r"\d", body):
            raise ValueError(f"{text!r} is not a date")
        raise ValueError(f"{text!r} is not a full date (a day, a month and a year)")

    def parser(self):
        if self._parser is None:
            from dateparser.date import DateDataParser  # imported on first need: it takes a while

            self._parser = DateDataParser(languages=LANGUAGES, settings=SETTINGS)
        return self._parser
