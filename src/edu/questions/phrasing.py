"""Wording the generators share: quantities, comparators, sentences and explanations.

Chinese stems follow the plan's own phrasing (不低于, 提高到 …, the comparator vocabulary of
``content/README.md``); English is our own wording. Nothing here states a fact: every value,
unit and sentence comes from the content passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

from edu.content.model import COMPARATOR_ZH, Target
from edu.content.wording import SENTENCE_ENDS as SENTENCE_ENDS
from edu.content.wording import qty_en as qty_en
from edu.content.wording import qty_zh as qty_zh
from edu.content.wording import quantity as quantity
from edu.content.wording import sentences as sentences
from edu.content.wording import statement as statement
from edu.content.wording import unit_hint as unit_hint
from edu.ids import item_id
from edu.questions.model import Option, Text

#: The comparator as a statement writes it (before the value) in Chinese.
#: (``about`` writes nothing before the value: the statement ends in 左右 instead.)
CMP_ZH = {**COMPARATOR_ZH, "about": ""}
#: English: what kind of figure the target is (a hint in the stem, never the value).
_CMP_HINT_EN = {"at_least": "a floor: at least …", "at_most": "a ceiling: at most …",
                "about": "a rough amount: about …", "reach": "a level to reach",
                "raise_to": "a level to raise it to", "increase_by": "an amount to add",
                "reduce_by": "a cut", "extend_to": "a value to extend it to",
                "extend_by": "how much longer"}


def bare(text: str) -> str:
    """*text* without its closing full stop, for quoting inside a sentence."""
    return text.rstrip().rstrip(".")


def ask_target(t: Target) -> Text:
    """A stem asking for a target's value, without giving it."""
    ask = {"at_least": "不低于多少", "at_most": "不高于多少", "about": "约为多少",
           "reach": "达到多少", "raise_to": "提高到多少", "increase_by": "新增多少",
           "reduce_by": "降低多少", "extend_to": "延长至多少",
           "extend_by": "再延长多少"}[t.comparator]
    if t.approximate and t.comparator != "about":
        ask += "左右"
    hint = _CMP_HINT_EN[t.comparator]
    if t.comparator == "reduce_by" and t.baseline is not None and t.baseline.year is not None:
        ask = f"在{t.baseline.year}年基础上{ask}"
        hint = f"a cut from the {t.baseline.year} level"
    if t.approximate and t.comparator != "about":
        hint += ", roughly"
    return Text(f"根据《行动计划》，“{t.metric}”的目标是{ask}？",
                f"According to the plan, what is the target for “{t.metric_en}”? ({hint})")


def explain(point: Text, source: tuple[str, ...]) -> Text:
    """An explanation: the point, then the verbatim source sentence(s) quoted."""
    if not source:
        return point
    zh = point.zh
    if zh and not zh.endswith(("。", "！", "？", "；")):
        zh += "。"
    quote = "".join(f"“{s}”" for s in source)
    return Text(f"{zh}原文：{quote}",
                f"{point.en} The plan says: {' '.join(f'“{s}”' for s in source)}".strip())


#: :func:`edu.ids.item_id`, memoised: the generators ask for the same items many times.
item_ref = lru_cache(maxsize=8192)(item_id)


def distinct(texts: Iterable[Text]) -> bool:
    """True when no two of *texts* read the same, in Chinese or in English."""
    seen = list(texts)
    return all(len({t.get(lang) for t in seen}) == len(seen) for lang in ("zh", "en"))


def option(question_id: str, key: str, text: Text) -> Option:
    """An option with an id derived from its question and its own content key.

    ``o`` + 8 hex digits of SHA-256 over ``option``, the question id (fixed-length hex) and the
    key, separated by a control character: unambiguous, and cheaper than JSON encoding.
    """
    payload = f"option\x1f{question_id}\x1f{key}".encode("utf-8", "surrogatepass")
    return Option("o" + hashlib.sha256(payload).hexdigest()[:8], text)


def by_id(options: list[Option]) -> tuple[Option, ...]:
    """Options in id order: stable, and unrelated to which one is correct."""
    return tuple(sorted(options, key=lambda o: o.id))
