"""Every student page on a phone (390×844) and a laptop (1280×800): axe-core, no sideways scroll.

One Voilà server and one chromium for the module; each page is loaded once, checked at the
phone size, then resized to the laptop size and checked again (the kernel is not restarted).
axe-core is vendored (``tests/browser/vendor/axe.min.js``, from npm) and injected into the
page, so the test needs no network. Screenshots of every page at both sizes, and each axe
report as JSON, are written to ``artifacts/browser/``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page
from playwright.sync_api import expect

from tests.browser.chromium import CHROMIUM
from tests.browser.chromium import MISSING
from tests.browser.chromium import Browser
from tests.browser.chromium import chromium
from tests.browser.voila import Server

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason=MISSING)]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
TIMEOUT = 90_000  # ms: a page that is not pre-heated starts its kernel
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
#: page name → (notebook and query, a selector shown once the page is ready)
PAGES: dict[str, tuple[str, str]] = {
    "start": ("00-start-here.ipynb", ".edu-introduction"),
    "explore": ("01-explore.ipynb", ".edu-explore .edu-reader"),
    "lesson": ("02-lesson.ipynb?lesson=health", '.edu-reader[data-lesson="health"]'),
    "quiz-setup": ("03-quiz.ipynb?lessons=health", ".edu-quiz-setup .edu-start"),
    "quiz": ("03-quiz.ipynb?lessons=health&n=3&seed=5&start=1", ".edu-stem-html"),
    "review": ("05-review.ipynb", ".edu-review .edu-card"),
    "progress": ("06-progress.ipynb", ".edu-dashboard"),
}
SERIOUS = ("critical", "serious")


@pytest.fixture(scope="module")
def phone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """One chromium for the module (pages are resized, not reopened); no request leaves."""
    with chromium(tmp_path_factory.mktemp("chromium"), **PHONE) as b:
        yield b
    assert b.leaks == [], f"requests left 127.0.0.1: {b.leaks}"


def axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on *page* (the script is injected from the vendored copy)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})")
    return list(result["violations"])


def summary(violations: list[dict[str, Any]]) -> list[str]:
    """One line per violation: impact, rule and where (the first few nodes)."""
    return [f"{v['impact']}: {v['id']} ({v['help']}) at "
            + "; ".join(" ".join(n["target"]) if isinstance(n["target"], list)
                        else str(n["target"]) for n in v["nodes"][:3])
            for v in violations]


OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.scrollingElement.scrollWidth > width + 1)
    out.push('document ' + document.scrollingElement.scrollWidth + ' > ' + width);
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const scrolls = ['auto', 'scroll'].includes(style.overflowX);
    if (scrolls && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      out.push('scrolls: ' + el.tagName + '.' + el.className + ' ' + el.scrollWidth + ' > '
               + el.clientWidth);
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && el.closest('.edu-sr-only') === null)
      out.push('sticks out: ' + el.tagName + '.' + el.className + ' right=' + box.right);
    if (out.length > 12) break;
  }
  return out;
}"""


TARGETS_JS = """() => {
  const small = [];
  const targets = document.querySelectorAll(
    '.edu-page button, .edu-page select, .edu-page input[type=text], .edu-page summary, '
    + '.edu-page .widget-radio-box label, .edu-page .widget-checkbox');
  for (const el of targets) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (box.height < 43.5 || box.width < 43.5)
      small.push(el.tagName + ' "' + el.textContent.trim().slice(0, 20) + '" '
                 + Math.round(box.width) + 'x' + Math.round(box.height));
  }
  return small;
}"""


def check(page: Page, name: str, size: dict[str, int], artifacts: Path) -> list[str]:
    """Screenshot, axe report (JSON) and the serious/critical violations at *size*."""
    label = f"{name}-{size['width']}"
    page.wait_for_timeout(300)  # let the widgets' layout settle
    page.screenshot(path=artifacts / f"{label}.png", full_page=True)
    violations = axe(page)
    (artifacts / f"axe-{label}.json").write_text(
        json.dumps(violations, ensure_ascii=False, indent=1), encoding="utf-8")
    return [line for line, v in zip(summary(violations), violations, strict=True)
            if v["impact"] in SERIOUS]


