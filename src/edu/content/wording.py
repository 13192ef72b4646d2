"""One way to say each of the plan's facts, in Chinese and in English.

Every surface that shows a target's value — ``edu show``, the explorer, the Anki cards, the
review cards, the questions' explanations, the papers and the JSON export — calls
:func:`statement`; nothing else formats a comparator, a value and a unit. The phrase is the
target's whole fact: comparator, approximate (左右), value, unit and baseline
(``从16周岁延长至18周岁`` / ``extended from age 16 to age 18``;
``在2015年基础上降低20%`` / ``20% lower than the 2015 level``). Where a surface also shows the
baseline on a line of its own (the explorer, the Anki card), it is :func:`baseline`'s.

Chinese follows the plan's own vocabulary (不低于, 提高到 …; ``content/README.md``). English
is our own and reads as a phrase that can follow "Target:" or a metric and a colon, for every
comparator: ``at least 1.8 billion mu``, ``at most 5.5%``, ``about 15``, ``88%`` (a level to
reach), ``raised to 11.3 years``, ``an additional 29 billion m³``, ``20% lower than the 2015
level``, ``extended to age 18``, ``extended by a further 1 year``. Amounts in 万/亿 are written
in millions and billions (``18亿亩`` → ``1.8 billion mu``, ``700万人次`` → ``7 million
person-times``); :func:`conversion` adds a metric equivalent where it helps (hectares).

Sentences of the plan are split by :func:`sentences`, and a quantity is found in a sentence by
:func:`find_quantity` — the same rules for cloze cards, highlighted sources and questions.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from edu.content.model import Baseline
from edu.content.model import Goal
from edu.content.model import Target
from edu.lang import Text
from edu.numerals import format_number
from edu.numerals import value_span

#: Chinese number units that may prefix a unit (``亿亩`` = 10⁸ mu).
MULTIPLIERS = {"万": 10_000, "亿": 100_000_000}
#: Units as the plan writes them → English ("" for a bare count: the metric says what).
UNITS_EN = {
    "%": "%", "亩": "mu", "立方米": "m³", "人次": "person-times", "周岁": "years of age",
    "年": "years", "元": "yuan", "公里": "km", "平方米": "m²", "吨": "tonnes",
    "个": "", "种": "", "家": "", "所": "", "项": "", "座": "", "处": "", "人": "", "": "",
}
#: What a typed answer's unit hint says in English for units whose symbol says little.
UNIT_GLOSS_EN = {"%": "percent", "周岁": "full years of age", "年": "years"}
MU_PER_HECTARE = 15
SENTENCE_ENDS = "。；！？"
_SENTENCE = re.compile(r"[^。；！？]*[。；！？]|[^。；！？]+$")

#: The comparator before the value, in Chinese (``about`` writes 左右 after it instead).
_BEFORE_ZH = {
    "at_least": "不低于", "at_most": "不高于", "about": "", "reach": "达到",
    "raise_to": "提高到", "increase_by": "新增", "reduce_by": "降低",
    "extend_to": "延长至", "extend_by": "再延长",
}
#: The English phrase around the amount (``{}``).
_EN = {
    "at_least": "at least {}", "at_most": "at most {}", "about": "about {}", "reach": "{}",
    "raise_to": "raised to {}", "increase_by": "an additional {}", "reduce_by": "{} lower",
    "extend_to": "extended to {}", "extend_by": "extended by a further {}",
}


def split_unit(unit: str) -> tuple[int, str]:
    """``亿亩`` → ``(100000000, "亩")``; a unit without a number unit has multiplier 1."""
    if len(unit) > 1 and unit[0] in MULTIPLIERS and unit[1:] in UNITS_EN:
        return MULTIPLIERS[unit[0]], unit[1:]
    if unit in MULTIPLIERS:
        return MULTIPLIERS[unit], ""
    return 1, unit


def english_number(value: float) -> str:
    """``1.8e9`` → ``1.8 billion``, ``7e6`` → ``7 million``, ``12000`` → ``12,000``."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{format_number(round(value / size, 3))} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return format_number(round(value, 3))


