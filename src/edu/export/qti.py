"""IMS QTI 1.2 packages for Canvas (Settings → Import course content → QTI .zip file).

The zip holds ``imsmanifest.xml`` (IMS Content Packaging 1.1.3) and one assessment per version,
``edu-quiz-<seed>-A.xml`` …, each importing as a Canvas quiz with the version's questions in
its order (one ``section``). Files are valid against the IMS QTI 1.2.1 DTD and the content
packaging XSD; the zip is reproducible (fixed timestamps, fixed order).

Items carry Canvas's ``question_type`` and ``points_possible`` (1) metadata. By shape:
choice → ``multiple_choice_question``; true_false → ``true_false_question``; numeric →
``numerical_question`` (exact value, or the range value ± tolerance); text →
``short_answer_question`` with every accepted answer; matching → ``matching_question`` (a
dropdown per prompt, ``100/n`` points per pair: partial credit); ordering → a
``matching_question`` of positions (``第1位 / Position 1``) to items; multi (select all that
apply) → ``multiple_answers_question`` (``rcardinality="Multiple"``; each right option ticked
adds 100/k, each wrong one subtracts 100/k, the score floored at 0 by the outcome's
``minvalue``); essay (discussion) → ``essay_question`` worth its rubric's points, never
scored automatically, the model answer and rubric in the general feedback. The explanation is the
general feedback. Texts are HTML (``mattext texttype="text/html"``, escaped), except matching
dropdowns, which Canvas shows as plain text.
"""

from __future__ import annotations

import io
import zipfile
from typing import assert_never

from edu.export.common import LABELS
from edu.export.common import ExportOptions
from edu.export.common import QuizInfo
from edu.export.common import category_root
from edu.export.common import label
from edu.export.common import number
from edu.export.common import pick
from edu.export.common import positions
from edu.export.common import question_name
from edu.export.keys import general_feedback
from edu.export.moodle import html_text
from edu.export.moodle import xml
from edu.lang import check_lang
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

QUESTION_TYPES = {"choice": "multiple_choice_question", "true_false": "true_false_question",
                  "numeric": "numerical_question", "text": "short_answer_question",
                  "matching": "matching_question", "ordering": "matching_question",
                  "multi": "multiple_answers_question", "essay": "essay_question"}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _mat(text: Text, lang: str, html: bool = True) -> str:
    if html:
        return f'<material><mattext texttype="text/html">{xml(html_text(text, lang))}</mattext>' \
               "</material>"
    return f'<material><mattext texttype="text/plain">{xml(pick(text, lang))}</mattext></material>'


def _meta(q: Question, ident: str, answer_ids: list[str]) -> str:
    points = f"{q.answer.points}.0" if isinstance(q.answer, EssayAnswer) else "1.0"
    fields = [("question_type", QUESTION_TYPES[q.shape]), ("points_possible", points),
              ("original_answer_ids", ",".join(answer_ids)),
              ("assessment_question_identifierref", f"aq{q.id}")]
    body = "".join(f"<qtimetadatafield><fieldlabel>{k}</fieldlabel><fieldentry>{xml(v)}"
                   "</fieldentry></qtimetadatafield>" for k, v in fields)
    return f"<itemmetadata><qtimetadata>{body}</qtimetadata></itemmetadata>"


def _choices(labels: list[tuple[str, Text]], lang: str, html: bool = True) -> str:
    items = "".join(f'<response_label ident="{xml(i)}">{_mat(t, lang, html)}</response_label>'
                    for i, t in labels)
    return f"<render_choice>{items}</render_choice>"


def _score(condition: str, points: str = "100", action: str = "Set") -> str:
    return (f'<respcondition continue="No"><conditionvar>{condition}</conditionvar>'
            f'<setvar action="{action}" varname="SCORE">{points}</setvar></respcondition>')


def _eq(value: str, respident: str = "response1") -> str:
    return f'<varequal respident="{xml(respident)}">{xml(value)}</varequal>'


def _matching(pairs: list[tuple[str, Text, str]], options: list[tuple[str, Text]],
              lang: str) -> tuple[list[str], str, str]:
    """(answer ids, presentation, scoring) of a matching item: (prompt id, prompt, option id)."""
    lids = "".join(f'<response_lid ident="response_{xml(pid)}">{_mat(text, lang, False)}'
                   f"{_choices(options, lang, False)}</response_lid>" for pid, text, _ in pairs)
    share = number(round(100 / len(pairs), 4))
    scoring = "".join(_score(_eq(oid, f"response_{pid}"), share, "Add") for pid, _, oid in pairs)
    return [pid for pid, _, _ in pairs], lids, scoring


