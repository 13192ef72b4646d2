"""Quantitative targets in a measure's text: value, unit, comparator, baseline and metric.

A target is a number written right before a unit (``88%``, ``三年``, ``700万人次``) in a whole
sentence (ending in 。 or ；) of a measure. What is *not* a target: years (``2035年``) and periods
(``2021－2025年``), ranges (``3－6岁``), ordinals (``第二轮``), rates' bases (``每千人口``), names
in 《》 or “” (``《…五年行动计划》``, ``“双一流”``), programme names (``五年规划``,
``百万青年技能培训行动``), vague amounts (``一批``, ``20多个``), the article ``一``, and
descriptions (``65周岁以上老年人``, ``55个少数民族``, ``15分钟健身圈`` — a time span right
before a noun, with no comparator word, names a thing).

The comparator comes from the wording (see :mod:`edu.ingest.vocab`): the nearest comparator
word before the number in its clause, else the comparator of the number before it in a list
(``分别降至5.2‰和6.6‰``), else ``reach`` (``about`` with 左右). 以上 after the unit makes it
``at_least`` and 以内/以下 ``at_most`` (``提高到90%以上`` is at_least), except after a word
that says by how much (新增, 降低, 再延长): ``新增5000万人以上`` stays increase_by, since the
floor is on the change. A number after 从/由 that a later number in the clause changes
(``从16周岁延长至18周岁``) is the later one's baseline, not a target; ``在2015年基础上`` and
``比2015年`` give a baseline year. A clause with 已 states a fact, not a target.

Units are read by their shape (:mod:`edu.ingest.units`): 立方米每秒, 吨标准煤, 人/万人 and a
short word after a comparator (不少于72学时) are units although no list names them; a target
whose unit is not in :data:`vocab.UNITS` has ``new_unit`` set so the ingest can report it.
Percentages written out (百分之九十, 百分之七十五点五) are targets with the unit ``%``.

Ranges (``3－5年``, ``3至5年``, ``三到五年``, ``30%～50%``) are **not** drafted as targets: the
content model gives a target one value, and a range would need a second one that every
question, deck and export would then have to handle. A range where a target is expected (after
a comparator word or a planning verb) is returned as a :class:`Skipped` candidate instead, and
so is a number right after a comparator word with no unit, so that the ingest summary names
them for a person to add by hand; they are never dropped silently.

Every target found passes the checks of ``edu validate``: the sentence is whole, it states the
value followed by the unit, and the metric is a verbatim stretch of the sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from edu.ingest import vocab
from edu.ingest.units import expects_unit
from edu.ingest.units import is_han
from edu.ingest.units import read_unit
from edu.numerals import PERCENT_UNITS
from edu.numerals import numbers_in
from edu.numerals import percent_words
from edu.numerals import states_quantity

_CLAUSE_MARKS = "，；：。"
_SENTENCE = re.compile(r"[^。；]*[。；]")
_BASELINE_AT_END = re.compile(f"(?:{vocab.BASELINE_YEAR.pattern})$")
_CN = "〇零一二两三四五六七八九十百千"
_HAS_NUMBER = re.compile(rf"[\d{_CN}]")
_RANGE_BEFORE = "－-—–~～至到"
_PUNCT = "，。；、：）)”’》"
_MAX_METRIC = 40


@dataclass(frozen=True, slots=True)
class Found:
    """A target as found in a sentence; ``start`` orders targets within the sentence."""

    value: float
    unit: str
    comparator: str
    approximate: bool
    metric: str
    sentence: str
    start: int
    baseline_value: float | None = None
    baseline_unit: str | None = None
    baseline_year: int | None = None
    new_unit: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A number that looks like a target but is not drafted as one: a person should check it.

    ``reason`` is ``"range"`` (3至5年: a target has one value), ``"fraction"`` (三分之一: the
    value is not written as a number before a unit) or ``"no unit"`` (a number right after a
    comparator word with nothing that reads as a unit).
    """

    text: str
    sentence: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Range:
    end: int  # after the range's second number and unit
    report: bool


@dataclass(slots=True)
class _Quantity:
    value: float
    start: int  # the number
    end: int  # after unit and 以上/以内/左右
    unit: str
    bound: str | None  # "at_least" / "at_most" from the wording after the unit
    approximate: bool
    baseline_of_next: bool = False
    new_unit: bool = False


