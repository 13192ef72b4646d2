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
    "background": ("背景", "Background"),
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
