"""French numbers in digits and in words, with their character offsets.

Digits follow French typography: decimal comma ("80,1"), thousands grouped by a space, a
no-break space or a dot ("100 000", "1.200.000"), SI suffixes ("100K", "1,2M") and scale words
("3 milliards", "6,8 millions"). Words are joined into runs ("quatre vingt dix neuf") and read
with text2num, which is reliable on a bare run but mangles "pour cent" and "3 milliards" when
given whole sentences: we never hand it more than a run of number words, and scale words after
digits are multiplied here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from ..lexicons import read_json, read_lines

WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*")
SPACES = " \u00a0\u202f"
DIGITS_RE = re.compile(
    r"(?:(?<![\w.,])|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=CHF))(?P<sign>[-−–]\s?)?"
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:,\d+)?"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])(?:,\d+)?"
    r"|\d+(?:[,.]\d+)?(?![\d])"
    r"|,\d+)"
    r"(?P<suffix>Mds|Md|[kKMG](?![A-Za-zÀ-ÿ]))?"
)
ORDINAL_DIGITS_RE = re.compile(r"(?<![\w.,])(?P<num>\d+)(?P<suffix>er|ère|ere|re|èmes?|emes?|es?|nde?s?)(?![\w])")
SCALE_WORD_RE = re.compile(r"[ \u00a0\u202f]([A-Za-z]+)\b")
NEGATIVE_WORD_RE = re.compile(r"(\S+\s+)?\bmoins\s+$", flags=re.IGNORECASE)
#: How far before a number "moins" and the word before it are looked for: searching the whole text
#: before every number was quadratic (one number after 200,000 characters without a space: 206 s).
#: A word cut by the window's start is longer than every blocker, so it never blocks.
NEGATIVE_REACH = 64
ORDINAL_WORD_SUFFIXES = ("ièmes", "iemes", "ième", "ieme")
FIRST_ORDINALS = {"premier": 1, "première": 1, "premiere": 1, "premiers": 1, "premières": 1,
                  "second": 2, "seconde": 2, "seconds": 2, "secondes": 2}
#: Words that are also articles or adjectives: numbers only when the context says so.
AMBIGUOUS_WORDS = frozenset({"un", "une", "neuf", "second", "seconde", "premier", "première", "premiers",
                             "premières", "zéro", "zero"})
NEGATIVE_BLOCKERS = frozenset({"au", "du", "le", "la", "les", "pas", "de", "ou", "en", "à", "a", "et", "fois", "plus"})


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text. `kind` is "cardinal" or "ordinal"; `words` is True when spelled out."""

    start: int
    end: int
    text: str
    value: int | float
    kind: str = "cardinal"
    words: bool = False

    @property
    def ambiguous(self) -> bool:
        """True for a lone "un", "une", "neuf", "premier"...: an article or adjective more often than not."""
        return self.words and self.text.lower() in AMBIGUOUS_WORDS


def tidy(value: Decimal) -> int | float:
    """An int when the value is whole (17, not 17.0), else a float rounded to 6 decimals."""
    return int(value) if value == value.to_integral_value() else round(float(value), 6)


def parse_digits(num: str) -> Decimal | None:
    """Value of a French digit string: "80,1", "100 000", "1.200.000", "6.700,54", ",0012", "49.3"."""
    s = num.translate({ord(c): None for c in SPACES})
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    if s.startswith("."):
        s = "0" + s
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def ordinal_stem(word: str) -> str | None:
    """The cardinal word an ordinal word is built on: "deuxième" -> "deux", "neuvième" -> "neuf"."""
    lower = word.lower()
    for suffix in ORDINAL_WORD_SUFFIXES:
        if lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            break
    else:
        return None
    if stem.endswith("cinqu"):
        return stem[:-1]
    if stem.endswith("neuv"):
        return stem[:-1] + "f"
    if stem.endswith("un"):
        return stem
    for candidate in (stem, stem + "e"):
        if words_value(candidate) is not None:
            return candidate
    return None


def words_value(text: str) -> int | None:
    """text2num on a run of number words; None when the run is not one well-formed number."""
    try:
        return text2num(text.lower().replace("zero", "zéro"), "fr")
    except ValueError:
        return None


