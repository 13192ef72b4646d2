"""Matplotlib figures of the plan's targets, with Chinese that renders (no empty boxes).

:func:`setup` registers the project's CJK font with matplotlib once; every figure function calls
it. Figures are built with the object API (``matplotlib.figure.Figure``), never pyplot, so they
carry no global state; :func:`png` renders one to bytes for widgets and files. Titles and empty
states are the catalogue's ``chart.`` entries, and :func:`lesson_names` is the one table of
lesson names a chart (or its text alternative) labels bars with.
"""

from __future__ import annotations

import io
import textwrap
from collections import defaultdict
from functools import cache

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import qty_en
from edu.content.wording import quantity
from edu.fonts import FAMILY
from edu.fonts import cjk_font_path
from edu.lang import single
from edu.numerals import format_number
from edu.present.strings import say

#: Marker text for each comparator on a bar (zh, en).
COMPARATOR_MARK = {
    "at_least": ("≥", "≥"), "at_most": ("≤", "≤"), "about": ("≈", "≈"), "reach": ("", ""),
    "raise_to": ("↑", "↑"), "increase_by": ("+", "+"), "reduce_by": ("−", "−"),
    "extend_to": ("→", "→"), "extend_by": ("+", "+"),
}
PALETTE = ("#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b7791f", "#c53030", "#319795")


@cache
def setup() -> str:
    """Register the CJK font with matplotlib (once) and return its family name."""
    import matplotlib as mpl
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(cjk_font_path()))
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [FAMILY, "DejaVu Sans"]
    mpl.rcParams["axes.unicode_minus"] = False
    return FAMILY


def png(figure: Figure, dpi: int = 110) -> bytes:
    """Render *figure* to PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


def lesson_names(plan: Plan, lang: str) -> dict[str, str]:
    """Each lesson's title by its id, and the introduction's, in one language (``both``: the
    Chinese, as a chart axis has room for one)."""
    one = single(lang)
    names = {x.id: x.title_en if one == "en" else x.title for x in plan.lessons}
    names[INTRODUCTION] = say("introduction", one)
    return names


def targets_per_lesson(plan: Plan, lang: str = "zh") -> Figure:
    """Horizontal bars: how many quantitative targets each lesson sets."""
    setup()
    lessons = list(plan.lessons)
    fig = Figure(layout="constrained", figsize=(7.5, 0.45 * len(lessons) + 1.2))
    ax = fig.add_subplot()
    title = lesson_names(plan, lang)
    names = [title[x.id] for x in lessons]
    counts = [len(x.targets) for x in lessons]
    bars = ax.barh(names[::-1], counts[::-1], color=PALETTE[0])
    ax.bar_label(bars, padding=3)
    ax.set_xlabel(say("chart.targets_axis", lang))
    ax.set_title(say("chart.targets_per_lesson", lang))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _target_name(t: Target, lang: str) -> str:
    if lang == "en":
        return textwrap.fill(t.metric_en, 40)
    return t.metric


def percentage_targets(plan: Plan, lang: str = "zh", lesson: str | None = None) -> Figure:
    """Every percentage target as a bar, marked with its comparator (≥ 88%, ≤ 5.5%, −20% …)."""
    setup()
    targets = [t for t in plan.targets if t.unit == "%" and (lesson is None or t.lesson == lesson)]
    lessons = lesson_names(plan, lang)
    lines = sum(_target_name(t, lang).count("\n") + 1 for t in targets)
    fig = Figure(layout="constrained", figsize=(8.5, 0.3 * max(1, len(targets)) + 0.24 * lines
                                                + 1.2))
    ax = fig.add_subplot()
    colour = {lid: PALETTE[i % len(PALETTE)] for i, lid in enumerate(lessons)}
    names = [_target_name(t, lang) for t in targets][::-1]
    values = [t.value for t in targets][::-1]
    bars = ax.barh(names, values, color=[colour[t.lesson] for t in targets][::-1])
    marks = [f"{COMPARATOR_MARK[t.comparator][0]}"
             + ("~" if t.approximate and t.comparator != "about" else "")
             + f"{format_number(t.value)}%" for t in targets][::-1]
    ax.bar_label(bars, labels=marks, padding=3)
    ax.set_xlim(0, 110)
    ax.set_xlabel("%")
    ax.set_title(say("chart.percentage", lang, sep="\n"))
    ax.spines[["top", "right"]].set_visible(False)
    if lesson is None and targets:
        seen = {t.lesson for t in targets}
        from matplotlib.patches import Patch

        handles = [Patch(color=colour[lid]) for lid in lessons if lid in seen]
        ax.legend(handles, [lessons[lid] for lid in lessons if lid in seen],
                  loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    return fig


def count_targets(plan: Plan, lang: str = "zh", lesson: str | None = None) -> Figure:
    """Non-percentage targets, one small panel per unit (个, 年, 亿亩 … never mixed on an axis)."""
    setup()
    groups: dict[str, list[Target]] = defaultdict(list)
    for t in plan.targets:
        if t.unit != "%" and (lesson is None or t.lesson == lesson):
            groups[t.unit].append(t)
    units = sorted(groups, key=lambda u: (-len(groups[u]), u))
    rows = sum(len(groups[u]) for u in units)
    fig = Figure(layout="constrained", figsize=(8, max(2.0, 0.5 * rows + 0.6 * len(units) + 0.6)))
    if not units:
        ax = fig.add_subplot()
        ax.axis("off")
        ax.text(0.5, 0.5, say("chart.no_counts", lang, sep="\n"),
                ha="center", va="center")
        return fig
    heights = [len(groups[u]) + 1 for u in units]
    axes = fig.subplots(len(units), 1, gridspec_kw={"height_ratios": heights}, squeeze=False)
    for ax, unit in zip(axes[:, 0], units, strict=True):
        ts = groups[unit]
        bars = ax.barh([_target_name(t, lang) for t in ts][::-1], [t.value for t in ts][::-1],
                       color=PALETTE[2])
        amounts = [quantity(t.value, t.unit).get(single(lang)) for t in ts]
        ax.bar_label(bars, labels=[f"{COMPARATOR_MARK[t.comparator][0]}{a}"
                                   for t, a in zip(ts, amounts, strict=True)][::-1], padding=3)
        unit_en = _unit_en(unit)
        ax.set_title(say("chart.unit", lang, zh=unit, en=unit_en),
                     fontsize=9, loc="left")
        ax.set_xlim(0, max(t.value for t in ts) * 1.3)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def _unit_en(unit: str) -> str:
    """The English name of *unit* as a chart heading: 亿亩 → ``100 million mu``, 年 → ``year``,
    周岁 → ``age``, 个 → ``count``."""
    one = qty_en(1, unit)
    if one.startswith("1 "):
        return one[2:]
    if one.endswith(" 1"):
        return one[:-2]
    return "count" if one == "1" else one


def hbars(ax: Axes, labels: list[str], values: list[float], colour: str) -> None:
    bars = ax.barh(labels[::-1], [v * 100 for v in values][::-1], color=colour)
    ax.bar_label(bars, labels=[f"{v:.0%}" for v in values][::-1], padding=3)
    ax.set_xlim(0, 110)
    ax.spines[["top", "right"]].set_visible(False)
