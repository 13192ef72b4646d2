"""Merge a fresh draft into an existing content folder: the text decides, curation is kept.

Structure and Chinese text come from the draft (the new text). Each draft item is matched with
the curated item that has the same Chinese key, and keeps the curated id and English:

* parts and lessons by their title (a lesson by part and section title, else section title);
* measures by their title (first sentence), in the same lesson or, if moved, anywhere;
* targets by sentence, value and unit (then metric): a matched target keeps every curated field
  (metric, comparator, baseline, English), since a person checked them;
* principles by name; goals by text, else by their first sentence;
* glossary terms stay while the term still occurs in their lesson (plan-wide: in the text).

A curated target the extractor does not propose stays while its sentence still states its
value in a measure of its lesson; one whose sentence changed is matched, by measure and unit,
with a new target there and takes its value and wording (a changed target, not a new one).
Draft items without a match are added with their draft ids (never the id of a curated item,
even a removed one); curated items without one are removed. Every addition, change and removal
is reported as a :class:`Change`.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import replace
from typing import Generic
from typing import TypeVar

from edu.content.model import Goal
from edu.content.model import Lesson
from edu.content.model import Measure
from edu.content.model import Part
from edu.content.model import Plan
from edu.content.model import PlanInfo
from edu.content.model import Principle
from edu.content.model import Target
from edu.content.model import Term
from edu.ingest.draft import content_id
from edu.numerals import format_number
from edu.numerals import states_quantity
from edu.text import squeeze

T = TypeVar("T")
_STOPS = ("。", "；")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between the curated content and the merged result."""

    sign: str  # "+" added, "~" changed, "-" removed
    kind: str
    id: str
    label: str
    detail: str = ""

    def __str__(self) -> str:
        label = self.label if len(self.label) <= 30 else self.label[:29] + "…"
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.sign} {self.kind} {self.id}: {label}{detail}"


class _Matcher(Generic[T]):
    """Curated items by key; each can be taken once."""

    def __init__(self, items: Iterable[T], *keys: Callable[[T], object]) -> None:
        items = list(items)
        self.index: list[dict[object, list[T]]] = []
        for key in keys:
            table: dict[object, list[T]] = {}
            for item in items:
                table.setdefault(key(item), []).append(item)
            self.index.append(table)
        self.used: set[int] = set()

    def take(self, *values: object) -> T | None:
        for table, value in zip(self.index, values, strict=True):
            for item in table.get(value, []):
                if id(item) not in self.used:
                    self.used.add(id(item))
                    return item
        return None

    def left(self, items: Iterable[T]) -> list[T]:
        return [item for item in items if id(item) not in self.used]


def _whole_sentence(sentence: str, body: str) -> bool:
    start = body.find(sentence)
    return start >= 0 and (start == 0 or body[start - 1] in _STOPS) and sentence.endswith(_STOPS)


