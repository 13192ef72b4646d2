"""Typed answers compared fairly: width, whitespace, ％/%, Chinese numerals, case, quotes.

:func:`normalize_answer` maps equivalent spellings to one form:

* NFKC (full-width ``８８％`` → ``88%``, ideographic space → space);
* whitespace removed (the plan's own text has none), English case folded;
* ``百分之八十八`` → ``88%``; runs of Chinese numerals → Arabic (``三年`` → ``3年``, ``十五`` →
  ``15``), applied to both sides, so ``统一`` still equals ``统一``;
* quotes and punctuation around the answer dropped (``“依法推进”。`` → ``依法推进``);
* thousands separators in numbers dropped (``1,000`` → ``1000``).

:func:`parse_number` reads a typed number (``88``, ``88%``, ``８８％``, ``八十八``, ``3.8人``).
"""

from __future__ import annotations

import re
import unicodedata

from edu.numerals import CN_NUMERAL
from edu.numerals import parse_chinese

_PERCENT_WORDS = re.compile(r"百分之([〇零一二两三四五六七八九十百千\d.]+)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")
_EDGE = " \"'“”‘’「」『』《》〈〉()（）[]【】,;:!?。，、；：！？·…—"
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def _arabic(match: re.Match[str]) -> str:
    try:
        return str(parse_chinese(match.group()))
    except ValueError:  # pragma: no cover - the pattern only matches numeral characters
        return match.group()


def normalize_answer(text: str) -> str:
    """The comparison form of a typed answer (see the module docstring)."""
    value = unicodedata.normalize("NFKC", text)
    value = "".join(value.split()).casefold()
    value = _PERCENT_WORDS.sub(lambda m: f"{m.group(1)}%", value)
    value = CN_NUMERAL.sub(_arabic, value)
    value = _THOUSANDS.sub("", value)
    return value.strip(_EDGE).rstrip(".").strip(_EDGE)


def parse_number(text: str) -> float | None:
    """The one number in *text*, or ``None`` when it holds none or several."""
    numbers = _NUMBER.findall(normalize_answer(text))
    if len(numbers) != 1:
        return None
    return float(numbers[0])
