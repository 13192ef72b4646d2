"""Plain-text rendering of a lesson for the terminal (``edu show``)."""

from __future__ import annotations

import re
import textwrap

from edu.content.model import Lesson, Plan, Target
from edu.content.wording import statement
from edu.text import display_width

WIDTH = 78


_TOKEN = re.compile(r"[0-9A-Za-z.%]+[，。、；：）》」”％]?|.[，。、；：）》」”％]*", re.S)


def _cjk_wrap(text: str, indent: str = "  ") -> list[str]:
    """Wrap Chinese text by display width (a CJK character is two columns).

    Numbers such as ``10.75`` stay on one line, and closing punctuation never starts a line.
    """
    lines: list[str] = []
    line, used = "", 0
    room = WIDTH - len(indent)
    for token in _TOKEN.findall(text):
        w = display_width(token)
        if used + w > room and line:
            lines.append(indent + line)
            line, used = "", 0
        line += token
        used += w
    if line:
        lines.append(indent + line)
    return lines


def _en_wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or []


def target_phrase(t: Target, lang: str) -> str:
    """The target's value phrase (:func:`edu.content.wording.statement`) in *lang*."""
    return statement(t).get(lang, " / ")


def lesson_text(plan: Plan, lesson: Lesson, lang: str = "both") -> str:
    """Render *lesson* in ``zh``, ``en`` or ``both`` languages as terminal text."""
    zh, en = lang in ("zh", "both"), lang in ("en", "both")
    part = plan.part(lesson.part)
    out: list[str] = []
    if zh:
        out.append(f"{part.heading} › {lesson.heading}")
    if en:
        out.append(f"{part.title_en} › {lesson.title_en}")
    out.append("=" * WIDTH)
    if zh:
        out += _cjk_wrap(lesson.lead, "")
    if en:
        out += _en_wrap(lesson.summary_en, "")
    out += ["", f"Measures ({len(lesson.measures)})" if en else f"措施（{len(lesson.measures)}）"]
    for n, m in enumerate(lesson.measures, 1):
        head = []
        if zh:
            head.append(m.title)
        if en:
            head.append(m.title_en)
        out.append(f"{n:>2}. " + " — ".join(head))
        if zh:
            out += _cjk_wrap(m.text, "    ")
    if lesson.targets:
        out += ["", f"Targets ({len(lesson.targets)})" if en else f"目标（{len(lesson.targets)}）"]
        for t in lesson.targets:
            label = " / ".join(x for x in (t.metric if zh else "", t.metric_en if en else "") if x)
            out.append(f"  • {label}: {target_phrase(t, lang)}")
            if zh:
                out += _cjk_wrap(f"「{t.source}」", "      ")
    if lesson.terms:
        out += ["", "Glossary" if en else "术语"]
        for term in lesson.terms:
            line = f"  {term.term}" if zh else f"  {term.term_en}"
            if zh and en:
                line += f" — {term.term_en}"
            out.append(line)
            if en and term.note:
                out += _en_wrap(term.note, "      ")
    return "\n".join(out) + "\n"
