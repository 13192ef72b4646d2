"""Moodle XML: every distinct question of a quiz, a category per lesson, ready for Moodle's
question bank (Question bank → Import → Moodle XML format).

Each lesson's questions follow a ``<question type="category">`` named
``$course$/top/edu-quiz-<seed>/<lesson id>``. Every question has a name (lesson · kind · id),
its id as ``<idnumber>``, HTML question text (the Chinese, then the English in a paragraph of
its own), the explanation as general feedback, right/wrong feedback and ``<tags>`` (``edu``,
``kind-…``, ``lesson-…``, ``difficulty-…``, its own tags, ``version-A`` …).

By shape: choice → ``multichoice`` (one right answer, fraction 100, the others 0, choices
shuffled); true_false → ``truefalse``; numeric → ``numerical`` with its tolerance (units not
graded: the stem names the unit); text → ``shortanswer`` with every accepted answer at 100,
case-insensitive; matching → ``matching`` (Moodle gives partial credit per pair; options that
match no prompt are extra wrong answers); ordering → ``matching`` of positions to items
(``第1位 / Position 1`` → item), partial credit per position; multi (select all that apply)
→ ``multichoice`` with ``<single>false</single>``, each right option 100/k percent and each
wrong one −100/k (k right options), so ticking everything earns nothing; essay (discussion) →
``essay`` worth its rubric's points, with the model answer and rubric as ``<graderinfo>`` (shown
to the grader) and in the general feedback (shown to the student after the quiz). Fractions are
rounded to Moodle's list of allowed fractions (k ≤ 10 right options land on it exactly).
Versions are not repeated (Moodle shuffles).
"""

from __future__ import annotations

import html
from typing import assert_never

from edu.export.common import LABELS
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
from edu.export.keys import essay_key
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

#: The fractions Moodle accepts for an answer (and their negatives).
MOODLE_FRACTIONS = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                    16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0)


def xml(text: str) -> str:
    """*text* escaped for XML content and attributes."""
    return html.escape(xml_safe(text), quote=False).replace('"', "&quot;")


def html_text(text: Text, lang: str) -> str:
    """*text* as HTML paragraphs, one per language."""
    def para(code: str, t: str) -> str:
        body = html.escape(xml_safe(t), quote=False)
        attr = ' lang="en"' if code == "en" else ""
        return f"<p{attr}>{body.replace(chr(10), '<br>')}</p>"
    return "".join(para(code, t) for code, t in parts(text, lang))


def _html(tag: str, text: Text, lang: str, indent: str = "    ") -> str:
    body = html_text(text, lang) if text.zh or text.en else ""
    return f'{indent}<{tag} format="html"><text>{xml(body)}</text></{tag}>'


def moodle_fraction(percent: float) -> float:
    """*percent* as the nearest fraction Moodle allows (keeping its sign)."""
    near = min(MOODLE_FRACTIONS, key=lambda f: abs(f - abs(percent)))
    return near if percent >= 0 else -near


def _answer(fraction: float, text: str, fb: str, fmt: str = "moodle_auto_format",
            extra: str = "") -> str:
    assert abs(fraction) in MOODLE_FRACTIONS
    return (f'    <answer fraction="{number(fraction)}" format="{fmt}"><text>{xml(text)}</text>'
            f'<feedback format="html"><text>{xml(fb)}</text></feedback>{extra}</answer>')


def _combined(lang: str) -> list[str]:
    right, partial = LABELS["correct"], LABELS["partial"]
    return [_html("correctfeedback", right, lang), _html("partiallycorrectfeedback", partial, lang),
            _html("incorrectfeedback", Text("", ""), lang), "    <shownumcorrect/>"]


def _subquestions(pairs: list[tuple[Text, Text]], extra: list[Text], lang: str) -> list[str]:
    out = ["    <shuffleanswers>true</shuffleanswers>", *_combined(lang)]
    for left, right in pairs:
        out.append(f'    <subquestion format="html"><text>{xml(html_text(left, lang))}</text>'
                   f"<answer><text>{xml(pick(right, lang))}</text></answer></subquestion>")
    for right in extra:  # a wrong answer that matches no prompt
        out.append('    <subquestion format="html"><text></text>'
                   f"<answer><text>{xml(pick(right, lang))}</text></answer></subquestion>")
    return out


