"""Property tests: any text or bytes give a draft that validates, or the toolkit's own error."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck
from hypothesis import example
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from edu.content import check
from edu.content import read_plan
from edu.content.serialize import render
from edu.errors import EduError
from edu.ingest.draft import Draft
from edu.ingest.draft import build_draft

_SETTINGS = settings(max_examples=200, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])

#: Pieces of the layout, so that generated texts often get deep into the ingest.
HEADINGS = st.sampled_from(["一、经济权利", "二、公民权利", "（一）工作权利", "（二）健康",
                            "（三）文化", "导言", " 导 言", "目录", "十一、其他"])
NUMBERS = st.one_of(st.integers(0, 99999).map(str),
                    st.floats(0, 1000, allow_nan=False).map(lambda f: f"{f:.2f}"),
                    st.sampled_from(["三", "两千", "三十万", "十五", "一", "2025", "百万"]))
UNITS = st.sampled_from(["%", "个", "亿亩", "万人次", "年", "周岁", "‰", "/10万", "元", "日",
                         "个百分点", "", "批", "期"])
WORDS = st.sampled_from(["达到", "提高到", "不低于", "不高于", "以上", "以内", "左右", "新增",
                         "降低", "从", "延长至", "再延长", "在2015年基础上", "《计划》", "“双一流”",
                         "第", "每", "，", "。", "；", "：", "——", "建设", "覆盖率", "\n", "\n\n",
                         " ", "原则是：", "依法推进，", "指导思想是：", "由某部牵头编制，",
                         "现授权某部发布。", "（2021－2025年）", "国家人权行动计划"])
PIECES = st.one_of(HEADINGS.map(lambda h: f"\n{h}\n"), NUMBERS, UNITS, WORDS,
                   st.text(alphabet="甲乙丙丁戊己庚辛壬癸，。", max_size=12))
PLANS = st.lists(PIECES, min_size=1, max_size=80).map("".join)
CN = "一二三四五六七八九十"
CLAUSE = st.lists(st.one_of(NUMBERS, UNITS, WORDS.filter(lambda w: "\n" not in w),
                            st.text(alphabet="甲乙丙丁戊己庚辛壬癸的率", min_size=1, max_size=6)),
                  min_size=1, max_size=8).map("".join)
SENTENCE = st.tuples(CLAUSE, st.sampled_from(["。", "；", "，", "。"])).map("".join)


@st.composite
def layouts(draw: st.DrawFn) -> str:
    """A plan in the layout: intro, parts, sections and items, wrapped with page breaks."""
    blocks: list[tuple[bool, str]] = [(True, draw(st.sampled_from(["导言", " 导 言", ""])))]
    blocks += [(False, draw(SENTENCE) + "。") for _ in range(draw(st.integers(0, 3)))]
    for p in range(draw(st.integers(1, 3))):
        blocks.append((True, f"{CN[p]}、部分{CN[p]}"))
        blocks += [(False, draw(SENTENCE) + "。") for _ in range(draw(st.integers(0, 2)))]
        for s in range(draw(st.integers(0, 3))):
            blocks.append((True, f"（{CN[s]}）小节{CN[p]}{CN[s]}"))
            blocks += [(False, draw(SENTENCE) + "。") for _ in range(draw(st.integers(0, 1)))]
            for _ in range(draw(st.integers(0, 4))):
                sentences = draw(st.lists(SENTENCE, min_size=1, max_size=4))
                blocks.append((False, "——" + "".join(sentences) + "。"))
    width = draw(st.integers(4, 30))
    lines: list[str] = []
    for heading, text in blocks:
        if heading:
            lines.append(text)
            continue
        lines += [text[i:i + width] for i in range(0, len(text), width)]
        if draw(st.booleans()):
            lines.append("")
    for _ in range(draw(st.integers(0, 6))):  # page breaks anywhere
        lines.insert(draw(st.integers(0, len(lines))), "")
    return "\n".join(lines)


def _holds(draft: Draft) -> None:
    """What every successful ingest guarantees: the draft validates and writes back equal."""
    report = check(draft.plan)
    assert report.errors == [], report.errors[:3]
    if any(not m.text for m in draft.plan.measures):
        return  # a one-sentence item: the loader wants a non-empty measure text
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = render(draft.plan, draft.notes)
        files[draft.plan.info.source_file] = draft.source_bytes
        for relative, data in files.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_bytes(data)
        assert read_plan(root) == draft.plan


def _ingest(data: bytes, encoding: str | None = None) -> None:
    try:
        draft = build_draft(data, "fuzz.txt", encoding=encoding)
    except EduError:
        return
    _holds(draft)


@_SETTINGS
@given(text=st.text(max_size=400))
def test_arbitrary_text(text: str) -> None:
    """Any text gives a valid draft or an EduError, never another exception."""
    _ingest(text.encode("utf-8", "surrogatepass"))


@_SETTINGS
@given(data=st.binary(max_size=300), encoding=st.sampled_from([None, "utf-8", "gb18030",
                                                               "latin-1", "nope"]))
def test_arbitrary_bytes(data: bytes, encoding: str | None) -> None:
    """Any bytes, with or without --encoding, give a valid draft or an EduError."""
    _ingest(data, encoding)


@_SETTINGS
@given(text=PLANS, encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_text_of_layout_pieces(text: str, encoding: str) -> None:
    """Texts made of the layout's pieces give a valid draft or an EduError."""
    _ingest(text.encode(encoding, "replace"))


@_SETTINGS
@given(text=layouts())
# a target sentence that also occurs inside an earlier, longer one (found by this test)
@example(text="导言\n一、部分一\n（一）小节一一\n——00\n.00三\n十万。0\n.00三\n十万。。")
def test_plans_in_the_layout(text: str) -> None:
    """Generated plans in the layout give a valid draft or an EduError."""
    _ingest(text.encode("utf-8"))
