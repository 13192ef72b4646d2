"""Target amounts in English, and unit conversions where they help a learner.

The plan writes amounts with Chinese number units (``18亿亩``, ``700万人次``); English readers
think in millions and billions, and in hectares rather than mu. ``english_amount(18, "亿亩")``
is ``1.8 billion mu``; ``conversion(18, "亿亩")`` is ``1.8 billion mu ≈ 120 million hectares
(1 mu = 1/15 ha)``. Units this module does not know are kept as written.
"""

from __future__ import annotations

import math

from edu.numerals import format_number

#: Chinese number units that may prefix a unit.
MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}
#: Units as written → English (empty: a bare count, the metric says what is counted).
UNITS_EN = {
    "%": "%", "亩": "mu", "立方米": "m³", "人次": "person-times", "周岁": "years of age",
    "年": "years", "元": "yuan", "个": "", "种": "", "人": "", "": "",
}
MU_PER_HECTARE = 15


def split_unit(unit: str) -> tuple[int, str]:
    """``亿亩`` → ``(100000000, "亩")``; a unit without a number unit has multiplier 1."""
    if len(unit) > 1 and unit[0] in MULTIPLIERS and unit[1:] in UNITS_EN:
        return MULTIPLIERS[unit[0]], unit[1:]
    if unit in MULTIPLIERS:
        return MULTIPLIERS[unit], ""
    return 1, unit


def _significant(value: float, digits: int = 3) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def english_number(value: float) -> str:
    """``1.8e9`` → ``1.8 billion``, ``7e6`` → ``7 million``, ``12000`` → ``12,000``."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{format_number(round(value / size, 3))} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return format_number(round(value, 3))


def english_amount(value: float, unit: str) -> str:
    """The amount in English words and digits: ``88%``, ``1.8 billion mu``, ``3 years``."""
    multiplier, base = split_unit(unit)
    if base not in UNITS_EN:
        return f"{format_number(value)}{unit}"
    amount = value * multiplier
    number = english_number(amount)
    base_en = UNITS_EN[base]
    if base_en == "%":
        return f"{number}%"
    if base == "年" and amount == 1:
        base_en = "year"
    return f"{number} {base_en}".rstrip()


def conversion(value: float, unit: str) -> str:
    """A line converting the amount to familiar metric units, or ``""`` when none would help.

    English only (``1.8 billion mu ≈ 120 million hectares``): the Chinese number units are
    already rendered by :func:`english_amount`.
    """
    multiplier, base = split_unit(unit)
    amount = value * multiplier
    if base == "亩":
        hectares = english_number(_significant(amount / MU_PER_HECTARE))
        return f"{english_amount(value, unit)} ≈ {hectares} hectares (1 mu = 1/15 ha)"
    if base == "立方米" and amount >= 1e9:
        return f"{english_amount(value, unit)} = {format_number(round(amount / 1e9, 3))} km³"
    return ""
