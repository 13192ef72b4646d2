"""The plan as Anki notes: one per target, principle, goal, measure, lesson and glossary term
(pure data).

Each note is keyed by its kind and content id (``target/rural-tap-water-coverage``); its GUID
is :func:`edu.ids.item_id` of the same pair, which the notebooks' progress store shares, so it
never depends on the note's text. Fields are HTML (content is escaped) and hold both languages;
``--lang`` empties one of them later (:meth:`NoteType.blank_for`).

Notes come in study order — the introduction (overview, principles, goals, plan-wide glossary
terms), then each lesson: its overview, for each measure its cloze followed by its targets,
and the glossary terms that only lessons list (in the first lesson that lists them). New cards
are due in that order. A term note's GUID is :func:`edu.ids.item_id` of ``("term", term)``.

English beyond titles rides in existing English fields, so that learners' notes keep their
note types: a lesson overview's ``Summary`` holds the English of the lead, then the summary;
a cloze's ``ExtraEn`` ends with the English of the whole measure; a target's ``Conversion``
starts with the English of its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from edu.content.glossary import Entry
from edu.content.glossary import entries
from edu.content.glossary import reading
from edu.content.model import INTRODUCTION
from edu.content.model import Lesson
from edu.content.model import Measure
from edu.content.model import Part
from edu.content.model import Plan
from edu.content.model import Target
from edu.content.model import Term
from edu.content.wording import baseline
from edu.content.wording import conversion
from edu.content.wording import find_quantity
from edu.content.wording import goal_cue
from edu.content.wording import statement
from edu.decks.cloze import escape
from edu.decks.cloze import measure_cloze
from edu.decks.notetypes import NOTE_TYPES
from edu.ids import item_id
from edu.lang import Text
from edu.present.strings import text


@dataclass(frozen=True, slots=True)
class NoteSpec:
    """One note as the decks ship it, before ids and times are assigned."""

    key: str  # "<kind>/<content id>"
    guid: str
    note_type: str  # a key of NOTE_TYPES
    fields: dict[str, str]  # every field of the note type, both languages, HTML
    tags: tuple[str, ...]
    deck: tuple[str, ...]  # deck path, root first
    part: str  # part id, or "introduction"
    lesson: str  # lesson id, or "introduction"


def tags_for(kind: str, part: str, lesson: str) -> tuple[str, ...]:
    return (f"edu::kind::{kind}", f"edu::lesson::{lesson}", f"edu::part::{part}")


def _highlight(t: Target) -> str:
    """The target's sentence with its value and unit in bold."""
    span = find_quantity(t.source, t.value, t.unit)
    if span is None:
        return escape(t.source)
    start, stop = span
    return (f"{escape(t.source[:start])}<b>{escape(t.source[start:stop])}</b>"
            f"{escape(t.source[stop:])}")


def _empty(note_type: str) -> dict[str, str]:
    return dict.fromkeys(NOTE_TYPES[note_type].field_names, "")


def _target_note(t: Target, lesson: Lesson, measure: Measure, deck: tuple[str, ...]) -> NoteSpec:
    phrase = statement(t)
    since = baseline(t) or Text("", "")
    fields = _empty("target") | {
        "Id": escape(t.id), "Metric": escape(t.metric), "MetricEn": escape(t.metric_en),
        "Lesson": escape(lesson.heading), "LessonEn": escape(lesson.title_en),
        "Value": escape(phrase.zh), "ValueEn": escape(phrase.en),
        "Baseline": escape(since.zh), "BaselineEn": escape(since.en),
        "Conversion": _source_en(t) + escape(conversion(t.value, t.unit)),
        "Measure": escape(measure.title), "MeasureEn": escape(measure.title_en),
        "Source": _highlight(t),
    }
    return NoteSpec(f"target/{t.id}", item_id("target", t.id), "target", fields,
                    tags_for("target", lesson.part, lesson.id), deck, lesson.part, lesson.id)