def qty_zh(value: float, unit: str) -> str:
    """``88%``, ``18亿亩``: the amount as the plan writes it (whitespace removed)."""
    return f"{format_number(value)}{unit}"


def qty_en(value: float, unit: str) -> str:
    """The amount in English: ``88%``, ``1.8 billion mu``, ``age 18``, ``3 years``, ``20``."""
    multiplier, base = split_unit(unit)
    if base not in UNITS_EN:
        return f"{format_number(value)} {unit}"
    amount = value * multiplier
    number = english_number(amount)
    if base == "%":
        return f"{number}%"
    if base == "周岁":
        return f"age {number}"
    if base == "年":
        return f"{number} year" if amount == 1 else f"{number} years"
    return f"{number} {UNITS_EN[base]}".rstrip()


def quantity(value: float, unit: str) -> Text:
    return Text(qty_zh(value, unit), qty_en(value, unit))


def unit_hint(unit: str) -> Text:
    """How to type a value: ``（单位：%）`` / ``(unit: %, percent)``."""
    if not unit:
        return Text("", "")
    multiplier, base = split_unit(unit)
    if base in UNIT_GLOSS_EN and multiplier == 1:
        gloss = UNIT_GLOSS_EN[base]
    elif base in UNITS_EN and not UNITS_EN[base]:
        gloss = "a count" if multiplier == 1 else f"units of {english_number(multiplier)}"
    elif base in UNITS_EN:
        gloss = UNITS_EN[base] if multiplier == 1 else (
            f"units of {english_number(multiplier)} {UNITS_EN[base]}")
    else:
        gloss = ""
    return Text(f"（单位：{unit}）", f"(unit: {unit}, {gloss})" if gloss else f"(unit: {unit})")


def statement(t: Target, value: float | None = None, comparator: str | None = None) -> Text:
    """The target's fact as one phrase: ``不低于18亿亩`` / ``at least 1.8 billion mu``.

    *value* and *comparator* alter it (a false statement of a question); everything else —
    approximate, baseline — stays the target's own.
    """
    v = t.value if value is None else value
    cmp = t.comparator if comparator is None else comparator
    amount_zh, amount_en = qty_zh(v, t.unit), qty_en(v, t.unit)
    approximate = t.approximate or cmp == "about"
    zh = f"{_BEFORE_ZH[cmp]}{amount_zh}{'左右' if approximate else ''}"
    if t.approximate and cmp != "about":
        amount_en = f"about {amount_en}"
    en = _EN[cmp].format(amount_en)
    b = t.baseline
    if b is not None and b.value is not None:
        start = _start(b)
        zh = f"从{start.zh}{zh}"
        en = en.replace(" to ", f" from {start.en} to ", 1) if " to " in en else (
            f"{en}, from {start.en}")
    elif b is not None and b.year is not None:
        zh = f"在{b.year}年基础上{zh}"
        en = f"{en} than {_start(b).en}" if cmp == "reduce_by" else (
            f"{en}, relative to {_start(b).en}")
    return Text(zh, en)


def _start(b: Baseline) -> Text:
    """What a baseline starts from: its value (``16周岁`` / ``age 16``) or its year's level
    (``2015年水平`` / ``the 2015 level``)."""
    if b.value is not None:
        return quantity(b.value, b.unit or "")
    return Text(f"{b.year}年水平", f"the {b.year} level")


