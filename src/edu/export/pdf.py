"""Printable PDF: the HTML of :mod:`edu.export.html` typeset by WeasyPrint.

The project's CJK font (``noto-cjk-sans-otc``, family Noto Sans CJK SC) is embedded through
``@font-face``; the document's language is ``zh-CN`` so the shared Han characters take their
Simplified Chinese forms. Page numbers, the title and the version label sit in the margins.
"""

from __future__ import annotations

from collections.abc import Sequence

from edu.export import html
from edu.export.common import ExportOptions
from edu.export.common import QuizInfo
from edu.fonts import cjk_font_path
from edu.quiz.assembly import Quiz


def typeset(document: str) -> bytes:
    """*document* (HTML) as PDF bytes."""
    import logging

    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    # WeasyPrint logs unsupported CSS of its own defaults at WARNING; they are not ours.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    pdf: bytes = HTML(string=document).write_pdf(font_config=FontConfiguration())
    return pdf


def render(quiz: Quiz, lang: str = "both", *, key: bool = False,
           versions: Sequence[str] | None = None, info: QuizInfo | None = None) -> bytes:
    """The PDF of *quiz*: the student copy or (*key*) the answer key of *versions*."""
    document = html.render(quiz, lang, key=key, versions=versions, info=info,
                           font=cjk_font_path())
    # One language for the whole page: the font collection's faces all answer to the family
    # name, and text marked English (which quotes Chinese) would take the Japanese face.
    document = document.replace(' lang="en"', "").replace('<html lang="en">',
                                                            '<html lang="zh-CN">')
    return typeset(document)


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The student copy of every version, or the key (*opts*), as one document."""
    return render(quiz, lang, key=opts.key, versions=opts.versions, info=opts.info)
