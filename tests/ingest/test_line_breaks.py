"""Property: a number and its unit split across a line break, with any spaces, still join.

The layout wraps lines at a fixed width wherever a line is full, so a break may fall inside a
number ("1" / "0－15"), between number and unit with a trailing space before the newline
("12.5 " / "立方米每秒"), inside a compound unit ("立方" / "米每秒"), or at a page break (a blank
line). Wherever it falls, ingest finds the same target as in the unbroken text.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from edu.content.layout import paragraphs
from edu.content.layout import squeeze
from edu.ingest.decode import decode
from edu.ingest.draft import build_plan

_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

COMPARATORS = st.sampled_from([("达到", "reach"), ("不低于", "at_least"), ("不少于", "at_least"),
                               ("不高于", "at_most"), ("提高到", "raise_to"),
                               ("降低", "reduce_by"), ("新增", "increase_by"),
                               ("延长至", "extend_to")])
UNITS = st.sampled_from(["立方米每秒", "吨标准煤", "人/万人", "小时每周", "万千瓦", "万公里",
                         "台次", "学时", "课时", "个工作日", "%", "万人次", "微克/立方米", "分贝",
                         "千伏安"])
NUMBERS = st.one_of(st.integers(1, 999).map(str),
                    st.tuples(st.integers(0, 999), st.integers(1, 9)).map(
                        lambda p: f"{p[0]}.{p[1]}"))
METRICS = st.sampled_from(["重点河流生态流量", "服务能力", "康复专业技术人员配置",
                           "培训时间", "平均办结时限", "覆盖率"])
#: What a line break may look like: a newline with spaces around it (a trailing space before
#: it included), a page break (a blank line), CRLF, an ideographic space, a tab.
BREAKS = st.sampled_from(["\n", " \n", "\n ", " \n ", "  \n", "\n\n", " \n\n", " \n \n",
                          "\r\n", " \r\n", "\u3000\n", "\t\n", "\n\n\n"])
SPACES = st.sampled_from(["", " ", "  ", "\u3000"])


def _plan(item: str) -> str:
    return f"一、部分\n部分导语。\n（一）小节\n小节导语。\n——措施标题。{item}\n"


@_SETTINGS
@given(COMPARATORS, NUMBERS, UNITS, METRICS, SPACES, SPACES, st.data())
def test_a_break_anywhere_in_a_target_joins(comparator: tuple[str, str], number: str, unit: str,
                                            metric: str, before: str, after: str,
                                            data: st.DataObject) -> None:
    """A line break (any spacing, or a page break) at any place in the sentence, inside the
    number or the unit included, leaves the target as in the unbroken sentence."""
    word, expected = comparator
    sentence = f"{metric}{word}{before}{number}{after}{unit}。"
    cut = data.draw(st.integers(1, len(sentence) - 1), label="cut")
    broken = sentence[:cut] + data.draw(BREAKS, label="break") + sentence[cut:]
    plan, _ = build_plan(_plan(broken), "t.txt")
    got = [(t.value, t.unit, t.comparator) for t in plan.targets]
    assert got == [(float(number), unit, expected)]


@_SETTINGS
@given(st.lists(st.sampled_from(["达到", "12.5", " ", "立方米每秒", "百分之", "九十", "，", "人/",
                                 "万人", "3", "0", "%", "以上"]), min_size=1, max_size=12),
       st.lists(BREAKS, min_size=1, max_size=4), st.data())
def test_unwrapping_removes_only_whitespace(pieces: list[str], breaks: list[str],
                                            data: st.DataObject) -> None:
    """Lines of a sentence broken anywhere unwrap to the sentence with whitespace removed."""
    text = "".join(pieces) + "。"
    for brk in breaks:
        cut = data.draw(st.integers(1, len(text) - 1), label="cut")
        text = text[:cut] + brk + text[cut:]
    assert [p.text for p in paragraphs(text)] == [squeeze(text)]


TEXTS = sorted(p.name for p in (Path(__file__).parent / "data").glob("plan-*.txt"))


def _targets(text: str) -> list[tuple[str, float, str, str, bool]]:
    plan, _ = build_plan(text, "t.txt")
    return [(t.measure, t.value, t.unit, t.comparator, t.approximate) for t in plan.targets]


def _rewrap(text: str, width: int, spaces: list[bool], blank: bool) -> str:
    """*text* laid out again: every paragraph wrapped at *width* characters, some line ends
    with a trailing space, numbers with spaces around them, headings on lines of their own."""
    out: list[str] = []
    flags = iter(spaces * 1000)
    for para in paragraphs(text):
        body = para.text if para.heading else _SPACED.sub(r" \g<0> ", para.text)
        lines = [body] if para.heading else [body[i:i + width]
                                             for i in range(0, len(body), width)]
        out += [line + (" " if next(flags) else "") for line in lines]
        if blank:
            out.append("")
    return "\n".join(out) + "\n"


_SPACED = re.compile(r"\d+(?:\.\d+)?")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEXTS), st.integers(8, 40), st.lists(st.booleans(), min_size=1,
                                                            max_size=7), st.booleans())
def test_rewrapping_a_whole_text_keeps_its_targets(name: str, width: int, spaces: list[bool],
                                                   blank: bool) -> None:
    """A plan text wrapped at another width, with trailing spaces at line ends and spaces
    around numbers, breaks numbers and units in new places: its targets stay the same."""
    data = (Path(__file__).parent / "data" / name).read_bytes()
    text = decode(data, name, None).text
    assert _targets(_rewrap(text, width, spaces, blank)) == _targets(text)
