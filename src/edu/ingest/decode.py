"""Bytes of a plan text → str: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK.

Detection order when no encoding is given: a BOM decides; otherwise strict UTF-8, then GB18030
(a superset of GBK and GB2312). Text that decodes but holds control characters or NULs is taken
for a binary file. Every failure is one :class:`~edu.errors.IngestError` naming the file (and
the line, where there is one) and what to do.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from edu.errors import IngestError

#: Control characters a text never holds (tab, newlines, form feed and vertical tab are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded text, the encoding it was read with and whether its bytes are UTF-8."""

    text: str
    encoding: str
    utf8: bool


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _strict(data: bytes, encoding: str, name: str, given: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        hint = ("check --encoding" if given
                else "save it as UTF-8 or give its encoding with --encoding")
        raise IngestError(f"{name}:{line}: not valid {encoding} text; {hint}") from None


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode *data* (the bytes of *name*) as described in the module docstring."""
    if encoding:
        try:
            canonical = codecs.lookup(encoding).name
        except LookupError:
            raise IngestError(f"--encoding {encoding!r}: unknown encoding; use e.g. utf-8, "
                              "gb18030 or gbk") from None
        if canonical == "utf-8" and data.startswith(codecs.BOM_UTF8):
            canonical = "utf-8-sig"
        text = _strict(data, canonical, name, True)
        decoded = Decoded(text.removeprefix("\ufeff"), canonical,
                          canonical in ("utf-8", "utf-8-sig"))
    elif data.startswith(codecs.BOM_UTF8):
        decoded = Decoded(_strict(data, "utf-8-sig", name, False), "utf-8-sig", True)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = Decoded(_strict(data, "utf-16", name, False).removeprefix("\ufeff"),
                          "utf-16", False)
    elif b"\x00" in data:
        raise IngestError(f"{name}: is a binary file, not a plan text; give the plan's text "
                          "as a .txt file")
    else:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8", True)
        except UnicodeDecodeError:
            try:
                decoded = Decoded(data.decode("gb18030"), "gb18030", False)
            except UnicodeDecodeError:
                raise IngestError(f"{name}: neither UTF-8 nor GB18030 text (or a binary "
                                  "file); give its encoding with --encoding") from None
    if not decoded.text.strip():
        raise IngestError(f"{name}: the file is empty; give a plan text with headings "
                          "一、 and （一）")
    control = _CONTROL.search(decoded.text)
    if control:
        line = decoded.text.count("\n", 0, control.start()) + 1
        raise IngestError(f"{name}:{line}: control character {control.group()!r}: a binary "
                          "file, not a plan text (or give the right --encoding)")
    return decoded
