"""A cache of the validated export document, so the CLI starts fast.

Loading YAML and proving provenance takes a few hundred milliseconds; the CLI's ``lessons`` and
``export`` only need the validated document. It is cached as JSON under the user's cache dir
(``$EDU_CACHE_DIR``, else ``$XDG_CACHE_HOME/edu``, else ``~/.cache/edu``), keyed by a hash of
every file of the content dir and of the code that validates it, so any edit invalidates it.
Only content that passed validation is ever cached. The cache is an optimisation: when it
cannot be written the document is simply rebuilt next time.

This module imports only the standard library on the hit path (no YAML, no dataclasses).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from typing import Any

_CODE_DIR = os.path.dirname(os.path.abspath(__file__))
_CODE_FILES = ("load.py", "model.py", "validate.py", "serialize.py", "yamlnodes.py")


def cache_dir() -> str:
    explicit = os.environ.get("EDU_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "edu")


def content_key(content_dir: str) -> str | None:
    """Hash every file under *content_dir* (names and bytes) and the validating code's mtimes."""
    digest = hashlib.sha256(b"edu-content-cache-1\0")
    for name in _CODE_FILES:
        try:
            digest.update(f"{name}:{os.stat(os.path.join(_CODE_DIR, name)).st_mtime_ns}\0".encode())
        except OSError:
            digest.update(name.encode() + b":missing\0")
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
        digest.update(os.path.relpath(path, content_dir).encode("utf-8", "surrogateescape"))
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _build(content_dir: str) -> dict[str, Any]:
    from edu.content.load import load_plan
    from edu.content.serialize import plan_to_dict

    return plan_to_dict(load_plan(content_dir))


def load_document(content_dir: str) -> dict[str, Any]:
    """Return the validated export document of *content_dir*, from the cache when fresh."""
    key = content_key(content_dir) if os.path.isdir(content_dir) else None
    if key is None:
        return _build(content_dir)  # let the loader report what is wrong
    path = os.path.join(cache_dir(), f"content-{key}.json")
    try:
        with open(path, encoding="utf-8") as handle:
            document: dict[str, Any] = json.load(handle)
        return document
    except (OSError, ValueError):
        pass
    document = _build(content_dir)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".content-", dir=os.path.dirname(path))
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass
    return document
