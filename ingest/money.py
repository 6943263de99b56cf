"""Amounts of money in text: '$10 billion', 'EUR 20bn', 'Rs 10,372 crore', '¥72.5bn',
'NT$17.4 billion (US$556 million)', 'forty-five million pesos' (text2num reads the words),
'hundreds of millions of dollars', 'a few hundred million kronor' (no number).

Currencies and their USD rates are the documented table `data/reference/currencies.csv`
(approximate yearly averages; a converted value is an estimate, kept apart from a USD amount
the text itself states). A form marked `^` there is read only before a number ("KM 20
million", not "1,200 km"); a form several currencies share ("dinars", "Rs", "K") is the
currency of the text's country (`for_country`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pycountry
from text_to_num import text2num

from ingest.reference import reference_dir

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
# the scale words of the languages whose amounts English reports quote ("R$ 180 milhões",
# "EUR 40 Millionen", "120 millones de pesos", "2 miliardi di euro", "3 milliards d'euros")
FOREIGN_SCALES = {
    **dict.fromkeys("millions milhão milhões millón millones milione milioni millionen mio "
                    "miljoen miljoner miljoonaa".split(), 1e6),
    **dict.fromkeys("bilhão bilhões miliardo miliardi milliard milliards milliarde milliarden "
                    "mrd miljard miljarder".split(), 1e9),
}  # fmt: skip
SCALES |= FOREIGN_SCALES


@dataclass(frozen=True, slots=True)
class Money:
    start: int  # offsets into the string searched
    end: int
    text: str
    amount: float | None  # None for "hundreds of millions of dollars"
    currency: str | None
    usd_stated: float | None  # a USD figure the text states (the amount or its gloss)
    usd_estimate: float | None  # converted with the rate table
    # the currencies a shared form may be ("dinars", "pesos"), for the text's country to pick
    choices: tuple[str, ...] = ()


def for_country(money: Money, *countries: str | None) -> Money:
    """The amount in the currency of the first of the text's countries (most named first)
    that issues one its form may be ("600 million dinars" in a report on Serbia, "K500
    million" in one on Zambia); unchanged otherwise."""
    issuers = {issuing_country(c): c for c in money.choices}
    code = next((issuers[c] for c in countries if c in issuers), None)
    if code is None or code == money.currency:
        return money
    rate = currencies().rates.get(code)
    estimate = money.amount * rate if money.amount is not None and rate is not None else None
    return replace(money, currency=code, usd_estimate=estimate)


@dataclass(frozen=True, slots=True)
class _Currencies:
    by_form: dict[str, list[str]]  # a form's currencies, the table's first row first
    rates: dict[str, float]
    pattern_prefix: re.Pattern[str]
    pattern_suffix: re.Pattern[str]
    pattern_spelled: re.Pattern[str]
    pattern_vague: re.Pattern[str]
    prefix_reach: int  # the longest sign's length and a space: how far before a number it starts


# (digits grouped in threes, or in twos before the last three as India writes them:
# "5,00,00,000" is five crore; or by spaces with a decimal comma, as much of Europe and
# Africa writes them: "Kz 1 200 000 000,00", "EUR 6 215 000")
_NUMBER = (
    # ("$95.000.000", "R$ 1.234.567,89": full stops between thousands, a decimal comma)
    r"(?P<num>\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?(?!\d)"
    r"|\d{1,3}(?:,\d{2,3})*,\d{3}(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{2})?(?!\d)"
    r"|\d+(?:\.\d+)?)"
)
_SCALE = (
    r"(?:[ -]?(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|mln|bn|mn|tn|[mbkt]"
    + "".join(f"|{w}" for w in sorted(FOREIGN_SCALES, key=len, reverse=True))
    + r")\b)?"
)
# A number in words needs a scale word after it: "forty-five million pesos", "four hundred and
# eighty billion dong", "one and a half billion CFA francs", "half a billion dollars"; "three
# euros" or "the two funds" are no amounts worth reading.
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred"
).split()
_WORD = rf"(?:{'|'.join(_NUMBER_WORDS)})"
_SPELLED = (
    rf"(?:(?P<words>{_WORD}(?:(?:[ -]|[ ]and[ ]){_WORD})*)(?P<half>[ ]and[ ]a[ ]half)?"
    r"|(?P<article>half[ ]a|a))[ ](?P<scale>thousand|million|billion|trillion)"
)