def sentences(text: str) -> list[str]:
    """The whole sentences of *text* (ending in 。 or ；); a tail without a stop is dropped."""
    return _SENTENCE.findall(text)


def find_targets(text: str) -> list[Found]:
    """Every target in *text* (a measure's ``title。text``), in reading order."""
    return find_candidates(text)[0]


def find_candidates(text: str) -> tuple[list[Found], list[Skipped]]:
    """The targets in *text*, and the candidates skipped (ranges, numbers without a unit)."""
    found: list[Found] = []
    skipped: list[Skipped] = []
    for sentence in sentences(text):
        if _HAS_NUMBER.search(sentence):
            targets, skips = _in_sentence(sentence)
            found.extend(targets)
            skipped.extend(skips)
    return found, skipped


def _numbers(sentence: str) -> list[tuple[float, int, int, str | None]]:
    """Numbers as ``(value, start, end, unit)``; *unit* is set for 百分之九十 (start at 百)."""
    words = percent_words(sentence)
    out: list[tuple[float, int, int, str | None]] = [
        (value, start, end, None) for value, start, end in numbers_in(sentence)
        if not any(a <= start < b for _, _, a, b in words)]
    out += [(value, start, end, unit) for value, unit, start, end in words]
    return sorted(out, key=lambda item: item[1])


#: A comparator word, maybe with a verb after it, right before 一: 至少开展一次, 不少于一个月.
_ONE_AFTER = re.compile(
    rf"(?:{vocab.KEYWORD_RE.pattern})(?:{'|'.join(vocab.MAKE_WORDS)})?$")
_NUMBER_AT = re.compile(rf"\d+(?:\.\d+)?|[{_CN}]+")
_RANGE_MARK = re.compile(r"[－\-—–~～至到]")


def _range_end(sentence: str, end: int, unit_len: int, unit: str) -> int | None:
    """The end of a range that starts with the number ending at *end*, or None.

    3－5年, 3至5年, 三到五年 (mark right after the first number) and 3年至5年, 30%～50%,
    百分之三十到百分之五十 (the first number's unit repeated after the second)."""
    for gap, same in ((0, ""), (unit_len, unit)):
        mark = _RANGE_MARK.match(sentence, end + gap)
        if mark is None or (gap and not unit):
            continue
        at = mark.end()
        word = next((w for w in PERCENT_UNITS if sentence.startswith(w, at)), "")
        if word and PERCENT_UNITS[word] == unit:
            at += len(word)
        second = _NUMBER_AT.match(sentence, at)
        if second is None or (same and not word and not sentence.startswith(same, second.end())):
            continue
        tail = read_unit(sentence[second.end():], True)
        return second.end() + (tail.length if tail and not word else 0)
    return None


def _masked(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in vocab.QUOTED.finditer(sentence)]


def _han_run(text: str) -> str:
    """The Chinese characters at the start of *text*."""
    end = 0
    while end < len(text) and is_han(text[end]):
        end += 1
    return text[:end]