def _response(q: Question, lang: str) -> tuple[list[str], str, str]:
    """(answer ids, the presentation's response part, the scoring conditions)."""
    a = q.answer
    typed = ('<response_str ident="response1" rcardinality="Single">'
             '<render_fib><response_label ident="answer1" rshuffle="No"/>'
             "</render_fib></response_str>")
    match a:
        case ChoiceAnswer():
            ids = [o.id for o in q.options]
            return ids, ('<response_lid ident="response1" rcardinality="Single">'
                         f"{_choices([(o.id, o.text) for o in q.options], lang)}"
                         "</response_lid>"), _score(_eq(a.option))
        case MultiAnswer():
            ids = [o.id for o in q.options]
            share = number(round(100 / len(a.options), 4))
            right = set(a.options)
            scoring = "".join(
                f'<respcondition continue="Yes"><conditionvar>{_eq(o.id)}</conditionvar>'
                f'<setvar action="{"Add" if o.id in right else "Subtract"}" varname="SCORE">'
                f"{share}</setvar></respcondition>" for o in q.options)
            return ids, ('<response_lid ident="response1" rcardinality="Multiple">'
                         f"{_choices([(o.id, o.text) for o in q.options], lang)}"
                         "</response_lid>"), scoring
        case TrueFalseAnswer():
            labels = [("true", LABELS["true"]), ("false", LABELS["false"])]
            return ["true", "false"], ('<response_lid ident="response1" rcardinality="Single">'
                                       f"{_choices(labels, lang)}</response_lid>"), \
                _score(_eq("true" if a.value else "false"))
        case NumericAnswer():
            value = number(a.value)
            condition = _eq(value)
            if a.tolerance:
                low, high = number(a.value - a.tolerance), number(a.value + a.tolerance)
                condition = (f'<or>{condition}<and><vargte respident="response1">{low}'
                             f'</vargte><varlte respident="response1">{high}</varlte></and>'
                             "</or>")
            return ["answer1"], ('<response_str ident="response1" rcardinality="Single">'
                                 '<render_fib fibtype="Decimal"><response_label ident="answer1"/>'
                                 "</render_fib></response_str>"), _score(condition)
        case TextAnswer():
            condition = "".join(_eq(x) for x in a.accepted)
            return ["answer1"], typed, _score(f"<or>{condition}</or>")
        case EssayAnswer():
            return [], typed, ('<respcondition continue="No"><conditionvar><other/>'
                               "</conditionvar></respcondition>")
        case MatchingAnswer():
            pairs = a.as_dict()
            return _matching([(p.id, p.text, pairs[p.id]) for p in q.prompts],
                             [(o.id, o.text) for o in q.options], lang)
        case OrderingAnswer():
            shown = positions(q)
            return _matching(
                [(f"pos{i}", pos, item.id) for i, (pos, item) in enumerate(shown, 1)],
                [(o.id, o.text) for o in q.options], lang)
        case _:
            assert_never(a)


def item_xml(q: Question, version: str, lang: str) -> str:
    """One ``<item>``; its ident is unique in the package (``i<id>-<version>``)."""
    ids, response, scoring = _response(q, lang)
    ident = f"i{q.id}-{version}"
    feedback = ""
    general = ""
    shown = general_feedback(q)
    if shown.zh or shown.en:
        general = ('<respcondition continue="Yes"><conditionvar><other/></conditionvar>'
                   '<displayfeedback feedbacktype="Response" linkrefid="general_fb"/>'
                   "</respcondition>")
        feedback = (f'<itemfeedback ident="general_fb"><flow_mat>{_mat(shown, lang)}'
                    "</flow_mat></itemfeedback>")
    return (f'<item ident="{xml(ident)}" title="{xml(question_name(q))}">{_meta(q, ident, ids)}'
            f"<presentation>{_mat(q.stem, lang)}{response}</presentation>"
            '<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" '
            f'vartype="Decimal"/></outcomes>{general}{scoring}</resprocessing>{feedback}</item>')


def assessment_xml(quiz: Quiz, v: QuizVersion, lang: str, info: QuizInfo) -> str:
    """One version as a QTI ``<questestinterop>`` document with one assessment."""
    root = category_root(quiz)
    title = f"{pick(info.title, lang)} — {label('version', lang, v.label, sep=' / ')}"
    items = "\n".join(item_xml(q, v.label, lang) for q in v.questions)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<questestinterop>\n'
            f'<assessment ident="{xml(root)}-{xml(v.label)}" title="{xml(title)}">\n'
            "<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel>"
            "<fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>\n"
            f'<section ident="root_section">\n{items}\n</section>\n</assessment>\n'
            "</questestinterop>\n")


def assessment_name(quiz: Quiz, v: QuizVersion) -> str:
    """The file name of version *v* in the package."""
    return f"{category_root(quiz)}-{v.label}.xml"


def manifest_xml(quiz: Quiz) -> str:
    """``imsmanifest.xml``: one ``imsqti_xmlv1p2`` resource per version."""
    root = category_root(quiz)
    resources = "".join(
        f'<resource identifier="res-{xml(v.label)}" type="imsqti_xmlv1p2" '
        f'href="{xml(assessment_name(quiz, v))}"><file href="{xml(assessment_name(quiz, v))}"/>'
        "</resource>" for v in quiz.versions)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<manifest identifier="{xml(root)}" '
            'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 '
            'http://www.imsglobal.org/xsd/imscp_v1p1.xsd">\n'
            "<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion>"
            f"</metadata>\n<organizations/>\n<resources>{resources}</resources>\n</manifest>\n")


def render(quiz: Quiz, lang: str = "both", info: QuizInfo | None = None) -> bytes:
    """The QTI zip of *quiz* (see the module docstring)."""
    check_lang(lang)
    info = info or QuizInfo()
    files = [("imsmanifest.xml", manifest_xml(quiz))]
    files += [(assessment_name(quiz, v), assessment_xml(quiz, v, lang, info))
              for v in quiz.versions]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files:
            entry = zipfile.ZipInfo(name, _ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, text.encode("utf-8"))
    return buffer.getvalue()


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The ``qti`` format: the zip."""
    return render(quiz, lang, info=opts.info)
