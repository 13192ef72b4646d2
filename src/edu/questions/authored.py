"""Authored questions: instructors' own, in YAML, validated like the content (``file:line``).

The format is documented in ``content/questions/README.md``. In short::

    questions:
    - id: tap-water-floor            # a slug, unique across all authored files; never rename
      kind: choice                   # any kind (edu.questions.model.KINDS)
      lesson: living-standards       # a lesson id, introduction or overview
      difficulty: 1                  # 1-3 (default 2)
      tags: [water]
      stem: {zh: …, en: …}
      options:                       # choice kinds: exactly one has correct: true
                                     # (multiple_response: two or more, not all)
      - {zh: "88%", correct: true}   # en defaults to zh
      - "80%"
      answer: …                      # numeric {value, tolerance, unit}; true_false true/false;
                                     # cloze / short_answer a list of accepted answers
      pairs: [{left: …, right: …}]   # matching
      model_answer: {zh: …, en: …}   # discussion, with
      rubric: [{zh: …, en: …, points: 2}]
      items: [… in the right order]  # ordering
      source: 实施……达到88%以上。        # verbatim sentence(s) of the plan (required)
      explanation: {zh: …, en: …}    # optional; by default the source is quoted

Every problem is a :class:`~edu.errors.ContentError` such as
``questions/my.yaml:12: options: exactly one option must be correct (found 2)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.content.yamlnodes import Fields
from edu.content.yamlnodes import compose_file
from edu.content.yamlnodes import where
from edu.errors import ContentError
from edu.errors import QuizError
from edu.ids import slug_problem
from edu.ids import stable_id
from edu.questions.model import BLANK
from edu.questions.model import KIND_SHAPES
from edu.questions.model import KINDS
from edu.questions.model import OVERVIEW
from edu.questions.model import Answer
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Criterion
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import Option
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.phrasing import explain
from edu.questions.phrasing import option
from edu.text import squeeze

_CONSTRUCT = yaml.constructor.SafeConstructor()
_FILE = frozenset({"questions"})
_QUESTION = frozenset({"id", "kind", "lesson", "difficulty", "tags", "stem", "options",
                       "answer", "pairs", "items", "source", "explanation", "model_answer",
                       "rubric"})
_CRITERION = frozenset({"zh", "en", "points"})
_TEXT = frozenset({"zh", "en"})
_OPTION = frozenset({"zh", "en", "correct"})
_PAIR = frozenset({"left", "right"})
_NUMERIC = frozenset({"value", "tolerance", "unit"})
#: The fields each answer shape uses (besides the common ones).
_SHAPE_FIELDS = {"choice": {"options"}, "numeric": {"answer"}, "matching": {"pairs"},
                 "ordering": {"items"}, "text": {"answer"}, "true_false": {"answer"},
                 "multi": {"options"}, "essay": {"model_answer", "rubric"}}


class _Reader:
    """Reads one question's fields; errors name the file, line and field."""

    def __init__(self, f: Fields, path: Path) -> None:
        self.f = f
        self.path = path

    def at(self, key: str) -> str:
        node = self.f.values.get(key)
        return where(self.path, node) if node is not None else self.f.where

    def fail(self, key: str, message: str) -> ContentError:
        return ContentError(message, self.at(key), key)

    def text(self, node: yaml.Node, key: str, *, en_required: bool) -> Text:
        """A ``{zh, en}`` mapping, or one string used for both languages."""
        if isinstance(node, yaml.ScalarNode):
            try:
                value = _CONSTRUCT.construct_object(node, deep=True)
            except (yaml.YAMLError, ValueError):
                value = None
            if not isinstance(value, str | int | float) or isinstance(value, bool) \
                    or not str(value).strip():
                raise ContentError("expected text", where(self.path, node), key)
            if en_required:
                raise ContentError("expected {zh: …, en: …}: write the English in your own "
                                   "words", where(self.path, node), key)
            return Text(str(value).strip(), str(value).strip())
        f = Fields(node, self.path, f"a {key} text", _TEXT)
        zh = f.text("zh")
        en = f.text("en", required=en_required)
        if en_required and not en:
            raise ContentError("empty English; write it in your own words", f.where, f"{key}.en")
        return Text(zh, en or zh)


def _option_texts(r: _Reader, key: str, nodes: list[yaml.Node]) -> list[tuple[Text, bool]]:
    out: list[tuple[Text, bool]] = []
    for node in nodes:
        correct = False
        if isinstance(node, yaml.MappingNode):
            f = Fields(node, r.path, "an option", _OPTION)
            correct = f.flag("correct")
            zh = f.text("zh")
            text = Text(zh, f.text("en", required=False) or zh)
        else:
            text = r.text(node, key, en_required=False)
        out.append((text, correct))
    for lang in ("zh", "en"):
        seen: set[str] = set()
        for text, _ in out:
            if text.get(lang) in seen:
                raise r.fail(key, f"two {key} read {text.get(lang)!r}; make every one different")
            seen.add(text.get(lang))
    return out


