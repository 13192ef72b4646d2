"""The fields of every mapping in a content file, in the order the files write them.

One table for both directions: the loader (:mod:`edu.content.load`) accepts exactly these
fields and names them when it refuses another, and the YAML writer
(:mod:`edu.content.serialize`, used by ``edu ingest``) writes them in this order, so a field
added to the format is added here once.
"""

from __future__ import annotations

from typing import Any

FIELDS: dict[str, tuple[str, ...]] = {
    "plan": ("plan", "introduction", "parts", "glossary"),
    "info": ("id", "title", "title_en", "short_title", "short_title_en", "period",
             "compiled_by", "compiled_by_en", "reviewed_by", "reviewed_by_en", "published_by",
             "published_by_en", "source", "source_en", "source_file", "draft"),
    "period": ("start", "end"),
    "introduction": ("title", "title_en", "summary_en", "background", "ideology_lead",
                     "guiding_ideology", "principles_lead", "principles", "goals_lead",
                     "goals"),
    "paragraph": ("id", "text", "text_en"),
    "lead": ("text", "text_en"),
    "ideology": ("text", "text_en"),
    "principle": ("id", "name", "name_en", "text", "text_en"),
    "goal": ("id", "text", "text_en"),
    "part": ("id", "number", "title", "title_en", "lead", "lead_en", "lessons"),
    "lesson": ("id", "part", "number", "title", "title_en", "summary_en", "lead", "lead_en",
               "measures", "targets", "terms"),
    "measure": ("id", "title", "title_en", "text", "text_en"),
    "target": ("id", "measure", "metric", "metric_en", "value", "unit", "comparator",
               "approximate", "baseline", "source", "source_en"),
    "baseline": ("value", "unit", "year"),
    "term": ("term", "term_en", "note", "pinyin"),
}


def allowed(kind: str) -> frozenset[str]:
    """The fields a mapping of *kind* may have."""
    return frozenset(FIELDS[kind])


def ordered(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """*values* in the order of *kind*'s fields (fields not given are left out)."""
    return {key: values[key] for key in FIELDS[kind] if key in values}
