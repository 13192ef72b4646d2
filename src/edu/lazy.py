"""Lazy re-exports (PEP 562) for the packages' ``__init__`` modules, written once.

``__getattr__ = lazy_exports(__name__, {"Plan": "model", …})`` makes ``edu.content.Plan``
import ``edu.content.model`` only when first asked for, so that the CLI's fast path can import a
package without everything its ``__init__`` names.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing costs start-up time; type checkers treat this as True
if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Mapping
    from typing import Any


def lazy_exports(package: str, home: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that finds each name of *home* in ``package.<home[name]>``."""

    def __getattr__(name: str) -> Any:
        module = home.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__
