"""Quantities: a number with what it measures (percent, money, counts, ratios, changes, ranks).

Conventions (also in the facts stage docstring):
- `unit`: "percent" for %, "point" for percentage points, ISO 4217 codes for money ("EUR", "USD"),
  "ratio" for "un Français sur deux" / "la moitié" (value 0.5), "rank" for ordinals of a ranking,
  short SI-like names for dimensions ("km", "t"), and None for plain counts (`of` says what is
  counted: "17 députés" -> value 17, of "députés").
- `bound`: "over" (plus de), "at_least" (au moins), "under" (moins de), "at_most" (pas plus de,
  jusqu'à), "between" (entre 10 et 20: value 10, `high` 20) or None; `approximate` for "près de",
  "environ", "une quarantaine de".
- a change ("en hausse de 3 points") keeps the written value (3) and sets `direction` "up"/"down".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..lexicons import read_json, read_lines
from .numbers import NumberMention, NumberReader, tidy

OPTIONAL_SPACE = re.compile(r"[ \u00a0\u202f]?")
SPACED_DE = re.compile(r"[ \u00a0\u202f]?(?:de|d['’])[ \u00a0\u202f]?")

GAP = r"[ \u00a0\u202f]?"
OF_RE = re.compile(r"[ \u00a0\u202f](?:(?:des|du|de la|de)[ \u00a0\u202f]|(?:de l|d)['’][ \u00a0\u202f]?)(?P<of>[A-Za-zÀ-ÖØ-öø-ÿ][\w-]*)")
NEXT_WORD_RE = re.compile(r"[ \u00a0\u202f](?:(?:de[ \u00a0\u202f]|d['’][ \u00a0\u202f]?))?(?P<of>[A-Za-zÀ-ÖØ-öø-ÿ][\w-]*)")
#: "sept des prévenus", "deux de ses sociétés", "une cinquantaine d'entre eux": a count taken from a set.
PARTITIVE_RE = re.compile(r"[ \u00a0\u202f](?:des|de (?:ses|ces|leurs|nos|vos|mes|tes)|d['’]entre)[ \u00a0\u202f]"
                          r"(?P<of>[A-Za-zÀ-ÖØ-öø-ÿ][\w-]*)")
#: Pronouns after "d'entre": the set is named elsewhere, so the count has no `of`.
PARTITIVE_PRONOUNS = frozenset({"eux", "elles", "nous", "vous"})
SENTENCE_WORDS = ("de prison", "d'emprisonnement", "d’emprisonnement", "de réclusion", "d'inéligibilité",
                  "d’inéligibilité", "de détention", "ferme", "avec sursis")
FRACTIONS = {"moitié": Decimal(1) / 2, "tiers": Decimal(1) / 3, "quart": Decimal(1) / 4, "quarts": Decimal(1) / 4,
             "cinquième": Decimal(1) / 5, "dixième": Decimal(1) / 10}
#: A signed number right after a score in the same bracket or list: "(29 %, +7)".
SIGNED_AFTER_SCORE = re.compile(r"\d[ \u00a0\u202f]?%[ \u00a0\u202f]?,[ \u00a0\u202f]?(?P<sign>[+\-−–])[ \u00a0\u202f]?$")
SCORE_COMMA = re.compile(r"\d[ \u00a0\u202f]?%[ \u00a0\u202f]?,[ \u00a0\u202f]?$")
#: "sept points devant X, et neuf devant Y": the second gap repeats the first one's unit.
GAP_AFTER = re.compile(r"[ \u00a0]+(?:points?[ \u00a0]+)?(?:devant|derrière)\b")
POINTS_GAP_BEFORE = re.compile(r"\bpoints?[ \u00a0]+(?:devant|derrière)\b[^.;:?!]*(?:,|\bet)[ \u00a0]+$")
SCALE_NOUNS = frozenset({"millier", "milliers", "million", "millions", "milliard", "milliards"})
#: "des dizaines de députés", "plusieurs centaines de personnes", "de milliers de notables": a plural
#: without a number takes the unit value (annotation convention: "des dizaines" -> 10, "des milliers" -> 1000).
COLLECTIVE_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "des": 1, "plusieurs": 1,
                     "de": 1, "d'": 1, "d’": 1}
#: "une quinzaine d'années": an age or a duration, no count (annotation rules).
COLLECTIVE_TIME_NOUNS = frozenset({"ans", "années", "an", "mois", "jours", "semaines", "heures", "minutes", "siècles"})
#: A sentence where "points" are percentage points: shares, scores, votes, rates.
POINTS_CONTEXT = re.compile(r"%|\bpour[ \u00a0]?cent\b|pourcentage|sondage|enquête|baromètre|intentions?\b|\bvoix\b|"
                            r"\bvotes?\b|scrutin|suffrages|\bcote\b|popularité|confiance|\btaux\b|\bPIB\b|croissance|"
                            r"chômage|inflation|\bindices?\b|\bbourse\b|\bCAC\b|\bprogress|\brecul|\bhausse|\bbaisse|"
                            r"\bgagn|\bperd|\bdevance|\bécart|\bretard|\bavance", re.IGNORECASE)
POINTS_GAP_AFTER = re.compile(r"[ \u00a0]*(?:de[ \u00a0]+(?:plus|moins|retard)|d['’](?:avance|écart)|devant|derrière|en[ \u00a0]+(?:plus|moins))\b",
                              re.IGNORECASE)
#: "et 23 centimes" after an amount, matched at its end
SUBUNIT_RE = re.compile(r" (?:et )?(\d{1,2}) (\w+)")
#: matched on the 16 characters after the number (" position" and the character that ends it)
RANK_NOUN_RE = re.compile(r"^[ \u00a0\u202f](?:place|position)\b", re.IGNORECASE)
#: a change word before the number ("en hausse de", "a perdu")
DIRECTION_WORD_RE = re.compile(r"(\w+)[ \u00a0\u202f]+(?:(?:de|d['’])[ \u00a0\u202f]?)?$")
RANK_VERB_RE = re.compile(r"(?:arriv|class|plac|termin|fini)\w*[ \u00a0\u202f](?:en[ \u00a0\u202f])?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A measured amount in a text; `start`/`end` cover the bound words and the unit, not `of`."""

    start: int
    end: int
    text: str
    value: int | float
    unit: str | None
    kind: str  # percent, point, money, count, ratio, rank, dimension, temperature
    number_start: int
    number_end: int
    of: str | None = None
    of_start: int | None = None
    of_end: int | None = None
    bound: str | None = None
    approximate: bool = False
    high: int | float | None = None
    direction: str | None = None


