"""The progress dashboard as a figure: accuracy by lesson and kind, reviews, predicted recall.

It lives with the study data it draws; the CJK font set-up and bar style come from
:mod:`edu.present.charts`, which knows nothing of learners.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from edu.content.model import Plan
from edu.lang import single
from edu.present.charts import PALETTE
from edu.present.charts import hbars
from edu.present.charts import lesson_names
from edu.present.charts import setup
from edu.present.strings import say
from edu.questions.registry import kind_title
from edu.study.stats import Dashboard


def _empty(ax: Axes, key: str, lang: str) -> None:
    """A panel with nothing to draw: no axes, the catalogue's *key* in its middle."""
    ax.axis("off")
    ax.text(0.5, 0.5, say(key, lang, sep="\n"), ha="center")


def progress_figure(board: Dashboard, plan: Plan, lang: str = "zh") -> Figure:
    """The dashboard: accuracy by lesson and by kind, reviews per day, predicted recall."""
    setup()
    names = lesson_names(plan, lang)
    fig = Figure(layout="constrained", figsize=(11, 7.5))
    grid = fig.subplots(2, 2)
    ax = grid[0][0]
    if board.by_lesson:
        hbars(ax, [names.get(a.key, a.key) for a in board.by_lesson],
              [a.mean for a in board.by_lesson], PALETTE[0])
    else:
        _empty(ax, "chart.no_answers", lang)
    ax.set_title(say("chart.by_lesson", lang, sep="\n"))
    ax = grid[0][1]
    if board.by_kind:
        hbars(ax, [kind_title(a.key, single(lang)) for a in board.by_kind],
              [a.mean for a in board.by_kind], PALETTE[1])
    else:
        ax.axis("off")
    ax.set_title(say("chart.by_kind", lang, sep="\n"))
    ax = grid[1][0]
    if any(n for _, n in board.reviews_per_day):
        days = [d[5:] for d, _ in board.reviews_per_day]
        ax.bar(days, [n for _, n in board.reviews_per_day], color=PALETTE[2])
        ax.tick_params(axis="x", labelrotation=60, labelsize=7)
        ax.spines[["top", "right"]].set_visible(False)
    else:  # an empty bar chart would draw a meaningless −0.04…0.04 axis
        _empty(ax, "chart.no_reviews", lang)
    ax.set_title(say("chart.reviews", lang, sep="\n"))
    ax = grid[1][1]
    if board.retention_by_lesson:
        keys = [k for k in [*names] if k in board.retention_by_lesson]
        hbars(ax, [names[k] for k in keys], [board.retention_by_lesson[k] for k in keys],
              PALETTE[3])
        overall = f"{board.retention:.0%}" if board.retention is not None else "—"
        ax.set_title(say("chart.recall_overall", lang, overall, sep="\n"))
    else:
        _empty(ax, "chart.no_reviews", lang)
        ax.set_title(say("chart.recall", lang, sep="\n"))
    return fig
