"""The explorer widget: search box, language toggle, plan tree, reader and target charts."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from edu.content.model import Plan
from edu.present import charts
from edu.present.strings import lang_options
from edu.present.strings import t
from edu.sessions.explore import ExploreSession
from edu.widgets.chart_text import count_alt
from edu.widgets.chart_text import percentage_alt
from edu.widgets.page import chart


def lesson_charts(plan: Plan, lesson: str | None, lang: str) -> list[tuple[bytes, str]]:
    """PNG charts for a lesson's targets (percentages, then other units), each with its text
    alternative; none if it has none."""
    if lesson is None or not plan.lesson(lesson).targets:
        return []
    chart_lang = "zh" if lang == "both" else lang
    out = []
    if any(x.unit == "%" for x in plan.lesson(lesson).targets):
        out.append((charts.png(charts.percentage_targets(plan, chart_lang, lesson=lesson)),
                    percentage_alt(plan, lesson, lang)))
    if any(x.unit != "%" for x in plan.lesson(lesson).targets):
        out.append((charts.png(charts.count_targets(plan, chart_lang, lesson=lesson)),
                    count_alt(plan, lesson, lang)))
    return out


class ExploreView:
    """Show an :class:`ExploreSession`; ``display(view.widget)`` in a notebook.

    The tree sits beside the reader on a wide screen and above it on a narrow one (the two
    panes wrap: ``edu-explore-side`` and ``edu-explore-main`` in :mod:`edu.widgets.page`).
    """

    def __init__(self, session: ExploreSession) -> None:
        self.session = session
        self.search = w.Text(placeholder=t("search_placeholder", session.lang),
                             description=t("search", "both"), continuous_update=False,
                             layout=w.Layout(width="100%"))
        self.search.add_class("edu-search")
        self.lang = w.ToggleButtons(options=lang_options(), value=session.lang)
        self.lang.add_class("edu-lang")
        self.status = w.HTML()
        # radio buttons, not a <select>: a listbox cuts each row at its width, and a
        # measure's title in both languages is longer than any phone (or the side pane)
        self.tree = w.RadioButtons(options=[], value=None, description=t("plan_tree", "both"),
                                   layout=w.Layout(width="100%"),
                                   style={"description_width": "initial"})
        self.tree.add_class("edu-tree")
        self.reader = w.HTML()
        self.reader.add_class("edu-reader-pane")
        self.chart_box = w.VBox()
        self._charts: dict[tuple[str | None, str], list[tuple[bytes, str]]] = {}
        self._refreshing = False
        left = w.VBox([self.search, self.status, self.tree])
        left.add_class("edu-explore-side")
        right = w.VBox([self.reader, self.chart_box])
        right.add_class("edu-explore-main")
        body = w.Box([left, right])
        body.add_class("edu-explore-body")
        self.widget = w.VBox([self.lang, body])
        self.widget.add_class("edu-explore")
        self.search.observe(self._on_search, names="value")
        self.lang.observe(self._on_lang, names="value")
        self.tree.observe(self._on_select, names="value")
        self.refresh()

    def _on_search(self, change: dict[str, Any]) -> None:
        self.session.set_query(str(change["new"]))
        self.refresh()

    def _on_lang(self, change: dict[str, Any]) -> None:
        self.session.set_lang(str(change["new"]))
        self.refresh()

    def _on_select(self, change: dict[str, Any]) -> None:
        if self._refreshing:
            return
        if change["new"] and change["new"] != self.session.selected:
            self.session.select(str(change["new"]))
            self._show_selected()

    def refresh(self) -> None:
        entries = self.session.tree()
        keys = {e.key for e in entries}
        self._refreshing = True
        try:
            self.tree.options = [("\u3000" * e.depth + e.label, e.key) for e in entries]
            self.tree.value = self.session.selected if self.session.selected in keys else None
        finally:
            self._refreshing = False
        self.status.value = self.session.status()
        self._show_selected()

    def _show_selected(self) -> None:
        self.reader.value = self.session.reader_html()
        key = (self.session.lesson_id, self.session.lang)
        if key not in self._charts:
            self._charts[key] = lesson_charts(self.session.plan, *key)
        self.chart_box.children = [chart(png, alt) for png, alt in self._charts[key]]