def _answer(r: _Reader, shape: str, qid: str) -> tuple[Answer, tuple[Option, ...],
                                                         tuple[Option, ...]]:
    f = r.f
    if shape == "choice":
        texts = _option_texts(r, "options", list(f.items("options")))
        if len(texts) < 2:
            raise r.fail("options", "give at least two options")
        right = [t for t, ok in texts if ok]
        if len(right) != 1:
            raise r.fail("options", f"exactly one option must be correct (found {len(right)}); "
                         "mark it with correct: true")
        options = tuple(option(qid, t.zh, t) for t, _ in texts)
        return ChoiceAnswer(options[[ok for _, ok in texts].index(True)].id), options, ()
    if shape == "multi":
        texts = _option_texts(r, "options", list(f.items("options")))
        right = [t for t, ok in texts if ok]
        if len(right) < 2 or len(right) == len(texts):
            raise r.fail("options", f"select-all needs at least two correct options and at "
                         f"least one wrong one (found {len(right)} of {len(texts)} correct); "
                         "mark each right one with correct: true")
        options = tuple(option(qid, t.zh, t) for t, _ in texts)
        return (MultiAnswer(tuple(o.id for o, (_, ok) in zip(options, texts, strict=True) if ok)),
                options, ())
    if shape == "essay":
        model_node = f.values.get("model_answer")
        if model_node is None:
            raise r.fail("model_answer", "missing required field for a discussion question")
        model = r.text(model_node, "model_answer", en_required=True)
        rubric = []
        for node in f.items("rubric"):
            c = Fields(node, r.path, "a rubric criterion", _CRITERION)
            zh, en = c.text("zh"), c.text("en")
            points = c.integer("points")
            if points < 1:
                raise ContentError(f"points must be a whole number of 1 or more, found {points}",
                                   c.where, "rubric.points")
            rubric.append(Criterion(Text(zh, en), points))
        if not rubric:
            raise r.fail("rubric", "give at least one criterion {zh, en, points}")
        return EssayAnswer(model, tuple(rubric)), (), ()
    if shape == "ordering":
        items = _option_texts(r, "items", list(f.items("items")))
        if len(items) < 2:
            raise r.fail("items", "give at least two items, in the right order")
        options = tuple(option(qid, t.zh, t) for t, _ in items)
        return OrderingAnswer(tuple(o.id for o in options)), options, ()
    if shape == "matching":
        lefts, rights = [], []
        for node in f.items("pairs"):
            p = Fields(node, r.path, "a pair", _PAIR)
            lefts.append(r.text(p.values.get("left") or _missing(p, "left"), "left",
                                en_required=False))
            rights.append(r.text(p.values.get("right") or _missing(p, "right"), "right",
                                 en_required=False))
        if len(lefts) < 2:
            raise r.fail("pairs", "give at least two pairs")
        for side, column in (("left", lefts), ("right", rights)):
            if len({t.zh for t in column}) != len(column) or len({t.en for t in column}) != len(
                    column):
                raise r.fail("pairs", f"two {side} sides are the same; make every one different")
        prompts = tuple(option(qid, f"prompt:{t.zh}", t) for t in lefts)
        options = tuple(option(qid, f"option:{t.zh}", t) for t in rights)
        pairs = tuple((p.id, o.id) for p, o in zip(prompts, options, strict=True))
        return MatchingAnswer(pairs), options, prompts
    answer_node = f.values.get("answer")
    if answer_node is None:
        raise r.fail("answer", f"missing required field for a {shape} question")
    if shape == "true_false":
        value = f.flag("answer")
        return TrueFalseAnswer(value), (), ()
    if shape == "numeric":
        n = Fields(answer_node, r.path, "a numeric answer", _NUMERIC)
        tolerance = n.opt_number("tolerance") or 0.0
        if tolerance < 0:
            raise r.fail("answer", "tolerance must be 0 or more")
        return NumericAnswer(n.number("value"), tolerance, n.text("unit", required=False)), (), ()
    accepted = ([answer_node] if isinstance(answer_node, yaml.ScalarNode)
                else list(f.items("answer")))
    typed = [r.text(x, "answer", en_required=False).zh for x in accepted]
    if not typed or not all(typed):
        raise r.fail("answer", "give the accepted answer(s) as text")
    return TextAnswer(tuple(typed)), (), ()


