"""Numbers as the plan writes them: Arabic digits, decimals and Chinese numerals (三年, 两千)."""

from __future__ import annotations

import re

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千]+")
ARABIC = re.compile(r"\d+(?:\.\d+)?")


def parse_chinese(text: str) -> int:
    """Parse a Chinese numeral (``三``, ``十五``, ``两千``, ``三十万``, ``二〇二五``) to an int.

    Raises ``ValueError`` for text that is not a numeral.
    """
    if not text or any(c not in _DIGITS and c not in _SMALL and c not in _LARGE for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if all(c in _DIGITS for c in text) and len(text) > 1:  # digit by digit: 二〇二五
        return int("".join(str(_DIGITS[c]) for c in text))
    total = section = digit = 0
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL:
            section += (digit or 1) * _SMALL[char]
            digit = 0
        else:
            total += (section + digit) * _LARGE[char]
            section = digit = 0
    return total + section + digit


def format_number(value: float) -> str:
    """Format *value* as the plan writes it: ``18``, ``10.75``, ``3.8`` (no trailing zeros)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def numbers_in(text: str) -> list[tuple[float, int, int]]:
    """Every number in *text* as ``(value, start, end)``, Arabic and Chinese numerals alike."""
    found: list[tuple[float, int, int]] = []
    for match in ARABIC.finditer(text):
        found.append((float(match.group()), match.start(), match.end()))
    for match in CN_NUMERAL.finditer(text):
        try:
            found.append((float(parse_chinese(match.group())), match.start(), match.end()))
        except ValueError:  # pragma: no cover - the pattern only matches numeral characters
            continue
    return sorted(found, key=lambda item: item[1])


def states_quantity(text: str, value: float, unit: str) -> bool:
    """True when *text* writes *value* immediately followed by *unit* (``88%``, ``三年``)."""
    return any(
        abs(number - value) < 1e-9 and text.startswith(unit, end)
        for number, _, end in numbers_in(text)
    )
