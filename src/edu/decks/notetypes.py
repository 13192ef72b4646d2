"""The Anki note types of the decks: fixed ids, versioned field sets, templates.

Anki matches an imported note type to the learner's by id, and accepts it as the same type only
when its field names and template names are unchanged ("schema"); otherwise it adds a copy
("edu Target v1+") and the learner's notes stop receiving updates. So each note type has a
*version*, and its id is fixed per version:

=========  =======  ============  ============================================================
key        version  id            fields
=========  =======  ============  ============================================================
target     1        2026544247    Id Metric MetricEn Lesson LessonEn Value ValueEn Baseline
                                  BaselineEn Conversion Measure MeasureEn Source Notice NoticeEn
statement  1        1568349934    Id Kind KindEn Cue CueEn Ask AskEn Text TextEn Notice NoticeEn
cloze      1        1685199148    Id Text TextEn Lesson LessonEn Measure MeasureEn Source
                                  ExtraEn Notice NoticeEn
overview   1        1305110842    Id Heading HeadingEn Part PartEn Lead Summary Items ItemsEn
                                  Glossary Notice NoticeEn
term       1        2018756498    Id Term Pinyin TermEn Note Lesson LessonEn Notice NoticeEn
=========  =======  ============  ============================================================

The ids are ``2**30 | stable_int("anki-note-type", key, version, bits=30)`` (31-bit, as
genanki advises), written out here so that they never change by accident. To change a field
set or a template *name*: add a new version with a new id (the lockfile refuses a changed
schema under an old id). Template bodies and the CSS may change freely: the note type's
modification time in the lockfile advances and Anki updates the learner's copy.

Every field is Chinese (``zh``), English (``en``) or neither; ``--lang`` empties the fields of
the other language. Templates show a field only when it is non-empty, and each front has a
Chinese and an English prompt, so no front is ever empty.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from edu.decks.style import CSS
from edu.present.strings import text

#: Fields shared by every note type: the retirement notice, in each language.
NOTICE_FIELDS = (("Notice", "zh"), ("NoticeEn", "en"))

_NOTICE = ('{{#Notice}}<div class="notice zh">{{Notice}}</div>{{/Notice}}'
           '{{#NoticeEn}}<div class="notice en">{{NoticeEn}}</div>{{/NoticeEn}}\n')


def _pair(css: str, zh: tuple[str, str], en: tuple[str, str]) -> str:
    """A line with a Chinese and an English part, each shown when its field (first) is set."""
    (zh_field, zh_text), (en_field, en_text) = zh, en
    return (f'<div class="{css}">{{{{#{zh_field}}}}}<span class="zh">{zh_text}</span>'
            f'{{{{/{zh_field}}}}}{{{{#{en_field}}}}} <span class="en">{en_text}</span>'
            f'{{{{/{en_field}}}}}</div>\n')


def _values(css: str, zh: str, en: str) -> str:
    """A :func:`_pair` showing the two fields' own values."""
    return _pair(css, (zh, f"{{{{{zh}}}}}"), (en, f"{{{{{en}}}}}"))


def _front(css: str, crumb: str, prompt: str, ask: str) -> str:
    """A question side: notice, breadcrumb, the prompt field in each language, the question."""
    return (f'<div class="edu {css}">\n' + _NOTICE + crumb + _line(prompt, "prompt zh")
            + _line(prompt + "En", "prompt en") + ask + "</div>")


def _back(css: str) -> str:
    """The start of an answer side: the question side, the rule, the answer block."""
    return f'{{{{FrontSide}}}}\n<hr id="answer">\n<div class="edu {css}-answer">\n'


def _line(field: str, css: str) -> str:
    return f'{{{{#{field}}}}}<div class="{css}">{{{{{field}}}}}</div>{{{{/{field}}}}}\n'


def _ask(zh_field: str, en_field: str, key: str) -> str:
    """The question under a front's prompt: catalogue entry *key*, each language shown when
    its field is set."""
    ask = text(key)
    return _pair("ask", (zh_field, ask.zh), (en_field, ask.en))


def _labelled(field: str, css: str, label: str) -> str:
    return (f'{{{{#{field}}}}}<div class="{css}"><span class="label">{label}</span> '
            f'{{{{{field}}}}}</div>{{{{/{field}}}}}\n')


_REF = '<div class="ref">{{Id}}</div>\n'
#: The measure a card belongs to, labelled in each language.
_MEASURE = (_labelled("Measure", "meta zh", text("deck.measure").zh)
            + _labelled("MeasureEn", "meta en", text("deck.measure").en))
_TERM_ASK = text("deck.ask_term")


@dataclass(frozen=True, slots=True)
class NoteType:
    """One versioned note type: id, name, fields with their language, templates."""

    key: str
    version: int
    id: int
    name: str
    fields: tuple[tuple[str, str], ...]
    templates: tuple[tuple[str, str, str], ...]  # (name, front, back)
    cloze: bool = False
    field_names: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_names", tuple(name for name, _ in self.fields))

    @property
    def template_names(self) -> tuple[str, ...]:
        return tuple(name for name, _, _ in self.templates)

    def blank_for(self, lang: str) -> frozenset[str]:
        """The fields that ``--lang`` *lang* empties."""
        if lang == "both":
            return frozenset()
        return frozenset(name for name, field_lang in self.fields
                         if field_lang and field_lang != lang)

    @property
    def fingerprint(self) -> str:
        """A hash of everything Anki stores for the note type (name, fields, templates, CSS)."""
        payload = json.dumps([self.id, self.name, self.fields, self.templates, self.cloze, CSS],
                             ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    def genanki_model(self) -> Any:
        """A fresh ``genanki.Model`` for this note type."""
        import genanki

        return genanki.Model(
            self.id, self.name,
            fields=[{"name": name} for name in self.field_names],
            templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in self.templates],
            css=CSS,
            model_type=genanki.Model.CLOZE if self.cloze else genanki.Model.FRONT_BACK,
            sort_field_index=0,
        )


