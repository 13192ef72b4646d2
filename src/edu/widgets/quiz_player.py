"""The quiz player: choose lessons, kinds, count and seed; answer one question at a time.

:class:`QuizView` shows a :class:`~edu.sessions.quiz.QuizSession`: the right control per answer
shape (:mod:`edu.widgets.quiz_controls`), Check → feedback with the explanation and the source
sentence, the score and a progress bar, then a review of mistakes and a retry of the wrong ones,
with a 中文 / English / both toggle. :class:`QuizPlayer` adds the setup pane; :class:`PracticePanel`
and :func:`lesson_check` start quizzes for the progress dashboard and the lesson notebook.
A click only updates the widgets it changes (no rebuilding of the whole view).

By keyboard: Tab reaches the answer's inputs, then Check; after Check the focus moves to Next
(the feedback is announced, see :func:`~edu.widgets.quiz_controls.feedback_html`), and after
Next to the next question's first input.

Stable CSS classes for styling and browser tests: ``edu-quiz``, ``edu-start``, ``edu-check``,
``edu-next``, ``edu-feedback``, ``edu-score``, ``edu-position``, ``edu-progress``, ``edu-summary``,
``edu-retry``, ``edu-again``, ``edu-new``, ``edu-lang``.
"""

from __future__ import annotations

import html
import os
import random
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

import ipywidgets as w
from ipywidgets.widgets.widget_bool import CheckboxStyle
from ipywidgets.widgets.widget_string import HTMLStyle

from edu.errors import QuizError
from edu.ids import stable_int
from edu.present import strings
from edu.questions.bank import Bank
from edu.questions.model import KINDS
from edu.questions.model import Text
from edu.questions.registry import KIND_INFO
from edu.quiz.spec import QuizSpec
from edu.quiz.spec import matching
from edu.sessions.quiz import STRINGS
from edu.sessions.quiz import Feedback
from edu.sessions.quiz import QuizSession
from edu.sessions.quiz import assemble_questions
from edu.sessions.quiz import check_questions
from edu.sessions.quiz import practice_questions
from edu.sessions.quiz import say
from edu.study.store import ProgressStore
from edu.widgets.quiz_controls import LANG_OPTIONS
from edu.widgets.quiz_controls import STYLE
from edu.widgets.quiz_controls import Control
from edu.widgets.quiz_controls import button
from edu.widgets.quiz_controls import feedback_html
from edu.widgets.quiz_controls import hint_html
from edu.widgets.quiz_controls import make_control
from edu.widgets.quiz_controls import stem_html
from edu.widgets.quiz_controls import summary_html
from edu.widgets.quiz_controls import tx

Clock = Callable[[], datetime]


