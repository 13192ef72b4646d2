"""The instructor's quiz builder: filters → a seeded quiz → preview → files in every format.

:class:`BuilderSession` holds the filters of a :class:`~edu.quiz.spec.QuizSpec` plus the seed;
:meth:`~BuilderSession.build` assembles the quiz (the same filters and seed always give the
same quiz, versions included) and :meth:`~BuilderSession.export` writes it. The formats are the
export registry's (:data:`edu.export.files.FORMATS`), in its menu order; files go through
:func:`edu.export.files.export_quiz` (one file per version for printable formats, plus the
answer key), which writes a temporary file and renames it.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

from edu.errors import QuizError
from edu.export.common import QuizInfo
from edu.export.files import FORMATS
from edu.export.files import export_quiz
from edu.export.files import get_format
from edu.lang import check_lang
from edu.questions.bank import Bank
from edu.questions.model import Text
from edu.quiz.assembly import Quiz
from edu.quiz.assembly import assemble_seeded
from edu.quiz.spec import QuizSpec
from edu.quiz.spec import matching
from edu.quiz.spec import parse_list


def formats() -> list[str]:
    """The export formats, in menu order (:data:`edu.export.files.FORMATS`)."""
    return list(FORMATS)


def describe(fmt: str) -> Text:
    """A format's menu description."""
    return get_format(fmt).description


def printable(fmt: str) -> bool:
    """Whether *fmt* has a student copy and a separate answer key."""
    return get_format(fmt).printable


def suffix(fmt: str) -> str:
    return get_format(fmt).suffix


@dataclass(frozen=True, slots=True)
class Filters:
    """What the builder's controls set: the spec's filters, as the widgets hold them."""

    lessons: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    difficulty: tuple[int, int] = (1, 3)
    tags: str = ""
    exclude: str = ""
    count: int = 10
    versions: int = 1
    draws: bool = False
    balance: bool = True


class BuilderSession:
    """Filters, seed and the quiz they make; ``export(fmt)`` writes it under ``out_dir``."""

    def __init__(self, bank: Bank, *, seed: int, out_dir: Path | str = "exports",
                 lang: str = "both", title: Text | None = None) -> None:
        self.bank = bank
        self.title = title
        self.seed = seed
        self.out_dir = Path(out_dir)
        self.lang = lang
        self.filters = Filters()
        self.quiz: Quiz | None = None
        self.error = ""

    def update(self, **changes: Any) -> None:
        """Change filters (the :class:`Filters` field names); the quiz must be built again."""
        self.filters = replace(self.filters, **changes)
        self.quiz = None

    def spec(self, count: int | None = None) -> QuizSpec:
        """The :class:`QuizSpec` of the filters (a bad value is a :class:`QuizError`)."""
        f = self.filters
        return QuizSpec(count=f.count if count is None else count, lessons=f.lessons,
                        parts=f.parts, kinds=f.kinds, difficulty=f.difficulty,
                        tags=parse_list(f.tags), exclude=parse_list(f.exclude.replace("\n", ",")),
                        balance=f.balance, versions=f.versions, draws=f.draws)

    def matching_counts(self) -> Counter[str]:
        """How many questions pass the filters, per kind (any count asked for)."""
        return Counter(q.kind for q in matching(self.bank, self.spec(count=1)))

    def build(self) -> Quiz | None:
        """Assemble the quiz; on bad filters ``error`` says why and ``None`` is returned."""
        try:
            self.quiz = assemble_seeded(self.bank, self.spec(), self.seed)
            self.error = ""
        except QuizError as exc:
            self.quiz, self.error = None, str(exc)
        return self.quiz

    def set_seed(self, seed: int) -> None:
        self.seed = seed
        self.quiz = None

    def base_name(self) -> str:
        """``quiz-<seed>`` (the exports add ``.A``, ``.B`` … per version and ``.key``)."""
        return f"quiz-{self.seed}"

    def file_name(self, fmt: str) -> str:
        """``quiz-7.pdf``; a format sharing its suffix with one listed before it gets its
        name too (``quiz-7.jupyterquiz.json`` beside ``quiz-7.json``)."""
        ext = suffix(fmt)
        names = formats()
        earlier = names[:names.index(fmt)] if fmt in names else names
        shared = any(suffix(other) == ext for other in earlier)
        return f"{self.base_name()}{f'.{fmt}' if shared else ''}{ext}"

    def export(self, fmt: str, *, key: bool = False) -> list[Path]:
        """Write the built quiz in *fmt* under ``out_dir``; returns the files written.

        *key* adds the answer key of a printable format (the others always hold the answers,
        so it is ignored for them).
        """
        get_format(fmt)  # an unknown format fails before any work
        check_lang(self.lang)
        quiz = self.quiz or self.build()
        if quiz is None:
            raise QuizError(self.error)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        target = self.out_dir / self.file_name(fmt)
        info = QuizInfo(self.title or Text("", ""), self.bank.titles)
        written = export_quiz(quiz, fmt, target, key=key and printable(fmt), lang=self.lang,
                              info=info)
        return [Path(p) for p in written]


def links_html(paths: Sequence[Path], base: Path | str | None = None) -> str:
    """FileLink-style links to *paths*, relative to *base* (the notebook's folder: cwd)."""
    import html

    root = Path(base) if base is not None else Path.cwd()
    out = []
    for path in paths:
        rel = os.path.relpath(Path(path).resolve(), root.resolve()).replace(os.sep, "/")
        out.append(f"<a href='{html.escape(rel)}' target='_blank' class='edu-file-link'>"
                   f"{html.escape(rel)}</a><br>")
    return "".join(out)
