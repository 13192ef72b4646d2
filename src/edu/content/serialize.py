"""Writing content: the JSON export of ``edu export`` and the YAML files of a content folder.

* :func:`plan_to_dict` is the documented, versioned export. Its shape is pinned by
  ``edu/schema/content.schema.json`` (``schema_version`` below); bump the version and the schema
  together when a field changes meaning or is removed.
* :func:`render` gives the files of a content folder (``plan.yaml``, ``lessons/<id>.yaml``), in
  the shape of ``content/`` (``edu ingest`` writes them): fields in the order of
  :data:`edu.content.fields.FIELDS` (the table the loader checks against), the plan's order for
  lists, no sorting and no timestamps, so equal plans give byte-identical files.
"""

from __future__ import annotations

from typing import Any

from edu.content.fields import ordered
from edu.content.model import Baseline
from edu.content.model import Lead
from edu.content.model import Lesson
from edu.content.model import Plan
from edu.content.model import PlanInfo
from edu.content.model import Target
from edu.content.model import Term
from edu.content.wording import statement

SCHEMA_VERSION = 1
SCHEMA_ID = "https://edu.invalid/schema/content-1.json"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _baseline(b: Baseline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"value": None if b.value is None else _number(b.value), "unit": b.unit, "year": b.year}


def _term(t: Term) -> dict[str, Any]:
    from edu.content.glossary import reading  # pypinyin is imported only when a term is exported

    return {"term": t.term, "term_en": t.term_en, "note": t.note, "pinyin": reading(t)}


def _target(t: Target) -> dict[str, Any]:
    phrase = statement(t)
    return {
        "id": t.id, "lesson": t.lesson, "measure": t.measure, "metric": t.metric,
        "metric_en": t.metric_en, "value": _number(t.value), "unit": t.unit,
        "comparator": t.comparator, "comparator_en": t.comparator_en,
        "approximate": t.approximate, "baseline": _baseline(t.baseline),
        "statement": {"zh": phrase.zh, "en": phrase.en}, "source": t.source,
        "source_en": t.source_en,
    }


def _lead(lead: Lead | None) -> dict[str, Any] | None:
    return None if lead is None else {"text": lead.text, "text_en": lead.text_en,
                                      "source": lead.text}


def _lesson(lesson: Lesson) -> dict[str, Any]:
    return {
        "id": lesson.id, "part": lesson.part, "number": lesson.number,
        "heading": lesson.heading, "title": lesson.title, "title_en": lesson.title_en,
        "summary": lesson.lead, "summary_en": lesson.summary_en, "lead": lesson.lead,
        "lead_en": lesson.lead_en,
        "measures": [
            {"id": m.id, "title": m.title, "title_en": m.title_en, "text": m.text,
             "text_en": m.text_en, "source": m.source}
            for m in lesson.measures
        ],
        "targets": [_target(t) for t in lesson.targets],
        "terms": [_term(t) for t in lesson.terms],
    }


def _info(info: PlanInfo) -> dict[str, Any]:
    """The plan's metadata, as the JSON export and ``plan.yaml`` both write it."""
    return {
        "id": info.id, "title": info.title, "title_en": info.title_en,
        "short_title": info.short_title, "short_title_en": info.short_title_en,
        "period": {"start": info.start, "end": info.end},
        "compiled_by": info.compiled_by, "compiled_by_en": info.compiled_by_en,
        "reviewed_by": info.reviewed_by, "reviewed_by_en": info.reviewed_by_en,
        "published_by": info.published_by, "published_by_en": info.published_by_en,
        "source": info.source, "source_en": info.source_en, "source_file": info.source_file,
    }


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """Return the export document for *plan* (see the module docstring)."""
    info, intro = plan.info, plan.introduction
    return {
        "$schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "plan": {**_info(info), "draft": info.draft},
        "introduction": {
            "title": intro.title, "title_en": intro.title_en, "summary_en": intro.summary_en,
            "background": [{"id": b.id, "text": b.text, "text_en": b.text_en,
                            "source": b.source} for b in intro.background],
            "ideology_lead": _lead(intro.ideology_lead),
            "guiding_ideology": {"text": intro.ideology, "text_en": intro.ideology_en,
                                 "source": intro.ideology},
            "principles_lead": _lead(intro.principles_lead),
            "goals_lead": _lead(intro.goals_lead),
        },
        "principles": [
            {"id": p.id, "name": p.name, "name_en": p.name_en, "text": p.text,
             "text_en": p.text_en, "source": p.source}
            for p in intro.principles
        ],
        "goals": [
            {"id": g.id, "text": g.text, "text_en": g.text_en, "source": g.source}
            for g in intro.goals
        ],
        "parts": [
            {"id": p.id, "number": p.number, "heading": p.heading, "title": p.title,
             "title_en": p.title_en, "lead": p.lead, "lead_en": p.lead_en,
             "lessons": list(p.lessons)}
            for p in plan.parts
        ],
        "lessons": [_lesson(lesson) for lesson in plan.lessons],
        "glossary": [_term(t) for t in plan.glossary],
    }


PLAN_HEADER = ("# The plan: metadata, introduction (guiding ideology, principles, goals), parts, "
               "units glossary.\n# Format: content/README.md.\n")


