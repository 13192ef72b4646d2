"""``matching``: pair each prompt with its option.

Variants:

* ``principles`` — the basic principles ↔ their explanations;
* ``measure-lesson`` — measures of different lessons of one part ↔ their lessons (the i-th
  measure of each lesson, groups of three to five);
* ``term-english`` — a lesson's glossary terms ↔ their English renderings (and the plan's
  glossary's, each quoted in a sentence of the model: :func:`plan_sentences`).

(A lesson's targets ↔ their values is no longer asked: each value is asked by ``mc_value``,
``numeric`` and ``true_false`` already.) Groups hold three to six pairs (balanced runs of a
longer list). Difficulty: from features (:mod:`edu.questions.difficulty`).
"""

from __future__ import annotations

from collections.abc import Sequence

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.content.model import Term
from edu.content.wording import sentences
from edu.ids import stable_id
from edu.questions.cloze import is_unit_term
from edu.questions.cloze import lesson_sentences
from edu.questions.cloze import whole_word_at
from edu.questions.model import OVERVIEW
from edu.questions.model import MatchingAnswer
from edu.questions.model import Option
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.ordering import MIN_ITEMS
from edu.questions.ordering import chunks
from edu.questions.phrasing import bare
from edu.questions.phrasing import by_id
from edu.questions.phrasing import cite
from edu.questions.phrasing import distinct
from edu.questions.phrasing import explain
from edu.questions.phrasing import item_ref
from edu.questions.phrasing import option
from edu.text import squeeze

KIND = "matching"
MAX_PAIRS = 6


def _question(key: tuple[str, ...], lesson: str, part: str, stem: Text,
              pairs: Sequence[tuple[str, Text, Text]], source: tuple[str, ...],
              tags: tuple[str, ...], refs: tuple[str, ...], variant: str) -> Question:
    qid = stable_id("question", KIND, *key)
    prompts: list[Option] = []
    options: list[Option] = []
    for k, left, right in pairs:
        prompts.append(option(qid, f"prompt:{k}", left))
        options.append(option(qid, f"option:{k}", right))
    point = Text("；".join(f"{left.zh}——{right.zh}" for _, left, right in pairs) + "。",
                 "; ".join(f"{bare(left.en)}: {bare(right.en)}" for _, left, right in pairs)
                 + ".")
    return Question(
        id=qid, kind=KIND, lesson=lesson, part=part,
        stem=stem, prompts=by_id(prompts), options=by_id(options),
        answer=MatchingAnswer(tuple((p.id, o.id) for p, o in zip(prompts, options,
                                                                  strict=True))),
        source=source, explanation=explain(point, source), tags=tags, refs=refs,
        variant=variant)


def principle_matchings(plan: Plan) -> list[Question]:
    out = []
    for run in chunks(plan.introduction.principles, MAX_PAIRS):
        if (len(run) < MIN_ITEMS or not distinct(Text(p.name, p.name_en) for p in run)
                or not distinct(Text(p.text, p.text_en) for p in run)):
            continue
        out.append(_question(
            ("principles", *(p.id for p in run)), INTRODUCTION, INTRODUCTION,
            Text("将下列基本原则与其含义配对。",
                 "Match each basic principle of the plan with what it means."),
            [(p.id, Text(p.name, p.name_en), Text(p.text, p.text_en)) for p in run],
            tuple(p.source for p in run), ("principles",),
            tuple(item_ref("principle", p.id) for p in run), "principles"))
    return out


def measure_matchings(plan: Plan) -> list[Question]:
    out = []
    lessons = {lesson.id: lesson for lesson in plan.lessons}
    for part in plan.parts:
        members = [lessons[i] for i in part.lessons if i in lessons]
        rounds = max((len(x.measures) for x in members), default=0)
        for r in range(rounds):
            having = [x for x in members if len(x.measures) > r]
            for run in chunks(having, 5):
                measures = [x.measures[r] for x in run]
                if (len(run) < MIN_ITEMS or not distinct(Text(x.title, x.title_en) for x in run)
                        or not distinct(Text(m.title, m.title_en) for m in measures)):
                    continue
                out.append(_question(
                    ("measure-lesson", part.id, *(m.id for m in measures)), OVERVIEW, part.id,
                    Text(f"将下列措施与提出它们的{cite(plan)}章节配对。",
                         "Match each measure with the section of the plan that sets it out."),
                    [(m.id, Text(m.title, m.title_en), Text(x.title, x.title_en))
                     for m, x in zip(measures, run, strict=True)],
                    tuple(s for m, x in zip(measures, run, strict=True)
                          for s in (x.heading, f"{m.title}。")),
                    ("measures", "lessons"),
                    tuple(item_ref("measure", m.id) for m in measures), "measure-lesson"))
    return out


