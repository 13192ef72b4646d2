"""Quiz exports: printable papers with answer keys, LMS formats and data.

One module per format, each a pure ``render(quiz, lang, …) -> str | bytes``:

==============  ===========================================================================
format          module
==============  ===========================================================================
``pdf``         :mod:`edu.export.pdf` — A4, WeasyPrint, the project's CJK font embedded
``html``        :mod:`edu.export.html` — the same paper as one self-contained HTML file
``md``          :mod:`edu.export.markdown` — CommonMark + GFM tables, for Jupyter Book
``gift``        :mod:`edu.export.gift` — Moodle's GIFT text, a ``$CATEGORY`` per lesson
``moodle``      :mod:`edu.export.moodle` — Moodle XML, a category per lesson, tags, feedback
``qti``         :mod:`edu.export.qti` — IMS QTI 1.2 zip for Canvas, an assessment per version
``json``        :func:`edu.quiz.formats.render_json` — the documented, re-importable quiz
``jupyterquiz`` :mod:`edu.export.jupyterquiz` — jupyterquiz JSON for Jupyter Book pages
==============  ===========================================================================

Public API (also what notebooks and widgets use):

``FORMATS``
    ``{name: Format}`` in menu order; ``Format.printable`` says whether the format has a
    student copy and an answer key, ``Format.suffix`` the usual file suffix and
    ``Format.description`` a zh/en :class:`~edu.questions.model.Text` for menus.
``export_quiz(quiz, fmt, path, *, key=False, lang="both", info=None) -> list[Path]``
    Writes the export and returns the files written. Printable formats write one file per
    version when there are several (``quiz.A.pdf``, ``quiz.B.pdf``; a single version goes to
    ``path`` itself) and, with ``key=True``, the answer key of every version beside them
    (``quiz.key.pdf``). ``path`` ``-`` (standard output), a device or a pipe gets one document:
    the key with ``key``, else every version's student copy. Other formats write ``path``
    only; ``key`` is refused for them (they always hold the answers). ``lang`` is ``zh``,
    ``en`` or ``both``; ``info`` (:class:`QuizInfo`) adds the plan's and lessons' titles.
``export_files(quiz, fmt, path, …) -> list[tuple[str, bytes]]``
    The same files, rendered but not written (for a download button).
``render(quiz, fmt, *, lang, key, versions, info) -> bytes``
    One document.

Errors (an unknown format or language, ``key`` for an LMS format, an unwritable path) are
:class:`~edu.errors.UsageError` or :class:`~edu.errors.ExportError` with a message to act on.
``edu quiz --format FMT -o PATH [--key]`` calls :func:`export_quiz`; the formats are also in
the :data:`edu.quiz.formats.FORMATS` registry as ``(quiz, lang) -> bytes`` renderers (student
copies of every version in one document).
"""

from __future__ import annotations

from edu.lazy import lazy_exports

TYPE_CHECKING = False
if TYPE_CHECKING:

    from edu.export.common import QuizInfo
    from edu.export.files import FORMATS
    from edu.export.files import Format
    from edu.export.files import export_files
    from edu.export.files import export_quiz
    from edu.export.files import render

_HOME = {"QuizInfo": "common", "FORMATS": "files", "Format": "files",
         "export_files": "files", "export_quiz": "files", "render": "files"}

__all__ = ["FORMATS", "Format", "QuizInfo", "export_files", "export_quiz", "render"]


__getattr__ = lazy_exports(__name__, _HOME)