# -- the player ----------------------------------------------------------------------------
class QuizView:
    """Show a :class:`QuizSession`; ``display(view.widget)``.

    *on_new* adds a "New quiz" button at the end; *on_finish* is called with the session when
    its last question is done; *rng* reshuffles the options of a retry.
    """

    def __init__(self, session: QuizSession, *, show_lang: bool = True,
                 on_new: Callable[[], None] | None = None,
                 on_finish: Callable[[QuizSession], None] | None = None,
                 rng: random.Random | None = None) -> None:
        self.session = session
        self.on_new, self.on_finish, self.rng = on_new, on_finish, rng
        self.title = w.HTML()
        self.lang = w.ToggleButtons(options=LANG_OPTIONS, value=session.lang)
        self.lang.add_class("edu-lang")
        self.lang.layout.display = "" if show_lang else "none"
        self.progress = w.IntProgress(min=0, max=session.total, value=0,
                                      layout=w.Layout(width="12rem"))
        self.progress.add_class("edu-progress")
        self.position = w.HTML()
        self.position.add_class("edu-position")
        self.score = w.HTML()
        self.score.add_class("edu-score")
        self.stem = w.HTML()
        self.stem.add_class("edu-stem")
        self.answer = w.VBox(layout=w.Layout(margin="0 0 .4rem 0"))
        self.answer.add_class("edu-answer")
        self.check = button("check", session.lang, "edu-check", "primary")
        self.next = button("next", session.lang, "edu-next", "success")
        self.feedback = w.HTML()
        self.feedback.add_class("edu-feedback")
        self.summary = w.HTML()
        self.summary.add_class("edu-summary")
        self.retry = button("retry", session.lang, "edu-retry", "warning")
        self.again = button("again", session.lang, "edu-again")
        self.new = button("new", session.lang, "edu-new", "info")
        self.question_box = w.VBox([self.stem, self.answer, w.HBox([self.check, self.next]),
                                    self.feedback])
        self.end_box = w.VBox([self.summary, w.HBox([self.retry, self.again, self.new])])
        gap = w.HTML("&nbsp;&nbsp;")
        self.head = w.HBox([self.title, self.lang],
                           layout=w.Layout(justify_content="space-between",
                                           align_items="center"))
        self.widget = w.VBox([w.HTML(STYLE), self.head,
                              w.HBox([self.progress, gap, self.position, self.score]),
                              self.question_box, self.end_box])
        self.widget.add_class("edu-quiz")
        self.control: Control | None = None
        self._shown = -1  # the question index the control was made for
        self.check.on_click(lambda _b: self.do_check())
        self.next.on_click(lambda _b: self.do_next())
        self.retry.on_click(lambda _b: self.set_session(self.session.retry_wrong(self.rng)))
        self.again.on_click(lambda _b: self.set_session(self.session.restart()))
        self.new.on_click(lambda _b: self.on_new() if self.on_new else None)
        self.lang.observe(lambda change: self.set_lang(str(change["new"])), names="value")
        self.set_session(session)

    def set_session(self, session: QuizSession) -> None:
        """Show *session* from its current question (reusing every widget)."""
        self.session = session
        self.control = None
        self.progress.max = session.total
        self._relabel()
        self.show()

    def set_lang(self, lang: str) -> None:
        """Switch language, keeping an unchecked answer as it is."""
        if lang == self.session.lang and self.lang.value == lang:
            return
        kept = self.control.response() if self.control and not self.session.revealed else None
        self.session.set_lang(lang)
        self.lang.value = lang
        self.control = None
        self._relabel()
        self.show()
        if kept is not None and self.control is not None:
            self.control.set_response(kept)

    def _relabel(self) -> None:
        lang = self.session.lang
        title = self.session.title
        self.title.value = (f'<div class="edu-title">{html.escape(tx(title, lang))}</div>'
                            if title else "")
        if title:
            self.head.add_class("edu-quiz-titled")
        else:
            self.head.remove_class("edu-quiz-titled")
        for b, key in ((self.check, "check"), (self.retry, "retry"), (self.again, "again"),
                       (self.new, "new")):
            b.description = say(key, lang)

    def _status(self) -> None:
        s = self.session
        self.progress.value = s.answered
        self.position.value = "" if s.finished else f"{html.escape(s.position_text())} ·&nbsp;"
        self.score.value = f"<b>{html.escape(s.score_text())}</b>"

    def show(self) -> None:
        s = self.session
        self._status()
        finished = s.finished
        self.question_box.layout.display = "none" if finished else ""
        self.end_box.layout.display = "" if finished else "none"
        if finished:
            self.summary.value = summary_html(s)
            self.retry.layout.display = "" if s.mistakes() else "none"
            self.new.layout.display = "" if self.on_new else "none"
            return
        q = s.current
        assert q is not None
        if self.control is None or self._shown != s.index:
            self.control = make_control(q, s.lang)
            self._shown = s.index
            self.answer.children = [self.control.widget]
            self.stem.value = stem_html(q, s.lang)
        fb = s.feedback()
        self.check.layout.display = "none" if fb else ""
        self.next.layout.display = "" if fb else "none"
        self.next.description = say("results" if s.position == s.total else "next", s.lang)
        if fb is None:
            self.feedback.value = ""
        else:
            self.control.lock(fb)
            self.feedback.value = feedback_html(fb, s.lang, inline=True)

    def do_check(self) -> Feedback | None:
        """The Check button: feedback, or a hint when the answer is not complete."""
        s = self.session
        if self.control is None or s.finished or s.revealed:
            return None
        response = self.control.response()
        problem = s.missing(response)
        if problem is not None:
            self.feedback.value = hint_html(problem, s.lang)
            return None
        fb = s.check(response)
        self.control.lock(fb)
        self.feedback.value = feedback_html(fb, s.lang, inline=True)
        self.check.layout.display = "none"
        self.next.layout.display = ""
        self.next.focus()
        self._status()
        return fb

    def do_next(self) -> None:
        """The Next button (See results after the last question)."""
        if not self.session.revealed:
            return
        self.session.next()
        self.show()
        if self.session.finished:
            (self.retry if self.session.mistakes() else self.again).focus()
            if self.on_finish is not None:
                self.on_finish(self.session)
        elif self.control is not None:
            self.control.focus()


