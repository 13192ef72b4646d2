"""Where the content lives (standard library only: the CLI's start-up path imports this).

The ``content_dir`` argument, else ``$EDU_CONTENT``, else the ``content/`` folder of the
checkout this package was installed from (``make`` installs it in editable mode), else
``./content``.
"""

from __future__ import annotations

import os

PLAN_FILE = "plan.yaml"
LESSONS_DIR = "lessons"


def default_content_dir() -> str:
    """The content folder used when none is given (see the module docstring)."""
    env = os.environ.get("EDU_CONTENT")
    if env:
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    checkout = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(here))), "content")
    if os.path.isfile(os.path.join(checkout, PLAN_FILE)):
        return checkout
    return "content"
