"""``edu show LESSON``: one lesson, readable in a terminal."""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir
from edu.cli.args import lang_option

HELP = "print one lesson: lead, measures, targets, glossary"
OPTIONS: tuple[Opt, ...] = (
    Opt((), "lesson", "lesson id, as listed by 'edu lessons', or 'introduction'",
        metavar="LESSON"),
    lang_option("language(s) to print"),
    CONTENT,
)


def run(args: Args) -> int:
    from edu.content.load import load_plan
    from edu.content.model import INTRODUCTION
    from edu.present.text import introduction_text
    from edu.present.text import lesson_text

    plan = load_plan(content_dir(args))
    if args.lesson == INTRODUCTION:
        sys.stdout.write(introduction_text(plan, args.lang))
    else:
        sys.stdout.write(lesson_text(plan, plan.lesson(args.lesson), args.lang))
    return 0
