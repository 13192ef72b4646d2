"""The CJK font that ships with the project (``noto-cjk-sans-otc``, OFL-1.1).

Charts (matplotlib), printable quizzes (WeasyPrint) and browser tests use this one file, so
Chinese renders the same everywhere and never as empty boxes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FAMILY = "Noto Sans CJK SC"


@cache
def cjk_font_path() -> Path:
    """Path of ``NotoSansCJK-Regular.ttc`` inside the installed wheel."""
    import noto_cjk_sans_otc

    return Path(str(noto_cjk_sans_otc.FONT_PATH))