def _quantity(sentence: str, value: float, start: int, end: int, prev_end: int,
              fixed: str | None = None) -> _Quantity | _Range | Skipped | None:
    """The number at ``sentence[start:end]`` with its unit, unless it is not a quantity.

    *fixed* is the unit of a percentage written out (百分之九十: ``%``). A range gives a
    :class:`_Range`, a number after a comparator word without a unit a :class:`Skipped`.
    """
    raw = sentence[start:end]
    chinese = not raw[0].isdigit()
    if fixed is None and chinese and raw[0] in "百千":
        return None  # 百万, 千家万户 as words
    if fixed is None and raw == "一" and not _ONE_AFTER.search(
            sentence[_clause_start(sentence, start):start]):
        return None  # the article 一 (一批, 一个), unless a comparator says 至少一次
    before = sentence[start - 1] if start else ""
    if before and (before in vocab.NOT_BEFORE or before in "万亿"
                   or (before.isascii() and before.isalpha())):
        return None
    if before and before in _RANGE_BEFORE and prev_end == start - 1:
        return None  # the end of a range 3－6岁
    if prev_end == start - 1 and before in "对比:：":
        return None  # the end of a ratio 1对1, 3比1
    after = sentence[end:]
    if after[:1].isascii() and after[:1].isalpha():
        return None
    year = 1000 <= value <= 2999 and float(value).is_integer()
    if year and (after.startswith("年") or vocab.RANGE_AFTER.match(after)):
        return None  # a year, or a period 2021－2025年
    if before == "月" and after.startswith("日"):
        return None  # a date
    if after.startswith(("多", "余")):
        return None  # 20多个: not a definite amount
    clause_before = sentence[_clause_start(sentence, start):start]
    expected = expects_unit(clause_before) and raw != "一"  # 达到一般: no new unit after 一
    if fixed is None and after.startswith("分之"):
        other = _NUMBER_AT.match(after, 2)
        if expected and other:
            return Skipped(raw + after[:other.end()], sentence, "fraction")
        return None  # 三分之一: a fraction, which a target's value cannot state as written
    if fixed is None:
        unit = read_unit(after, expected)
        name, length, known = (unit.name, unit.length, unit.known) if unit else ("", 0, True)
    else:
        name, length, known = fixed, 0, True
    range_end = _range_end(sentence, end, length, name)
    if range_end is not None:
        return _Range(range_end, expected)
    if not name:
        if vocab.KEYWORD_RE.search(clause_before[-4:]) and not chinese:
            return Skipped(raw + _han_run(after)[:6], sentence, "no unit")
        return None
    if chinese and fixed is None and value < 10 \
            and (name in vocab.COUNTERS or name in vocab.CLASSIFIERS) \
            and not vocab.MAKE_VERBS.search(sentence[max(0, start - 4):start]):
        return None  # 落实两个责任, 三项制度: a named set, not an amount
    tail = after[length:]
    if vocab.NAME_AFTER.match(tail):
        return None
    bound = None
    for words, kind in ((vocab.AT_LEAST_AFTER, "at_least"), (vocab.AT_MOST_AFTER, "at_most")):
        word = next((w for w in words if tail.startswith(w)), None)
        if word:
            bound, tail = kind, tail[len(word):]
            if word.endswith(("以上", "以下")) and (name in ("岁", "周岁") or (
                    tail[:1] and tail[0] not in _PUNCT + "的左")):
                return None  # 65周岁以上老年人, 3岁以下的: who is meant, not a target
            break
    if bound is None and name.endswith(tuple(vocab.TIME_UNITS)) and tail.startswith("内"):
        bound, tail = "at_most", tail[1:]
    approximate = tail.startswith(vocab.APPROXIMATE)
    if approximate:
        tail = tail[len(vocab.APPROXIMATE):]
    return _Quantity(value, start, len(sentence) - len(tail), name, bound, approximate,
                     new_unit=not known)


def _clause_start(sentence: str, index: int) -> int:
    return max(sentence.rfind(mark, 0, index) for mark in _CLAUSE_MARKS) + 1


def _keyword(window: str) -> re.Match[str] | None:
    """The comparator word nearest the end of *window*."""
    last = None
    for match in vocab.KEYWORD_RE.finditer(window):
        last = match
    if last is not None and last.group() in vocab.ONLY_BEFORE_NUMBER \
            and last.end() != len(window):
        return None  # 约 and 达 only count right before the number (节约, 达标 are words)
    return last


def _clean(text: str) -> str:
    text = _BASELINE_AT_END.sub("", text)
    text = vocab.METRIC_LEAD.sub("", text)
    text = vocab.METRIC_TAIL.sub("", text)
    return text[-_MAX_METRIC:]


def _in_sentence(sentence: str) -> tuple[list[Found], list[Skipped]]:
    masked = _masked(sentence)
    quantities: list[_Quantity] = []
    skipped: list[Skipped] = []
    prev_end = -1
    skip_to = -1
    for value, start, end, fixed in _numbers(sentence):
        if start < skip_to or any(a <= start < b for a, b in masked):
            continue
        q = _quantity(sentence, value, start, end, prev_end, fixed)
        prev_end = end
        if isinstance(q, _Range):
            skip_to = q.end
            if q.report:
                skipped.append(Skipped(sentence[start:q.end], sentence, "range"))
        elif isinstance(q, Skipped):
            skipped.append(q)
        elif q is not None:
            quantities.append(q)
    for q, nxt in itertools.pairwise(quantities):
        same_clause = _clause_start(sentence, nxt.start) <= q.start
        between = vocab.KEYWORD_RE.findall(sentence, q.end, nxt.start)
        lead = sentence[_clause_start(sentence, q.start):q.start]
        if same_clause and between and between[-1].endswith(("至", "到")) \
                and ("从" in lead or "由" in lead):
            q.baseline_of_next = True
    return _targets(sentence, quantities), skipped