@pytest.mark.parametrize("name", list(PAGES))
def test_page_on_phone_and_laptop(name: str, classroom: Server, phone: Browser,
                                  artifacts: Path) -> None:
    """At 390 and 1280 px the page has no serious axe violation; at 390 px nothing scrolls
    sideways or sticks out of the screen, and every control is at least 44 px each way."""
    path, ready = PAGES[name]
    page = phone.context.new_page()
    try:
        page.set_viewport_size(PHONE)
        page.goto(f"{classroom.url}/voila/render/{path}")
        expect(page.locator(ready).first).to_be_visible(timeout=TIMEOUT)
        problems = check(page, name, PHONE, artifacts)
        overflow = page.evaluate(OVERFLOW_JS)
        small = page.evaluate(TARGETS_JS)
        page.set_viewport_size(LAPTOP)
        problems += check(page, name, LAPTOP, artifacts)
    finally:
        page.close()
    assert overflow == [], f"{name} at 390 px: {overflow}"
    assert small == [], f"{name} at 390 px: tap targets under 44 px: {small}"
    assert problems == [], f"{name}: " + "\n".join(problems)


KEYBOARD_LESSONS = ("health", "education")
KEYBOARD_KINDS = ("mc_value", "true_false", "numeric", "matching", "ordering",
                  "multiple_response")


def keyboard_quiz() -> str:
    """A quiz link whose six questions include every shape the keyboard test answers: the
    first seed (from 1) that gives radio buttons, a text box, dropdowns, checkboxes and an
    ordering, found with the player's own assembly so that bank changes cannot break it."""
    from edu.questions.bank import load_bank
    from edu.quiz.spec import QuizSpec
    from edu.sessions.quiz import assemble_questions

    bank = load_bank()
    spec = QuizSpec(count=6, lessons=KEYBOARD_LESSONS, kinds=KEYBOARD_KINDS)
    for seed in range(1, 200):
        shapes = {q.shape for q in assemble_questions(bank, spec, seed)}
        if {"choice", "numeric", "matching", "multi", "ordering"} <= shapes | {"true_false"} \
                and ("choice" in shapes or "true_false" in shapes):
            return (f"03-quiz.ipynb?lessons={','.join(KEYBOARD_LESSONS)}"
                    f"&kinds={','.join(KEYBOARD_KINDS)}&n=6&seed={seed}&start=1")
    raise AssertionError("no seed gives a quiz of every shape")

ACTIVE = """() => { const el = document.activeElement; if (!el || el === document.body) return null;
  const box = el.closest('.widget-radio-box, .edu-answer, .edu-quiz');
  const style = getComputedStyle(el);
  return {tag: el.tagName, type: el.type || '', cls: el.className + ' '
          + (el.closest('.jupyter-widgets') || el).className,
          outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
          answer: el.closest('.edu-answer') !== null, inQuiz: box !== null}; }"""


