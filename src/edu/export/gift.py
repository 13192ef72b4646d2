"""GIFT, Moodle's plain-text question format: every distinct question of a quiz.

One ``$CATEGORY: $course$/top/edu-quiz-<seed>/<lesson id>`` per lesson (the categories Moodle
creates on import; ``edu quiz --gift`` reads the lesson back from the last segment). Each
question has a ``::name::`` (lesson · kind · id), a ``// [id:…] [tag:…]`` comment that Moodle
3.6+ reads as the question's ID number and tags, and the ``// source:``, ``// difficulty:`` and
``// tags:`` comments edu's own importer reads. Texts are ``[html]`` (with both languages, a
paragraph for the Chinese and one for the English), HTML-escaped, then GIFT-escaped
(``\\ ~ = # { } :`` and newlines).

By shape:

* choice — ``{=right#feedback ~wrong#feedback … ####explanation}``;
* true_false — ``{TRUE#feedback for a wrong answer#feedback for a right answer####…}``:
  Moodle shows the first ``#`` feedback to a student who answers wrongly;
* numeric — ``{#=value:tolerance#feedback ####…}``;
* text (cloze, short answer) — a short-answer question ``{=a =b …}`` with every accepted
  answer (the stem keeps its blank ``____``);
* matching — ``{=prompt -> option …}``; options that match no prompt are distractors
  (``= -> option``); Moodle gives partial credit per pair;
* ordering — as matching: ``第1位 / Position 1 -> item`` …, partial credit per position;
* multi (select all that apply) — a multiple-answer question ``{~%50%right ~%-50%wrong …}``:
  each right option carries 100/k percent, each wrong one −100/k (k right options; weights
  Moodle accepts for k ≤ 10), as :func:`edu.quiz.grading.grade` scores it;
* essay (discussion) — an essay question ``{####…}``: empty answers; the general feedback
  holds the model answer and the marking rubric (GIFT has no separate grader information).

Versions are not repeated: a shuffled version is the same questions, and Moodle shuffles
choices itself. Each question is tagged with the versions that hold it (``version-A``).
"""

from __future__ import annotations

import html
from typing import assert_never

from edu.export.common import ExportOptions
from edu.export.common import by_lesson
from edu.export.common import category_root
from edu.export.common import multi_weights
from edu.export.common import number
from edu.export.common import pick
from edu.export.common import positions
from edu.export.common import question_name
from edu.export.common import tags
from edu.export.common import xml_safe
from edu.export.keys import feedback
from edu.export.keys import general_feedback
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

_GIFT_SPECIAL = str.maketrans({c: "\\" + c for c in "~=#{}:"})


def escape(text: str) -> str:
    """*text* with GIFT's special characters escaped (``\\`` first, newlines as ``\\n``)."""
    text = xml_safe(text).replace("\\", "\\\\").translate(_GIFT_SPECIAL)
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def rich(text: Text, lang: str) -> str:
    """*text* for an ``[html]`` field: HTML-escaped; two languages make two paragraphs."""
    shown = [html.escape(t, quote=False).replace("\n", "<br>") for _, t in parts(text, lang)]
    return escape(shown[0] if len(shown) == 1 else "".join(f"<p>{t}</p>" for t in shown))


def plain(text: Text, lang: str) -> str:
    """*text* for a plain-text field (matching answers): ``中文 / English``."""
    return escape(pick(text, lang).replace("\n", " "))


def weight(percent: float) -> str:
    """A GIFT answer weight: ``%50%``, ``%-33.33333%`` (five decimals, as Moodle lists them)."""
    return f"%{round(percent, 5):g}%" if float(percent).is_integer() else f"%{percent:.5f}%"


def _answers(q: Question, lang: str) -> list[str]:
    a = q.answer
    right, wrong = (rich(t, lang) for t in feedback(q))
    match a:
        case ChoiceAnswer():
            return [f"{'=' if o.id == a.option else '~'}{rich(o.text, lang)}"
                    f"#{right if o.id == a.option else wrong}" for o in q.options]
        case TrueFalseAnswer():
            return [f"{'TRUE' if a.value else 'FALSE'}#{wrong}#{right}"]
        case NumericAnswer():
            return [f"#={number(a.value)}:{number(a.tolerance)}#{right}"]
        case TextAnswer():
            return [f"={escape(x)}#{right}" for x in a.accepted]
        case MatchingAnswer():
            pairs = a.as_dict()
            used = set(pairs.values())
            out = [f"={rich(p.text, lang)} -> {plain(q.option(pairs[p.id]).text, lang)}"
                   for p in q.prompts]
            return out + [f"= -> {plain(o.text, lang)}" for o in q.options if o.id not in used]
        case OrderingAnswer():
            return [f"={rich(pos, lang)} -> {plain(item.text, lang)}"
                    for pos, item in positions(q)]
        case MultiAnswer():
            return [f"~{weight(w)}{rich(o.text, lang)}#{right if w > 0 else wrong}"
                    for o, w in zip(q.options, multi_weights(q), strict=True)]
        case EssayAnswer():
            return []
        case _:
            assert_never(a)


def question_gift(q: Question, quiz: Quiz, lang: str) -> str:
    """One question as a GIFT block (comments, name, text and answers; no blank line)."""
    lines = [f"// {q.kind} ({q.shape}), lesson {q.lesson or '-'}, difficulty {q.difficulty}",
             "// " + " ".join([f"[id:{q.id}]", *(f"[tag:{t}]" for t in tags(q, quiz))])]
    lines += [f"// source: {' '.join(s.split())}" for s in q.source]
    lines.append(f"// difficulty: {q.difficulty}")
    if q.tags:
        lines.append(f"// tags: {', '.join(q.tags)}")
    body = [f"\t{x}" for x in _answers(q, lang)]
    general = general_feedback(q)
    if general.zh or general.en:
        body.append(f"\t####{rich(general, lang)}")
    lines.append(f"::{escape(question_name(q))}::[html]{rich(q.stem, lang)} {{")
    lines += body
    lines.append("}")
    return "\n".join(lines)


def render(quiz: Quiz, lang: str = "both") -> str:
    """The GIFT file of *quiz* (see the module docstring)."""
    check_lang(lang)
    root = category_root(quiz)
    labels = ", ".join(v.label for v in quiz.versions)
    blocks = [f"// {root}: {len(quiz.questions)} questions (versions {labels}), written by edu."]
    for lesson, questions in by_lesson(quiz):
        blocks.append(f"$CATEGORY: $course$/top/{root}/{lesson or 'other'}")
        blocks += [question_gift(q, quiz, lang) for q in questions]
    return "\n\n".join(blocks) + "\n"


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The ``gift`` format of ``edu quiz``."""
    return render(quiz, lang).encode("utf-8")
