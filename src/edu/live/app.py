"""The class server's HTTP side: the JSON API and the student page, as a Starlette app.

Every route is documented in the README ("Live class sessions"). Rules that hold for all:

* a request body over :data:`MAX_BODY` (64 KB) is refused with 413 before it is read whole;
  a body that is not JSON, or not the expected object, gets 400 with a one-line reason;
* a device that gets the session code wrong ten times within a minute gets 429 until the
  minute is over;
* tokens travel only in ``Authorization: Bearer …`` (never in a URL, so never in a log);
  no token or an unknown one → 401, a student's token on a teacher route (or the teacher's on
  a student route) → 403;
* errors are ``{"error": "<one line>"}``; API replies are ``Cache-Control: no-store``;
* every page and reply carries a Content-Security-Policy that allows nothing outside this
  server, ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer`` and
  ``X-Frame-Options: DENY``. Student names only ever reach the page as JSON and are put in
  the page with ``textContent``, never as HTML.

Push: ``GET /api/events`` is a server-sent-event stream (read with ``fetch``, so the token
stays in a header) that sends the student's ``state`` at once and again after every change,
with a comment every 15 s to keep the connection alive. The page also polls ``/api/state``
when the stream drops, so a reload or a lost connection resumes where the student was.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from collections.abc import Awaitable
from collections.abc import Callable
from pathlib import Path
from typing import Any
from typing import Generic
from typing import TypeVar

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect
from starlette.requests import Request
from starlette.responses import FileResponse
from starlette.responses import JSONResponse
from starlette.responses import Response
from starlette.responses import StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp
from starlette.types import Message
from starlette.types import Receive
from starlette.types import Scope
from starlette.types import Send

from edu.live.session import ApiError
from edu.live.session import LiveSession
from edu.live.session import already_answered
from edu.live.store import AnswerRow
from edu.live.store import NewStudent
from edu.present.strings import STRINGS

T = TypeVar("T")
R = TypeVar("R")
MAX_BODY = 64 * 1024
#: A device that types this many wrong codes within CODE_WINDOW seconds is told to wait
#: (guessing a six-digit code would take days instead of minutes).
MAX_WRONG_CODES = 10
CODE_WINDOW = 60.0
KEEPALIVE = 15.0
STATIC = Path(__file__).with_name("static")
#: Static files the server serves (nothing else under static/ is reachable).
FILES = {"app.js": "text/javascript", "style.css": "text/css", "index.html": "text/html",
         "teacher.html": "text/html", "teacher.js": "text/javascript"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]


class Notifier:
    """Wakes every event stream when the session changes (or the server stops)."""

    def __init__(self) -> None:
        self._event: asyncio.Event | None = None
        self.closed = False

    def _current(self) -> asyncio.Event:
        if self._event is None:
            self._event = asyncio.Event()
        return self._event

    def notify(self) -> None:
        event, self._event = self._current(), asyncio.Event()
        event.set()

    def close(self) -> None:
        self.closed = True
        self.notify()

    async def wait(self, timeout: float) -> bool:
        """``True`` when notified within *timeout* seconds."""
        try:
            async with asyncio.timeout(timeout):  # no extra task per wait, unlike wait_for
                await self._current().wait()
        except TimeoutError:
            return False
        return True


class GroupCommit(Generic[T, R]):
    """Group commit: items (answers, joins) arriving while a commit is under way wait for the
    next one, which stores them all in one transaction (one disk flush) in a worker thread, so
    the server keeps taking requests. Each request still gets its reply only after its item
    is committed. *flush* takes the batch and returns one result per item."""

    def __init__(self, flush: Callable[[list[T]], list[R]]) -> None:
        self.flush = flush
        self.pending: list[tuple[T, asyncio.Future[R]]] = []
        self.running = False
        self.task: asyncio.Task[None] | None = None

    async def add(self, item: T) -> R:
        """Commit *item* with the next batch and return its result."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self.pending.append((item, future))
        if not self.running:
            self.running = True
            self.task = loop.create_task(self._drain())  # kept: a bare task may be collected
        return await future

    async def _drain(self) -> None:
        try:
            while self.pending:
                batch, self.pending = self.pending, []
                try:
                    results = await asyncio.to_thread(self.flush, [i for i, _ in batch])
                except Exception as exc:  # the store failed: every waiting request fails
                    for _, future in batch:
                        future.set_exception(exc)
                    continue
                for (_, future), result in zip(batch, results, strict=True):
                    future.set_result(result)
        finally:
            self.running = False


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, wrapped)


#: What every API reply says about caching: never keep it.
NO_STORE = {"Cache-Control": "no-store"}


def _refused(exc: ApiError) -> JSONResponse:
    """``{"error": reason}``, and ``"key"``: the student page's name of the catalogue entry
    that says it (``class_`` dropped, as in ``/strings.json``) when there is one."""
    body = {"error": " ".join(exc.reason.split())}
    if exc.key is not None:
        body["key"] = exc.key.removeprefix("class_")
    return JSONResponse(body, status_code=exc.status, headers=NO_STORE)


def _ok(body: Any) -> JSONResponse:
    return JSONResponse(body, headers=NO_STORE)


def _ok_text(body: Callable[[], str]) -> Response:
    """The JSON text *body* makes (serialised once and cached by the session), or the
    refusal it raises."""
    try:
        return Response(body(), media_type="application/json", headers=NO_STORE)
    except ApiError as exc:
        return _refused(exc)


