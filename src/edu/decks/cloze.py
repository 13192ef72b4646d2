"""Cloze deletions for a measure: its key numbers, else its key terms, else its title.

Each measure gets one cloze note, never an empty one. What is hidden, in order of preference:

1. **numbers** — every target the measure states: its value and unit as written in the
   target's sentence (``88%``, ``三年``), one cloze per target, shown in the sentences that
   state them;
2. **terms** — up to three glossary terms of the lesson that occur in the measure (units such
   as 亩 or 周岁, and one-character terms, are not key terms), in the sentences that use them;
3. **title** — the measure's title (its first sentence), with the rest of the measure shown.

The Chinese cloze text and the English one (used when cards are English-only) carry the same
cloze numbers, so every card has its deletion in whichever text the card shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from edu.content.model import Lesson
from edu.content.model import Measure
from edu.content.model import Target
from edu.content.model import Term
from edu.content.wording import MULTIPLIERS
from edu.content.wording import UNITS_EN
from edu.content.wording import find_quantity
from edu.content.wording import qty_en
from edu.content.wording import sentence_spans
from edu.content.wording import statement

MAX_TERMS = 3


@lru_cache(maxsize=1 << 16)
def escape(text: str) -> str:
    """HTML-escape *text* for a field, and defuse Anki's cloze syntax inside it.

    Memoised: a lesson's and a measure's headings are escaped again for each of their notes."""
    # chained str.replace: much faster than str.translate on Chinese text
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("{", "&#123;").replace("}", "&#125;").replace("::", ":&#58;"))


@dataclass(frozen=True, slots=True)
class Cloze:
    """The cloze fields of one measure's note."""

    kind: str  # "numbers", "terms" or "title"
    count: int  # number of deletions (cards)
    text: str  # Chinese, HTML, with {{cN::…}}
    text_en: str  # English, HTML, with the same cloze numbers
    extra_en: str  # English notes for the back of the card


def _render(source: str, spans: list[tuple[int, int]]) -> str:
    """The sentences of *source* that hold a span, with each span as {{cN::…}} in order."""
    spans = sorted(spans)
    out: list[str] = []
    n = 0
    for s, e in sentence_spans(source):
        inside = [(a, b) for a, b in spans if s <= a and b <= e]
        if not inside:
            continue
        pos = s
        for a, b in inside:
            n += 1
            out.append(escape(source[pos:a]))
            out.append(f"{{{{c{n}::{escape(source[a:b])}}}}}")
            pos = b
        out.append(escape(source[pos:e]))
    return "".join(out)


def _number_cloze(m: Measure, targets: list[Target]) -> Cloze | None:
    source = m.source
    located: list[tuple[int, int, Target]] = []
    for t in targets:
        at = source.find(t.source)
        span = find_quantity(t.source, t.value, t.unit) if at >= 0 else None
        if span is None:
            continue
        start, end = at + span[0], at + span[1]
        while any(start == a for a, _, _ in located):  # two targets in one sentence, same value
            nxt = find_quantity(source[end:], t.value, t.unit)
            if nxt is None:
                break
            start, end = end + nxt[0], end + nxt[1]
        located.append((start, end, t))
    if not located:
        return None
    located.sort(key=lambda item: item[0])
    lines, extra = [], []
    for n, (_, _, t) in enumerate(located, 1):
        phrase, amount = statement(t).en, qty_en(t.value, t.unit)
        before, _, after = phrase.partition(amount)
        lines.append(f"{escape(t.metric_en)}: {escape(before)}{{{{c{n}::{escape(amount)}}}}}"
                     f"{escape(after)}")
        extra.append(f"<li>{escape(t.metric_en)}: {escape(phrase)}</li>")
    return Cloze("numbers", len(located), _render(source, [(a, b) for a, b, _ in located]),
                 "<br>".join(lines), f'<ul class="list">{"".join(extra)}</ul>')


def key_terms(lesson: Lesson, glossary: tuple[Term, ...]) -> list[Term]:
    """The lesson's glossary terms that can be a key term (not a unit, not one character)."""
    units = {t.term for t in glossary} | set(UNITS_EN) | set(MULTIPLIERS)
    return [t for t in lesson.terms if len(t.term) >= 2 and t.term not in units]


def _term_cloze(m: Measure, terms: list[Term]) -> Cloze | None:
    """Up to :data:`MAX_TERMS` terms, each at its first whole-term occurrence in *m*."""
    from edu.content.glossary import find_terms

    source = m.source
    by_term = {t.term: t for t in terms}
    chosen: list[tuple[int, int, Term]] = []
    for start, end, term in find_terms(source, list(by_term)):
        if any(t.term == term for _, _, t in chosen):
            continue
        chosen.append((start, end, by_term[term]))
        if len(chosen) == MAX_TERMS:
            break
    if not chosen:
        return None
    lines, extra = [], []
    for n, (_, _, t) in enumerate(chosen, 1):
        lines.append(f"{{{{c{n}::{escape(t.term_en)}}}}}: {escape(t.note)}")
        extra.append(f"<li>{escape(t.term_en)}: {escape(t.note)}</li>")
    intro = f"“{escape(m.title_en)}” — "
    return Cloze("terms", len(chosen), _render(source, [(a, b) for a, b, _ in chosen]),
                 intro + "<br>".join(lines), f'<ul class="list">{"".join(extra)}</ul>')


def _title_cloze(m: Measure, lesson: Lesson, position: int) -> Cloze:
    text = f"{{{{c1::{escape(m.title)}}}}}。{escape(m.text)}"
    text_en = (f"{escape(lesson.title_en)}, measure {position} of {len(lesson.measures)}: "
               f"{{{{c1::{escape(m.title_en)}}}}}")
    return Cloze("title", 1, text, text_en, "")


def measure_cloze(m: Measure, lesson: Lesson, glossary: tuple[Term, ...]) -> Cloze:
    """The cloze of measure *m* of *lesson* (see the module docstring)."""
    targets = [t for t in lesson.targets if t.measure == m.id]
    cloze = _number_cloze(m, targets)
    if cloze is None:
        cloze = _term_cloze(m, key_terms(lesson, glossary))
    if cloze is None:
        position = next(i for i, x in enumerate(lesson.measures, 1) if x.id == m.id)
        cloze = _title_cloze(m, lesson, position)
    return cloze