def _source_en(t: Target) -> str:
    if not t.source_en:
        return ""
    return f'<div class="source-en">“{escape(t.source_en)}”</div>'


def _measure_en(m: Measure) -> str:
    if not m.text_en:
        return ""
    return (f'<div class="measure-en"><b>{escape(m.title_en)}.</b> '
            f"{escape(m.text_en)}</div>")


def _measure_note(m: Measure, lesson: Lesson, glossary: tuple[Term, ...],
                  deck: tuple[str, ...]) -> NoteSpec:
    cloze = measure_cloze(m, lesson, glossary)
    fields = _empty("cloze") | {
        "Id": escape(m.id), "Text": cloze.text, "TextEn": cloze.text_en,
        "Lesson": escape(lesson.heading), "LessonEn": escape(lesson.title_en),
        "Measure": escape(m.title), "MeasureEn": escape(m.title_en),
        "Source": escape(m.source), "ExtraEn": cloze.extra_en + _measure_en(m),
    }
    return NoteSpec(f"measure/{m.id}", item_id("measure", m.id), "cloze", fields,
                    tags_for("measure", lesson.part, lesson.id), deck, lesson.part, lesson.id)


def _list(label: str, items: list[str], ordered: bool = True) -> str:
    if not items:
        return ""
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{item}</li>" for item in items)
    return f'<div class="label">{escape(label)}</div><{tag} class="list">{body}</{tag}>'


def _glossary(terms: tuple[Term, ...]) -> str:
    """English list of *terms* (an English field: pinyin, never the characters); the pinyin
    is :func:`~edu.content.glossary.reading`, memoised per term, so a lesson's list costs no
    ``pypinyin`` work after the first time its terms are read."""
    return _list(text("glossary").en, [f"{escape(t.term_en)} ({escape(reading(t))}):"
                              f" {escape(t.note)}" for t in terms], ordered=False)


def _lesson_note(lesson: Lesson, part: Part, deck: tuple[str, ...]) -> NoteSpec:
    fields = _empty("overview") | {
        "Id": escape(lesson.id), "Heading": escape(lesson.heading),
        "HeadingEn": escape(lesson.title_en), "Part": escape(part.heading),
        "PartEn": escape(part.title_en), "Lead": escape(lesson.lead),
        "Summary": _paragraphs(lesson.lead_en, lesson.summary_en),
        "Items": _list(text("measures").zh, [escape(m.title) for m in lesson.measures]),
        "ItemsEn": _list(text("measures").en,
                         [escape(m.title_en) for m in lesson.measures]),
        "Glossary": _glossary(lesson.terms),
    }
    return NoteSpec(f"lesson/{lesson.id}", item_id("lesson", lesson.id), "overview", fields,
                    tags_for("overview", lesson.part, lesson.id), deck, lesson.part, lesson.id)


def _paragraphs(*texts: str) -> str:
    return "".join(f"<div>{escape(text)}</div>" for text in texts if text)


def _term_note(e: Entry, heading: Text, deck: tuple[str, ...], part: str,
               lesson: str) -> NoteSpec:
    """The term *e* in its home (*heading*: the introduction's or its first lesson's)."""
    fields = _empty("term") | {
        "Id": escape(e.term), "Term": escape(e.term), "Pinyin": escape(e.pinyin),
        "TermEn": escape(e.term_en), "Note": escape(e.note),
        "Lesson": escape(heading.zh), "LessonEn": escape(heading.en),
    }
    return NoteSpec(f"term/{e.term}", item_id("term", e.term), "term", fields,
                    tags_for("term", part, lesson), deck, part, lesson)


