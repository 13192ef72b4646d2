"""The introduction (ideology, principles, goals) and the plan's metadata are read from text."""

from __future__ import annotations

from edu.content.layout import parse_layout
from edu.content.layout import squeeze
from edu.ingest.intro import read_intro
from edu.ingest.intro import read_meta
from tests.content.test_layout import SOURCE

PARTS = "\n一、部分\n部分导语。\n（一）小节\n导语。\n——措施。内容。\n"


def _read(text: str, title: str | None = None):  # type: ignore[no-untyped-def]
    layout = parse_layout(text)
    meta = read_meta(layout, squeeze(text), title)
    return meta, read_intro(layout, meta.title)


def test_seed_introduction() -> None:
    """The seed's ideology, six principles and seven goals, verbatim."""
    _meta, intro = _read(SOURCE)
    assert intro.ideology.startswith("坚持以习近平新时代中国特色社会主义思想为指导")
    assert intro.ideology.endswith("获得感、幸福感、安全感。")
    assert [name for name, _ in intro.principles] == [
        "依法推进", "协调推进", "务实推进", "平等推进", "合力推进", "智慧推进"]
    assert intro.principles[0][1] == "将人权事业纳入法治轨道"
    assert len(intro.goals) == 7
    assert intro.notes == ()


def test_seed_metadata() -> None:
    """Title, period, short title and who compiled, reviewed and published the seed."""
    meta, _ = _read(SOURCE)
    assert (meta.title, meta.start, meta.end, meta.short_title) == (
        "国家人权行动计划（2021－2025年）", 2021, 2025, "行动计划")
    assert (meta.compiled_by, meta.reviewed_by, meta.published_by) == (
        "国务院新闻办公室和外交部", "国家人权行动计划联席会议机制", "国务院新闻办公室")
    assert meta.source.startswith("《行动计划》由")
    assert meta.source.endswith("发布。")
    assert meta.notes == ()


def test_principles_paragraph_after_a_page_break() -> None:
    """原则是： at the end of a paragraph: the principles are the next paragraph."""
    text = "导言\n基本原则是：\n\n依法推进，甲乙；平等推进，丙丁。\n" + PARTS
    _, intro = _read(text)
    assert intro.principles == (("依法推进", "甲乙"), ("平等推进", "丙丁"))


def test_principle_items() -> None:
    """Principles written as ——name，text。 items after 原则是： are principles, not goals."""
    text = ("导言\n基本原则是：\n——依法推进，甲乙。\n——平等推进，丙丁。\n\n目标是：\n"
            "——目标一。说明。\n" + PARTS)
    _, intro = _read(text)
    assert intro.principles == (("依法推进", "甲乙"), ("平等推进", "丙丁"))
    assert intro.goals == ("目标一。说明。",)


def test_makers_without_a_reviewer() -> None:
    """由X牵头编制并发布: X compiled and published it; the reviewer is a noted stand-in."""
    text = ("《国家人权行动计划（2030－2034年）》。\n\n《计划》由某某办公室牵头编制并发布。\n"
            + PARTS)
    meta, _ = _read(text)
    assert (meta.compiled_by, meta.published_by, meta.reviewed_by) == ("某某办公室",) * 3
    assert any("reviewed_by" in note for note in meta.notes)


def test_maker_from_the_sentence_that_makes_the_plan() -> None:
    """Without a 编制 sentence, the subject of …制定《title》 compiled the plan."""
    text = "导言\n\n为此，中国政府制定《国家人权行动计划（2030－2034年）》。\n" + PARTS
    meta, _ = _read(text)
    assert meta.compiled_by == "中国政府"
    assert meta.source == "为此，中国政府制定《国家人权行动计划（2030－2034年）》。"


def test_missing_everything_gets_verbatim_stand_ins_and_notes() -> None:
    """No title, period, makers or ideology: verbatim stand-ins, each with a note."""
    meta, intro = _read("导言\n\n一段话。\n" + PARTS)
    assert meta.title == "部分"
    assert (meta.start, meta.end) == (0, 0)
    assert meta.source == meta.compiled_by == meta.title
    assert intro.ideology == meta.title
    notes = " ".join(meta.notes + intro.notes)
    for field in ("plan.title", "plan.period", "plan.source", "guiding_ideology",
                  "principles", "goals"):
        assert field in notes


def test_given_title_wins() -> None:
    """--title replaces the title found in the text, and the period comes from it."""
    meta, _ = _read("导言\n本计划（2030－2034年）。\n" + PARTS, title="本计划（2030－2034年）")
    assert (meta.title, meta.start, meta.end) == ("本计划（2030－2034年）", 2030, 2034)


def test_principle_items_with_a_full_stop_are_noted_not_goals() -> None:
    """——依法推进。… items after 原则是： are not goals; the note says why they are left out."""
    text = ("导言\n基本原则是：\n——依法推进。甲乙。\n——平等推进。丙丁。\n\n目标是：\n"
            "——目标一。说明。\n" + PARTS)
    _, intro = _read(text)
    assert intro.principles == ()
    assert intro.goals == ("目标一。说明。",)
    assert sum("is written name。text" in note for note in intro.notes) == 2


def test_background_and_lead_ins_are_read_verbatim() -> None:
    """The paragraphs before the guiding ideology become the background, and the sentences
    that introduce the ideology, principles and goals become their lead-ins, verbatim."""
    intro = read_intro(parse_layout(SOURCE), "x")
    assert len(intro.background) == 4
    assert intro.background[0].startswith("自2009年以来")
    assert intro.background[-1].endswith("阶段性目标和任务。")
    assert intro.leads == ("制定和实施《行动计划》的指导思想是：",
                           "制定和实施《行动计划》的基本原则是：",
                           "制定和实施《行动计划》的目标是：")
    assert all(b in squeeze(SOURCE) for b in intro.background)
