"""The teacher's side of the JSON API, over HTTP (standard library only): what the notebook
uses, so the notebook drives a session exactly as any other client would."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from edu.errors import EduError


class ApiFailure(EduError):
    """The server refused a request (``status`` and its one-line reason)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"{status}: {reason}")
        self.status = status
        self.reason = reason


class TeacherClient:
    """Calls ``/api/teacher/*`` at *base_url* with *token*."""

    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def call(self, method: str, path: str, body: object = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base_url + path, data=data, method=method,
            headers={"Authorization": f"Bearer {self.token}",
                     "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                return json.loads(reply.read())
        except urllib.error.HTTPError as exc:
            try:
                reason = str(json.loads(exc.read()).get("error", exc.reason))
            except (ValueError, AttributeError):
                reason = str(exc.reason)
            raise ApiFailure(exc.code, reason) from None

    def open(self, question: str | None = None) -> dict[str, Any]:
        return dict(self.call("POST", "/api/teacher/open",
                              {} if question is None else {"question": question}))

    def reveal(self) -> dict[str, Any]:
        return dict(self.call("POST", "/api/teacher/reveal", {}))

    def end(self) -> dict[str, Any]:
        return dict(self.call("POST", "/api/teacher/end", {}))

    def state(self) -> dict[str, Any]:
        return dict(self.call("GET", "/api/teacher/state"))

    def results(self) -> dict[str, Any]:
        return dict(self.call("GET", "/api/teacher/results"))
