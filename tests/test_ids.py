"""Stable ids: derived from content keys, unambiguous, and never positional."""

from __future__ import annotations

import pytest

from edu.ids import slug_problem
from edu.ids import stable_id
from edu.ids import stable_int


def test_stable_id_is_deterministic() -> None:
    """The same parts always give the same id."""
    assert stable_id("q", "health", "nurses") == stable_id("q", "health", "nurses")
    assert len(stable_id("q", "x")) == 16


def test_stable_id_encodes_parts_unambiguously() -> None:
    """('a_b', 'c') and ('a', 'b_c') differ, unlike a join with a separator."""
    assert stable_id("n", "a__b", "c") != stable_id("n", "a", "b__c")
    assert stable_id("n", "ab") != stable_id("n", "a", "b")
    assert stable_id("n", "x") != stable_id("m", "x")


def test_stable_int_is_positive_and_bounded() -> None:
    """Integer ids fit Anki's signed 64-bit fields and are never zero."""
    value = stable_int("model", "target", 1)
    assert 0 < value < 2**62
    assert value == stable_int("model", "target", 1)


@pytest.mark.parametrize("good", ["health", "rural-tap-water", "covid-19-response"])
def test_slugs_accepted(good: str) -> None:
    """Descriptive lower-case slugs are valid ids."""
    assert slug_problem(good) is None


@pytest.mark.parametrize("bad", ["m1", "measure-3", "target12", "3", "item-4"])
def test_positional_ids_refused(bad: str) -> None:
    """Ids that only say where an item stands are refused."""
    problem = slug_problem(bad)
    assert problem is not None
    assert "position" in problem


@pytest.mark.parametrize("bad", ["Health", "rural_tap", "-x", "a--b", "", "健康"])
def test_malformed_slugs_refused(bad: str) -> None:
    """Upper case, underscores, stray dashes and non-ASCII are refused."""
    assert slug_problem(bad) is not None
