"""The layout parser unwraps the source's fixed-width lines into parts, sections and items."""

from __future__ import annotations

from edu.ingest.text import Paragraph, paragraphs, parse_layout, split_item, squeeze
from tests.conftest import CONTENT

SOURCE = (CONTENT / "source" / "national-human-rights-action-plan-2021-2025.txt").read_text(
    encoding="utf-8")


def test_squeeze_removes_every_kind_of_whitespace() -> None:
    """ASCII and ideographic spaces, tabs, newlines and BOMs all go."""
    assert squeeze(" 18 亿亩\u3000耕地\t红线\n\ufeff") == "18亿亩耕地红线"


def test_source_structure() -> None:
    """The shared source has 2 parts, 7 + 2 sections, 56 items and 7 goals."""
    layout = parse_layout(SOURCE)
    assert [p.title for p in layout.parts] == ["经济、社会和文化权利", "公民权利和政治权利"]
    assert [len(p.sections) for p in layout.parts] == [7, 2]
    assert sum(len(s.items) for p in layout.parts for s in p.sections) == 56
    assert len(layout.intro_items) == 7
    assert layout.parts[0].sections[0].title == "基本生活水准权利"
    assert layout.parts[1].sections[1].title == "人身权利"


def test_page_break_after_first_sentence_stays_in_the_item() -> None:
    """A blank line after an item's first sentence does not cut the item (（一）, first item)."""
    item = parse_layout(SOURCE).parts[0].sections[0].items[0]
    assert item.title == "巩固拓展脱贫攻坚成果同乡村振兴有效衔接"
    assert item.text.startswith("建立完善农村低收入人口")
    assert item.text.endswith("加强大型搬迁安置区新型城镇化建设。")


def test_number_split_over_lines_is_joined() -> None:
    """"从 16" / "周岁" at a line break becomes 从16周岁."""
    items = parse_layout(SOURCE).parts[0].sections[2].items
    assert "未成年人年龄从16周岁延长至18周岁" in items[1].text


def test_blank_line_inside_a_sentence_is_a_page_break() -> None:
    """A blank line after a line that does not end a sentence joins the two halves."""
    paras = paragraphs("甲乙丙结合\n\n《丁》，戊。\n\n己庚。\n")
    assert [p.text for p in paras] == ["甲乙丙结合《丁》，戊。", "己庚。"]
    assert [p.line for p in paras] == [1, 5]


def test_continuation_paragraph_after_item_joins_it() -> None:
    """In a section, a plain paragraph after an item is that item's continuation."""
    text = "一、部分\n\n（一）小节\n导语。\n——标题。\n\n正文一。\n\n正文二。\n——第二项。内容。\n"
    section = parse_layout(text).parts[0].sections[0]
    assert section.lead == "导语。"
    assert [(i.title, i.text) for i in section.items] == [
        ("标题", "正文一。正文二。"), ("第二项", "内容。")]


def test_split_item_without_full_stop() -> None:
    """An item with no 。 is all title."""
    assert split_item(Paragraph("——只有标题", 3)).title == "只有标题"
    assert split_item(Paragraph("——只有标题", 3)).text == ""
