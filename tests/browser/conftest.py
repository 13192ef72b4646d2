"""Fixtures: the classroom app (Voilà on 127.0.0.1) and Debian's chromium, or a loud skip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.chromium import CHROMIUM
from tests.browser.chromium import MISSING
from tests.browser.chromium import Browser
from tests.browser.chromium import chromium
from tests.browser.chromium import private_env
from tests.browser.voila import Server
from tests.conftest import ROOT

ARTIFACTS = ROOT / "artifacts" / "browser"


@pytest.fixture(scope="module")
def classroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The student notebooks served by Voilà (state in a temp dir); stopped afterwards."""
    tmp = tmp_path_factory.mktemp("classroom")
    with Server(tmp / "room", env=private_env(tmp / "state")) as server:
        yield server


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    """A fresh chromium whose requests may not leave 127.0.0.1 (checked after the test)."""
    if not CHROMIUM.exists():  # pragma: no cover - depends on the machine
        pytest.skip(MISSING)
    with chromium(tmp_path / "chromium") as b:
        yield b
    assert b.leaks == [], f"requests left 127.0.0.1: {b.leaks}"


@pytest.fixture
def artifacts() -> Path:
    """Where screenshots go (git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
