"""The kind registry: one vocabulary, a generator for each generated kind."""

from __future__ import annotations

from edu.content import Plan
from edu.questions.model import GENERATED_KINDS
from edu.questions.model import KINDS
from edu.questions.registry import KIND_INFO
from edu.questions.registry import generators


def test_registry_lists_every_kind_in_order() -> None:
    """KIND_INFO follows KINDS; only the authored kinds lack a generator."""
    assert tuple(KIND_INFO) == KINDS
    assert [k for k, _ in generators()] == list(GENERATED_KINDS)
    assert [k for k, info in KIND_INFO.items() if info.generate is None] == [
        "choice", "short_answer", "multiple_response", "which_not", "discussion"]
    assert all(info.title.zh and info.title.en for info in KIND_INFO.values())


def test_each_generator_makes_only_its_kind(plan: Plan) -> None:
    """A generator returns questions of its own kind, and some of them."""
    for kind, generate in generators():
        questions = generate(plan)
        assert questions
        assert {q.kind for q in questions} == {kind}
