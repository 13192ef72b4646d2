"""Read the toolkit's text files; write output files safely, never half-written, never
replacing a device or a pipe.

:func:`read_utf8` reads an input file (content YAML, a GIFT file) as UTF-8, a byte-order mark
allowed, and turns every failure into a one-line :class:`~edu.errors.ContentError` naming the
file (and the line of the first bad byte).

``-`` means standard output. A regular file (or a new one) is written to a temporary file in the
same directory and renamed over the target, so a crash leaves the old file or the new one, never
a mix. Anything else that exists (``/dev/null``, a FIFO, a terminal) is opened and written in
place: renaming onto ``/dev/null`` as root would replace the device with a file.
"""

from __future__ import annotations

import os
import stat
import sys

from edu.errors import ContentError
from edu.errors import ExportError

TYPE_CHECKING = False  # typing costs start-up time; type checkers treat this as True
if TYPE_CHECKING:
    from pathlib import Path


def read_utf8(path: Path, what: str, missing: str | None = None) -> str:
    """The text of *path*, a *what* (``"YAML file"``); *missing* is said when it does not exist."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        if missing is None:
            raise ContentError(f"cannot read {what} ({exc.strerror})", str(path)) from None
        raise ContentError(f"file not found; {missing}", str(path)) from None
    except IsADirectoryError:
        raise ContentError(f"is a directory, expected a {what}", str(path)) from None
    except OSError as exc:
        raise ContentError(f"cannot read {what} ({exc.strerror})", str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError("not UTF-8 text; save the file as UTF-8", f"{path}:{line}") from None


def write_output(target: str, data: bytes) -> None:
    """Write *data* to *target* (a path or ``-``) as described in the module docstring."""
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(f"{target}: cannot write ({exc.strerror})") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError(f"{target}: is a directory; give a file name with -o")
    if mode is not None and not stat.S_ISREG(mode):
        try:
            with open(target, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise ExportError(f"{target}: cannot write ({exc.strerror})") from None
        return
    directory = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(directory):
        raise ExportError(f"{target}: directory {directory} does not exist; create it first")
    import tempfile

    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, stat.S_IMODE(mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise ExportError(f"{target}: cannot write ({exc.strerror})") from None
