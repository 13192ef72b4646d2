"""The classroom folder: links to the student notebooks only, and a template with no CDN."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edu.classroom import NOTEBOOKS
from edu.classroom import STUDENT_NOTEBOOKS
from edu.classroom import TEMPLATE
from edu.classroom import prepare
from edu.classroom import template_root
from edu.classroom import voila_command
from edu.classroom import voila_env


def test_prepare_links_the_student_notebooks(tmp_path: Path) -> None:
    """Only the student notebooks are linked (the builder is not), each to notebooks/."""
    served = prepare(tmp_path)
    names = sorted(p.name for p in served.iterdir())
    assert names == sorted(f"{n}.ipynb" for n in STUDENT_NOTEBOOKS)
    assert "04-quiz-builder.ipynb" not in names
    for link in served.iterdir():
        assert link.is_symlink()
        assert Path(os.readlink(link)) == NOTEBOOKS / link.name


def test_prepare_refreshes(tmp_path: Path) -> None:
    """A second run drops links no longer wanted and keeps the rest; a missing one fails."""
    served = prepare(tmp_path)
    prepare(tmp_path, ["03-quiz"])
    assert [p.name for p in served.iterdir()] == ["03-quiz.ipynb"]
    with pytest.raises(FileNotFoundError, match="no-such"):
        prepare(tmp_path, ["no-such"])


def test_template_drops_the_cdn(tmp_path: Path) -> None:
    """The Voilà template extends lab, without any link to a public CDN."""
    prepare(tmp_path)
    folder = template_root(tmp_path) / "voila" / "templates" / TEMPLATE
    assert (folder / "conf.json").read_text() == '{"base_template": "lab"}\n'
    for name in ("index.html.j2", "page.html"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "http" not in text
    assert "super.super()" in (folder / "index.html.j2").read_text(encoding="utf-8")


def test_voila_command_and_env(tmp_path: Path) -> None:
    """Voilà listens on 127.0.0.1 only, on the port given, with the template on the path."""
    command = voila_command(tmp_path / "notebooks", 8123)
    assert "--Voila.ip=127.0.0.1" in command
    assert "--Voila.port=8123" in command
    assert "--Voila.port_retries=0" in command
    assert "--no-browser" in command
    assert f"--template={TEMPLATE}" in command
    env = voila_env(tmp_path, {"JUPYTER_PATH": "/elsewhere"})
    assert env["JUPYTER_PATH"].split(os.pathsep) == [
        str(template_root(tmp_path).resolve()), "/elsewhere"]
