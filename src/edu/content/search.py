"""Search the plan in Chinese or English, with the spans to highlight.

Chinese queries match the Chinese text (whitespace ignored); anything else matches the English
glosses case-insensitively. Several words (separated by spaces) must all occur in the same
item. Glossary terms are also found by their pinyin, typed with or without tone marks and
spaces (``gongtong fuyu``, ``gòngtóng``); a pinyin query matches whole syllables, from the
start of one to the end of another, and when it carries tone marks the tones must agree.
Results come in the plan's order: the introduction (principles, goals, plan-wide terms), then
lessons with their measures, targets and terms. :func:`term_matches` is the one rule for a
glossary term, also asked by ``edu glossary --find``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from edu.content.glossary import HAN
from edu.content.glossary import has_tone_marks
from edu.content.glossary import plain_pinyin
from edu.content.glossary import reading
from edu.content.glossary import toned_key
from edu.content.model import Plan
from edu.content.model import Term
from edu.content.wording import statement


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching item: what it is, where it is, and the text that matched."""

    kind: str  # "lesson", "measure", "target", "term", "principle", "goal"
    lesson: str  # lesson id ("" for the introduction)
    item_id: str
    label: str  # a short title of the item in the query's language
    text: str  # the text searched (the Chinese source or the English gloss)


def terms_of(query: str) -> list[str]:
    return [t for t in query.split() if t]


def is_chinese(query: str) -> bool:
    return bool(HAN.search(query))


def pinyin_matches(query: str, pinyin: str) -> bool:
    """True when *query* spells whole syllables of *pinyin* (see the module docstring)."""
    key = toned_key if has_tone_marks(query) else plain_pinyin
    wanted = key(query)
    if len(wanted) < 2:
        return False
    syllables = [key(s) for s in re.split(r"[\s、，,/]+", pinyin) if s]
    for i in range(len(syllables)):
        joined = ""
        for syllable in syllables[i:]:
            joined += syllable
            if joined == wanted:
                return True
            if not wanted.startswith(joined):
                break
    return False


def _matches(text: str, words: list[str], chinese: bool) -> bool:
    haystack = text if chinese else text.lower()
    return all((w if chinese else w.lower()) in haystack for w in words)


def term_matches(query: str, term: str, term_en: str, note: str, pinyin: str) -> bool:
    """Whether a glossary term answers *query*: a Chinese query is found in the term itself;
    any other in its English and note, or as whole syllables of its pinyin. The explorer's
    search and ``edu glossary --find`` both ask this."""
    return _term_match(query, term, term_en, note, pinyin) is not None


def _term_match(query: str, term: str, term_en: str, note: str, pinyin: str) -> str | None:
    """What of a glossary term answers *query* (``"term"``, ``"pinyin"`` or ``"english"``),
    or None: :func:`term_matches`'s rule, saying which part matched so that a hit is labelled
    without matching twice."""
    words = terms_of(query)
    if is_chinese(query):
        return "term" if _matches(term, words, True) else None
    if pinyin_matches(query, pinyin):
        return "pinyin"
    return "english" if _matches(f"{term_en} {note}", words, False) else None


def search(plan: Plan, query: str) -> list[Hit]:
    """Every item of *plan* whose text contains all words of *query*."""
    words = terms_of(query)
    if not words:
        return []
    zh = is_chinese(query)
    out: list[Hit] = []

    def consider(kind: str, lesson: str, item_id: str, label_zh: str, label_en: str,
                 text_zh: str, text_en: str) -> None:
        text = text_zh if zh else text_en
        if _matches(text, words, zh):
            out.append(Hit(kind, lesson, item_id, label_zh if zh else label_en, text))

    def term(lesson: str, entry: Term) -> None:
        pinyin = reading(entry)
        matched = _term_match(query, entry.term, entry.term_en, entry.note, pinyin)
        if matched is None:
            return
        if matched == "term":
            out.append(Hit("term", lesson, entry.term, entry.term, entry.term))
        elif matched == "pinyin":
            out.append(Hit("term", lesson, entry.term, f"{entry.term_en} ({pinyin})",
                           f"{entry.term} {pinyin}: {entry.term_en}"))
        else:
            out.append(Hit("term", lesson, entry.term, f"{entry.term_en} ({pinyin})",
                           f"{entry.term_en} ({pinyin}): {entry.note}"))

    intro = plan.introduction
    for p in intro.principles:
        consider("principle", "", p.id, p.name, p.name_en, p.source, f"{p.name_en}: {p.text_en}")
    for g in intro.goals:
        consider("goal", "", g.id, g.text[:20] + "…", g.text_en[:40] + "…", g.text, g.text_en)
    for entry in plan.glossary:
        term("", entry)
    for lesson in plan.lessons:
        consider("lesson", lesson.id, lesson.id, lesson.heading, lesson.title_en,
                 lesson.title + lesson.lead, f"{lesson.title_en}. {lesson.summary_en}")
        for m in lesson.measures:
            consider("measure", lesson.id, m.id, m.title, m.title_en, m.source, m.title_en)
        for t in lesson.targets:
            consider("target", lesson.id, t.id, t.metric, t.metric_en, t.source,
                     f"{t.metric_en}: {statement(t).en}")
        for entry in lesson.terms:
            term(lesson.id, entry)
    return out


def highlight(text: str, query: str) -> str:
    """*text* as HTML with every occurrence of the query's words wrapped in ``<mark>``."""
    words = sorted(set(terms_of(query)), key=len, reverse=True)
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in words),
                         0 if is_chinese(query) else re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f"<mark>{html.escape(match.group())}</mark>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
