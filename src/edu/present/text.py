"""Plain-text rendering of a lesson for the terminal (``edu show``)."""

from __future__ import annotations

import re
import textwrap

from edu.content.bilingual import sentence_pairs
from edu.content.model import Lesson
from edu.content.model import Plan
from edu.content.model import Target
from edu.content.wording import statement
from edu.lang import BOTH_SEP
from edu.lang import Text
from edu.lang import parts
from edu.present.strings import say
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
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False) or []


def target_phrase(t: Target, lang: str) -> str:
    """The target's value phrase (:func:`edu.content.wording.statement`) in *lang*."""
    return statement(t).get(lang, BOTH_SEP)


def _counted(key: str, n: int, en: bool) -> str:
    """A heading with its count: ``措施（3）`` / ``Measures (3)``."""
    return f"{say(key, 'en')} ({n})" if en else f"{say(key, 'zh')}（{n}）"


def _glossary(plan: Plan, lesson: Lesson, zh: bool, en: bool) -> list[str]:
    from edu.content.glossary import lesson_entries

    out = ["", say("glossary", "en" if en else "zh")]
    for entry in lesson_entries(plan, lesson.id):
        head = [entry.term] if zh else []
        head.append(f"({entry.pinyin})" if zh else entry.pinyin)
        line = "  " + " ".join(head)
        if en:
            line = f"  {entry.term} ({entry.pinyin}) — {entry.term_en}" if zh else \
                f"  {entry.term_en} ({entry.pinyin})"
        out.append(line)
        if en and entry.note:
            out += _en_wrap(entry.note, "      ")
    return out


def _heading(zh: str, en: str, lang: str) -> list[str]:
    """A page's heading line(s) in *lang*, underlined."""
    return [*(x for _, x in parts(Text(zh, en), lang)), "=" * WIDTH]


def _passage(zh_text: str, en_text: str, lang: str, indent: str) -> list[str]:
    """A passage in *lang*; in both languages each Chinese sentence above its English."""
    if lang == "zh":
        return _cjk_wrap(zh_text, indent)
    if lang == "en":
        return _en_wrap(en_text, indent)
    out: list[str] = []
    for zh, en in sentence_pairs(zh_text, en_text):
        out += _cjk_wrap(zh, indent) + _en_wrap(en, indent)
    return out


def lesson_text(plan: Plan, lesson: Lesson, lang: str = "both") -> str:
    """Render *lesson* in ``zh``, ``en`` or ``both`` languages as terminal text.

    ``en`` prints no Chinese at all (the English of the lead, of every measure and of every
    target sentence); ``both`` puts each Chinese passage directly above its English."""
    zh, en = lang in ("zh", "both"), lang in ("en", "both")
    part = plan.part(lesson.part)
    out = _heading(f"{part.heading} › {lesson.heading}", f"{part.title_en} › {lesson.title_en}",
                   lang)
    out += _passage(lesson.lead, lesson.lead_en, lang, "")
    if en:
        out += ["", *_en_wrap(lesson.summary_en, "")]
    out += ["", _counted("measures", len(lesson.measures), en)]
    for n, m in enumerate(lesson.measures, 1):
        out.append(f"{n:>2}. " + (m.title if zh else m.title_en))
        if zh and en:
            out.append(f"    {m.title_en}")
        out += _passage(m.text, m.text_en, lang, "    ")
    if lesson.targets:
        out += ["", _counted("targets", len(lesson.targets), en)]
        for t in lesson.targets:
            label = BOTH_SEP.join(
                x for x in (t.metric if zh else "", t.metric_en if en else "") if x)
            out.append(f"  • {label}: {target_phrase(t, lang)}")
            if zh:
                out += _cjk_wrap(f"「{t.source}」", "      ")
            if en:
                out += _en_wrap(f"“{t.source_en}”", "      ")
    if lesson.terms:
        out += _glossary(plan, lesson, zh, en)
    return "\n".join(out) + "\n"


def glossary_text(plan: Plan, lang: str = "both", query: str = "") -> str:
    """Every glossary entry (or those matching *query*: Chinese, English or pinyin) as
    terminal text; ``en`` prints the English term with its pinyin, never the characters."""
    from edu.content.glossary import entries
    from edu.content.search import term_matches

    out: list[str] = []
    for e in entries(plan):
        if query.split() and not term_matches(query, e.term, e.term_en, e.note, e.pinyin):
            continue
        if lang == "zh":
            out.append(f"{e.term}  {e.pinyin}")
        elif lang == "en":
            out.append(f"{e.term_en}  ({e.pinyin})")
        else:
            out.append(f"{e.term}  {e.pinyin}  {e.term_en}")
        if lang != "zh":
            out += _en_wrap(e.note, "    ")
    return "\n".join(out) + "\n" if out else ""


def introduction_text(plan: Plan, lang: str = "both") -> str:
    """The introduction (导言) as terminal text: background, guiding ideology, principles,
    goals, each with its lead-in sentence, and the plan's source sentence."""
    intro, info = plan.introduction, plan.info
    out = _heading(f"{info.title} › {intro.title}", f"{info.title_en} › {intro.title_en}", lang)
    for b in intro.background:
        out += [*_passage(b.text, b.text_en, lang, ""), ""]
    sections = (
        (intro.ideology_lead, [(intro.ideology, intro.ideology_en, "")]),
        (intro.principles_lead, [(p.source, f"{p.name_en}: {p.text_en}", f"{n}. ")
                                 for n, p in enumerate(intro.principles, 1)]),
        (intro.goals_lead, [(g.text, g.text_en, f"{n}. ")
                            for n, g in enumerate(intro.goals, 1)]),
    )
    for lead, items in sections:
        if lead is not None:
            out += _passage(lead.text, lead.text_en, lang, "")
        for zh_text, en_text, number in items:
            body = _passage(zh_text, en_text, lang, "    ")
            if number and body:
                body[0] = f"{number:>4}" + body[0][4:]
            out += body
        out.append("")
    out += _passage(info.source, info.source_en, lang, "")
    return "\n".join(out) + "\n"
