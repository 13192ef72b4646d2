"""Matching questions: natural pairs from the content, with no option fitting two prompts."""

from __future__ import annotations

from edu.content import Plan
from edu.questions import matching
from edu.questions.cloze import is_unit_term
from edu.questions.model import MatchingAnswer


def test_principles_match_their_explanations(plan: Plan) -> None:
    """Each principle name is paired with its own explanation."""
    q = next(q for q in matching.generate(plan) if q.variant == "principles")
    assert isinstance(q.answer, MatchingAnswer)
    got = {q.option(p).text.zh: q.option(o).text.zh for p, o in q.answer.pairs}
    assert got == {p.name: p.text for p in plan.introduction.principles}


def test_measure_lesson_pairs_are_true(plan: Plan) -> None:
    """Every measure is paired with the lesson that holds it."""
    lesson_of = {m.title: x.title for x in plan.lessons for m in x.measures}
    qs = [q for q in matching.generate(plan) if q.variant == "measure-lesson"]
    assert len(qs) >= 10
    for q in qs:
        assert isinstance(q.answer, MatchingAnswer)
        for p, o in q.answer.pairs:
            assert lesson_of[q.option(p).text.zh] == q.option(o).text.zh


def test_terms_match_their_english(plan: Plan) -> None:
    """Glossary terms pair with the content's own English rendering, lesson by lesson; units
    (周岁, 亿, 立方米, 每万人口 …) are never asked."""
    english = {x.id: {t.term: t.term_en for t in x.terms} for x in plan.lessons}
    english["overview"] = {t.term: t.term_en for t in plan.glossary}
    qs = [q for q in matching.generate(plan) if q.variant == "term-english"]
    assert {q.lesson for q in qs} <= set(english)
    assert {q.lesson for q in qs} >= {x.id for x in plan.lessons if len(x.terms) >= 5}
    assert not any(is_unit_term(p.text.zh) for q in qs for p in q.prompts)
    for q in qs:
        assert isinstance(q.answer, MatchingAnswer)
        for p, o in q.answer.pairs:
            assert english[q.lesson][q.option(p).text.zh] == q.option(o).text.en


def test_term_matchings_quote_model_sentences_not_headings(plan: Plan) -> None:
    """The plan-wide term matching quotes sentences of the model's paragraphs: no heading
    glued to a sentence ("导言自2009年以来…", "（三）社会保障权利坚持…")."""
    import re

    qs = [q for q in matching.generate(plan) if q.variant == "term-english"]
    sources = [s for q in qs for s in q.source]
    assert sources
    headings = [x.heading for x in plan.lessons] + ["导言"]
    for s in sources:
        assert not re.match(r"^[（(][一二三四五六七八九十]+[)）]", s), s
        assert not any(s.startswith(h) for h in headings), s
        assert s in matching.plan_sentences(plan) or any(s in x for x in (
            *(x.lead for x in plan.lessons), *(m.source for m in plan.measures))), s