def _yaml_baseline(b: Baseline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    out: dict[str, Any] = {}
    if b.value is not None:
        out["value"] = _number(b.value)
        out["unit"] = b.unit
    if b.year is not None:
        out["year"] = b.year
    return out


def _yaml_term(t: Term) -> dict[str, Any]:
    out = {"term": t.term, "term_en": t.term_en, "note": t.note}
    if t.pinyin:
        out["pinyin"] = t.pinyin
    return ordered("term", out)


def _yaml_target(t: Target) -> dict[str, Any]:
    return ordered("target", {
        "id": t.id, "measure": t.measure, "metric": t.metric, "metric_en": t.metric_en,
        "value": _number(t.value), "unit": t.unit, "comparator": t.comparator,
        "approximate": t.approximate, "baseline": _yaml_baseline(t.baseline),
        "source": t.source, "source_en": t.source_en,
    })


def _yaml_lead(lead: Lead) -> dict[str, Any]:
    return ordered("lead", {"text": lead.text, "text_en": lead.text_en})


def lesson_doc(lesson: Lesson) -> dict[str, Any]:
    """A lesson as the mapping of its YAML file."""
    return ordered("lesson", {
        "id": lesson.id, "part": lesson.part, "number": lesson.number, "title": lesson.title,
        "title_en": lesson.title_en, "summary_en": lesson.summary_en, "lead": lesson.lead,
        "lead_en": lesson.lead_en,
        "measures": [ordered("measure", {"id": m.id, "title": m.title, "title_en": m.title_en,
                                         "text": m.text, "text_en": m.text_en})
                     for m in lesson.measures],
        "targets": [_yaml_target(t) for t in lesson.targets],
        "terms": [_yaml_term(t) for t in lesson.terms],
    })


def plan_doc(plan: Plan) -> dict[str, Any]:
    """``plan.yaml`` as a mapping."""
    info, intro = plan.info, plan.introduction
    meta = _info(info)
    if info.draft:
        meta["draft"] = True
    meta = ordered("info", meta)
    introduction: dict[str, Any] = {
        "title": intro.title, "title_en": intro.title_en, "summary_en": intro.summary_en}
    if intro.background:
        introduction["background"] = [{"id": b.id, "text": b.text, "text_en": b.text_en}
                                      for b in intro.background]
    if intro.ideology_lead is not None:
        introduction["ideology_lead"] = _yaml_lead(intro.ideology_lead)
    introduction["guiding_ideology"] = {"text": intro.ideology, "text_en": intro.ideology_en}
    if intro.principles_lead is not None:
        introduction["principles_lead"] = _yaml_lead(intro.principles_lead)
    introduction["principles"] = [{"id": p.id, "name": p.name, "name_en": p.name_en,
                                   "text": p.text, "text_en": p.text_en}
                                  for p in intro.principles]
    if intro.goals_lead is not None:
        introduction["goals_lead"] = _yaml_lead(intro.goals_lead)
    introduction["goals"] = [{"id": g.id, "text": g.text, "text_en": g.text_en}
                             for g in intro.goals]
    return {
        "plan": meta,
        "introduction": ordered("introduction", introduction),
        "parts": [{"id": p.id, "number": p.number, "title": p.title, "title_en": p.title_en,
                   "lead": p.lead, "lead_en": p.lead_en, "lessons": list(p.lessons)}
                  for p in plan.parts],
        "glossary": [_yaml_term(t) for t in plan.glossary],
    }


def dump(doc: dict[str, Any]) -> str:
    """YAML text of *doc*: block style, keys in the given order, Chinese unescaped."""
    import yaml  # only writing files needs it; the JSON export stays without

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: same YAML, faster
    text: str = yaml.dump(doc, Dumper=dumper, allow_unicode=True, sort_keys=False,
                          default_flow_style=False, width=1 << 20)
    return text


def _comments(notes: tuple[str, ...] | list[str]) -> str:
    if not notes:
        return ""
    lines = ["# Drafted by `edu ingest`. Check these before publishing:"]
    lines += [f"# - {' '.join(note.splitlines())}" for note in notes]
    return "\n".join(lines) + "\n"


def plan_file(plan: Plan, notes: tuple[str, ...] | list[str] = ()) -> bytes:
    """The bytes of ``plan.yaml``; *notes* become comments under the header."""
    return (PLAN_HEADER + _comments(notes) + dump(plan_doc(plan))).encode("utf-8")


def lesson_file(lesson: Lesson) -> bytes:
    """The bytes of ``lessons/<id>.yaml``."""
    header = (f"# Lesson {lesson.heading}: measures, targets and glossary. "
              "See content/README.md.\n")
    return (header + dump(lesson_doc(lesson))).encode("utf-8")


def render(plan: Plan, notes: tuple[str, ...] | list[str] = ()) -> dict[str, bytes]:
    """Every YAML file of *plan*, by path relative to the content folder."""
    files = {"plan.yaml": plan_file(plan, notes)}
    for lesson in plan.lessons:
        files[f"lessons/{lesson.id}.yaml"] = lesson_file(lesson)
    return files
