"""The quiz player widgets: the right control per kind, Check/Next, score, retry, language."""

from __future__ import annotations

import html
import random
from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest

from edu.content import Plan
from edu.content import load_plan
from edu.questions.bank import Bank
from edu.questions.bank import load_bank
from edu.questions.model import Question
from edu.quiz.grading import correct_response
from edu.sessions.quiz import QuizSession
from edu.study.store import ProgressStore
from edu.widgets.lesson import LessonView
from edu.widgets.quiz_controls import ChoiceControl
from edu.widgets.quiz_controls import EntryControl
from edu.widgets.quiz_controls import EssayControl
from edu.widgets.quiz_controls import MatchingControl
from edu.widgets.quiz_controls import MultiControl
from edu.widgets.quiz_controls import OrderingControl
from edu.widgets.quiz_player import PracticePanel
from edu.widgets.quiz_player import QuizPlayer
from edu.widgets.quiz_player import QuizView
from edu.widgets.quiz_player import lesson_check
from edu.widgets.quiz_player import options_from_query
from edu.widgets.quiz_player import query_string
from tests.conftest import CONTENT
from tests.sessions.test_quiz import partial_response
from tests.sessions.test_quiz import wrong_response

NOW = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
KINDS = ["mc_value", "numeric", "lesson_of_measure", "matching", "cloze", "true_false",
         "ordering", "recall", "choice", "short_answer", "multiple_response", "which_not"]
CONTROL = {"choice": ChoiceControl, "true_false": ChoiceControl, "numeric": EntryControl,
           "text": EntryControl, "matching": MatchingControl, "ordering": OrderingControl,
           "multi": MultiControl}


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


@pytest.fixture(scope="module")
def bank(plan: Plan) -> Bank:
    return load_bank(CONTENT, plan=plan)


def of_kind(bank: Bank, kind: str, n: int = 0) -> Question:
    return [q for q in bank.questions if q.kind == kind][n]


def answer(view: QuizView, response: Any) -> None:
    """Set the current question's control the way a learner would, then press Check."""
    control = view.control
    if isinstance(control, ChoiceControl):
        control.radio.value = response
    elif isinstance(control, EntryControl):
        control.field.value = f"{response:g}" if isinstance(response, float) else str(response)
    elif isinstance(control, MatchingControl):
        for prompt, option in response.items():
            control.dropdowns[prompt].value = option
    elif isinstance(control, MultiControl):
        for oid, box in control.boxes:
            box.value = oid in response
    elif isinstance(control, EssayControl):
        control.field.value = str(response)
    elif isinstance(control, OrderingControl):  # bubble the items into place with ↑ / ↓
        for target, item in enumerate(response):
            position = control.order.index(item)
            while position > target:
                control.ups[position].click()
                position -= 1
        assert control.order == list(response)
    view.check.click()


def locked(view: QuizView) -> bool:
    """Whether the current control no longer takes input (after Check)."""
    c = view.control
    if isinstance(c, ChoiceControl):
        return bool(c.radio.disabled)
    if isinstance(c, EntryControl):
        return bool(c.field.disabled)
    if isinstance(c, MatchingControl):
        return all(d.disabled for d in c.dropdowns.values())
    if isinstance(c, MultiControl):
        return all(b.disabled for _, b in c.boxes)
    if isinstance(c, EssayControl):
        return bool(c.field.disabled)
    assert isinstance(c, OrderingControl)
    return all(b.disabled for b in c.downs)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_right_then_wrong(bank: Bank, kind: str) -> None:
    """Each kind gets its control; right then wrong: feedback, score, progress, then retry."""
    q = of_kind(bank, kind)
    view = QuizView(QuizSession([q, q], lang="en"))
    assert isinstance(view.control, CONTROL[q.shape])
    assert view.check.layout.display == ""
    assert view.next.layout.display == "none"
    answer(view, correct_response(q))
    assert 'data-verdict="right"' in view.feedback.value
    assert "Correct!" in view.feedback.value
    assert "Score 1 / 1" in view.score.value
    assert view.progress.value == 1
    assert view.check.layout.display == "none"
    assert view.next.description == "Next"
    assert locked(view)
    view.next.click()
    assert view.feedback.value == ""
    assert not locked(view)
    answer(view, wrong_response(q))
    assert 'data-verdict="wrong"' in view.feedback.value
    assert "Score 1 / 2" in view.score.value
    assert view.next.description == "See results"
    view.next.click()
    assert view.question_box.layout.display == "none"
    assert "1 of 2 right (score 50%)" in view.summary.value
    assert view.retry.layout.display == ""
    view.retry.click()
    assert view.session.total == 1
    assert "Question 1 of 1" in view.position.value
    answer(view, correct_response(q))
    view.next.click()
    assert "1 of 1 right" in view.summary.value
    assert view.retry.layout.display == "none"


