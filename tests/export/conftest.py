"""Fixtures: a 30-question, 2-version quiz of every kind, a quiz of hostile characters, and
both exported to every format once per session (files under a temp dir)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from edu.content import Plan
from edu.content import load_plan
from edu.export.common import QuizInfo
from edu.export.files import FORMATS
from edu.export.files import export_quiz
from edu.ids import stable_id
from edu.questions.bank import Bank
from edu.questions.bank import load_bank
from edu.questions.model import BLANK
from edu.questions.model import KINDS
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.phrasing import option
from edu.quiz.assembly import Quiz
from edu.quiz.assembly import QuizVersion
from edu.quiz.assembly import assemble_seeded
from edu.quiz.spec import QuizSpec
from tests.conftest import CONTENT
from tests.conftest import ROOT

ARTIFACTS = ROOT / "artifacts" / "export"
#: Every character that means something to one of the formats, and both kinds of quote.
HOSTILE = "<b>&amp; {=x} ~y #z :: \"dq\" 'sq' \\n\\ $1$ *s* _u_ |p| [l](u) -> %=: ]]> <!--"


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan(CONTENT)


@pytest.fixture(scope="session")
def full_bank(plan: Plan) -> Bank:
    """The shipped bank: generated questions and the authored examples."""
    return load_bank(CONTENT, plan=plan)


@pytest.fixture(scope="session")
def info(plan: Plan, full_bank: Bank) -> QuizInfo:
    return QuizInfo(Text(plan.info.title, plan.info.title_en), full_bank.titles)


@pytest.fixture(scope="session")
def quiz30(full_bank: Bank) -> Quiz:
    """30 questions of all thirteen kinds (three of each generated kind, one of each authored
    kind, four matchings), assembled into two shuffled versions."""
    by_kind: dict[str, list[Question]] = defaultdict(list)
    for q in full_bank.questions:
        by_kind[q.kind].append(q)
    rng = random.Random(30)
    counts = dict.fromkeys(KINDS, 3) | {"choice": 1, "short_answer": 1, "matching": 4,
                                         "ordering": 3, "multiple_response": 1,
                                         "which_not": 1, "discussion": 1}
    picked = [q for kind in KINDS for q in rng.sample(by_kind[kind], counts[kind])]
    assert len(picked) == 30
    small = Bank(tuple(picked), full_bank.lessons, full_bank.parts, full_bank.titles)
    return assemble_seeded(small, QuizSpec(count=30, versions=2), 2021)


def _q(kind: str, n: int, answer: object, **fields: object) -> Question:
    qid = stable_id("question", "hostile", kind, n)
    return Question(id=qid, kind=kind, lesson="health", part="economic-social-cultural",
                    difficulty=2, answer=answer, **fields)  # type: ignore[arg-type]


def hostile_questions() -> tuple[Question, ...]:
    """One question per shape whose every text carries :data:`HOSTILE`."""
    h = HOSTILE

    def t(zh: str, en: str) -> Text:
        return Text(f"{zh} {h}", f"{en} {h}")

    src = ("每千人口拥有注册护士数提高到3.8人。",)
    expl = Text(f"解析 {h}\n第二行", f"Explanation {h}")
    cid = stable_id("question", "hostile", "choice", 1)
    opts = tuple(option(cid, str(i), t(f"选项{i}", f"option {i}")) for i in range(4))
    mid = stable_id("question", "hostile", "matching", 3)
    prompts = tuple(option(mid, f"p{i}", t(f"左{i}", f"left {i}")) for i in range(3))
    rights = tuple(option(mid, f"r{i}", t(f"右{i}", f"right {i}")) for i in range(4))
    oid = stable_id("question", "hostile", "ordering", 4)
    items = tuple(option(oid, str(i), t(f"项{i}", f"item {i}")) for i in range(3))
    return (
        _q("choice", 1, ChoiceAnswer(opts[2].id), stem=t("题干", "Stem"), options=opts,
           source=src, explanation=expl, tags=("hostile",)),
        _q("true_false", 2, TrueFalseAnswer(False), stem=t("判断", "True or false"),
           source=src, explanation=expl),
        _q("matching", 3, MatchingAnswer(tuple((p.id, r.id) for p, r in
                                               zip(prompts, rights, strict=False))),
           stem=t("配对", "Match"), prompts=prompts, options=(rights[3], *rights[:3]),
           source=src, explanation=expl),
        _q("ordering", 4, OrderingAnswer(tuple(i.id for i in items)), stem=t("排序", "Order"),
           options=(items[2], items[0], items[1]), source=src, explanation=expl),
        _q("numeric", 5, NumericAnswer(-2.5, 0.25, "%"), stem=t("数值", "Number"), source=src,
           explanation=expl),
        _q("cloze", 6, TextAnswer(("答<&>{}~=#:\"'", "alt\\answer")),
           stem=Text(f"填空 {h} {BLANK}。", f"Fill in {h} {BLANK}."), source=src,
           explanation=expl),
        _q("short_answer", 7, TextAnswer(("plain",)), stem=t("简答", "Short"),
           explanation=Text("", "")),
    )


@pytest.fixture(scope="session")
def hostile_quiz() -> Quiz:
    """Seven questions, one version, every text full of characters that are markup."""
    return Quiz(QuizSpec(count=7), (QuizVersion("A", hostile_questions()),), seed=99)


def _export_all(quiz: Quiz, out: Path, info: QuizInfo | None) -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = {}
    for name, fmt in FORMATS.items():
        target = out / f"quiz-{name}{fmt.suffix}"
        files[name] = export_quiz(quiz, name, target, key=fmt.printable, info=info)
    return files


@pytest.fixture(scope="session")
def exported(quiz30: Quiz, info: QuizInfo,
             tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """:func:`quiz30` written in every format (printable ones with their key)."""
    return _export_all(quiz30, tmp_path_factory.mktemp("export30"), info)


@pytest.fixture(scope="session")
def hostile_exported(hostile_quiz: Quiz,
                     tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """:func:`hostile_quiz` written in every format."""
    return _export_all(hostile_quiz, tmp_path_factory.mktemp("hostile"), None)


def by_name(files: list[Path], suffix: str) -> Path:
    """The one file of *files* whose name ends with *suffix*."""
    found = [f for f in files if f.name.endswith(suffix)]
    assert len(found) == 1, (suffix, files)
    return found[0]


@pytest.fixture(scope="session")
def gift_parse(pytestconfig: pytest.Config,
               tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[Any]]:
    """gift-pegjs (npm), installed once into pytest's cache folder."""
    from tests.export.readers import gift_parser

    cache = getattr(pytestconfig, "cache", None)  # absent with -p no:cacheprovider
    folder = cache.mkdir("gift-pegjs") if cache is not None else tmp_path_factory.mktemp("npm")
    return gift_parser(folder)
