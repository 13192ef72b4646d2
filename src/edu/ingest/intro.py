"""The introduction and the plan's metadata, read from the paragraphs before the first part.

* Guiding ideology: the text after ``指导思想是：``.
* Principles: after ``原则是：``, pieces separated by ``；``, each ``name，explanation``
  (依法推进，将人权事业纳入法治轨道); or ``——name，explanation。`` items after that paragraph.
  Items written ``——name。explanation。`` there are principles the content format cannot hold
  (it checks ``name，explanation`` against the text): they are left out with a note, and are
  not taken for goals.
* Goals: the ``——`` items of the introduction (other than principle items).
* Title: ``国家人权行动计划（2021－2025年）`` or the first 《…（YYYY－YYYY年）》; period from it.
* Short title: ``（以下简称《行动计划》）``.
* Who compiled, reviewed and published it: the sentence ``…由X牵头编制，经Y审核同意，现授权Z
  发布。``; failing that, ``…，X制定《title》…``.

Anything that is missing gets a stand-in that ``edu validate`` accepts (a verbatim stretch of
the text, usually the plan's title) and a note saying what to fix; see :class:`Intro`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edu.content.layout import DASH
from edu.content.layout import Item
from edu.content.layout import Layout
from edu.content.layout import Paragraph

_IDEOLOGY = re.compile(r"指导思想(?:是|为)?[：:]")
_PRINCIPLES = re.compile(r"原则(?:是|为|有)?[：:]")
_GOALS = re.compile(r"目标(?:是|为|有)?[：:]")
_PERIOD = r"(\d{4})\s*[－\-—–~～至到]+\s*(\d{4})年"
_TITLE_NHRAP = re.compile(rf"国家人权行动计划（{_PERIOD}）")
_TITLE_BOOK = re.compile(rf"《([^《》]{{2,40}}（{_PERIOD}）)》")
_TITLE_PLAIN = re.compile(rf"([^，。；：《》“”（）]{{2,30}}（{_PERIOD}）)")
_SHORT = re.compile(r"以下简称[《“]([^》”]{1,20})[》”]")
_COMPILED = re.compile(r"由(.+?)(?:牵头|负责|会同|共同|组织)*(?:编制|起草)")
_REVIEWED = re.compile(r"经(.+?)(?:审核|审议|审定|审查|批准|同意)")
_PUBLISHED = re.compile(r"授权([^，。]+?)(?:正式)?(?:印发|发布)")
_MAKER = re.compile(r"([^，。；：]{2,20}?)(?:制定|编制)《")
_NAME_MAX = 12
_MARKER = re.compile(r"[：:]|由.+(?:编制|发布)")


@dataclass(frozen=True, slots=True)
class Intro:
    """What the introduction says, each Chinese text verbatim (whitespace removed)."""

    title: str
    ideology: str
    principles: tuple[tuple[str, str], ...]  # (name, explanation)
    goals: tuple[str, ...]
    notes: tuple[str, ...]
    background: tuple[str, ...] = ()  # the paragraphs before the first lead-in
    #: the lead-in sentences of the ideology, the principles and the goals
    leads: tuple[str | None, str | None, str | None] = (None, None, None)


@dataclass(frozen=True, slots=True)
class Meta:
    """The plan's metadata; ``notes`` name the fields that are stand-ins."""

    title: str
    short_title: str
    start: int
    end: int
    compiled_by: str
    reviewed_by: str
    published_by: str
    source: str
    notes: tuple[str, ...]


def _after(paras: list[Paragraph], marker: re.Pattern[str]) -> tuple[str, int] | None:
    """The text after *marker* in the first paragraph that has it (or the next paragraph),
    with the paragraphs that a page break after a full line cut from it."""
    for index, para in enumerate(paras):
        match = marker.search(para.text)
        if match is None:
            continue
        text = para.text[match.end():]
        if not text and index + 1 < len(paras):
            index += 1
            text = paras[index].text
        parts = [text]
        while (paras[index].wrapped and index + 1 < len(paras)
               and not _MARKER.search(paras[index + 1].text)):
            index += 1
            parts.append(paras[index].text)
        return "".join(parts), index
    return None


def _principle(piece: str) -> tuple[str, str] | None:
    name, sep, text = piece.strip("。；").partition("，")
    if sep and 2 <= len(name) <= _NAME_MAX and text:
        return name, text
    return None


def read_intro(layout: Layout, fallback: str) -> Intro:
    """Read the introduction of *layout*; *fallback* (verbatim text) stands in for gaps."""
    paras = list(layout.intro)
    notes: list[str] = []
    found = _after(paras, _IDEOLOGY)
    ideology = found[0] if found else ""
    if not ideology:
        ideology = fallback
        notes.append("introduction.guiding_ideology: no '指导思想是：' in the text; the title "
                     "stands in, replace it")
    principles: list[tuple[str, str]] = []
    principle_line = next((p.line for p in paras if _PRINCIPLES.search(p.text)
                           and p.text.endswith(("：", ":"))), None)
    goals: list[str] = []
    for item in layout.intro_items:
        if principle_line is not None and _heading_line(paras, item) == principle_line:
            pair = _principle(item.title)
            if pair and not item.text:
                principles.append(pair)
                continue
            if len(item.title) <= _NAME_MAX and item.text:
                notes.append(f"introduction.principles: ——{item.title}。… is written "
                             "name。text, but a principle is stored as name，text: not read")
                continue
        goals.append(_goal_text(item))
    found = None if principles else _after(paras, _PRINCIPLES)
    if found:
        for piece in found[0].split("。")[0].split("；"):
            pair = _principle(piece)
            if pair:
                principles.append(pair)
    if not principles:
        notes.append("introduction.principles: none found ('原则是：name，text；…')")
    if not goals:
        notes.append("introduction.goals: none found (—— items in the introduction)")
    markers = (_IDEOLOGY, _PRINCIPLES, _GOALS)
    first = next((i for i, p in enumerate(paras)
                  if any(m.search(p.text) for m in markers)), len(paras))
    background = tuple(p.text for p in paras[:first] if not p.heading)
    ideology_lead, principles_lead, goals_lead = (_lead(paras, m) for m in markers)
    return Intro("导言", ideology, tuple(principles), tuple(goals), tuple(notes), background,
                 (ideology_lead, principles_lead, goals_lead))


