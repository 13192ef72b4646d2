"""Numbers as the plan writes them: Arabic, decimal and Chinese numerals."""

from __future__ import annotations

import re

import pytest

from edu.errors import UsageError
from edu.numerals import format_number
from edu.numerals import numbers_in
from edu.numerals import parse_chinese
from edu.numerals import percent_words
from edu.numerals import states_quantity
from edu.numerals import value_span
from edu.numerals import whole_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("三", 3), ("十", 10), ("十五", 15), ("二十", 20), ("两千", 2000), ("三十万", 300_000),
     ("一百零五", 105), ("二〇二五", 2025), ("一亿", 100_000_000), ("三千五百万", 35_000_000)],
)
def test_parse_chinese(text: str, value: int) -> None:
    """Chinese numerals parse to their value, with 万 and 亿 as multipliers."""
    assert parse_chinese(text) == value


@pytest.mark.parametrize("bad", ["", "三a", "年"])
def test_parse_chinese_rejects_non_numerals(bad: str) -> None:
    """Anything that is not a numeral is a ValueError."""
    with pytest.raises(ValueError, match="numeral"):
        parse_chinese(bad)


def test_format_number_drops_trailing_zeros() -> None:
    """Values print as the plan writes them."""
    assert [format_number(v) for v in (18, 18.0, 10.75, 3.8, 0.5)] == [
        "18", "18", "10.75", "3.8", "0.5"]


def test_numbers_in_finds_both_kinds() -> None:
    """Arabic and Chinese numerals are both found, in order."""
    found = [v for v, _, _ in numbers_in("用三年左右时间，建设15个中心")]
    assert found == [3.0, 15.0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [("农村自来水普及率达到88%以上。", 88, "%", True),
     ("严守18亿亩耕地红线。", 18, "亿亩", True),
     ("用三年左右时间完成", 3, "年", True),
     ("每千人口拥有注册护士数提高到3.8人。", 3.8, "人", True),
     ("农村自来水普及率达到88%以上。", 8, "%", False),
     ("严守18亿亩耕地红线。", 18, "亩", False)],
)
def test_states_quantity(text: str, value: float, unit: str, expected: bool) -> None:
    """A sentence states a quantity only when the number is followed directly by the unit."""
    assert states_quantity(text, value, unit) is expected


@pytest.mark.parametrize(("text", "found"), [
    ("达到百分之九十。", [(90, "%", 2, 7)]),
    ("提高到百分之七十五点五左右", [(75.5, "%", 3, 11)]),
    ("百分之百", [(100, "%", 0, 4)]),
    ("百分之5.5", [(5.5, "%", 0, 6)]),
    ("千分之三", [(3, "‰", 0, 4)]),
    ("百分点", []),
])
def test_percent_words(text: str, found: list[tuple[float, str, int, int]]) -> None:
    """Percentages written out give their value, unit (% or ‰) and span."""
    assert percent_words(text) == found


def test_written_percentage_states_its_quantity() -> None:
    """百分之九十 states 90 %, as the validator needs; it does not state 90 ‰ or 9 %."""
    assert states_quantity("达标率达到百分之九十。", 90, "%")
    assert not states_quantity("达标率达到百分之九十。", 90, "‰")
    assert not states_quantity("达标率达到百分之九十。", 9, "%")
    assert value_span("达到百分之九十。", 90, "%") == (2, 7)
    assert value_span("达到90%。", 90, "%") == (2, 5)


def test_full_width_digits_and_point() -> None:
    """Full-width digits and decimal point (９０, １２．５) are numbers, at their own places."""
    assert numbers_in("达到１２．５％") == [(12.5, 2, 6)]
    assert states_quantity("达到９０％。", 90, "％")


@pytest.mark.parametrize(("text", "low", "high", "message"), [
    ("x7", None, None, "--n: expected a whole number, not 'x7'"),
    ("0", 1, 500, "--n: must be between 1 and 500, not 0"),
    ("-1", 0, None, "--n: must be 0 or more, not -1"),
    ("9", None, 8, "--n: must be 8 or less, not 9"),
])
def test_whole_number_names_the_option_and_the_bound(text: str, low: int | None,
                                                    high: int | None, message: str) -> None:
    """A bad whole number is one line naming the option and the bound it broke."""
    with pytest.raises(UsageError, match=f"^{re.escape(message)}$"):
        whole_number(text, "--n", low, high)


def test_whole_number_within_bounds() -> None:
    """A whole number inside its bounds (or with none) is read as it is."""
    assert whole_number("12", "--n") == 12
    assert whole_number("0", "--port", 0, 65535) == 0
    assert whole_number("-4", "--x", high=-4) == -4