def _term_pairs(terms: Sequence[Term], pieces: Sequence[str]) -> list[tuple[Term, str]]:
    """Each term with the first sentence holding it as whole words (jieba's boundaries, so
    年 is not found in 青年人); units, terms without such a sentence, or repeated, drop."""
    out: list[tuple[Term, str]] = []
    seen_en: set[str] = set()
    for term in terms:
        if len(term.term) < 2 or is_unit_term(term.term):
            continue
        sentence = next((s for s in pieces if term.term in s
                         and whole_word_at(s, term.term) is not None), None)
        if sentence is not None and term.term_en not in seen_en and term.term_en != term.term:
            seen_en.add(term.term_en)
            out.append((term, sentence))
    return out


def _term_questions(key: str, lesson: str, part: str, where: Text,
                    pairs: list[tuple[Term, str]]) -> list[Question]:
    out = []
    for run in chunks(pairs, MAX_PAIRS):
        if len(run) < MIN_ITEMS:
            continue
        out.append(_question(
            ("term-english", key, *(t.term for t, _ in run)), lesson, part,
            Text(f"将{where.zh}的下列术语与其英文译名配对。",
                 f"Match each term of {where.en} with its English rendering."),
            [(t.term, Text(t.term, t.term), Text(t.term_en, t.term_en)) for t, _ in run],
            tuple(dict.fromkeys(s for _, s in run)), ("glossary",),
            tuple(item_ref("term", t.term) for t, _ in run), "term-english"))
    return out


def plan_sentences(plan: Plan) -> list[str]:
    """The sentences of the plan's model, in plan order: the introduction's background, the
    ideology, the leads, principles and goals, then each part's lead and its sections' leads
    and measures. Taken from the model's paragraphs, never from the raw source text, where a
    heading without 。 would be glued to the sentence after it ("导言自2009年以来…",
    "（三）社会保障权利坚持…")."""
    intro = plan.introduction
    texts: list[str] = [p.text for p in intro.background]
    for lead, items in ((intro.ideology_lead, (intro.ideology,)),
                        (intro.principles_lead, tuple(p.source for p in intro.principles)),
                        (intro.goals_lead, tuple(g.source for g in intro.goals))):
        if lead is not None:
            texts.append(lead.text)
        texts.extend(items)
    lessons = {lesson.id: lesson for lesson in plan.lessons}
    for part in plan.parts:
        texts.append(part.lead)
        for lesson in (lessons[i] for i in part.lessons if i in lessons):
            texts.append(lesson.lead)
            texts.extend(m.source for m in lesson.measures)
    return [s for text in texts if text for s in sentences(squeeze(text))]


def term_matchings(plan: Plan) -> list[Question]:
    out = []
    for lesson in plan.lessons:
        pieces = [s for s, _ in lesson_sentences(lesson)]
        out.extend(_term_questions(
            lesson.id, lesson.id, lesson.part,
            Text(f"“{lesson.title}”一节", f"the section “{lesson.title_en}”"),
            _term_pairs(lesson.terms, pieces)))
    if plan.glossary:
        pieces = plan_sentences(plan)
        out.extend(_term_questions("plan", OVERVIEW, OVERVIEW,
                                   Text(cite(plan), "the plan"),
                                   _term_pairs(plan.glossary, pieces)))
    return out


def generate(plan: Plan) -> list[Question]:
    """Every matching question of *plan* (see the module docstring)."""
    return [*principle_matchings(plan), *measure_matchings(plan), *term_matchings(plan)]