def _says_not(stem: Text) -> bool:
    """Whether a which_not stem asks for the exception in both languages."""
    words = {w.strip(".,;:?!()\"'“”‘’").lower() for w in stem.en.split()}
    return ("不" in stem.zh or "非" in stem.zh or "没有" in stem.zh) and bool(
        words & {"not", "except", "cannot", "isn't", "doesn't", "won't", "aren't", "never"})


def _missing(p: Fields, key: str) -> yaml.Node:
    raise ContentError("missing required field in a pair", p.where, key)


def _question(node: yaml.Node, path: Path, plan: Plan, source_text: str,
              parts: dict[str, str]) -> tuple[str, Question]:
    f = Fields(node, path, "a question", _QUESTION)
    r = _Reader(f, path)
    slug = f.text("id")
    problem = slug_problem(slug)
    if problem:
        raise r.fail("id", f"question id {slug!r}: {problem}")
    kind = f.text("kind")
    if kind not in KIND_SHAPES:
        raise r.fail("kind", f"unknown kind {kind!r}; valid kinds: {', '.join(KINDS)}")
    shape = KIND_SHAPES[kind]
    for key in (set(f.values) & set().union(*_SHAPE_FIELDS.values())) - _SHAPE_FIELDS[shape]:
        raise r.fail(key, f"not used by a {kind} question (it takes "
                     f"{', '.join(sorted(_SHAPE_FIELDS[shape]))})")
    lesson = f.text("lesson")
    if lesson not in parts:
        raise r.fail("lesson", f"unknown lesson {lesson!r}; valid lessons: {', '.join(parts)}")
    difficulty = f.opt_integer("difficulty")
    if difficulty is not None and difficulty not in (1, 2, 3):
        raise r.fail("difficulty", f"expected 1, 2 or 3, found {difficulty}")
    tags = f.strings("tags") if "tags" in f.values else ()
    for tag in tags:
        if not tag or any(c.isspace() or c == "," for c in tag):
            raise r.fail("tags", f"tag {tag!r}: use words without spaces or commas")
    stem_node = f.values.get("stem")
    if stem_node is None:
        raise r.fail("stem", "missing required field in a question")
    stem = r.text(stem_node, "stem", en_required=True)
    if kind == "which_not" and not _says_not(stem):
        raise r.fail("stem", "a which_not stem must ask for the exception: write 不 "
                     "(以下哪项不是…) in Chinese and NOT in English")
    if kind == "cloze" and stem.zh.count(BLANK) != 1:
        raise r.fail("stem", f"a cloze stem needs the blank {BLANK} exactly once (in zh)")
    source_nodes = ([f.values["source"]] if isinstance(f.values.get("source"), yaml.ScalarNode)
                    else list(f.items("source")))
    sources = tuple("".join(r.text(n, "source", en_required=False).zh.split())
                    for n in source_nodes)
    for sentence in sources:
        if len(sentence) < 4 or sentence not in source_text:
            shown = sentence if len(sentence) <= 40 else sentence[:38] + "…"
            raise r.fail("source", f"not found verbatim in the plan's text (whitespace "
                         f"ignored): {shown!r}; copy the exact sentence")
    qid = stable_id("question", "authored", slug)
    answer, options, prompts = _answer(r, shape, qid)
    explanation_node = f.values.get("explanation")
    explanation = (r.text(explanation_node, "explanation", en_required=True)
                   if explanation_node is not None else Text("", ""))
    try:
        q = Question(id=qid, kind=kind, lesson=lesson, part=parts[lesson],
                     difficulty=difficulty or 2, stem=stem, answer=answer, options=options,
                     prompts=prompts, source=sources,
                     explanation=explain(explanation, sources), tags=tags,
                     variant="authored", origin="authored")
    except QuizError as exc:  # pragma: no cover - the checks above come first
        raise ContentError(str(exc), f.where) from None
    return slug, q


def load_authored(files: Iterable[Path], plan: Plan) -> list[Question]:
    """Every question of the YAML *files*, validated against *plan*."""
    parts = {INTRODUCTION: INTRODUCTION, **{x.id: x.part for x in plan.lessons},
             OVERVIEW: OVERVIEW}
    source_text = squeeze(plan.source_text)
    out: list[Question] = []
    seen: dict[str, str] = {}
    for path in files:
        root = Fields(compose_file(path), path, "a question file", _FILE)
        for node in root.items("questions"):
            slug, q = _question(node, path, plan, source_text, parts)
            here = where(path, node)
            if slug in seen:
                raise ContentError(f"duplicate question id {slug!r} (first at {seen[slug]}); "
                                   "ids must be unique across all authored files", here, "id")
            seen[slug] = here
            out.append(q)
    return out
