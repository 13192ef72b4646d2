"""Assemble quizzes from the bank: ``assemble(bank, spec, rng) -> Quiz``.

All randomness comes from *rng* (a :class:`random.Random`): the same bank, spec and seed give
the identical quiz. How questions are drawn:

* **balance** (the default): the count is shared out across the lessons that have matching
  questions as evenly as they allow (lessons in random order take the remainders); within a
  lesson the kinds take turns, so one lesson's share is not all true/false.
  Without balance, questions are drawn uniformly from all that match.
* **one question per fact** when possible: two questions about the same target, measure,
  principle, goal or glossary term (a multiple-choice and a true/false on 88%, say), or resting
  on the same clause of the source (a generated and an authored question on 16→18周岁, even
  when one quotes the clause and the other the whole sentence), are only both drawn when there
  are not enough others (:func:`facts`). Matching and ordering questions count every pair's or
  item's facts: a term matching and a cloze on one of its terms, two orderings of the same
  targets, a principles matching and a recall of one principle are not drawn together; nor
  two "which is a goal / a principle?" items (:data:`FAMILIES`), whose options give each
  other away. Authored questions (no refs) meet the others through their source clauses.
  Nor does a question show another's typed answer (a case question offering “软暴力” beside
  the cloze whose blank is 软暴力: :func:`leak_keys`).
* the drawn questions are put in random order and their options shuffled (options keep their
  ids, so answers stay valid). Ordering questions are never shown already in order.

``versions=K`` makes K versions labelled A, B, …: the same questions reshuffled, or with
``draws`` K separate draws that share no question.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import TypeVar

from edu.errors import QuizError
from edu.questions.bank import Bank
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.quiz.spec import QuizSpec
from edu.quiz.spec import matching


@dataclass(frozen=True, slots=True)
class QuizVersion:
    """One printable version of a quiz."""

    label: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class Quiz:
    """The versions of a quiz and what was asked for (``seed`` when known).

    The distinct questions and which versions hold each are worked out once, when the quiz
    is made (every export asks for them, per question)."""

    spec: QuizSpec
    versions: tuple[QuizVersion, ...]
    seed: int | None = None
    _labels: dict[str, tuple[str, ...]] = field(init=False, compare=False, repr=False)
    _distinct: tuple[Question, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        seen: dict[str, Question] = {}
        labels: dict[str, list[str]] = {}
        for version in self.versions:
            for q in version.questions:
                seen.setdefault(q.id, q)
            for qid in dict.fromkeys(q.id for q in version.questions):
                labels.setdefault(qid, []).append(version.label)
        object.__setattr__(self, "_distinct", tuple(seen.values()))
        object.__setattr__(self, "_labels", {k: tuple(v) for k, v in labels.items()})

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every distinct question, in the order first met (version A first)."""
        return self._distinct

    def labels_of(self, question_id: str) -> tuple[str, ...]:
        """The labels of the versions that hold *question_id*, in version order."""
        return self._labels.get(question_id, ())


def fact(q: Question) -> str:
    """What a question is about, for "one question per fact": its first ref, or itself."""
    if q.refs and q.shape not in ("matching", "ordering"):
        return q.refs[0]
    return q.id


#: A section heading's enumerator (（三）, 一、): headings are no fact of their own.
_ENUMERATOR = re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
#: Clauses shorter than this (after the enumerator) are headings or set phrases, no fact.
MIN_CLAUSE = 8


def clauses(source: str) -> list[str]:
    """The clauses of a source sentence that carry a fact: split at ，。；！？：, each at least
    :data:`MIN_CLAUSE` characters once a heading's enumerator is dropped. A question quoting
    one clause and one quoting the whole sentence share that clause's key."""
    if _ENUMERATOR.match(source.strip()) and not any(c in source for c in "，。；！？"):
        return []  # a section heading: （一）基本生活水准权利
    out = []
    for piece in re.split(r"[，。；！？：,;]", _ENUMERATOR.sub("", source.strip())):
        piece = piece.strip()
        if len(piece) >= MIN_CLAUSE:
            out.append(piece)
    return out


