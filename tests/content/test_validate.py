"""Provenance, ids and completeness are proved; a broken quote always fails."""

from __future__ import annotations

from pathlib import Path

from edu.content import check
from edu.content import load_plan
from edu.content import read_plan
from tests.conftest import CONTENT
from tests.conftest import edit


def _messages(content: Path) -> list[str]:
    return [str(issue) for issue in check(read_plan(content)).errors]


def test_shipped_content_is_fully_traced() -> None:
    """Every fact of the shipped content is verbatim in the source: 100%, no warnings."""
    report = check(read_plan(CONTENT))
    assert report.errors == []
    assert report.warnings == []
    assert report.untranslated == [], report.untranslated[:3]
    assert report.checked == report.traced
    assert report.checked > 150


def test_broken_measure_quote_fails(content_copy: Path) -> None:
    """Changing one character of a measure is caught, naming file:line."""
    edit(content_copy / "lessons" / "health.yaml", "加强公立医院建设", "加强公立医院建筑")
    errors = _messages(content_copy)
    assert any("health.yaml:" in e and "not found verbatim" in e for e in errors), errors


def test_broken_target_sentence_fails(content_copy: Path) -> None:
    """A target sentence that is not in its measure is caught."""
    edit(content_copy / "lessons" / "culture.yaml", "整理出版300种中华典籍。",
         "整理出版400种中华典籍。")
    errors = _messages(content_copy)
    assert any("source: not found verbatim in its measure" in e for e in errors), errors


def test_wrong_value_fails(content_copy: Path) -> None:
    """A target value the sentence does not state is caught."""
    edit(content_copy / "lessons" / "work.yaml", "value: 5.5", "value: 6.5")
    errors = _messages(content_copy)
    assert any("does not state 6.5%" in e for e in errors), errors


def test_wrong_unit_fails(content_copy: Path) -> None:
    """A unit that does not follow the number in the sentence is caught."""
    edit(content_copy / "lessons" / "living-standards.yaml", "unit: 亿亩", "unit: 亩")
    errors = _messages(content_copy)
    assert any("does not state 18亩" in e for e in errors), errors


def test_partial_sentence_fails(content_copy: Path) -> None:
    """A target must quote a whole sentence, not a fragment of one."""
    edit(content_copy / "lessons" / "education.yaml",
         "source: 学前教育毛入园率提高到90%以上。", "source: 毛入园率提高到90%以上。")
    errors = _messages(content_copy)
    assert any("whole sentence" in e for e in errors), errors


def test_invented_metric_fails(content_copy: Path) -> None:
    """A metric with words that are not in the sentence is caught."""
    edit(content_copy / "lessons" / "culture.yaml", "metric: 国民综合阅读率",
         "metric: 国民幸福阅读指数")
    errors = _messages(content_copy)
    assert any("metric" in e and "verbatim" in e for e in errors), errors


def test_positional_id_fails(content_copy: Path) -> None:
    """An id like measure-3 is refused because it would shift on insertion."""
    edit(content_copy / "lessons" / "life.yaml", "id: cautious-death-penalty", "id: measure-3")
    errors = _messages(content_copy)
    assert any("measure-3" in e and "position" in e for e in errors), errors


def test_missing_measure_fails(content_copy: Path) -> None:
    """Dropping a measure from a lesson is caught by the completeness check."""
    path = content_copy / "lessons" / "person.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: unlawful-detention-ban")
    end = text.index("- id: pretrial-detention-reduction")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    errors = _messages(content_copy)
    assert any("——严禁非法拘禁" in e and "not a measure" in e for e in errors), errors


def test_term_not_in_lesson_fails(content_copy: Path) -> None:
    """A glossary term must occur in its lesson."""
    edit(content_copy / "lessons" / "life.yaml", "- term: 死刑复核", "- term: 陪审团")
    errors = _messages(content_copy)
    assert any("陪审团" in e for e in errors), errors


def test_reference_to_unknown_measure_fails(content_copy: Path) -> None:
    """A target naming a measure that is not in its lesson lists the valid ones."""
    edit(content_copy / "lessons" / "property.yaml", "measure: farmers-property-rights",
         "measure: farmer-rights")
    errors = _messages(content_copy)
    assert any("no measure 'farmer-rights'" in e and "farmers-property-rights" in e
               for e in errors), errors


def test_missing_english_in_curated_content_is_untranslated(content_copy: Path) -> None:
    """Empty English in curated content is listed as untranslated (edu validate fails on it),
    but it is not a loading error: the toolkit keeps working while a translator writes."""
    edit(content_copy / "lessons" / "life.yaml", "title_en: Right to Life", 'title_en: ""')
    report = check(read_plan(content_copy))
    assert report.errors == []
    assert any("life.yaml:" in str(w) and "title_en" in str(w) for w in report.untranslated)
    load_plan(content_copy)


def test_missing_english_in_a_draft_is_a_warning(content_copy: Path) -> None:
    """In an ingest draft (plan.draft: true) empty English only warns."""
    edit(content_copy / "lessons" / "life.yaml", "title_en: Right to Life", 'title_en: ""')
    edit(content_copy / "plan.yaml", "  source_file:", "  draft: true\n  source_file:")
    report = check(read_plan(content_copy))
    assert report.errors == []
    assert report.untranslated == []
    assert any("English gloss missing" in str(w) for w in report.warnings)


def test_metric_english_names_a_quantity_not_a_comparator(content_copy: Path) -> None:
    """A metric gloss that carries its comparator or baseline ("reduced relative to 2015")
    is reported: the comparator and baseline say that."""
    edit(content_copy / "lessons" / "health.yaml",
         "metric_en: Premature death rate from major chronic diseases",
         "metric_en: Premature death rate from major chronic diseases, reduced relative to 2015")
    report = check(read_plan(content_copy))
    assert any("health.yaml:" in str(w) and "metric_en" in str(w) and "'reduced'" in str(w)
               for w in report.warnings), report.warnings
