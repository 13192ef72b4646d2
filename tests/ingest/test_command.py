"""`edu ingest`, run as a user runs it: drafts that validate, dry runs, one-line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CONTENT
from tests.conftest import RunEdu

SOURCE = CONTENT / "source" / "national-human-rights-action-plan-2021-2025.txt"
DATA = Path(__file__).parent / "data"


def _one_line_error(result: object) -> str:
    err = str(result.stderr)  # type: ignore[attr-defined]
    assert result.returncode == 2, err  # type: ignore[attr-defined]
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_ingest_then_validate(run_edu: RunEdu, tmp_path: Path) -> None:
    """`edu ingest` writes a draft that `edu validate` passes with English warnings only."""
    result = run_edu("ingest", str(SOURCE), "--out", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "found 2 parts, 9 lessons, 56 measures, 31 targets, 6 principles, 7 goals" in (
        result.stdout)
    check = run_edu("validate", "--content", str(tmp_path / "d"))
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok: provenance 135/135")
    assert "0 errors" in check.stdout
    assert "error:" not in check.stderr
    assert "English gloss missing" in check.stderr


def test_draft_works_with_the_other_commands(run_edu: RunEdu, tmp_path: Path) -> None:
    """The draft folder is accepted by `edu lessons` and `edu export`."""
    out = tmp_path / "d"
    assert run_edu("ingest", str(SOURCE), "--out", str(out)).returncode == 0
    lessons = run_edu("lessons", "--content", str(out))
    assert lessons.returncode == 0, lessons.stderr
    assert lessons.stdout.splitlines()[-1] == "9 lessons, 56 measures, 31 targets"
    exported = run_edu("export", "-o", str(tmp_path / "x.json"), "--content", str(out))
    assert exported.returncode == 0, exported.stderr


def test_dry_run_into_curated_shows_no_difference(run_edu: RunEdu, tmp_path: Path) -> None:
    """Dry-running the curated source into a copy of content/ reports nothing to change."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    result = run_edu("ingest", str(SOURCE), "--out", str(content), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 changed, 0 removed" in result.stdout
    assert "nothing to change" in result.stdout


def test_dry_run_shows_the_difference_without_writing(run_edu: RunEdu, tmp_path: Path) -> None:
    """--dry-run lists added, changed and removed items and leaves every file alone."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    text = tmp_path / "edited.txt"
    text.write_text(SOURCE.read_text(encoding="utf-8").replace("700万人次", "800万人次"),
                    encoding="utf-8")
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    result = run_edu("ingest", str(text), "--out", str(content), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "~ target migrant-workers-trained-yearly" in result.stdout
    assert "would write 3 files" in result.stdout
    assert result.stdout.rstrip().endswith("dry run: nothing written")
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before


def test_gb18030_with_given_encoding(run_edu: RunEdu, tmp_path: Path) -> None:
    """A GB18030 text ingests with --encoding and with detection alike."""
    text = DATA / "plan-a-gb18030.txt"
    given = run_edu("ingest", str(text), "--out", str(tmp_path / "a"), "--encoding", "gb18030")
    detected = run_edu("ingest", str(text), "--out", str(tmp_path / "b"))
    assert given.returncode == detected.returncode == 0, given.stderr + detected.stderr
    assert "read " in given.stdout
    assert ": gb18030," in given.stdout
    assert (tmp_path / "a" / "plan.yaml").read_bytes() == (
        tmp_path / "b" / "plan.yaml").read_bytes()


def test_id_and_title_options(run_edu: RunEdu, tmp_path: Path) -> None:
    """--id and --title set the plan's id and title."""
    out = tmp_path / "d"
    result = run_edu("ingest", str(DATA / "plan-c-narrow.txt"), "--out", str(out), "--id",
                     "my-plan", "--title", "本计划")
    assert result.returncode == 0, result.stderr
    plan_yaml = (out / "plan.yaml").read_text(encoding="utf-8")
    assert "  id: my-plan\n" in plan_yaml
    assert "  title: 本计划\n" in plan_yaml


def test_standard_input(run_edu: RunEdu, tmp_path: Path) -> None:
    """TEXT '-' reads standard input and stores it as source/plan.txt."""
    import subprocess
    import sys

    edu = Path(sys.executable).with_name("edu")
    result = subprocess.run([str(edu), "ingest", "-", "--out", str(tmp_path / "d")],
                            input=SOURCE.read_bytes(), capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "source" / "plan.txt").read_bytes() == SOURCE.read_bytes()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "the file is empty"),
    (b"\x00\x01\x02binary\xff", "binary file"),
    ("这是一段没有任何标题的文字。\n第二段。\n".encode(), "no headings found"),
])
def test_bad_text_is_one_line_and_writes_nothing(run_edu: RunEdu, tmp_path: Path,
                                                 content: bytes, message: str) -> None:
    """Empty, binary and heading-less texts: one line naming the file, exit 2, no output."""
    text = tmp_path / "bad.txt"
    text.write_bytes(content)
    err = _one_line_error(run_edu("ingest", str(text), "--out", str(tmp_path / "out")))
    assert "bad.txt" in err
    assert message in err
    assert not (tmp_path / "out").exists()


def test_output_that_is_a_file(run_edu: RunEdu, tmp_path: Path) -> None:
    """--out naming a file: one line, exit 2, the file untouched."""
    out = tmp_path / "out.txt"
    out.write_text("keep me")
    err = _one_line_error(run_edu("ingest", str(SOURCE), "--out", str(out)))
    assert "is a file, not a folder" in err
    assert out.read_text() == "keep me"


def test_missing_out_option(run_edu: RunEdu) -> None:
    """--out is required; argparse says so in one line."""
    err = _one_line_error(run_edu("ingest", str(SOURCE)))
    assert "--out" in err


def test_unknown_encoding(run_edu: RunEdu, tmp_path: Path) -> None:
    """An unknown --encoding is one line naming it."""
    err = _one_line_error(run_edu("ingest", str(SOURCE), "--out", str(tmp_path / "o"),
                                  "--encoding", "nope"))
    assert "--encoding 'nope': unknown encoding" in err


def test_summary_names_new_units_and_skipped_candidates(run_edu: RunEdu,
                                                        tmp_path: Path) -> None:
    """The summary's check line lists new units and skipped ranges; each is a note, and the
    notes are comments in plan.yaml; the curated source has nothing to check."""
    out = tmp_path / "d"
    result = run_edu("ingest", str(DATA / "plan-f-environment.txt"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert ("check: 4 new units (微克/立方米, 分贝, 立方米每秒, 吨标准煤); 1 skipped candidate "
            "(3至5年); see the notes") in result.stdout.splitlines()
    assert sum(line.startswith("note: ") and "new unit" in line
               for line in result.stdout.splitlines()) == 4
    assert "skipped the range 3至5年" in (out / "plan.yaml").read_text(encoding="utf-8")
    seed = run_edu("ingest", str(SOURCE), "--out", str(tmp_path / "s"), "--dry-run")
    assert "check:" not in seed.stdout
