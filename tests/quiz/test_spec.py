"""Quiz specs: filters, validation against the bank, and the command line's value parsing."""

from __future__ import annotations

import dataclasses

import pytest

from edu.errors import QuizError
from edu.errors import UsageError
from edu.questions.bank import Bank
from edu.quiz.spec import QuizSpec
from edu.quiz.spec import matching
from edu.quiz.spec import parse_count
from edu.quiz.spec import parse_difficulty
from edu.quiz.spec import parse_list
from edu.quiz.spec import spec_from_dict
from edu.quiz.spec import spec_to_dict


def test_filters_combine(bank: Bank) -> None:
    """Lessons, kinds, difficulty, tags and exclusions all narrow the pool."""
    spec = QuizSpec(lessons=("health",), kinds=("mc_value", "cloze"), difficulty=(2, 2),
                    tags=("numbers",))
    pool = matching(bank, spec)
    assert pool
    assert all(q.lesson == "health" and q.kind in ("mc_value", "cloze")
                        and q.difficulty == 2 and "numbers" in q.tags for q in pool)
    fewer = matching(bank, dataclasses.replace(spec, exclude=(pool[0].id, "gone")))
    assert fewer == pool[1:]


def test_parts_filter(bank: Bank) -> None:
    """A part selects its lessons' questions and the overview questions of that part."""
    pool = matching(bank, QuizSpec(parts=("civil-political",)))
    assert {q.lesson for q in pool} == {"life", "person"}


@pytest.mark.parametrize(("spec", "message"), [
    (QuizSpec(lessons=("healthcare",)), "unknown lesson 'healthcare'; valid lessons: "
                                        "introduction, living-standards"),
    (QuizSpec(parts=("civil",)), "unknown part 'civil'; valid parts: introduction, "
                                 "economic-social-cultural, civil-political, overview"),
])
def test_unknown_lessons_and_parts_list_the_valid_ones(bank: Bank, spec: QuizSpec,
                                                       message: str) -> None:
    """An unknown lesson or part is refused with the list of valid values."""
    with pytest.raises(QuizError, match=message):
        matching(bank, spec)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kinds": ("essay",)}, "unknown kind 'essay'; valid kinds: mc_value, numeric"),
    ({"count": 0}, "at least one question"),
    ({"versions": 27}, "versions must be between 1 and 26"),
    ({"difficulty": (3, 1)}, "difficulty must be a range"),
])
def test_bad_specs_are_refused(kwargs: dict[str, object], message: str) -> None:
    """Impossible specs fail on construction with a message saying what is allowed."""
    with pytest.raises(QuizError, match=message):
        QuizSpec(**kwargs)  # type: ignore[arg-type]


def test_parsers() -> None:
    """Comma lists, difficulty ranges and counts parse; bad values say what is expected."""
    assert parse_list(" health, work,,health ") == ("health", "work")
    assert parse_list(None) == ()
    assert parse_difficulty("2") == (2, 2)
    assert parse_difficulty("1-2") == (1, 2)
    assert parse_difficulty(None) == (1, 3)
    for bad in ("0", "2-1", "hard", "1-4"):
        with pytest.raises(QuizError, match="difficulty: expected 1, 2, 3 or a range"):
            parse_difficulty(bad)
    assert parse_count("5", "--n", 10) == 5
    assert parse_count(None, "--n", 10) == 10
    with pytest.raises(UsageError, match="--n: expected a whole number, not 'ten'"):
        parse_count("ten", "--n", 10)
    with pytest.raises(UsageError, match="--n: must be 1 or more, not -3"):
        parse_count("-3", "--n", 10)


def test_spec_dict_round_trip() -> None:
    """spec_to_dict / spec_from_dict preserve every field."""
    spec = QuizSpec(count=7, lessons=("work",), kinds=("cloze",), difficulty=(1, 2),
                    tags=("numbers",), exclude=("abc",), balance=False, versions=3, draws=True)
    assert spec_from_dict(spec_to_dict(spec)) == spec
    assert spec.describe() == ("lessons=work, kinds=cloze, tags=numbers, difficulty=1-2, "
                               "1 excluded")
