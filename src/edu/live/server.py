"""Start a class session and serve it with uvicorn: in the foreground (``edu class serve``) or
in a background thread (:class:`LiveServer`, for the notebook, the tests and the benchmark).

:func:`open_session` resumes the store's latest session unless it has ended (or ``new`` is
asked for), so a server killed and started again on the same ``--db`` goes on where it was,
with the same code and tokens. :func:`pick_questions` gives the questions of a new session:
those of a quiz file written by ``edu quiz --format json`` (its first version), or a quiz
assembled from the bank.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edu.errors import QuizError
from edu.errors import UsageError
from edu.lang import Text
from edu.live.app import Notifier
from edu.live.app import create_app
from edu.live.session import LiveSession
from edu.live.store import ClassStore
from edu.present.strings import text
from edu.questions.model import Question

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Started:
    """What a started server prints first: where to join, where to teach, the secrets."""

    join_url: str
    teacher_url: str
    code: str
    teacher_token: str
    session: str

    def line(self) -> str:
        return json.dumps({"join_url": self.join_url, "teacher_url": self.teacher_url,
                           "code": self.code, "teacher_token": self.teacher_token,
                           "session": self.session}, ensure_ascii=False)


def pick_questions(*, quiz: Path | str | None = None, content: Path | str | None = None,
                   lessons: Sequence[str] = (), kinds: Sequence[str] = (), n: int = 10,
                   seed: int = 0) -> tuple[list[Question], str]:
    """The questions of a new session, and its title."""
    if quiz is not None:
        from edu.quiz.formats import quiz_from_dict

        path = Path(quiz)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"--quiz {path}: cannot read it ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise UsageError(f"--quiz {path}: not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise UsageError(f"--quiz {path}:{exc.lineno}: not valid JSON ({exc.msg}); give a "
                             "file written by `edu quiz --format json`") from None
        try:
            loaded = quiz_from_dict(data)
        except QuizError as exc:
            raise UsageError(f"--quiz {path}: {exc}") from None
        if not loaded.versions or not loaded.versions[0].questions:
            raise UsageError(f"--quiz {path}: the quiz has no questions")
        return list(loaded.versions[0].questions), path.stem
    from edu.content.load import load_plan
    from edu.questions.bank import load_bank
    from edu.quiz.assembly import assemble_seeded
    from edu.quiz.spec import QuizSpec

    plan = load_plan(content) if content is not None else load_plan()
    bank = load_bank(content, plan=plan)
    made = assemble_seeded(bank, QuizSpec(count=n, lessons=tuple(lessons), kinds=tuple(kinds)),
                           seed)
    return list(made.versions[0].questions), plan.info.title


def open_session(store: ClassStore, questions: Sequence[Question] | None, *, title: str = "",
                 new: bool = False) -> tuple[LiveSession, bool]:
    """The session to serve and whether it was resumed (see the module docstring).

    *questions* may be ``None`` only when a session is to be resumed.
    """
    latest = store.unfinished()
    if latest is not None and not new:
        return LiveSession(store, latest), True
    if latest is not None:
        LiveSession(store, latest).end()
    if not questions:
        raise UsageError("no session to resume in the class store: give --quiz or --lessons")
    return LiveSession.create(store, questions, title=title), False


def lan_address() -> str:
    """This machine's address on its network (no packet is sent), else 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return LOOPBACK


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on *host*:*port* (0 = a free port); a bad address is a UsageError."""
    try:
        family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        raise UsageError(f"--ip {host!r}: not an IP address (such as 127.0.0.1 or "
                         "0.0.0.0)") from None
    if not 0 <= port <= 65535:
        raise UsageError(f"--port {port}: must be between 0 and 65535")
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it every keep-alive reply waits ~40 ms for the client's delayed ACK (Nagle)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"--ip {host} --port {port}: cannot listen there ({exc.strerror}); "
                         "try --port 0 for a free port") from None
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def started(session: LiveSession, sock: socket.socket) -> Started:
    host, port = sock.getsockname()[:2]
    shown = lan_address() if host in ("0.0.0.0", "::") else host
    if ":" in shown:
        shown = f"[{shown}]"
    base = f"http://{shown}:{port}"
    # the token rides in the fragment, which a browser never sends to a server; the teacher
    # page takes it from there and clears it from the address bar
    return Started(f"{base}/?code={session.code}",
                   f"{base}/teacher#token={session.teacher_token}", session.code,
                   session.teacher_token, session.id)


def is_loopback(host: str) -> bool:
    """Whether *host* reaches this machine only: a loopback address (``127.0.0.0/8``,
    ``::1``, an IPv4-mapped ``::ffff:127.x.y.z``) or the name ``localhost``.

    Any other name counts as beyond this machine and is not resolved: what a name points at
    can change after we look, and a look-up can hang. (:func:`bind` takes addresses only, so
    a server's own host is always an address; names reach this only from other callers.)"""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.partition("%")[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def host_warning(sock: socket.socket) -> Text | None:
    """What a server listening on *sock* must say when that is beyond this machine (any
    address that is not loopback, :func:`is_loopback`), in both languages, or ``None``:
    ``edu class serve`` prints it, the notebook's view shows it in its language for as long as
    it is shown (:attr:`LiveServer.warning`)."""
    host, port = sock.getsockname()[:2]
    return warning_for(host, port)


def warning_for(host: str, port: int) -> Text | None:
    """:func:`host_warning` for a server on *host*:*port*."""
    if is_loopback(host):
        return None
    return text("class_host_warning", host=host, port=port)


def _uvicorn(session: LiveSession, notifier: Notifier) -> Any:
    """The uvicorn server of *session*'s app (:func:`create_app`), whose streams *notifier*
    wakes: the one set-up of the foreground and the background server."""
    import uvicorn

    return uvicorn.Server(uvicorn.Config(
        create_app(session, notifier), log_level="warning", access_log=False, lifespan="off",
        timeout_graceful_shutdown=2, server_header=False, timeout_keep_alive=30, backlog=2048))


def serve_forever(session: LiveSession, sock: socket.socket) -> None:
    """Serve *session* on *sock* (from :func:`bind`) in the foreground until Ctrl-C; the first
    stdout line is :meth:`Started.line`."""
    info = started(session, sock)
    warning = host_warning(sock)
    if warning:
        for lang in ("zh", "en"):
            print(f"edu class: warning: {warning.get(lang)}", file=sys.stderr)
    print(info.line(), flush=True)
    _uvicorn(session, Notifier()).run(sockets=[sock])


class LiveServer:
    """*session* served by uvicorn in a background thread, on *host* (loopback by default).

    ``with LiveServer(session) as server:`` starts it and waits until it listens;
    ``server.info`` is what ``edu class serve`` prints; leaving the block stops it.
    """

    def __init__(self, session: LiveSession, host: str = LOOPBACK, port: int = 0) -> None:
        self.session = session
        self.sock = bind(host, port)
        self.info = started(session, self.sock)
        #: :func:`host_warning` for this server (``None`` on a loopback address)
        self.warning = host_warning(self.sock)
        self.port = int(self.sock.getsockname()[1])
        self.base_url = f"http://{self.sock.getsockname()[0]}:{self.port}"
        self.notifier = Notifier()
        self._server = _uvicorn(session, self.notifier)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=self._run, name="edu-class-server", daemon=True)

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            await self._server.serve(sockets=[self.sock])

        asyncio.run(main())

    def start(self) -> LiveServer:
        self._thread.start()
        for _ in range(1000):
            if self._server.started or not self._thread.is_alive():
                break
            threading.Event().wait(0.01)
        if not self._server.started:
            raise RuntimeError("the class server did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self.notifier.close)
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.sock.close()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
