"""Answer normalisation: equivalent spellings compare equal, different answers do not."""

from __future__ import annotations

import pytest

from edu.questions.normalize import normalize_answer
from edu.questions.normalize import parse_number


@pytest.mark.parametrize(("typed", "expected"), [
    ("８８％", "88%"),          # full width digits and percent sign
    ("88 %", "88%"),            # whitespace
    ("百分之八十八", "88%"),    # spelled-out percentage
    ("三年", "3年"),            # Chinese numerals
    ("十五个", "15个"),
    ("“依法推进”。", "依法推进"),  # quotes and final punctuation
    ("依 法\u3000推进", "依法推进"),
    ("Advance by Law.", "advancebylaw"),  # English case
    ("1,000", "1000"),
])
def test_equivalent_spellings(typed: str, expected: str) -> None:
    """Each spelling normalises to the canonical form."""
    assert normalize_answer(typed) == expected


def test_different_answers_stay_different() -> None:
    """Normalisation does not merge genuinely different answers."""
    assert normalize_answer("88%") != normalize_answer("8.8%")
    assert normalize_answer("依法推进") != normalize_answer("协调推进")
    assert normalize_answer("-5") != normalize_answer("5")


@pytest.mark.parametrize(("typed", "value"), [
    ("88", 88.0), ("88%", 88.0), ("８８％", 88.0), ("八十八", 88.0), ("3.8人", 3.8),
    ("  3.93 ", 3.93), ("百分之九十", 90.0)])
def test_parse_number(typed: str, value: float) -> None:
    """A typed number is read whatever its script or unit."""
    assert parse_number(typed) == value


@pytest.mark.parametrize("typed", ["", "abc", "88 or 90", "三到五"])
def test_parse_number_refuses_none_or_several(typed: str) -> None:
    """Text with no number, or more than one, is not a number."""
    assert parse_number(typed) is None