#: Variants whose options come from one small fixed set, so two of them in a paper answer
#: each other (every "which is a goal, not a principle?" shows the same principles as
#: distractors, the key of a "which is a principle?"): one of the family per paper.
#: Likewise "match these measures with their sections": one such matching per paper (four
#: of them read as one question asked four times, over the same few sections).
FAMILIES = {"goal-among": "principles-vs-goals", "principle-among": "principles-vs-goals",
            "measure-lesson": "measure-lesson"}


def facts(q: Question) -> frozenset[str]:
    """Every fact key of *q*: :func:`fact`, every ref but a section's (a matching or ordering
    question spans many: each pair's or item's ref counts; two questions whose answer is the
    same section ask different things), and every clause of the source sentences it rests on
    (:func:`clauses`)."""
    family = (f"family:{FAMILIES[q.variant]}",) if q.variant in FAMILIES else ()
    return frozenset((fact(q), *family, *(r for r in q.refs if not r.startswith("lesson-")),
                      *(f"source:{c}" for s in q.source for c in clauses(s))))


#: A typed answer shorter than this is too common a word to count as given away.
MIN_LEAK = 2


KeyPair = tuple[frozenset[str], frozenset[str]]
Leaks = dict[str, KeyPair]
_NO_KEYS: KeyPair = (frozenset(), frozenset())


def typed_answers(pool: Iterable[Question]) -> frozenset[str]:
    """The typed answers of *pool* (a cloze's or short answer's first accepted answer) long
    enough to count as given away (:data:`MIN_LEAK`)."""
    return frozenset(a for q in pool if isinstance(q.answer, TextAnswer)
                     for a in q.answer.accepted[:1] if len(a) >= MIN_LEAK)


def _leaks(q: Question, answers: frozenset[str]) -> KeyPair:
    """The keys *q* is checked against and marks for :func:`leak_keys`, given the pool's
    typed *answers* (both empty when it neither types nor shows one of them)."""
    shown = "\n".join((q.stem.zh, *(o.text.zh for o in q.options),
                       *(p.text.zh for p in q.prompts)))
    own = {a for a in q.answer.accepted[:1] if a in answers} if isinstance(
        q.answer, TextAnswer) else set()
    shows = {a for a in answers if a in shown} - own
    if not (own or shows):
        return _NO_KEYS
    return (frozenset({*(f"word:{a}" for a in own), *(f"shows:{a}" for a in shows)}),
            frozenset({*(f"shows:{a}" for a in own), *(f"word:{a}" for a in shows)}))


def leak_keys(pool: Sequence[Question]) -> Leaks:
    """For each question of *pool* that types a word or shows one, the keys it is checked
    against and the keys it marks, so that no question shows another's typed answer: a
    cloze or short answer whose answer is 软暴力 marks ``shows:软暴力`` (no question showing
    软暴力 comes after it) and is checked against ``word:软暴力``, which every question whose
    visible Chinese (stem, options, prompts) holds 软暴力 marks. Two questions that merely
    both show a word do not exclude each other."""
    answers = typed_answers(pool)
    return {q.id: keys for q in pool if (keys := _leaks(q, answers)) != _NO_KEYS}


class DrawKeys:
    """The keys of each question of one draw's pool: checked against, and marked once drawn
    (its :func:`facts` and its :func:`leak_keys`). Each question's are computed once, when a
    scan first meets it: a draw of 50 from a bank of thousands reads the heads of its
    queues, not the whole bank, and rescans only intersect sets."""

    __slots__ = ("_answers", "_memo")

    def __init__(self, pool: Iterable[Question]) -> None:
        self._answers = typed_answers(pool)
        self._memo: dict[str, KeyPair] = {}

    def __call__(self, q: Question) -> KeyPair:
        got = self._memo.get(q.id)
        if got is None:
            check, mark = _leaks(q, self._answers)
            own = facts(q)
            got = self._memo[q.id] = (own | check, own | mark)
        return got


