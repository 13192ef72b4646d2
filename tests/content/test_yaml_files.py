"""Drafts are written in the content format: they load back equal, byte for byte stable."""

from __future__ import annotations

from pathlib import Path

import yaml

from edu.content import load_plan
from edu.content import read_plan
from edu.content.serialize import render
from edu.ingest.draft import build_draft
from tests.conftest import CONTENT

SOURCE = CONTENT / "source" / "national-human-rights-action-plan-2021-2025.txt"


def _write(root: Path, files: dict[str, bytes], source: bytes, source_file: str) -> None:
    for relative, data in {**files, source_file: source}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_rendered_draft_loads_back_equal(tmp_path: Path) -> None:
    """plan.yaml and lessons/*.yaml read back into exactly the drafted Plan."""
    draft = build_draft(SOURCE.read_bytes(), str(SOURCE))
    _write(tmp_path, render(draft.plan), draft.source_bytes, draft.plan.info.source_file)
    assert read_plan(tmp_path) == draft.plan
    assert load_plan(tmp_path) == draft.plan


def test_rendering_is_byte_identical() -> None:
    """Rendering the same text twice gives byte-identical files."""
    first = build_draft(SOURCE.read_bytes(), "a.txt")
    second = build_draft(SOURCE.read_bytes(), "a.txt")
    assert render(first.plan, first.notes) == render(second.plan, second.notes)


def test_same_shape_as_the_curated_files() -> None:
    """Fields come in the order of the curated plan.yaml and lesson files."""
    draft = build_draft(SOURCE.read_bytes(), "a.txt")
    files = render(draft.plan)
    ours = yaml.safe_load(files["plan.yaml"])
    theirs = yaml.safe_load((CONTENT / "plan.yaml").read_bytes())
    assert list(ours) == list(theirs)
    assert ours["plan"].pop("draft") is True  # only a draft says so; curated content is not
    assert list(ours["plan"]) == list(theirs["plan"])
    assert list(ours["introduction"]) == list(theirs["introduction"])
    for key in ("principles", "goals"):
        assert list(ours["introduction"][key][0]) == list(theirs["introduction"][key][0])
    assert list(ours["parts"][0]) == list(theirs["parts"][0])
    health = next(b for b in files.values() if "（五）健康权利" in b.decode())
    ours = yaml.safe_load(health)
    theirs = yaml.safe_load((CONTENT / "lessons" / "health.yaml").read_bytes())
    assert list(ours) == list(theirs)
    for key in ("measures", "targets"):
        assert list(ours[key][0]) == list(theirs[key][0])


def test_notes_become_comments() -> None:
    """Notes about stand-ins are comments at the top of plan.yaml (YAML ignores them)."""
    draft = build_draft(SOURCE.read_bytes(), "a.txt")
    text = render(draft.plan, ["plan.title: replace me"])["plan.yaml"].decode()
    assert "# - plan.title: replace me\n" in text
    assert yaml.safe_load(text)["plan"]["title"] == draft.plan.info.title


def test_lesson_file_names_match_their_ids() -> None:
    """Each lesson is written to lessons/<id>.yaml, as the loader requires."""
    draft = build_draft(SOURCE.read_bytes(), "a.txt")
    files = render(draft.plan)
    assert sorted(files) == sorted(["plan.yaml", *(f"lessons/{x.id}.yaml"
                                                   for x in draft.plan.lessons)])
