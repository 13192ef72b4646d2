"""``edu progress``: a learner's progress in short — and moving or resetting it."""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir
from edu.numerals import whole_number

HELP = "summarise your progress (due today, accuracy by lesson); export, import or reset it"
OPTIONS: tuple[Opt, ...] = (
    Opt(("--db",), "db", "progress store (default: $EDU_PROGRESS_DB or "
        "~/.local/share/edu/progress.sqlite3)", metavar="PATH"),
    Opt(("--export",), "export", "write all progress as JSON to FILE ('-' for stdout)",
        metavar="FILE"),
    Opt(("--import",), "import_", "merge a JSON export into the store", metavar="FILE"),
    Opt(("--reset",), "reset", "delete all progress (asks for the store's file name)",
        flag=True),
    Opt(("--confirm",), "confirm", "the store's file name, to reset without a prompt",
        metavar="NAME"),
    Opt(("--new-per-day",), "new_per_day", "new items a day (default 20)", default="20",
        metavar="N"),
    CONTENT,
)


def _summary(args: Args) -> str:
    from datetime import datetime

    from edu.content.load import load_plan
    from edu.study.items import study_items
    from edu.study.stats import dashboard
    from edu.study.store import ProgressStore

    new_per_day = whole_number(args.new_per_day, "--new-per-day", low=0)
    plan = load_plan(content_dir(args))
    titles = {lesson.id: f"{lesson.heading} {lesson.title_en}" for lesson in plan.lessons}
    with ProgressStore.open(args.db) as store:
        board = dashboard(store, study_items(plan), datetime.now().astimezone(),
                          new_per_day=new_per_day, days=7,
                          lesson_order=[x.id for x in plan.lessons])
        path = store.path
    lines = [f"progress store: {path}",
             f"due today: {board.due_today} to review, {board.new_today} new",
             f"reviews in the last 7 days: {board.reviews}; quiz answers recorded: "
             f"{board.attempts}"]
    if board.retention is not None:
        lines.append(f"predicted recall now: {board.retention:.0%}")
    if board.by_lesson:
        lines.append("accuracy by lesson:")
        for acc in board.by_lesson:
            lines.append(f"  {acc.mean:5.0%}  ({acc.attempts:>3} answers)  "
                         f"{titles.get(acc.key, acc.key)}")
    else:
        lines.append("no quiz answers yet: take a quiz in the notebooks to see accuracy here")
    return "\n".join(lines) + "\n"


def run(args: Args) -> int:
    import json

    from edu.errors import StoreError
    from edu.errors import UsageError
    from edu.fsutil import write_output
    from edu.study.store import ProgressStore

    chosen = [name for name in ("export", "import_") if getattr(args, name)] + (
        ["reset"] if args.reset else [])
    if len(chosen) > 1:
        raise UsageError("choose one of --export, --import and --reset")
    if args.export:
        with ProgressStore.open(args.db) as store:
            data = json.dumps(store.export(), ensure_ascii=False, indent=1) + "\n"
        write_output(args.export, data.encode("utf-8"))
        return 0
    if args.import_:
        try:
            with open(args.import_, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as exc:
            raise StoreError(f"{args.import_}: cannot read ({exc.strerror})") from None
        except ValueError as exc:
            raise StoreError(f"{args.import_}: not JSON ({exc}); expected a file written by "
                             "'edu progress --export'") from None
        with ProgressStore.open(args.db) as store:
            added = store.import_(data, source=args.import_)
        print(f"imported {added['attempts']} answers, {added['reviews']} reviews and "
              f"{added['cards']} card states (rows already present were skipped)")
        return 0
    if args.reset:
        with ProgressStore.open(args.db) as store:
            answer = args.confirm
            if answer is None:
                if not sys.stdin.isatty():
                    raise UsageError(f"--reset deletes all progress; confirm with --confirm "
                                     f"{store.path.name}")
                answer = input(f"Delete ALL progress in {store.path}? Type "
                               f"{store.path.name!r} to confirm: ").strip()
            store.reset(confirm=answer)
        print("all progress deleted")
        return 0
    sys.stdout.write(_summary(args))
    return 0
