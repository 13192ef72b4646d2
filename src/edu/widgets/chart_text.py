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
from edu.lang import pick
from edu.questions.registry import KIND_INFO
from edu.study.stats import Dashboard


def _say(zh: str, en: str, lang: str) -> str:
    return pick(zh, en, lang, " ")


def _targets(targets: Sequence[Target], lang: str) -> str:
    zh = "；".join(f"{t.metric}：{statement(t).zh}" for t in targets)
    en = "; ".join(f"{t.metric_en}: {statement(t).en}" for t in targets)
    return _say(zh + "。", en + ".", lang)


def percentage_alt(plan: Plan, lesson: str | None, lang: str) -> str:
    """The percentage-target chart of *lesson* (or of the plan) in words."""
    ts = [t for t in plan.targets if t.unit == "%" and (lesson is None or t.lesson == lesson)]
    head = _say(f"百分比目标图（{len(ts)}项）：", f"Chart of {len(ts)} percentage targets:", lang)
    return f"{head} {_targets(ts, lang)}"


def count_alt(plan: Plan, lesson: str | None, lang: str) -> str:
    """The chart of targets in other units (counts, years, areas …) in words."""
    ts = [t for t in plan.targets if t.unit != "%" and (lesson is None or t.lesson == lesson)]
    head = _say(f"其他单位的目标图（{len(ts)}项）：",
                f"Chart of {len(ts)} targets in other units:", lang)
    return f"{head} {_targets(ts, lang)}"


def per_lesson_alt(plan: Plan, lang: str) -> str:
    """The bar chart of how many targets each lesson sets, in words."""
    zh = "；".join(f"{x.title} {len(x.targets)}项" for x in plan.lessons)
    en = "; ".join(f"{x.title_en} {len(x.targets)}" for x in plan.lessons)
    return _say(f"各课的量化目标数：{zh}。", f"Quantitative targets per lesson: {en}.", lang)


def kind_label(kind: str, lang: str) -> str:
    """A question kind's title (never its internal id such as ``mc_value``)."""
    info = KIND_INFO.get(kind)
    if info is None:
        return kind
    zh, en = info.title.zh, info.title.en
    return zh if lang == "zh" else en if lang == "en" else f"{zh} · {en}"


def progress_alt(board: Dashboard, plan: Plan, lang: str) -> str:
    """The progress figure in words: accuracy by lesson and kind, reviews, predicted recall."""
    if lang == "both":
        return f"{progress_alt(board, plan, 'zh')} {progress_alt(board, plan, 'en')}"
    en = lang == "en"
    names = {x.id: (x.title_en if en else x.title) for x in plan.lessons}
    names["introduction"] = "Introduction" if en else "导言"
    sep = ", " if en else "，"
    parts = []
    if board.by_lesson:
        rows = sep.join(f"{names.get(a.key, a.key)} {a.mean:.0%}" for a in board.by_lesson)
        parts.append(_say(f"各课正确率：{rows}。", f"Accuracy by lesson: {rows}.", lang))
    if board.by_kind:
        rows = sep.join(f"{kind_label(a.key, lang)} {a.mean:.0%}" for a in board.by_kind)
        parts.append(_say(f"各题型正确率：{rows}。", f"Accuracy by question kind: {rows}.", lang))
    days = [(d, n) for d, n in board.reviews_per_day if n]
    if days:
        rows = sep.join(f"{d} {n}" for d, n in days)
        parts.append(_say(f"每日复习次数：{rows}。", f"Reviews per day: {rows}.", lang))
    else:
        parts.append(_say("还没有复习记录。", "No reviews yet.", lang))
    if board.retention_by_lesson:
        overall = "—" if board.retention is None else f"{board.retention:.0%}"
        rows = sep.join(f"{names.get(k, k)} {v:.0%}" for k, v in board.retention_by_lesson.items())
        parts.append(_say(f"预测记忆保持率（总体 {overall}）：{rows}。",
                          f"Predicted recall now (overall {overall}): {rows}.", lang))
    return " ".join(parts)
