"""``edu export``: the whole validated content as JSON."""

from __future__ import annotations

from edu.cli.args import CONTENT
from edu.cli.args import OUTPUT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir

HELP = "write the content as JSON"
OPTIONS: tuple[Opt, ...] = (
    Opt(("--format",), "format", "output format", default="json", choices=("json",)),
    OUTPUT,
    CONTENT,
)


def run(args: Args) -> int:
    from edu.content.cache import load_cached
    from edu.fsutil import write_output

    write_output(args.output, load_cached(content_dir(args))[1])
    return 0