def bearer(request: Request) -> str | None:
    """The token of ``Authorization: Bearer <token>``, or ``None``."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def read_json(request: Request, empty: Any = None) -> Any:
    """The request's JSON body: 413 over :data:`MAX_BODY`, 400 when it is not JSON; an empty
    body is *empty* when that is given."""
    length = request.headers.get("content-length")
    if length is not None:
        if not length.isdigit():
            raise ApiError(400, "bad Content-Length")
        if int(length) > MAX_BODY:
            raise ApiError(413, f"request body over {MAX_BODY // 1024} KB")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY:
                raise ApiError(413, f"request body over {MAX_BODY // 1024} KB")
            chunks.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "the request body was cut off") from None
    raw = b"".join(chunks)
    if empty is not None and not raw.strip():
        return empty
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        reason = (exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
                  if isinstance(exc, UnicodeDecodeError) else str(exc))
        raise ApiError(400, f"malformed JSON: {reason}") from None


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON (Python's parser takes them; we do not)."""
    raise ValueError(f"{name} is not JSON")


def page_strings() -> dict[str, dict[str, str]]:
    """The student page's interface strings (``class_*`` in :data:`edu.present.strings.STRINGS`)."""
    return {key[len("class_"):]: {"zh": text.zh, "en": text.en}
            for key, text in STRINGS.items() if key.startswith("class_")}


Handler = Callable[[Request], Awaitable[Response]]


def create_app(session: LiveSession, notifier: Notifier | None = None) -> ASGIApp:
    """The Starlette app serving *session*; *notifier* wakes its event streams."""
    notes = notifier or Notifier()

    def api(handler: Callable[[Request], Awaitable[Any]]) -> Handler:
        async def endpoint(request: Request) -> Response:
            try:
                return _ok(await handler(request))
            except ApiError as exc:
                return _refused(exc)

        return endpoint

    wrong_codes: dict[str, list[float]] = {}

    async def join(request: Request) -> Any:
        body = await read_json(request)
        if not isinstance(body, dict):
            raise ApiError(400, 'expected {"code": …, "name": …}')
        client = request.client.host if request.client else ""
        now = time.monotonic()
        recent = [x for x in wrong_codes.get(client, []) if now - x < CODE_WINDOW]
        if len(recent) >= MAX_WRONG_CODES:
            raise ApiError(429, "too many wrong codes from this device; wait a minute")
        try:
            new = session.check_join(body.get("code"), body.get("name"))
        except ApiError as exc:
            if exc.status == 403:
                wrong_codes[client] = [*recent, now]
            raise
        await joins.add(new)
        return session.joined(new)

    async def state(request: Request) -> Response:
        return _ok_text(lambda: session.state_json(session.student(bearer(request))))

    answers: GroupCommit[AnswerRow, bool] = GroupCommit(
        lambda rows: session.store.add_answers(session.id, rows))
    joins: GroupCommit[NewStudent, None] = GroupCommit(
        lambda rows: session.store.add_students(session.id, rows))

    async def answer(request: Request) -> Any:
        student = session.student(bearer(request))
        row = session.check_answer(student, await read_json(request))
        if not await answers.add(row):
            raise already_answered()
        session.record(row)
        return {"received": True, "question": row.question}

    def teacher(action: Callable[[Any], Any], body: bool = True) -> Handler:
        async def handler(request: Request) -> Any:
            session.check_teacher(bearer(request))
            data = await read_json(request, empty={}) if body else {}
            before = session.version
            out = action(data)
            if session.version != before:
                notes.notify()
            return out

        return api(handler)

    def teacher_json(request: Request) -> str:
        session.check_teacher(bearer(request))
        return session.teacher_json()

    async def teacher_state(request: Request) -> Response:
        return _ok_text(lambda: teacher_json(request))

    async def events(request: Request) -> Response:
        try:
            student = session.student(bearer(request))
        except ApiError as exc:
            return _refused(exc)

        async def stream() -> AsyncIterator[str]:
            while not notes.closed:
                version = session.version
                yield f"event: state\ndata: {session.state_json(student)}\n\n"
                while session.version == version and not notes.closed:
                    if not await notes.wait(KEEPALIVE):
                        yield ": keep-alive\n\n"

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={**NO_STORE, "X-Accel-Buffering": "no"})

    catalogue = JSONResponse(page_strings()).body  # the catalogue is frozen: serialised once

    async def strings(request: Request) -> Response:
        return Response(catalogue, media_type="application/json",
                        headers={"Cache-Control": "no-cache"})

    def static(name: str) -> Handler:
        async def serve(request: Request) -> Response:
            return FileResponse(STATIC / name, media_type=FILES[name],
                                headers={"Cache-Control": "no-cache"})

        return serve

    async def info(request: Request) -> Response:
        return _ok({"title": session.title, "session": session.id})

    routes = [
        Route("/", static("index.html")),
        Route("/teacher", static("teacher.html")),
        *[Route(f"/static/{name}", static(name)) for name in FILES if not name.endswith("html")],
        Route("/strings.json", strings),
        Route("/api/info", info),
        Route("/api/join", api(join), methods=["POST"]),
        Route("/api/state", state),
        Route("/api/events", events),
        Route("/api/answer", api(answer), methods=["POST"]),
        Route("/api/teacher/open", teacher(session.open), methods=["POST"]),
        Route("/api/teacher/reveal", teacher(lambda _: session.reveal()), methods=["POST"]),
        Route("/api/teacher/end", teacher(lambda _: session.end()), methods=["POST"]),
        Route("/api/teacher/state", teacher_state),
        Route("/api/teacher/results", teacher(lambda _: session.results(), body=False)),
    ]
    app = Starlette(routes=routes)
    app.state.notifier = notes
    return SecurityHeaders(app)

