"""Writing a draft: whole folders or nothing, merges that touch only what changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from edu.content import load_plan
from edu.errors import IngestError
from edu.ingest.apply import apply
from edu.ingest.apply import prepare
from edu.ingest.apply import report
from tests.conftest import CONTENT
from tests.ingest.test_merge import _edited

SOURCE = CONTENT / "source" / "national-human-rights-action-plan-2021-2025.txt"


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_new_folder_is_complete_and_loads(tmp_path: Path) -> None:
    """A new folder holds plan.yaml, the lessons and the source, and validates."""
    out = tmp_path / "draft"
    outcome = prepare(str(SOURCE), out)
    apply(outcome)
    files = _tree(out)
    assert files[f"source/{SOURCE.name}"] == SOURCE.read_bytes()
    assert sum(name.startswith("lessons/") for name in files) == 9
    assert load_plan(out).info.title == "国家人权行动计划（2021－2025年）"
    assert [p.name for p in tmp_path.iterdir()] == ["draft"]  # no temporary folder left


def test_existing_empty_folder_is_filled(tmp_path: Path) -> None:
    """An empty folder is a new draft too."""
    out = tmp_path / "empty"
    out.mkdir()
    apply(prepare(str(SOURCE), out))
    assert (out / "plan.yaml").is_file()


def test_reingest_is_byte_identical(tmp_path: Path) -> None:
    """Ingesting the same text into two folders gives byte-identical files."""
    apply(prepare(str(SOURCE), tmp_path / "a"))
    apply(prepare(str(SOURCE), tmp_path / "b"))
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


def test_reingest_into_own_draft_changes_nothing(tmp_path: Path) -> None:
    """Ingesting again into a draft folder finds nothing to write."""
    out = tmp_path / "d"
    apply(prepare(str(SOURCE), out))
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = prepare(str(SOURCE), out)
    assert again.merging
    assert again.writes == {}
    assert again.deletes == ()
    assert again.changes == ()
    apply(again)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


def test_merge_into_curated_writes_only_what_changed(tmp_path: Path) -> None:
    """Merging an edited text rewrites the changed lesson and plan.yaml, adds the new one."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    text = tmp_path / "full.txt"
    text.write_text(_edited(), encoding="utf-8")
    title_en = load_plan(content).lesson("work").title_en
    before = _tree(content)
    outcome = prepare(str(text), content)
    assert sorted(outcome.writes)[:3] == ["lessons/" + outcome.plan.lessons[-1].id + ".yaml",
                                          "lessons/work.yaml", "plan.yaml"]
    apply(outcome)
    after = _tree(content)
    unchanged = [n for n in before if n.startswith("lessons/") and n != "lessons/work.yaml"]
    assert all(after[n] == before[n] for n in unchanged)
    assert after["source/full.txt"] == text.read_bytes()
    assert load_plan(content).lesson("work").title_en == title_en  # curated English kept


def test_removed_lesson_file_is_deleted(tmp_path: Path) -> None:
    """A lesson whose section left the text loses its file (the loader refuses strays)."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    text = tmp_path / "short.txt"
    source = SOURCE.read_text(encoding="utf-8")
    text.write_text(source[:source.index("（二）人身权利")], encoding="utf-8")
    outcome = prepare(str(text), content)
    assert outcome.deletes == ("lessons/person.yaml",)
    apply(outcome)
    assert not (content / "lessons" / "person.yaml").exists()
    assert [x.id for x in load_plan(content).lessons][-1] == "life"


def test_dry_run_report_writes_nothing(tmp_path: Path) -> None:
    """prepare() alone writes nothing; report() says what would happen."""
    out = tmp_path / "d"
    outcome = prepare(str(SOURCE), out)
    lines = report(outcome, dry_run=True)
    assert not out.exists()
    assert lines[-1] == "dry run: nothing written"
    assert any(line.startswith("would write 11 files") for line in lines)


@pytest.mark.parametrize("case", ["file", "full", "no-parent"])
def test_bad_output_folder(tmp_path: Path, case: str) -> None:
    """An output that is a file, a non-content folder or under a missing folder is refused."""
    out = tmp_path / "out"
    if case == "file":
        out.write_text("x")
        message = "is a file, not a folder"
    elif case == "full":
        out.mkdir()
        (out / "notes.txt").write_text("x")
        message = "not empty and has no plan.yaml"
    else:
        out = tmp_path / "missing" / "out"
        message = "does not exist; create it first"
    before = _tree(tmp_path)
    with pytest.raises(IngestError, match=message):
        prepare(str(SOURCE), out)
    assert _tree(tmp_path) == before


def test_broken_content_folder_is_not_merged(tmp_path: Path) -> None:
    """A content folder that does not load is named, with the loader's reason."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "lessons" / "work.yaml").write_text("id: [", encoding="utf-8")
    with pytest.raises(IngestError, match=r"cannot merge into it: .*work\.yaml:\d+: malformed"):
        prepare(str(SOURCE), content)


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: None, "file not found"),
    (lambda p: p.mkdir(), "is a directory"),
])
def test_bad_text_path(tmp_path: Path, make: object, message: str) -> None:
    """A missing text or a folder given as TEXT is one clear error."""
    text = tmp_path / "plan.txt"
    make(text)  # type: ignore[operator]
    with pytest.raises(IngestError, match=message):
        prepare(str(text), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_unwritable_parent_leaves_nothing(tmp_path: Path) -> None:
    """If the folder cannot be created, the error is clear and nothing is left behind."""
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        with pytest.raises(IngestError, match="cannot write the draft"):
            apply(prepare(str(SOURCE), parent / "out"))
        assert list(parent.iterdir()) == []
    finally:
        parent.chmod(0o700)
