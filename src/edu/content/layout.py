"""Layout parsing: unwrap the fixed-width lines of an action-plan text into its structure.

The layout (see ``content/source/README.md``): lines wrapped at a fixed width, blank lines that
fall inside a sentence (page breaks), spaces around numbers, headings ``一、`` (parts) and
``（一）`` (sections), ``——`` items (measures, and the goals of the introduction).

Decisions, written down because the layout is ambiguous:

* All whitespace is dropped when lines are joined: the text is Chinese, where spaces carry no
  meaning, and the provenance check compares whitespace-free text too.
* A blank line ends a paragraph only when the line before it ends a sentence (。！？：, closing
  quotes allowed after it); otherwise it is a page break inside the sentence.
* Without a blank line, a paragraph ends after a line that ends a sentence and is shorter than
  the text's line width (the width most lines inside paragraphs have): every other line of a
  wrapped paragraph is full. Text with one paragraph per line works the same way.
* A heading is a short line without 。 that stands after a blank line, a sentence end or another
  heading; a wrapped line that happens to start with ``（二）`` inside a sentence is text.
* ``导言`` (or 前言/引言/序言) on a line of its own before the first part heading is the
  introduction's heading; lines before it (a title page) are introduction paragraphs, and so
  are section headings there (（一）指导思想 inside an introduction). A text without any part
  heading keeps its sections, under a part with no number or title.
* A table of contents (a line ``目录`` followed by heading lines) is skipped: the body starts
  where the contents' first entry appears again.
* Inside a section, every paragraph after the lead paragraph belongs to a ``——`` item; a plain
  paragraph that follows an item is that item's continuation (a page break after the item's
  first sentence, as in （一） of the 2021–2025 plan).
* In the introduction a plain paragraph after a ``——`` item continues the item only when the
  item's last line filled the line width (a page break, not the end of the item): the goals are
  followed by ordinary paragraphs there.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from edu.text import squeeze as squeeze  # re-exported: part of this module's API

CN_DIGITS = "〇零一二两三四五六七八九十百千"
PART_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})、(\S.{0,40})$")
SECTION_HEADING = re.compile(r"^（([一二三四五六七八九十]{1,3})）(\S.{0,40})$")
INTRO_HEADING = re.compile(r"^(导言|前言|引言|序言)$")
CONTENTS = "目录"
DASH = "——"
SENTENCE_END = ("。", "！", "？", "：")
CLOSERS = "”’」』）)》\"'"




@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of whitespace-free text and the 1-based line it starts on.

    ``wrapped`` is true when its last line filled the text's line width, so a blank line after
    it may be a page break rather than the end of the paragraph; ``heading`` marks a heading
    line (a part, a section or the introduction's).
    """

    text: str
    line: int
    wrapped: bool = False
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """A ``——`` item: its first sentence (title, without 。) and the rest.

    ``closed`` is false for an item without any 。 (its ``source`` then adds one).
    """

    title: str
    text: str
    line: int
    closed: bool = True

    @property
    def source(self) -> str:
        return f"{self.title}。{self.text}" if self.text else f"{self.title}。"


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading (``一、`` or ``（一）``), the line it is on and the paragraph under it."""

    number: str
    title: str
    line: int
    lead: str


@dataclass(frozen=True, slots=True)
class Section(Heading):
    """A section （一）… and its ``——`` items."""

    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Part(Heading):
    """A part 一、… and its sections."""

    sections: tuple[Section, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """The plan text's structure: introduction paragraphs and items, then parts."""

    intro: tuple[Paragraph, ...]
    intro_items: tuple[Item, ...]
    parts: tuple[Part, ...]


def ends_sentence(text: str) -> bool:
    """True when *text* ends a sentence (。！？：), allowing closing quotes after the stop."""
    return text.rstrip(CLOSERS).endswith(SENTENCE_END)


def _is_heading(line: str) -> bool:
    if line.endswith(SENTENCE_END) or "。" in line:
        return False
    return bool(PART_HEADING.match(line) or SECTION_HEADING.match(line))


