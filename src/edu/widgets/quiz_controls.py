"""The quiz player's parts: one input control per answer shape, and its HTML fragments.

Controls (:class:`Control`): radio buttons for choice and true/false, checkboxes for
select-all questions, a text box for numbers (with the unit) and typed answers, a text area
for discussions (the model answer and rubric are shown once submitted), a dropdown per
matching prompt, ↑ ↓ buttons to reorder. Each
gives ``response()`` in the shape :func:`edu.quiz.grade` takes and ``lock(feedback)`` disables
itself and marks each part ✓/✗. Every input carries a stable CSS class (``edu-option``,
``edu-numeric``, ``edu-text``, ``edu-match``, ``edu-up``/``edu-down``, ``edu-multi``,
``edu-essay``) for browser tests.

Accessibility: every input has a name a screen reader says (the text box is labelled "your
answer", each matching dropdown by its prompt); ``focus()`` puts the keyboard focus on the
first input; the feedback after Check is a ``role="alert"`` region, so it is announced.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import ipywidgets as w

from edu.present.strings import lang_options
from edu.questions.model import BLANK
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.registry import KIND_INFO
from edu.questions.render import answer_text
from edu.sessions.quiz import Feedback
from edu.sessions.quiz import QuizSession
from edu.sessions.quiz import say

#: The language toggle (as in the explorer; not imported from it, which would load matplotlib).
LANG_OPTIONS = lang_options()

STYLE = """<style>
.edu-quiz{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",
 system-ui,sans-serif;max-width:54rem;color:#1a202c}
.edu-quiz .edu-title{font-size:1.25em;font-weight:700;margin:.2em 0}
.edu-quiz-titled{border-top:2px solid #e2e8f0;margin-top:.8em;padding-top:.4em}
.edu-quiz .edu-en{color:#4a5568}
.edu-quiz .edu-stem .edu-q{font-size:1.15em;line-height:1.6;margin:.5em 0 .2em}
.edu-quiz .edu-stem .edu-en{font-size:1em}
.edu-quiz .edu-blank{display:inline-block;min-width:3.5em;border-bottom:2px solid #2b6cb0;
 color:#2b6cb0;text-align:center}
.edu-quiz .edu-kind{display:inline-block;font-size:.85em;color:#1a365d;background:#ebf8ff;
 border-radius:.8em;padding:0 .6em}
.edu-quiz .widget-radio-box label{white-space:normal;line-height:1.4;padding:.15em 0}
.edu-quiz .widget-radio-box{font-size:1.05em}
.edu-quiz .edu-score{font-weight:600}
.edu-quiz .edu-match-row{flex-wrap:wrap;align-items:center;gap:.3rem}
.edu-quiz .edu-match{flex-wrap:wrap;height:auto}
.edu-quiz .edu-match .widget-label{white-space:normal;font-weight:600;max-width:100%;
 flex:1 1 100%;line-height:1.4;height:auto;text-align:left;overflow:visible}
.edu-quiz .edu-match select{flex:1 1 14rem;min-width:0}
.edu-quiz-setup .widget-checkbox label,.edu-quiz-setup .widget-checkbox span{
 white-space:normal;overflow:visible;text-overflow:clip;line-height:1.3}
.edu-fb{border-radius:.5rem;padding:.7rem 1rem;margin:.4rem 0;line-height:1.55;max-width:52rem}
.edu-fb-right{background:#f0fff4;border:1px solid #9ae6b4}
.edu-fb-partial{background:#fffff0;border:1px solid #ecc94b}
.edu-fb-wrong{background:#fff5f5;border:1px solid #fc8181}
.edu-fb-hint{background:#ebf8ff;border:1px solid #90cdf4}
.edu-fb-pending{background:#faf5ff;border:1px solid #b794f4}
.edu-fb .edu-model,.edu-fb .edu-rubric{margin-top:.4em}
.edu-fb .edu-verdict{font-weight:700;font-size:1.1em}
.edu-fb-right .edu-verdict{color:#276749}.edu-fb-wrong .edu-verdict{color:#c53030}
.edu-fb-partial .edu-verdict{color:#975a16}
.edu-fb .edu-source,.edu-mistake .edu-source{color:#4a5568;font-size:.93em;
 border-left:3px solid #cbd5e0;padding-left:.6em;margin-top:.4em}
.edu-big{font-size:1.6em;font-weight:700;margin:.2em 0}
.edu-mistake{border:1px solid #e2e8f0;border-radius:.5rem;padding:.5rem .9rem;margin:.5rem 0}
.edu-mark-right{color:#276749;font-weight:700}.edu-mark-wrong{color:#c53030;font-weight:700}
.edu-fix{color:#276749;font-size:.92em}
.edu-answer-list{margin:.1em 0 .3em 1.2em;padding:0}
</style>"""


def tx(text: Text, lang: str) -> str:
    """A plain-text label: Chinese, English, or ``中文 · English``."""
    if lang == "zh" or not text.en:
        return text.zh
    if lang == "en":
        return text.en
    return text.zh if text.en == text.zh else f"{text.zh} · {text.en}"


def html_text(text: Text, lang: str, cls: str = "") -> str:
    """*text* as HTML blocks: Chinese (``lang="zh-CN"``) and/or English below it."""
    out = []
    if lang in ("zh", "both") or not text.en:
        out.append(f'<div class="{cls}" lang="zh-CN">{_blank(text.zh)}</div>')
    if lang in ("en", "both") and text.en and text.en != text.zh:
        out.append(f'<div class="{cls} edu-en" lang="en">{_blank(text.en)}</div>')
    return "".join(out)


def _blank(text: str) -> str:
    return html.escape(text).replace(BLANK, '<span class="edu-blank">？</span>')


def stem_html(q: Question, lang: str) -> str:
    kind = KIND_INFO[q.kind].title
    return (f'<div class="edu-stem-html" data-question="{q.id}"><span class="edu-kind">'
            f"{html.escape(tx(kind, lang))}</span>{html_text(q.stem, lang, 'edu-q')}</div>")


def _answer_block(q: Question, lang: str) -> str:
    """The right answer: a list of pairs (matching), the items in order, or one line."""
    a = q.answer
    if isinstance(a, MatchingAnswer):
        rows = "".join(f"<li>{html.escape(tx(q.option(p).text, lang))} —— "
                       f"{html.escape(tx(q.option(o).text, lang))}</li>" for p, o in a.pairs)
        return f'<ul class="edu-answer-list">{rows}</ul>'
    if isinstance(a, OrderingAnswer):
        rows = "".join(f"<li>{html.escape(tx(q.option(i).text, lang))}</li>" for i in a.order)
        return f'<ol class="edu-answer-list">{rows}</ol>'
    if isinstance(a, MultiAnswer):
        rows = "".join(f"<li>{html.escape(tx(q.option(i).text, lang))}</li>" for i in a.options)
        return f'<ul class="edu-answer-list">{rows}</ul>'
    return html.escape(tx(answer_text(q), lang))


def essay_html(a: EssayAnswer, lang: str) -> str:
    """A discussion's model answer and rubric, shown once the learner has submitted."""
    rubric = "".join(f"<li>{html.escape(tx(c.text, lang))} "
                     f"<b>({html.escape(say('points', lang, n=c.points))})</b></li>"
                     for c in a.rubric)
    return (f'<div class="edu-model"><b>{html.escape(say("model_answer", lang))}</b>'
            f"{html_text(a.model, lang, 'edu-model-text')}</div>"
            f'<div class="edu-rubric"><b>{html.escape(say("rubric", lang))} '
            f"({html.escape(say('points', lang, n=a.points))})</b>"
            f'<ul class="edu-answer-list">{rubric}</ul></div>')


def feedback_html(fb: Feedback, lang: str, *, inline: bool = False) -> str:
    """Verdict, right and given answers, explanation and source. *inline*: the question's own
    controls are on show, marked ✓/✗ with the right partner or place, so a matching or
    ordering answer is not spelt out again."""
    q = fb.question
    mark = {"right": "✓", "partial": "◐", "wrong": "✗", "pending": "✎"}[fb.verdict]
    live = ' role="alert"' if inline else ""
    out = [f'<div class="edu-fb edu-fb-{fb.verdict}" data-verdict="{fb.verdict}"{live}>',
           f'<div class="edu-verdict">{mark} {html.escape(fb.headline(lang))}</div>']
    structured = q.shape in ("matching", "ordering")
    if isinstance(q.answer, EssayAnswer):
        out.append(essay_html(q.answer, lang))
    elif fb.verdict != "right" and not (inline and structured):
        out.append(f"<div><b>{html.escape(say('answer', lang))}：</b>"
                   f"{_answer_block(q, lang)}</div>")
        if not structured:
            out.append(f"<div><b>{html.escape(say('given', lang))}：</b>"
                       f"{html.escape(tx(fb.given, lang))}</div>")
    # a generated matching or ordering explanation only restates the answer
    if (fb.explanation.zh or fb.explanation.en) and not (structured
                                                         and q.origin == "generated"):
        out.append(html_text(fb.explanation, lang, "edu-explain"))
    if fb.source:
        quote = "".join(f"「{html.escape(s)}」" for s in fb.source)
        out.append(f'<div class="edu-source"><b>{html.escape(say("source", lang))}</b> '
                   f'<span lang="zh-CN">{quote}</span></div>')
    return "".join(out) + "</div>"


def hint_html(key: str, lang: str) -> str:
    return f'<div class="edu-fb edu-fb-hint" role="alert">{html.escape(say(key, lang))}</div>'


def summary_html(session: QuizSession) -> str:
    lang = session.lang
    mistakes = session.mistakes()
    out = ['<div class="edu-summary-html">',
           f'<div class="edu-big">{html.escape(say("done", lang))}</div>',
           f'<div class="edu-big edu-final-score">{html.escape(session.summary_text())}</div>']
    if not mistakes:
        out.append(f"<p>{html.escape(say('all_right', lang))}</p>")
    else:
        out.append(f"<h3>{html.escape(say('mistakes', lang))} ({len(mistakes)})</h3>")
        for fb in mistakes:
            body = feedback_html(fb, lang)
            out.append(f'<div class="edu-mistake">{stem_html(fb.question, lang)}{body}</div>')
    return "".join(out) + "</div>"


def button(key: str, lang: str, cls: str, style: str = "") -> w.Button:
    button = w.Button(description=say(key, lang), button_style=style,
                      layout=w.Layout(width="auto", min_width="8rem"))
    button.add_class(cls)
    return button


# -- one control per answer shape ----------------------------------------------------------
class Control:
    """The input for one question: ``response()``, ``set_response()``, ``lock(feedback)``.

    ``inputs`` lists the widgets a learner operates: locking disables them all, and the
    keyboard focus goes to the first of them that is enabled. A structured control overrides
    :meth:`mark` to show which of its parts were right.
    """

    def __init__(self, q: Question, lang: str) -> None:
        self.q, self.lang = q, lang
        self.widget: w.Widget = w.VBox()
        self.inputs: list[w.DOMWidget] = []

    def response(self) -> Any:
        raise NotImplementedError

    def set_response(self, value: Any) -> None:
        raise NotImplementedError

    def lock(self, fb: Feedback) -> None:
        """Disable every input and show the marks of *fb*."""
        for widget in self.inputs:
            widget.disabled = True
        self.mark(fb)

    def mark(self, fb: Feedback) -> None:
        """Show which parts were right (nothing to show for a single input)."""

    def focus(self) -> None:
        """Put the keyboard focus on the first input that is not disabled (none: no focus)."""
        for widget in self.inputs:
            if not widget.disabled:
                widget.focus()
                return


class TypedControl(Control):
    """A control whose answer is typed into one box (``self.field``)."""

    field: w.Text | w.Textarea

    def response(self) -> Any:
        return self.field.value

    def set_response(self, value: Any) -> None:
        self.field.value = "" if value is None else str(value)


class ChoiceControl(Control):
    """Radio buttons (choice and true/false)."""

    def __init__(self, q: Question, lang: str) -> None:
        super().__init__(q, lang)
        options: list[tuple[str, Any]]
        if q.shape == "true_false":
            options = [(say("true", lang), True), (say("false", lang), False)]
        else:
            options = [(tx(o.text, lang), o.id) for o in q.options]
        self.radio = w.RadioButtons(options=options, value=None,
                                    layout=w.Layout(width="100%"))
        self.radio.add_class("edu-option")
        self.widget = self.radio
        self.inputs = [self.radio]

    def response(self) -> Any:
        return self.radio.value

    def set_response(self, value: Any) -> None:
        self.radio.value = value


class EntryControl(TypedControl):
    """A text box: a number (with its unit) or a typed answer."""

    def __init__(self, q: Question, lang: str) -> None:
        super().__init__(q, lang)
        numeric = isinstance(q.answer, NumericAnswer)
        self.field = w.Text(placeholder=say("number_here" if numeric else "type_here", lang),
                          description=say("given", lang),
                          style={"description_width": "initial"},
                          layout=w.Layout(width="20rem" if numeric else "30rem",
                                          max_width="100%"))
        self.field.add_class("edu-numeric" if numeric else "edu-text")
        unit = q.answer.unit if isinstance(q.answer, NumericAnswer) else ""
        self.widget = w.HBox([self.field, w.HTML(f"&nbsp;{html.escape(unit)}")])
        self.inputs = [self.field]


class MultiControl(Control):
    """A checkbox per option: tick every right one (select all that apply)."""

    def __init__(self, q: Question, lang: str) -> None:
        super().__init__(q, lang)
        self.boxes: list[tuple[str, w.Checkbox]] = []
        for o in q.options:
            box = w.Checkbox(value=False, description=tx(o.text, lang), indent=False,
                             layout=w.Layout(width="100%"))
            box.add_class("edu-multi")
            self.boxes.append((o.id, box))
        self.inputs = [b for _, b in self.boxes]
        self.widget = w.VBox(self.inputs)

    def response(self) -> Any:
        return [oid for oid, box in self.boxes if box.value]

    def set_response(self, value: Any) -> None:
        chosen = set(value or ())
        for oid, box in self.boxes:
            box.value = oid in chosen

    def mark(self, fb: Feedback) -> None:
        marks = fb.marks()
        for oid, box in self.boxes:
            if oid in marks:
                text = tx(self.q.option(oid).text, self.lang)
                box.description = f"{text} {'✓' if marks[oid] else '✗'}"


class EssayControl(TypedControl):
    """A text area for a discussion; the model answer and rubric come with the feedback."""

    def __init__(self, q: Question, lang: str) -> None:
        super().__init__(q, lang)
        self.field = w.Textarea(placeholder=say("essay_here", lang),
                               description=say("given", lang),
                               style={"description_width": "initial"},
                               layout=w.Layout(width="100%", height="10rem"))
        self.field.add_class("edu-essay")
        self.widget = self.field
        self.inputs = [self.field]


def _mark(ok: bool | None) -> str:
    if ok is None:
        return ""
    return ('<span class="edu-mark-right">✓</span>' if ok
            else '<span class="edu-mark-wrong">✗</span>')


class MatchingControl(Control):
    """A dropdown per prompt."""

    def __init__(self, q: Question, lang: str) -> None:
        super().__init__(q, lang)
        choices = [(say("pick", lang), None)] + [(tx(o.text, lang), o.id) for o in q.options]
        self.dropdowns: dict[str, w.Dropdown] = {}
        self.marks: dict[str, w.HTML] = {}
        rows = []
        for p in q.prompts:
            # the prompt is the dropdown's own label, so a screen reader says it
            dropdown = w.Dropdown(options=choices, value=None, description=tx(p.text, lang),
                                  style={"description_width": "initial"},
                                  layout=w.Layout(width="auto", flex="1 1 22rem"))
            dropdown.add_class("edu-match")
            self.dropdowns[p.id] = dropdown
            self.marks[p.id] = w.HTML(layout=w.Layout(width="auto"))
            row = w.HBox([dropdown, self.marks[p.id]])
            row.add_class("edu-match-row")
            rows.append(row)
        self.widget = w.VBox(rows)
        self.inputs = list(self.dropdowns.values())

    def response(self) -> Any:
        return {p: d.value for p, d in self.dropdowns.items()}

    def set_response(self, value: Any) -> None:
        for p, d in self.dropdowns.items():
            d.value = (value or {}).get(p)

    def mark(self, fb: Feedback) -> None:
        marks = fb.marks()
        right = self.q.answer.as_dict() if isinstance(self.q.answer, MatchingAnswer) else {}
        for p in self.dropdowns:
            fix = ""
            if not marks.get(p) and p in right:
                partner = tx(self.q.option(right[p]).text, self.lang)
                fix = f' <span class="edu-fix">→ {html.escape(partner)}</span>'
            self.marks[p].value = _mark(marks.get(p)) + fix


class OrderingControl(Control):
    """The items in a column, each with ↑ ↓ buttons; the top one comes first."""

    def __init__(self, q: Question, lang: str) -> None:
        super().__init__(q, lang)
        self.order = [o.id for o in q.options]
        self.labels: list[w.HTML] = []
        self.ups: list[w.Button] = []
        self.downs: list[w.Button] = []
        rows: list[w.Widget] = [w.HTML(f"<i>{html.escape(say('order_help', lang))}</i>")]
        for i in range(len(self.order)):
            up = w.Button(description="↑", layout=w.Layout(width="3rem"))
            down = w.Button(description="↓", layout=w.Layout(width="3rem"))
            up.add_class("edu-up")
            down.add_class("edu-down")
            up.on_click(lambda _b, i=i: self.move(i, -1))
            down.on_click(lambda _b, i=i: self.move(i, 1))
            label = w.HTML()
            self.ups.append(up)
            self.downs.append(down)
            self.labels.append(label)
            row = w.HBox([up, down, label])
            row.add_class("edu-order-row")
            rows.append(row)
        self.widget = w.VBox(rows)
        self.inputs = [*self.downs, *self.ups]  # the first ↓ (the top item's) takes the focus
        self._draw()

    def move(self, i: int, step: int) -> None:
        j = i + step
        if 0 <= j < len(self.order):
            self.order[i], self.order[j] = self.order[j], self.order[i]
            self._draw(changed=(i, j))

    def _draw(self, marks: dict[str, bool] | None = None,
              changed: Sequence[int] | None = None) -> None:
        for n in (range(len(self.order)) if changed is None else changed):
            text = tx(self.q.option(self.order[n]).text, self.lang)
            mark = _mark(marks.get(self.order[n])) if marks else ""
            if marks and not marks.get(self.order[n]):
                place = self._right_place(self.order[n])
                hint = say("place", self.lang, n=place)
                mark += f' <span class="edu-fix">{html.escape(hint)}</span>'
            self.labels[n].value = (f'<span class="edu-order-item">{n + 1}. '
                                    f"{html.escape(text)}</span> {mark}")
        self.ups[0].disabled = True
        self.downs[-1].disabled = True

    def _right_place(self, option_id: str) -> int:
        a = self.q.answer
        return a.order.index(option_id) + 1 if isinstance(a, OrderingAnswer) else 0

    def response(self) -> Any:
        return list(self.order)

    def set_response(self, value: Any) -> None:
        if value is not None and sorted(value) == sorted(self.order):
            self.order = list(value)
            self._draw()

    def mark(self, fb: Feedback) -> None:
        self._draw(marks=fb.marks())


CONTROLS: dict[str, type[Control]] = {
    "choice": ChoiceControl, "true_false": ChoiceControl, "numeric": EntryControl,
    "text": EntryControl, "matching": MatchingControl, "ordering": OrderingControl,
    "multi": MultiControl, "essay": EssayControl,
}


def make_control(q: Question, lang: str) -> Control:
    return CONTROLS[q.shape](q, lang)
