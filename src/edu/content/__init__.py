"""The plan as frozen, validated data: load it with :func:`load_plan`.

Re-exports are resolved lazily (PEP 562) so that ``edu.content.cache`` — the CLI's fast path —
can be imported without pulling in YAML and the model.
"""

from __future__ import annotations

from edu.lazy import lazy_exports

TYPE_CHECKING = False  # typing costs milliseconds of start-up; type checkers treat this as True
if TYPE_CHECKING:

    from edu.content.load import load_plan
    from edu.content.load import read_plan
    from edu.content.model import COMPARATORS
    from edu.content.model import Baseline
    from edu.content.model import Goal
    from edu.content.model import Introduction
    from edu.content.model import Lead
    from edu.content.model import Lesson
    from edu.content.model import Measure
    from edu.content.model import Paragraph
    from edu.content.model import Part
    from edu.content.model import Plan
    from edu.content.model import PlanInfo
    from edu.content.model import Principle
    from edu.content.model import Target
    from edu.content.model import Term
    from edu.content.paths import default_content_dir
    from edu.content.serialize import plan_to_dict
    from edu.content.validate import Issue
    from edu.content.validate import Report
    from edu.content.validate import check

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
