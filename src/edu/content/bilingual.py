"""Chinese beside English, sentence by sentence.

The project's English is written sentence for sentence (``content/README.md``): a Chinese
text of N sentences (ending in 。！？) has an English text of N sentences. :func:`sentence_pairs`
pairs them so that "both languages" views can put each Chinese sentence directly before its
English; when the counts differ it falls back to one pair (the whole texts), and
``edu validate`` warns about that field.
"""

from __future__ import annotations

import re

_ZH_END = re.compile(r"(?<=[。！？])")
# an English sentence ends with . ! or ? (maybe inside a closing quote or bracket) followed
# by a space and a capital, digit or opening quote
_EN_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’)]))\s+(?=[A-Z0-9“\"‘(])")


def zh_sentences(text: str) -> list[str]:
    return [s for s in _ZH_END.split(text) if s]


def en_sentences(text: str) -> list[str]:
    return [s for s in _EN_END.split(text.strip()) if s and s.strip()]


def aligned(zh: str, en: str) -> bool:
    """True when *en* has as many sentences as *zh* (or either is empty)."""
    return not zh or not en or len(zh_sentences(zh)) == len(en_sentences(en))


def sentence_pairs(zh: str, en: str) -> list[tuple[str, str]]:
    """``[(zh sentence, en sentence), …]``; ``[(zh, en)]`` when they do not align."""
    zs, es = zh_sentences(zh), en_sentences(en)
    if zs and es and len(zs) == len(es):
        return list(zip(zs, es, strict=True))
    return [(zh, en)]
