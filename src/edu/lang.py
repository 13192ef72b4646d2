"""The one bilingual layer: which languages exist, how one is checked and how a text picks one.

Every surface (CLI, papers, cards, widgets, the class server) says a language the same way:
``zh`` (the authority), ``en`` (our own wording) or ``both``. :func:`check_lang` is the one
check and always raises the same :class:`~edu.errors.UsageError`; :class:`Text` is the one
bilingual value and :meth:`Text.get` / :func:`parts` the one way to pick from it. ``both``
puts the Chinese first and the English after it, each on its own line unless a surface asks for
another separator (a table cell, a button).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from typing import TypeGuard

from edu.errors import UsageError

Lang = Literal["zh", "en", "both"]
LANGS: tuple[Lang, ...] = ("zh", "en", "both")
#: How ``both`` joins the two languages where a surface has room for one line only.
BOTH_SEP = " / "


def is_lang(value: object) -> TypeGuard[Lang]:
    return value in LANGS


def check_lang(lang: object) -> Lang:
    """*lang* as a :data:`Lang`, or the one error every surface gives for a bad language."""
    if not is_lang(lang):
        raise UsageError(f"unknown language {lang!r}; use one of: {', '.join(LANGS)}")
    return lang


@dataclass(frozen=True, slots=True)
class Text:
    """A text in Chinese (the authority) and English (our own wording)."""

    zh: str
    en: str

    def get(self, lang: str, sep: str = "\n") -> str:
        """The text in *lang*; ``both`` joins Chinese and English with *sep*.

        ``en`` falls back to the Chinese for a text that has no English (an imported GIFT
        question), and ``both`` shows one language when the two read the same.
        """
        return sep.join(t for _, t in parts(self, lang))


def parts(text: Text, lang: str) -> list[tuple[Lang, str]]:
    """What to show of *text* in *lang*, as ``(language, text)`` pairs, Chinese first."""
    if lang == "zh":
        return [("zh", text.zh)]
    if lang == "en":
        return [("en", text.en)] if text.en else [("zh", text.zh)]
    if not text.en or text.en == text.zh:
        return [("zh", text.zh)]
    return [("zh", text.zh), ("en", text.en)]


def single(lang: str) -> Lang:
    """The one language a surface with room for one shows (a chart's bar labels, a table cell
    of values): English for ``en``, else the Chinese, the authority."""
    return "en" if lang == "en" else "zh"


def pick(zh: str, en: str, lang: str, sep: str = BOTH_SEP) -> str:
    """A pair of strings in *lang* (``both``: joined with *sep*)."""
    return Text(zh, en).get(lang, sep)
