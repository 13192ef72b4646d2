"""Layout parsing: unwrap the fixed-width lines of an action-plan text into its structure.

The layout (see ``content/source/README.md``): lines wrapped at a fixed width, blank lines that
fall inside a sentence (page breaks), spaces around numbers, headings ``一、`` (parts) and
``（一）`` (sections), ``——`` items (measures, and the goals of the introduction).

Decisions, written down because the layout is ambiguous:

* All whitespace is dropped when lines are joined: the text is Chinese, where spaces carry no
  meaning, and the provenance check compares whitespace-free text too.
* A blank line ends a paragraph only when the line before it ends a sentence (。！？：);
  otherwise it is a page break inside the sentence.
* Inside a section, every paragraph after the lead paragraph belongs to a ``——`` item; a plain
  paragraph that follows an item is that item's continuation (a page break after the item's
  first sentence, as in （一） of the 2021–2025 plan).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WHITESPACE = re.compile(r"[\s\u3000\ufeff\u200b]+")
CN_DIGITS = "〇零一二两三四五六七八九十百千"
PART_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})、(\S.{0,40})$")
SECTION_HEADING = re.compile(r"^（([一二三四五六七八九十]{1,3})）(\S.{0,40})$")
INTRO_HEADING = re.compile(r"^(导言|前言|引言|序言)$")
DASH = "——"
SENTENCE_END = ("。", "！", "？", "：")


def squeeze(text: str) -> str:
    """Return *text* with every kind of whitespace removed (the provenance normal form)."""
    return WHITESPACE.sub("", text)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of whitespace-free text and the 1-based line it starts on."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Item:
    """A ``——`` item: its first sentence (title, without 。) and the rest."""

    title: str
    text: str
    line: int

    @property
    def source(self) -> str:
        return f"{self.title}。{self.text}" if self.text else f"{self.title}。"


@dataclass(frozen=True, slots=True)
class Section:
    number: str
    title: str
    line: int
    lead: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Part:
    number: str
    title: str
    line: int
    lead: str
    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """The plan text's structure: introduction paragraphs and items, then parts."""

    intro: tuple[Paragraph, ...]
    intro_items: tuple[Item, ...]
    parts: tuple[Part, ...]


def _is_heading(line: str) -> bool:
    if line.endswith(SENTENCE_END) or "。" in line:
        return False
    return bool(PART_HEADING.match(line) or SECTION_HEADING.match(line))


def paragraphs(text: str) -> list[Paragraph]:
    """Unwrap *text* into paragraphs; headings are paragraphs of their own."""
    out: list[Paragraph] = []
    buf: list[str] = []
    start = 0
    pending_blank = False

    def flush() -> None:
        nonlocal buf
        if buf:
            out.append(Paragraph("".join(buf), start))
            buf = []

    for number, raw in enumerate(text.splitlines(), start=1):
        line = squeeze(raw)
        if not line:
            pending_blank = True
            continue
        heading = _is_heading(line) or (not out and not buf and bool(INTRO_HEADING.match(line)))
        if heading:
            flush()
            out.append(Paragraph(line, number))
        else:
            breaks = (
                not buf
                or line.startswith(DASH)
                or (pending_blank and buf[-1].endswith(SENTENCE_END))
            )
            if breaks:
                flush()
                start = number
            buf.append(line)
        pending_blank = False
    flush()
    return out


def split_item(paragraph: Paragraph) -> Item:
    """Split a ``——`` paragraph into its first sentence and the rest."""
    body = paragraph.text.removeprefix(DASH)
    head, sep, rest = body.partition("。")
    if not sep:
        return Item(body, "", paragraph.line)
    return Item(head, rest, paragraph.line)


def parse_layout(text: str) -> Layout:
    """Parse the whole text into introduction, parts, sections and items."""
    paras = paragraphs(text)
    intro: list[Paragraph] = []
    intro_items: list[Item] = []
    parts: list[Part] = []
    part: dict[str, object] | None = None
    sections: list[Section] = []
    section: dict[str, object] | None = None
    items: list[Item] = []

    def close_section() -> None:
        nonlocal section, items
        if section is not None:
            sections.append(
                Section(
                    str(section["number"]),
                    str(section["title"]),
                    int(str(section["line"])),
                    str(section["lead"]),
                    tuple(items),
                )
            )
        section, items = None, []

    def close_part() -> None:
        nonlocal part, sections
        close_section()
        if part is not None:
            parts.append(
                Part(
                    str(part["number"]),
                    str(part["title"]),
                    int(str(part["line"])),
                    str(part["lead"]),
                    tuple(sections),
                )
            )
        part, sections = None, []

    for para in paras:
        if m := (PART_HEADING.match(para.text) if _is_heading(para.text) else None):
            close_part()
            part = {"number": m[1], "title": m[2], "line": para.line, "lead": ""}
            continue
        if m := (SECTION_HEADING.match(para.text) if _is_heading(para.text) else None):
            close_section()
            section = {"number": m[1], "title": m[2], "line": para.line, "lead": ""}
            if part is None:
                part = {"number": "", "title": "", "line": para.line, "lead": ""}
            continue
        if part is None:
            if INTRO_HEADING.match(para.text):
                continue
            if para.text.startswith(DASH):
                intro_items.append(split_item(para))
            else:
                intro.append(para)
            continue
        if section is None:
            part["lead"] = str(part["lead"]) + para.text
            continue
        if para.text.startswith(DASH):
            items.append(split_item(para))
        elif items:
            last = items[-1]
            items[-1] = split_item(Paragraph(DASH + last.source + para.text, last.line))
        else:
            section["lead"] = str(section["lead"]) + para.text
    close_part()
    return Layout(tuple(intro), tuple(intro_items), tuple(parts))
