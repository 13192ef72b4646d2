"""Wording the generators share: quantities, comparators, sentences and explanations.

Chinese stems follow the plan's own phrasing (不低于, 提高到 …, the comparator vocabulary of
``content/README.md``); English is our own wording. Nothing here states a fact: every value,
unit and sentence comes from the content passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

from edu.content.model import Plan
from edu.content.model import Principle
from edu.content.model import Target
from edu.content.wording import predicate_en
from edu.content.wording import statement
from edu.ids import item_id
from edu.questions.model import Option
from edu.questions.model import Text

#: English: the question a stem asks for each comparator ({m} is the quoted metric).
_ASK_EN = {"at_least": "What floor does the plan set for {m} (at least how much)?",
           "at_most": "What ceiling does the plan set for {m} (at most how much)?",
           "about": "Roughly what figure does the plan set for {m}?",
           "reach": "What level should {m} reach under the plan?",
           "raise_to": "To what level should {m} be raised under the plan?",
           "increase_by": "By how much should {m} increase under the plan?",
           "reduce_by": "By how much should {m} fall under the plan?",
           "extend_to": "To what should {m} be extended under the plan?",
           "extend_by": "By how much should {m} be extended under the plan?"}
def cite(plan: Plan) -> str:
    """The plan as a stem cites it: its short title in book-title marks (``《行动计划》``),
    from the content (``plan.short_title``), never written into a generator."""
    return f"《{plan.info.short_title}》"


def bare(text: str) -> str:
    """*text* without its closing full stop, for quoting inside a sentence."""
    return text.rstrip().rstrip(".")


def claim(t: Target, value: float | None = None, comparator: str | None = None, *,
          title: str) -> Text:
    """A whole sentence stating the target: ``“农村自来水普及率”的目标是不低于88%。`` /
    ``Under the plan, “Share of rural residents …” should be at least 88%.`` Grammatical for
    every comparator (optionally with another value or comparator, for a false statement)."""
    s = statement(t, value, comparator)
    return Text(f"根据{title}，“{t.metric}”的目标是{s.zh}。",
                f"Under the plan, “{t.metric_en}” should {predicate_en(t, value, comparator)}.")


def target_point(t: Target) -> Text:
    """The explanation's point for a target: ``“…”的目标是不低于88%。`` /
    ``The plan's target for “…”: at least 88%.`` — the target's own :func:`statement`,
    verbatim, as on every other surface."""
    s = statement(t)
    return Text(f"“{t.metric}”的目标是{s.zh}。",
                f"The plan's target for “{t.metric_en}”: {s.en}.")


def principle_point(p: Principle) -> Text:
    """The explanation's point for a basic principle: ``“…”的含义是：….`` /
    ``“…” (…) means: …`` — one wording for every kind that asks about it."""
    return Text(f"“{p.name}”的含义是：{p.text}。", f"“{p.name_en}” ({p.name}) means: {p.text_en}")


def ask_target(t: Target, title: str) -> Text:
    """A stem asking for a target's value, without giving it."""
    ask = {"at_least": "不低于多少", "at_most": "不高于多少", "about": "多少",
           "reach": "达到多少", "raise_to": "提高到多少", "increase_by": "新增多少",
           "reduce_by": "降低多少", "extend_to": "延长至多少",
           "extend_by": "再延长多少"}[t.comparator]
    # An approximate target is asked with 大约 before the verb (大约降低多少), never with 左右
    # after 多少 ("降低多少左右" and "目标是约为多少" are not natural Chinese).
    if t.approximate or t.comparator == "about":
        ask = "大约" + ask
    en = _ASK_EN[t.comparator].format(m=f"“{t.metric_en}”")
    if t.comparator == "reduce_by" and t.baseline is not None and t.baseline.year is not None:
        ask = f"在{t.baseline.year}年基础上{ask}"
        en = en.replace("fall under the plan", f"fall from its {t.baseline.year} level "
                        "under the plan")
    if t.approximate and t.comparator != "about":
        en = en[:-1] + " (roughly)?"
    return Text(f"根据{title}，“{t.metric}”的目标是{ask}？", en)


def explain(point: Text, source: tuple[str, ...]) -> Text:
    """A question's explanation: the point it teaches, punctuated, about *source* (the
    question's own ``source``). The explanation holds the point only; a surface that shows
    the source quotes it itself (:func:`edu.questions.render.with_source` where both must be
    one text, as in LMS feedback), so no renderer ever parses it back out."""
    zh = point.zh
    if source and zh and not zh.endswith(("。", "！", "？", "；")):
        zh += "。"
    return Text(zh, point.en)


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
