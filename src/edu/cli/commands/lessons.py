"""``edu lessons``: the lessons as a table, from the cached validated document."""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir
from edu.text import display_width

HELP = "list the lessons with measure and target counts"
OPTIONS: tuple[Opt, ...] = (CONTENT,)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def run(args: Args) -> int:
    from edu.content.cache import load_document

    doc = load_document(content_dir(args))
    headers = ("id", "part", "title", "title_en", "measures", "targets")
    part_no = {p["id"]: p["number"] for p in doc["parts"]}
    rows = [
        (lesson["id"], part_no[lesson["part"]], lesson["heading"], lesson["title_en"],
         str(len(lesson["measures"])), str(len(lesson["targets"])))
        for lesson in doc["lessons"]
    ]
    widths = [max(display_width(r[i]) for r in (headers, *rows)) for i in range(len(headers))]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    total_m = sum(len(lesson["measures"]) for lesson in doc["lessons"])
    total_t = sum(len(lesson["targets"]) for lesson in doc["lessons"])
    lines.append(f"{len(rows)} lessons, {total_m} measures, {total_t} targets")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
