"""Stable ids derived from content keys.

``stable_id("question", "health", "nurses", "mc")`` JSON-encodes its parts before hashing, so
``("a_b", "c")`` and ``("a", "b_c")`` can never collide (genanki's ``guid_for`` joins with ``__``
and so conflates them).
"""

from __future__ import annotations

import hashlib
import json
import re

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Ids that only say where an item stands; they change meaning when an item is inserted.
POSITIONAL = re.compile(r"^(?:[a-z]{0,8}-?)?\d+$")


#: ``json.dumps(…, ensure_ascii=False, separators=(",", ":"))`` made once: ``dumps`` builds a
#: new encoder on every call with these options, which cost a third of a deck's note ids.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def stable_id(namespace: str, *parts: str | int) -> str:
    """Return a 16-hex-digit id for *parts* under *namespace*; equal inputs give equal ids."""
    payload = _JSON.encode([namespace, *parts])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def stable_int(namespace: str, *parts: str | int, bits: int = 62) -> int:
    """Return a positive integer id (for Anki models and decks) derived like :func:`stable_id`."""
    payload = _JSON.encode([namespace, *parts])
    digest = hashlib.sha256(payload.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - bits) or 1


def slug_problem(value: str) -> str | None:
    """Say what is wrong with *value* as a content id, or return ``None`` when it is fine."""
    if not SLUG.match(value):
        return "expected a lower-case ASCII slug such as 'rural-tap-water'"
    if POSITIONAL.match(value):
        return ("ids must name the content, not its position "
                "(a position shifts when items are inserted)")
    return None


def item_id(kind: str, content_id: str) -> str:
    """The id of a study item (an Anki note, a review card): one per content item and kind.

    ``kind`` is ``target``, ``principle``, ``goal``, ``measure`` or ``lesson``; ``content_id``
    the content's own id (``health/registered-nurses-per-thousand`` style ids are not needed:
    measure and target ids are unique across the plan). The same id is the Anki note's GUID and
    the progress store's item id, so reviews in Anki and in the notebooks are about one thing.
    """
    return f"{kind}-{stable_id('item', kind, content_id)}"
