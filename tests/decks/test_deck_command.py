"""``edu deck``, run as a learner or maintainer runs it: files, lockfile, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from edu.decks import LOCK_NAME
from tests.conftest import CONTENT
from tests.conftest import RunEdu
from tests.decks.conftest import DECKS


def _one_line_error(result: object) -> str:
    err = str(result.stderr)  # type: ignore[attr-defined]
    assert result.returncode == 2  # type: ignore[attr-defined]
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_rebuild_with_the_shipped_lock_gives_the_shipped_decks(run_edu: RunEdu,
                                                                tmp_path: Path) -> None:
    """`edu deck -o DIR` with decks/'s lockfile reproduces decks/ byte for byte."""
    out = tmp_path / "decks"
    out.mkdir()
    shutil.copy(DECKS / LOCK_NAME, out / LOCK_NAME)
    result = run_edu("deck", "-o", str(out), "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    assert "0 new, 0 changed, 0 retired notes" in result.stdout
    for path in DECKS.iterdir():
        if path.suffix in (".apkg", ".json"):
            assert (out / path.name).read_bytes() == path.read_bytes(), path.name


def test_first_build_creates_the_folder_and_lock(run_edu: RunEdu, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A new folder is created; SOURCE_DATE_EPOCH, when set, is the build time."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "mine"
    result = run_edu("deck", "-o", str(out), "--lessons", "life,person", "--lang", "en",
                     "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        LOCK_NAME, "nhrap-2021-2025-life+person.en.apkg"]
    assert "nhrap-2021-2025-life+person.en.apkg: 21 notes, 26 cards" in result.stdout
    lock = json.loads((out / LOCK_NAME).read_text(encoding="utf-8"))
    assert {n["mod"] for n in lock["notes"].values()} == {1_700_000_000}
    assert len(lock["notes"]) == 203


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "-"], "give a folder such as decks/"),
    (["-o", "{tmp}/file.txt"], "not a folder"),
    (["-o", "{tmp}/no/such/dir"], "parent folder does not exist"),
    (["-o", "{tmp}", "--lessons", "health,nope"], "unknown lesson 'nope'"),
])
def test_bad_arguments_are_one_line_errors(run_edu: RunEdu, tmp_path: Path, args: list[str],
                                           message: str) -> None:
    """Bad output folders and lesson ids: one line, exit 2, nothing written."""
    (tmp_path / "file.txt").write_text("x")
    before = sorted(tmp_path.rglob("*"))
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    err = _one_line_error(run_edu("deck", *argv, "--content", str(CONTENT)))
    assert message in err
    assert sorted(tmp_path.rglob("*")) == before


def test_damaged_lockfile_stops_the_build(run_edu: RunEdu, tmp_path: Path) -> None:
    """A corrupt lockfile is named with its line; no deck is written over."""
    (tmp_path / LOCK_NAME).write_text('{"format": 1,\n "notes": [', encoding="utf-8")
    err = _one_line_error(run_edu("deck", "-o", str(tmp_path), "--content", str(CONTENT)))
    assert f"{LOCK_NAME}:2: not valid JSON" in err
    assert not list(tmp_path.glob("*.apkg"))


def test_missing_output_option_is_refused(run_edu: RunEdu) -> None:
    """-o is required: the decks and their lockfile need a home."""
    err = _one_line_error(run_edu("deck", "--content", str(CONTENT)))
    assert "-o/--output" in err