def _interleave(questions: Sequence[Question], rng: random.Random) -> list[list[Question]]:
    """*questions* in buckets by kind, the buckets and their contents in random order."""
    buckets: dict[str, list[Question]] = {}
    for q in questions:
        buckets.setdefault(q.kind, []).append(q)
    kinds = list(buckets)
    rng.shuffle(kinds)
    for kind in kinds:
        rng.shuffle(buckets[kind])
    return [buckets[k] for k in kinds]


T = TypeVar("T")


def _round_robin(sources: Sequence[T], count: int,
                 take: Callable[[T], Question | None]) -> list[Question]:
    """Up to *count* questions, *sources* taking turns: each turn a source gives one question
    (``take``) or passes; the round ends early once *count* are picked, and the turns stop
    when a whole round gives nothing."""
    picked: list[Question] = []
    progress = True
    while len(picked) < count and progress:
        progress = False
        for source in sources:
            if len(picked) == count:
                break
            q = take(source)
            if q is not None:
                picked.append(q)
                progress = True
    return picked


def _first_fresh(queue: list[Question], used: set[str], keys: DrawKeys) -> Question | None:
    """The first question of *queue* with no fact already *used*, taken out of *queue* (its
    keys then *used*); ``None`` when every one repeats a fact."""
    for i, q in enumerate(queue):
        check, mark = keys(q)
        if not check & used:
            used.update(mark)
            return queue.pop(i)
    return None


def _take_turns(queues: list[list[Question]], count: int, used: set[str],
                keys: DrawKeys) -> list[Question]:
    """Up to *count* questions, the kinds (*queues*, emptied as they give) taking turns: each
    turn a kind gives its first question with no fact already *used* (a kind whose next
    question repeats a fact offers its following one, so a repeat does not cost the kind its
    turn). Questions repeating a fact are never taken here (see :func:`draw`)."""
    return _round_robin(queues, count, lambda queue: _first_fresh(queue, used, keys))


def _take(sequence: Iterable[Question], count: int, used: set[str],
          keys: DrawKeys) -> list[Question]:
    """The first *count* of *sequence*, skipping facts already *used* while others remain."""
    picked: list[Question] = []
    later: list[Question] = []
    for q in sequence:
        if len(picked) == count:
            break
        check, mark = keys(q)
        if check & used:
            later.append(q)
        else:
            picked.append(q)
            used.update(mark)
    picked.extend(later[:count - len(picked)])
    return picked


