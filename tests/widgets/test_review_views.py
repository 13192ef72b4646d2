"""The review and dashboard widgets show their sessions and forward clicks."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from pathlib import Path

from edu.content import load_plan
from edu.questions.registry import KIND_INFO
from edu.sessions.review import ReviewSession
from edu.study.items import study_items
from edu.study.store import ProgressStore
from edu.widgets.dashboard import DashboardView
from edu.widgets.review import ReviewView
from tests.conftest import CONTENT

NOW = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)


def test_review_view_buttons(tmp_path: Path) -> None:
    """Show answer (its label in both languages) reveals the back and the four rating
    buttons, each labelled in Chinese and English with its due date."""
    store = ProgressStore.open(tmp_path / "p.db")
    view = ReviewView(ReviewSession(store, study_items(load_plan(CONTENT)), lambda: NOW,
                                    new_per_day=2))
    assert "class=\"edu-back\"" not in view.card.value
    assert view.show.description == "显示答案 / Show answer"
    assert view.buttons[3].layout.display == "none"
    view.show.click()
    assert "class=\"edu-back\"" in view.card.value
    assert view.buttons[3].description.startswith("良好 Good · in ")
    assert view.buttons[1].description.startswith("重来 Again · in ")
    view.buttons[3].click()
    assert view.progress.value == 1
    assert "1 done · 1 left today" in view.status.value
    view.show.click()
    view.buttons[4].click()
    assert "All done for today" in view.card.value
    assert view.show.layout.display == "none"


def test_dashboard_view_and_practise_button(tmp_path: Path) -> None:
    """With no answers the dashboard says so in words (no chart); after one it draws the chart
    with a text alternative naming the kind's label (never its id), lists weak targets, and
    hands their ids to the practise callback."""
    plan = load_plan(CONTENT)
    items = study_items(plan)
    targets = [i for i in items if i.kind == "target"]
    store = ProgressStore.open(tmp_path / "p.db")
    chosen: list[list[str]] = []
    view = DashboardView(plan, store, items, lambda: NOW, on_practise=chosen.append)
    assert view.practise.disabled
    assert "<img" not in view.figure.value
    assert "No answers or reviews yet" in view.figure.value
    store.record_attempt(time=NOW, item_id="q", response=0, score=0.0, lesson="health",
                         kind="mc_value", refs=[targets[3].id])
    view.refresh()
    assert 'src="data:image/png;base64,' in view.figure.value
    alt = view.figure.value.split('alt="', 1)[1].split('"', 1)[0]
    assert "0%" in alt
    assert "No reviews yet" in alt
    assert "mc_value" not in alt
    assert KIND_INFO["mc_value"].title.en in alt
    assert not view.practise.disabled
    assert targets[3].front in view.weakest.value
    view.practise.click()
    assert chosen == [[targets[3].id]]