class NumberReader:
    """Finds the numbers of a text: digits, words, ordinals, scale words.

    Example:
        >>> reader = NumberReader()
        >>> [(m.text, m.value) for m in reader.find("Il a obtenu 80,1% et trois millions de voix.")]
        [('80,1', 80.1), ('trois millions', 3000000)]
    """

    def __init__(self) -> None:
        self.number_words = frozenset(read_lines("quantities_number_words.txt"))
        scales = read_json("quantities_scales.json")
        self.scale_words = {k: Decimal(v) for k, v in scales["words"].items() if k not in ("millier", "milliers")}
        self.suffixes = {k: Decimal(v) for k, v in scales["suffixes"].items()}
        self.months = frozenset(read_lines("quantities_months.txt"))

    # -- public -----------------------------------------------------------------------------
    def find(self, text: str) -> list[NumberMention]:
        """Every number of `text`, left to right, without overlaps (digits win over words)."""
        found: list[NumberMention] = []
        for mention in self.find_ordinal_digits(text) + self.find_digits(text) + self.find_words(text):
            if not any(m.start < mention.end and mention.start < m.end for m in found):
                found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def parse(self, text: str) -> NumberMention | None:
        """The number that spans all of `text` (stripped), or None."""
        stripped = text.strip()
        offset = text.index(stripped) if stripped else 0
        for mention in self.find(stripped):
            if mention.start == 0 and mention.end == len(stripped):
                return NumberMention(offset, offset + len(stripped), stripped, mention.value, mention.kind, mention.words)
        return None

    # -- digits -------------------------------------------------------------------------------
    def find_digits(self, text: str) -> list[NumberMention]:
        out = []
        for m in DIGITS_RE.finditer(text):
            value = parse_digits(m.group("num"))
            if value is None:
                continue
            start = m.start("num")
            if self.glued_to_word(text, m.start()):
                continue
            if m.group("sign") and not self.digit_before(text, m.start()):
                start, value = m.start(), -value
            end = m.end()
            if m.group("suffix"):
                value *= self.suffixes[m.group("suffix")]
            else:
                value, end = self.apply_scale_word(text, end, value)
            start, value = self.apply_negative_word(text, start, value)
            out.append(NumberMention(start, end, text[start:end], tidy(value)))
        return out

    def find_ordinal_digits(self, text: str) -> list[NumberMention]:
        return [NumberMention(m.start(), m.end(), m.group(), int(m.group("num")), "ordinal")
                for m in ORDINAL_DIGITS_RE.finditer(text)]

    @staticmethod
    def glued_to_word(text: str, pos: int) -> bool:
        """"Covid-19", "A-380": a number hyphenated to a word is part of a name."""
        return pos > 1 and text[pos] in "-–" and text[pos - 1].isalpha() or (
            pos > 1 and text[pos - 1] in "-–" and text[pos - 2].isalpha())

    @staticmethod
    def digit_before(text: str, pos: int) -> bool:
        """True when a digit precedes `pos` (skipping spaces): "10 - 20" is a range, not -20."""
        i = pos - 1
        while i >= 0 and text[i].isspace():  # each space is walked over once, by the number right after it
            i -= 1
        return i >= 0 and text[i].isdigit()

    def apply_scale_word(self, text: str, end: int, value: Decimal) -> tuple[Decimal, int]:
        """Multiply by a following "millions", "milliards", "Md": "6,8 millions" -> 6 800 000."""
        m = SCALE_WORD_RE.match(text, end)
        if m and m.group(1).lower() in self.scale_words and not (m.group(1) == "mille" and value >= 1000):
            return value * self.scale_words[m.group(1).lower()], m.end()
        return value, end

    @staticmethod
    def apply_negative_word(text: str, start: int, value: Decimal) -> tuple[int, Decimal]:
        """"moins 1200000" is negative, but not "au moins 10" nor "plus ou moins 3"."""
        lo = max(0, start - NEGATIVE_REACH)
        m = NEGATIVE_WORD_RE.search(text, lo, start)  # `$` at `start`; `\b` still sees text[lo - 1]
        if not m or value <= 0:
            return start, value
        word = (m.group(1) or "").strip().lower()
        cut = m.start() == lo > 0 and not text[lo - 1].isspace()
        if cut or word not in NEGATIVE_BLOCKERS:
            return m.start() + len(m.group(1) or ""), -value
        return start, value

    # -- words --------------------------------------------------------------------------------
    def is_number_word(self, word: str) -> bool:
        lower = word.lower()
        if "-" not in lower:  # most words: one set lookup (same answer as the general case below)
            return lower != "et" and lower in self.number_words
        parts = lower.split("-")
        return all(p in self.number_words or p == "et" for p in parts) and parts[0] != "et" and parts[-1] != "et"

    def word_runs(self, text: str) -> list[list[re.Match]]:
        """Runs of number words (and "et", ordinals at the end) separated by single spaces."""
        runs: list[list[re.Match]] = []
        current: list[re.Match] = []
        for m in WORD_RE.finditer(text):
            word = m.group().lower()
            ordinal = self.is_ordinal_word(word)
            is_num = self.is_number_word(word) or (word == "et" and current) or ordinal
            contiguous = current and text[current[-1].end():m.start()] in (" ", "\u00a0")
            if is_num and (contiguous or not current) and not self.after_elision(text, m.start()):
                current.append(m)
            else:
                if current:
                    runs.append(current)
                current = [m] if is_num and not self.after_elision(text, m.start()) else []
            if current and ordinal:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        return runs

    @staticmethod
    def after_elision(text: str, pos: int) -> bool:
        """"l'un", "qu'une": an apostrophe glued before the word makes it a pronoun or article."""
        return pos > 0 and text[pos - 1] in "'’"

    def is_ordinal_word(self, word: str) -> bool:
        return word.lower().endswith(ORDINAL_WORD_SUFFIXES) and ordinal_stem(word) is not None

    def find_words(self, text: str) -> list[NumberMention]:
        out: list[NumberMention] = []
        for run in self.word_runs(text):
            out.extend(self.read_run(text, run))
        out.extend(self.first_ordinals(text))
        return self.join_decimals(text, sorted(out, key=lambda m: m.start))

    def read_run(self, text: str, run: list[re.Match]) -> list[NumberMention]:
        """Greedy longest well-formed prefix, repeated: "vingt un" -> 20, 1; "cinq zéro" -> 5, 0."""
        out, i = [], 0
        while i < len(run):
            if run[i].group().lower() == "et":
                i += 1
                continue
            for j in range(len(run), i, -1):
                mention = self.run_value(text, run[i:j])
                if mention is not None:
                    out.append(mention)
                    i = j
                    break
            else:
                i += 1
        return out

    def run_value(self, text: str, words: list[re.Match]) -> NumberMention | None:
        if words[-1].group().lower() == "et":
            return None
        start, end = words[0].start(), words[-1].end()
        last = words[-1].group()
        if self.is_ordinal_word(last):
            if len(words) > 1 and words[0].group().lower() in ("un", "une") and words[-1].group().lower().startswith("mill"):
                return None
            stem_words = [w.group() for w in words[:-1]] + [ordinal_stem(last)]
            value = words_value(" ".join(stem_words))
            return None if value is None else NumberMention(start, end, text[start:end], value, "ordinal", True)
        if any(self.is_ordinal_word(w.group()) for w in words):
            return None
        if len(words) > 1 and words[0].group().lower() in ("zéro", "zero"):
            return None
        value = words_value(" ".join(w.group() for w in words))
        if value is None:
            return None
        value, end = self.apply_scale_word(text, end, Decimal(value)) if value < 1000000 else (Decimal(value), end)
        return NumberMention(start, end, text[start:end], tidy(value), "cardinal", True)

    @staticmethod
    def first_ordinals(text: str) -> list[NumberMention]:
        lower = text.lower()
        if "premi" not in lower and "second" not in lower:  # every FIRST_ORDINALS word holds one of them
            return []
        return [NumberMention(m.start(), m.end(), m.group(), FIRST_ORDINALS[m.group().lower()], "ordinal", True)
                for m in WORD_RE.finditer(text) if m.group().lower() in FIRST_ORDINALS]

    def join_decimals(self, text: str, mentions: list[NumberMention]) -> list[NumberMention]:
        """"douze virgule quatre-vingt-dix-neuf" -> 12.99; "zéro virgule zéro cinq" -> 0.05."""
        out: list[NumberMention] = []
        i = 0
        while i < len(mentions):
            m = mentions[i]
            if i + 1 < len(mentions) and m.kind == "cardinal":
                decimals = self.decimal_part(text, m, mentions[i + 1:])
                if decimals is not None:
                    digits, last = decimals
                    value = Decimal(f"{int(m.value)}.{digits}")
                    out.append(NumberMention(m.start, last.end, text[m.start:last.end], tidy(value), "cardinal", True))
                    i += 1 + sum(1 for n in mentions[i + 1:] if n.end <= last.end)
                    continue
            out.append(m)
            i += 1
        return out

    @staticmethod
    def decimal_part(text: str, whole: NumberMention, rest: list[NumberMention]) -> tuple[str, NumberMention] | None:
        if not re.fullmatch(r"\s+virgule\s+", text[whole.end:rest[0].start]):
            return None
        zeros, k = "", 0
        while k < len(rest) - 1 and rest[k].value == 0 and text[rest[k].end:rest[k + 1].start] == " ":
            zeros += "0"
            k += 1
        if rest[k].kind != "cardinal" or not isinstance(rest[k].value, int):
            return None
        return zeros + str(rest[k].value), rest[k]


