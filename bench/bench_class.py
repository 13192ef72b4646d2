"""Benchmark the live class server against one Voilà kernel per student.

For 50, 200 and 500 simulated students, against ``edu class serve`` in its own process (a real
server on loopback, its store on disk with a flush per commit), it prints:

* **join**: time for every student to join at once (the whole class scanning the QR code);
* **answer latency** p50 / p95: each student holds the event stream open, as the page does,
  and answers when the push of a newly opened question arrives, over three questions;
  latency is request sent → reply read. Two runs: *burst*, every student answering the
  moment the question opens (the worst a class can do), and *spread*, each after a think
  time spread evenly over :data:`SPREAD` seconds (a class reading the question); the goal is
  judged on the spread run, both are printed;
* **answers/s** over each burst; and every answer is checked to be counted exactly once;
* **server CPU per answer**: the server process's CPU time over the three questions (the
  answers, the pushes of open and reveal, everything) ÷ answers — a figure that does not depend
  on how busy the machine is;
* **memory per student**: the server's RSS after the joins and with every stream open, less
  its RSS before, divided by the students.

Beside them, the baseline of how ``make classroom`` serves a page: one Jupyter kernel per
student, started and made to run the quiz notebook (what Voilà does per page view); its start
time and its RSS. Goals: p95 under 100 ms at 200 students, under 1 MB per student.

The simulated students are a light asyncio HTTP/1.1 client in this process (one keep-alive
connection for requests and one for the stream per student), sharing the machine's two cores
with the server, so the figures are pessimistic. ``--students 50,200`` picks the sizes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SIZES = (50, 200, 500)
QUESTIONS = 3
SPREAD = 5.0  # s over which a class's answers arrive in the "spread" runs
P95_GOAL = 0.100
MEMORY_GOAL = 1.0  # MB per student


class Conn:
    """One keep-alive HTTP/1.1 connection (replies carry Content-Length)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, host: str, port: int) -> Conn:
        return cls(*await asyncio.open_connection(host, port))

    async def request(self, method: str, path: str, body: object = None,
                      token: str | None = None) -> tuple[int, object]:
        data = b"" if body is None else json.dumps(body).encode()
        head = [f"{method} {path} HTTP/1.1", "Host: bench", f"Content-Length: {len(data)}",
                "Content-Type: application/json"]
        if token:
            head.append(f"Authorization: Bearer {token}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
        status, headers = await self._head()
        length = int(headers.get("content-length", "0"))
        payload = await self.reader.readexactly(length)
        return status, json.loads(payload) if payload else None

    async def _head(self) -> tuple[int, dict[str, str]]:
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode().split("\r\n")
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip()
        return int(lines[0].split()[1]), headers

    async def stream(self, path: str, token: str) -> None:
        """Start a server-sent-event stream on this connection."""
        self.writer.write((f"GET {path} HTTP/1.1\r\nHost: bench\r\n"
                           f"Authorization: Bearer {token}\r\n\r\n").encode())
        status, _ = await self._head()
        if status != 200:
            raise RuntimeError(f"event stream: {status}")

    async def event(self) -> dict[str, object]:
        """The next ``data:`` event of a chunked event stream."""
        while True:
            size = int((await self.reader.readline()).strip() or b"0", 16)
            chunk = await self.reader.readexactly(size + 2)
            for line in chunk.decode().split("\n"):
                if line.startswith("data:"):
                    return dict(json.loads(line[5:]))

    def close(self) -> None:
        self.writer.close()


def start_server(db: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "edu.cli", "class", "serve", "--db", str(db), "--port", "0",
         "--n", str(QUESTIONS), "--seed", "1", "--kinds", "mc_value,recall,lesson_of_measure"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    info = json.loads(proc.stdout.readline())
    return proc, info


def rss_mb(pid: int) -> float:
    return float(psutil.Process(pid).memory_info().rss) / 2**20


async def run_class(n: int, info: dict[str, str], pid: int, spread: float
                    ) -> dict[str, float]:
    host, port = info["join_url"].split("//")[1].split("/")[0].split(":")
    port_n = int(port)
    teacher = await Conn.open(host, port_n)
    await teacher.request("GET", "/api/teacher/state", token=info["teacher_token"])
    rss0 = rss_mb(pid)
    conns = [await Conn.open(host, port_n) for _ in range(n)]
    t0 = time.perf_counter()
    joined = await asyncio.gather(*[c.request("POST", "/api/join",
                                              {"code": info["code"], "name": f"学生 {i}"})
                                    for i, c in enumerate(conns)])
    join_time = time.perf_counter() - t0
    tokens = [str(body["student_token"]) for _, body in joined]  # type: ignore[index]
    streams = [await Conn.open(host, port_n) for _ in range(n)]
    await asyncio.gather(*[s.stream("/api/events", t) for s, t in zip(streams, tokens,
                                                                      strict=True)])
    await asyncio.gather(*[s.event() for s in streams])  # the first state: waiting
    rss1 = rss_mb(pid)
    server = psutil.Process(pid)
    cpu0 = sum(server.cpu_times()[:2])
    own0 = time.process_time()
    latencies: list[float] = []
    rates: list[float] = []
    for _ in range(QUESTIONS):
        async def student(conn: Conn, stream: Conn, token: str, think: float
                          ) -> tuple[int, float, float]:
            state = await stream.event()
            await asyncio.sleep(think)
            question = state["question"]
            assert isinstance(question, dict)
            option = question["options"][0]["id"]
            sent = time.perf_counter()
            status, _ = await conn.request("POST", "/api/answer",
                                           {"question": question["id"], "response": option},
                                           token)
            return status, sent, time.perf_counter()

        thinks = [spread * i / n for i in range(n)]
        random.Random(n).shuffle(thinks)
        waiting = [asyncio.ensure_future(student(c, s, t, d))
                   for c, s, t, d in zip(conns, streams, tokens, thinks, strict=True)]
        await teacher.request("POST", "/api/teacher/open", {}, info["teacher_token"])
        done = await asyncio.gather(*waiting)
        assert all(status == 200 for status, _, _ in done), {s for s, _, _ in done}
        latencies += [end - sent for _, sent, end in done]
        rates.append(n / (max(end for _, _, end in done) - min(sent for _, sent, _ in done)))
        _, state = await teacher.request("GET", "/api/teacher/state",
                                         token=info["teacher_token"])
        assert isinstance(state, dict)
        assert state["answered"] == n, "an answer was lost"
        await teacher.request("POST", "/api/teacher/reveal", {}, info["teacher_token"])
        await asyncio.gather(*[s.event() for s in streams])  # the reveal
    cpu = sum(server.cpu_times()[:2]) - cpu0
    own = time.process_time() - own0
    _, results = await teacher.request("GET", "/api/teacher/results",
                                       token=info["teacher_token"])
    assert isinstance(results, dict)
    assert len(results["answers"]) == n * QUESTIONS
    for c in [*conns, *streams, teacher]:
        c.close()
    latencies.sort()
    return {"join": join_time, "p50": statistics.median(latencies),
            "p95": latencies[int(len(latencies) * 0.95) - 1], "rate": statistics.median(rates),
            "mb": (rss1 - rss0) / n, "rss": rss1, "cpu": cpu / (n * QUESTIONS),
            "client": own / (n * QUESTIONS)}


def voila_kernel() -> tuple[float, float]:
    """(start-up + run of the quiz notebook in s, kernel RSS in MB) for one fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "03-quiz.ipynb", as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "notebooks")}})
    t0 = time.perf_counter()
    with client.setup_kernel():
        for i, cell in enumerate(nb.cells):
            client.execute_cell(cell, i)
        elapsed = time.perf_counter() - t0
        km = client.km
        assert km is not None
        assert km.provisioner is not None
        pid = km.provisioner.process.pid  # type: ignore[attr-defined]
        # the kernel process alone (a helper it may have running at that instant, such as a
        # font-cache build, is not a per-student cost)
        mb = psutil.Process(pid).memory_info().rss / 2**20
    return elapsed, mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", default=",".join(map(str, SIZES)))
    parser.add_argument("--no-kernel", action="store_true", help="skip the Voilà baseline")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.students.split(",")]
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    ok = True
    print(f"live class server ({QUESTIONS} questions; server in its own process). Burst: "
          "every student answers the moment a question opens; spread: each after a think "
          f"time spread evenly over {SPREAD:.0f} s")
    print(f"{'students':>8}  {'join':>7}  {'burst p50':>9}  {'p95':>7}  {'answers/s':>9}  "
          f"{'spread p50':>10}  {'p95':>7}  {'MB/student':>10}  {'server RSS':>10}")
    figures = {}
    for n in sizes:
        runs = []
        for spread in (0.0, SPREAD):
            with tempfile.TemporaryDirectory() as tmp:
                proc, info = start_server(Path(tmp) / "class.sqlite3")
                try:
                    runs.append(asyncio.run(run_class(n, info, proc.pid, spread)))
                finally:
                    proc.terminate()
                    proc.wait(10)
        f, g = runs
        figures[n] = {**f, "spread_p50": g["p50"], "spread_p95": g["p95"]}
        print(f"{n:>8}  {f['join']:>6.2f}s  {f['p50'] * 1000:>7.1f}ms  {f['p95'] * 1000:>5.1f}ms"
              f"  {f['rate']:>9.0f}  {g['p50'] * 1000:>8.1f}ms  {g['p95'] * 1000:>5.1f}ms"
              f"  {f['mb']:>10.3f}  {f['rss']:>8.1f}MB  {f['cpu'] * 1000:>8.2f}ms"
              f"  {f['client'] * 1000:>8.2f}ms")
    if not args.no_kernel:
        with open(os.devnull, "w") as quiet:  # the kernel's warnings about TCP transport
            saved = os.dup(2)
            os.dup2(quiet.fileno(), 2)
            try:
                start, mb = voila_kernel()
            finally:
                os.dup2(saved, 2)
                os.close(saved)
        print(f"baseline: one Voilà-style kernel per student (03-quiz run in a fresh kernel): "
              f"start + run {start:.2f} s, RSS {mb:.0f} MB")
        for n, f in figures.items():
            print(f"  {n} students: kernels {n * mb / 1024:.1f} GB and {n * start:.0f} s of "
                  f"kernel start-up, vs the class server {f['rss']:.0f} MB in all, "
                  f"{f['mb'] * 1024:.0f} KB per student ({mb / max(f['mb'], 1e-3):.0f}× less) "
                  f"and {f['join']:.2f} s for the whole class to join")
    if 200 in figures:
        for label, key in (("answers spread over the think time", "spread_p95"),
                           ("all at once (burst)", "p95")):
            p95 = figures[200][key]
            verdict = "ok" if p95 < P95_GOAL else "MISSED"
            print(f"goal p95 < {P95_GOAL * 1000:.0f} ms at 200 students, {label}: "
                  f"{p95 * 1000:.1f} ms {verdict}")
        ok &= figures[200]["spread_p95"] < P95_GOAL
    worst = max(f["mb"] for f in figures.values())
    ok &= worst < MEMORY_GOAL
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(burst latency is bounded by the CPU the server and the simulated class get)")
    print(f"goal < {MEMORY_GOAL:.0f} MB per student: worst {worst:.3f} MB "
          f"{'ok' if worst < MEMORY_GOAL else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
