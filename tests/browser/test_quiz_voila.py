"""The quiz in a real browser: Voilà on 127.0.0.1, Debian's chromium, nothing fetched outside."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from html import unescape
from pathlib import Path

import pytest
from playwright.sync_api import Page
from playwright.sync_api import expect

from edu.questions import load_bank
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Question
from edu.quiz.spec import QuizSpec
from edu.sessions.quiz import assemble_questions
from edu.study.store import ProgressStore
from tests.browser.chromium import CHROMIUM
from tests.browser.chromium import MISSING
from tests.browser.chromium import Browser
from tests.browser.voila import Server

pytestmark = pytest.mark.slow
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason=MISSING)
SEED, COUNT = 11, 3
QUERY = f"kinds=mc_value&n={COUNT}&seed={SEED}&lang=both"
TIMEOUT = 60_000  # ms: the first page starts a kernel


def expected() -> tuple[Question, ...]:
    return assemble_questions(load_bank(), QuizSpec(count=COUNT, kinds=("mc_value",)), SEED)


def answer(page: Page, q: Question, right: bool) -> None:
    """Pick the right (or a wrong) radio button of *q* and press Check."""
    expect(page.locator(f'.edu-stem [data-question="{q.id}"]')).to_be_visible()
    assert isinstance(q.answer, ChoiceAnswer)
    ids = [o.id for o in q.options]
    index = ids.index(q.answer.option) if right else (ids.index(q.answer.option) + 1) % len(ids)
    page.locator(".edu-option input[type=radio]").nth(index).check()
    page.locator("button.edu-check").click()


@needs_chromium
def test_answer_right_then_wrong(classroom: Server, browser: Browser, artifacts: Path) -> None:
    """Start, answer right then wrong: feedback, score and progress change; answers recorded."""
    questions = expected()
    page = browser.context.new_page()
    page.goto(f"{classroom.url}/voila/render/03-quiz.ipynb?{QUERY}")
    start = page.locator("button.edu-start")
    expect(start).to_be_visible(timeout=TIMEOUT)
    expect(page.locator(".edu-setup-seed input")).to_have_value(str(SEED))
    page.screenshot(path=artifacts / "quiz-setup.png", full_page=True)
    start.click()

    answer(page, questions[0], right=True)
    expect(page.locator(".edu-feedback .edu-fb-right")).to_be_visible()
    expect(page.locator(".edu-score")).to_contain_text("1 / 1")
    expect(page.locator(".edu-feedback .edu-source")).to_contain_text(questions[0].source[0])
    page.locator("button.edu-next").click()

    answer(page, questions[1], right=False)
    feedback = page.locator(".edu-feedback .edu-fb-wrong")
    expect(feedback).to_be_visible()
    wrong = questions[1].answer
    assert isinstance(wrong, ChoiceAnswer)
    expect(feedback).to_contain_text(questions[1].option(wrong.option).text.zh)
    expect(page.locator(".edu-score")).to_contain_text("1 / 2")
    expect(page.locator(".edu-position")).to_contain_text(f"2 of {COUNT}")
    page.screenshot(path=artifacts / "quiz-feedback.png", full_page=True)

    page.locator("button.edu-next").click()
    answer(page, questions[2], right=True)
    page.locator("button.edu-next").click()
    summary = page.locator(".edu-summary")
    expect(summary).to_contain_text(f"2 of {COUNT} right")
    expect(page.locator("button.edu-retry")).to_be_visible()
    page.screenshot(path=artifacts / "quiz-summary.png", full_page=True)

    page.locator("button.edu-retry").click()
    expect(page.locator(f'.edu-stem [data-question="{questions[1].id}"]')).to_be_visible()
    expect(page.locator(".edu-position")).to_contain_text("1 of 1")

    assert classroom.env is not None
    with ProgressStore.open(classroom.env["EDU_PROGRESS_DB"]) as store:
        attempts = store.attempts()
    assert [(a.item_id, a.score) for a in attempts] == [
        (questions[0].id, 1.0), (questions[1].id, 0.0), (questions[2].id, 1.0)]


@needs_chromium
def test_home_lists_the_student_notebooks(classroom: Server, browser: Browser,
                                          artifacts: Path) -> None:
    """The classroom's home page lists the student notebooks, not the quiz builder."""
    page = browser.context.new_page()
    page.goto(f"{classroom.url}/")
    expect(page.get_by_text("03-quiz.ipynb")).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_text("06-progress.ipynb")).to_be_visible()
    assert page.get_by_text("04-quiz-builder").count() == 0
    page.screenshot(path=artifacts / "classroom-home.png", full_page=True)


def test_the_quiz_builder_is_not_served(classroom: Server) -> None:
    """Students cannot open the instructors' notebook, rendered or as a file."""
    for path in ("/voila/render/04-quiz-builder.ipynb", "/voila/files/04-quiz-builder.ipynb",
                 "/voila/render/../04-quiz-builder.ipynb"):
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(classroom.url + path, timeout=60)
        caught.value.close()
        assert caught.value.code in (403, 404)


def test_pages_link_nothing_outside(classroom: Server) -> None:
    """The rendered quiz page loads no script, style or font from outside 127.0.0.1."""
    with urllib.request.urlopen(f"{classroom.url}/voila/render/03-quiz.ipynb",
                                timeout=120) as response:
        html = response.read().decode("utf-8")
    assert "03 · 测验 · Quiz" in unescape(html)  # the quiz notebook was rendered
    assert "application/vnd.jupyter.widget-view+json" in html
    outside = re.findall(r"""(?:src|href)\s*=\s*["'](https?://[^"']+)""", html)
    outside += re.findall(r"""import\(\s*["'](https?://[^"']+)""", html)
    assert [u for u in outside if not u.startswith(classroom.url)] == []


@needs_chromium
def test_lesson_link_and_check_quiz(classroom: Server, browser: Browser,
                                    artifacts: Path) -> None:
    """?lesson=work opens that lesson (even in a pre-heated kernel), its check quiz below."""
    page = browser.context.new_page()
    page.goto(f"{classroom.url}/voila/render/02-lesson.ipynb?lesson=work")
    expect(page.locator('.edu-reader[data-lesson="work"]')).to_be_visible(timeout=TIMEOUT)
    check = page.locator(".edu-lesson-check")
    expect(check.locator(".edu-title")).to_contain_text("Check your understanding")
    check.locator(".edu-option input[type=radio], .edu-numeric input, .edu-text input, "
                  ".edu-multi input, .edu-essay textarea, select, .edu-down").first \
        .scroll_into_view_if_needed()
    page.screenshot(path=artifacts / "lesson-check.png")
