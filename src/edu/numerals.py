"""Numbers as the plan writes them: Arabic digits, decimals and Chinese numerals (三年, 两千);
and :func:`whole_number`, the one reader of a whole number a user types (``--n``, ``--seed``,
``--port``)."""

from __future__ import annotations

import re

from edu.errors import UsageError

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千]+")
ARABIC = re.compile(r"\d+(?:[.．]\d+)?")  # full-width digits and point (９０，１２．５) too


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
        found.append((float(match.group().replace("．", ".")), match.start(), match.end()))
    for match in CN_NUMERAL.finditer(text):
        try:
            found.append((float(parse_chinese(match.group())), match.start(), match.end()))
        except ValueError:  # pragma: no cover - the pattern only matches numeral characters
            continue
    return sorted(found, key=lambda item: item[1])


#: A percentage or per-mille written out: 百分之九十, 百分之七十五点五, 百分之5, 千分之三.
PERCENT_WORD = re.compile(r"(百分之|千分之)(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百]+"
                          r"(?:点[〇零一二两三四五六七八九]+)?)")
#: The unit each written-out form stands for (the ingest reads ranges of them too).
PERCENT_UNITS = {"百分之": "%", "千分之": "‰"}


def percent_words(text: str) -> list[tuple[float, str, int, int]]:
    """Every 百分之… / 千分之… in *text* as ``(value, unit, start, end)``: 百分之九十 is 90 %."""
    found: list[tuple[float, str, int, int]] = []
    for match in PERCENT_WORD.finditer(text):
        written = match.group(2)
        if written[0].isdigit():
            value = float(written)
        else:
            whole, _, decimals = written.partition("点")
            digits = "".join(str(_DIGITS[c]) for c in decimals)
            value = float(f"{parse_chinese(whole)}.{digits or 0}")
        found.append((value, PERCENT_UNITS[match.group(1)], match.start(), match.end()))
    return found


def value_span(text: str, value: float, unit: str) -> tuple[int, int] | None:
    """Where *text* writes *value* with *unit*: ``88%``, ``三年``, or ``百分之九十`` for 90 %."""
    for number, start, end in numbers_in(text):
        if abs(number - value) < 1e-9 and text.startswith(unit, end):
            return start, end + len(unit)
    for number, word_unit, start, end in percent_words(text):
        if abs(number - value) < 1e-9 and word_unit == unit:
            return start, end
    return None


def states_quantity(text: str, value: float, unit: str) -> bool:
    """True when *text* writes *value* immediately followed by *unit* (``88%``, ``三年``).

    A percentage written out counts too: 百分之九十 states 90 with unit ``%`` (千分之 ``‰``).
    """
    return value_span(text, value, unit) is not None


def whole_number(text: str, name: str, low: int | None = None, high: int | None = None) -> int:
    """*text* read as a whole number for the option or field *name*, within [*low*, *high*]
    where given; anything else is a one-line :class:`~edu.errors.UsageError` naming *name*."""
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"{name}: expected a whole number, not {text!r}") from None
    if low is not None and high is not None and not low <= value <= high:
        raise UsageError(f"{name}: must be between {low} and {high}, not {value}")
    if low is not None and value < low:
        raise UsageError(f"{name}: must be {low} or more, not {value}")
    if high is not None and value > high:
        raise UsageError(f"{name}: must be {high} or less, not {value}")
    return value
