"""The builder widget: filters drive the preview; export buttons write files and link them."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from edu.export.files import FORMATS
from edu.questions.bank import Bank
from edu.questions.bank import load_bank
from edu.sessions.builder import BuilderSession
from edu.sessions.builder import formats
from edu.widgets.builder import BuilderView
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(CONTENT)


@pytest.fixture
def view(bank: Bank, tmp_path: Path) -> BuilderView:
    session = BuilderSession(bank, seed=21, out_dir=tmp_path / "exports")
    return BuilderView(session, rng=random.Random(1), link_base=tmp_path)


def test_preview_follows_the_filters(view: BuilderView) -> None:
    """Count, kinds and versions change the preview at once; B shows the other version."""
    assert view.preview.value.count('class="edu-pq"') == 10
    view.count.value = 4
    view.kinds.value = ("cloze",)
    assert view.preview.value.count('class="edu-pq"') == 4
    assert view.preview.value.count("填空 · Cloze") == 4
    assert "questions match" in view.matches.value
    view.versions.value = 3
    assert view.version.options == ("A", "B", "C")
    view.version.value = "B"
    assert 'data-version="B"' in view.preview.value
    assert "答案 Answer" not in view.preview.value
    view.answers.value = True
    assert view.preview.value.count("答案 Answer") == 4


def test_preview_language(view: BuilderView) -> None:
    """The export language is the preview's: English only shows no Chinese stem."""
    quiz = view.session.quiz
    assert quiz is not None
    first = quiz.versions[0].questions[0]
    view.lang.value = "en"
    assert first.stem.en.split("“")[0] in view.preview.value
    assert f'lang="zh-CN">{first.stem.zh[:6]}' not in view.preview.value


def test_impossible_filters_disable_export(view: BuilderView) -> None:
    """Too few questions: the reason is shown, the preview emptied, exports disabled."""
    have = sum(1 for q in view.session.bank.questions if q.kind == "short_answer")
    view.kinds.value = ("short_answer",)
    view.count.value = have + 2
    assert f"only {have} questions match" in view.message.value
    assert view.preview.value == ""
    assert all(b.disabled for b in view.export_buttons.values())
    view.count.value = 1
    assert view.message.value == ""
    assert not view.export_all.disabled


def test_a_button_per_registered_format(view: BuilderView) -> None:
    """There is one export button per format the registry holds."""
    assert list(view.export_buttons) == formats()
    assert set(view.export_buttons) == set(FORMATS)


def test_export_writes_and_links(view: BuilderView, tmp_path: Path) -> None:
    """The json button writes the previewed quiz and links it relative to the notebook."""
    view.count.value = 3
    view.export_buttons["json"].click()
    path = tmp_path / "exports" / "quiz-21.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["quiz"]["seed"] == 21
    assert len(data["quiz"]["versions"][0]["questions"]) == 3
    assert "href='exports/quiz-21.json'" in view.links.value


@pytest.mark.slow
def test_export_all(view: BuilderView, tmp_path: Path) -> None:
    """Export all writes every format, with the key of printable ones, and links each file."""
    view.count.value = 3
    view.key.value = True
    written = view.export(list(view.export_buttons))
    assert 'class="edu-fb edu-fb-wrong"' not in view.links.value
    assert len(written) >= len(view.export_buttons)
    assert len(set(written)) == len(written)  # no format overwrote another's file
    for path in written:
        assert path.is_file()
        assert f"href='exports/{path.name}'" in view.links.value
