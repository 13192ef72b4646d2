"""One lesson to hand out: a lesson picker, the reader, its target charts.

``lesson_from_query`` lets a teacher share a Voilà link such as
``…/voila/render/02-lesson.ipynb?lesson=health``: Voilà passes the query string to the kernel in
``$QUERY_STRING``. In JupyterLab, set ``LESSON`` in the notebook's first cell instead.

``check`` makes the lesson's check-your-understanding quiz (see
:func:`edu.widgets.quiz_player.lesson_check`): it is called with the lesson id whenever the
lesson changes, and follows the language toggle.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any
from typing import Protocol
from urllib.parse import parse_qs

import ipywidgets as w

from edu.content.model import Plan
from edu.present.html import lesson_html
from edu.present.strings import lang_options
from edu.present.strings import t
from edu.widgets.explore import lesson_charts
from edu.widgets.page import chart


def lesson_from_query(default: str, query_string: str | None = None) -> str:
    """The ``lesson`` parameter of the page's query string, else *default*."""
    raw = os.environ.get("QUERY_STRING", "") if query_string is None else query_string
    values = parse_qs(raw).get("lesson")
    return values[0] if values else default


class CheckQuiz(Protocol):
    """What ``LessonView(check=…)`` shows under the lesson: a widget that can switch language."""

    widget: w.Widget

    def set_lang(self, lang: str) -> None: ...


class LessonView:
    """Reader and charts of one lesson, with a picker to switch lessons."""

    def __init__(self, plan: Plan, lesson: str, lang: str = "both",
                 extra: w.Widget | None = None,
                 check: Callable[[str], CheckQuiz] | None = None) -> None:
        plan.lesson(lesson)  # an unknown id raises a clear error listing the valid ones
        self.plan = plan
        self.picker = w.Dropdown(options=[(f"{x.heading} {x.title_en}", x.id)
                                          for x in plan.lessons], value=lesson,
                                 description=t("lesson_picker", "both"),
                                 style={"description_width": "initial"},
                                 layout=w.Layout(width="32rem"))
        self.picker.add_class("edu-lesson-picker")
        self.lang = w.ToggleButtons(options=lang_options(), value=lang)
        self.lang.add_class("edu-lang")
        self.reader = w.HTML()
        self.charts = w.VBox()
        self.make_check = check
        self.check: CheckQuiz | None = None
        self._check_lesson = ""
        self.check_box = w.VBox()
        self.check_box.add_class("edu-lesson-check")
        self.widget = w.VBox([w.HBox([self.picker, self.lang]), self.reader, self.charts,
                              self.check_box] + ([extra] if extra is not None else []))
        self.widget.add_class("edu-lesson-view")
        self.picker.observe(self._changed, names="value")
        self.lang.observe(self._changed, names="value")
        self.show()

    @property
    def lesson(self) -> str:
        return str(self.picker.value)

    def _changed(self, change: dict[str, Any]) -> None:
        self.show()

    def show(self) -> None:
        lesson = self.plan.lesson(self.lesson)
        self.reader.value = lesson_html(self.plan, lesson, str(self.lang.value))
        self.charts.children = [chart(png, alt) for png, alt in
                                lesson_charts(self.plan, lesson.id, str(self.lang.value))]
        if self.make_check is not None:
            if self.check is None or self._check_lesson != lesson.id:
                self.check = self.make_check(lesson.id)
                self._check_lesson = lesson.id
                self.check_box.children = [self.check.widget]
            self.check.set_lang(str(self.lang.value))
