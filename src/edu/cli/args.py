"""Command-line arguments declared once, parsed fast for plain forms, by argparse otherwise.

Each ``edu`` command is a module in :mod:`edu.cli.commands` with ``HELP``, ``OPTIONS`` (a tuple of
:class:`Opt`) and ``run(args) -> int``. :func:`fast_parse` handles the plain forms
(``edu export -o x.json``) without importing argparse, which costs more start-up time than the
commands themselves; anything unusual (``--help``, an unknown or repeated option, a bad choice)
returns ``None`` and goes through argparse for its full behaviour and messages.

This module imports only the standard library's lightest parts.
"""

from __future__ import annotations

from types import SimpleNamespace

TYPE_CHECKING = False  # importing typing would cost start-up time; type checkers see True
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

#: A command's parsed arguments, whichever parser read them (argparse's are copied into one).
Args = SimpleNamespace


class Opt:
    """One option or positional argument of a command.

    A plain class: ``dataclasses`` imports ``inspect``, which costs more start-up time than
    the whole ``edu lessons`` command.
    """

    __slots__ = ("choices", "default", "dest", "flag", "flags", "help", "metavar", "required")

    def __init__(self, flags: tuple[str, ...], dest: str, help: str, *,
                 default: str | None = None, choices: tuple[str, ...] | None = None,
                 metavar: str | None = None, flag: bool = False,
                 required: bool = False) -> None:
        self.flags = flags  # ("-o", "--output") for an option; () for a positional
        self.dest = dest
        self.help = help
        self.default = default
        self.choices = choices
        self.metavar = metavar
        self.flag = flag  # an on/off switch (store_true): takes no value
        self.required = required


CONTENT = Opt(("--content",), "content", "content folder (default: $EDU_CONTENT or the "
              "checkout's content/)", metavar="DIR")
OUTPUT = Opt(("-o", "--output"), "output", "output file ('-' for standard output, the "
             "default)", default="-", metavar="FILE")


def configure(parser: argparse.ArgumentParser, opts: tuple[Opt, ...]) -> None:
    """Declare *opts* on an argparse parser."""
    for o in opts:
        if o.flag:
            parser.add_argument(*o.flags, dest=o.dest, help=o.help, action="store_true")
        elif o.flags:
            parser.add_argument(*o.flags, dest=o.dest, help=o.help, default=o.default,
                                choices=o.choices, metavar=o.metavar, required=o.required)
        else:
            parser.add_argument(o.dest, help=o.help, choices=o.choices, metavar=o.metavar)


def fast_parse(argv: Sequence[str], opts: tuple[Opt, ...]) -> dict[str, object] | None:
    """Parse *argv* (the command's own arguments) or return ``None`` if it is not plain."""
    by_flag = {flag: o for o in opts for flag in o.flags}
    positionals = [o for o in opts if not o.flags]
    values: dict[str, object] = {o.dest: (False if o.flag else o.default) for o in opts}
    seen: set[str] = set()
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token.startswith("-") and token != "-":
            name, eq, value = token.partition("=")
            o = by_flag.get(name)
            if o is None or o.dest in seen:
                return None
            if o.flag:
                if eq:
                    return None
                seen.add(o.dest)
                values[o.dest] = True
                continue
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
    if positionals or any(o.required and o.dest not in seen for o in opts):
        return None
    return values


def lang_option(help: str) -> Opt:
    """The ``--lang`` option every command that prints plan text takes: zh, en or both."""
    return Opt(("--lang",), "lang", help, default="both", choices=("zh", "en", "both"))


def content_dir(args: Args) -> str:
    """The ``--content`` folder, or the default one."""
    if getattr(args, "content", None):
        return str(args.content)
    from edu.content.paths import default_content_dir

    return default_content_dir()
