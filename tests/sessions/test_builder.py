"""The quiz builder session: filters → a seeded quiz, versions, and files in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edu.errors import QuizError
from edu.errors import UsageError
from edu.export.files import FORMATS
from edu.export.files import Format
from edu.questions.bank import Bank
from edu.questions.bank import load_bank
from edu.questions.model import Text
from edu.quiz.formats import quiz_from_dict
from edu.sessions.builder import BuilderSession
from edu.sessions.builder import formats
from edu.sessions.builder import links_html
from edu.sessions.builder import printable
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(CONTENT)


def test_filters_make_the_spec_and_count(bank: Bank) -> None:
    """Every filter reaches the spec; the matching count follows them, per kind."""
    session = BuilderSession(bank, seed=7)
    session.update(lessons=("health",), kinds=("cloze", "true_false"), difficulty=(1, 2),
                   tags=" a, b ", exclude="x\ny, z", count=4, versions=2, draws=True,
                   balance=False)
    spec = session.spec()
    assert spec.lessons == ("health",)
    assert spec.kinds == ("cloze", "true_false")
    assert spec.difficulty == (1, 2)
    assert spec.tags == ("a", "b")
    assert spec.exclude == ("x", "y", "z")
    assert (spec.count, spec.versions, spec.draws, spec.balance) == (4, 2, True, False)
    session.update(tags="", exclude="")
    counts = session.matching_counts()
    assert set(counts) == {"cloze", "true_false"}
    assert sum(counts.values()) == sum(1 for q in bank.questions if q.lesson == "health"
                                       and q.kind in ("cloze", "true_false")
                                       and q.difficulty <= 2)


def test_build_is_reproducible_and_versioned(bank: Bank) -> None:
    """The same filters and seed give the same quiz; separate draws share no question."""
    session = BuilderSession(bank, seed=11)
    session.update(count=5, versions=3, draws=True)
    quiz = session.build()
    assert quiz is not None
    assert [v.label for v in quiz.versions] == ["A", "B", "C"]
    ids = [{q.id for q in v.questions} for v in quiz.versions]
    assert not (ids[0] & ids[1])
    assert not (ids[1] & ids[2])
    again = BuilderSession(bank, seed=11)
    again.update(count=5, versions=3, draws=True)
    assert again.build() == quiz
    session.set_seed(12)
    assert session.quiz is None
    assert session.build() != quiz


def test_impossible_filters_say_why(bank: Bank) -> None:
    """Too few matching questions: no quiz, and an error naming how many match."""
    have = sum(1 for q in bank.questions if q.kind == "short_answer")
    session = BuilderSession(bank, seed=1)
    session.update(kinds=("short_answer",), count=have + 2)
    assert session.build() is None
    assert f"only {have} questions match" in session.error
    with pytest.raises(QuizError, match=f"only {have} questions match"):
        session.export("json")


def test_formats_follow_the_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """The formats are the registry's, at call time; json is always there."""
    assert "json" in formats()
    assert set(formats()) == set(FORMATS)
    monkeypatch.setitem(FORMATS, "zz-test", Format("zz-test", ".zz", False, Text("zz", "zz"),
                                                   "edu.export.quizjson:render_quiz"))
    assert formats()[-1] == "zz-test"


def test_export_json_reads_back(bank: Bank, tmp_path: Path) -> None:
    """A JSON export is written under the output folder and reads back as the same quiz."""
    session = BuilderSession(bank, seed=5, out_dir=tmp_path / "exports", lang="both")
    session.update(count=4, versions=2)
    [path] = session.export("json")
    assert path == tmp_path / "exports" / "quiz-5.json"
    quiz = quiz_from_dict(json.loads(path.read_text(encoding="utf-8")))
    assert quiz.seed == 5
    assert [[q.id for q in v.questions] for v in quiz.versions] == [
        [q.id for q in v.questions] for v in session.quiz.versions]  # type: ignore[union-attr]


def test_export_printable_with_key(bank: Bank, tmp_path: Path) -> None:
    """A printable format writes one student copy per version and, with key, the key."""
    fmt = next((f for f in formats() if printable(f) and f != "pdf"), None)
    if fmt is None:
        pytest.skip("the exports package (printable formats) is not installed")
    session = BuilderSession(bank, seed=5, out_dir=tmp_path, title=Text("计划", "Plan"))
    session.update(count=3, versions=2)
    paths = session.export(fmt, key=True)
    names = sorted(p.name for p in paths)
    assert len(names) == 3
    assert any(".key." in n for n in names)
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    [lms] = session.export("json", key=True)  # the key flag does not apply: one file
    assert lms.suffix == ".json"


def test_file_names_never_collide(bank: Bank, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two formats with one suffix get different file names (the later one named)."""
    session = BuilderSession(bank, seed=3)
    monkeypatch.setitem(FORMATS, "zz-json", Format("zz-json", ".json", False, Text("z", "z"),
                                                   "edu.export.quizjson:render_quiz"))
    names = [session.file_name(f) for f in formats()]
    assert len(set(names)) == len(names)
    assert session.file_name("json") == "quiz-3.json"
    assert session.file_name("zz-json") == "quiz-3.zz-json.json"


def test_export_refuses_unknown(bank: Bank, tmp_path: Path) -> None:
    """An unknown format or language is a usage error listing the valid ones."""
    session = BuilderSession(bank, seed=5, out_dir=tmp_path)
    with pytest.raises(UsageError, match=r"valid formats: .*json"):
        session.export("docx")
    session.lang = "fr"
    with pytest.raises(UsageError, match="zh, en, both"):
        session.export("json")
    assert not list(tmp_path.iterdir())


def test_links_are_relative_to_the_notebook(tmp_path: Path) -> None:
    """Links point at the files relative to the notebook's folder, escaped."""
    target = tmp_path / "exports" / "quiz-1.A.html"
    target.parent.mkdir()
    target.write_text("x")
    html = links_html([target], tmp_path)
    assert "href='exports/quiz-1.A.html'" in html
    assert "target='_blank'" in html