def _statement_note(kind: str, key: str, n: int, total: int, cue: Text, body: Text,
                    deck: tuple[str, ...]) -> NoteSpec:
    """The *n*-th of *total* principles or goals (*kind*): its cue on the front, asking
    ``deck.ask_<kind>``; its text on the back. A goal's cue is its Chinese opening alone
    (``CueEn`` empty, as the decks have always shipped it)."""
    label, ask = text(f"deck.{kind}_kind", n=n, total=total), text(f"deck.ask_{kind}")
    fields = _empty("statement") | {
        "Id": escape(key), "Kind": label.zh, "KindEn": label.en,
        "Cue": escape(cue.zh), "CueEn": escape(cue.en), "Ask": ask.zh, "AskEn": ask.en,
        "Text": escape(body.zh), "TextEn": escape(body.en),
    }
    return NoteSpec(f"{kind}/{key}", item_id(kind, key), "statement", fields,
                    tags_for(kind, INTRODUCTION, INTRODUCTION), deck, INTRODUCTION, INTRODUCTION)


def _introduction_notes(plan: Plan, deck: tuple[str, ...]) -> list[NoteSpec]:
    intro, info = plan.introduction, plan.info
    tags = tags_for("overview", INTRODUCTION, INTRODUCTION)
    overview = _empty("overview") | {
        "Id": INTRODUCTION, "Heading": escape(intro.title), "HeadingEn": escape(intro.title_en),
        "Part": escape(info.title), "PartEn": escape(info.title_en),
        "Lead": escape(intro.ideology),
        "Summary": _paragraphs(intro.ideology_en, intro.summary_en),
        "Items": _list(text("principles").zh, [escape(p.name) for p in intro.principles])
        + _list(text("goals").zh, [escape(goal_cue(g).zh) for g in intro.goals]),
        "ItemsEn": _list(text("principles").en,
                         [escape(p.name_en) for p in intro.principles])
        + _list(text("goals").en, [escape(goal_cue(g).en) for g in intro.goals]),
        "Glossary": _glossary(plan.glossary),
    }
    notes = [NoteSpec(f"lesson/{INTRODUCTION}", item_id("lesson", INTRODUCTION), "overview",
                      overview, tags, deck, INTRODUCTION, INTRODUCTION)]
    total = len(intro.principles)
    notes += [_statement_note("principle", p.id, n, total, Text(p.name, p.name_en),
                              Text(p.source, p.text_en), deck)
              for n, p in enumerate(intro.principles, 1)]
    total = len(intro.goals)
    notes += [_statement_note("goal", g.id, n, total, Text(goal_cue(g).zh, ""),
                              Text(g.text, g.text_en), deck)
              for n, g in enumerate(intro.goals, 1)]
    return notes


def root_deck(plan: Plan) -> str:
    return plan.info.title


def lesson_deck(plan: Plan, lesson: Lesson) -> tuple[str, ...]:
    return (root_deck(plan), plan.part(lesson.part).heading, lesson.heading)


def introduction_deck(plan: Plan) -> tuple[str, ...]:
    return (root_deck(plan), plan.introduction.title)


def plan_notes(plan: Plan) -> list[NoteSpec]:
    """Every note of *plan*, in study order (see the module docstring)."""
    intro, deck = plan.introduction, introduction_deck(plan)
    notes = _introduction_notes(plan, deck)
    home: dict[str, list[Entry]] = {}  # each term under its first lesson ("": plan-wide)
    for e in entries(plan):
        home.setdefault(e.lessons[0], []).append(e)
    notes += [_term_note(e, Text(intro.title, intro.title_en), deck, INTRODUCTION, INTRODUCTION)
              for e in home.get("", [])]
    for lesson in plan.lessons:
        deck = lesson_deck(plan, lesson)
        notes.append(_lesson_note(lesson, plan.part(lesson.part), deck))
        for m in lesson.measures:
            notes.append(_measure_note(m, lesson, plan.glossary, deck))
            notes.extend(_target_note(t, lesson, m, deck)
                         for t in lesson.targets if t.measure == m.id)
        notes += [_term_note(e, Text(lesson.heading, lesson.title_en), deck, lesson.part,
                             lesson.id) for e in home.get(lesson.id, [])]
    return notes