class _Merge:
    def __init__(self, draft: Plan, curated: Plan) -> None:
        self.draft = draft
        self.curated = curated
        self.source = squeeze(draft.source_text)
        self.changes: list[Change] = []
        # every curated id is reserved: a new item never takes the id of another (even removed)
        items: list[Part | Lesson | Measure | Target | Principle | Goal] = [
            *curated.parts, *curated.lessons, *curated.measures, *curated.targets,
            *curated.introduction.principles, *curated.introduction.goals]
        self.ids: set[str] = {x.id for x in items}

    def note(self, sign: str, kind: str, item_id: str, label: str, detail: str = "") -> None:
        self.changes.append(Change(sign, kind, item_id, label, detail))

    def fresh(self, item_id: str) -> str:
        """*item_id*, or a variant of it when a kept curated id already has that name."""
        candidate, n = item_id, 1
        while candidate in self.ids:
            n += 1
            candidate = content_id(item_id.split("-")[0], "merge", item_id, str(n))
        self.ids.add(candidate)
        return candidate

    # -- plan and introduction -----------------------------------------------------------
    def info(self) -> PlanInfo:
        new, old = self.draft.info, self.curated.info
        title_ok = old.title in self.source
        source_ok = old.source in self.source
        info = replace(
            old,
            title=old.title if title_ok else new.title,
            short_title=old.short_title if title_ok else new.short_title,
            start=old.start if title_ok else new.start, end=old.end if title_ok else new.end,
            compiled_by=old.compiled_by if source_ok else new.compiled_by,
            reviewed_by=old.reviewed_by if source_ok else new.reviewed_by,
            published_by=old.published_by if source_ok else new.published_by,
            source=old.source if source_ok else new.source, source_file=new.source_file,
        )
        changed = [f for f in ("title", "short_title", "start", "end", "compiled_by",
                               "reviewed_by", "published_by", "source", "source_file")
                   if getattr(info, f) != getattr(old, f)]
        if changed:
            self.note("~", "plan", info.id, info.title, ", ".join(changed))
        return info

    def principles(self) -> tuple[Principle, ...]:
        old = self.curated.introduction.principles
        match = _Matcher(old, lambda p: p.name)
        out = []
        for p in self.draft.introduction.principles:
            c = match.take(p.name)
            if c is None:
                out.append(replace(p, id=self.fresh(p.id)))
                self.note("+", "principle", out[-1].id, p.name)
                continue
            out.append(replace(c, id=c.id, name=p.name, text=p.text))
            if c.text != p.text:
                self.note("~", "principle", c.id, p.name, "text")
        for c in match.left(old):
            self.note("-", "principle", c.id, c.name)
        return tuple(out)

    def goals(self) -> tuple[Goal, ...]:
        old = self.curated.introduction.goals
        match = _Matcher(old, lambda g: g.text, lambda g: g.text.split("。")[0])
        out = []
        for g in self.draft.introduction.goals:
            c = match.take(g.text, g.text.split("。")[0])
            if c is None:
                out.append(replace(g, id=self.fresh(g.id)))
                self.note("+", "goal", out[-1].id, g.text)
                continue
            out.append(replace(c, id=c.id, text=g.text))
            if c.text != g.text:
                self.note("~", "goal", c.id, g.text, "text")
        for c in match.left(old):
            self.note("-", "goal", c.id, c.text)
        return tuple(out)

    # -- parts, lessons, measures, targets -----------------------------------------------
    def run(self) -> Plan:
        info = self.info()
        old_intro, new_intro = self.curated.introduction, self.draft.introduction
        if old_intro.ideology != new_intro.ideology:
            self.note("~", "introduction", "guiding_ideology", new_intro.ideology, "text")
        introduction = replace(old_intro, ideology=new_intro.ideology,
                               principles=self.principles(), goals=self.goals())
        part_titles = {p.id: p.title for p in self.curated.parts}
        new_part_titles = {p.id: p.title for p in self.draft.parts}
        parts_match = _Matcher(self.curated.parts, lambda p: p.title)
        lessons_match = _Matcher(self.curated.lessons,
                                 lambda x: (part_titles.get(x.part), x.title), lambda x: x.title)
        lesson_titles = {x.id: x.title for x in self.curated.lessons}
        measures_match = _Matcher(self.curated.measures,
                                  lambda m: (lesson_titles[m.lesson], m.title), lambda m: m.title)
        parts: list[Part] = []
        lessons: list[Lesson] = []
        by_part: dict[str, list[Lesson]] = {}
        for lesson in self.draft.lessons:
            by_part.setdefault(lesson.part, []).append(lesson)
        for part in self.draft.parts:
            c = parts_match.take(part.title)
            if c is None:
                part_id = self.fresh(part.id)
                self.note("+", "part", part_id, part.heading)
                merged_part = replace(part, id=part_id)
            else:
                part_id = c.id
                merged_part = replace(c, number=part.number, title=part.title, lead=part.lead)
                changed = [f for f in ("number", "lead") if getattr(c, f) != getattr(part, f)]
                if changed:
                    self.note("~", "part", part_id, part.heading, ", ".join(changed))
            part_lessons = [self.lesson(x, part_id, new_part_titles[part.id], lessons_match,
                                        measures_match)
                            for x in by_part.get(part.id, [])]
            lessons.extend(part_lessons)
            parts.append(replace(merged_part, lessons=tuple(x.id for x in part_lessons)))
        for c in parts_match.left(self.curated.parts):
            self.note("-", "part", c.id, c.heading)
        gone = lessons_match.left(self.curated.lessons)
        for lesson in gone:
            self.note("-", "lesson", lesson.id, lesson.heading,
                      f"{len(lesson.measures)} measures, {len(lesson.targets)} targets")
        gone_ids = {lesson.id for lesson in gone}
        for m in measures_match.left(self.curated.measures):
            if m.lesson not in gone_ids:
                self.note("-", "measure", m.id, m.title)
        glossary = self.terms(self.curated.glossary, self.source, "plan glossary")
        return Plan(info, introduction, tuple(parts), tuple(lessons), glossary,
                    self.draft.source_text)

    def lesson(self, new: Lesson, part_id: str, part_title: str,
               lessons_match: _Matcher[Lesson], measures_match: _Matcher[Measure]) -> Lesson:
        c = lessons_match.take((part_title, new.title), new.title)
        if c is None:
            lesson_id = self.fresh(new.id)
            self.note("+", "lesson", lesson_id, new.heading,
                      f"{len(new.measures)} measures, {len(new.targets)} targets")
            base = replace(new, id=lesson_id)
        else:
            lesson_id = c.id
            base = c
            changed = [f for f in ("number", "lead") if getattr(c, f) != getattr(new, f)]
            if c.part != part_id:
                changed.append("part")
            if changed:
                self.note("~", "lesson", lesson_id, new.heading, ", ".join(changed))
        measures, ids = self.measures(new, lesson_id, measures_match)
        merged = replace(base, id=lesson_id, part=part_id, number=new.number, title=new.title,
                         lead=new.lead, measures=measures, targets=(), terms=())
        targets = self.targets(new, c, merged, ids)
        terms = self.terms(c.terms if c else (), merged.text, f"lesson {lesson_id}")
        return replace(merged, targets=targets, terms=terms)

    def measures(self, new: Lesson, lesson_id: str,
                 match: _Matcher[Measure]) -> tuple[tuple[Measure, ...], dict[str, str]]:
        out: list[Measure] = []
        ids: dict[str, str] = {}
        for m in new.measures:
            c = match.take((new.title, m.title), m.title)
            if c is None:
                ids[m.id] = self.fresh(m.id)
                out.append(replace(m, id=ids[m.id], lesson=lesson_id))
                self.note("+", "measure", ids[m.id], m.title)
                continue
            ids[m.id] = c.id
            out.append(replace(c, lesson=lesson_id, title=m.title, text=m.text))
            changed = [f for f in ("text", "lesson") if getattr(c, f) != getattr(out[-1], f)]
            if changed:
                self.note("~", "measure", c.id, m.title, ", ".join(changed))
        return tuple(out), ids

    def targets(self, new: Lesson, old: Lesson | None, merged: Lesson,
                ids: dict[str, str]) -> tuple[Target, ...]:
        old_targets = old.targets if old else ()
        exact = _Matcher(old_targets, lambda t: (t.source, t.value, t.unit, t.metric),
                         lambda t: (t.source, t.value, t.unit))
        out: list[Target] = []
        pending: list[Target] = []
        for t in new.targets:
            c = exact.take((t.source, t.value, t.unit, t.metric), (t.source, t.value, t.unit))
            if c is None:
                pending.append(t)
            else:
                out.append(replace(c, lesson=merged.id, measure=ids[t.measure]))
        gone: list[Target] = []
        for c in exact.left(old_targets):
            home = next((m for m in merged.measures if _whole_sentence(c.source, m.source)),
                        None)
            if home is not None and states_quantity(c.source, c.value, c.unit):
                out.append(replace(c, lesson=merged.id, measure=home.id))
            else:
                gone.append(c)
        # a curated target whose sentence changed: same measure and unit → changed, not new
        rewritten = _Matcher(gone, lambda c: (c.measure, c.unit))
        for t in pending:
            c = rewritten.take((ids[t.measure], t.unit))
            if c is None:
                out.append(replace(t, id=self.fresh(t.id), lesson=merged.id,
                                   measure=ids[t.measure]))
                self.note("+", "target", out[-1].id, t.metric,
                          f"{format_number(t.value)}{t.unit}, {t.comparator}")
                continue
            out.append(replace(
                c, lesson=merged.id, measure=ids[t.measure], value=t.value,
                comparator=t.comparator, approximate=t.approximate, baseline=t.baseline,
                source=t.source, metric=c.metric if c.metric in t.source else t.metric))
            self.note("~", "target", c.id, t.metric,
                      f"{format_number(c.value)}{c.unit} {c.comparator} → "
                      f"{format_number(t.value)}{t.unit} {t.comparator}")
        for c in rewritten.left(gone):
            self.note("-", "target", c.id, c.metric,
                      f"{format_number(c.value)}{c.unit}: its sentence is gone")
        order = {m.id: i for i, m in enumerate(merged.measures)}
        out.sort(key=lambda t: (order[t.measure],
                                merged.measures[order[t.measure]].source.find(t.source)))
        return tuple(out)

    def terms(self, terms: Iterable[Term], text: str, where: str) -> tuple[Term, ...]:
        kept = []
        for term in terms:
            if term.term in text:
                kept.append(term)
            else:
                self.note("-", "term", term.term, term.term_en or term.term,
                          f"no longer in the {where}")
        return tuple(kept)


def merge(draft: Plan, curated: Plan, plan_id: str | None = None) -> tuple[Plan, list[Change]]:
    """Merge *draft* into *curated* (see the module docstring); *plan_id* (``--id``) renames
    the plan, otherwise the curated id stays."""
    job = _Merge(draft, curated)
    merged = job.run()
    if plan_id is not None and plan_id != merged.info.id:
        job.note("~", "plan", plan_id, merged.info.title, f"id was {merged.info.id}")
        merged = replace(merged, info=replace(merged.info, id=plan_id))
    return merged, job.changes
