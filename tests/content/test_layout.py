"""The layout parser unwraps the source's fixed-width lines into parts, sections and items."""

from __future__ import annotations

from edu.content.layout import Paragraph
from edu.content.layout import paragraphs
from edu.content.layout import parse_layout
from edu.content.layout import split_item
from edu.content.layout import squeeze
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


def test_items_know_whether_they_end_in_a_full_stop() -> None:
    """An item with a 。 is closed; one without is not (its source would add a 。)."""
    assert split_item(Paragraph("——标题。正文。", 1)).closed
    assert not split_item(Paragraph("——没有句号", 1)).closed


def test_heading_needs_a_break_before_it() -> None:
    """A wrapped line that starts with （二） inside a sentence is text, not a section."""
    text = ("一、部分\n（一）小节\n依照规定第\n（二）项和第（三）项的要求处理\n违法行为。\n"
            "——标题。正文。\n")
    layout = parse_layout(text)
    assert [s.title for s in layout.parts[0].sections] == ["小节"]
    assert layout.parts[0].sections[0].lead == "依照规定第（二）项和第（三）项的要求处理违法行为。"


def test_heading_after_a_sentence_end_without_blank() -> None:
    """A heading right after a line that ends a sentence starts a new section."""
    text = "一、部分\n（一）甲\n——标题。正文。\n（二）乙\n导语。\n"
    assert [s.title for s in parse_layout(text).parts[0].sections] == ["甲", "乙"]


def test_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    """Without a blank line, a short line that ends a sentence ends its paragraph."""
    text = "甲乙丙丁戊己庚辛\n壬癸。\n子丑寅卯辰巳午未\n申酉戌亥。\n"
    assert [p.text for p in paragraphs(text)] == ["甲乙丙丁戊己庚辛壬癸。",
                                                  "子丑寅卯辰巳午未申酉戌亥。"]


FULL = "子丑寅卯辰巳午未申酉戌亥"  # twelve characters: the wrap width of the texts below
INTRO = f"导言\n\n{FULL}\n{FULL}\n{FULL}\n{FULL}\n目标是：\n"


def test_full_line_ending_a_sentence_does_not_end_the_paragraph() -> None:
    """A full-width line that happens to end a sentence is inside its paragraph."""
    text = f"{FULL}\n{FULL}\n甲乙丙丁戊己庚辛壬癸子。\n{FULL}\n丑。\n"
    assert [p.text for p in paragraphs(text)] == [f"{FULL}{FULL}甲乙丙丁戊己庚辛壬癸子。{FULL}丑。"]


def test_paragraph_records_a_full_last_line() -> None:
    """A paragraph whose last line fills the width is marked wrapped (a page may follow)."""
    text = f"{FULL}\n{FULL}\n{FULL}\n甲乙丙丁戊己庚辛壬癸子。\n\n丑寅。\n"
    first, second = paragraphs(text)
    assert first.wrapped
    assert not second.wrapped


def test_width_is_unknown_in_a_tiny_text() -> None:
    """With fewer than three wrapped lines no line counts as full (nothing is joined)."""
    assert not any(p.wrapped for p in paragraphs("甲乙丙丁。\n\n戊己庚辛。\n"))


def test_intro_page_break_after_a_full_line_continues_the_goal() -> None:
    """In the introduction, a paragraph after a goal whose last line is full continues it."""
    text = (f"{INTRO}——甲乙丙丁戊己庚辛壬癸\n子丑寅卯辰巳午未申酉戌。\n\n"
            f"{FULL}\n亥。\n\n《计划》由某部发布。\n\n一、部分\n部分导语。\n")
    layout = parse_layout(text)
    assert [i.source for i in layout.intro_items] == [
        f"甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌。{FULL}亥。"]
    assert layout.intro[-1].text == "《计划》由某部发布。"


def test_intro_paragraph_after_a_short_goal_is_its_own() -> None:
    """A plain paragraph after a goal that ended on a short line is not part of the goal."""
    text = (f"{INTRO}——甲乙丙丁戊己庚辛壬癸\n子丑。\n\n{FULL}\n发布。\n\n"
            "一、部分\n部分导语。\n")
    layout = parse_layout(text)
    assert layout.intro_items[0].source == "甲乙丙丁戊己庚辛壬癸子丑。"
    assert layout.intro[-1].text == f"{FULL}发布。"


def test_title_page_and_contents_are_skipped() -> None:
    """A title page stays in the introduction; the table of contents is skipped."""
    text = ("国家人权行动计划\n（2030－2034年）\n\n目录\n导言\n一、甲部分\n（一）甲节\n"
            "二、乙部分\n\n导言\n\n导言正文。\n\n一、甲部分\n甲导语。\n（一）甲节\n"
            "节导语。\n——措施。内容。\n\n二、乙部分\n乙导语。\n")
    layout = parse_layout(text)
    assert [p.text for p in layout.intro] == ["国家人权行动计划（2030－2034年）", "导言正文。"]
    assert [(p.title, len(p.sections)) for p in layout.parts] == [("甲部分", 1), ("乙部分", 0)]
    assert layout.parts[0].sections[0].items[0].title == "措施"


def test_crlf_bom_and_trailing_spaces_change_nothing() -> None:
    """CRLF line ends, a BOM and trailing spaces give the same layout as clean text."""
    clean = parse_layout(SOURCE)
    messy = "\ufeff" + "\r\n".join(line + "  " for line in SOURCE.split("\n"))
    assert parse_layout(messy) == clean


def test_linear_structure_of_a_large_text() -> None:
    """A part with thousands of lead paragraphs and items is parsed whole."""
    body = "".join(f"——措施{i}。内容{i}。\n\n" for i in range(3000))
    text = "一、部分\n" + "导语。\n\n" * 3000 + "（一）小节\n导语。\n" + body
    part = parse_layout(text).parts[0]
    assert part.lead == "导语。" * 3000
    assert len(part.sections[0].items) == 3000


def test_sections_inside_the_introduction_are_paragraphs() -> None:
    """（一） headings before the first part heading belong to the introduction."""
    text = "导言\n（一）指导思想\n坚持甲乙。\n\n一、部分\n导语。\n（一）小节\n——措施。内容。\n"
    layout = parse_layout(text)
    assert [p.text for p in layout.intro] == ["（一）指导思想", "坚持甲乙。"]
    assert [(p.title, [s.title for s in p.sections]) for p in layout.parts] == [
        ("部分", ["小节"])]


def test_sections_without_any_part_keep_a_nameless_part() -> None:
    """A text with sections but no part heading keeps them (the ingest then names the gap)."""
    part = parse_layout("（一）小节\n导语。\n——措施。内容。\n").parts[0]
    assert (part.number, part.title, [s.title for s in part.sections]) == ("", "", ["小节"])


def test_heading_lines_are_marked() -> None:
    """Paragraphs know whether they are heading lines; the parser trusts only that mark."""
    paras = paragraphs("导言\n\n正文。\n\n一、部分\n导语。\n（一）小节\n——措施。内容。\n")
    assert [(p.text, p.heading) for p in paras] == [
        ("导言", True), ("正文。", False), ("一、部分", True), ("导语。", False),
        ("（一）小节", True), ("——措施。内容。", False)]
