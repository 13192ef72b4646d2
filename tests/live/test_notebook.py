"""The teacher's notebook 07-class runs headless with a real kernel; students answer over
HTTP while the kernel drives the session through the widget; its XLSX export has the right
numbers."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import nbformat
import openpyxl
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT
from tests.conftest import private_kernel_state

NOTEBOOK = ROOT / "notebooks" / "07-class.ipynb"


@pytest.fixture
def kernel_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jupyter, IPython and the stores in a temp dir; the kernel imports this checkout."""
    private_kernel_state(tmp_path, monkeypatch)
    monkeypatch.setenv("EDU_CLASS_DB", str(tmp_path / "class.sqlite3"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]))


def _run(client: NotebookClient, nb: nbformat.NotebookNode, source: str) -> str:
    cell = nbformat.v4.new_code_cell(source)
    nb.cells.append(cell)
    client.execute_cell(cell, len(nb.cells) - 1)
    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert not errors, "\n".join(errors[0].traceback)
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


@pytest.mark.usefixtures("kernel_env")
def test_notebook_session_and_xlsx(tmp_path: Path) -> None:
    """Run All shows the quiz builder; started, the session shows the QR code and the code;
    three students join and answer the first question (two right); the notebook reveals,
    ends and exports: the workbook's Items sheet says 3 answered, 2 correct, and the results
    table shows the names escaped."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.cells[0].cell_type == "markdown"
    assert "How to use" in nb.cells[0].source
    assert nb.cells[1].source == "from edu.notebook import live_class; live_class()"
    client = NotebookClient(nb, timeout=180, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    with client.setup_kernel():
        for i, cell in enumerate(nb.cells):
            client.execute_cell(cell, i)
        shown = [o for o in nb.cells[-1].outputs if o.output_type == "execute_result"]
        assert shown, "the notebook shows no widget"
        assert "application/vnd.jupyter.widget-view+json" in shown[0]["data"]
        _run(client, nb, "launcher = _")
        # the teacher picks one-tap questions in the builder and presses Start
        _run(client, nb, "launcher.builder.update(kinds=('mc_value', 'true_false'), count=3)\n"
                         "launcher.builder.set_seed(1)\nview = launcher.start()")
        info = json.loads(_run(client, nb, "import json\nprint(json.dumps({'base': "
                               "view.server.base_url, 'code': view.info.code, 'qr': "
                               "'<svg' in view.join.value and view.info.code in "
                               "view.join.value}))"))
        assert info["qr"]
        question = json.loads(_run(client, nb, "print(json.dumps(view.open_next()['question']))"))
        with httpx.Client(base_url=info["base"], timeout=10) as http:
            names = ["Ana", "<b>Bo</b>", "王小明"]
            tokens = [http.post("/api/join", json={"code": info["code"], "name": n}
                                ).json()["student_token"] for n in names]
            right = question["answer"]
            key = right.get("option", right.get("value"))
            wrong = next((o["id"] for o in question["options"] if o["id"] != key), None) \
                if question["shape"] == "choice" else not key
            for token, response in zip(tokens, [key, key, wrong], strict=True):
                r = http.post("/api/answer", headers={"Authorization": f"Bearer {token}"},
                              json={"question": question["id"], "response": response})
                assert r.status_code == 200
        out = _run(client, nb, "view.reveal()\nview.end()\nprint(view.export('xlsx'))\n"
                               "print(view.tables.value)\nview.stop()")
    path = Path(tmp_path, out.splitlines()[0])
    book = openpyxl.load_workbook(path)
    items = list(book["Items"].iter_rows(values_only=True))
    first = dict(zip(items[0], items[1], strict=True))
    assert (first["answered"], first["correct"], first["share_correct"]) == (3, 2, 0.667)
    results = list(book["Results"].iter_rows(values_only=True))
    assert sorted(str(r[0]) for r in results[1:]) == sorted(["Ana", "<b>Bo</b>", "王小明"])
    assert "&lt;b&gt;Bo&lt;/b&gt;" in out
    assert "<b>Bo</b>" not in out
