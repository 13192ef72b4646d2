"""The class widget: one set-up for both ways in, which always says when the server listens
beyond this machine; a refresh fetches the results only when something changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from edu.live.store import ClassStore
from edu.present.strings import text
from edu.questions.model import Question
from edu.widgets.class_session import ClassLauncher
from edu.widgets.class_session import ClassSessionView
from edu.widgets.class_session import serve_view
from edu.widgets.class_session import warning_html
from tests.live.conftest import one_of_each_shape


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return one_of_each_shape()


@pytest.fixture
def view(tmp_path: Path, questions: list[Question]) -> Iterator[ClassSessionView]:
    shown = serve_view(ClassStore.open(tmp_path / "class.sqlite3"), questions, title="T",
                       out_dir=tmp_path, auto_refresh=False)
    yield shown
    shown.stop()


def test_loopback_says_nothing(view: ClassSessionView) -> None:
    """On 127.0.0.1 (the default) the view shows no warning."""
    assert view.server.warning is None
    assert view.warning.value == ""


def test_launcher_warns_beyond_loopback(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A session started from the launcher on an address beyond this machine shows the same
    warning as ``edu class serve`` prints, in the view's language, and keeps it after the
    teacher's first action. (Tests never listen beyond loopback: the address check is told
    that 127.0.0.1 is such an address.)"""
    from edu.live import server

    monkeypatch.setattr(server, "is_loopback", lambda host: False)
    launcher = ClassLauncher(db=tmp_path / "class.sqlite3", host="127.0.0.1", lang="en",
                             out_dir=tmp_path, auto_refresh=False)
    launcher.builder.update(kinds=("mc_value",), count=2)
    started = launcher.start()
    try:
        assert "Warning: listening on 127.0.0.1:" in started.warning.value
        assert "every device on this network can reach the class server" in \
            started.warning.value
        assert "警告" not in started.warning.value
        started.open_next()
        assert "listening on 127.0.0.1:" in started.warning.value
    finally:
        started.stop()


def test_another_loopback_address_says_nothing(tmp_path: Path,
                                               questions: list[Question]) -> None:
    """127.0.0.2 is this machine too: the view shows no warning."""
    shown = serve_view(ClassStore.open(tmp_path / "class.sqlite3"), questions, host="127.0.0.2",
                       out_dir=tmp_path, auto_refresh=False)
    try:
        assert shown.server.warning is None
        assert shown.warning.value == ""
    finally:
        shown.stop()


def test_warning_in_the_views_language() -> None:
    """The warning is the catalogue's, shown in Chinese, English or both as the view is."""
    warning = text("class_host_warning", host="0.0.0.0", port=8000)
    assert warning_html(None, "zh") == ""
    zh, en = warning_html(warning, "zh"), warning_html(warning, "en")
    assert "警告：正在 0.0.0.0:8000 上监听" in zh
    assert "Warning" not in zh
    assert "Warning: listening on 0.0.0.0:8000 — every device" in en
    assert "警告" not in en
    both = warning_html(warning, "both")
    assert "警告：" in both
    assert "Warning: " in both


def test_results_are_fetched_again_only_after_a_change(view: ClassSessionView) -> None:
    """With the leaderboard shown, a refresh with nothing new keeps the results it has; a
    student joining changes the state, so the next refresh fetches them and shows her."""
    view.show_board.value = True
    view.refresh()
    assert view._results is not None
    before = view._results
    view.refresh()
    assert view._results is before
    with httpx.Client(base_url=view.server.base_url, timeout=10) as http:
        joined = http.post("/api/join", json={"code": view.info.code, "name": "Ana Lima"})
        assert joined.status_code == 200
    state = view.refresh()
    assert state["students"] == 1
    assert view._results is not before
    assert "Ana" in view.board.value