def _quotas(sizes: dict[str, int], count: int, rng: random.Random) -> dict[str, int]:
    """Share *count* across lessons as evenly as their *sizes* allow."""
    order = list(sizes)
    rng.shuffle(order)
    quota = dict.fromkeys(order, 0)
    remaining = count
    while remaining:
        open_ = [k for k in order if quota[k] < sizes[k]]
        if not open_:  # pragma: no cover - callers check the pool is large enough
            break
        share = max(1, remaining // len(open_))
        for key in open_:
            add = min(share, sizes[key] - quota[key], remaining)
            quota[key] += add
            remaining -= add
            if not remaining:
                break
    return quota


def draw(pool: Sequence[Question], count: int, balance: bool,
         rng: random.Random) -> list[Question]:
    """*count* questions of *pool* (see the module docstring), in random order.

    With balance, a lesson whose share cannot be filled without repeating a fact leaves the
    rest to the other lessons (one question each in turn); only when no lesson has a fresh
    question left are repeats drawn."""
    used: set[str] = set()
    keys = DrawKeys(pool)
    if balance:
        by_lesson: dict[str, list[Question]] = {}
        for q in pool:
            by_lesson.setdefault(q.lesson, []).append(q)
        quota = _quotas({k: len(v) for k, v in by_lesson.items()}, count, rng)
        queues = {lesson: _interleave(questions, rng) for lesson, questions in by_lesson.items()}
        picked: list[Question] = []
        for lesson, share in quota.items():
            if share:
                picked.extend(_take_turns(queues[lesson], share, used, keys))
        order = list(quota)
        picked.extend(_round_robin(  # the lessons in turn, each a turn of its kinds
            [queues[lesson] for lesson in order], count - len(picked),
            lambda kinds: next(iter(_take_turns(kinds, 1, used, keys)), None)))
        if len(picked) < count:  # every fresh question is drawn: repeats, kinds in turn
            rest = [q for lesson in order for queue in queues[lesson] for q in queue]
            picked.extend(rest[:count - len(picked)])
    else:
        shuffled = list(pool)
        rng.shuffle(shuffled)
        picked = _take(shuffled, count, used, keys)
    rng.shuffle(picked)
    return picked


def shuffle_question(q: Question, rng: random.Random) -> Question:
    """*q* with its options (and matching prompts) in random order."""
    if not q.options:
        return q
    options = list(q.options)
    rng.shuffle(options)
    if isinstance(q.answer, OrderingAnswer) and len(options) > 1:
        while tuple(o.id for o in options) == q.answer.order:
            options.append(options.pop(0))  # never already in the right order
    prompts = list(q.prompts)
    rng.shuffle(prompts)
    return replace(q, options=tuple(options), prompts=tuple(prompts))


def _label(i: int) -> str:
    return chr(ord("A") + i)


def assemble(bank: Bank, spec: QuizSpec, rng: random.Random,
             seed: int | None = None) -> Quiz:
    """A quiz of *spec* from *bank*; *seed* is only recorded (randomness comes from *rng*).

    Raises :class:`~edu.errors.QuizError` for unknown lessons, parts or kinds (listing the
    valid ones) and when fewer questions match than asked for (saying how many do).
    """
    pool = matching(bank, spec)
    needed = spec.count * (spec.versions if spec.draws else 1)
    if not pool:
        raise QuizError(f"no questions match ({spec.describe()}); widen the filters")
    if len(pool) < needed:
        what = (f"{spec.versions} separate draws of {spec.count} need {needed} questions"
                if spec.draws and spec.versions > 1 else f"{spec.count} questions were asked for")
        raise QuizError(f"only {len(pool)} questions match ({spec.describe()}) but {what}; "
                        f"ask for at most {len(pool) // (spec.versions if spec.draws else 1)} "
                        "or widen the filters")
    versions: list[QuizVersion] = []
    if spec.draws:
        remaining = list(pool)
        for i in range(spec.versions):
            picked = draw(remaining, spec.count, spec.balance, rng)
            taken = {q.id for q in picked}
            remaining = [q for q in remaining if q.id not in taken]
            versions.append(QuizVersion(_label(i), tuple(shuffle_question(q, rng)
                                                          for q in picked)))
    else:
        picked = draw(pool, spec.count, spec.balance, rng)
        for i in range(spec.versions):
            order = list(picked)
            if i:
                rng.shuffle(order)
            versions.append(QuizVersion(_label(i), tuple(shuffle_question(q, rng)
                                                          for q in order)))
    return Quiz(spec, tuple(versions), seed)


def whole_bank(bank: Bank, spec: QuizSpec) -> Quiz:
    """Every question of *bank* matching *spec*'s filters, once, in the bank's order, options
    as stored (no sampling, no shuffling; ``spec.count`` is ignored): one version "A"."""
    pool = matching(bank, spec)
    if not pool:
        raise QuizError(f"no questions match ({spec.describe()}); widen the filters")
    return Quiz(replace(spec, count=len(pool), versions=1, draws=False),
                (QuizVersion("A", tuple(pool)),), None)


def assemble_seeded(bank: Bank, spec: QuizSpec, seed: int) -> Quiz:
    """:func:`assemble` with ``random.Random(seed)``, recording the seed."""
    if not isinstance(seed, int):
        raise QuizError(f"seed must be a whole number, not {seed!r}")
    return assemble(bank, spec, random.Random(seed), seed)