@pytest.mark.parametrize("kind", ["matching", "ordering"])
def test_partial_credit_marks_each_part(bank: Bank, kind: str) -> None:
    """A half-right matching or ordering scores part of a point and marks each row ✓/✗."""
    q = of_kind(bank, kind)
    view = QuizView(QuizSession([q], lang="en"))
    answer(view, partial_response(q))
    assert 'data-verdict="partial"' in view.feedback.value
    assert "Partly right" in view.feedback.value
    score = view.session.earned
    assert 0 < score < 1
    control = view.control
    texts = ([m.value for m in control.marks.values()] if isinstance(control, MatchingControl)
             else [label.value for label in control.labels])  # type: ignore[union-attr]
    assert sum("edu-mark-wrong" in t for t in texts) == 2
    assert any("edu-fix" in t for t in texts)  # the right partner or place is shown


def test_check_without_an_answer_gives_a_hint(bank: Bank) -> None:
    """Check with nothing chosen shows a hint and records nothing."""
    view = QuizView(QuizSession([of_kind(bank, "mc_value")], lang="en"))
    view.check.click()
    assert "Choose an answer first." in view.feedback.value
    assert view.session.answered == 0
    assert view.check.layout.display == ""


def test_feedback_shows_explanation_and_source(bank: Bank) -> None:
    """The feedback quotes the source sentence apart from the explanation, in the language."""
    q = of_kind(bank, "mc_value")
    view = QuizView(QuizSession([q], lang="zh"))
    answer(view, wrong_response(q))
    assert "原文" in view.feedback.value
    assert q.source[0] in view.feedback.value
    assert "正确答案" in view.feedback.value
    assert "Right answer" not in view.feedback.value


def test_language_toggle_keeps_the_answer(bank: Bank) -> None:
    """Switching language relabels everything and keeps an unchecked answer."""
    q = of_kind(bank, "matching")
    view = QuizView(QuizSession([q], lang="zh"))
    assert view.check.description == "检查"
    prompt, option = next(iter(correct_response(q).items()))
    assert isinstance(view.control, MatchingControl)
    view.control.dropdowns[prompt].value = option
    view.lang.value = "en"
    assert view.check.description == "Check"
    assert q.stem.en in view.stem.value
    assert isinstance(view.control, MatchingControl)
    assert view.control.dropdowns[prompt].value == option
    assert "Question 1 of 1" in view.position.value


def test_a_click_updates_without_rebuilding(bank: Bank) -> None:
    """Check keeps the question's control; only Next makes a new one."""
    questions = [of_kind(bank, "recall"), of_kind(bank, "recall", 1)]
    view = QuizView(QuizSession(questions))
    control = view.control
    answer(view, correct_response(questions[0]))
    assert view.control is control
    assert view.answer.children == (control.widget,)  # type: ignore[union-attr]
    view.next.click()
    assert view.control is not control


def test_player_setup_start_and_new_quiz(bank: Bank, tmp_path: Path) -> None:
    """The setup pane assembles the seeded quiz asked for; answers go to the store."""
    store = ProgressStore.open(tmp_path / "p.db")
    player = QuizPlayer(bank, rng=random.Random(4), store=store, clock=lambda: NOW,
                        lessons=("health",), kinds=("true_false",), count=3, seed=9)
    assert player.lesson_boxes["health"].value
    assert player.kind_boxes["true_false"].value
    assert "questions match" in player.matches.value
    player.start_button.click()
    view = player.view
    assert view is not None
    assert player.body.children == (view.widget,)
    assert view.session.total == 3
    assert all(q.lesson == "health" and q.kind == "true_false" for q in view.session.questions)
    again = QuizPlayer(bank, rng=random.Random(5), lessons=("health",), kinds=("true_false",),
                       count=3, seed=9, start=True)
    assert again.view is not None
    assert [q.id for q in again.view.session.questions] == [
        q.id for q in view.session.questions]
    answer(view, correct_response(view.session.questions[0]))
    assert len(store.attempts()) == 1
    view.new.click()
    assert player.body.children == (player.setup,)
    assert player.seed.value != 9


def test_player_reports_impossible_quizzes(bank: Bank) -> None:
    """Asking for more questions than match says so in the setup pane, nothing starts."""
    have = sum(1 for q in bank.questions if q.kind == "short_answer")
    player = QuizPlayer(bank, rng=random.Random(1), kinds=("short_answer",), count=have + 4)
    assert player.start() is None
    assert f"only {have} questions match" in player.message.value
    assert player.view is None