@cache
def issuing_country(code: str | None) -> str | None:
    """The ISO 3166 alpha-3 code of the country that issues a national currency: by ISO 4217
    a national code starts with its country's alpha-2 code (GHS, JOD, RON). None for the
    dollar and the euro, which many texts use for any country's money, and for the X codes
    of currency unions and units (XOF, XDR)."""
    if code is None or code in ("USD", "EUR") or code.startswith("X"):
        return None
    country = pycountry.countries.get(alpha_2=code[:2])
    return country.alpha_3 if country is not None else None


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def currencies(directory: Path | None = None) -> _Currencies:
    """The currency table of `directory` (default: the setting)."""
    return _currencies(directory or reference_dir())


@cache
def _currencies(directory: Path) -> _Currencies:
    """Reads the currency table (file access: reads `currencies.csv`)."""
    by_form: dict[str, list[str]] = {}
    rates: dict[str, float] = {}
    before_only: set[str] = set()  # "^KM": "KM 20 million", never "1,200 km"
    codes_written: set[str] = set()  # forms written in capitals: signs before a number ("FCFA")
    with (directory / "currencies.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rates[row["code"]] = float(row["usd_per_unit"])
            for form in row["forms"].split("|"):
                if form.startswith("^"):
                    form = form[1:]
                    before_only.add(form.casefold())
                if form.isupper():
                    codes_written.add(form.casefold())
                by_form.setdefault(form.casefold(), []).append(row["code"])
    # the singular a unit takes in a compound adjective ("a 240 million-dirham grant")
    for form in [f for f in by_form if f.endswith("s") and len(f) > 4 and f[-2] != " "]:
        by_form.setdefault(form[:-1], by_form[form])
    symbols = [f for f in by_form if not f.isalpha() or f in codes_written or len(f) <= 3]
    words = [
        f for f in by_form
        if f.replace(" ", "").replace(".", "").isalpha() and f not in before_only
    ]  # fmt: skip
    prefix = re.compile(rf"(?<![\w$])(?P<cur>{_alternation(symbols)})[ ]?{_NUMBER}{_SCALE}", re.I)
    # ("a 2.5-billion-euro plan": a hyphen before the unit)
    # ("120 millones de pesos", "2 miliardi di euro", "3 milliards d'euros": a Romance 'of'
    # after a scale word)
    of = r"(?:[ -]|(?<=[^\W\d_])[ ]d(?:[ei][ ]|[’']))"
    suffix = re.compile(rf"(?<![\w$]){_NUMBER}{_SCALE}{of}(?P<cur>{_alternation(words)})\b", re.I)
    spelled = re.compile(rf"(?<![\w$-]){_SPELLED}[ -](?P<cur>{_alternation(words)})\b", re.I)
    vague = re.compile(
        rf"\b(?:(?:(?:hundreds|tens|dozens|billions|millions|trillions|thousands)[ ]of[ ])+"
        # "a few hundred million kronor", "several billion euros": a scale without a number
        rf"|(?:a[ ]few|several|many)[ ](?:hundred[ ]|thousand[ ])?"
        rf"(?:thousand|million|billion|trillion)[ ])"
        rf"(?P<cur>{_alternation(words)})\b",
        re.I,
    )
    reach = max(map(len, symbols)) + 1
    return _Currencies(by_form, rates, prefix, suffix, spelled, vague, reach)


def _value(groups: dict[str, str | None]) -> float | None:
    """The amount a match states; None for a vague one or words text2num cannot read
    ("between five and six million")."""
    scale = SCALES.get((groups.get("scale") or "").casefold(), 1.0)
    if num := groups.get("num"):
        if re.search(r"\d[ \u00a0\u202f]\d", num):  # "1 200 000 000,00": a decimal comma
            return float(re.sub(r"[ \u00a0\u202f]", "", num).replace(",", ".")) * scale
        if num.count(".") >= 2:  # "95.000.000": so are these
            return float(num.replace(".", "").replace(",", ".")) * scale
        return float(num.replace(",", "")) * scale
    if article := groups.get("article"):
        return (0.5 if article.casefold().startswith("half") else 1.0) * scale
    if words := groups.get("words"):
        try:
            number = float(text2num(words.casefold(), "en"))
        except ValueError:
            return None
        return (number + (0.5 if groups.get("half") else 0.0)) * scale
    return None


# Every amount has a digit or a vague scale word; most sentences have neither, and the
# currency patterns (long alternations) cost more than this test.
_MAYBE_MONEY = re.compile(r"\d|hundred|tens|dozens|thousand|million|billion|trillion", re.I)


def find_money(text: str) -> list[Money]:
    """Every amount of money in `text`, in order; a USD gloss in brackets joins its amount."""
    if not _MAYBE_MONEY.search(text):
        return []
    table = currencies()
    found: list[Money] = []
    taken: set[int] = set()
    # (the vague pattern before the spelled one: "a few hundred million kronor")
    patterns = (table.pattern_prefix, table.pattern_suffix, table.pattern_vague)
    for pattern in (*patterns, table.pattern_spelled):
        matches = (
            _prefixed(table, text) if pattern is table.pattern_prefix else pattern.finditer(text)
        )
        for m in matches:
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            codes = table.by_form.get(m.group("cur").casefold(), [])
            groups = m.groupdict()
            letter = len(m.group("cur")) == 1 and m.group("cur").isalpha()
            if not codes or (letter and not groups.get("scale")):
                continue  # a one-letter symbol ("R300-million") needs its scale: "DeepSeek R1"
            code = codes[0]
            amount = _value(groups)
            if amount is None and pattern is table.pattern_spelled:
                continue
            rate = table.rates.get(code)
            estimate = amount * rate if amount is not None and rate is not None else None
            usd = amount if code == "USD" else None
            choices = tuple(codes) if len(codes) > 1 else ()
            found.append(
                Money(m.start(), m.end(), m.group(0), amount, code, usd, estimate, choices)
            )
            taken.update(range(m.start(), m.end()))
    found.sort(key=lambda x: x.start)
    return _join_glosses(text, found)


_DIGIT = re.compile(r"\d")
_WORDISH = re.compile(r"[\w$]")  # what may not stand before a sign (the pattern's lookbehind)


def _prefixed(table: _Currencies, text: str) -> Iterator[re.Match[str]]:
    """The sign-first pattern's matches as its `finditer` gives them, tried only where a sign
    can start: just before a digit, after no word's letter. (The pattern's alternation of
    hundreds of signs, tried at every position, was most of the time a sentence took.)"""
    reach = table.prefix_reach
    digits = (m.start() for m in _DIGIT.finditer(text))
    starts = sorted({s for d in digits for s in range(max(0, d - reach), d)})
    end = 0
    for s in starts:
        if s < end or (s > 0 and _WORDISH.match(text, s - 1)):
            continue
        if (m := table.pattern_prefix.match(text, s)) is not None:
            yield m
            end = m.end()


_GLOSS_TRAILER_MAX = 24


def _join_glosses(text: str, found: list[Money]) -> list[Money]:
    """'NT$17.4 billion (US$556 million)': one amount, its USD figure stated by the text; 'VND
    480 billion (four hundred and eighty billion dong)', 'six billion kyat—K 6 billion': one
    amount written twice."""
    out: list[Money] = []
    for money in found:
        prev = out[-1] if out else None
        between = text[prev.end : money.start] if prev else ""
        if (
            prev is not None
            and money.amount is not None
            and money.amount == prev.amount
            and re.fullmatch(r"\s*[(\[,—–-]\s*", between)
        ):
            end = money.end + (text[money.end : money.end + 1] in (")", "]"))
            out[-1] = replace(prev, end=end, text=text[prev.start : end])
            continue
        if (
            prev is not None
            and money.currency == "USD"
            and prev.currency != "USD"
            and re.fullmatch(r"\s*[(\[,–-]\s*(?:or|about|around|approx\.?)?\s*", between)
        ):
            # ("(about $4.3 million at the time)": a few words may close the gloss)
            close = text.find(")", money.end)
            trailer = text[money.end : close] if close >= 0 else ""
            glossed = len(trailer) <= _GLOSS_TRAILER_MAX and not re.search(r"[(.;]", trailer)
            end = close + 1 if close >= 0 and glossed else money.end
            out[-1] = replace(prev, end=end, text=text[prev.start : end], usd_stated=money.amount)
            continue
        out.append(money)
    return out
