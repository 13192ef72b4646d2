"""Property tests of the question bank and quizzes, on the shipped content and on random targets.

* every choice question has exactly one correct option, and its options are all different;
* every generated answer appears in (or is derived from) the question's verbatim source;
* the same seed gives the same quiz, a different seed a different one;
* a question's own answer scores 1, and every distractor scores less.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from edu.content import Plan
from edu.content import load_plan
from edu.content.model import Target
from edu.content.wording import qty_zh
from edu.content.wording import statement
from edu.ids import item_id
from edu.numerals import format_number
from edu.numerals import states_quantity
from edu.questions.bank import Bank
from edu.questions.bank import build_bank
from edu.questions.distractors import value_distractors
from edu.questions.model import BLANK
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.normalize import normalize_answer
from edu.quiz.assembly import assemble_seeded
from edu.quiz.grading import correct_response
from edu.quiz.grading import grade
from edu.quiz.spec import QuizSpec
from tests.conftest import CONTENT

_SETTINGS = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(CONTENT)


@pytest.fixture(scope="module")
def bank(plan: Plan) -> Bank:
    return build_bank(plan)


# -- the invariants, checked on any bank ------------------------------------------------------
def _fragments_of(text: str, sentence: str) -> bool:
    """*text* cut into pieces of two or more characters, each verbatim in *sentence*."""
    i = 0
    while i < len(text):
        j = len(text)
        while j - i >= 2 and text[i:j] not in sentence:
            j -= 1
        if j - i < 2:
            return False
        i = j
    return bool(text)


def check_options(q: Question) -> None:
    """Choice questions: one correct option; all options distinct, even after normalising."""
    if isinstance(q.answer, ChoiceAnswer):
        assert sum(1 for o in q.options if o.id == q.answer.option) == 1
    for column in (q.options, q.prompts):
        for lang in ("zh", "en"):
            texts = [normalize_answer(o.text.get(lang)) for o in column]
            assert len(set(texts)) == len(texts), (q.id, texts)


def check_answer_in_source(q: Question, targets: dict[str, Target], plan: Plan) -> None:
    """The answer of *q* appears in, or follows from, its verbatim source sentence(s)."""
    source = "".join(q.source)
    norm = normalize_answer(source)
    target = targets.get(q.refs[0]) if q.refs else None
    a = q.answer
    if isinstance(a, ChoiceAnswer):
        right = q.option(a.option).text.zh
        if q.kind == "mc_value" and q.variant == "metric":
            assert target is not None
            assert right == target.metric
            assert _fragments_of(right, target.source)
        elif q.kind == "mc_value":
            assert target is not None
            assert right == qty_zh(target.value, target.unit)
            assert states_quantity(target.source, target.value, target.unit)
            wrong = [o.text.zh for o in q.options if o.id != a.option]
            assert qty_zh(target.value, target.unit) not in wrong
        else:
            assert normalize_answer(right) in norm, (q.id, right)
    elif isinstance(a, NumericAnswer):
        assert states_quantity(source, a.value, a.unit), q.id
    elif isinstance(a, TextAnswer):
        sentence = q.stem.zh.split("：", 1)[1]
        assert sentence.replace(BLANK, a.accepted[0]) in source, q.id
    elif isinstance(a, TrueFalseAnswer):
        if target is not None:
            assert a.value == (statement(target).zh in q.stem.zh), q.id
        elif q.variant.startswith("measure"):
            own = plan.lesson(q.lesson)
            assert a.value == (f"“{own.title}”一节" in q.stem.zh), q.id
        else:
            meaning = q.source[0].split("，", 1)[1]
            assert a.value == (meaning in q.stem.zh), q.id
    elif isinstance(a, OrderingAnswer):
        texts = [q.option(i).text.zh for i in a.order]
        if q.variant == "by-value":
            by_metric = {t.metric: t for t in targets.values()}
            values = [by_metric[t].value for t in texts]
            assert values == sorted(values)
            assert all(states_quantity(source, by_metric[t].value, by_metric[t].unit)
                       for t in texts)
        else:
            positions = [source.index(t) for t in texts]
            assert positions == sorted(positions), q.id
    elif isinstance(a, MatchingAnswer):
        for p, o in a.pairs:
            left, paired = q.option(p).text.zh, q.option(o).text
            if q.variant == "principles":
                assert f"{left}，{paired.zh}" in source
            elif q.variant == "metric-value":
                t = next(t for t in targets.values() if t.metric == left)
                assert _fragments_of(left, t.source)
                assert statement(t).zh == paired.zh
                assert states_quantity(source, t.value, t.unit)
            elif q.variant == "measure-lesson":
                assert f"{left}。" in q.source
                assert any(
                    s.endswith(paired.zh) for s in q.source if s.startswith("（"))
            else:  # term ↔ its English gloss from the content
                assert left in source


def check_grading(q: Question) -> None:
    """The right answer scores 1; every distractor scores less than 1."""
    assert grade(q, correct_response(q)).correct, q.id
    a = q.answer
    wrong: list[object] = []
    if isinstance(a, ChoiceAnswer):
        wrong = [o.id for o in q.options if o.id != a.option]
    elif isinstance(a, TrueFalseAnswer):
        wrong = [not a.value]
    elif isinstance(a, NumericAnswer):
        wrong = [a.value + a.tolerance + max(0.01, abs(a.value) * 0.01),
                 *(v for v in value_distractors(a.value, a.unit, [], 3)
                   if abs(v - a.value) > a.tolerance)]
    elif isinstance(a, TextAnswer):
        wrong = [f"{a.accepted[0]}{a.accepted[0]}", "不知道"]
    elif isinstance(a, MatchingAnswer):
        right = a.as_dict()
        for p1, p2 in itertools.combinations(right, 2):
            wrong.append({**right, p1: right[p2], p2: right[p1]})
    elif isinstance(a, OrderingAnswer):
        order = list(a.order)
        for i in range(len(order) - 1):
            swapped = list(order)
            swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
            wrong.append(swapped)
        wrong.append(order[::-1])
    assert wrong, q.id
    for response in wrong:
        assert grade(q, response).earned < 1, (q.id, response)


def _targets(plan: Plan) -> dict[str, Target]:
    return {item_id("target", t.id): t for t in plan.targets}


def check_bank(bank: Bank, plan: Plan) -> None:
    targets = _targets(plan)
    for q in bank.questions:
        check_options(q)
        check_answer_in_source(q, targets, plan)
        check_grading(q)


# -- the shipped content ------------------------------------------------------------------------
def test_shipped_bank_satisfies_every_invariant(bank: Bank, plan: Plan) -> None:
    """One correct, distinct options; answers from the source; grading separates right/wrong."""
    check_bank(bank, plan)


# -- random targets -----------------------------------------------------------------------------
UNITS = ("%", "个", "亿亩", "年", "人", "周岁", "万人次")
COMPARATORS = ("at_least", "at_most", "about", "reach", "raise_to", "increase_by",
               "reduce_by", "extend_to", "extend_by")
_CMP_ZH = {"at_least": "不低于", "at_most": "不高于", "about": "约", "reach": "达到",
           "raise_to": "提高到", "increase_by": "新增", "reduce_by": "降低",
           "extend_to": "延长至", "extend_by": "再延长"}
_NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


@st.composite
def target_specs(draw: st.DrawFn) -> tuple[float, str, str, bool]:
    unit = draw(st.sampled_from(UNITS))
    scale = draw(st.sampled_from((1, 10, 100)))
    top = 100 * scale if unit == "%" else 5000 * scale
    value = draw(st.integers(1, top)) / scale
    comparator = draw(st.sampled_from(COMPARATORS))
    return value, unit, comparator, comparator == "about" or draw(st.booleans())


def _synthetic(plan: Plan, specs: Sequence[tuple[float, str, str, bool]]) -> Plan:
    """*plan* with its targets replaced by *specs*, spread over the lessons, each with its own
    sentence stating it."""
    lessons = list(plan.lessons)
    new: dict[str, list[Target]] = {x.id: [] for x in lessons}
    for i, (value, unit, comparator, approximate) in enumerate(specs):
        lesson = lessons[i % len(lessons)]
        metric = f"指标{_NAMES[i % len(_NAMES)]}{_NAMES[i // len(_NAMES)]}"
        sentence = (f"{metric}{_CMP_ZH[comparator]}{format_number(value)}{unit}"
                    f"{'左右' if approximate else ''}。")
        new[lesson.id].append(Target(
            f"synthetic-{_NAMES.index(metric[2])}-{i // len(_NAMES)}-t", lesson.id,
            lesson.measures[0].id, metric, f"Indicator {i}", value, unit,
            comparator,  # type: ignore[arg-type]  # drawn from the vocabulary
            approximate, None, sentence))
    return dataclasses.replace(plan, lessons=tuple(
        dataclasses.replace(x, targets=tuple(new[x.id])) for x in lessons))


@_SETTINGS
@given(specs=st.lists(target_specs(), min_size=1, max_size=24))
def test_random_targets_satisfy_every_invariant(plan: Plan,
                                                specs: list[tuple[float, str, str, bool]]) -> None:
    """Whatever the targets' values, units and comparators, the bank keeps its invariants."""
    synthetic = _synthetic(plan, specs)
    bank = build_bank(synthetic)
    assert build_bank(synthetic).questions == bank.questions  # deterministic
    check_bank(bank, synthetic)