def _body(q: Question, lang: str) -> tuple[str, list[str]]:
    """The Moodle question type and the type's own elements."""
    a = q.answer
    right, wrong = (html_text(t, lang) for t in feedback(q))
    choices = ["    <shuffleanswers>true</shuffleanswers>",
               "    <answernumbering>ABCD</answernumbering>",
               "    <showstandardinstruction>0</showstandardinstruction>", *_combined(lang)]
    match a:
        case ChoiceAnswer():
            out = ["    <single>true</single>", *choices]
            out += [_answer(100 if o.id == a.option else 0, html_text(o.text, lang),
                            right if o.id == a.option else wrong, "html") for o in q.options]
            return "multichoice", out
        case MultiAnswer():
            out = ["    <single>false</single>", *choices]
            out += [_answer(moodle_fraction(w), html_text(o.text, lang),
                            right if w > 0 else wrong, "html")
                    for o, w in zip(q.options, multi_weights(q), strict=True)]
            return "multichoice", out
        case TrueFalseAnswer():
            return "truefalse", [
                _answer(100 if a.value else 0, "true", right if a.value else wrong),
                _answer(0 if a.value else 100, "false", wrong if a.value else right)]
        case NumericAnswer():
            tolerance = f"<tolerance>{number(a.tolerance)}</tolerance>"
            return "numerical", [
                _answer(100, number(a.value), right, extra=tolerance),
                "    <unitgradingtype>0</unitgradingtype>",
                "    <unitpenalty>0.1000000</unitpenalty>",
                "    <showunits>3</showunits>", "    <unitsleft>0</unitsleft>"]
        case TextAnswer():
            return "shortanswer", ["    <usecase>0</usecase>",
                                   *(_answer(100, x, right) for x in a.accepted)]
        case MatchingAnswer():
            pairs = a.as_dict()
            used = set(pairs.values())
            return "matching", _subquestions(
                [(p.text, q.option(pairs[p.id]).text) for p in q.prompts],
                [o.text for o in q.options if o.id not in used], lang)
        case OrderingAnswer():
            return "matching", _subquestions(
                [(pos, item.text) for pos, item in positions(q)], [], lang)
        case EssayAnswer():
            return "essay", [
                "    <responseformat>editor</responseformat>",
                "    <responserequired>1</responserequired>",
                "    <responsefieldlines>15</responsefieldlines>",
                "    <attachments>0</attachments>",
                "    <attachmentsrequired>0</attachmentsrequired>",
                _html("graderinfo", essay_key(a), lang),
                _html("responsetemplate", Text("", ""), lang)]
        case _:
            assert_never(a)


def question_xml(q: Question, quiz: Quiz, lang: str) -> str:
    """One ``<question>`` element."""
    qtype, body = _body(q, lang)
    penalty = "1.0000000" if qtype == "truefalse" else "0" if qtype == "essay" else "0.3333333"
    grade = q.answer.points if isinstance(q.answer, EssayAnswer) else 1
    general = general_feedback(q)
    tag_list = "".join(f"<tag><text>{xml(t)}</text></tag>" for t in tags(q, quiz))
    return "\n".join([
        f'  <question type="{qtype}">',
        f"    <name><text>{xml(question_name(q))}</text></name>",
        _html("questiontext", q.stem, lang),
        _html("generalfeedback", general, lang),
        f"    <defaultgrade>{grade:.7f}</defaultgrade>",
        f"    <penalty>{penalty}</penalty>",
        "    <hidden>0</hidden>",
        f"    <idnumber>{xml(q.id)}</idnumber>",
        *body,
        f"    <tags>{tag_list}</tags>",
        "  </question>"])


def render(quiz: Quiz, lang: str = "both") -> str:
    """The Moodle XML document of *quiz* (see the module docstring)."""
    check_lang(lang)
    root = category_root(quiz)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    for lesson, questions in by_lesson(quiz):
        path = f"$course$/top/{root}/{lesson or 'other'}"
        out += ['  <question type="category">', f"    <category><text>{xml(path)}</text>"
                "</category>", '    <info format="html"><text></text></info>',
                "    <idnumber></idnumber>", "  </question>"]
        out += [question_xml(q, quiz, lang) for q in questions]
    out.append("</quiz>")
    return "\n".join(out) + "\n"


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The ``moodle`` format of ``edu quiz``."""
    return render(quiz, lang).encode("utf-8")
