"""The one registry of export formats, which files an export writes, and writing them.

:data:`FORMATS` is the only list of formats: ``edu quiz --format``, the quiz builder's menu and
the exports all ask it. Every format's function has one signature, :data:`Exporter`:
``(quiz, lang, ExportOptions) -> bytes``, found by :func:`exporter`.

:func:`export_files` is pure: it renders every file first and returns ``(path, bytes)`` pairs;
:func:`export_quiz` then writes them with :func:`edu.fsutil.write_output` (a temporary file and
a rename each), so a failure while rendering writes nothing.

Printable formats (html, pdf, md) with ``-o quiz.pdf``:

* one version: ``quiz.pdf``; several: ``quiz.A.pdf``, ``quiz.B.pdf`` … (one per version, to
  print in as many copies as needed);
* with ``key=True`` also ``quiz.key.pdf``: the answer key of every version, each version
  starting on a new page.

To standard output (``-``) or to a device or pipe, a single document is written: the answer
key of every version with ``key``, else the student copies of every version. Other formats
(gift, moodle, qti, json, jupyterquiz) always write one file, which holds the answers;
``key`` is refused for them.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edu.errors import UsageError
from edu.export.common import Exporter
from edu.export.common import ExportOptions
from edu.export.common import QuizInfo
from edu.lang import check_lang
from edu.questions.model import Text
from edu.quiz.assembly import Quiz


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: its file suffix, whether it has a student copy and a key, and where
    its renderer lives (``module:function``)."""

    name: str
    suffix: str
    printable: bool
    description: Text
    renderer: str


#: Every export format, in the order menus list them.
FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("pdf", ".pdf", True,
           Text("可打印的 PDF：学生卷与答案", "Printable PDF: student copy and key"),
           "edu.export.pdf:render_quiz"),
    Format("html", ".html", True,
           Text("可打印的网页：学生卷与答案", "Printable HTML: student copy and key"),
           "edu.export.html:render_quiz"),
    Format("md", ".md", True, Text("Markdown：学生卷与答案", "Markdown: student copy and key"),
           "edu.export.markdown:render_quiz"),
    Format("gift", ".gift", False, Text("GIFT（Moodle 文本格式）", "GIFT for Moodle"),
           "edu.export.gift:render_quiz"),
    Format("moodle", ".xml", False, Text("Moodle XML", "Moodle XML"),
           "edu.export.moodle:render_quiz"),
    Format("qti", ".zip", False, Text("QTI 1.2 压缩包（Canvas）", "QTI 1.2 zip for Canvas"),
           "edu.export.qti:render_quiz"),
    Format("json", ".json", False, Text("JSON（可重新导入）", "JSON (re-importable)"),
           "edu.export.quizjson:render_quiz"),
    Format("jupyterquiz", ".json", False,
           Text("jupyterquiz JSON（Jupyter Book）", "jupyterquiz JSON for Jupyter Book"),
           "edu.export.jupyterquiz:render_quiz"),
)}


def get_format(name: str) -> Format:
    """The format *name*; an unknown one lists the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(f"unknown format {name!r}; valid formats: "
                         f"{', '.join(FORMATS)}") from None


def exporter(name: str) -> Exporter:
    """The function that writes format *name*; an unknown format lists the known ones."""
    module, _, function = get_format(name).renderer.partition(":")
    found: Exporter = getattr(importlib.import_module(module), function)
    return found


def render(quiz: Quiz, fmt: str, *, lang: str = "both", key: bool = False,
           versions: Sequence[str] | None = None, info: QuizInfo | None = None) -> bytes:
    """One document of *quiz* in format *fmt* (printable formats: the *versions* asked for,
    student copy or *key*; other formats: the whole quiz)."""
    f = get_format(fmt)
    check_lang(lang)
    opts = ExportOptions(key=key and f.printable,
                         versions=None if versions is None else tuple(versions),
                         info=info or QuizInfo())
    return exporter(fmt)(quiz, lang, opts)


def is_stream(target: str) -> bool:
    """Whether *target* is standard output or an existing device, pipe or socket."""
    if target == "-":
        return True
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def with_tag(target: str, tag: str) -> str:
    """``quiz.pdf`` + ``A`` → ``quiz.A.pdf`` (``quiz`` → ``quiz.A``)."""
    path = Path(target)
    return str(path.with_name(f"{path.stem}.{tag}{path.suffix}"))


def export_files(quiz: Quiz, fmt: str, target: str, *, key: bool = False, lang: str = "both",
                 info: QuizInfo | None = None) -> list[tuple[str, bytes]]:
    """The files an export to *target* consists of, rendered (see the module docstring)."""
    f = get_format(fmt)
    check_lang(lang)
    if key and not f.printable:
        printable = ", ".join(n for n, x in FORMATS.items() if x.printable)
        raise UsageError(f"--key applies to the printable formats ({printable}); the {fmt} "
                         "format always holds the answers")
    if not f.printable:
        return [(target, render(quiz, fmt, lang=lang, info=info))]
    if is_stream(target):
        return [(target, render(quiz, fmt, lang=lang, key=key, info=info))]
    labels = [v.label for v in quiz.versions]
    jobs: list[tuple[str, dict[str, Any]]] = [(target, {})]
    if len(labels) > 1:
        jobs = [(with_tag(target, x), {"versions": [x]}) for x in labels]
    if key:
        jobs.append((with_tag(target, "key"), {"key": True}))
    datas = _render_all(quiz, fmt, [{"lang": lang, "info": info, **job} for _, job in jobs])
    return [(name, data) for (name, _), data in zip(jobs, datas, strict=True)]


#: The documents being rendered by :func:`_render_all`, read by its forked workers.
_JOBS: list[tuple[Quiz, str, dict[str, Any]]] = []


def _render_job(index: int) -> bytes:
    quiz, fmt, options = _JOBS[index]
    return render(quiz, fmt, **options)


def _can_fork() -> bool:
    """Whether documents may be typeset in forked worker processes: several cores, and a
    single thread (forking a threaded process, such as a Jupyter kernel, is not safe)."""
    import threading

    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def _render_all(quiz: Quiz, fmt: str, jobs: list[dict[str, Any]]) -> list[bytes]:
    """Render each job's document; PDFs in parallel when :func:`_can_fork` allows (WeasyPrint
    is CPU-bound and holds the GIL, so threads would not help)."""
    if fmt != "pdf" or len(jobs) < 2 or not _can_fork():
        return [render(quiz, fmt, **job) for job in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import weasyprint  # noqa: F401  (loaded once, before the workers are forked)

    _JOBS[:] = [(quiz, fmt, job) for job in jobs]
    try:
        workers = min(len(jobs), os.cpu_count() or 1)
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_render_job, range(len(jobs))))
    finally:
        _JOBS.clear()


def export_quiz(quiz: Quiz, fmt: str, path: str | Path, *, key: bool = False,
                lang: str = "both", info: QuizInfo | None = None) -> list[Path]:
    """Write *quiz* in format *fmt* to *path* (and its siblings, see the module docstring);
    return the files written (none for standard output, ``-``)."""
    from edu.fsutil import write_output

    files = export_files(quiz, fmt, str(path), key=key, lang=lang, info=info)
    for name, data in files:
        write_output(name, data)
    return [Path(name) for name, _ in files if name != "-"]
