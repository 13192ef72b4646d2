"""``edu ingest``: turn a plan text in the source's layout into a content draft, or merge it."""

from __future__ import annotations

from edu.cli.args import Args
from edu.cli.args import Opt

HELP = ("turn a plan text in the source's layout into a content draft (or merge it into an "
        "existing content folder)")
OPTIONS: tuple[Opt, ...] = (
    Opt((), "text", "the plan's text: UTF-8 (with or without BOM) or GB18030/GBK; '-' reads "
        "standard input", metavar="TEXT"),
    Opt(("--out",), "out", "folder for the draft: new or empty, or a content folder to merge "
        "into (new and changed items come in, curated ids, English and glossary stay)",
        metavar="DIR", required=True),
    Opt(("--id",), "plan_id", "the plan's id (default: from the title and period, e.g. "
        "nhrap-2021-2025; when merging, the folder's id)", metavar="PLAN_ID"),
    Opt(("--title",), "title", "the plan's title as the text writes it (default: found in the "
        "text)", metavar="TITLE"),
    Opt(("--encoding",), "encoding", "the text's encoding (default: detected; UTF-8 or "
        "GB18030)", metavar="ENC"),
    Opt(("--dry-run",), "dry_run", "show what would be written or changed; write nothing",
        flag=True),
)


def run(args: Args) -> int:
    from edu.ingest.apply import apply
    from edu.ingest.apply import prepare
    from edu.ingest.apply import report

    outcome = prepare(args.text, args.out, plan_id=args.plan_id, title=args.title,
                      encoding=args.encoding)
    if not args.dry_run:
        apply(outcome)
    print("\n".join(report(outcome, args.dry_run)))
    return 0