TARGET = NoteType(
    "target", 1, 2026544247, "edu Target v1",
    (("Id", ""), ("Metric", "zh"), ("MetricEn", "en"), ("Lesson", "zh"), ("LessonEn", "en"),
     ("Value", "zh"), ("ValueEn", "en"), ("Baseline", "zh"), ("BaselineEn", "en"),
     ("Conversion", "en"), ("Measure", "zh"), ("MeasureEn", "en"), ("Source", "zh"),
     *NOTICE_FIELDS),
    (("Target",
      _front("target", _values("crumb", "Lesson", "LessonEn"), "Metric",
             _ask("Metric", "MetricEn", "deck.ask_target")),
      _back("target") + _line("Value", "value zh") + _line("ValueEn", "value-en en")
      + _line("Baseline", "meta zh") + _line("BaselineEn", "meta en")
      + _line("Conversion", "meta en") + _line("Source", "source zh")
      + _MEASURE
      + _REF + "</div>"),),
)

STATEMENT = NoteType(
    "statement", 1, 1568349934, "edu Principle/Goal v1",
    (("Id", ""), ("Kind", "zh"), ("KindEn", "en"), ("Cue", "zh"), ("CueEn", "en"),
     ("Ask", "zh"), ("AskEn", "en"), ("Text", "zh"), ("TextEn", "en"), *NOTICE_FIELDS),
    (("Principle or goal",
      _front("statement", _values("crumb", "Kind", "KindEn"), "Cue",
             _values("ask", "Ask", "AskEn")),
      _back("statement") + _line("Text", "source zh") + _line("TextEn", "meta en")
      + _REF + "</div>"),),
)

CLOZE = NoteType(
    "cloze", 1, 1685199148, "edu Measure cloze v1",
    (("Id", ""), ("Text", "zh"), ("TextEn", "en"), ("Lesson", "zh"), ("LessonEn", "en"),
     ("Measure", "zh"), ("MeasureEn", "en"), ("Source", "zh"), ("ExtraEn", "en"),
     *NOTICE_FIELDS),
    (("Cloze",
      '<div class="edu cloze-card">\n' + _NOTICE + _values("crumb", "Lesson", "LessonEn")
      + '{{#Text}}<div class="prompt zh">{{cloze:Text}}</div>{{/Text}}\n'
        '{{^Text}}<div class="prompt en">{{cloze:TextEn}}</div>{{/Text}}\n</div>',
      '<div class="edu cloze-card">\n' + _NOTICE + _values("crumb", "Lesson", "LessonEn")
      + '{{#Text}}<div class="prompt zh">{{cloze:Text}}</div>{{/Text}}\n'
        '{{^Text}}<div class="prompt en">{{cloze:TextEn}}</div>{{/Text}}\n'
        '<hr id="answer">\n'
      + _MEASURE
      + _line("ExtraEn", "meta en") + _line("Source", "source zh") + _REF + "</div>"),),
    cloze=True,
)

OVERVIEW = NoteType(
    "overview", 1, 1305110842, "edu Lesson overview v1",
    (("Id", ""), ("Heading", "zh"), ("HeadingEn", "en"), ("Part", "zh"), ("PartEn", "en"),
     ("Lead", "zh"), ("Summary", "en"), ("Items", "zh"), ("ItemsEn", "en"), ("Glossary", "en"),
     *NOTICE_FIELDS),
    (("Overview",
      _front("overview", _values("crumb", "Part", "PartEn"), "Heading",
             _ask("Heading", "HeadingEn", "deck.ask_lesson")),
      _back("overview") + _line("Lead", "source zh") + _line("Summary", "meta en")
      + _line("Items", "zh") + _line("ItemsEn", "en") + _line("Glossary", "en")
      + _REF + "</div>"),),
)

#: A glossary term: the Chinese term with its pinyin on the front, its English and a one-line
#: note on the back; English-only decks ask from the English term instead. ``Pinyin`` belongs
#: to neither language, so it stays in every deck.
TERM = NoteType(
    "term", 1, 2018756498, "edu Glossary term v1",
    (("Id", ""), ("Term", "zh"), ("Pinyin", ""), ("TermEn", "en"), ("Note", "en"),
     ("Lesson", "zh"), ("LessonEn", "en"), *NOTICE_FIELDS),
    (("Term",
      '<div class="edu term">\n' + _NOTICE + _values("crumb", "Lesson", "LessonEn")
      + '{{#Term}}<div class="prompt zh">{{Term}}</div>'
        '<div class="pinyin">{{Pinyin}}</div>'
      + f'<div class="ask"><span class="zh">{_TERM_ASK.zh}</span>'
        f'{{{{#TermEn}}}} <span class="en">{_TERM_ASK.en}</span>{{{{/TermEn}}}}</div>'
        '{{/Term}}\n'
        '{{^Term}}<div class="prompt en">{{TermEn}}</div>'
        f'<div class="ask"><span class="en">{_TERM_ASK.en}</span></div>'
        '{{/Term}}\n</div>',
      _back("term") + '{{#Term}}' + _line("TermEn", "value-en en") + '{{/Term}}\n'
      + '{{^Term}}<div class="pinyin">{{Pinyin}}</div>{{/Term}}\n'
      + _line("Note", "meta en") + _REF + "</div>"),),
)

#: The current note type of each kind of note.
NOTE_TYPES: dict[str, NoteType] = {nt.key: nt for nt in (TARGET, STATEMENT, CLOZE, OVERVIEW,
                                                         TERM)}