# -- quizzes --------------------------------------------------------------------------------------
@_SETTINGS
@given(seed=st.integers(0, 2**63), other=st.integers(0, 2**63), count=st.integers(5, 60),
       versions=st.integers(1, 3), draws=st.booleans(), balance=st.booleans())
def test_same_seed_same_quiz_different_seed_different_quiz(
        bank: Bank, seed: int, other: int, count: int, versions: int, draws: bool,
        balance: bool) -> None:
    """A seed determines the quiz completely; another seed gives another quiz."""
    spec = QuizSpec(count=count, versions=versions, draws=draws, balance=balance)
    quiz = assemble_seeded(bank, spec, seed)
    assert assemble_seeded(bank, spec, seed) == quiz
    assert all(len(v.questions) == count for v in quiz.versions)
    if other != seed:
        assert assemble_seeded(bank, spec, other).versions != quiz.versions


@_SETTINGS
@given(seed=st.integers(0, 2**32), data=st.data())
def test_any_permutation_but_the_right_one_scores_less(bank: Bank, seed: int,
                                                       data: st.DataObject) -> None:
    """For ordering and matching, every response other than the answer scores below 1."""
    shapes = [q for q in bank.questions if isinstance(q.answer, OrderingAnswer | MatchingAnswer)]
    q = data.draw(st.sampled_from(shapes))
    rng = random.Random(seed)
    a = q.answer
    response: object
    if isinstance(a, OrderingAnswer):
        order = list(a.order)
        rng.shuffle(order)
        response, right = order, order == list(a.order)
    else:
        assert isinstance(a, MatchingAnswer)
        options = [o for _, o in a.pairs]
        rng.shuffle(options)
        pairs = dict(zip((p for p, _ in a.pairs), options, strict=True))
        response, right = pairs, pairs == a.as_dict()
    assert grade(q, response).correct == right