def tab_until(page: Page, want: str, limit: int = 40) -> dict[str, Any]:
    """Press Tab until the focused element's description contains *want*; return it."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        seen.append(active and f"{active['tag']} {active['type']} {active['cls'][:40]}")
        if active and want in f"{active['tag']} {active['type']} {active['cls']}":
            return dict(active)
    raise AssertionError(f"Tab never reached {want!r}: {seen[:12]}")


def test_whole_quiz_by_keyboard(classroom: Server, phone: Browser, artifacts: Path) -> None:
    """A quiz of every answer shape is taken with Tab, Space, Enter and the arrow keys alone:
    focus is always visible, Check moves it to Next, the feedback is a live region, Next moves
    it to the next question's first input, and the summary counts every question."""
    page = phone.context.new_page()
    try:
        page.set_viewport_size(PHONE)
        page.goto(f"{classroom.url}/voila/render/{keyboard_quiz()}")
        expect(page.locator(".edu-stem-html").first).to_be_visible(timeout=TIMEOUT)
        shapes = []
        for n in range(6):
            stem = page.locator(".edu-stem-html")
            expect(page.locator(".edu-position")).to_contain_text(f"{n + 1} of 6")
            answer = page.locator(".edu-answer")
            if n:  # Next put the focus on the new question's first input
                page.wait_for_function(
                    "() => document.activeElement && document.activeElement.closest"
                    "('.edu-answer') && !document.activeElement.disabled")
            if answer.locator("input[type=radio]").count():
                shapes.append("choice")
                active = page.evaluate(ACTIVE) if n else tab_until(page, "radio")
                assert active["type"] == "radio", active
                assert active["outline"] >= 2, active
                # one named group: the arrow keys choose, one Tab leaves the group
                page.keyboard.press("ArrowDown")
                radios = answer.locator("input[type=radio]")
                expect(radios.nth(1)).to_be_checked()
                assert answer.locator('[role="radiogroup"]').count() == 1
                page.keyboard.press("Tab")
                assert "edu-check" in page.evaluate(ACTIVE)["cls"]
            elif answer.locator("input[type=checkbox]").count():
                shapes.append("multi")
                active = page.evaluate(ACTIVE) if n else tab_until(page, "checkbox")
                assert active["type"] == "checkbox", active
                assert active["outline"] >= 2, active
                page.keyboard.press("Space")
                expect(answer.locator("input[type=checkbox]").first).to_be_checked()
            elif answer.locator("select").count():
                shapes.append("matching")
                for i in range(answer.locator("select").count()):
                    active = tab_until(page, "SELECT") if not (n or i) else page.evaluate(ACTIVE)
                    assert active["tag"] == "SELECT", active
                    assert active["outline"] >= 2, active
                    for _ in range(i + 2):  # past "— choose —" to the (i+1)th partner
                        before = page.evaluate("() => document.activeElement.value")
                        page.keyboard.press("ArrowDown")
                        page.wait_for_function(f"() => document.activeElement.value != "
                                               f"{json.dumps(before)}")
                    if i + 1 < answer.locator("select").count():
                        page.keyboard.press("Tab")
            elif answer.locator("input[type=text]").count():
                shapes.append("entry")
                active = page.evaluate(ACTIVE) if n else tab_until(page, "INPUT text")
                assert active["tag"] == "INPUT", active
                page.keyboard.type("88")
            else:
                shapes.append("ordering")
                active = page.evaluate(ACTIVE) if n else tab_until(page, "edu-down")
                assert "edu-down" in active["cls"], active
                label = page.evaluate("document.activeElement.getAttribute('aria-label')")
                assert label.startswith("下移 Move down: 1. "), label
                assert active["outline"] >= 2, active
                page.keyboard.press("Enter")
            assert stem.count() == 1
            active = tab_until(page, "edu-check")
            assert active["outline"] >= 2, active
            page.keyboard.press("Enter")
            feedback = page.locator('.edu-feedback [role="alert"]')
            expect(feedback).to_be_visible()
            if not page.locator(".edu-feedback [data-verdict]").count():
                page.screenshot(path=artifacts / "quiz-keyboard-stuck.png", full_page=True)
                raise AssertionError(f"question {n + 1} ({shapes[-1]}): "
                                     + feedback.inner_text())
            if n == 1:
                page.screenshot(path=artifacts / "quiz-keyboard-feedback-390.png", full_page=True)
            page.wait_for_function(
                "() => document.activeElement && document.activeElement.closest('.edu-next')")
            page.keyboard.press("Enter")
        expect(page.locator(".edu-summary")).to_contain_text("of 6 right")
        page.screenshot(path=artifacts / "quiz-keyboard-summary-390.png", full_page=True)
    finally:
        page.close()
    assert sorted(set(shapes)) == ["choice", "entry", "matching", "multi", "ordering"]


@pytest.mark.parametrize("name", ["start", "lesson", "quiz", "review", "progress"])
def test_dark_theme(name: str, classroom: Server, phone: Browser, artifacts: Path) -> None:
    """In Voilà's dark theme (``?theme=dark``) the page has no serious axe violation either
    (colour contrast above all: the colours follow the theme)."""
    path, ready = PAGES[name]
    page = phone.context.new_page()
    try:
        page.set_viewport_size(PHONE)
        page.goto(f"{classroom.url}/voila/render/{path}{'&' if '?' in path else '?'}theme=dark")
        expect(page.locator(ready).first).to_be_visible(timeout=TIMEOUT)
        assert page.evaluate("document.body.dataset.jpThemeLight") == "false"
        problems = check(page, f"{name}-dark", PHONE, artifacts)
    finally:
        page.close()
    assert problems == [], f"{name} (dark): " + "\n".join(problems)


def test_review_by_keyboard(classroom: Server, phone: Browser, artifacts: Path) -> None:
    """A review card is answered by keyboard: Show answer (its label whole, not "Show ans…"),
    then the focus is on Good, and Enter brings the next card with the focus on Show answer."""
    path, ready = PAGES["review"]
    page = phone.context.new_page()
    try:
        page.set_viewport_size(PHONE)
        page.goto(f"{classroom.url}/voila/render/{path}")
        expect(page.locator(ready).first).to_be_visible(timeout=TIMEOUT)
        first = page.locator(".edu-card").get_attribute("data-item")
        show = page.locator("button.edu-show-answer")
        assert show.evaluate("b => b.scrollWidth <= b.clientWidth"), "Show answer is cut off"
        expect(show).to_have_text("显示答案 / Show answer")
        tab_until(page, "edu-show-answer")
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.activeElement.classList.contains('edu-rate-3')")
        page.screenshot(path=artifacts / "review-answer-390.png", full_page=True)
        for rating in range(1, 5):
            button = page.locator(f"button.edu-rate-{rating}")
            assert button.evaluate("b => b.scrollWidth <= b.clientWidth"), rating
        page.keyboard.press("Enter")
        page.wait_for_function(
            "() => document.activeElement.classList.contains('edu-show-answer')")
        assert page.locator(".edu-card").get_attribute("data-item") != first
    finally:
        page.close()
