"""Wording the generators share: quantities, comparators, sentences and explanations.

Chinese stems follow the plan's own phrasing (不低于, 提高到 …, the comparator vocabulary of
``content/README.md``); English is our own wording. Nothing here states a fact: every value,
unit and sentence comes from the content passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

from edu.content.model import COMPARATOR_ZH, COMPARATORS, Goal, Target
from edu.ids import item_id
from edu.numerals import format_number
from edu.questions.model import Option, Text

#: The comparator as a statement writes it (before the value) in Chinese.
#: (``about`` writes nothing before the value: the statement ends in 左右 instead.)
CMP_ZH = {**COMPARATOR_ZH, "about": ""}
#: English: the question a stem asks for each comparator ({m} is the quoted metric).
_ASK_EN = {"at_least": "What floor does the plan set for {m} (at least how much)?",
           "at_most": "What ceiling does the plan set for {m} (at most how much)?",
           "about": "Roughly what figure does the plan set for {m}?",
           "reach": "What level should {m} reach under the plan?",
           "raise_to": "To what level should {m} be raised under the plan?",
           "increase_by": "By how much should {m} increase under the plan?",
           "reduce_by": "By how much should {m} fall under the plan?",
           "extend_to": "To what should {m} be extended under the plan?",
           "extend_by": "By how much should {m} be extended under the plan?"}
#: English: the verb before a comparator's value phrase (``should be at least 88%``).
_VERB_EN = {"at_least": "be", "at_most": "be", "about": "be", "reach": "",
            "raise_to": "be", "increase_by": "", "reduce_by": "", "extend_to": "be",
            "extend_by": "be"}
#: … and the participle some comparators take (``be raised to 3.8``).
_PARTICIPLE_EN = {"raise to": "raised to", "extend to": "extended to",
                  "extend by": "extended by", "reduce by": "fall by"}
_SCALE = {"亿": (1e8, "100 million"), "万": (1e4, "10,000")}
_BASE_EN = {"亩": "mu", "立方米": "m³", "人次": "person-times", "人": "people", "元": "yuan",
            "公里": "km", "平方米": "m²", "吨": "tonnes"}
_COUNT_UNITS = ("个", "种", "家", "所", "项", "座", "处")
SENTENCE_ENDS = "。；！？"


def qty_zh(value: float, unit: str) -> str:
    """``88%``, ``18亿亩``: the value as the plan writes it (whitespace removed)."""
    return f"{format_number(value)}{unit}"


def _human(x: float) -> str:
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{format_number(round(x / size, 6))} {word}"
    return f"{round(x, 6):,.10g}" if float(x).is_integer() else format_number(round(x, 6))


def qty_en(value: float, unit: str) -> str:
    """The value in English: ``88%``, ``1.8 billion mu``, ``age 18``, ``3 years``, ``20``."""
    n = format_number(value)
    if unit == "%":
        return f"{n}%"
    if unit == "周岁":
        return f"age {n}"
    if unit == "年":
        return f"{n} year" if value == 1 else f"{n} years"
    if unit in _COUNT_UNITS or unit == "人" or not unit:
        return n
    if unit[0] in _SCALE and unit[1:] in _BASE_EN:
        return f"{_human(value * _SCALE[unit[0]][0])} {_BASE_EN[unit[1:]]}"
    if unit in _BASE_EN:
        return f"{n} {_BASE_EN[unit]}"
    return f"{n} {unit}"


def unit_hint(unit: str) -> Text:
    """How to type a value: ``（单位：%）`` / ``(unit: %, percent)``."""
    if unit == "%":
        gloss = "percent"
    elif unit in _COUNT_UNITS:
        gloss = "a count"
    elif unit == "周岁":
        gloss = "full years of age"
    elif unit == "年":
        gloss = "years"
    elif unit[:1] in _SCALE and unit[1:] in _BASE_EN:
        gloss = f"units of {_SCALE[unit[0]][1]} {_BASE_EN[unit[1:]]}"
    else:
        gloss = _BASE_EN.get(unit, "")
    en = f"(unit: {unit}, {gloss})" if gloss else f"(unit: {unit})" if unit else ""
    return Text(f"（单位：{unit}）" if unit else "", en)


def bare(text: str) -> str:
    """*text* without its closing full stop, for quoting inside a sentence."""
    return text.rstrip().rstrip(".")


def quantity(value: float, unit: str) -> Text:
    return Text(qty_zh(value, unit), qty_en(value, unit))


def statement(t: Target, value: float | None = None, comparator: str | None = None) -> Text:
    """The target as a phrase: ``不低于88%`` / ``at least 88%`` (optionally altered)."""
    v = t.value if value is None else value
    cmp = t.comparator if comparator is None else comparator
    zh_cmp, en_cmp = CMP_ZH[cmp], COMPARATORS[cmp][0]
    zh = f"{zh_cmp}{qty_zh(v, t.unit)}"
    en = f"{en_cmp} {qty_en(v, t.unit)}"
    if t.approximate or cmp == "about":
        zh += "左右"
        if cmp != "about":
            en = f"{en_cmp} about {qty_en(v, t.unit)}"
    if cmp == "reduce_by" and t.baseline is not None and t.baseline.year is not None:
        zh = f"在{t.baseline.year}年基础上{zh}"
        en += f" from the {t.baseline.year} level"
    return Text(zh, en)


def predicate_en(t: Target, value: float | None = None, comparator: str | None = None) -> str:
    """What a target asks, as an English verb phrase after "should": ``be at least 88%``,
    ``reach 20``, ``be raised to 3.8``, ``fall by 20% from the 2015 level``.

    Built on :func:`statement`, so the value phrase is the one every other text uses.
    """
    cmp = t.comparator if comparator is None else comparator
    phrase = statement(t, value, comparator).en
    for verb, participle in _PARTICIPLE_EN.items():
        if phrase.startswith(verb):
            phrase = participle + phrase[len(verb):]
            break
    verb = _VERB_EN[cmp]
    return f"{verb} {phrase}" if verb else phrase


def claim(t: Target, value: float | None = None, comparator: str | None = None) -> Text:
    """A whole sentence stating the target: ``“农村自来水普及率”的目标是不低于88%。`` /
    ``Under the plan, “Share of rural residents …” should be at least 88%.`` Grammatical for
    every comparator (optionally with another value or comparator, for a false statement)."""
    s = statement(t, value, comparator)
    return Text(f"根据《行动计划》，“{t.metric}”的目标是{s.zh}。",
                f"Under the plan, “{t.metric_en}” should {predicate_en(t, value, comparator)}.")


def target_point(t: Target) -> Text:
    """The explanation's point for a target: ``“…”的目标是不低于88%。`` /
    ``Under the plan, “…” should be at least 88%.``"""
    s = statement(t)
    return Text(f"“{t.metric}”的目标是{s.zh}。",
                f"Under the plan, “{t.metric_en}” should {predicate_en(t)}.")


def ask_target(t: Target) -> Text:
    """A stem asking for a target's value, without giving it."""
    ask = {"at_least": "不低于多少", "at_most": "不高于多少", "about": "约为多少",
           "reach": "达到多少", "raise_to": "提高到多少", "increase_by": "新增多少",
           "reduce_by": "降低多少", "extend_to": "延长至多少",
           "extend_by": "再延长多少"}[t.comparator]
    if t.approximate and t.comparator != "about":
        ask += "左右"
    en = _ASK_EN[t.comparator].format(m=f"“{t.metric_en}”")
    if t.comparator == "reduce_by" and t.baseline is not None and t.baseline.year is not None:
        ask = f"在{t.baseline.year}年基础上{ask}"
        en = en.replace("fall under the plan", f"fall from its {t.baseline.year} level "
                        "under the plan")
    if t.approximate and t.comparator != "about":
        en = en[:-1] + " (roughly)?"
    return Text(f"根据《行动计划》，“{t.metric}”的目标是{ask}？", en)