SEQUENCE_GAPS = (" ", ", ", "\u00a0")


def number_digits(mention: NumberMention) -> str:
    """How a number is written in digits: "12,99", "25ème", "1er", "21èmes"."""
    if mention.kind == "ordinal":
        lower = mention.text.lower()
        if mention.value == 1 and lower.startswith("premi"):
            return "1ère" if "premi" in lower and lower.endswith(("ère", "ere", "ères")) else "1er"
        return f"{mention.value}ème" + ("s" if lower.endswith("s") else "")
    return str(mention.value).replace(".", ",")


def digitize(text: str, reader: NumberReader, threshold: int = 7) -> str:
    """Rewrite the spelled-out numbers of `text` in digits (the convention of text2num's alpha2digit).

    A lone number word under `threshold` stays a word ("un article", "logement neuf") unless it is
    part of a sequence of numbers, a day before a month, or after "numéro"; "second" never changes.
    """
    mentions = [m for m in reader.find(text) if m.words]
    zeros = {i for i, m in enumerate(mentions) if m.text.lower() in ("zéro", "zero")}
    out, pos = [], 0
    for i, m in enumerate(mentions):
        if i in zeros and i + 1 < len(mentions) and text[m.end:mentions[i + 1].start] == " ":
            out.append(text[pos:m.start] + "0")
            pos = mentions[i + 1].start if (i + 1) not in zeros else m.end
            if (i + 1) in zeros:
                pos = mentions[i + 1].start
            continue
        if not keeps_digits(text, mentions, i, threshold, zeros):
            continue
        out.append(text[pos:m.start] + number_digits(m))
        pos = m.end
    out.append(text[pos:])
    return "".join(out)


