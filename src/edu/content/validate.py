"""Prove the content: provenance, ids, references and completeness.

:func:`check` returns a :class:`Report` listing every problem (``edu validate`` prints them
all); :func:`edu.content.load.load_plan` raises the first. Rules (see ``content/README.md``):

* every Chinese fact is a verbatim substring of the source once whitespace is removed;
* a target's sentence is a whole sentence of its measure, states the value with its unit, and
  its metric is made of verbatim fragments of that sentence;
* ids are slugs, not positional, and unique (measures and targets across the whole plan);
* every ``——`` item of every section in the source is a measure of the content;
* every Chinese text field has its English beside it. In curated content a missing English
  field is listed in :attr:`Report.untranslated`, which ``edu validate`` reports as errors (exit
  2) but :func:`~edu.content.load.load_plan` does not raise on: the toolkit keeps working (the
  Chinese stands in) while a translator is still writing. In an ingest draft
  (``plan.draft: true``) missing English is only a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field

from edu.content.layout import parse_layout
from edu.content.model import Lesson
from edu.content.model import Plan
from edu.content.model import Target
from edu.content.model import Term
from edu.errors import ContentError
from edu.ids import slug_problem
from edu.numerals import format_number
from edu.numerals import states_quantity
from edu.text import occurrences
from edu.text import squeeze

SENTENCE_ENDS = ("。", "；")

#: Words that belong to a target's comparator or baseline, never to its metric's English: the
#: metric names a quantity ("Premature death rate from major chronic diseases"), the
#: comparator and baseline say what happens to it ("reduce by 20% from the 2015 level").
COMPARATOR_WORDS = re.compile(
    r"\b(at least|at most|no (?:more|less|fewer) than|not (?:more|less) than|reduced|"
    r"reduction|cut by|raised|increased|lowered|relative to|compared (?:with|to)|"
    r"from the \d{4} level)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found in the content, with where it is and what to do."""

    where: str
    field: str
    message: str

    def __str__(self) -> str:
        return str(self.as_error())

    def as_error(self) -> ContentError:
        return ContentError(self.message, self.where, self.field)


