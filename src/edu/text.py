"""Small text helpers shared by the loader, the layout parser and the terminal renderers.

Standard library only and no ``re``: ``edu lessons`` imports this on its start-up path.
"""

from __future__ import annotations

#: Characters that are layout, not content, besides what ``str.isspace`` covers.
_INVISIBLE = ("\ufeff", "\u200b")



def squeeze(text: str) -> str:
    """Return *text* with every kind of whitespace removed (the provenance normal form).

    Unicode whitespace (ASCII and ideographic spaces, tabs, newlines), byte-order marks and
    zero-width spaces all go: the plan is Chinese, where spaces carry no meaning.
    """
    out = "".join(text.split())
    for char in _INVISIBLE:
        out = out.replace(char, "")
    return out


def display_width(text: str) -> int:
    """Columns *text* takes in a terminal: wide and full-width characters count two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def occurrences(text: str, sub: str) -> list[int]:
    """Every offset at which *sub* occurs in *text*, overlapping ones included."""
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
