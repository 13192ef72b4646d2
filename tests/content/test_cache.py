"""The CLI's cache serves only validated content and is invalidated by any edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edu.content import load_plan
from edu.content import plan_to_dict
from edu.content.cache import cache_dir
from edu.content.cache import load_cached
from edu.content.cache import load_document
from edu.errors import ContentError
from tests.conftest import CONTENT
from tests.conftest import edit


def test_cached_document_equals_fresh_export() -> None:
    """A cache hit returns exactly what a fresh load would."""
    first = load_document(str(CONTENT))
    again, text = load_cached(str(CONTENT))
    assert first == again == plan_to_dict(load_plan(CONTENT))
    assert json.loads(text) == first
    assert any(Path(cache_dir()).iterdir())


def test_edit_invalidates(content_copy: Path) -> None:
    """Changing a content file is seen on the next call."""
    before = load_document(str(content_copy))
    edit(content_copy / "lessons" / "life.yaml", "title_en: Right to Life",
         "title_en: The Right to Life")
    after = load_document(str(content_copy))
    assert before != after
    assert next(x for x in after["lessons"] if x["id"] == "life")["title_en"] == (
        "The Right to Life")


def test_invalid_content_is_never_cached(content_copy: Path) -> None:
    """Broken content raises every time; nothing is cached for it."""
    edit(content_copy / "lessons" / "work.yaml", "value: 5.5", "value: 9.5")
    for _ in range(2):
        with pytest.raises(ContentError, match=r"does not state 9\.5%"):
            load_document(str(content_copy))
    assert not list(Path(cache_dir()).glob("content-*"))


def test_corrupt_cache_is_rebuilt(content_copy: Path) -> None:
    """A damaged cache file is ignored and rewritten."""
    good = load_document(str(content_copy))
    for path in Path(cache_dir()).glob("content-*"):
        path.write_bytes(b"\x00garbage")
    assert load_document(str(content_copy)) == good
