"""Shared fixtures: the shipped content, a scratch copy of it, and the real ``edu`` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
SHARED_SOURCE = ROOT.parent / "shared" / "source"
EDU = Path(sys.executable).with_name("edu")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every test's content cache out of the user's home."""
    monkeypatch.setenv("EDU_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    return


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A scratch copy of the shipped content that a test may break."""
    dest = tmp_path / "content"
    shutil.copytree(CONTENT, dest)
    return dest


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace *old* by *new* in *path*, failing loudly when *old* is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


RunEdu = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_edu(tmp_path: Path) -> RunEdu:
    """Run the installed ``edu`` console script, as a user would."""

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ}
        return subprocess.run([str(EDU), *args], capture_output=True, text=True,
                              cwd=cwd or tmp_path, env=env, timeout=120, check=False)

    return run


def private_kernel_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep a notebook kernel's Jupyter, IPython and matplotlib state, and the progress store,
    in *tmp_path* (the ``kernel_env`` fixtures of the notebook tests)."""
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR",
                 "MPLCONFIGDIR"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("EDU_PROGRESS_DB", str(tmp_path / "progress.sqlite3"))
