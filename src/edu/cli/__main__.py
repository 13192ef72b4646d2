"""``python -m edu.cli``: the same as the ``edu`` command."""

import sys

from edu.cli import main

sys.exit(main())
