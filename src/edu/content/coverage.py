"""How much of the source text the content renders in English.

:func:`english_pairs` lists every Chinese text field of the content beside its English;
:func:`coverage` marks, in the source with whitespace removed, the characters that a Chinese
field with non-empty English stands for, and returns the share. Headings are counted like any
other text (the content has them as titles); nothing is left out of the denominator, so the
figure is a lower bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from edu.content.model import Plan
from edu.text import squeeze


@dataclass(frozen=True, slots=True)
class Pair:
    """A Chinese text field, its English, and where it is in the content (``file:line``)."""

    field: str
    zh: str
    en: str
    where: str
    within: str = ""  # a larger verbatim text it lies in (a target's sentence: its measure)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Characters of the source (whitespace removed) that have English, and what is missing."""

    covered: int
    total: int
    missing: tuple[str, ...]  # source passages without English, in source order

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 1.0


def english_pairs(plan: Plan) -> list[Pair]:
    """Every Chinese text field of *plan* with its English (possibly empty)."""
    info, intro = plan.info, plan.introduction
    where = plan.parts[0].where.rsplit(":", 1)[0] if plan.parts else "plan.yaml"
    pairs = [Pair("plan.title", info.title, info.title_en, where),
             Pair("plan.source", info.source, info.source_en, where),
             Pair("introduction.title", intro.title, intro.title_en, where)]
    pairs += [Pair("introduction.background", b.text, b.text_en, b.where)
              for b in intro.background]
    for key in ("ideology_lead", "principles_lead", "goals_lead"):
        lead = getattr(intro, key)
        if lead is not None:
            pairs.append(Pair(f"introduction.{key}", lead.text, lead.text_en, lead.where))
    pairs.append(Pair("introduction.guiding_ideology", intro.ideology, intro.ideology_en, where))
    for p in intro.principles:
        pairs.append(Pair("principle.name", p.name, p.name_en, p.where, p.source))
        pairs.append(Pair("principle.text", p.text, p.text_en, p.where, p.source))
    pairs += [Pair("goal.text", g.text, g.text_en, g.where) for g in intro.goals]
    for part in plan.parts:
        pairs.append(Pair("part.title", part.heading, part.title_en, part.where))
        if part.lead:
            pairs.append(Pair("part.lead", part.lead, part.lead_en, part.where))
    for lesson in plan.lessons:
        pairs.append(Pair("lesson.title", lesson.heading, lesson.title_en, lesson.where))
        pairs.append(Pair("lesson.lead", lesson.lead, lesson.lead_en, lesson.where))
        for m in lesson.measures:
            pairs.append(Pair("measure.title", m.title + "。", m.title_en, m.where,
                              "——" + m.source))
            if m.text:
                pairs.append(Pair("measure.text", m.text, m.text_en, m.where, "——" + m.source))
        for t in lesson.targets:
            body = next((m.source for m in lesson.measures if m.id == t.measure), "")
            pairs.append(Pair("target.source", t.source, t.source_en, t.where, body))
    return pairs


def coverage(plan: Plan) -> Coverage:
    """The share of the source's characters (whitespace removed) that have English."""
    source = squeeze(plan.source_text)
    marked = bytearray(len(source))
    for pair in english_pairs(plan):
        if not pair.en.strip() or not pair.zh:
            continue
        base = source.find(pair.within) if pair.within else 0
        start = source.find(pair.zh, max(base, 0))
        if start < 0:
            continue
        marked[start:start + len(pair.zh)] = b"\x01" * len(pair.zh)
    missing: list[str] = []
    run: list[str] = []
    for char, flag in zip(source, marked, strict=True):
        if flag:
            if run:
                missing.append("".join(run))
                run = []
        else:
            run.append(char)
    if run:
        missing.append("".join(run))
    return Coverage(sum(marked), len(source), tuple(missing))
