"""Text alternatives of the charts: what each chart shows, with its numbers, in words.

A screen reader reads these instead of the picture (``<img alt>``, see
:func:`edu.widgets.page.chart_html`). A target is said as its metric and its value phrase
(:func:`edu.content.wording.statement`, the same phrase as everywhere else); progress charts
say each bar's label and percentage. ``lang`` is ``zh``, ``en`` or ``both`` (Chinese, then
English).
"""

from __future__ import annotations

from collections.abc import Sequence

from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import statement
from edu.lang import Text
from edu.lang import pick
from edu.present.charts import lesson_names
from edu.present.strings import text
from edu.questions.registry import kind_title
from edu.study.stats import Dashboard


def _say(zh: str, en: str, lang: str) -> str:
    return pick(zh, en, lang, " ")


def _line(key: str, rows: Text, lang: str, *args: object) -> str:
    """The catalogue entry *key* heading *rows*: ``标题：rows。`` / ``Title: rows.``"""
    head = text(key, *args)
    return _say(f"{head.zh}：{rows.zh}。", f"{head.en}: {rows.en}.", lang)


def _targets(targets: Sequence[Target], lang: str) -> str:
    zh = "；".join(f"{t.metric}：{statement(t).zh}" for t in targets)
    en = "; ".join(f"{t.metric_en}: {statement(t).en}" for t in targets)
    return _say(zh + "。", en + ".", lang)


def _targets_alt(key: str, plan: Plan, lesson: str | None, percent: bool, lang: str) -> str:
    """The targets of *lesson* (or of the plan) in per cent, or in other units, under the
    catalogue entry *key* (which takes their count)."""
    ts = [t for t in plan.targets
          if (t.unit == "%") == percent and (lesson is None or t.lesson == lesson)]
    head = text(key, len(ts))
    return f"{_say(head.zh + '：', head.en + ':', lang)} {_targets(ts, lang)}"


def percentage_alt(plan: Plan, lesson: str | None, lang: str) -> str:
    """The percentage-target chart of *lesson* (or of the plan) in words."""
    return _targets_alt("chart.percentage_alt", plan, lesson, True, lang)


def count_alt(plan: Plan, lesson: str | None, lang: str) -> str:
    """The chart of targets in other units (counts, years, areas …) in words."""
    return _targets_alt("chart.counts_alt", plan, lesson, False, lang)


def per_lesson_alt(plan: Plan, lang: str) -> str:
    """The bar chart of how many targets each lesson sets, in words."""
    zh = "；".join(f"{x.title} {len(x.targets)}项" for x in plan.lessons)
    en = "; ".join(f"{x.title_en} {len(x.targets)}" for x in plan.lessons)
    return _line("chart.targets_per_lesson_alt", Text(zh, en), lang)


def progress_alt(board: Dashboard, plan: Plan, lang: str) -> str:
    """The progress figure in words: accuracy by lesson and kind, reviews, predicted recall."""
    if lang == "both":
        return f"{progress_alt(board, plan, 'zh')} {progress_alt(board, plan, 'en')}"
    en = lang == "en"
    names = lesson_names(plan, lang)
    sep = ", " if en else "，"
    parts = []
    if board.by_lesson:
        rows = sep.join(f"{names.get(a.key, a.key)} {a.mean:.0%}" for a in board.by_lesson)
        parts.append(_line("chart.by_lesson", Text(rows, rows), lang))
    if board.by_kind:
        rows = sep.join(f"{kind_title(a.key, lang)} {a.mean:.0%}" for a in board.by_kind)
        parts.append(_line("chart.by_kind", Text(rows, rows), lang))
    days = [(d, n) for d, n in board.reviews_per_day if n]
    if days:
        rows = sep.join(f"{d} {n}" for d, n in days)
        parts.append(_line("chart.reviews", Text(rows, rows), lang))
    else:
        empty = text("chart.no_reviews")
        parts.append(_say(f"{empty.zh}。", f"{empty.en}.", lang))
    if board.retention_by_lesson:
        overall = "—" if board.retention is None else f"{board.retention:.0%}"
        rows = sep.join(f"{names.get(k, k)} {v:.0%}" for k, v in board.retention_by_lesson.items())
        parts.append(_line("chart.recall_overall", Text(rows, rows), lang, overall))
    return " ".join(parts)
