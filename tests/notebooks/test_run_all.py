"""Every notebook runs top to bottom with a real kernel: no error, no missing-glyph warning."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT
from tests.conftest import private_kernel_state

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


@pytest.fixture
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep Jupyter, IPython and matplotlib state in a temp dir."""
    private_kernel_state(tmp_path, monkeypatch)


def _texts(nb: nbformat.NotebookNode) -> list[str]:
    out = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                out.append(output.get("text", ""))
            elif output.get("output_type") == "error":
                out.append("\n".join(output.get("traceback", [])))
    return out


def test_notebooks_exist() -> None:
    """The classroom notebooks are in notebooks/."""
    names = {p.stem for p in NOTEBOOKS}
    assert {"00-start-here", "01-explore", "02-lesson"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_one_call_each(path: Path) -> None:
    """Each notebook is a title and one line calling its edu.notebook function; a student
    notebook's text says nothing meant only for teachers (no links, parameters or paths)."""
    nb = nbformat.read(path, as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 1, code
    assert "\n" not in code[0].strip(), code
    assert code[0].startswith("from edu.notebook import ")
    text = nb.cells[0].source
    if "builder" not in path.stem and "class" not in path.stem:  # teachers' notebooks
        for teacher_only in ("http", "$EDU", "~/.local", "?lesson", "seed", "make "):
            assert teacher_only not in text, (path.stem, teacher_only)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
@pytest.mark.usefixtures("kernel_env")
def test_run_all(path: Path) -> None:
    """Run All succeeds and nothing warns about a glyph missing from a font."""
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown"
    assert nb.cells[0].source.startswith("# ")
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    texts = "\n".join(_texts(nb))
    assert "Traceback" not in texts
    assert "missing from font" not in texts
    assert "Glyph" not in texts
    displayed = [o for c in nb.cells for o in c.get("outputs", [])
                 if o.get("output_type") in ("display_data", "execute_result")]
    assert displayed, "the notebook shows nothing"
