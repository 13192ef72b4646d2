"""The question bank: every generated question of the content, plus authored and imported ones.

``build_bank(plan)`` runs each kind's generator (:mod:`edu.questions.registry`) in kind order;
the result depends on the content only. Each generated question's difficulty comes from its
features (:func:`edu.questions.difficulty.from_features`). ``load_bank(dir)`` also reads the
authored questions of ``<dir>/questions/*.yaml`` (see ``content/questions/README.md``), any
further YAML files or folders and GIFT files given, and checks that every id is unique.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.errors import QuizError
from edu.present.strings import text
from edu.questions.difficulty import from_features
from edu.questions.model import OVERVIEW
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.registry import generators

AUTHORED_DIR = "questions"


@dataclass(frozen=True, slots=True)
class Bank:
    """Questions in a stable order, and the lesson and part keys a quiz may ask for."""

    questions: tuple[Question, ...]
    lessons: tuple[str, ...]
    parts: tuple[str, ...]
    titles: Mapping[str, Text] = field(default_factory=dict, compare=False, repr=False)
    _by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Question] = {}
        for q in self.questions:
            if q.id in by_id:
                raise QuizError(f"two questions share the id {q.id} ({by_id[q.id].kind} "
                                f"{by_id[q.id].variant or by_id[q.id].origin} and {q.kind} "
                                f"{q.variant or q.origin}); give authored questions unique ids")
            by_id[q.id] = q
        object.__setattr__(self, "_by_id", by_id)

    def __len__(self) -> int:
        return len(self.questions)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    def get(self, question_id: str) -> Question:
        """The question with *question_id*; an unknown id is a :class:`QuizError`."""
        try:
            return self._by_id[question_id]
        except KeyError:
            raise QuizError(f"no question {question_id!r} in the bank") from None

    def counts(self) -> Counter[tuple[str, str]]:
        """How many questions there are per (kind, lesson)."""
        return Counter((q.kind, q.lesson) for q in self.questions)


def _keys(plan: Plan) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, Text]]:
    lessons = (INTRODUCTION, *(lesson.id for lesson in plan.lessons), OVERVIEW)
    parts = (INTRODUCTION, *(p.id for p in plan.parts), OVERVIEW)
    intro = plan.introduction
    titles = {INTRODUCTION: Text(intro.title, intro.title_en),
              OVERVIEW: text("overview")}
    titles.update({p.id: Text(p.title, p.title_en) for p in plan.parts})
    titles.update({x.id: Text(x.title, x.title_en) for x in plan.lessons})
    return lessons, parts, titles


def build_bank(plan: Plan, extra: Iterable[Question] = ()) -> Bank:
    """Every generated question of *plan*, then *extra* (authored or imported) questions."""
    questions: list[Question] = []
    # The generators allocate many small acyclic objects; the cyclic collector would rescan
    # the growing bank again and again (super-linear on large content), so pause it meanwhile.
    paused = gc.isenabled()
    gc.disable()
    try:
        for _, generate in generators():
            for q in generate(plan):
                # a fresh, unshared value: set the difficulty in place rather than
                # dataclasses.replace, which would validate every question a second time
                object.__setattr__(q, "difficulty", from_features(q))
                questions.append(q)
    finally:
        if paused:
            gc.enable()
    lessons, parts, titles = _keys(plan)
    known = set(lessons)
    for q in extra:
        if q.lesson and q.lesson not in known:
            raise QuizError(f"question {q.id}: unknown lesson {q.lesson!r}; valid lessons: "
                            f"{', '.join(lessons)}")
        questions.append(q)
    return Bank(tuple(questions), lessons, parts, titles)


def authored_files(paths: Iterable[Path | str]) -> list[Path]:
    """YAML files named by *paths*: files as given, folders expanded to their ``*.yaml``."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        elif path.exists():
            out.append(path)
        else:
            raise QuizError(f"{path}: no such file or folder of authored questions")
    return out


def load_bank(content_dir: Path | str | None = None, *, authored: Iterable[Path | str] = (),
              gift: Iterable[Path | str] = (), plan: Plan | None = None) -> Bank:
    """Load and validate the content, then build the bank with every authored question.

    ``<content_dir>/questions/*.yaml`` is always read when it exists; *authored* adds YAML
    files or folders, *gift* GIFT files. Pass *plan* to skip loading the content again.
    """
    from edu.content.load import load_plan
    from edu.content.paths import default_content_dir
    from edu.questions.authored import load_authored
    from edu.questions.gift import load_gift

    root = Path(content_dir if content_dir is not None else default_content_dir())
    plan = plan if plan is not None else load_plan(root)
    own = root / AUTHORED_DIR
    files = authored_files([own] if own.is_dir() else [])
    files += [f for f in authored_files(authored) if f not in files]
    extra: list[Question] = list(load_authored(files, plan))
    for path in gift:
        extra.extend(load_gift(Path(path), plan))
    return build_bank(plan, extra)
