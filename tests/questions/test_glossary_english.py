"""An authored item says a glossary term in the glossary's English, never a second rendering."""

from __future__ import annotations

import re

from edu.content.glossary import entries
from edu.content.model import Plan
from edu.questions.bank import Bank


def _plain(en: str) -> str:
    """Case, a leading article and a plural ending are not a different rendering."""
    en = re.sub(r"^(the|a|an) ", "", en.strip().lower())
    return en.removesuffix("s")


def test_authored_options_use_the_glossary_english(plan: Plan, bank: Bank) -> None:
    """Where an option or a matching item is exactly a glossary term, its English is the
    glossary's (资格权 is "qualification right" in the glossary, on cards and in quizzes)."""
    glossary = {e.term: e.term_en for e in entries(plan)}
    clashes = [
        (q.id, o.text.zh, o.text.en, glossary[o.text.zh])
        for q in bank.questions if q.origin == "authored"
        for o in (*q.options, *q.prompts)
        if o.text.zh in glossary and _plain(o.text.en) != _plain(glossary[o.text.zh])
    ]
    assert clashes == []
