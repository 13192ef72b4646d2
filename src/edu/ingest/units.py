"""The unit written after a number, recognised by its shape rather than looked up in a list.

A plan uses more units than any list holds (千瓦, 立方米每秒, 万公里, 台次, 吨标准煤, 人/万人,
小时每周 …), so a unit is read by how units are built:

* a symbol: ``%``, ``％``, ``‰``, or a rate's base written after the number (``14.5/10万``);
* an optional magnitude (``万``, ``亿``, ``万亿``), kept in the unit as the text writes it;
* an *atom*: a known unit (:data:`vocab.UNITS`), a measure word (:data:`vocab.CLASSIFIERS`,
  a closed word class of Chinese), a measure built from a prefix and a base (``千`` + ``瓦``,
  ``立方`` + ``米``, ``微`` + ``克``), or a qualified measure (``标准箱``);
* then, kept whole: ``次`` after a measure word (``台次``, ``架次``), a qualifier (``吨标准煤``),
  a time noun after ``个`` (``个工作日``), and joins ``每``/``/`` to another atom, optionally
  with a magnitude (``立方米每秒``, ``小时每周``, ``人/万人``, ``微克/立方米``).

Where a unit is *expected* — the number stands after a comparator word or a verb that plans an
amount — and no atom starts the text, the unit is the short word (at most
:data:`vocab.MAX_NEW_UNIT` characters) up to a boundary: punctuation, a particle (的 以 之 和 …),
a bound word (以上, 以内, 左右), a comparator word or a verb (72学时完成培训); a word on the
stop-list (:data:`vocab.NEVER_UNIT`: 期, 轮, 级, 月, 成 …) is never a unit. So
``不少于72学时`` has the unit 学时 although no list names it. A longer run is a noun, not a
unit (``达到1300万残疾人``: the magnitude alone is the unit).

Every unit outside :data:`vocab.UNITS` is *new*: the ingest reports it so a person can check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edu.ingest import vocab

_SYMBOLS = ("个百分点", "百分点", "%", "％", "‰")
_KNOWN = frozenset(vocab.UNITS)
_ATOMS = tuple(sorted({u for u in vocab.UNITS if u not in _SYMBOLS} | set(vocab.UNIT_QUALIFIERS),
                      key=len, reverse=True))
_JOIN_MAGNITUDE = re.compile(r"[\d.]*[万亿千百十]?")
#: What ends a unit nobody listed: the bound words targets.py reads after a unit (以上, 以内 …,
#: 左右), and 上下, 内 and 的.
_HARD_AFTER = (*vocab.AT_LEAST_AFTER, *vocab.AT_MOST_AFTER, vocab.APPROXIMATE, "上下", "内", "的")
_CLAUSE_END = frozenset("，。；、：,.;:）)”’》！？")
#: Planning verbs that count anywhere before the number; 用, 再, 约 and 每年 only right before
#: it (利用, 节约 and 每年12月 are no planned amount).
_MAKE_ANYWHERE = re.compile("|".join(w for w in vocab.MAKE_WORDS
                                     if len(w) > 1 and w != "每年"))
#: A verb that ends a unit written before it (72学时完成培训, 2学分用于选修).
_VERB = re.compile(f"{_MAKE_ANYWHERE.pattern}|{vocab.KEYWORD_RE.pattern}|{vocab.VERBS_AFTER_UNIT}")

#: Words that start a word when they follow a measure word (部门, 支持, 宗教, 对于 …).
_NOT_AFTER: dict[str, str] = {
    **vocab.NOT_UNIT_BEFORE,
    "门": "诊户类槛", "节": "约日能点", "口": "岸径号", "头": "部", "只": "有要是能",
    "对": "于象外应待", "双": "方向", "组": "织建成", "班": "子", "列": "入为", "片": "区面",
    "根": "据本", "份": "额", "起": "草步诉来", "例": "如", "宗": "教旨", "匹": "配",
    "间": "隔", "支": "持付撑援出", "眼": "光", "顿": "时", "块": "钱",
    "克": "服", "升": "级值学格",
}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as written (``万千瓦``), its length in the text, and whether the list knows it."""

    name: str
    length: int
    known: bool


