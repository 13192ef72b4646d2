"""A cache of the validated export document, so the CLI starts fast.

Loading YAML and proving provenance takes a few hundred milliseconds; the CLI's ``lessons``
and ``export`` only need the validated document. It is cached as a :mod:`marshal` blob holding
the document and its rendered JSON text (``marshal`` is built in; ``json`` would pull in
``re``) under the user's cache dir (``$EDU_CACHE_DIR``, else ``$XDG_CACHE_HOME/edu``, else
``~/.cache/edu``), keyed by a fingerprint of every file of the content dir and of the code that
validates it, so any edit invalidates it.
Only content that passed validation is ever cached. The cache is an optimisation: when it
cannot be written the document is simply rebuilt next time.

This module imports only the standard library on the hit path (no YAML, no dataclasses).
"""

from __future__ import annotations

import marshal
import os
import zlib

TYPE_CHECKING = False  # see edu.cli: typing stays off the start-up path
if TYPE_CHECKING:
    from typing import Any

_CODE_DIR = os.path.dirname(os.path.abspath(__file__))
#: Validation runs the modules of ``edu.content`` and the base modules beside the package's
#: top (``edu/*.py``: numerals, text, lang, errors …) — the layers contract (``make lint``)
#: keeps ``edu.content`` from importing anything else — so those are what the key covers.
_CODE_DIRS = (_CODE_DIR, os.path.dirname(_CODE_DIR))


def cache_dir() -> str:
    explicit = os.environ.get("EDU_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "edu")


def content_key(content_dir: str) -> str | None:
    """Fingerprint every file under *content_dir* (name, size, CRC-32 and Adler-32 of its
    bytes) and the validating code's modification times.

    zlib's checksums are used rather than SHA-256 because loading OpenSSL's hashlib costs more
    start-up time than the whole command should take; two checksums plus the size make an
    accidental stale hit vanishingly unlikely for hand-edited text.
    """
    parts = ["edu-content-cache-3"]
    for code_dir in _CODE_DIRS:
        try:
            entries = sorted(os.scandir(code_dir), key=lambda e: e.name)
        except OSError:
            return None
        for entry in entries:
            if entry.name.endswith((".py", ".json")) and entry.is_file():
                parts.append(f"{entry.path}:{entry.stat().st_mtime_ns}:{entry.stat().st_size}")
    files: list[str] = []
    try:
        for dirpath, dirnames, filenames in os.walk(content_dir):
            dirnames.sort()
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames))
    except OSError:
        return None
    if not files:
        return None
    for path in files:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        rel = os.path.relpath(path, content_dir)
        parts.append(f"{rel}:{len(data)}:{zlib.crc32(data):08x}:{zlib.adler32(data):08x}")
    joined = "\n".join(parts).encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(joined):08x}{zlib.adler32(joined):08x}{len(files):04x}"


def _build(content_dir: str) -> tuple[dict[str, Any], bytes]:
    import json

    from edu.content.load import load_plan
    from edu.content.serialize import plan_to_dict

    document = plan_to_dict(load_plan(content_dir))
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return document, text.encode("utf-8")


def load_cached(content_dir: str) -> tuple[dict[str, Any], bytes]:
    """Return the validated export document of *content_dir* and its JSON text (UTF-8),
    from the cache when it is fresh."""
    key = content_key(content_dir) if os.path.isdir(content_dir) else None
    if key is None:
        return _build(content_dir)  # let the loader report what is wrong
    path = os.path.join(cache_dir(), f"content-{key}.marshal")
    try:
        with open(path, "rb") as handle:
            document, text = marshal.load(handle)
        if isinstance(document, dict) and isinstance(text, bytes):
            return document, text
    except (OSError, ValueError, EOFError, TypeError):
        pass
    document, text = _build(content_dir)
    try:
        import tempfile

        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".content-", dir=os.path.dirname(path))
        with os.fdopen(fd, "wb") as handle:
            marshal.dump((document, text), handle)
        os.replace(tmp, path)
        _prune(os.path.dirname(path), keep=8)
    except OSError:
        pass
    return document, text


def load_document(content_dir: str) -> dict[str, Any]:
    """The validated export document of *content_dir* (see :func:`load_cached`)."""
    return load_cached(content_dir)[0]


def _prune(directory: str, keep: int) -> None:
    """Drop all but the *keep* most recently written cache files."""
    entries = []
    for name in os.listdir(directory):
        if name.startswith("content-") and name.endswith((".json", ".marshal")):
            full = os.path.join(directory, name)
            entries.append((os.stat(full).st_mtime_ns, full))
    for _, full in sorted(entries, reverse=True)[keep:]:
        os.unlink(full)