def query_string() -> str:
    """The Voilà page's query string (``$QUERY_STRING``; empty outside Voilà).

    In a kernel Voilà pre-heated (run before anyone asked for the page), this waits for the
    request that takes the kernel, so call it after the slow set-up (loading the bank).
    """
    if os.environ.get("VOILA_PREHEAT") == "True":
        from voila.utils import wait_for_request

        wait_for_request()
    return os.environ.get("QUERY_STRING", "")


def options_from_query(text: str | None = None) -> dict[str, Any]:
    """Player settings from a Voilà link: ``?lessons=health,work&kinds=cloze&n=5&seed=7
    &lang=zh&start=1`` (*text* defaults to :func:`query_string`)."""
    raw = query_string() if text is None else text
    query = {k: v[-1] for k, v in parse_qs(raw).items()}
    out: dict[str, Any] = {}
    for key in ("lessons", "kinds"):
        if query.get(key):
            out[key] = tuple(x.strip() for x in query[key].split(",") if x.strip())
    for key, name in (("n", "count"), ("seed", "seed")):
        if query.get(key, "").strip().isdigit():
            out[name] = int(query[key])
    if query.get("lang") in ("zh", "en", "both"):
        out["lang"] = query["lang"]
    if query.get("start") in ("1", "true", "yes"):
        out["start"] = True
    return out


MAX_COUNT = 50


class QuizPlayer:
    """The setup pane (lessons, kinds, count, seed) and a :class:`QuizView` to take the quiz."""

    def __init__(self, bank: Bank, *, rng: random.Random, store: ProgressStore | None = None,
                 clock: Clock | None = None, lang: str = "both", lessons: Sequence[str] = (),
                 kinds: Sequence[str] = (), count: int = 10, seed: int | None = None,
                 start: bool = False) -> None:
        self.bank, self.rng, self.store, self.clock = bank, rng, store, clock
        present = {q.kind for q in bank.questions}
        self.lang = w.ToggleButtons(options=LANG_OPTIONS, value=lang)
        self.lang.add_class("edu-lang")
        # The checkboxes (and labels) share one layout and one style: each is a model the page
        # must fetch before it shows anything, so fewer models open the page sooner.
        auto, tick = w.Layout(width="auto"), CheckboxStyle()
        plain, text = w.Layout(), HTMLStyle()
        self.lesson_boxes = {key: w.Checkbox(value=key in lessons, indent=False, layout=auto,
                                             style=tick)
                             for key in bank.lessons if any(q.lesson == key
                                                            for q in bank.questions)}
        self.kind_boxes = {k: w.Checkbox(value=k in kinds, indent=False, layout=auto,
                                         style=tick)
                           for k in KINDS if k in present}
        for box in (*self.lesson_boxes.values(), *self.kind_boxes.values()):
            box.add_class("edu-setup-choice")
            box.observe(lambda _c: self._count(), names="value")
        named = {"description_width": "initial"}
        self.count = w.BoundedIntText(value=min(max(count, 1), MAX_COUNT), min=1, max=MAX_COUNT,
                                      style=named, layout=w.Layout(width="auto"))
        self.count.add_class("edu-setup-count")
        self.seed = w.IntText(value=self._new_seed() if seed is None else seed,
                              style=named, layout=w.Layout(width="auto"))
        self.seed.add_class("edu-setup-seed")
        self.reseed = button("new_seed", lang, "edu-new-seed")
        self.reseed.on_click(lambda _b: setattr(self.seed, "value", self._new_seed()))
        self.start_button = button("start", lang, "edu-start", "primary")
        self.start_button.on_click(lambda _b: self.start())
        self.labels = {key: w.HTML(layout=plain, style=text) for key in ("lessons", "kinds")}
        self.matches = w.HTML(layout=plain, style=text)
        self.matches.add_class("edu-setup-matches")
        self.message = w.HTML(layout=plain, style=text)
        self.message.add_class("edu-setup-message")
        grid = w.Layout(grid_template_columns="repeat(auto-fill, minmax(min(19rem, 100%), 1fr))",
                        width="100%")
        self.setup = w.VBox([
            self.labels["lessons"], w.GridBox(list(self.lesson_boxes.values()), layout=grid),
            self.labels["kinds"], w.GridBox(list(self.kind_boxes.values()), layout=grid),
            w.HBox([self.count, self.seed, self.reseed],
                   layout=w.Layout(flex_flow="row wrap", align_items="center",
                                   grid_gap=".4rem 1.2rem")),
            w.HBox([self.start_button, self.matches]), self.message])
        self.setup.add_class("edu-quiz-setup")
        self.view: QuizView | None = None
        self.body = w.VBox([self.setup])
        self.widget = w.VBox([w.HTML(STYLE), self.lang, self.body])
        self.widget.add_class("edu-quiz")
        self.widget.add_class("edu-quiz-player")
        self.lang.observe(lambda _c: self._relabel(), names="value")
        self._relabel()
        if start:
            self.start()

    def _new_seed(self) -> int:
        return self.rng.randrange(1, 1_000_000)

    def spec(self) -> QuizSpec:
        return QuizSpec(count=int(self.count.value),
                        lessons=tuple(k for k, b in self.lesson_boxes.items() if b.value),
                        kinds=tuple(k for k, b in self.kind_boxes.items() if b.value))

    def _relabel(self) -> None:
        lang = str(self.lang.value)
        for key, box in self.lesson_boxes.items():
            box.description = tx(self.bank.titles.get(key, Text(key, key)), lang)
        for key, box in self.kind_boxes.items():
            box.description = tx(KIND_INFO[key].title, lang)
        hints = {"lessons": say("all_lessons", lang), "kinds": say("all_kinds", lang)}
        for key, label in self.labels.items():
            hint = f' <span class="edu-en">({html.escape(hints[key])})</span>' \
                if key in hints else ""
            label.value = f"<b>{html.escape(say(key, lang))}</b>{hint}&nbsp;"
        self.count.description = say("count", lang)
        self.seed.description = say("seed", lang)
        self.reseed.description = say("new_seed", lang)
        self.start_button.description = say("start", lang)
        self._count()
        if self.view is not None:
            self.view.set_lang(lang)

    def _count(self) -> None:
        n = len(matching(self.bank, replace(self.spec(), count=1)))  # any count matches
        lang = str(self.lang.value)
        self.matches.value = "&emsp;" + html.escape(strings.say("matches", lang, n, sep=" · "))

    def start(self) -> QuizSession | None:
        """Assemble the quiz (seeded) and show its first question; errors go to the message."""
        lang = str(self.lang.value)
        try:
            questions = assemble_questions(self.bank, self.spec(), int(self.seed.value))
            session = QuizSession(questions, lang=lang, store=self.store, clock=self.clock)
        except QuizError as exc:
            self.message.value = (f'<div class="edu-fb edu-fb-hint">'
                                  f"{html.escape(str(exc))}</div>")
            return None
        self.message.value = ""
        if self.view is None:
            self.view = QuizView(session, show_lang=False, on_new=self.new_quiz, rng=self.rng)
        else:
            self.view.set_session(session)
        self.body.children = [self.view.widget]
        return session

    def new_quiz(self) -> None:
        """Back to the setup pane, with a fresh seed."""
        self.seed.value = self._new_seed()
        self.body.children = [self.setup]


