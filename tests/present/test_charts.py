"""Target charts render Chinese with the shipped font and label what they show."""

from __future__ import annotations

import warnings

import pytest
from matplotlib.figure import Figure

from edu.content import Plan
from edu.content import load_plan
from edu.present import charts
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


def _render(fig: Figure) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" must never happen
        return charts.png(fig)


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_every_chart_renders_without_missing_glyphs(plan: Plan, lang: str) -> None:
    """All three charts render to PNG in every language with no glyph warning."""
    for figure in (charts.targets_per_lesson(plan, lang), charts.percentage_targets(plan, lang),
                   charts.count_targets(plan, lang)):
        assert _render(figure).startswith(b"\x89PNG")


def test_percentage_bars_carry_comparators(plan: Plan) -> None:
    """Each percentage target is a bar labelled with comparator and value."""
    fig = charts.percentage_targets(plan, "zh")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.texts]
    assert len(ax.patches) == sum(1 for t in plan.targets if t.unit == "%")
    assert "≥88%" in labels
    assert "≤5.5%" in labels
    assert "−~20%" in labels
    assert "农村自来水普及率" in [t.get_text() for t in ax.get_yticklabels()]


def test_counts_are_grouped_by_unit(plan: Plan) -> None:
    """Non-percentage targets get one panel per unit, never two units on one axis."""
    fig = charts.count_targets(plan, "zh")
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    units = {t.unit for t in plan.targets if t.unit != "%"}
    assert len(fig.axes) == len(units)
    assert {title.removeprefix("单位：") for title in titles} == units


def test_lesson_filter(plan: Plan) -> None:
    """A lesson's charts hold only that lesson's targets; a lesson with none says so."""
    fig = charts.percentage_targets(plan, "zh", lesson="education")
    assert len(fig.axes[0].patches) == 3
    empty = charts.count_targets(plan, "en", lesson="life")
    assert "No non-percentage targets" in [t.get_text() for t in empty.axes[0].texts]


def test_font_is_the_shipped_cjk_font() -> None:
    """The registered family is Noto Sans CJK SC from the installed wheel."""
    from matplotlib import font_manager

    assert charts.setup() == "Noto Sans CJK SC"
    path = font_manager.findfont("Noto Sans CJK SC", fallback_to_default=False)
    assert path.endswith("NotoSansCJK-Regular.ttc")


def test_english_count_chart_has_no_chinese_units() -> None:
    """In English the count chart writes amounts and unit headings in English
    (1.8 billion mu, unit: 100 million mu), never 亿亩."""
    import re

    from edu.content import load_plan
    from edu.present.charts import count_targets
    from tests.conftest import CONTENT

    fig = count_targets(load_plan(CONTENT), "en", "living-standards")
    texts = [t.get_text() for ax in fig.axes for t in ax.texts] + [
        ax.get_title(loc="left") for ax in fig.axes]
    assert any("1.8 billion mu" in t for t in texts), texts
    assert any(t == "unit: 100 million mu" for t in texts), texts
    assert not any(re.search(r"[\u3400-\u9fff]", t) for t in texts), texts
