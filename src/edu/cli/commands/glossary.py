"""``edu glossary``: the learner's glossary — terms, pinyin, English and notes."""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir
from edu.cli.args import lang_option

HELP = "list the glossary: term, pinyin, English and a note (--find to look one up)"
OPTIONS: tuple[Opt, ...] = (
    Opt(("--find",), "find", "only entries matching these words: Chinese, English or pinyin "
        "(with or without tone marks)", metavar="WORDS"),
    lang_option("language(s) to print"),
    CONTENT,
)


def run(args: Args) -> int:
    from edu.content.load import load_plan
    from edu.present.text import glossary_text

    plan = load_plan(content_dir(args))
    text = glossary_text(plan, args.lang, args.find or "")
    if not text:
        print(f"edu: no glossary entry matches {args.find!r}", file=sys.stderr)
        return 1
    sys.stdout.write(text)
    return 0