def sentences(text: str) -> list[str]:
    """Split whitespace-free Chinese *text* after 。；！？ (each piece keeps its end mark)."""
    out: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_ENDS:
            out.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return [s for s in out if s.strip()]


def explain(point: Text, source: tuple[str, ...]) -> Text:
    """An explanation: the point, then the verbatim source sentence(s) quoted."""
    if not source:
        return point
    zh = point.zh
    if zh and not zh.endswith(("。", "！", "？", "；")):
        zh += "。"
    quote = "".join(f"“{s}”" for s in source)
    return Text(f"{zh}原文：{quote}",
                f"{point.en} The plan says: {' '.join(f'“{s}”' for s in source)}".strip())


#: :func:`edu.ids.item_id`, memoised: the generators ask for the same items many times.
item_ref = lru_cache(maxsize=8192)(item_id)


def distinct(texts: Iterable[Text]) -> bool:
    """True when no two of *texts* read the same, in Chinese or in English."""
    seen = list(texts)
    return all(len({t.get(lang) for t in seen}) == len(seen) for lang in ("zh", "en"))


def option(question_id: str, key: str, text: Text) -> Option:
    """An option with an id derived from its question and its own content key.

    ``o`` + 8 hex digits of SHA-256 over ``option``, the question id (fixed-length hex) and the
    key, separated by a control character: unambiguous, and cheaper than JSON encoding.
    """
    payload = f"option\x1f{question_id}\x1f{key}".encode("utf-8", "surrogatepass")
    return Option("o" + hashlib.sha256(payload).hexdigest()[:8], text)


def by_id(options: list[Option]) -> tuple[Option, ...]:
    """Options in id order: stable, and unrelated to which one is correct."""
    return tuple(sorted(options, key=lambda o: o.id))


#: Where a clause of the plan's English ends and a further one begins (never a list's comma).
_CLAUSE_BREAKS = ("; ", ", so that ", ", keep ", ", giving ", ", push ", ", not ",
                  ", and create ", ", and support ")


def short_en(text: str) -> str:
    """*text*'s first sentence up to its first further clause (no closing full stop), so
    options built from long and short English sentences come out of similar length."""
    text = bare(text.partition(". ")[0])
    cuts = [i for i in (text.find(mark) for mark in _CLAUSE_BREAKS) if i > 0]
    return text[:min(cuts)] if cuts else text


def goal_text(g: Goal) -> Text:
    """A goal's opening clause, in both languages: short enough for an option."""
    clause = g.text
    for i, ch in enumerate(g.text):
        if ch in "，。；":
            clause = g.text[:i]
            break
    return Text(clause, short_en(g.text_en))
