"""Fixtures: the shipped plan and its generated question bank, built once per session."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.content import load_plan
from edu.questions.bank import Bank
from edu.questions.bank import build_bank
from tests.conftest import CONTENT


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan(CONTENT)


@pytest.fixture(scope="session")
def bank(plan: Plan) -> Bank:
    return build_bank(plan)