class PracticePanel:
    """A quiz on given study items (the dashboard's weakest targets): ``start(item_ids)``."""

    def __init__(self, bank: Bank, *, rng: random.Random, store: ProgressStore | None = None,
                 clock: Clock | None = None, lang: str = "both", count: int = 10,
                 on_finish: Callable[[QuizSession], None] | None = None) -> None:
        self.bank, self.rng, self.store, self.clock = bank, rng, store, clock
        self.lang, self.count, self.on_finish = lang, count, on_finish
        self.view: QuizView | None = None
        self.widget = w.VBox()
        self.widget.add_class("edu-practice")

    def start(self, item_ids: Sequence[str]) -> QuizSession | None:
        questions = practice_questions(self.bank, item_ids, self.count, self.rng)
        lang = self.view.session.lang if self.view else self.lang
        if not questions:
            self.widget.children = [w.HTML(hint_html("no_practice", lang))]
            return None
        session = QuizSession(questions, lang=lang, store=self.store, clock=self.clock,
                              title=STRINGS["practice_title"])
        if self.view is None:
            self.view = QuizView(session, on_finish=self.on_finish, rng=self.rng)
        else:
            self.view.set_session(session)
        self.widget.children = [self.view.widget]
        return session


def lesson_check(bank: Bank, *, store: ProgressStore | None = None, clock: Clock | None = None,
                 lang: str = "both", count: int = 5,
                 seed: int | None = None) -> Callable[[str], QuizView]:
    """A factory for a lesson's check-your-understanding quiz (``LessonView(check=…)``).

    The questions depend on the lesson and *seed* only (default: derived from the lesson id),
    so a whole class sees the same check.
    """

    def make(lesson: str) -> QuizView:
        questions = check_questions(bank, lesson, stable_int("check", lesson)
                                    if seed is None else seed, count)
        session = QuizSession(questions, lang=lang, store=store, clock=clock,
                              title=STRINGS["check_title"])
        return QuizView(session, show_lang=False)

    return make
