"""The one catalogue of interface strings: complete, consistent between languages, title-free."""

from __future__ import annotations

import re
from string import Formatter

import pytest

from edu.present.strings import STRINGS
from edu.present.strings import family
from edu.present.strings import say


def _fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in Formatter().parse(template) if name is not None)


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_entry_is_said_in_both_languages(key: str) -> None:
    """No entry is missing a language, and both fill the same placeholders (a chart's unit is
    named in each language's own words, ``{zh}`` / ``{en}``, and so is the plan's title in a
    deck's description; a goal's review card cites the plan's short title in Chinese and says
    "the plan" in English)."""
    entry = STRINGS[key]
    assert entry.zh.strip()
    assert entry.en.strip()
    zh, en = _fields(entry.zh), _fields(entry.en)
    if key in ("chart.unit", "deck.about", "paper.title"):
        assert (zh, en) == (["zh"], ["en"])
    elif key == "review.goal":
        assert (zh, en) == ([""], [])
    else:
        assert zh == en


def test_no_entry_names_the_plan_by_a_title() -> None:
    """The plan's title comes from content; no interface string writes 《…计划》 itself."""
    titled = [k for k, v in STRINGS.items() if re.search(r"《[^》]*计划[^》]*》", v.zh)]
    assert titled == []


def test_say_fills_in_and_joins_both_languages() -> None:
    """``both`` puts the Chinese first; arguments fill both languages."""
    assert say("chart.recall_overall", "both", "80%") == (
        "预测记忆保持率（总体 80%） / Predicted recall now (overall 80%)")
    assert say("chart.unit", "en", zh="个", en="count") == "unit: count"


def test_families_are_views_of_the_catalogue() -> None:
    """A family is the entries under its prefix, by the rest of the key."""
    charts = family("chart")
    assert charts["by_lesson"] is STRINGS["chart.by_lesson"]
    assert all(f"chart.{k}" in STRINGS for k in charts)