def _targets(sentence: str, quantities: list[_Quantity]) -> list[Found]:
    found: list[Found] = []
    prev: _Quantity | None = None
    prev_found: Found | None = None
    for index, q in enumerate(quantities):
        clause = _clause_start(sentence, q.start)
        in_clause = prev is not None and prev.end > clause
        window_start = max(clause, prev.end) if in_clause and prev is not None else clause
        window = sentence[window_start:q.start]
        baseline = prev if in_clause and prev is not None and prev.baseline_of_next else None
        prev = q
        if q.baseline_of_next or "已" in window:
            continue
        kw = _keyword(window)
        if kw is None and _names_a_span(sentence, q):
            continue
        comparator, where = vocab.KEYWORD[kw.group()] if kw else (None, "")
        inherited = (kw is None and in_clause and prev_found is not None
                     and bool(vocab.LIST_GLUE.match(window)) and baseline is None)
        if inherited and prev_found is not None:
            comparator = prev_found.comparator
        if q.bound and comparator not in vocab.BY_COMPARATORS:
            comparator = q.bound
        if comparator is None:
            comparator = "about" if q.approximate else "reach"
        metric = _metric(sentence, q, quantities[index + 1:], window_start, kw, where, baseline)
        if not metric and inherited and prev_found is not None:
            metric = prev_found.metric
        if len(metric) < 2 or not states_quantity(sentence, q.value, q.unit):
            continue
        year = None
        for match in vocab.BASELINE_YEAR.finditer(sentence, 0, q.start):
            year = int(next(g for g in match.groups() if g))
        target = Found(
            value=q.value, unit=q.unit, comparator=comparator, approximate=q.approximate,
            metric=metric, sentence=sentence, start=q.start,
            baseline_value=baseline.value if baseline else None,
            baseline_unit=baseline.unit if baseline else None,
            baseline_year=year, new_unit=q.new_unit,
        )
        found.append(target)
        prev_found = target
    return found


def _names_a_span(sentence: str, q: _Quantity) -> bool:
    """True for a time span that names a thing (15分钟健身圈, 24小时热线), not a deadline."""
    nxt = sentence[q.end:q.end + 1]
    return (q.unit.removeprefix("万") in vocab.TIME_UNITS and q.bound is None
            and not q.approximate and bool(nxt) and nxt not in _PUNCT + "的时"
            and is_han(nxt))


def _metric(sentence: str, q: _Quantity, later: list[_Quantity], window_start: int,
            kw: re.Match[str] | None, where: str, baseline: _Quantity | None) -> str:
    """A verbatim stretch of *sentence* that names what the number measures."""
    if baseline is not None:
        before = _clause_start(sentence, baseline.start)
        pre = sentence[before:baseline.start]
        cut = max(pre.rfind("从"), pre.rfind("由"))
        pre, mid = (pre[:cut] if cut > 0 else pre), ""
    elif kw is not None:
        pre = sentence[window_start:window_start + kw.start()]
        mid = sentence[window_start + kw.end():q.start]
    else:
        pre, mid = sentence[window_start:q.start], ""
    stop = min((i for i in (sentence.find(m, q.end) for m in _CLAUSE_MARKS) if i >= 0),
               default=len(sentence))
    if later:
        stop = min(stop, later[0].start)
    post = sentence[q.end:stop]
    if where == "between" and kw is not None and _clean(pre):
        mid = sentence[window_start:q.start]  # 城镇新增就业: the words around 新增 name it
    order = {"subject": (pre, mid, post), "between": (mid, post, pre),
             "object": (post, mid, pre)}.get(where, (post, pre))
    for candidate in order:
        cleaned = _clean(candidate)
        if len(cleaned) >= 2:
            return cleaned
    return ""
