"""``edu``: the command line. A thin layer: parse arguments, call the library, print.

Every :class:`~edu.errors.EduError` becomes one line on stderr and exit status 2. Heavy
modules (YAML, the content model) are imported only by the commands that need them; ``lessons``
and ``export`` read the validated document through :mod:`edu.content.cache`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, not argparse's usage block: what is wrong and where to look."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _content_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", metavar="DIR",
                        help="content folder (default: $EDU_CONTENT or the checkout's content/)")


def _content_dir(args: argparse.Namespace) -> str:
    if args.content:
        return str(args.content)
    from edu.content.load import default_content_dir

    return str(default_content_dir())


def _document(args: argparse.Namespace) -> dict[str, Any]:
    from edu.content.cache import load_document

    return load_document(_content_dir(args))


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def cmd_lessons(args: argparse.Namespace) -> int:
    doc = _document(args)
    headers = ("id", "part", "title", "title_en", "measures", "targets")
    part_no = {p["id"]: p["number"] for p in doc["parts"]}
    rows = [
        (lesson["id"], part_no[lesson["part"]], lesson["heading"], lesson["title_en"],
         str(len(lesson["measures"])), str(len(lesson["targets"])))
        for lesson in doc["lessons"]
    ]
    widths = [max(_width(r[i]) for r in (headers, *rows)) for i in range(len(headers))]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    for row in rows:
        lines.append("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    total_m = sum(len(lesson["measures"]) for lesson in doc["lessons"])
    total_t = sum(len(lesson["targets"]) for lesson in doc["lessons"])
    lines.append(f"{len(rows)} lessons, {total_m} measures, {total_t} targets")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from edu.content.load import load_plan
    from edu.render_text import lesson_text

    plan = load_plan(_content_dir(args))
    sys.stdout.write(lesson_text(plan, plan.lesson(args.lesson), args.lang))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from edu.content.load import read_plan
    from edu.content.validate import check

    plan = read_plan(_content_dir(args))
    report = check(plan)
    for issue in report.errors:
        print(f"error: {issue}", file=sys.stderr)
    for issue in report.warnings:
        print(f"warning: {issue}", file=sys.stderr)
    share = 100.0 * report.traced / report.checked if report.checked else 0.0
    counts = (f"{len(plan.lessons)} lessons, {len(plan.measures)} measures, "
              f"{len(plan.targets)} targets, {len(plan.introduction.principles)} principles, "
              f"{len(plan.introduction.goals)} goals")
    status = "FAILED" if report.errors else "ok"
    print(f"{status}: provenance {report.traced}/{report.checked} ({share:.1f}%) traced to "
          f"the source; {counts}; {len(report.errors)} errors, {len(report.warnings)} warnings")
    return EXIT_USAGE if report.errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    import json

    from edu.fsutil import write_output

    doc = _document(args)
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_output(args.output, data)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="edu", description="Study and teaching kit for the National Human "
                     "Rights Action Plan of China (2021-2025).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("lessons", help="list the lessons with measure and target counts")
    _content_arg(p)
    p.set_defaults(func=cmd_lessons)

    p = sub.add_parser("show", help="print one lesson: lead, measures, targets, glossary")
    p.add_argument("lesson", metavar="LESSON", help="lesson id, as listed by 'edu lessons'")
    p.add_argument("--lang", choices=("zh", "en", "both"), default="both")
    _content_arg(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("validate", help="prove every fact is verbatim in the source")
    _content_arg(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="write the content as JSON")
    p.add_argument("--format", choices=("json",), default="json")
    p.add_argument("-o", "--output", default="-", metavar="FILE",
                   help="output file ('-' for standard output, the default)")
    _content_arg(p)
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from edu.errors import EduError

    try:
        result: int = args.func(args)
        return result
    except EduError as exc:
        print(f"edu: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader went away (edu export | head): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
