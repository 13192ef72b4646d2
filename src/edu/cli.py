"""``edu``: the command line. A thin layer: parse arguments, call the library, print.

Every :class:`~edu.errors.EduError` becomes one line on stderr and exit status 2. Heavy
modules (YAML, the content model) are imported only by the commands that need them; ``lessons``
and ``export`` read the validated document through :mod:`edu.content.cache`.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace

TYPE_CHECKING = False  # importing typing would cost start-up time; type checkers see True
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from typing import Any, NoReturn

    Args = SimpleNamespace | argparse.Namespace

EXIT_USAGE = 2


def _content_dir(args: Args) -> str:
    if args.content:
        return str(args.content)
    from edu.content.paths import default_content_dir

    return default_content_dir()


def _document(args: Args) -> dict[str, Any]:
    from edu.content.cache import load_document

    return load_document(_content_dir(args))


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def cmd_lessons(args: Args) -> int:
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


def cmd_show(args: Args) -> int:
    from edu.content.load import load_plan
    from edu.render_text import lesson_text

    plan = load_plan(_content_dir(args))
    sys.stdout.write(lesson_text(plan, plan.lesson(args.lesson), args.lang))
    return 0


def cmd_validate(args: Args) -> int:
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


def cmd_export(args: Args) -> int:
    from edu.content.cache import load_cached
    from edu.fsutil import write_output

    write_output(args.output, load_cached(_content_dir(args))[1])
    return 0


class Opt:
    """One option or positional argument of a command, declared once for both parsers.

    A plain class: ``dataclasses`` imports ``inspect``, which costs more start-up time than
    the whole ``edu lessons`` command.
    """

    __slots__ = ("choices", "default", "dest", "flags", "help", "metavar")

    def __init__(self, flags: tuple[str, ...], dest: str, help: str, *,
                 default: str | None = None, choices: tuple[str, ...] | None = None,
                 metavar: str | None = None) -> None:
        self.flags = flags  # ("-o", "--output") for an option; () for a positional
        self.dest = dest
        self.help = help
        self.default = default
        self.choices = choices
        self.metavar = metavar


CONTENT = Opt(("--content",), "content", "content folder (default: $EDU_CONTENT or the "
              "checkout's content/)", metavar="DIR")

#: name → (help, handler, arguments). The order is the order of ``edu --help``.
COMMANDS: dict[str, tuple[str, Callable[[Args], int], tuple[Opt, ...]]] = {
    "lessons": ("list the lessons with measure and target counts", cmd_lessons, (CONTENT,)),
    "show": ("print one lesson: lead, measures, targets, glossary", cmd_show, (
        Opt((), "lesson", "lesson id, as listed by 'edu lessons'", metavar="LESSON"),
        Opt(("--lang",), "lang", "language(s) to print", default="both",
            choices=("zh", "en", "both")),
        CONTENT)),
    "validate": ("prove every fact is verbatim in the source", cmd_validate, (CONTENT,)),
    "export": ("write the content as JSON", cmd_export, (
        Opt(("--format",), "format", "output format", default="json", choices=("json",)),
        Opt(("-o", "--output"), "output", "output file ('-' for standard output, the "
            "default)", default="-", metavar="FILE"),
        CONTENT)),
}
DESCRIPTION = ("Study and teaching kit for the National Human Rights Action Plan of China "
               "(2021-2025).")


def _configure(parser: argparse.ArgumentParser, opts: tuple[Opt, ...]) -> None:
    for o in opts:
        if o.flags:
            parser.add_argument(*o.flags, dest=o.dest, help=o.help, default=o.default,
                                choices=o.choices, metavar=o.metavar)
        else:
            parser.add_argument(o.dest, help=o.help, choices=o.choices, metavar=o.metavar)


def build_parser() -> argparse.ArgumentParser:
    """The full argparse parser (help, and every error message)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            """One line, not argparse's usage block: what is wrong and where to look."""
            self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")

    parser = _Parser(prog="edu", description=DESCRIPTION)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, (help_, handler, opts) in COMMANDS.items():
        p = sub.add_parser(name, help=help_, description=help_)
        _configure(p, opts)
        p.set_defaults(func=handler)
    return parser


def _fast_parse(argv: Sequence[str]) -> Args | None:
    """Parse the plain forms (``edu export -o x.json``) without importing argparse.

    Returns ``None`` for anything unusual (help, unknown or repeated options, bad choices),
    which then goes through argparse for its full behaviour and messages.
    """
    if not argv or argv[0] not in COMMANDS:
        return None
    _, handler, opts = COMMANDS[argv[0]]
    by_flag = {flag: o for o in opts for flag in o.flags}
    positionals = [o for o in opts if not o.flags]
    values: dict[str, object] = {o.dest: o.default for o in opts}
    seen: set[str] = set()
    rest = list(argv[1:])
    while rest:
        token = rest.pop(0)
        if token.startswith("-") and token != "-":
            flag, eq, value = token.partition("=")
            o = by_flag.get(flag)
            if o is None or o.dest in seen:
                return None
            if not eq:
                if not rest:
                    return None
                value = rest.pop(0)
        elif positionals:
            o, value = positionals.pop(0), token
        else:
            return None
        if o.choices is not None and value not in o.choices:
            return None
        seen.add(o.dest)
        values[o.dest] = value
    if positionals:
        return None
    return SimpleNamespace(command=argv[0], func=handler, **values)


def parse_args(argv: Sequence[str]) -> Args:
    """Parse *argv*: the fast path when it is plain, argparse otherwise."""
    fast = _fast_parse(argv)
    if fast is not None:
        return fast
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
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
