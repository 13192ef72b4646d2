"""``edu class serve|results``: run a live class session, or export its results.

``edu class serve`` starts (or resumes) a session in the class store and serves it until
Ctrl-C. Its first line on standard output is one JSON object, ``{"join_url", "teacher_url",
"code", "teacher_token", "session"}``; everything else goes to standard error. The store's
latest session is resumed unless it has ended or ``--new`` is given: a server that was killed
goes on where it was, with the same code and tokens. A new session's questions come from
``--quiz FILE`` (a quiz JSON from ``edu quiz --format json``: its first version) or are
assembled from the bank with ``--lessons``, ``--kinds``, ``--n`` and ``--seed``.

``edu class results`` writes a session's results (the latest, or ``--session ID``) as
``csv`` (the gradebook), ``xlsx`` (gradebook, item statistics, every answer) or ``json``;
``--list`` lists the store's sessions.
"""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import OUTPUT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.numerals import whole_number

HELP = "live class session: `serve` a quiz to the class's phones, export `results`"
OPTIONS: tuple[Opt, ...] = (
    Opt((), "action", "serve: run a session; results: export one", choices=("serve", "results")),
    Opt(("--db",), "db", "the class store (default: $EDU_CLASS_DB, else class.sqlite3 beside "
        "the progress store)", metavar="PATH"),
    Opt(("--quiz",), "quiz", "serve: the questions of a quiz JSON written by `edu quiz "
        "--format json`", metavar="FILE"),
    Opt(("--lessons",), "lessons", "serve: lesson ids, comma-separated (default: all)",
        metavar="IDS"),
    Opt(("--kinds",), "kinds", "serve: question kinds, comma-separated (default: all)",
        metavar="KINDS"),
    Opt(("-n", "--n"), "n", "serve: number of questions (default 10)", metavar="N"),
    Opt(("--seed",), "seed", "serve: random seed of the quiz (default: new)", metavar="S"),
    Opt(("--ip",), "ip", "serve: address to listen on (default 127.0.0.1, this machine only; "
        "0.0.0.0 lets the class network in)", default="127.0.0.1", metavar="ADDR"),
    Opt(("--port",), "port", "serve: port (default 8765; 0 = any free port)", default="8765",
        metavar="PORT"),
    Opt(("--new",), "new", "serve: end the store's unfinished session and start a new one",
        flag=True),
    Opt(("--session",), "session", "results: the session id (default: the latest)",
        metavar="ID"),
    Opt(("--format",), "format", "results: csv, xlsx or json (default: from -o's suffix, "
        "else json)", metavar="FORMAT"),
    Opt(("--list",), "list", "results: list the sessions in the store", flag=True),
    OUTPUT,
    CONTENT,
)
SERVE_ONLY = ("quiz", "lessons", "kinds", "n", "seed", "new")
RESULTS_ONLY = ("session", "format", "list")


def _check(args: Args) -> None:
    from edu.errors import UsageError

    wrong = SERVE_ONLY if args.action == "results" else RESULTS_ONLY
    for dest in wrong:
        if getattr(args, dest, None):
            flag = "--" + dest
            raise UsageError(f"{flag} applies to `edu class "
                             f"{'serve' if args.action == 'results' else 'results'}`, not to "
                             f"`edu class {args.action}`")
    if args.action == "results" and args.output == "-" and args.format == "xlsx":
        raise UsageError("--format xlsx: give a file with -o (a workbook is not text)")


def serve(args: Args) -> int:
    from edu.errors import UsageError
    from edu.live.server import bind
    from edu.live.server import open_session
    from edu.live.server import pick_questions
    from edu.live.server import serve_forever
    from edu.live.store import ClassStore
    from edu.quiz.spec import parse_list

    port = whole_number(args.port, "--port", 0, 65535)
    if args.quiz and (args.lessons or args.kinds or args.n or args.seed):
        raise UsageError("--quiz gives the questions: leave out --lessons, --kinds, --n and "
                         "--seed")
    n = whole_number(args.n, "--n", 1, 500) if args.n else 10
    seed = None if args.seed is None else whole_number(args.seed, "--seed", 0, 2**63)
    sock = bind(args.ip, port)  # a bad address or a taken port fails before any work
    store = ClassStore.open(args.db)
    resuming = None if args.new else store.unfinished()
    questions, title = None, ""
    if resuming is not None:
        if args.quiz or args.lessons or args.kinds or args.n or args.seed is not None:
            print(f"edu class: resuming session {resuming.id} (the quiz "
                  "options are ignored; pass --new to start another)", file=sys.stderr)
    else:
        chosen = seed
        if chosen is None:
            import secrets

            chosen = secrets.randbelow(2**31)
        questions, title = pick_questions(
            quiz=args.quiz, content=getattr(args, "content", None), lessons=parse_list(
                args.lessons), kinds=parse_list(args.kinds), n=n, seed=chosen)
        if seed is None and not args.quiz:
            print(f"edu class: seed {chosen} (pass --seed {chosen} to ask the same questions "
                  "again)", file=sys.stderr)
    session, _ = open_session(store, questions, title=title, new=bool(args.new))
    try:
        serve_forever(session, sock)
    finally:
        store.close()
    return 0


def results(args: Args) -> int:
    from pathlib import Path

    from edu.errors import UsageError
    from edu.fsutil import write_output
    from edu.live.results import FORMATS
    from edu.live.results import render
    from edu.live.session import results_dict
    from edu.live.store import ClassStore
    from edu.live.store import default_path

    path = Path(args.db) if args.db else default_path()
    if not path.is_file():
        raise UsageError(f"--db {path}: no class store there (run `edu class serve` first)")
    fmt = args.format or (Path(args.output).suffix.lstrip(".") if args.output != "-" else "")
    fmt = fmt if fmt in FORMATS or args.format else "json"
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt}: use one of {', '.join(FORMATS)}")
    # a workbook to standard output is refused by _check, before the store is opened
    with ClassStore.open(path) as store:
        if args.list:
            lines = [f"{s.id}  {s.created}  {s.status:<8}  {len(store.students(s.id)):>4} "
                     f"students  {s.title}" for s in store.sessions()]
            write_output(args.output, ("\n".join(lines) + "\n" if lines else "").encode())
            return 0
        row = store.session(args.session) if args.session else store.latest()
        if row is None:
            raise UsageError(f"--db {path}: the class store holds no session yet")
        write_output(args.output, render(results_dict(store, row), fmt))
    return 0


def run(args: Args) -> int:
    _check(args)
    return serve(args) if args.action == "serve" else results(args)
