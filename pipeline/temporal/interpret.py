"""Builders: from the named groups of one rule match to a `Spec` (None when the match is not a
date after all, e.g. "le 31/02" or a capitalised "Mars" standing alone)."""
from __future__ import annotations

from collections.abc import Callable

import regex

from .grammar import Atom
from .lexicon import TemporalLexicon, alternation
from .spec import Spec

UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
              "quarter": "Q", "half": "H", "year": "Y", "decade": "DE", "century": "CE"}
SHORT_UNITS = {"h": "hour", "mn": "minute", "min": "minute", "mins": "minute", "s": "second", "m": "minute",
               "'": "minute", '"': "second"}
PHASES = {"tout debut": "begin", "debut": "begin", "en debut": "begin", "au debut": "begin", "tot": "begin",
          "tres tot": "begin", "mi": "mid", "milieu": "mid", "en milieu": "mid", "au milieu": "mid",
          "courant": "mid", "fin": "end", "en fin": "end", "a la fin": "end", "tard": None}


def words(text: str | None) -> str:
    return " ".join((text or "").split())


class Interpreter:
    """Turns atoms into specs; one method per builder name of the grammar file."""

    def __init__(self, lexicon: TemporalLexicon) -> None:
        self.lex = lexicon
        units = alternation([u for u in lexicon["units"] if len(u) > 1] + list(SHORT_UNITS))
        qty = r"(?:\d+(?:[,.]\d+)?|" + alternation(lexicon.numbers)[3:-1] + r"|quelques|plusieurs|des|une\s+demi|un\s+demi|une\s+bonne|un\s+bon)"
        self.duration_part = regex.compile(rf"(?P<qty>{qty})\s*-?\s*(?P<unit>{units})(?![\w])")
        self.count_before = regex.compile(r"(?:\d|" + alternation(lexicon.numbers)[3:-1] + r")\s*$")
        self.time_preposition_before = regex.compile(r"\b(?:a|vers|des|jusqu'a)\s*$")
        self.noun_modifier_before = regex.compile(r"\w\s+de\s+$")
        self.range_after = regex.compile(r"\s*(?:-|\b(?:a|et|jusqu)\b)")
        self.duration_before = regex.compile(r"\b(?:pendant|durant|en|pour|depuis|d'|de)\s*$")
        self.comparison_cues = frozenset(lexicon["contextual_vague"]["comparison_cues"])
        self.event_day = regex.compile(rf"\s+{alternation(lexicon['event_day_words']['words'])}\b")

    def build(self, atom: Atom, folded: str) -> Spec | None:
        method: Callable[[dict[str, str], str, Atom], Spec | None] = getattr(self, "b_" + atom.builder)
        return method(atom.groups, folded, atom)

    # -- numbers ------------------------------------------------------------------------
    def day_number(self, text: str | None) -> int | None:
        if not text:
            return None
        value = self.lex.number(words(text))
        return value if value is not None and 1 <= value <= 31 else None

    def month_number(self, text: str | None) -> int | None:
        if not text:
            return None
        return self.lex.all_months.get(text.rstrip(".").strip())

    @staticmethod
    def year_number(text: str | None) -> int | None:
        if not text:
            return None
        digits = text.strip("' ")
        value = int(digits)
        if len(digits) == 2:
            value += 2000 if value <= 49 else 1900
        return value

    def weekday_number(self, text: str | None) -> int | None:
        if not text:
            return None
        text = text.rstrip(".")
        return self.lex["weekdays"].get(text) or self.lex["weekday_abbreviations"].get(text)

    def step(self, modifier: str | None) -> int | None:
        return self.lex["relative_modifiers"].get(words(modifier)) if modifier else None

    def duration(self, text: str) -> dict[str, float] | None:
        """{"year": 1, "month": 2} for "1 an 2 mois"; -1 marks an unknown count ("quelques jours")."""
        parts: dict[str, float] = {}
        last = None
        for m in self.duration_part.finditer(text):
            qty = words(m.group("qty"))
            unit = self.lex["units"].get(m.group("unit")) or SHORT_UNITS.get(m.group("unit"))
            if qty in ("quelques", "plusieurs", "des"):
                count: float = -1
            elif qty in ("une demi", "un demi"):
                count = 0.5
            elif qty in ("une bonne", "un bon"):
                count = 1
            elif qty[:1].isdigit():
                count = float(qty.replace(",", "."))
            else:
                count = self.lex.number(qty)
            if count is None or unit is None:
                return None
            parts[unit] = parts.get(unit, 0) + count
            last = unit
        if last and regex.search(r"et\s+demie?$", text):
            parts[last] += 0.5
        return parts or None

    # -- calendar dates ------------------------------------------------------------------
    def b_calendar(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        day = self.day_number(g.get("day"))
        month = self.month_number(g.get("month"))
        year = self.year_number(g.get("year") or g.get("year2"))
        if day is None or (g.get("month") and month is None):
            return None
        if not g.get("month") and words(g.get("day")) in ("un", "une"):
            return None  # "a demandé mercredi un état d'urgence"
        if month and day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
            return None
        spec = Spec(year=year, month=month, day=day, weekday=self.weekday_number(g.get("weekday")))
        step = self.step(g.get("mod"))
        if step:
            spec.direction = "next" if step > 0 else "last"
        return spec

    def b_numeric_date(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        day, month = int(g["day"]), int(g["month"])
        year = self.year_number(g.get("year"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        if year is None and atom.rule == "date_slash":
            after_article = regex.search(r"\b(?:le|du|au)\s*$", folded[max(0, atom.start - 4):atom.start])
            if not (after_article or day > 12 or g["month"].startswith("0") or g["day"].startswith("0")):
                return None  # "2/3" is a fraction more often than a date
        return self.b_calendar({"day": str(day), "month": None}, folded, atom).copy(month=month, year=year)

    def b_iso_date(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        year, month, day = int(g["year"]), int(g["month"]), int(g["day"])
        return Spec(year=year, month=month, day=day) if 1 <= month <= 12 and 1 <= day <= 31 else None

    def b_weekday(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        spec = Spec(weekday=self.weekday_number(g["weekday"]))
        mod = words(g.get("mod"))
        if not mod:
            return spec
        if mod in ("prochain",):
            spec.direction = "next"
        elif mod in ("suivant", "d'apres"):
            spec.shift = ("week", 1)
        elif mod in ("dernier", "passe", "precedent", "d'avant"):
            spec.direction = "last"
        elif mod.startswith("en "):
            spec.direction, spec.extra_days = "from_today", 7 if mod[3:] in ("huit", "8") else 14
        else:
            step = self.step(mod.split()[-1]) if mod.split()[-1] != "semaine" else 0
            spec.shift = ("week", step or 0)
        return spec

    def b_month(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        spec = Spec(month=self.month_number(g["month"]), year=self.year_number(g.get("year")))
        step = self.step(g.get("mod"))
        if step:
            spec.direction = "next" if step > 0 else "last"
        return spec

    def b_year(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        return Spec(year=self.year_number(g["year"]))  # "en 98" is 1998

    def b_year_range(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        """"(2002-2004)", "2019-20": two years, the second may keep only its last two digits."""
        first, last = int(g["y1"]), g["y2"]
        second = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if not first < second <= first + 50:
            return None
        return Spec(kind="interval", left=Spec(year=first), right=Spec(year=second))

    def b_decade(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        text = g["decade"]
        if text.isdigit():
            value = int(text)
            decade = value // 10 if value >= 1000 else 190 + value // 10
        else:
            tens = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
                    "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}
            decade = 190 + tens[text]
        return Spec(decade=decade)

    def b_century(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        text = g["century"]
        if text.isdigit():
            return Spec(century=int(text))
        values = self.lex["roman_numerals"]
        total = 0
        for i, char in enumerate(text):
            value = values[char]
            total += -value if i + 1 < len(text) and values[text[i + 1]] > value else value
        return Spec(century=total) if 1 <= total <= 21 else None

    def b_season(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        spec = Spec(season=g["season"], year=self.year_number(g.get("year")))
        step = self.step(g.get("mod"))
        if step:
            spec.shift = ("season", step)
        elif words(g.get("det")) in ("cet", "ce", "cette"):
            spec.shift = ("season", 0)
        return spec

    def b_holiday(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        month, day = self.lex["holidays"][words(g["name"])]
        return Spec(month=month, day=day, year=self.year_number(g.get("year")))

    def b_moveable(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        return Spec(nth=(self.lex["moveable_holidays"][words(g["name"])], "easter"),
                    year=self.year_number(g.get("year")))

    # -- relative dates ------------------------------------------------------------------
    def b_relative_day(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        offset, anaphoric = self.lex["relative_days"][words(g["word"])]
        followed_by_of = regex.match(r"\s+(?:de|d'|du|des)\b", folded[atom.end:atom.end + 5])
        return Spec(shift=("day", offset), anaphoric=anaphoric, needs_host=bool(anaphoric and followed_by_of))

    def b_relative_unit(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        unit = self.lex["calendar_units"][words(g["unit"])]
        det = words(g.get("det"))
        step = self.step(g.get("mod"))
        if step is None:
            if det not in ("ce", "cette", "cet", "dans la") and not folded[atom.start:atom.end].endswith("-ci"):
                return None  # "la semaine", "l'année" alone name no date
            step = 0
        return Spec(shift=(unit, step), unit=unit)

    def b_offset(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        parts = self.duration(g["dur"])
        if not parts:
            return None
        sign = -1 if words(g.get("dir")).startswith(("il", "y ", "voici", "voila", "moins")) else 1
        post = words(g.get("post"))
        if post:
            sign = 1 if post in ("plus tard", "apres", "de plus", "apres cela", "plus loin") else -1
        if any(v < 0 for v in parts.values()):  # "il y a quelques mois", "quelques jours plus tôt"
            return Spec(kind="vague", value="PAST_REF" if sign < 0 else "FUTURE_REF")
        return Spec(duration=parts, sign=sign, anaphoric=bool(post))

    def b_last_next(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        n = self.lex.number(words(g["n"]))
        unit = self.lex["units"].get(g["unit"])
        if not n or not unit or n > 100:
            return None
        sign = -1 if words(g["dir"]).startswith(("dern", "pass", "prec", "ecoul")) else 1
        return Spec(kind="last_next", duration={unit: n}, sign=sign)

    def b_nth(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        text = words(g["ord"])
        n = self.lex["ordinals"].get(text) or self.lex.number(text)
        what = words(g["what"])
        what = str(self.weekday_number(what)) if self.weekday_number(what) else what.replace("weekend", "week-end")
        if not n:
            return None
        spec = Spec(nth=(n, what), month=self.month_number(g.get("month")),
                    year=self.year_number(g.get("year") or g.get("year2")))
        rel = words(g.get("rel"))
        if rel.startswith(("mois", "ce mois")) and spec.month is None:
            spec.shift = ("month", self.step(rel.split()[-1]) or 0)
        elif rel.startswith("l'annee") and spec.year is None:
            spec.shift = ("year", self.step(rel.split()[-1]) or 0)
        return spec

    def b_term(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        """"le quinquennat" (P5Y), "deux septennats" (P14Y): a term of office as a duration."""
        years = self.lex["terms_of_office"][words(g["word"]).rstrip("s")]
        n = self.lex.number(words(g["n"])) if g.get("n") else 1
        return Spec(kind="duration", duration={"year": years * n}) if n else None

    def b_week_of(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        return Spec(week_of=True, needs_host=True)

    def b_phase(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        phase = PHASES.get(words(g["phase"]))
        if phase is None:
            return None
        unit_word = words(g.get("unit")).replace("l'", "").replace("la ", "").replace("le ", "")
        if g.get("month"):
            return Spec(month=self.month_number(g["month"]), year=self.year_number(g.get("year")),
                        unit="month", phase=self.phase_days("month_phases", phase))
        if g.get("year") and not unit_word:
            return Spec(year=int(g["year"]), unit="year", phase=self.phase_days("year_phases", phase))
        if unit_word in self.lex["seasons"]:
            return self.b_season({"season": unit_word, "mod": g.get("mod"), "det": "ce"}, folded, atom)
        unit = self.lex["calendar_units"].get(unit_word)
        if unit not in ("week", "month", "year"):
            return None
        mod = words(g.get("mod"))
        if mod.isdigit():
            return Spec(year=int(mod), unit="year", phase=self.phase_days("year_phases", phase))
        table = {"week": "week_phases", "month": "month_phases", "year": "year_phases"}[unit]
        return Spec(shift=(unit, self.step(mod) or 0), unit=unit, phase=self.phase_days(table, phase))

    def phase_days(self, table: str, phase: str) -> tuple[int, int]:
        first, last = self.lex[table][phase]
        return first, last

    def b_week_part(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        return Spec(shift=("week", 0), unit="week", phase=self.phase_days("week_phases", "working"))

    # -- times ---------------------------------------------------------------------------
    def b_clock(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        named = g.get("named")
        if named and self.noun_modifier_before.search(folded, max(0, atom.start - 12), atom.start) \
                and not self.range_after.match(folded, atom.end):
            return None  # "la messe de minuit", "les informations de midi": a name, not a clock time
        hour = {"midi": 12, "minuit": 0}[named] if named else self.lex.number(words(g["hour"]))
        minute = int(g["minute"]) if g.get("minute") else None
        if g.get("minutes"):
            hour, minute = self.minutes(hour, words(g["minutes"]))
        second = int(g["second"]) if g.get("second") else None
        if hour is None or minute is None and g.get("minutes"):
            return None
        if hour == 24 and not minute:
            hour = 0 if atom.rule != "clock_h" else None
        if hour is None or not 0 <= hour <= 23 or (minute is not None and not 0 <= minute <= 59):
            return None
        return Spec(hour=hour, minute=minute, second=second)

    def minutes(self, hour: int | None, text: str) -> tuple[int | None, int | None]:
        if hour is None:
            return None, None
        text = text.replace("minutes", "").replace("minute", "").replace("min", "").strip()
        fixed = {"et quart": 15, "et demi": 30, "et demie": 30, "trois quarts": 45}
        if text in fixed:
            return hour, fixed[text]
        if text.startswith("moins"):
            rest = text[5:].strip()
            value = 15 if rest in ("le quart", "quart") else self.lex.number(rest)
            return ((hour - 1) % 24, 60 - value) if value and value < 60 else (None, None)
        rest = regex.sub(r"^(?:et|passee?s?\s+de)\s+", "", text)
        return hour, self.lex.number(rest)

    def b_pod(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        pod_word = words(g["pod"]).replace("apres midi", "apres-midi")
        info = self.lex["parts_of_day"][pod_word]
        det = words(g.get("det"))
        phase = PHASES.get(words(g.get("phase"))) or ("begin" if g.get("early") else None)
        if pod_word == "journee" and not phase and det in ("dans la", "cette", "durant la", "pendant la"):
            return Spec(shift=("day", 0))  # "cette journée", "dans la journée": the day itself
        hours = tuple(self.lex["parts_of_day_phases"][pod_word][phase]) if phase else tuple(info["hours"])
        code = self.lex["day_phase_codes"][phase] if pod_word == "journee" and phase else info["code"]
        spec = Spec(pod=code, hours=hours)  # "en fin de journée": the evening (TEV), not the daytime
        if det in ("ce", "cet", "cette"):
            spec.shift = ("day", 0)
        spec.needs_host = atom.rule == "pod_bare" or det in ("du", "de l'") and not phase
        return spec

    def b_meal(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        start, end = self.lex["meal_times"][words(g["words"])]
        return Spec(pod="MI", hours=(start, end))

    def b_night(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        spec = Spec(weekday=self.weekday_number(g.get("weekday")), day=self.day_number(g.get("day")),
                    month=self.month_number(g.get("month") or g.get("month2")), pod="NI", hours=(0, 4),
                    year=self.year_number(g.get("year")))
        if spec.day is None:
            spec.month = None
        return spec

    def b_weekend(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        det = words(g.get("det"))
        step = self.step(g.get("mod"))
        if det in ("un", "ces") or (not det and step is None):
            return None
        return Spec(shift=("weekend", step or 0), unit="weekend")

    # -- durations, sets, vague references ------------------------------------------------
    def b_duration(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        before = folded[max(0, atom.start - 12):atom.start]
        if self.count_before.search(before):
            return None  # "deux trois minutes": an approximate count, not a duration
        if self.time_preposition_before.search(before) and regex.search(r"h\b|heures?$", g["dur"]):
            return None  # "à environ 15 heures" is a time of day
        if words(g["dur"]) == "une seconde" and not g.get("approx") and not self.duration_before.search(before):
            return None  # "une seconde fois", "une seconde vague": the ordinal, not one second
        if g["dur"].endswith(("journee", "journees")) and self.event_day.match(folded, atom.end):
            return None  # "une journée nationale", "une journée de mobilisation" name an event
        parts = self.duration(g["dur"])
        return Spec(kind="duration", duration=parts) if parts else None

    def b_duration_range(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        """"deux ou trois jours", "2 à 3 heures": TimeML keeps the lower bound (P2D), over the whole span."""
        low = self.lex.number(words(g["low"]))
        parts = self.duration(g["dur"])
        if not low or not parts or len(parts) != 1:
            return None
        (unit, high), = parts.items()
        if high < 0 or low >= high or g["joint"] == "a" and unit in ("hour", "minute", "second"):
            return None  # "de 16 à 18h" is a range of clock times
        return Spec(kind="duration", duration={unit: low})

    def b_set(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        table = self.lex["sets"]
        if g.get("word"):
            return Spec(kind="set", value=table[words(g["word"])])
        what = words(g["what"])
        weekday = self.weekday_number(what.rstrip("s")) or self.weekday_number(what)
        if weekday:
            pod = g.get("pod")
            info = self.lex["parts_of_day"][pod if pod == "apres-midi" else pod.rstrip("s")] if pod else None
            return Spec(kind="set", value=f"XXXX-WXX-{weekday}" + (f"T{info['code']}" if info else ""),
                        weekday=weekday, pod=info["code"] if info else None,
                        hours=tuple(info["hours"]) if info else None,
                        direction="habit" if atom.rule == "weekday_habit" else None)
        base = what[:-1] if what.endswith("s") and what not in ("mois",) else what
        value = table.get(base) or table.get(base.replace("ee", "e"))
        n = self.lex.number(words(g.get("n"))) if g.get("n") else None
        if value and n and value.startswith("P"):
            value = value.replace("1", str(n), 1)
        return Spec(kind="set", value=value) if value else None

    def b_vague(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        return Spec(kind="vague", value=self.lex.vague[words(g["phrase"])])

    def b_vague_word(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        """A vague reference its rule admits only in some contexts ("Plus tôt, ..." but not "plus tôt que
        prévu"); a negation or a modal just before makes "plus tôt" a comparison ("aurait dû agir plus tôt")."""
        clause = regex.split(r"[.;:!?,\n\"«»]", folded[max(0, atom.start - 40):atom.start])[-1]
        if any(word in self.comparison_cues for word in regex.findall(r"\w+", clause)):
            return None
        return Spec(kind="vague", value=self.lex["contextual_vague"][words(g["phrase"])])

    def b_range_days(self, g: dict[str, str], folded: str, atom: Atom) -> Spec | None:
        lead = words(g.get("lead"))
        if not g.get("month") and lead not in ("du", "entre le"):
            return None
        month, year = self.month_number(g.get("month")), self.year_number(g.get("year"))
        left = Spec(day=self.day_number(g["d1"]), weekday=self.weekday_number(g.get("wd1")), month=month, year=year)
        right = Spec(day=self.day_number(g["d2"]), weekday=self.weekday_number(g.get("wd2")), month=month, year=year)
        if left.day is None or right.day is None or (month and left.day >= right.day):
            return None
        step = self.step(g.get("mod")) if g.get("mod") else None
        if step:
            left.direction = right.direction = "next" if step > 0 else "last"
        is_list = words(g.get("joint")) == "et" and not lead.startswith("entre")
        return Spec(kind="interval", left=left, right=right, value="list" if is_list else None)
