"""User-interface strings in Chinese and English (content text lives in content/)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "search": ("搜索", "Search"),
    "search_placeholder": ("输入中文或英文关键词", "Type Chinese or English words"),
    "results": ("搜索结果", "Results"),
    "no_results": ("没有找到匹配的内容。", "Nothing matches."),
    "lead": ("导语", "Lead paragraph"),
    "summary": ("概要", "Summary"),
    "measures": ("措施", "Measures"),
    "targets": ("量化目标", "Quantitative targets"),
    "glossary": ("术语", "Glossary"),
    "no_targets": ("本课没有量化目标。", "This lesson sets no quantitative targets."),
    "metric": ("指标", "Metric"),
    "target": ("目标", "Target"),
    "source": ("原文", "Source"),
    "lesson": ("课", "Lesson"),
    "language": ("语言", "Language"),
    "charts": ("图表", "Charts"),
    "principles": ("基本原则", "Basic principles"),
    "goals": ("目标", "Goals"),
    "introduction": ("导言", "Introduction"),
    "guiding_ideology": ("指导思想", "Guiding ideology"),
    # student pages (edu.widgets, edu.notebook)
    "for_teachers": ("给教师", "For teachers"),
    "lesson_picker": ("选择一课", "Choose a lesson"),
    "plan_tree": ("行动计划目录", "Contents of the plan"),
    "progress_empty": ("还没有答题或复习记录：做一次测验或复习后，这里会显示你的进度。",
                       "No answers or reviews yet: take a quiz or review some cards, and your "
                       "progress will show here."),
    "show_answer": ("显示答案", "Show answer"),
    "refresh": ("刷新", "Refresh"),
    "practise": ("练习这些", "Practise these"),
    "weakest": ("最薄弱的十个目标", "The ten weakest targets"),
    "review_status": ("已复习 {done} · 今天还剩 {left}", "{done} done · {left} left today"),
    "all_targets": ("全部量化目标一览", "All targets at a glance"),
    "quiz_progress": ("答题进度", "Quiz progress"),
    "review_progress": ("复习进度", "Review progress"),
    "unit": ("单位", "Unit"),
    "rate_1": ("重来", "Again"),
    "rate_2": ("困难", "Hard"),
    "rate_3": ("良好", "Good"),
    "rate_4": ("简单", "Easy"),
}

LANGS = ("zh", "en", "both")


def t(key: str, lang: str) -> str:
    """The UI string *key* in *lang* (``both`` gives ``中文 / English``)."""
    zh, en = STRINGS[key]
    if lang == "zh":
        return zh
    if lang == "en":
        return en
    return f"{zh} / {en}"
