"""Bad content gets one clear ContentError naming file:line, the field and what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu.content import load_plan
from edu.content import read_plan
from edu.errors import ContentError
from edu.errors import EduError
from tests.conftest import CONTENT
from tests.conftest import edit


def _error(content: Path) -> str:
    with pytest.raises(ContentError) as info:
        load_plan(content)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_loads_the_shipped_content() -> None:
    """The shipped content loads into frozen objects."""
    plan = load_plan(CONTENT)
    with pytest.raises(AttributeError):
        plan.lessons[0].id = "x"  # type: ignore[misc]


def test_malformed_yaml_names_file_and_line(content_copy: Path) -> None:
    """A YAML syntax error is reported at its file and line."""
    path = content_copy / "lessons" / "health.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[6] = "title_en: [unclosed"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    message = _error(content_copy)
    assert re.search(r"lessons/health\.yaml:\d+: malformed YAML", message), message


def test_missing_field(content_copy: Path) -> None:
    """A missing required field names the field and the file:line of its mapping."""
    edit(content_copy / "lessons" / "work.yaml", "number: 二\n", "")
    message = _error(content_copy)
    assert re.search(r"lessons/work\.yaml:\d+: number: missing required field", message), message


def test_mistyped_field(content_copy: Path) -> None:
    """A number where text belongs (or text where a number belongs) is refused."""
    edit(content_copy / "lessons" / "health.yaml", "value: 3.8", "value: three point eight")
    message = _error(content_copy)
    assert "value: expected a number" in message
    assert re.search(r"health\.yaml:\d+:", message)


def test_unknown_field(content_copy: Path) -> None:
    """A misspelt field name is refused with the list of valid names."""
    edit(content_copy / "lessons" / "culture.yaml", "title_en:", "titel_en:")
    message = _error(content_copy)
    assert "titel_en: unknown field" in message
    assert "title_en" in message


def test_unknown_comparator(content_copy: Path) -> None:
    """A comparator outside the vocabulary lists the valid ones."""
    edit(content_copy / "lessons" / "work.yaml", "comparator: at_most", "comparator: below")
    message = _error(content_copy)
    assert "unknown comparator 'below'" in message
    assert "at_least" in message


def test_duplicate_id(content_copy: Path) -> None:
    """Two measures with one id are refused, naming both places."""
    edit(content_copy / "lessons" / "life.yaml", "id: cautious-death-penalty",
         "id: public-safety-capacity")
    message = _error(content_copy)
    assert "duplicate measure id 'public-safety-capacity'" in message
    assert "first at" in message


def test_lesson_id_must_match_file(content_copy: Path) -> None:
    """A lesson's id is its file name, so the two cannot drift apart."""
    edit(content_copy / "lessons" / "life.yaml", "id: life\n", "id: living\n")
    assert "must match the file name" in _error(content_copy)


def test_unlisted_lesson_file(content_copy: Path) -> None:
    """A lesson file no part lists is reported."""
    (content_copy / "lessons" / "extra.yaml").write_text("id: extra\n", encoding="utf-8")
    assert "not listed in any part" in _error(content_copy)


def test_missing_dir(tmp_path: Path) -> None:
    """A content dir that does not exist says how to point at one."""
    message = _error(tmp_path / "nowhere")
    assert "content directory not found" in message
    assert "--content" in message


def test_unreadable_plan_file(content_copy: Path) -> None:
    """A plan.yaml that is a directory is reported, not a traceback."""
    (content_copy / "plan.yaml").unlink()
    (content_copy / "plan.yaml").mkdir()
    assert "is a directory" in _error(content_copy)


def test_not_utf8(content_copy: Path) -> None:
    """A file in another encoding is named with the line of the first bad byte."""
    path = content_copy / "lessons" / "person.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    message = _error(content_copy)
    assert "person.yaml:" in message
    assert "not UTF-8" in message


def test_empty_file(content_copy: Path) -> None:
    """An empty lesson file says what was expected."""
    (content_copy / "lessons" / "person.yaml").write_text("", encoding="utf-8")
    assert "file is empty" in _error(content_copy)


def test_errors_are_value_errors() -> None:
    """ContentError is both the toolkit's error and a ValueError."""
    assert issubclass(ContentError, EduError)
    assert issubclass(ContentError, ValueError)


def test_read_plan_skips_provenance(content_copy: Path) -> None:
    """read_plan checks structure only; load_plan also proves provenance."""
    edit(content_copy / "lessons" / "person.yaml", "lead: ", "lead: 伪造的")
    assert read_plan(content_copy).lesson("person").lead.startswith("伪造的")
    assert "not found verbatim" in _error(content_copy)


def test_control_character_is_one_line_with_its_line(content_copy: Path) -> None:
    """A character YAML forbids is reported on one line with the line it is on."""
    path = content_copy / "lessons" / "life.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "note: \x08\n", encoding="utf-8")
    message = _error(content_copy)
    lines = path.read_text(encoding="utf-8").count("\n")
    assert f"life.yaml:{lines}: malformed YAML: character" in message
