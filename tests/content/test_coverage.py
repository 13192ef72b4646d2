"""Every Chinese text field has English beside it, and that English covers the source.

The figure is printed by ``edu validate`` ("English for N% of the source") and recorded in
``content/README.md``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from edu.content import load_plan
from edu.content import plan_to_dict
from edu.content import read_plan
from edu.content.coverage import coverage
from edu.content.coverage import english_pairs
from tests.conftest import CONTENT
from tests.conftest import RunEdu

_HAN = re.compile(r"[\u3400-\u9fff]")
# Chinese values whose English is given by other fields: a heading by ``title_en``; a whole
# item (``source`` beside ``text``) by its parts; a number word; a unit (the plan's units
# glossary and the target's value phrase give its English); a glossary note, which is English
# that may quote the Chinese it explains ("18亿亩 is 1.8 billion mu").
_NO_OWN_ENGLISH = {"number", "unit", "heading", "summary", "note"}


def _untranslated(node: Any, path: str = "$") -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}"
            if isinstance(value, str) and _HAN.search(value) and not key.endswith("_en"):
                if key in _NO_OWN_ENGLISH:
                    continue
                if key == "zh" and isinstance(node.get("en"), str):  # a {"zh", "en"} phrase
                    if not node["en"].strip():
                        out.append(here)
                    continue
                if f"{key}_en" in node:
                    if not node[f"{key}_en"].strip():
                        out.append(here)
                elif key == "source":  # a whole item: every English part must be there
                    empty = [k for k, v in node.items()
                             if k.endswith("_en") and isinstance(v, str) and not v.strip()]
                    if empty or not any(k.endswith("_en") for k in node):
                        out.append(here)
                else:
                    out.append(here)
            else:
                out += _untranslated(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _untranslated(value, f"{path}[{i}]")
    return out


def test_json_export_has_english_beside_every_chinese_field() -> None:
    """`edu export --format json`: every Chinese text field has non-empty English beside it."""
    missing = _untranslated(plan_to_dict(load_plan(CONTENT)))
    assert missing == [], f"{len(missing)} Chinese fields without English, e.g. {missing[:5]}"


def test_the_walker_finds_a_missing_translation() -> None:
    """The check above can fail: emptying one measure's English is reported by its path."""
    plan = load_plan(CONTENT)
    lesson = plan.lessons[0]
    m = dataclasses.replace(lesson.measures[0], text_en="")
    broken = dataclasses.replace(plan, lessons=(
        dataclasses.replace(lesson, measures=(m, *lesson.measures[1:])), *plan.lessons[1:]))
    assert "$.lessons[0].measures[0].text" in _untranslated(plan_to_dict(broken))


def test_english_covers_at_least_97_percent_of_the_source() -> None:
    """Chinese fields with English cover ≥ 97% of the source's characters (whitespace
    removed; the denominator keeps headings and punctuation, so this is a lower bound)."""
    result = coverage(read_plan(CONTENT))
    print(f"English covers {result.covered}/{result.total} characters "
          f"({100 * result.share:.1f}%) of the source")
    long_gaps = [gap for gap in result.missing if len(gap) > 3]
    assert result.share >= 0.97, f"{100 * result.share:.1f}%; without English: {long_gaps[:5]}"
    assert long_gaps == []


def test_coverage_drops_when_english_is_missing() -> None:
    """The coverage figure counts only fields that have English: blanking the guiding
    ideology's English uncovers exactly its characters."""
    plan = read_plan(CONTENT)
    full = coverage(plan)
    intro = dataclasses.replace(plan.introduction, ideology_en="")
    less = coverage(dataclasses.replace(plan, introduction=intro))
    assert full.covered - less.covered == len(plan.introduction.ideology)
    assert plan.introduction.ideology in less.missing


def test_every_pair_is_verbatim_in_the_source() -> None:
    """Each Chinese field the coverage counts is found in the source (so it can be marked)."""
    from edu.text import squeeze

    source = squeeze(read_plan(CONTENT).source_text)
    assert all(p.zh in source for p in english_pairs(read_plan(CONTENT)))


def test_edu_export_json_has_english_beside_every_chinese_field(run_edu: RunEdu) -> None:
    """The same holds for the document `edu export --format json` writes to stdout."""
    result = run_edu("export", "--format", "json", "-o", "-", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert _untranslated(document) == []
    assert document["introduction"]["background"][0]["text_en"].startswith("Since 2009")
    assert all(t["pinyin"] for t in document["glossary"])
