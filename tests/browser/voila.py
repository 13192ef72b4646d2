"""Voilà on the classroom folder in the background, for the browser tests and the notebook
benchmark: a context manager that waits until the server answers and stops it (and so its
kernels) on exit. It serves what ``make classroom`` serves (:func:`edu.classroom.prepare`,
:func:`edu.classroom.voila_command`); it lives with the tests because only they start it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from edu.classroom import HOST
from edu.classroom import STUDENT_NOTEBOOKS
from edu.classroom import prepare
from edu.classroom import voila_command
from edu.classroom import voila_env


class VoilaFailed(Exception):
    """Voilà exited, or did not answer in time (the log says why)."""


def free_port(ip: str = HOST) -> int:
    """A port nobody listens on now (for tests and benchmarks)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((ip, 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """Voilà on the classroom folder, in the background (tests, benchmarks): a context manager
    that waits until the server answers, and stops it (and so its kernels) on exit."""

    def __init__(self, directory: Path | str, *, env: dict[str, str] | None = None,
                 notebooks: Sequence[str] = STUDENT_NOTEBOOKS, port: int | None = None,
                 log: Path | str | None = None, timeout: float = 90.0,
                 preheat: bool = True) -> None:
        self.directory = Path(directory)
        self.notebooks = tuple(notebooks)
        self.env = env
        self.port = port or free_port()
        self.log = Path(log) if log else self.directory / "voila.log"
        self.timeout = timeout
        self.preheat = preheat
        self.url = f"http://{HOST}:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        served = prepare(self.directory, self.notebooks)
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as log:
            command = voila_command(served, self.port, preheat=self.preheat)
            self.process = subprocess.Popen(command, env=voila_env(self.directory, self.env),
                                            stdout=log, stderr=subprocess.STDOUT)
        try:
            self._wait()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait(self) -> None:
        import time
        import urllib.error
        import urllib.request

        assert self.process is not None
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise VoilaFailed(f"Voilà exited ({self.process.returncode}); see {self.log}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise VoilaFailed(f"Voilà did not answer on {self.url} in {self.timeout:.0f} s; "
                           f"see {self.log}")

    def stop(self) -> None:
        """Stop Voilà (SIGTERM: it shuts its kernels down), killing it if it hangs; reap it."""
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:  # its kernels end themselves when it is gone
            process.kill()
            process.wait()

    def __exit__(self, *exc: object) -> None:
        self.stop()
