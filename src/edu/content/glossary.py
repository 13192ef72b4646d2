"""The learner's glossary: every term of the plan with its English, a note and pinyin.

* **Entries** come from the plan-wide glossary (``plan.yaml`` ``glossary:``) and from each
  lesson's ``terms:``; a term listed in both places is one entry (the plan-wide one first, so
  its id and English are stable whichever lesson mentions it).
* **Pinyin** is computed with ``pypinyin`` (phrase-aware, tone marks, one syllable per
  character, separated by spaces), unless the entry stores ``pinyin:`` itself — which it does
  exactly where the computed reading is wrong (a polyphone such as 难 in 急难愁盼, read nán).
  A stored reading is checked syllable by syllable against the readings ``pypinyin`` knows for
  each character (:func:`pinyin_problem`), so a typo cannot slip in. ``pypinyin`` is imported
  only when pinyin is first asked for.
* **Look-ups match whole terms** (:func:`find_terms`): the text is segmented with ``jieba``
  (the glossary's terms added to its dictionary), the glossary's terms are tried longest first,
  and a match must start and end on a word boundary, so 年 is not found inside 青年人.
  Look-ups and segmentations are memoised on their text, their terms and the number of words
  added to jieba so far (words are only ever added, so that number names the dictionary): a
  deck build meets each measure's text with its lesson's terms, and pinyin is memoised per
  term (:func:`reading`), so neither jieba nor ``pypinyin`` redoes work for repeated content.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from edu.content.model import Plan
from edu.content.model import Term
from edu.text import occurrences

#: A Han character (CJK unified ideographs, extension A, compatibility ideographs).
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Entry:
    """One glossary entry: the term, its English, a one-line note, pinyin, and its lessons."""

    term: str
    term_en: str
    note: str
    pinyin: str
    lessons: tuple[str, ...]  # lessons whose text uses it ("" first when it is plan-wide)

    @property
    def pinyin_plain(self) -> str:
        """The pinyin without tone marks or spaces, lower case: ``gongtongfuyu``."""
        return plain_pinyin(self.pinyin)


#: Readings of terms in lesson files that ``pypinyin``'s phrase dictionary gets wrong (the
#: lesson files belong to the translators; plan-wide entries store ``pinyin:`` instead).
#: Dictionary (citation) tones, not tone sandhi: 一 is yī.
PHRASES: dict[str, str] = {
    "应保尽保": "yīng bǎo jìn bǎo",  # 尽 "to the full" (应收尽收), not jǐn
    "双一流": "shuāng yī liú",
}


@lru_cache(maxsize=1)
def _pypinyin() -> Any:
    import pypinyin

    pypinyin.load_phrases_dict({k: [[s] for s in v.split()] for k, v in PHRASES.items()})
    return pypinyin


def _syllables(term: str) -> list[list[str]]:
    pypinyin = _pypinyin()
    result: list[list[str]] = pypinyin.pinyin(term, style=pypinyin.Style.TONE, heteronym=False,
                                               errors=lambda s: list(s))
    return result


@lru_cache(maxsize=4096)
def reading(term: Term) -> str:
    """A glossary term's pinyin: the stored reading where the content gives one, else
    :func:`pinyin_of` (the one rule every surface uses)."""
    return term.pinyin or pinyin_of(term.term)


def pinyin_of(term: str) -> str:
    """The pinyin of *term* as ``pypinyin`` reads it (with :data:`PHRASES`): tone marks,
    syllables separated by spaces, punctuation (、) attached to the syllable before it."""
    out = ""
    for group in _syllables(term):
        piece = group[0].strip() if group else ""
        if not piece:
            continue
        if HAN.search(piece) or not piece.isalpha():
            out += piece
        else:
            out += (" " if out and out[-1].isalpha() else "") + piece
    return out

def _readings(char: str) -> set[str]:
    pypinyin = _pypinyin()
    return {r for group in pypinyin.pinyin(char, style=pypinyin.Style.TONE, heteronym=True)
            for r in group}


def pinyin_problem(term: str, stored: str) -> str | None:
    """Why *stored* is not a possible reading of *term* (``None`` when it is)."""
    chars = [c for c in term if HAN.match(c)]
    syllables = re.sub(r"[^\w]+", " ", stored).split()
    if len(chars) != len(syllables):
        return (f"{len(syllables)} syllables for {len(chars)} characters; write one syllable "
                "per character, separated by spaces")
    for char, syllable in zip(chars, syllables, strict=True):
        readings = _readings(char)
        if syllable.lower() not in readings:
            return (f"{syllable!r} is not a reading of {char} (known: "
                    f"{', '.join(sorted(readings))})")
    return None


def plain_pinyin(text: str) -> str:
    """*text* with tone marks, tone numbers, spaces and apostrophes removed, lower case;
    ü becomes u (``lǜ`` → ``lu``), as people type it."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s'’0-9\-]", "", bare)