def joined(text: str, left: NumberMention, right: NumberMention) -> bool:
    """Two numbers of a sequence ("un, deux, trois"): same kind, side by side; "second" never joins."""
    return (text[left.end:right.start] in SEQUENCE_GAPS and left.kind == right.kind
            and not left.text.lower().startswith("second") and not right.text.lower().startswith("second"))


def keeps_digits(text: str, mentions: list[NumberMention], i: int, threshold: int, zeros: set[int]) -> bool:
    """Whether mention `i` is written in digits by `digitize`."""
    m = mentions[i]
    lower = m.text.lower()
    if lower.startswith("second"):
        return False
    if "virgule" in lower:
        return True
    prev_joined = i > 0 and joined(text, mentions[i - 1], m)
    next_joined = i + 1 < len(mentions) and joined(text, m, mentions[i + 1])
    if lower.startswith("premi"):
        neighbours = [mentions[j] for j, ok in ((i - 1, prev_joined), (i + 1, next_joined)) if ok]
        return any(n.kind == "ordinal" for n in neighbours) or threshold == 0
    if (i - 1) in zeros and text[mentions[i - 1].end:m.start] == " ":
        return True
    if i in zeros and not (prev_joined or next_joined):
        return threshold == 0
    if (abs(m.value) >= threshold and (threshold == 0 or not m.ambiguous)) or prev_joined or next_joined:
        return True
    after = re.match(r"\s+(\w+)", text[m.end:m.end + 32])
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 32):m.start])
    return bool(after and after.group(1).lower() in MONTHS) or bool(before and before.group(1).lower() == "numéro")


MONTHS = frozenset(read_lines("quantities_months.txt"))