_WIDE = re.compile(r"[\u1100-\u115f\u2000-\u303f\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff"
                   r"\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


def _width(line: str) -> int:
    """Display width of a raw line: CJK, full-width and punctuation such as —— count two."""
    return len(line) + len(_WIDE.findall(line))


def _line_width(widths: list[int]) -> int:
    """The text's wrap width: the most common width of lines inside paragraphs."""
    counts: Counter[int] = Counter()
    for width, after in itertools.pairwise(widths):
        if width and after:
            counts[width] += 1
    if not counts:
        return 0
    width, seen = counts.most_common(1)[0]
    return width if seen >= 3 else 0  # too few wrapped lines to tell the width


def _skip_contents(lines: list[str]) -> set[int]:
    """Indexes of a table of contents' lines: from ``目录`` to where its first entry recurs."""
    squeezed = [squeeze(line) for line in lines]
    for index, line in enumerate(squeezed):
        if line != CONTENTS:
            continue
        first = next((j for j in range(index + 1, len(lines)) if squeezed[j]), None)
        if first is None:
            return set()
        for j in range(first + 1, len(lines)):
            if squeezed[j] == squeezed[first]:
                return set(range(index, j))
        return set()
    return set()


def paragraphs(text: str) -> list[Paragraph]:
    """Unwrap *text* into paragraphs; headings are paragraphs of their own."""
    lines = text.splitlines()
    skip = _skip_contents(lines) if CONTENTS in text else set()
    widths = [_width(line.rstrip()) if line.strip() else 0 for line in lines]
    width = _line_width(widths)
    out: list[Paragraph] = []
    buf: list[str] = []
    start = 0
    pending_blank = True
    after_stop = True  # the previous text line ended a sentence or was a heading
    last_full = False
    in_parts = False

    def flush() -> None:
        nonlocal buf
        if buf:
            out.append(Paragraph("".join(buf), start, last_full))
            buf = []

    for number, raw in enumerate(lines, start=1):
        if number - 1 in skip:
            continue
        line = squeeze(raw)
        if not line:
            pending_blank = True
            continue
        heading = (pending_blank or after_stop) and _is_heading(line)
        intro_heading = not in_parts and bool(INTRO_HEADING.match(line))
        if heading or intro_heading:
            flush()
            out.append(Paragraph(line, number, heading=True))
            in_parts = in_parts or bool(PART_HEADING.match(line))
            after_stop = True
        else:
            breaks = (not buf or line.startswith(DASH)
                      or (after_stop and (pending_blank or not last_full)))
            if breaks:
                flush()
                start = number
            buf.append(line)
            after_stop = ends_sentence(line)
            last_full = width > 0 and widths[number - 1] >= width - 2
        pending_blank = False
    flush()
    return out


def split_item(paragraph: Paragraph) -> Item:
    """Split a ``——`` paragraph into its first sentence and the rest."""
    body = paragraph.text.removeprefix(DASH)
    head, sep, rest = body.partition("。")
    if not sep:
        return Item(body, "", paragraph.line, closed=False)
    return Item(head, rest, paragraph.line)


class _Builder:
    """Collects parts, sections and items while walking the paragraphs once."""

    def __init__(self, has_parts: bool) -> None:
        self.has_parts = has_parts
        self.intro: list[Paragraph] = []
        self.intro_items: list[list[Paragraph]] = []
        self.parts: list[Part] = []
        self.part: tuple[str, str, int] | None = None
        self.part_lead: list[str] = []
        self.sections: list[Section] = []
        self.section: tuple[str, str, int] | None = None
        self.section_lead: list[str] = []
        self.items: list[list[Paragraph]] = []

    def close_section(self) -> None:
        if self.section is not None:
            number, title, line = self.section
            items = tuple(_item(chunks) for chunks in self.items)
            self.sections.append(Section(number, title, line, "".join(self.section_lead), items))
        self.section, self.section_lead, self.items = None, [], []

    def close_part(self) -> None:
        self.close_section()
        if self.part is not None:
            number, title, line = self.part
            self.parts.append(Part(number, title, line, "".join(self.part_lead),
                                   tuple(self.sections)))
        self.part, self.part_lead, self.sections = None, [], []

    def add(self, para: Paragraph) -> None:
        if para.heading:
            if m := PART_HEADING.match(para.text):
                self.close_part()
                self.part = (m[1], m[2], para.line)
                return
            if (m := SECTION_HEADING.match(para.text)) and (self.part or not self.has_parts):
                self.close_section()
                self.section = (m[1], m[2], para.line)
                if self.part is None:
                    self.part = ("", "", para.line)
                return
        if self.part is None:
            self.add_intro(para)
        elif self.section is None:
            self.part_lead.append(para.text)
        elif para.text.startswith(DASH):
            self.items.append([para])
        elif self.items:
            self.items[-1].append(para)
        else:
            self.section_lead.append(para.text)

    def add_intro(self, para: Paragraph) -> None:
        if para.heading and INTRO_HEADING.match(para.text):
            return
        if para.text.startswith(DASH):
            self.intro_items.append([para])
        elif (self.intro_items and self.intro_items[-1][-1].wrapped and not para.heading
              and not para.text.endswith(("：", ":"))
              and (not self.intro or self.intro[-1].line < self.intro_items[-1][0].line)):
            self.intro_items[-1].append(para)
        else:
            self.intro.append(para)


def _item(chunks: list[Paragraph]) -> Item:
    text = "".join(chunk.text for chunk in chunks)
    return split_item(Paragraph(text, chunks[0].line))


def parse_layout(text: str) -> Layout:
    """Parse the whole text into introduction, parts, sections and items."""
    paras = paragraphs(text)
    builder = _Builder(any(p.heading and PART_HEADING.match(p.text) for p in paras))
    for para in paras:
        builder.add(para)
    builder.close_part()
    return Layout(tuple(builder.intro), tuple(_item(c) for c in builder.intro_items),
                  tuple(builder.parts))
