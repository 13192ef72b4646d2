"""The plan as frozen, validated data: load it with :func:`load_plan`.

Re-exports are resolved lazily (PEP 562) so that ``edu.content.cache`` — the CLI's fast path —
can be imported without pulling in YAML and the model.
"""

from __future__ import annotations

from edu.lazy import lazy_exports

TYPE_CHECKING = False  # typing costs milliseconds of start-up; type checkers treat this as True
if TYPE_CHECKING:

    from edu.content.load import load_plan, read_plan
    from edu.content.model import (
        COMPARATORS,
        Baseline,
        Goal,
        Introduction,
        Lead,
        Lesson,
        Measure,
        Paragraph,
        Part,
        Plan,
        PlanInfo,
        Principle,
        Target,
        Term,
    )
    from edu.content.paths import default_content_dir
    from edu.content.serialize import plan_to_dict
    from edu.content.validate import Issue, Report, check

_HOME = {
    "COMPARATORS": "model", "Baseline": "model", "Goal": "model", "Introduction": "model",
    "Lead": "model", "Lesson": "model", "Measure": "model", "Paragraph": "model",
    "Part": "model", "Plan": "model",
    "PlanInfo": "model", "Principle": "model", "Target": "model", "Term": "model",
    "Issue": "validate", "Report": "validate", "check": "validate",
    "default_content_dir": "paths", "load_plan": "load", "read_plan": "load",
    "plan_to_dict": "serialize",
}

__all__ = [
    "COMPARATORS",
    "Baseline",
    "Goal",
    "Introduction",
    "Issue",
    "Lead",
    "Lesson",
    "Measure",
    "Paragraph",
    "Part",
    "Plan",
    "PlanInfo",
    "Principle",
    "Report",
    "Target",
    "Term",
    "check",
    "default_content_dir",
    "load_plan",
    "plan_to_dict",
    "read_plan",
]


__getattr__ = lazy_exports(__name__, _HOME)
