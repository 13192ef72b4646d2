"""Target amounts in English and the unit conversions shown on target cards."""

from __future__ import annotations

import pytest

from edu.decks.units import conversion, english_amount, english_number, split_unit


@pytest.mark.parametrize(("value", "unit", "english"), [
    (18, "亿亩", "1.8 billion mu"),
    (10.75, "亿亩", "1.075 billion mu"),
    (290, "亿立方米", "29 billion m³"),
    (700, "万人次", "7 million person-times"),
    (88, "%", "88%"),
    (5.5, "%", "5.5%"),
    (3, "年", "3 years"),
    (1, "年", "1 year"),
    (18, "周岁", "18 years of age"),
    (3.93, "人", "3.93"),
    (20, "个", "20"),
    (12000, "人", "12,000"),
    (5, "公里", "5公里"),
])
def test_english_amount(value: float, unit: str, english: str) -> None:
    """Chinese number units become millions/billions; unknown units stay as written."""
    assert english_amount(value, unit) == english


def test_conversion_only_where_it_helps() -> None:
    """Land gets hectares, large water volumes km³; plain counts and percentages get nothing."""
    assert conversion(18, "亿亩") == "1.8 billion mu ≈ 120 million hectares (1 mu = 1/15 ha)"
    assert conversion(500, "亩") == "500 mu ≈ 33.3 hectares (1 mu = 1/15 ha)"
    assert conversion(290, "亿立方米") == "29 billion m³ = 29 km³"
    for value, unit in ((88, "%"), (700, "万人次"), (20, "个"), (3, "年"), (5, "公里")):
        assert conversion(value, unit) == ""


def test_split_unit_and_numbers() -> None:
    """Number units split off known units only; big numbers read in words."""
    assert split_unit("亿亩") == (100_000_000, "亩")
    assert split_unit("万") == (10_000, "")
    assert split_unit("万元") == (10_000, "元")
    assert split_unit("万吨") == (1, "万吨")  # 吨 is not a known unit: keep it whole
    assert english_number(1.8e9) == "1.8 billion"
    assert english_number(7e6) == "7 million"
    assert english_number(3.8) == "3.8"
