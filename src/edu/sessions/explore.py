"""Exploring the plan: a part → lesson → measure tree, search, and the reader pane."""

from __future__ import annotations

from dataclasses import dataclass

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.content.search import Hit
from edu.content.search import search
from edu.lang import check_lang
from edu.lang import pick
from edu.present.html import introduction_html
from edu.present.html import lesson_html
from edu.present.strings import say
from edu.present.strings import t


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the tree: a key the session understands, its depth and its label."""

    key: str
    depth: int
    label: str


class ExploreSession:
    """What the explorer shows: language, search query, hits, tree and selected item."""

    def __init__(self, plan: Plan, lang: str = "both") -> None:
        self.plan = plan
        self.lang = "both"
        self.set_lang(lang)
        self.query = ""
        self.hits: list[Hit] = []
        self.selected = INTRODUCTION

    def set_lang(self, lang: str) -> None:
        check_lang(lang)
        self.lang = lang

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self.hits = search(self.plan, self.query) if self.query else []
        lessons = self._hit_lessons()
        if self.query and lessons and self._selected_lesson() not in lessons:
            first = next(h for h in self.hits if h.lesson)
            self.selected = f"lesson:{first.lesson}"

    def _hit_lessons(self) -> set[str]:
        return {h.lesson for h in self.hits if h.lesson}

    def _selected_lesson(self) -> str | None:
        if self.selected.startswith("lesson:"):
            return self.selected.removeprefix("lesson:")
        if self.selected.startswith("measure:"):
            return self.selected.removeprefix("measure:").split("/", 1)[0]
        return None

    def _label(self, zh: str, en: str) -> str:
        return pick(zh, en, self.lang, "  ")

    def tree(self) -> list[Entry]:
        """The tree rows; while searching, only branches with a hit (and their parents)."""
        lessons_hit = self._hit_lessons()
        measures_hit = {(h.lesson, h.item_id) for h in self.hits if h.kind == "measure"}
        intro_hit = any(not h.lesson for h in self.hits)
        rows: list[Entry] = []
        if not self.query or intro_hit:
            rows.append(Entry(INTRODUCTION, 0, say("introduction", self.lang, sep="  ")))
        for part in self.plan.parts:
            lessons = [self.plan.lesson(x) for x in part.lessons]
            if self.query:
                lessons = [x for x in lessons if x.id in lessons_hit]
                if not lessons:
                    continue
            rows.append(Entry(f"part:{part.id}", 0, self._label(part.heading, part.title_en)))
            for lesson in lessons:
                rows.append(Entry(f"lesson:{lesson.id}", 1,
                                  self._label(lesson.heading, lesson.title_en)))
                for m in lesson.measures:
                    if not self.query or (lesson.id, m.id) in measures_hit:
                        rows.append(Entry(f"measure:{lesson.id}/{m.id}", 2,
                                          self._label(m.title, m.title_en)))
        return rows

    def select(self, key: str) -> None:
        """Select a tree row; a part selects its first lesson."""
        if key.startswith("part:"):
            part = self.plan.part(key.removeprefix("part:"))
            key = f"lesson:{part.lessons[0]}"
        if key != INTRODUCTION:
            lesson_id = key.split(":", 1)[1].split("/", 1)[0]
            self.plan.lesson(lesson_id)  # raises a clear error for an unknown id
        self.selected = key

    @property
    def lesson_id(self) -> str | None:
        """The lesson on show, or ``None`` for the introduction."""
        return self._selected_lesson()

    def status(self) -> str:
        if not self.query:
            return ""
        if not self.hits:
            return t("no_results", self.lang)
        return f"{t('results', self.lang)}: {len(self.hits)}"

    def reader_html(self) -> str:
        lesson = self._selected_lesson()
        if lesson is None:
            return introduction_html(self.plan, self.lang, self.query)
        return lesson_html(self.plan, self.plan.lesson(lesson), self.lang, self.query)