class QuantityReader:
    """Finds quantities in a text.

    Example:
        >>> reader = QuantityReader()
        >>> q = reader.find("Il a remporté le vote avec 80,1% des voix.")[0]
        >>> (q.text, q.value, q.unit, q.of)
        ('80,1%', 80.1, 'percent', 'voix')
    """

    def __init__(self, numbers: NumberReader | None = None) -> None:
        self.numbers = numbers or NumberReader()
        spec = read_json("quantities_units.json")
        self.case_sensitive = frozenset(spec["case_sensitive"])
        self.units = sorted(((form, u) for u in spec["units"] for form in u["forms"]), key=lambda fu: -len(fu[0]))
        self.units_by_initial: dict[str, list] = {}  # same order as `units`; only forms that can match
        for form, unit in self.units:
            self.units_by_initial.setdefault(form[:1].lower(), []).append((form, unit))
        self.prefixes = sorted(((p, u) for u in spec["units"] for p in u.get("prefix", [])), key=lambda pu: -len(pu[0]))
        self.subunits = spec["subunits"]
        bounds = read_json("quantities_bounds.json")
        self.bounds = sorted(bounds["before"].items(), key=lambda kv: -len(kv[0]))
        #: each bound phrase compiled once (it was rebuilt and looked up in re's cache at every number)
        self.bound_patterns = [(phrase, spec, re.compile(r"(?:^|(?<=[\s(«\"]))" + re.escape(phrase) + r"[ \u00a0\u202f]?$",
                                                         re.IGNORECASE)) for phrase, spec in self.bounds]
        self.change_words = {w: d for d, words in bounds["changes"].items() for w in words}
        self.from_to_verbs = frozenset(bounds["from_to"])
        self.collectives = {k: v for k, v in read_json("quantities_approx_nouns.json").items() if not k.startswith("_")}
        self.stopwords = frozenset(read_lines("quantities_count_stopwords.txt")) | self.numbers.months
        names = "|".join(sorted(self.collectives, key=len, reverse=True))
        self.collective_re = re.compile(
            r"(?:\b(?P<num>une|un|deux|trois|quatre|cinq|quelques|des|plusieurs|\d+)[ \u00a0]|(?<![\w-])(?P<prep>de[ \u00a0]|d['’]))(?P<noun>" + names
            + r")s?[ \u00a0](?:de|d['’])[ \u00a0]?(?:(?P<among>entre[ \u00a0](?:eux|elles|nous|vous))|(?P<of>[A-Za-zÀ-ÖØ-öø-ÿ][\w-]*))",
            re.IGNORECASE)

    # -- public -----------------------------------------------------------------------------------
    def find(self, text: str) -> list[Quantity]:
        """Every quantity of `text`, left to right, without overlaps."""
        mentions = self.numbers.find(text)
        found = self.find_ratios(text, mentions) + self.find_collectives(text)
        i = 0
        while i < len(mentions):
            quantity, used = self.read_at(text, mentions, i)
            if quantity is not None and not any(q.start < quantity.end and quantity.start < q.end for q in found):
                found.append(quantity)
            i += used
        return sorted(found, key=lambda q: q.start)

    # -- one number -------------------------------------------------------------------------------
    def read_at(self, text: str, mentions: list[NumberMention], i: int) -> tuple[Quantity | None, int]:
        """The quantity that starts with number `i` (a range uses two numbers)."""
        number = mentions[i]
        if i + 1 < len(mentions):
            ranged = self.read_range(text, number, mentions[i + 1])
            if ranged is not None:
                return ranged, 2
        if number.kind == "ordinal":
            return self.read_rank(text, number), 1
        unit = self.unit_after(text, number.end) or self.unit_before(text, number.start)
        if unit is None:
            elliptic = self.elliptic_points(text, number)
            return (elliptic or self.read_count(text, number)), 1
        (u_start, u_end), spec = unit
        if spec["kind"] == "point" and not self.counts_percentage_points(text, number, u_end):
            return self.read_count(text, number), 1  # "un plan en trois points": points of a list, counted
        value = Decimal(str(number.value))
        end = max(number.end, u_end)
        if spec["kind"] == "money":
            value, end = self.add_subunit(text, end, value)
        start = min(number.start, u_start)
        return self.finish(text, start, end, number, tidy(value), spec["unit"], spec["kind"]), 1

    def finish(self, text: str, start: int, end: int, number: NumberMention, value, unit, kind) -> Quantity:
        """Add the bound words before, the direction of a change and the `of` after."""
        bound, approx, start = self.bound_before(text, start)
        of = OF_RE.match(text, end) if kind in ("percent", "ratio", "dimension") else None
        of = None if of and of.group("of").lower() == "entre" else of  # "74 % d'entre eux"
        return Quantity(start, end, text[start:end], value, unit, kind, number.start, number.end,
                        of.group("of") if of else None, of.start("of") if of else None, of.end("of") if of else None,
                        bound, approx, None, self.direction_before(text, start))

    def counts_percentage_points(self, text: str, number: NumberMention, end: int) -> bool:
        """"points" are percentage points in a sentence about shares, scores or rates ("%", "sondage",
        "voix", "taux"...), after a change ("a perdu 3 points", "en hausse de 2 points") or before a
        gap ("sept points devant X", "trois points d'avance"); "un plan en trois points" counts items."""
        return bool(POINTS_CONTEXT.search(text, max(0, number.start - 300), end + 300) or self.direction_before(text, number.start)
                    or POINTS_GAP_AFTER.match(text, end))

    def read_count(self, text: str, number: NumberMention) -> Quantity | None:
        """"17 députés", "3 millions de personnes": a number then a content word."""
        if number.ambiguous or number.kind != "cardinal":
            return None
        partitive = self.read_partitive(text, number)
        if partitive is not None:
            return partitive
        m = NEXT_WORD_RE.match(text, number.end)
        if not m or m.group("of").lower() in self.stopwords and not self.is_sentence(text, m):
            return None
        if self.looks_like_year(number, m.group("of")) or self.idiom_before(text, number):
            return None
        if self.is_sentence(text, m):
            return self.finish(text, number.start, m.end("of"), number, number.value, "year", "sentence")
        quantity = self.finish(text, number.start, number.end, number, number.value, None, "count")
        return replace(quantity, of=m.group("of"), of_start=m.start("of"), of_end=m.end("of"))

    def elliptic_points(self, text: str, number: NumberMention) -> Quantity | None:
        """Percentage points left unwritten: a signed change after a score ("(29 %, +7)"), a gain
        before the new score ("en gagne 8 à 18 %"), a gap repeated after "N points devant X" ("et neuf
        devant Y"). The change keeps its written value with a `direction`."""
        before, after = text[max(0, number.start - 200):number.start], text[number.end:number.end + 200]
        sign = SIGNED_AFTER_SCORE.search(before)
        if sign is None and number.value < 0 and SCORE_COMMA.search(before):
            sign, number = "-", replace(number, start=number.start + 1, text=number.text[1:], value=-number.value)
        elif sign is not None:
            sign = "-" if sign.group("sign") != "+" else "+"
        changed = re.match(r"[ \u00a0]+à[ \u00a0]+\d", after) and self.direction_before(text, number.start)
        repeated = GAP_AFTER.match(after) and POINTS_GAP_BEFORE.search(before)
        if not (sign or changed or repeated) or number.kind != "cardinal" or number.value <= 0:
            return None
        start = number.start - 1 if sign and text[number.start - 1:number.start] in "+-−–" else number.start
        quantity = self.finish(text, start, number.end, number, number.value, "point", "point")
        return replace(quantity, direction="up" if sign == "+" else "down" if sign == "-" else quantity.direction)

    def read_partitive(self, text: str, number: NumberMention) -> Quantity | None:
        """"sept des prévenus" (of "prévenus"), "deux de ses sociétés", "dix d'entre eux" (no `of`:
        the set is named elsewhere; the span keeps "d'entre eux")."""
        m = PARTITIVE_RE.match(text, number.end)
        if m is None or self.idiom_before(text, number):
            return None
        noun = m.group("of").lower()
        if noun in PARTITIVE_PRONOUNS:
            quantity = self.finish(text, number.start, m.end("of"), number, number.value, None, "count")
            return replace(quantity, number_end=number.end)
        if noun in self.stopwords or not m.group(0).lstrip().startswith(("des", "de ")):
            return None
        quantity = self.finish(text, number.start, number.end, number, number.value, None, "count")
        return replace(quantity, of=m.group("of"), of_start=m.start("of"), of_end=m.end("of"))

    def is_sentence(self, text: str, m: re.Match) -> bool:
        """"3 ans de prison": a duration is a checkable quantity only as a court sentence."""
        rest = text[m.end():m.end() + 20].lstrip()
        return m.group("of").lower() in ("ans", "an", "mois") and rest.startswith(SENTENCE_WORDS)

    @staticmethod
    def idiom_before(text: str, number: NumberMention) -> bool:
        """"tous deux", "toutes les trois", "l'entre-deux-tours": a number word that counts nothing new."""
        before = text[max(0, number.start - 12):number.start].lower()
        return bool(re.search(r"\b(?:tous|toutes|tous les|toutes les)\s$", before)) or (
            number.value == 2 and before.endswith(("entre ", "entre-")))

    @staticmethod
    def looks_like_year(number: NumberMention, next_word: str) -> bool:
        return (not number.words and isinstance(number.value, int) and 1800 <= number.value <= 2100
                and " " not in number.text and not next_word[:1].islower())

    def read_rank(self, text: str, number: NumberMention) -> Quantity | None:
        """"deuxième place", "arrivé troisième": an ordinal is a rank only in a ranking."""
        if RANK_NOUN_RE.match(text[number.end:number.end + 16]) or RANK_VERB_RE.search(text[max(0, number.start - 30):number.start]):
            return Quantity(number.start, number.end, number.text, number.value, "rank", "rank", number.start, number.end)
        return None

    def read_range(self, text: str, low: NumberMention, high: NumberMention) -> Quantity | None:
        """"entre 10 et 20 euros", "10 - 20 euro", "de 3 à 5 millions de personnes": value 10, high 20,
        bound between. A scale word on the high end applies to the low one ("de 3 à 5 millions" = 3
        to 5 million); "passé de 10 à 20 %" is a change, not a range."""
        if high.text[:1] in "-−–" and high.value < 0:
            high = replace(high, start=high.start + 1, value=-high.value)
        low = self.scaled_like(low, high)
        gap = text[low.end:high.start]
        unit_low = self.unit_after(text, low.end)
        if unit_low and unit_low[0][1] <= high.start:
            gap = text[unit_low[0][1]:high.start]
        if not re.fullmatch(r"\s*(?:-|–|et|à|ou)\s*", gap) or not low.value < high.value:
            return None
        window = max(0, low.start - 60)
        before = text[window:low.start].rstrip().lower()
        opener = "entre" if before.endswith("entre") else "de" if before.endswith((" de", "\nde")) or before == "de" else None
        if opener is None and gap.strip() not in ("-", "–", "à", "ou") or opener == "de" and self.is_change_from(before):
            return None
        if opener is None and gap.strip() == "à" and self.direction_before(text, low.start):
            return None  # "en gagne 8 à 18 %": a change of 8 points to 18 %, not a range
        start = window + len(before) - len("entre") if opener == "entre" else low.start
        unit = self.unit_after(text, high.end)
        if unit is None:
            return self.count_range(text, start, low, high) if opener or gap.strip() == "ou" else None
        (_, u_end), spec = unit
        if unit_low and unit_low[1]["unit"] != spec["unit"]:
            return None  # "perd 5 points à 13 %": two quantities
        quantity = self.finish(text, start, u_end, low, low.value, spec["unit"], spec["kind"])
        return replace(quantity, number_end=high.end, bound="between", high=high.value)

    def scaled_like(self, low: NumberMention, high: NumberMention) -> NumberMention:
        """"3" in "3 à 5 millions" is 3 million: the high end's scale word, when the low end has none."""
        words = high.text.lower().split()
        scale = next((self.numbers.scale_words[w] for w in words[1:] if w in self.numbers.scale_words), None)
        if scale is None or len(low.text.split()) > 1 or low.words:
            return low
        return replace(low, value=tidy(Decimal(str(low.value)) * scale))

    def is_change_from(self, before: str) -> bool:
        """"est passé de 10 à 20 %": the verb before "de" names a change from X to Y ("a chuté de 20
        à 70 %" stays a range: a fall of 20 to 70 %)."""
        words = re.findall(r"[\wÀ-ÿ]+", before[-40:])
        return len(words) >= 2 and words[-2] in self.from_to_verbs

    def count_range(self, text: str, start: int, low: NumberMention, high: NumberMention) -> Quantity | None:
        """"entre 200 et 300 manifestants": a range of counts; `of` is the counted noun."""
        count = self.read_count(text, high)
        if count is None or count.kind not in ("count", "sentence"):
            return None
        return replace(count, start=start, text=text[start:count.end], value=low.value, number_start=low.start,
                       bound="between", high=high.value)

    # -- units, bounds, changes ---------------------------------------------------------------------
    def unit_after(self, text: str, end: int) -> tuple[tuple[int, int], dict] | None:
        """The unit written right after a number: "80,1%", "80,1 pour cent", "6,8 millions d'euros"."""
        space = OPTIONAL_SPACE.match(text, end).end() - end  # match at `end`: no copy of the text's rest
        m = SPACED_DE.match(text, end)
        for skip in sorted({0, space, m.end() - end if m else 0}, reverse=True):
            pos = end + skip
            for form, spec in self.units_by_initial.get(text[pos:pos + 1].lower(), ()):
                found = text[pos:pos + len(form)]
                if found == form if form in self.case_sensitive else found.lower() == form:
                    tail = text[pos + len(form):pos + len(form) + 1]
                    if form[-1].isalpha() and tail and (tail.isalnum() or tail in "-'’"):
                        continue
                    if skip and "de" in text[end:pos] and spec["kind"] not in ("money",):
                        continue
                    return (pos, pos + len(form)), spec
        return None

    def unit_before(self, text: str, start: int) -> tuple[tuple[int, int], dict] | None:
        """A currency written before the number: "$10", "EUR 20", "USD1,23"."""
        for prefix, spec in self.prefixes:
            pos = start - len(prefix)
            for gap in (0, 1):
                p = pos - gap
                if p >= 0 and text[p:p + len(prefix)] == prefix and text[p + len(prefix):start] in ("", " "):
                    if p == 0 or not text[p - 1].isalnum():
                        return (p, start), spec
        return None

    def add_subunit(self, text: str, end: int, value: Decimal) -> tuple[Decimal, int]:
        """"1 USD et 23 centimes" -> 1.23."""
        m = SUBUNIT_RE.match(text, end)
        if m and m.group(2).lower() in self.subunits:
            return value + Decimal(m.group(1)) / self.subunits[m.group(2).lower()], m.end()
        return value, end

    def bound_before(self, text: str, start: int) -> tuple[str | None, bool, int]:
        """"plus de", "près de", "au moins" right before the quantity -> (bound, approximate, new start)."""
        before = text[max(0, start - 25):start]
        for phrase, spec, pattern in self.bound_patterns:
            m = pattern.search(before)
            if m and (phrase[-1] in "'’" or before.endswith((" ", "\u00a0"))):
                return spec.get("bound"), spec.get("approximate", False), start - (len(before) - m.start())
        return None, False, start

    def direction_before(self, text: str, start: int) -> str | None:
        """"en hausse de 3 points", "a perdu 2 points" -> "up" / "down"."""
        m = DIRECTION_WORD_RE.search(text[max(0, start - 30):start])
        return self.change_words.get(m.group(1).lower()) if m else None

    # -- ratios and collective numerals -------------------------------------------------------------
    def find_ratios(self, text: str, mentions: list[NumberMention]) -> list[Quantity]:
        """"un Français sur deux" (0.5), "deux personnes interrogées sur trois", "la moitié des", "deux tiers"."""
        out = []
        for a, b in zip(mentions, mentions[1:]):
            m = re.fullmatch(r" (?P<of>[A-Za-zÀ-ÖØ-öø-ÿ][\w-]*)(?: [a-zà-öø-ÿ][\w-]*)? sur ", text[a.end:b.start])
            if m and a.kind == b.kind == "cardinal" and 0 < a.value < b.value and b.value <= 1000:
                value = tidy(round(Decimal(str(a.value)) / Decimal(str(b.value)), 4))
                out.append(Quantity(a.start, b.end, text[a.start:b.end], value, "ratio", "ratio", a.start, b.end,
                                    m.group("of"), a.end + 1, a.end + 1 + len(m.group("of"))))
        for m in re.finditer(r"\b(?P<num>la|le|un|une|deux|trois|quatre|neuf)[ \u00a0-](?P<frac>moitié|tiers|quarts?|dixième)\b", text, re.IGNORECASE):
            value = self.fraction_value(m.group("num").lower(), m.group("frac").lower())
            if value is not None:
                q = self.finish(text, m.start(), m.end(), NumberMention(m.start(), m.end(), m.group(), value),
                                value, "ratio", "ratio")
                out.append(q)
        return out

    @staticmethod
    def fraction_value(num: str, frac: str) -> int | float | None:
        count = {"la": 1, "le": 1, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "neuf": 9}[num]
        if frac == "quarts" and count == 1 or frac == "moitié" and count != 1:
            return None
        return tidy(round(count * FRACTIONS[frac], 4))

    def find_collectives(self, text: str) -> list[Quantity]:
        """"une quarantaine de collaborateurs" -> 40, approximate; "deux centaines de" -> 200."""
        out = []
        for m in self.collective_re.finditer(text):
            num = (m.group("num") or m.group("prep")).strip().lower()
            if num == "quelques" or (m.group("of") or "").lower() in SCALE_NOUNS | COLLECTIVE_TIME_NOUNS:
                continue  # "des centaines de milliers de": a scale this reader does not multiply
            if m.group("prep") and not m.group("noun").lower().endswith(("s", "x")) and text[m.end("noun")] != "s":
                continue  # "de millier" is no count: only a plural after a bare "de" ("composée de milliers de")
            count = COLLECTIVE_COUNTS.get(num) or int(num)
            value = count * self.collectives[m.group("noun").lower()]
            start = m.start("noun") if m.group("prep") else m.start()  # "formée de [milliers] de notables"
            number = NumberMention(start, m.end("noun"), text[start:m.end("noun")], value, "cardinal", True)
            end = m.end("among") if m.group("among") else m.end("noun") + (1 if text[m.end("noun")] == "s" else 0)
            q = replace(self.finish(text, start, end, number, value, None, "count"), approximate=True)
            out.append(q if m.group("among") else replace(q, of=m.group("of"), of_start=m.start("of"), of_end=m.end("of")))
        return out
