"""``edu deck -o DIR``: build the Anki decks and update their lockfile in DIR."""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir
from edu.cli.args import lang_option

HELP = "build the Anki decks (whole plan, one per part) and update their lockfile"
OPTIONS: tuple[Opt, ...] = (
    Opt(("--lessons",), "lessons", "build one deck of these lessons instead, comma-separated "
        "ids as listed by 'edu lessons' ('introduction' for the principles and goals)",
        metavar="IDS"),
    lang_option("languages on the cards"),
    Opt(("-o", "--output"), "output", "folder to write the decks to; its edu-decks.lock.json "
        "is read and updated (e.g. decks/)", metavar="DIR", required=True),
    CONTENT,
)


def _now() -> int:
    """The build time: $SOURCE_DATE_EPOCH when set (reproducible builds), else the clock."""
    import os
    import time

    from edu.errors import UsageError

    value = os.environ.get("SOURCE_DATE_EPOCH")
    if not value:
        return int(time.time())
    if not value.isdigit():
        raise UsageError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds; "
                         "unset it or fix it")
    return int(value)


def run(args: Args) -> int:
    from pathlib import Path

    from edu.content.load import load_plan
    from edu.decks import LOCK_NAME
    from edu.decks import build_decks
    from edu.decks import dump_lock
    from edu.decks import read_lock
    from edu.errors import UsageError
    from edu.fsutil import write_output

    if args.output == "-":
        raise UsageError("-o -: edu deck writes several decks and a lockfile; give a folder "
                         "such as decks/")
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: not a folder; -o takes the folder to write the decks to")
    if not out.exists() and not out.absolute().parent.is_dir():
        raise UsageError(f"{out}: its parent folder does not exist; create it first")
    lessons = None
    if args.lessons is not None:
        lessons = [part.strip() for part in str(args.lessons).split(",") if part.strip()]
    plan = load_plan(content_dir(args))
    result = build_decks(plan, read_lock(out / LOCK_NAME), _now(), args.lang, lessons)
    out.mkdir(exist_ok=True)
    for name, data in result.files.items():
        write_output(str(out / name), data)
    write_output(str(out / LOCK_NAME), dump_lock(result.lock))
    for name, (notes, cards) in result.counts.items():
        sys.stdout.write(f"wrote {out / name}: {notes} notes, {cards} cards\n")
    sys.stdout.write(f"updated {out / LOCK_NAME}: {result.new} new, {result.changed} changed, "
                     f"{result.retired} retired notes\n")
    return 0
