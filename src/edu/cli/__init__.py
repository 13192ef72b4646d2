"""``edu``: the command line. A thin layer: parse arguments, call the library, print.

Each command is a module of :mod:`edu.cli.commands`; only the one asked for is imported. Every
:class:`~edu.errors.EduError` becomes one line on stderr and exit status 2. Heavy modules
(YAML, the content model, argparse) stay off the start-up path of the plain commands.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from types import SimpleNamespace

TYPE_CHECKING = False  # importing typing would cost start-up time; type checkers see True
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from typing import NoReturn

    from edu.cli.args import Args

EXIT_USAGE = 2

#: The commands, in the order ``edu --help`` lists them; each is ``edu.cli.commands.<name>``.
COMMANDS = ("lessons", "show", "glossary", "validate", "export", "progress", "quiz", "ingest",
            "deck", "class")
#: Commands whose module name differs (``class`` is a Python keyword).
MODULES = {"class": "class_"}
DESCRIPTION = ("Study and teaching kit for the National Human Rights Action Plan of China "
               "(2021-2025).")


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"edu.cli.commands.{MODULES.get(name, name)}")


def build_parser() -> argparse.ArgumentParser:
    """The full argparse parser (help, and every error message)."""
    import argparse

    from edu.cli.args import configure

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            """One line, not argparse's usage block: what is wrong and where to look."""
            self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")

    parser = _Parser(prog="edu", description=DESCRIPTION)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMANDS:
        module = _command(name)
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        configure(p, module.OPTIONS)
        p.set_defaults(run=module.run)
    return parser


def parse_args(argv: Sequence[str]) -> Args:
    """Parse *argv*: without argparse when it is plain, with argparse otherwise."""
    if argv and argv[0] in COMMANDS:
        from edu.cli.args import fast_parse

        module = _command(argv[0])
        values = fast_parse(argv[1:], module.OPTIONS)
        if values is not None:
            return SimpleNamespace(command=argv[0], run=module.run, **values)
    return SimpleNamespace(**vars(build_parser().parse_args(argv)))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else list(argv))
    from edu.errors import EduError

    try:
        result: int = args.run(args)
        return result
    except EduError as exc:
        print(f"edu: error: {' '.join(str(exc).split())}", file=sys.stderr)  # one line, always
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader went away (edu export | head): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130

