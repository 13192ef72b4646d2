"""Markdown: the student copy or the answer key, for Jupyter Book pages, wikis and editors.

``render(quiz, lang, key=False, versions=None, info=QuizInfo())`` gives CommonMark with GFM
tables (matching questions and the key's table of answers), readable as plain text too. Each
version is a ``##`` section; questions keep the version's numbering, options are lettered and
blanks are underlined. The key marks the right option with ✓ and adds, under each question,
the answer, the explanation and the plan's source sentences as a quote.

Every text is escaped where Markdown (and MyST) would read it as markup: ``\\ ` * _ [ ] < > |
~ $ & # { }`` everywhere, and ``- + = : %`` or ``1.`` at the start of a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import assert_never

from edu.export.common import INSTRUCTIONS
from edu.export.common import LABELS
from edu.export.common import SHAPE_LABELS
from edu.export.common import ExportOptions
from edu.export.common import QuizInfo
from edu.export.common import choice_letter
from edu.export.common import colon
from edu.export.common import label
from edu.export.common import letter
from edu.export.common import matching_letters
from edu.export.common import multi_letters
from edu.export.common import ordering_letters
from edu.export.common import pick
from edu.export.keys import glance
from edu.export.keys import key_answer
from edu.lang import check_lang
from edu.lang import parts
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.quiz.assembly import Quiz
from edu.quiz.assembly import QuizVersion

_INLINE = re.compile(r"([\\`*_\[\]<>|~$&#{}])")
_LINE_START = re.compile(r"^(\s*)([-+=:%]|\d+[.)])", re.MULTILINE)
BLANK_LINE = r"\_\_\_\_\_\_\_\_\_\_"


def md(text: str) -> str:
    """*text* escaped for Markdown; a newline becomes ``<br>``."""
    lines = [_LINE_START.sub(lambda m: m.group(2)[:-1] + "\\" + m.group(2)[-1]
                             if m.group(2)[0].isdigit() else "\\" + m.group(2),
                             _INLINE.sub(r"\\\1", line.strip()))
             for line in text.split("\n")]
    return "<br>".join(lines)


def _t(text: Text, lang: str, sep: str = " / ") -> str:
    """*text* in *lang*, the English in italics when shown with the Chinese."""
    shown = parts(text, lang)
    if len(shown) == 1:
        return md(shown[0][1])
    return f"{md(shown[0][1])}{sep}*{md(shown[1][1])}*"


def _label(key: str, lang: str, *args: object) -> str:
    return md(label(key, lang, *args))


def _stem(q: Question, n: int, lang: str, key: bool) -> list[str]:
    kind = md(pick(SHAPE_LABELS[q.shape], lang, " "))
    slot = ""
    if q.shape == "choice":
        slot = f" （{choice_letter(q) if key else '　　'}）"
    elif q.shape == "multi":
        slot = f" （{''.join(multi_letters(q)) if key else '　　　'}）"
    elif isinstance(q.answer, EssayAnswer):
        slot = f" （{md(label('points', lang, q.answer.points))}）"
    shown = parts(q.stem, lang)
    first = f"**{n}.** \\[{kind}\\] {md(shown[0][1])}{slot}"
    if len(shown) == 1:
        return [first]
    return [f"{first}\\", f"*{md(shown[1][1])}*"]


def _options(q: Question, lang: str, *right: str) -> list[str]:
    out = []
    for i, o in enumerate(q.options):
        if o.id in right:
            out.append(f"- **{letter(i)}. {_t(o.text, lang)}** ✓")
        else:
            out.append(f"- {letter(i)}. {_t(o.text, lang)}")
    return out


def _body(q: Question, lang: str, key: bool) -> list[str]:
    a = q.answer
    answer = _label("answer", lang)
    match a:
        case ChoiceAnswer():
            return _options(q, lang, a.option) if key else _options(q, lang)
        case MultiAnswer():
            return _options(q, lang, *a.options) if key else _options(q, lang)
        case TrueFalseAnswer():
            marks = {True: "□", False: "□"}
            if key:
                marks[a.value] = "✓"
            return [f"{marks[True]} {_label('true', lang)}　　"
                    f"{marks[False]} {_label('false', lang)}"]
        case NumericAnswer():
            unit = f" {md(a.unit)}" if a.unit else ""
            return [f"{answer}{colon(lang)}{BLANK_LINE}{unit}"]
        case TextAnswer():
            return [f"{answer}{colon(lang)}{BLANK_LINE}"]
        case EssayAnswer():
            lines = [f"{answer}{colon(lang)}{BLANK_LINE * 4}", *[BLANK_LINE * 5] * 5]
            return ["\\\n".join(lines)]
        case MatchingAnswer():
            letters = matching_letters(q) if key else ["　　"] * len(q.prompts)
            rows = ["| | | | |", "|---|---|---|---|"]
            for i in range(max(len(q.prompts), len(q.options))):
                left = (f"{i + 1}.（{letters[i]}） | {_t(q.prompts[i].text, lang)}"
                        if i < len(q.prompts) else " | ")
                right = (f"{letter(i)}. | {_t(q.options[i].text, lang)}"
                         if i < len(q.options) else " | ")
                rows.append(f"| {left} | {right} |")
            return rows
        case OrderingAnswer():
            slots = (" → ".join(ordering_letters(q)) if key
                     else " → ".join([r"\_\_\_\_"] * len(q.options)))
            return [*_options(q, lang), "", f"{_label('order', lang)}{colon(lang)}{slots}"]
        case _:
            assert_never(a)


def _notes(q: Question, lang: str) -> list[str]:
    out = [f"**{_label('answer', lang)}{colon(lang).strip()}** {_t(key_answer(q, lang), lang)}"]
    if isinstance(q.answer, TextAnswer) and len(q.answer.accepted) > 1:
        out += ["", f"**{_label('also', lang)}{colon(lang).strip()}** "
                + "；".join(md(x) for x in q.answer.accepted[1:])]
    point = q.explanation
    if point.zh or point.en:
        label_ = _label("explanation", lang) + colon(lang).strip()
        out += ["", f"**{label_}** {_t(point, lang, ' ')}"]
    if q.source:
        label_ = _label("source", lang) + colon(lang).strip()
        out += ["", f"> **{label_}** " + "<br>".join(md(s) for s in q.source)]
    return out


def question_md(q: Question, n: int, lang: str, key: bool = False) -> str:
    """Question *q* numbered *n* as Markdown blocks."""
    blocks = ["\n".join(_stem(q, n, lang, key)), "\n".join(_body(q, lang, key))]
    if key:
        blocks.append("\n".join(_notes(q, lang)))
    return "\n\n".join(blocks)


def _glance(v: QuizVersion, lang: str) -> list[str]:
    answers = glance(v.questions)
    width = min(4, len(answers))
    no, answer = md(pick(LABELS["no"], lang, " ")), md(pick(LABELS["answer"], lang, " "))
    rows = ["| " + " | ".join([no, answer] * width) + " |", "|" + "---|" * (2 * width)]
    for i in range(0, len(answers), width):
        cells = [f"{n} | {md(pick(t, lang))}" for n, t in
                 enumerate(answers[i:i + width], i + 1)]
        cells += [" | "] * (width - len(cells))
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def version_md(quiz: Quiz, v: QuizVersion, lang: str, key: bool) -> str:
    """One version: its heading, the name line or the key's table, then the questions."""
    meta = [f"**{_label('version', lang, v.label)}**", _label("count", lang, len(v.questions))]
    if quiz.seed is not None:
        meta.append(_label("seed", lang, quiz.seed))
    blocks = [f"## {_label('version', lang, v.label)}", " · ".join(meta)]
    if key:
        blocks.append(f"**{_label('key', lang)}** — {_label('key_note', lang)}")
        blocks.append(f"### {_label('glance', lang)}")
        blocks.append("\n".join(_glance(v, lang)))
        blocks.append("---")
    else:
        line = r"\_\_\_\_\_\_\_\_"
        blocks.append("　".join(f"{_label(k, lang)}{colon(lang)}{line}"
                               for k in ("name", "class", "number", "date", "score")))
        shapes = [s for s in SHAPE_LABELS if any(q.shape == s for q in v.questions)]
        blocks.append("\n".join(
            f"> **{md(pick(SHAPE_LABELS[s], lang, ' '))}**　{_t(INSTRUCTIONS[s], lang, ' ')}"
            + ("<br>" if i < len(shapes) - 1 else "")
            for i, s in enumerate(shapes)))
    blocks += [question_md(q, n, lang, key) for n, q in enumerate(v.questions, 1)]
    return "\n\n".join(blocks)


def render(quiz: Quiz, lang: str = "both", *, key: bool = False,
           versions: Sequence[str] | None = None, info: QuizInfo | None = None) -> str:
    """The Markdown document of *quiz* (see the module docstring)."""
    check_lang(lang)
    info = info or QuizInfo()
    title = parts(info.title, lang)
    head = [f"# {md(title[0][1])}"]
    if len(title) > 1:
        head.append(f"*{md(title[1][1])}*")
    chosen = [v for v in quiz.versions if versions is None or v.label in versions]
    body = "\n\n---\n\n".join(version_md(quiz, v, lang, key) for v in chosen)
    return "\n\n".join([*head, body]) + "\n"


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The student copy of every version, or the key (*opts*), as one document."""
    return render(quiz, lang, key=opts.key, versions=opts.versions, info=opts.info).encode("utf-8")
