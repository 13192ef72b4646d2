"""A live class in a real browser: three phones (390×844) join, answer, see the reveal.

The class server runs in a thread on 127.0.0.1; Debian's chromium is driven by Playwright,
one browser context (own storage) per student, every request outside 127.0.0.1 blocked and
recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page
from playwright.sync_api import expect
from playwright.sync_api import sync_playwright

from edu.live.server import LiveServer
from edu.live.session import LiveSession
from edu.live.store import ClassStore
from edu.questions.model import ChoiceAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import Question
from edu.questions.render import answer_text
from tests.browser.chromium import ARGS
from tests.browser.chromium import CHROMIUM
from tests.browser.chromium import MISSING
from tests.browser.chromium import Browser
from tests.browser.chromium import fontconfig
from tests.browser.chromium import private_env
from tests.live.conftest import one_of_each_shape

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not CHROMIUM.exists(), reason=MISSING)]
PHONE = {"width": 390, "height": 844}
EVIL = "<img src=x onerror=alert(1)>Zoë"
TIMEOUT = 15_000


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return one_of_each_shape()


@pytest.fixture
def phones(tmp_path: Path) -> Iterator[list[Browser]]:
    """Three phone-sized browser contexts of one chromium, each with its own storage."""
    env: dict[str, str | float | bool] = dict(private_env(tmp_path / "state"))
    env["FONTCONFIG_FILE"] = str(fontconfig(tmp_path))
    env["HOME"] = str(tmp_path / "home")
    with sync_playwright() as pw:
        chrome = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS,
                                    env=env)
        out = []
        for _ in range(3):
            context = chrome.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True,
                                         has_touch=True)
            b = Browser(context)
            context.route("**/*", b._route)
            out.append(b)
        try:
            yield out
        finally:
            chrome.close()
    assert [b.leaks for b in out] == [[], [], []]


def _join(page: Page, url: str, name: str) -> None:
    page.goto(url)
    expect(page.locator("#join")).to_be_visible(timeout=TIMEOUT)
    page.get_by_label("你的名字").fill(name)
    page.locator("#join button[type=submit]").click()
    expect(page.locator("#who")).to_have_text(name, timeout=TIMEOUT)


def _tap_targets_ok(page: Page) -> None:
    """Every visible button and input is at least 44 px high and wide."""
    for box in page.locator("button:visible, input:visible").evaluate_all(
            "els => els.map(e => { const r = e.getBoundingClientRect();"
            " return [e.outerHTML.slice(0, 60), r.width, r.height]; })"):
        assert box[1] >= 44, box
        assert box[2] >= 44, box


def test_three_phones_join_answer_reveal(tmp_path: Path, phones: list[Browser],
                                         questions: list[Question]) -> None:
    """Three students join on phones (one with a name full of HTML), tap an answer and see
    "answer received" with nothing of the answer in the page; after the reveal each sees
    right or wrong with the source sentence; a reload resumes; the language toggles; a
    typed numeric answer works; the end shows the summary."""
    choice = questions[0]
    numeric = questions[2]
    assert isinstance(choice.answer, ChoiceAnswer)
    assert isinstance(numeric.answer, NumericAnswer)
    artifacts = Path(__file__).resolve().parents[2] / "artifacts" / "browser"
    artifacts.mkdir(parents=True, exist_ok=True)
    with ClassStore.open(tmp_path / "class.sqlite3") as store:
        session = LiveSession.create(store, [choice, numeric], title="课堂测验 Test")
        with LiveServer(session) as server, httpx.Client(base_url=server.base_url) as http:
            teacher = {"Authorization": f"Bearer {session.teacher_token}"}
            pages = [b.context.new_page() for b in phones]
            dialogs: list[str] = []
            for page in pages:
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            for page, name in zip(pages, ["Ana", "Bo", EVIL], strict=True):
                _join(page, server.info.join_url, name)
            assert pages[2].locator("#who img").count() == 0
            assert dialogs == []
            expect(pages[0].locator(".done")).to_contain_text("等待")
            _tap_targets_ok(pages[0])

            http.post("/api/teacher/open", headers=teacher, json={"question": choice.id})
            ids = [o.id for o in choice.options]
            right = ids.index(choice.answer.option)
            for i, page in enumerate(pages):
                buttons = page.locator(".options button")
                expect(buttons).to_have_count(len(ids), timeout=TIMEOUT)
                buttons.nth(right if i != 1 else (right + 1) % len(ids)).click()
                expect(page.locator("#live")).to_contain_text("答案已收到", timeout=TIMEOUT)
                html = page.content()
                assert "right" not in page.locator(".options").inner_html()
                for sentence in choice.source:
                    assert sentence not in html
            pages[0].screenshot(path=artifacts / "live-class-answered.png", full_page=True)
            _tap_targets_ok(pages[0])

            http.post("/api/teacher/reveal", headers=teacher)
            expect(pages[0].locator(".result.right")).to_be_visible(timeout=TIMEOUT)
            expect(pages[1].locator(".result.wrong")).to_be_visible(timeout=TIMEOUT)
            expect(pages[2].locator(".result.right")).to_be_visible(timeout=TIMEOUT)
            expect(pages[1].locator(".box.source")).to_contain_text(choice.source[0])
            expect(pages[1].locator(".box").first).to_contain_text(answer_text(choice).zh)
            pages[1].screenshot(path=artifacts / "live-class-revealed.png", full_page=True)

            pages[0].reload()
            expect(pages[0].locator(".result.right")).to_be_visible(timeout=TIMEOUT)
            expect(pages[0].locator("#join")).to_be_hidden()
            pages[0].locator("#lang").click()
            expect(pages[0].locator(".stem")).to_have_text(choice.stem.en)
            expect(pages[0].locator(".result")).to_have_text("Right!")
            assert pages[0].evaluate("document.documentElement.lang") == "en"

            http.post("/api/teacher/open", headers=teacher, json={"question": numeric.id})
            box = pages[2].locator("input[inputmode=decimal]")
            expect(box).to_be_visible(timeout=TIMEOUT)
            box.fill(str(numeric.answer.value))
            pages[2].locator("#view button[type=submit]").click()
            expect(pages[2].locator("#live")).to_contain_text("答案已收到", timeout=TIMEOUT)
            expect(box).to_be_disabled()
            http.post("/api/teacher/reveal", headers=teacher)
            expect(pages[2].locator(".result.right")).to_be_visible(timeout=TIMEOUT)
            http.post("/api/teacher/end", headers=teacher)
            expect(pages[2].locator(".done")).to_contain_text("测验结束", timeout=TIMEOUT)
            expect(pages[2].locator("#view")).to_contain_text("2")
            results = http.get("/api/teacher/results", headers=teacher).json()
            assert len(results["answers"]) == 4
            assert {s["name"] for s in results["students"]} == {"Ana", "Bo", EVIL}


def test_teacher_page(tmp_path: Path, phones: list[Browser], questions: list[Question]) -> None:
    """teacher_url opens the teacher's page with the token from its fragment (then cleared
    from the address bar): it shows the code, opens a question and counts a student's
    answer."""
    with ClassStore.open(tmp_path / "class.sqlite3") as store:
        session = LiveSession.create(store, questions[:1])
        with LiveServer(session) as server, httpx.Client(base_url=server.base_url) as http:
            page = phones[0].context.new_page()
            page.goto(server.info.teacher_url)
            expect(page.locator("#code")).to_have_text(session.code, timeout=TIMEOUT)
            assert "token" not in page.url
            page.locator("#open").click()
            expect(page.locator("#status")).to_have_text("open", timeout=TIMEOUT)
            token = http.post("/api/join", json={"code": session.code, "name": "Ana"}
                              ).json()["student_token"]
            http.post("/api/answer", headers={"Authorization": f"Bearer {token}"},
                      json={"question": questions[0].id, "response": questions[0].options[0].id})
            expect(page.locator("#answered")).to_have_text("1", timeout=TIMEOUT)


def test_polling_when_the_stream_is_blocked(tmp_path: Path, phones: list[Browser],
                                            questions: list[Question]) -> None:
    """With the event stream cut off (a proxy that buffers it, say), the page falls back to
    polling: it says the connection was lost and still shows the question the teacher opens
    and the reveal."""
    with ClassStore.open(tmp_path / "class.sqlite3") as store:
        session = LiveSession.create(store, questions[:1])
        with LiveServer(session) as server, httpx.Client(base_url=server.base_url) as http:
            teacher = {"Authorization": f"Bearer {session.teacher_token}"}
            context = phones[0].context
            context.route("**/api/events", lambda route: route.abort("connectionreset"))
            page = context.new_page()
            _join(page, server.info.join_url, "Ana")
            expect(page.locator("#live")).to_contain_text("连接中断", timeout=TIMEOUT)
            http.post("/api/teacher/open", headers=teacher, json={})
            expect(page.locator(".options button")).to_have_count(len(questions[0].options),
                                                                  timeout=TIMEOUT)
            http.post("/api/teacher/reveal", headers=teacher)
            expect(page.locator(".result")).to_be_visible(timeout=TIMEOUT)
