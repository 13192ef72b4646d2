"""The progress dashboard: charts, the ten weakest targets and a "practise these" button.

With no answers and no reviews yet it says so in words (``edu-empty``) and draws no chart;
otherwise the figure comes with a text alternative giving its numbers
(:func:`edu.widgets.chart_text.progress_alt`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from collections.abc import Sequence
from datetime import datetime

import ipywidgets as w

from edu.content.model import Plan
from edu.present import charts
from edu.present.strings import say
from edu.present.strings import t
from edu.present.strings import text
from edu.study.figures import progress_figure
from edu.study.review import StudyItem
from edu.study.stats import Dashboard
from edu.study.stats import dashboard
from edu.study.store import ProgressStore
from edu.widgets.chart_text import progress_alt
from edu.widgets.page import chart_html
from edu.widgets.quiz_controls import html_text


def weakest_html(board: Dashboard, lang: str = "both") -> str:
    if not board.weakest:
        return html_text(text("progress.not_enough"), lang, "edu-empty-line")
    rows = []
    for n, weak in enumerate(board.weakest, 1):
        recall = "—" if weak.recall is None else f"{weak.recall:.0%}"
        front = weak.item.front if lang != "en" else weak.item.front_en
        rows.append(f"<tr><td>{n}</td><td>{html.escape(front)}</td>"
                    f"<td>{weak.strength:.0%}</td><td>{weak.attempts}</td><td>{recall}</td></tr>")
    heads = "".join(f'<th scope="col">{html.escape(say(f"progress.{key}", lang, sep=" "))}</th>'
                    for key in ("target", "strength", "answers", "recall"))
    return ('<table class="edu-weakest" style="border-collapse:collapse">'
            f'<tr><th scope="col">#</th>{heads}</tr>' + "".join(rows) + "</table>")


class DashboardView:
    """Charts and the weakest targets; *on_practise* gets their item ids when clicked."""

    def __init__(self, plan: Plan, store: ProgressStore, items: Sequence[StudyItem],
                 clock: Callable[[], datetime], lang: str = "both",
                 on_practise: Callable[[list[str]], None] | None = None) -> None:
        self.plan, self.store, self.items, self.clock = plan, store, list(items), clock
        self.lang = lang
        self.on_practise = on_practise
        self.summary = w.HTML()
        self.figure = w.HTML()
        self.figure.add_class("edu-progress-figure")
        self.weakest = w.HTML()
        self.practise = w.Button(description=t("practise", "both"), button_style="warning",
                                 layout=w.Layout(width="auto"))
        self.practise.add_class("edu-practise")
        self.practise.on_click(lambda _b: self._practise())
        self.refresh_button = w.Button(description=t("refresh", "both"))
        self.refresh_button.add_class("edu-refresh")
        self.refresh_button.on_click(lambda _b: self.refresh())
        self.widget = w.VBox([w.HBox([self.summary, self.refresh_button]), self.figure,
                              w.HTML(f"<h2>{html.escape(t('weakest', 'both'))}</h2>"),
                              self.weakest, self.practise])
        self.widget.add_class("edu-dashboard")
        self.board: Dashboard | None = None
        self.refresh()

    def refresh(self) -> None:
        board = dashboard(self.store, self.items, self.clock(),
                          lesson_order=[x.id for x in self.plan.lessons])
        self.board = board
        recall = "—" if board.retention is None else f"{board.retention:.0%}"
        self.summary.value = html.escape(say(
            "progress.summary", self.lang, due=board.due_today,
            new=board.new_today, answers=board.attempts, recall=recall))
        if board.attempts or board.reviews:
            png = charts.png(progress_figure(board, self.plan, self.lang))
            alt = progress_alt(board, self.plan, "en" if self.lang == "en" else "both")
            self.figure.value = chart_html(png, alt)
        else:
            self.figure.value = (f'<p class="edu-empty">'
                                 f"{html.escape(t('progress_empty', 'zh'))}<br>"
                                 f'<span class="edu-en">{html.escape(t("progress_empty", "en"))}'
                                 "</span></p>")
        self.weakest.value = weakest_html(board, self.lang)
        self.practise.disabled = not board.weakest

    def weakest_ids(self) -> list[str]:
        return [weak.item.id for weak in self.board.weakest] if self.board else []

    def _practise(self) -> None:
        if self.on_practise is not None:
            self.on_practise(self.weakest_ids())