def has_tone_marks(text: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def toned_key(text: str) -> str:
    """*text* with spaces and apostrophes removed, lower case, tone marks kept (NFC)."""
    return re.sub(r"[\s'’\-]", "", unicodedata.normalize("NFC", text.lower()))


def _entry(term: Term, lessons: tuple[str, ...]) -> Entry:
    return Entry(term.term, term.term_en, term.note, reading(term),
                 lessons)


def entries(plan: Plan) -> tuple[Entry, ...]:
    """Every glossary entry of *plan*, plan-wide ones first, then by lesson; one per term."""
    lessons_of: dict[str, list[str]] = {}
    for lesson in plan.lessons:
        for term in lesson.terms:
            lessons_of.setdefault(term.term, []).append(lesson.id)
    out: dict[str, Entry] = {}
    for term in plan.glossary:
        out[term.term] = _entry(term, ("", *lessons_of.get(term.term, ())))
    for lesson in plan.lessons:
        for term in lesson.terms:
            if term.term not in out:
                out[term.term] = _entry(term, tuple(lessons_of[term.term]))
    return tuple(out.values())


def lesson_entries(plan: Plan, lesson_id: str) -> tuple[Entry, ...]:
    """The entries a lesson lists, in its order, with their pinyin."""
    by_term = {e.term: e for e in entries(plan)}
    lesson = plan.lesson(lesson_id)
    return tuple(by_term[t.term] for t in lesson.terms)


# -- whole-term look-up ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _base_tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _tokenizer(terms: tuple[str, ...]) -> Any:
    """The process's jieba tokenizer with *terms* of two or more characters in its
    vocabulary (added once and kept: they are words of this domain). A one-character term is
    never added, so that it cannot split a longer word around it (年 in 青年人)."""
    tokenizer = _base_tokenizer()
    for term in terms:
        if len(term) >= 2 and term not in _ADDED:
            tokenizer.add_word(term, freq=10 ** 7)
            _ADDED.add(term)
    return tokenizer


_ADDED: set[str] = set()


#: What jieba segments as one block (its ``re_han_default``): text between punctuation.
_RUN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_NUMBER_HEAD = re.compile(r"^[0-9.０-９零〇一二三四五六七八九十百千万亿两几]+")


def word_boundaries(text: str, terms: tuple[str, ...] = ()) -> set[int]:
    """The offsets in *text* where a word starts or ends (jieba, with *terms* as words).

    A number and the unit after it are two words even where jieba's dictionary has them as
    one (亿立方米 is 亿 + 立方米, 万人次 is 万 + 人次)."""
    _tokenizer(tuple(sorted(set(terms))))
    return set(_segment(text, len(_ADDED)))


@lru_cache(maxsize=8192)
def _segment(text: str, vocabulary: int) -> frozenset[int]:
    """The word boundaries of *text* with the tokenizer as it is when it holds *vocabulary*
    added words: words are only ever added, so their number names the tokenizer's state, and
    the same text (a measure met again, in a scaled copy or another deck build) is segmented
    once per state."""
    bounds = {0}
    offset = 0
    for token in _base_tokenizer().cut(text, HMM=False):
        head = _NUMBER_HEAD.match(token)
        if head:
            bounds.add(offset + head.end())
        offset += len(token)
        bounds.add(offset)
    return frozenset(bounds)


def find_terms(text: str, terms: tuple[str, ...] | list[str]) -> list[tuple[int, int, str]]:
    """Whole-term occurrences of *terms* in *text* as ``(start, end, term)``, in text order,
    longest first where they overlap, never cutting a word of the text.

    Memoised on the text, the terms and the tokenizer's state (see :func:`_segment`): a deck
    build looks up each measure's text with its lesson's terms, and scaled or repeated
    content repeats both."""
    return list(_find_terms(text, tuple(terms), len(_ADDED)))


@lru_cache(maxsize=8192)
def _find_terms(text: str, terms: tuple[str, ...],
                state: int) -> tuple[tuple[int, int, str], ...]:
    """:func:`find_terms` with the tokenizer holding *state* added words before the call.

    Exact: the answer depends only on the text, the terms and that state; the call may add
    *terms* to the tokenizer, and then the state (a count that only grows) is new, so a
    later call never reuses an answer computed with a different tokenizer."""
    candidates = sorted({t for t in terms if t and t in text}, key=len, reverse=True)
    if not candidates:
        return ()
    # jieba segments each run of Han characters and alphanumerics on its own (punctuation
    # splits the text first), so only the runs that hold a candidate need segmenting
    # (anything else is a token of its own: a boundary on both sides)
    runs = [m.span() for m in _RUN.finditer(text)]
    bounds = set(range(len(text) + 1)) - {i for a, b in runs for i in range(a + 1, b)}
    found = {t: occurrences(text, t) for t in candidates}
    hits = [(i, i + len(t)) for t, starts in found.items() for i in starts]
    vocabulary = tuple(terms)
    for start, end in runs:
        if any(a < end and start < b for a, b in hits):
            bounds |= {start + b for b in word_boundaries(text[start:end], vocabulary)}
    taken = [False] * len(text)
    out: list[tuple[int, int, str]] = []
    for term in candidates:
        for start in found[term]:
            end = start + len(term)
            if start in bounds and end in bounds and not any(taken[start:end]):
                out.append((start, end, term))
                taken[start:end] = [True] * len(term)
    return tuple(sorted(out))
