"""The ``edu`` command, run as a user runs it: output, exit status and one-line errors."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from edu.content import load_plan
from tests.conftest import CONTENT
from tests.conftest import RunEdu
from tests.conftest import edit


def _one_line_error(result: object) -> str:
    err = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 2  # type: ignore[attr-defined]
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return str(err)


def test_lessons_table(run_edu: RunEdu) -> None:
    """`edu lessons` lists the nine lessons with zh/en titles and counts."""
    result = run_edu("lessons", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "part", "title", "title_en", "measures", "targets"]
    health = next(line for line in lines if line.startswith("health "))
    assert "（五）健康权利" in health
    assert health.split()[-2:] == ["11", "12"]
    assert lines[-1] == "9 lessons, 56 measures, 31 targets"


def test_show_lesson_both_languages(run_edu: RunEdu) -> None:
    """`edu show` prints the lead, every measure, targets and glossary."""
    result = run_edu("show", "social-security", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "（三）社会保障权利" in out
    assert "完善社会保障体制机制" in out
    assert "18周岁" in out
    assert "从16周岁延长至18周岁 / extended from age 16 to age 18" in out
    assert "Glossary" in out


def test_show_english_only_has_no_chinese_measure_text(run_edu: RunEdu) -> None:
    """--lang en leaves the Chinese measure text out."""
    result = run_edu("show", "life", "--lang", "en", "--content", str(CONTENT))
    assert result.returncode == 0
    assert "强化死刑复核程序" not in result.stdout
    assert "Measures (3)" in result.stdout


@pytest.mark.parametrize("lesson", ["living-standards", "work", "social-security", "property",
                                    "health", "education", "culture", "life", "person"])
def test_show_english_is_complete_and_has_no_chinese(run_edu: RunEdu, lesson: str) -> None:
    """--lang en prints the English lead, every measure body and every target sentence, and
    not one Chinese character (glossary notes may quote a term, so they are left out here)."""
    plan = load_plan(CONTENT)
    result = run_edu("show", lesson, "--lang", "en", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.split())
    x = plan.lesson(lesson)
    for text in (x.lead_en, *(m.text_en for m in x.measures), *(t.source_en for t in x.targets)):
        assert " ".join(text.split()) in flat
    body = flat.split(" Glossary ")[0]
    assert not re.search(r"[\u3400-\u9fff]", body), body


def test_glossary_lists_and_finds_terms(run_edu: RunEdu) -> None:
    """`edu glossary` lists every term with pinyin; --find looks one up by pinyin (with or
    without tones) or English; --lang en prints no characters; no match is exit 1."""
    whole = run_edu("glossary", "--content", str(CONTENT))
    assert whole.returncode == 0, whole.stderr
    assert "共同富裕  gòng tóng fù yù  common prosperity" in whole.stdout
    for query in ("gongtong fuyu", "gòngtóng fùyù", "common prosperity"):
        found = run_edu("glossary", "--find", query, "--content", str(CONTENT))
        assert found.stdout.startswith("共同富裕"), (query, found.stdout)
    english = run_edu("glossary", "--find", "long-term care", "--lang", "en",
                      "--content", str(CONTENT))
    assert english.stdout.startswith("long-term care insurance  (cháng qī hù lǐ bǎo xiǎn)")
    assert not re.search(r"[\u3400-\u9fff]", english.stdout.splitlines()[0])
    none = run_edu("glossary", "--find", "xyzzy", "--content", str(CONTENT))
    assert none.returncode == 1
    assert none.stdout == ""
    assert "no glossary entry matches 'xyzzy'" in none.stderr


def test_show_unknown_lesson_lists_valid_ids(run_edu: RunEdu) -> None:
    """An unknown lesson id is one line naming the valid ids, exit 2."""
    err = _one_line_error(run_edu("show", "healthcare", "--content", str(CONTENT)))
    assert "unknown lesson 'healthcare'" in err
    assert "health" in err
    assert "person" in err


def test_validate_reports_full_provenance(run_edu: RunEdu) -> None:
    """`edu validate` passes with 100% provenance on the shipped content."""
    result = run_edu("validate", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    assert "(100.0%)" in result.stdout
    assert "56 measures, 31 targets, 6 principles, 7 goals" in result.stdout


def test_validate_fails_on_a_broken_quote(run_edu: RunEdu, content_copy: Path) -> None:
    """One broken quote makes `edu validate` exit 2 and name file:line."""
    edit(content_copy / "lessons" / "work.yaml", "城镇调查失业率控制在5.5%以内",
         "城镇失业率控制在5.5%以内")
    result = run_edu("validate", "--content", str(content_copy))
    assert result.returncode == 2
    assert "work.yaml:" in result.stderr
    assert "FAILED" in result.stdout


def test_validate_fails_on_missing_english(run_edu: RunEdu, content_copy: Path) -> None:
    """A Chinese field of curated content without English makes `edu validate` exit 2 with
    one line naming file:line and the field."""
    edit(content_copy / "lessons" / "life.yaml", "title_en: Right to Life", 'title_en: ""')
    result = run_edu("validate", "--content", str(content_copy))
    assert result.returncode == 2
    lines = [x for x in result.stderr.splitlines() if "life.yaml:" in x]
    assert lines, result.stderr
    assert "title_en" in lines[0]
    assert "English" in lines[0]
    assert "Traceback" not in result.stderr


def test_malformed_content_is_one_line(run_edu: RunEdu, content_copy: Path) -> None:
    """Malformed YAML is one line on every command, exit 2, no traceback."""
    (content_copy / "plan.yaml").write_text("plan: [\n", encoding="utf-8")
    for command in ("lessons", "validate", "export"):
        err = _one_line_error(run_edu(command, "--content", str(content_copy)))
        assert "plan.yaml:" in err


def test_export_json_shape(run_edu: RunEdu, tmp_path: Path) -> None:
    """`edu export -o FILE` writes the documented JSON."""
    out = tmp_path / "plan.json"
    result = run_edu("export", "--format", "json", "--content", str(CONTENT), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {"plan", "principles", "goals", "parts", "lessons"} <= doc.keys()
    assert len(doc["lessons"]) == 9
    health = next(x for x in doc["lessons"] if x["id"] == "health")
    assert health["title"] == "健康权利"
    target = health["targets"][0]
    assert {"id", "measure", "metric", "metric_en", "value", "unit", "comparator", "baseline",
            "source"} <= target.keys()


def test_export_to_stdout_matches_file(run_edu: RunEdu, tmp_path: Path) -> None:
    """`-o -` and the default write the same bytes as a file."""
    out = tmp_path / "plan.json"
    run_edu("export", "--content", str(CONTENT), "-o", str(out))
    result = run_edu("export", "--content", str(CONTENT), "-o", "-")
    assert result.stdout == out.read_text(encoding="utf-8")


def test_export_replaces_a_file_atomically(run_edu: RunEdu, tmp_path: Path) -> None:
    """An existing file is replaced whole and keeps its permissions; no temp file is left."""
    out = tmp_path / "plan.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert run_edu("export", "--content", str(CONTENT), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name != "cache"] == ["plan.json"]


def test_export_to_dev_null_keeps_the_device(run_edu: RunEdu) -> None:
    """Writing to /dev/null writes in place; the device is never replaced by a file."""
    before = os.stat("/dev/null")
    assert run_edu("export", "--content", str(CONTENT), "-o", "/dev/null").returncode == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (before.st_ino, before.st_rdev) == (after.st_ino, after.st_rdev)


def test_export_into_missing_dir_writes_nothing(run_edu: RunEdu, tmp_path: Path) -> None:
    """An output path in a missing directory is one line, exit 2, nothing written."""
    err = _one_line_error(run_edu("export", "--content", str(CONTENT), "-o",
                                  str(tmp_path / "no" / "plan.json")))
    assert "does not exist" in err
    assert not (tmp_path / "no").exists()


def test_export_bad_content_writes_nothing(run_edu: RunEdu, content_copy: Path,
                                           tmp_path: Path) -> None:
    """When validation fails, the output file is not created."""
    edit(content_copy / "lessons" / "work.yaml", "value: 5.5", "value: 9.5")
    out = tmp_path / "plan.json"
    err = _one_line_error(run_edu("export", "--content", str(content_copy), "-o", str(out)))
    assert "does not state 9.5%" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [(("lessons", "--bogus"), "unrecognized arguments"),
     (("show",), "LESSON"),
     (("show", "health", "--lang", "fr"), "invalid choice"),
     (("export", "--format", "xml"), "invalid choice"),
     (("frobnicate",), "invalid choice"),
     (("quiz", "--seed", "x7"), "--seed: expected a whole number, not 'x7'"),
     (("progress", "--new-per-day", "two"), "--new-per-day: expected a whole number"),
     (("class", "serve", "--port", "70000"), "--port: must be between 0 and 65535, not 70000"),
     ((), "COMMAND")],
)
def test_usage_errors_are_one_line(run_edu: RunEdu, args: tuple[str, ...], expected: str) -> None:
    """Every usage error is a single line with exit status 2."""
    assert expected in _one_line_error(run_edu(*args))


def test_default_content_dir_is_the_checkout(run_edu: RunEdu, tmp_path: Path) -> None:
    """Without --content, the checkout's content/ is used, from any working directory."""
    result = run_edu("lessons", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "9 lessons" in result.stdout


def test_show_never_splits_a_number_or_starts_a_line_with_a_comma(run_edu: RunEdu) -> None:
    """Wrapped Chinese keeps 2015 and 3.93 whole and keeps ，。 off line starts."""
    out = run_edu("show", "health", "--lang", "zh", "--content", str(CONTENT)).stdout
    assert "2015年基础上" in out
    assert "3.93" in out
    assert not [line for line in out.splitlines() if line.strip().startswith(("，", "。", "、"))]


def test_show_introduction_in_english(run_edu: RunEdu) -> None:
    """`edu show introduction --lang en` prints the background, the lead-ins, principles and
    goals in English, without a Chinese character."""
    plan = load_plan(CONTENT)
    result = run_edu("show", "introduction", "--lang", "en", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.split())
    intro = plan.introduction
    for text in (*(b.text_en for b in intro.background), intro.ideology_en,
                 *(p.text_en for p in intro.principles), *(g.text_en for g in intro.goals)):
        assert " ".join(text.split()) in flat
    assert not re.search(r"[\u3400-\u9fff]", result.stdout)