def _lead(paras: list[Paragraph], marker: re.Pattern[str]) -> str | None:
    """The lead-in sentence that ends with *marker* (``…的目标是：``), verbatim."""
    for para in paras:
        match = marker.search(para.text)
        if match is not None:
            start = max(para.text.rfind(end, 0, match.start()) for end in "。；：") + 1
            return para.text[start:match.end()] or None
    return None


def _heading_line(paras: list[Paragraph], item: Item) -> int | None:
    """The line of the last plain paragraph before *item*."""
    before = [p.line for p in paras if p.line < item.line]
    return before[-1] if before else None


def _goal_text(item: Item) -> str:
    """The goal as it stands after its ``——`` (an item with no 。 keeps its text as is)."""
    return item.source if item.closed else item.title


def read_meta(layout: Layout, source: str, title: str | None = None) -> Meta:
    """Read title, period, short title and makers from the introduction (whole *source* as a
    last resort); *title* (``--title``) wins over the text's own."""
    intro = "".join(p.text for p in layout.intro)
    notes: list[str] = []
    if title is None:
        title = _title(intro) or _title(source)
    if title is None:
        title = _fallback_title(layout)
        notes.append(f"plan.title: no title such as 国家人权行动计划（2021－2025年） in the text; "
                     f"{title!r} stands in (give --title)")
    period = re.search(_PERIOD, title) or re.search(_PERIOD, intro)
    start, end = (int(period[1]), int(period[2])) if period else (0, 0)
    if not period:
        notes.append("plan.period: no period (YYYY－YYYY年) in the title or introduction; "
                     "set it in plan.yaml")
    short = _SHORT.search(intro)
    short_title = short[1] if short else title
    compiled, reviewed, published, sentence = _makers([p.text for p in layout.intro], source,
                                                      title)
    if sentence == title:
        notes.append("plan.source, compiled_by, reviewed_by, published_by: no sentence saying "
                     "who compiled and published the plan; the title stands in, replace them")
    else:
        for field, value in (("compiled_by", compiled), ("reviewed_by", reviewed),
                             ("published_by", published)):
            if not value:
                notes.append(f"plan.{field}: not in the sentence {sentence[:24]}…; "
                             "a stand-in from it is used, check it")
        fill = compiled or published or reviewed
        compiled, reviewed, published = (compiled or fill, reviewed or fill, published or fill)
    return Meta(title, short_title, start, end, compiled, reviewed, published, sentence,
                tuple(notes))


def _title(text: str) -> str | None:
    for pattern in (_TITLE_NHRAP, _TITLE_BOOK, _TITLE_PLAIN):
        match = pattern.search(text)
        if match:
            return match[0] if pattern is _TITLE_NHRAP else match[1]
    return None


def _fallback_title(layout: Layout) -> str:
    for para in layout.intro:
        if 2 <= len(para.text) <= 40 and "。" not in para.text and not para.text.endswith(
                ("：", ":")):
            return para.text
    if layout.parts:
        return layout.parts[0].title
    return "导言"


_SENTENCE = re.compile(r"[^。：]+。")


def _sentences(texts: list[str]) -> list[str]:
    """The sentences ending in 。 of each text (a text's tail without 。 is dropped)."""
    return [s for text in texts for s in _SENTENCE.findall(text)]


def _makers(intro: list[str], source: str, title: str) -> tuple[str, str, str, str]:
    """(compiled_by, reviewed_by, published_by, the sentence that says so)."""
    for texts in (intro, [source]):
        for sentence in _sentences(texts):
            if DASH in sentence:
                continue
            compiled = _COMPILED.search(sentence)
            published = _PUBLISHED.search(sentence)
            if compiled or published:
                reviewed = _REVIEWED.search(sentence)
                maker = _trim(compiled[1]) if compiled else ""
                publisher = _trim(published[1]) if published else ""
                if not publisher and ("发布" in sentence or "印发" in sentence):
                    publisher = maker
                return maker, _trim(reviewed[1]) if reviewed else "", publisher, sentence
    for sentence in _sentences(intro):
        made = _MAKER.search(sentence)
        if made and title in sentence:
            name = re.split(r"[，、]", made[1])[-1]
            if len(name) >= 2:
                return name, "", "", sentence
    return title, title, title, title


def _trim(name: str) -> str:
    return re.split(r"牵头|负责|会同|共同|组织|，", name)[0]