# -- importers never crash ------------------------------------------------------------------------
_GIFT_BITS = st.sampled_from(["{", "}", "=", "~", "#", "->", "::", "\\", "\\{", "\\=", "\n",
                              "\n\n", "T", "F", "%50%", "%100%", "..", ":", "1", "3.8", "//",
                              "// source: 依法推进，将人权事业纳入法治轨道\n",
                              "$CATEGORY: health\n", "[html]", "问题", " ", "a"])


@_SETTINGS
@given(parts=st.lists(_GIFT_BITS, max_size=40))
def test_gift_parser_raises_only_toolkit_errors(plan: Plan, parts: list[str]) -> None:
    """Any GIFT-like text gives questions (each one valid) or an EduError, never a crash."""
    from edu.errors import EduError
    from edu.questions.gift import parse_gift

    try:
        questions = parse_gift("".join(parts), "fuzz.gift", plan)
    except EduError:
        return
    for q in questions:
        assert grade(q, correct_response(q)).correct


_YAML_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-3, 5), st.text(max_size=8),
              st.sampled_from(["choice", "numeric", "matching", "ordering", "cloze", "health",
                               "____", "依法推进，将人权事业纳入法治轨道"])),
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.sampled_from(
                                   ["id", "kind", "lesson", "stem", "zh", "en", "options",
                                    "correct", "answer", "pairs", "left", "right", "items",
                                    "source", "value", "difficulty", "tags"]), children,
                                   max_size=6)),
    max_leaves=25)


@_SETTINGS
@given(question=_YAML_VALUES)
def test_authored_loader_raises_only_toolkit_errors(plan: Plan, question: object,
                                                   tmp_path_factory: pytest.TempPathFactory
                                                   ) -> None:
    """Any YAML question gives a valid question or a ContentError, never a crash."""
    import yaml

    from edu.errors import EduError
    from edu.questions.authored import load_authored

    path = tmp_path_factory.mktemp("authored") / "fuzz.yaml"
    path.write_text(yaml.safe_dump({"questions": [question]}, allow_unicode=True),
                    encoding="utf-8")
    try:
        questions = load_authored([path], plan)
    except EduError:
        return
    for q in questions:
        assert grade(q, correct_response(q)).correct
