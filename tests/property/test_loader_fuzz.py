"""Property tests: whatever a content file holds, the loader raises only the toolkit's error."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from edu.content import load_plan
from edu.errors import EduError
from tests.conftest import CONTENT

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=20), st.sampled_from(["health", "至少", "%", "——"]))
keys = st.sampled_from(["id", "part", "number", "title", "title_en", "summary_en", "lead",
                        "measures", "targets", "terms", "value", "unit", "comparator",
                        "source", "metric", "baseline", "term", "x"])
trees = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=6)), max_leaves=20)

_SETTINGS = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


def _load_with(tmp_path: Path, name: str, data: bytes) -> None:
    root = tmp_path / "c"
    if not root.exists():
        shutil.copytree(CONTENT, root)
    (root / name).write_bytes(data)
    try:
        plan = load_plan(root)
    except EduError as exc:
        message = str(exc)
        assert message.strip(), "an error must say what is wrong"
        assert "\n" not in message, "errors are one line"
    else:
        assert len(plan.lessons) == 9


@_SETTINGS
@given(text=st.text(max_size=300))
def test_arbitrary_text_as_lesson(tmp_path: Path, text: str) -> None:
    """Any text in a lesson file gives a lesson or an EduError, never another exception."""
    _load_with(tmp_path, "lessons/health.yaml", text.encode("utf-8", "surrogatepass"))


@_SETTINGS
@given(data=st.binary(max_size=200))
def test_arbitrary_bytes_as_plan(tmp_path: Path, data: bytes) -> None:
    """Arbitrary bytes in plan.yaml give an EduError, never another exception."""
    _load_with(tmp_path, "plan.yaml", data)


@_SETTINGS
@given(tree=trees)
def test_arbitrary_yaml_structure_as_lesson(tmp_path: Path, tree: object) -> None:
    """Well-formed YAML of any shape gives an EduError, never another exception."""
    _load_with(tmp_path, "lessons/life.yaml", yaml.safe_dump(tree, allow_unicode=True).encode())


@_SETTINGS
@given(tree=trees, field=st.sampled_from(["title", "measures", "targets", "terms", "lead"]))
def test_one_field_replaced(tmp_path: Path, tree: object, field: str) -> None:
    """A real lesson with one field replaced by anything gives an EduError or loads."""
    doc = yaml.safe_load((CONTENT / "lessons" / "culture.yaml").read_text(encoding="utf-8"))
    doc[field] = tree
    _load_with(tmp_path, "lessons/culture.yaml",
               yaml.safe_dump(doc, allow_unicode=True).encode())