def baseline(t: Target) -> Text | None:
    """The target's baseline as a line of its own, or None when it has none:
    ``基线：2015年水平`` / ``Baseline: the 2015 level``, ``基线：16周岁`` / ``Baseline: age 16``.

    Every surface that shows the baseline apart from :func:`statement` (the explorer's table,
    the Anki card's back) shows this line. Decision: one label for both kinds of baseline,
    基线 / Baseline — the line stands alone under the metric or the value, so it says what it
    is; 基数 (a card's old label) reads as "cardinal number" and 起点 fits a starting value but
    not a year. What follows the label is what :func:`statement` starts from — the same
    amount (:func:`qty_zh` / :func:`qty_en`: ``从16周岁延长至18周岁`` / ``extended from age 16
    …``) and the same level (``the 2015 level``; in Chinese 2015年水平, the level the plan's
    在2015年基础上 measures against).
    """
    b = t.baseline
    if b is None or (b.value is None and b.year is None):
        return None
    start = _start(b)
    return Text(f"基线：{start.zh}", f"Baseline: {start.en}")


def conversion(value: float, unit: str) -> str:
    """A line converting the amount to familiar metric units, or ``""`` when none would help."""
    multiplier, base = split_unit(unit)
    amount = value * multiplier
    if base == "亩":
        hectares = english_number(_significant(amount / MU_PER_HECTARE))
        return f"{qty_en(value, unit)} ≈ {hectares} hectares (1 mu = 1/15 ha)"
    if base == "立方米" and amount >= 1e9:
        return f"{qty_en(value, unit)} = {format_number(round(amount / 1e9, 3))} km³"
    return ""


def _significant(value: float, digits: int = 3) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def sentences(text: str) -> list[str]:
    """Split whitespace-free Chinese *text* after 。；！？ (each piece keeps its end mark)."""
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of *text*, as :func:`sentences` splits it."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


@lru_cache(maxsize=8192)
def find_quantity(sentence: str, value: float, unit: str) -> tuple[int, int] | None:
    """Where *sentence* writes *value* with *unit* (``88%``, ``三年``, ``百分之九十``):
    ``(start, end)`` of the whole quantity, or None.

    Memoised: a target's sentence is searched for its cloze and again for its highlighted
    source, and repeated content repeats the sentences."""
    return value_span(sentence, value, unit)


#: Where a clause of the plan's English ends and a further one begins (never a list's comma).
_CLAUSE_BREAKS = ("; ", ", so that ", ", keep ", ", giving ", ", push ", ", not ", ", help ",
                  ", creating ", " and be ",
                  ", and create ", ", and support ")


def short_en(text: str) -> str:
    """*text*'s first sentence up to its first further clause (no closing full stop), so
    options built from long and short English sentences come out of similar length."""
    text = text.partition(". ")[0].rstrip().rstrip(".")
    cuts = [i for i in (text.find(mark) for mark in _CLAUSE_BREAKS) if i > 0]
    return text[:min(cuts)] if cuts else text


def goal_cue(g: Goal) -> Text:
    """A goal's opening clause, in both languages: the cue on its card, short enough for an
    option."""
    clause = g.text
    for i, ch in enumerate(g.text):
        if ch in "，。；":
            clause = g.text[:i]
            break
    return Text(clause, short_en(g.text_en))


def predicate_en(t: Target, value: float | None = None, comparator: str | None = None) -> str:
    """The target as an English verb phrase after "should": ``be at least 88%``, ``reach 20``,
    ``be raised to 3.8``, ``increase by 29 billion m³``, ``fall by 20% from the 2015 level``.

    For a whole sentence (a true/false statement); the amount is :func:`qty_en`'s and the
    other comparators reuse :func:`statement`'s phrase after "be".
    """
    cmp = t.comparator if comparator is None else comparator
    amount = qty_en(t.value if value is None else value, t.unit)
    if t.approximate and cmp != "about":
        amount = f"about {amount}"
    b = t.baseline
    since = f" from the {b.year} level" if b is not None and b.year is not None else ""
    if cmp == "reach":
        return f"reach {amount}{since}"
    if cmp == "increase_by":
        return f"increase by {amount}{since}"
    if cmp == "reduce_by":
        return f"fall by {amount}{since}"
    return f"be {statement(t, value, comparator).en}"
