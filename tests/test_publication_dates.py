"""Publication dates of the metadata in any form: read right with a warning saying so, or refused (no model).

The forms of issue 25 first, then forms from real metadata: the orangesum corpus bylines, RSS
`pubDate`, schema.org `datePublished`, WordPress exports and the date lines of French news sites.
"""
import datetime as dt

import pytest

from pipeline.publication_dates import DateReader

READ = dt.date(2020, 8, 30)


@pytest.fixture(scope="module")
def reader():
    return DateReader()


@pytest.mark.parametrize("value,date", [
    # the forms
    ("30 août 2020", READ),
    ("30/08/2020", READ),
    ("Publié le 30 août 2020 à 14h32", READ),
    ("dimanche 30 août 2020", READ),
    ("2020-08-30 14:32:00", READ),
    ("2020-08-30T14:32:00+02:00", READ),
    # forms from real corpora and metadata
    ("AFP, publié le jeudi 02 juillet 2020 à 20h48", dt.date(2020, 7, 2)),  # orangesum byline
    ("Sun, 30 Aug 2020 14:32:00 +0200", READ),  # RSS pubDate (RFC 822)
    ("2020-08-30T14:32:00.000Z", READ),  # schema.org datePublished from a JavaScript clock
    ("2020-08-30T23:30:00-05:00", READ),  # the local date is kept, never converted to UTC
    ("Publié le 30/08/2020 à 14:32, mis à jour le 31/08/2020 à 16:05", READ),  # the first date is publication
    ("Publié le 30 août 2020 à 14h32 Mis à jour le 31 août 2020 à 09h10", READ),
    ("Publié le 30/08/20 à 14h32 — Mis à jour le 30/08/20 à 16h05", READ),
    ("Mis en ligne le 30 août 2020", READ),
    ("Date de publication : 30/08/2020", READ),
    ("le 1er septembre 2020", dt.date(2020, 9, 1)),
    ("lun. 31 août 2020", dt.date(2020, 8, 31)),
    ("30 AOÛT 2020", READ),
    ("30.08.2020", READ),
    ("August 30, 2020", READ),
    ("Updated: Aug. 30, 2020 2:32 p.m.", READ),
    ("08/09/2020", dt.date(2020, 9, 8)),  # day first, as French writes it
])
def test_dates_in_other_forms_are_read(reader, value, date):
    got, note = reader.read(value)
    assert got == date
    if value.startswith("2020-08-30"):
        assert note is None  # ISO needs no warning
    else:
        assert note == f"{value!r} read as {date.isoformat()}"


@pytest.mark.parametrize("value,reason", [
    ("08/09", "not a full date"),  # no year
    ("2020", "not a full date"),  # a year is not a day
    ("août 2020", "not a full date"),
    ("2020-08", "not a full date"),
    ("30 août", "not a full date"),
    ("hier", "not a date"),  # relative to what?
    ("il y a 2 jours", "not a full date"),
    ("n'importe quoi", "not a date"),
    ("2020-02-30", "not a real date"),
    ("32/08/2020", "not a full date"),
    ("lundi 30 août 2020", "another day of the week"),  # 30 August 2020 was a Sunday
    ("30/08/0020", "not a publication date"),
    (1598790720, "a number"),  # a Unix time: the day depends on a time zone nobody gave
    (["2020-08-30"], "not a string"),
])
def test_partial_relative_or_contradictory_dates_are_refused(reader, value, reason):
    with pytest.raises(ValueError, match=reason):
        reader.read(value)


def test_dates_and_datetimes_pass_through(reader):
    assert reader.read(READ) == (READ, None)
    assert reader.read(dt.datetime(2020, 8, 30, 23, 59)) == (READ, None)