@dataclass(slots=True)
class Report:
    """Errors make the content unusable; untranslated fields fail ``edu validate``; warnings
    (missing English in a draft, style hints) fail nothing."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    untranslated: list[Issue] = field(default_factory=list)
    checked: int = 0
    traced: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class _Checker:
    def __init__(self, plan: Plan, readings: bool = True) -> None:
        self.plan = plan
        self.readings = readings
        self.source = squeeze(plan.source_text)
        self.report = Report()

    def error(self, where: str, field_: str, message: str) -> None:
        self.report.errors.append(Issue(where, field_, message))

    def warn(self, where: str, field_: str, message: str) -> None:
        self.report.warnings.append(Issue(where, field_, message))

    def traced(self, text: str, where: str, field_: str, within: str | None = None) -> bool:
        """Check that *text* is verbatim in *within* (default: the whole source)."""
        self.report.checked += 1
        haystack = self.source if within is None else within
        if text and text in haystack:
            self.report.traced += 1
            return True
        scope = "the source text" if within is None else "its measure"
        shown = text if len(text) <= 40 else text[:38] + "…"
        self.error(where, field_, f"not found verbatim in {scope} (whitespace ignored): "
                   f"{shown!r}; copy the exact wording")
        return False

    def english(self, value: str, where: str, field_: str) -> None:
        if value.strip():
            return
        issue = Issue(where, field_, "English gloss missing; write one in your own words "
                      "(see the conventions in content/README.md)")
        if self.plan.info.draft:
            self.report.warnings.append(issue)
        else:
            self.report.untranslated.append(issue)

    def ids(self, kind: str, items: Iterable[tuple[str, str]]) -> None:
        seen: dict[str, str] = {}
        for item_id, where in items:
            problem = slug_problem(item_id)
            if problem:
                self.error(where, "id", f"{kind} id {item_id!r}: {problem}")
            elif item_id in seen:
                self.error(where, "id", f"duplicate {kind} id {item_id!r} (first at "
                           f"{seen[item_id]}); ids must be unique")
            else:
                seen[item_id] = where

    # -- the parts of the plan ------------------------------------------------------------
    def run(self) -> Report:
        plan = self.plan
        info_where = plan.parts[0].where.rsplit(":", 1)[0] if plan.parts else "plan.yaml"
        self.traced(plan.info.title, info_where, "plan.title")
        if self.traced(plan.info.source, info_where, "plan.source"):
            for name in ("compiled_by", "reviewed_by", "published_by"):
                self.traced(getattr(plan.info, name), info_where, f"plan.{name}",
                            within=plan.info.source)
        for name in ("title_en", "short_title_en", "compiled_by_en", "reviewed_by_en",
                     "published_by_en", "source_en"):
            self.english(getattr(plan.info, name), info_where, f"plan.{name}")
        intro = plan.introduction
        for b in intro.background:
            self.traced(b.text, b.where, "introduction.background.text")
            self.english(b.text_en, b.where, "introduction.background.text_en")
        self.ids("background paragraph", ((b.id, b.where) for b in intro.background))
        for key in ("ideology_lead", "principles_lead", "goals_lead"):
            lead = getattr(intro, key)
            if lead is not None:
                self.traced(lead.text, lead.where, f"introduction.{key}.text")
                self.english(lead.text_en, lead.where, f"introduction.{key}.text_en")
        self.traced(intro.ideology, info_where, "introduction.guiding_ideology.text")
        self.english(intro.ideology_en, info_where, "introduction.guiding_ideology.text_en")
        self.english(intro.summary_en, info_where, "introduction.summary_en")
        for p in intro.principles:
            self.traced(p.source, p.where, "principle (name，text)")
            self.english(p.name_en, p.where, "name_en")
            self.english(p.text_en, p.where, "text_en")
        for g in intro.goals:
            self.traced("——" + g.text, g.where, "text")
            self.english(g.text_en, g.where, "text_en")
        self.ids("principle", ((p.id, p.where) for p in intro.principles))
        self.ids("goal", ((g.id, g.where) for g in intro.goals))
        self.ids("part", ((p.id, p.where) for p in plan.parts))
        self.ids("lesson", ((lesson.id, lesson.where) for lesson in plan.lessons))
        self.ids("measure", ((m.id, m.where) for m in plan.measures))
        self.ids("target", ((t.id, t.where) for t in plan.targets))
        for part in plan.parts:
            self.traced(part.heading, part.where, "title")
            if part.lead:
                self.traced(part.lead, part.where, "lead")
                self.english(part.lead_en, part.where, "lead_en")
            self.english(part.title_en, part.where, "title_en")
        self.terms(plan.glossary, self.source)
        for lesson in plan.lessons:
            self.lesson(lesson)
        self.completeness()
        self.sentence_for_sentence()
        return self.report

    def sentence_for_sentence(self) -> None:
        """English is written sentence for sentence, so both-language views can pair them."""
        from edu.content.bilingual import aligned
        from edu.content.bilingual import en_sentences
        from edu.content.bilingual import zh_sentences
        from edu.content.coverage import english_pairs

        for pair in english_pairs(self.plan):
            if pair.en.strip() and not aligned(pair.zh, pair.en):
                self.warn(pair.where, pair.field + "_en",
                          f"{len(zh_sentences(pair.zh))} Chinese sentences but "
                          f"{len(en_sentences(pair.en))} English ones; write one English "
                          "sentence per Chinese sentence")

    def lesson(self, lesson: Lesson) -> None:
        self.traced(lesson.heading, lesson.where, "title")
        self.traced(lesson.lead, lesson.where, "lead")
        self.english(lesson.title_en, lesson.where, "title_en")
        self.english(lesson.lead_en, lesson.where, "lead_en")
        self.english(lesson.summary_en, lesson.where, "summary_en")
        if lesson.summary_en.strip():
            sentences = [s for s in lesson.summary_en.replace("?", ".").split(". ") if s.strip()]
            if not 2 <= len(sentences) <= 4:
                self.warn(lesson.where, "summary_en",
                          f"a summary should be 2–4 sentences, found {len(sentences)}")
        measures = {m.id: m for m in lesson.measures}
        for m in lesson.measures:
            self.traced("——" + m.source, m.where, "title + text")
            self.english(m.title_en, m.where, "title_en")
            if m.text:
                self.english(m.text_en, m.where, "text_en")
        for t in lesson.targets:
            self.target(t, measures.get(t.measure), lesson)
        self.terms(lesson.terms, lesson.text)

    def target(self, t: Target, measure: object, lesson: Lesson) -> None:
        from edu.content.model import Measure

        if not isinstance(measure, Measure):
            self.error(t.where, "measure", f"no measure {t.measure!r} in lesson {lesson.id!r}; "
                       f"use one of: {', '.join(m.id for m in lesson.measures)}")
            return
        self.english(t.metric_en, t.where, "metric_en")
        wording = COMPARATOR_WORDS.search(t.metric_en)
        if wording:
            self.warn(t.where, "metric_en", f"{wording.group()!r} belongs to the comparator or "
                      "baseline; let metric_en name the quantity only")
        self.english(t.source_en, t.where, "source_en")
        body = measure.source
        if not self.traced(t.source, t.where, "source", within=body):
            return
        # the sentence may also occur inside a longer one (0.00三十万。 in 00.00三十万。): any
        # occurrence that starts a sentence will do
        starts = occurrences(body, t.source)
        whole = any(not i or body[i - 1] in SENTENCE_ENDS for i in starts)
        if not whole or not t.source.endswith(SENTENCE_ENDS):
            self.error(t.where, "source", "quote the whole sentence that states the target "
                       "(from after the previous 。 up to its 。)")
        if not states_quantity(t.source, t.value, t.unit):
            self.error(t.where, "value", f"the sentence does not state {format_number(t.value)}"
                       f"{t.unit}; check value and unit against the source")
        if not _fragments_of(t.metric, t.source):
            self.error(t.where, "metric", f"metric {t.metric!r} must be built from verbatim "
                       "fragments (2+ characters each) of the source sentence")
        if t.approximate != ("左右" in t.source) and t.approximate:
            self.error(t.where, "approximate", "marked approximate but the sentence has no 左右")
        if t.baseline is not None:
            b = t.baseline
            if b.value is not None and b.unit and not states_quantity(t.source, b.value, b.unit):
                self.error(t.where, "baseline", f"the sentence does not state the baseline "
                           f"{format_number(b.value)}{b.unit}")
            if b.year is not None and f"{b.year}年" not in t.source:
                self.error(t.where, "baseline.year", f"the sentence does not mention {b.year}年")

    def terms(self, terms: Iterable[Term], text: str) -> None:
        seen: set[str] = set()
        for term in terms:
            if term.term in seen:
                self.error(term.where, "term", f"duplicate glossary term {term.term!r}")
            seen.add(term.term)
            self.traced(term.term, term.where, "term", within=text)
            if term.pinyin and self.readings:
                from edu.content.glossary import pinyin_problem  # imports pypinyin: only now

                problem = pinyin_problem(term.term, term.pinyin)
                if problem:
                    self.error(term.where, "pinyin", f"{problem}; or delete the field to use "
                               "the computed reading")
            self.english(term.term_en, term.where, "term_en")
            self.english(term.note, term.where, "note")

    def completeness(self) -> None:
        """Every ``——`` item of the source's sections must be a measure of some lesson."""
        have = {m.source for m in self.plan.measures}
        headings = {lesson.heading for lesson in self.plan.lessons}
        where = self.plan.parts[0].where if self.plan.parts else "plan.yaml"
        for part in parse_layout(self.plan.source_text).parts:
            for section in part.sections:
                if f"（{section.number}）{section.title}" not in headings:
                    self.error(where, "lessons", f"section （{section.number}）{section.title} "
                               f"(source line {section.line}) has no lesson file")
                    continue
                for item in section.items:
                    if item.source not in have:
                        self.error(where, "measures", f"the source item at line {item.line} "
                                   f"(——{item.title}) is not a measure of any lesson")


def _fragments_of(metric: str, sentence: str) -> bool:
    """True when *metric* can be cut into pieces of 2+ characters, each verbatim in *sentence*."""
    i = 0
    while i < len(metric):
        j = len(metric)
        while j - i >= 2 and metric[i:j] not in sentence:
            j -= 1
        if j - i < 2:
            return False
        i = j
    return bool(metric)


def check(plan: Plan, *, readings: bool = True) -> Report:
    """Check *plan* against every rule; never raises for content problems.

    ``readings=False`` skips checking stored pinyin against the characters' readings (it
    imports ``pypinyin``, which costs more than loading the whole plan): the loader skips it,
    ``edu validate`` does not.
    """
    return _Checker(plan, readings).run()
