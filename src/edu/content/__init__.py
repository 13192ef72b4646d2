"""The plan as frozen, validated data: load it with :func:`load_plan`."""

from edu.content.load import default_content_dir, load_plan, read_plan
from edu.content.model import (
    COMPARATORS,
    Baseline,
    Goal,
    Introduction,
    Lesson,
    Measure,
    Part,
    Plan,
    PlanInfo,
    Principle,
    Target,
    Term,
)
from edu.content.validate import Issue, Report, check

__all__ = [
    "COMPARATORS",
    "Baseline",
    "Goal",
    "Introduction",
    "Issue",
    "Lesson",
    "Measure",
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
    "read_plan",
]