def test_player_language(bank: Bank) -> None:
    """The player's toggle relabels the setup and the running quiz."""
    player = QuizPlayer(bank, rng=random.Random(1), lang="zh", count=2, start=True)
    assert player.start_button.description == "开始测验"
    player.lang.value = "en"
    assert player.start_button.description == "Start the quiz"
    assert player.lesson_boxes["health"].description == "Right to Health"
    assert player.view is not None
    assert player.view.check.description == "Check"


def test_options_from_query() -> None:
    """A shared link sets lessons, kinds, count, seed, language and autostart."""
    assert options_from_query("lessons=health,work&kinds=cloze&n=5&seed=7&lang=zh&start=1") == {
        "lessons": ("health", "work"), "kinds": ("cloze",), "count": 5, "seed": 7,
        "lang": "zh", "start": True}
    assert options_from_query("n=many&seed=-3&lang=fr") == {}
    assert options_from_query("") == {}


def test_query_string_outside_voila(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a pre-heated Voilà kernel the query string is read at once from the env."""
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    monkeypatch.setenv("QUERY_STRING", "n=3&lessons=work")
    assert query_string() == "n=3&lessons=work"
    assert options_from_query() == {"count": 3, "lessons": ("work",)}
    monkeypatch.delenv("QUERY_STRING")
    assert options_from_query() == {}


def test_practice_panel(bank: Bank, tmp_path: Path) -> None:
    """Practise starts a quiz on the given items below the dashboard; unknown items say so."""
    store = ProgressStore.open(tmp_path / "p.db")
    finished: list[QuizSession] = []
    panel = PracticePanel(bank, rng=random.Random(3), store=store, clock=lambda: NOW, count=4,
                          on_finish=finished.append)
    weak = list(dict.fromkeys(r for q in bank.questions for r in q.refs
                              if r.startswith("target-")))[:2]
    session = panel.start(weak)
    assert session is not None
    assert session.total == 4
    assert panel.view is not None
    assert panel.widget.children == (panel.view.widget,)
    for q in session.questions:
        answer(panel.view, correct_response(q))
        panel.view.next.click()
    assert finished == [session]
    assert len(store.attempts()) == 4
    assert panel.start(["target-nothing"]) is None
    assert "No questions are about these targets." in panel.widget.children[0].value


def test_lesson_check_under_the_lesson(plan: Plan, bank: Bank) -> None:
    """The lesson view shows its check quiz, a new one per lesson, following the language."""
    view = LessonView(plan, "health", lang="zh", check=lesson_check(bank, count=3))
    quiz = view.check
    assert isinstance(quiz, QuizView)
    assert view.check_box.children == (quiz.widget,)
    assert all(q.lesson == "health" for q in quiz.session.questions)
    assert "随堂小测" in quiz.title.value
    view.lang.value = "en"
    assert view.check is quiz
    assert quiz.session.lang == "en"
    view.picker.value = "work"
    assert view.check is not quiz
    assert isinstance(view.check, QuizView)
    assert all(q.lesson == "work" for q in view.check.session.questions)
    assert isinstance(view.widget, w.VBox)


def test_discussion_text_area_then_model_answer(bank: Bank) -> None:
    """A discussion gets a text area; after Check it locks and the feedback shows the model
    answer and every rubric criterion with its points, with no score either way."""
    from edu.questions.model import EssayAnswer

    q = of_kind(bank, "discussion")
    assert isinstance(q.answer, EssayAnswer)
    view = QuizView(QuizSession([q], lang="en"))
    assert isinstance(view.control, EssayControl)
    answer(view, "It is a ceiling because less myopia is better.")
    assert 'data-verdict="pending"' in view.feedback.value
    shown = html.unescape(view.feedback.value)
    assert q.answer.model.en in shown
    assert all(c.text.en in shown for c in q.answer.rubric)
    assert f"{q.answer.points} points" in view.feedback.value
    assert locked(view)


def test_select_all_checkboxes_mark_each_tick(bank: Bank) -> None:
    """Checkboxes for select-all; one wrong tick among the right ones scores part of the
    point and the wrong tick is marked ✗."""
    from edu.questions.model import MultiAnswer

    q = of_kind(bank, "multiple_response")
    assert isinstance(q.answer, MultiAnswer)
    view = QuizView(QuizSession([q], lang="en"))
    assert isinstance(view.control, MultiControl)
    wrong = next(o.id for o in q.options if o.id not in q.answer.options)
    answer(view, [*q.answer.options, wrong])
    assert 'data-verdict="partial"' in view.feedback.value
    boxes = dict(view.control.boxes)
    assert boxes[wrong].description.endswith("✗")
    assert all(boxes[o].description.endswith("✓") for o in q.answer.options)