def is_han(char: str) -> bool:
    """True for a Chinese character (the CJK unified ideographs)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def _atom(text: str, i: int, joined: bool = False) -> int:
    """The length of the unit atom at ``text[i:]``, or 0; *joined*: after 每 or /, where a
    month or a term is a unit too (元每人每月, 次/学期)."""
    if joined and (word := next((w for w in vocab.JOINED_ONLY if text.startswith(w, i)), "")):
        return len(word)
    for atom in _ATOMS:
        if text.startswith(atom, i):
            return len(atom)
    j = i
    while prefix := next((p for p in vocab.MEASURE_PREFIXES if text.startswith(p, j)), ""):
        j += len(prefix)
    base = next((b for b in vocab.MEASURE_BASES if text.startswith(b, j)), "")
    if base:
        return j + len(base) - i
    return 1 if text[i:i + 1] and text[i] in vocab.CLASSIFIERS else 0


def _starts_word(atom: str, nxt: str) -> bool:
    """True when *atom* followed by *nxt* is the start of a word (部门, 人民, 年来)."""
    return bool(nxt) and nxt in _NOT_AFTER.get(atom, "")


def _shape(text: str) -> int:
    """The length of the unit built from atoms at the start of *text*, or 0."""
    size = _atom(text, 0)
    if not size or _starts_word(text[:size], text[size:size + 1]):
        return 0
    pos = size
    first = text[:size]
    if first in vocab.CLASSIFIERS and text.startswith("次", pos) \
            and not _starts_word("次", text[pos + 1:pos + 2]):
        pos += 1  # 台次, 架次
    if first == "个" and (m := vocab.TIME_NOUN_AFTER_GE.match(text[pos:])):
        pos += m.end()  # 个工作日
    qualifier = next((q for q in vocab.UNIT_QUALIFIERS if text.startswith(q, pos)), "")
    pos += len(qualifier)
    while text[pos:pos + 1] in vocab.UNIT_JOINS and text[pos:pos + 1]:
        start = pos + 1
        start += _JOIN_MAGNITUDE.match(text, start).end() - start  # type: ignore[union-attr]
        size = _atom(text, start, joined=True)
        if not size or _starts_word(text[start:start + size], text[start + size:start + size + 1]):
            break
        pos = start + size
    return pos


def _new_word(text: str) -> str:
    """The short word at the start of *text* that may be a unit nobody listed, or ''."""
    end = 0
    while end < len(text) and is_han(text[end]) and text[end] not in vocab.UNIT_BOUNDARY \
            and not _VERB.match(text, end):
        end += 1
    word, rest = text[:end], text[end:]
    if not 1 <= len(word) <= vocab.MAX_NEW_UNIT:
        return ""
    if word in vocab.NEVER_UNIT or word[0] in vocab.NEVER_UNIT:
        return ""
    if rest and rest[0] not in _CLAUSE_END and not rest.startswith(_HARD_AFTER) \
            and not _VERB.match(rest):
        return ""  # the word runs on into a noun: not a unit
    return word


def expects_unit(clause_before: str) -> bool:
    """True when a number after *clause_before* states an amount: a comparator word or a verb
    that plans an amount (建成, 培训, 新增 …) comes before it in its clause."""
    if _MAKE_ANYWHERE.search(clause_before) or vocab.MAKE_VERBS.search(clause_before):
        return True
    return any(m.group() not in vocab.ONLY_BEFORE_NUMBER or m.end() == len(clause_before)
               for m in vocab.KEYWORD_RE.finditer(clause_before))


def read_unit(after: str, expected: bool) -> Unit | None:
    """The unit at the start of *after* (the text right after a number), or None.

    *expected* allows a short word nobody listed (see the module's docstring).
    """
    rate = vocab.RATE_UNIT.match(after)
    if rate:
        return Unit(rate.group(), rate.end(), True)
    symbol = next((s for s in _SYMBOLS if after.startswith(s)), "")
    if symbol:
        return Unit(symbol, len(symbol), True)
    magnitude = next((m for m in vocab.MAGNITUDES if after.startswith(m)), "")
    rest = after[len(magnitude):]
    size = _shape(rest)
    if size and rest[size:size + 1].isdigit():
        return None  # 1对1, 3比1: a ratio or a name, not a unit
    if size:
        core = rest[:size]
        return Unit(magnitude + core, len(magnitude) + size, core in _KNOWN)
    if magnitude:
        if rest.startswith(("多", "余")):
            return None
        return Unit(magnitude, len(magnitude), True)  # 1300万残疾人: the magnitude is the unit
    # a measure word that starts a word (部门, 支持, 人民币) is no new unit either
    if expected and not _atom(rest, 0) and (word := _new_word(rest)):
        return Unit(word, len(word), False)
    return None
