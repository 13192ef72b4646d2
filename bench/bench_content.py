"""Benchmark the content layer: CLI start-up against bare Python, and load + validate.

Prints, measured in one run on this machine:
* `python -c pass` (the baseline), `edu lessons` and `edu export -o /dev/null` wall time, as
  medians of N runs, and each command's ratio to the baseline (goal: <= 2.5x);
* in-process `read_plan` + `check` (load and validate) and `load_plan` time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDU = Path(sys.executable).with_name("edu")
GOAL = 2.5


def wall(cmd: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "EDU_CACHE_DIR": cache}
        subprocess.run([str(EDU), "lessons"], env=env, stdout=subprocess.DEVNULL, check=True)
        base = wall([sys.executable, "-c", "pass"], args.runs, env)
        rows = [("python -c pass", base)]
        rows.append(("edu lessons", wall([str(EDU), "lessons"], args.runs, env)))
        rows.append(("edu export -o /dev/null",
                     wall([str(EDU), "export", "-o", "/dev/null"], args.runs, env)))
        cold_env = {**env, "EDU_CACHE_DIR": os.path.join(cache, "cold")}
        cold = []
        for i in range(5):
            cold_env["EDU_CACHE_DIR"] = os.path.join(cache, f"cold{i}")
            cold.append(wall([str(EDU), "lessons"], 1, cold_env))
        rows.append(("edu lessons (empty cache)", statistics.median(cold)))
    worst = 0.0
    print(f"{'command':30s} {'median ms':>10s} {'x baseline':>11s}")
    for name, seconds in rows:
        ratio = seconds / base
        if name in ("edu lessons", "edu export -o /dev/null"):
            worst = max(worst, ratio)
        print(f"{name:30s} {seconds * 1000:10.1f} {ratio:10.2f}x")

    from edu.content import check
    from edu.content import load_plan
    from edu.content import read_plan

    content = ROOT / "content"
    load_times, check_times, full = [], [], []
    for _ in range(10):
        t0 = time.perf_counter()
        plan = read_plan(content)
        t1 = time.perf_counter()
        check(plan)
        t2 = time.perf_counter()
        load_plan(content)
        t3 = time.perf_counter()
        load_times.append(t1 - t0)
        check_times.append(t2 - t1)
        full.append(t3 - t2)
    print(f"in-process read (YAML -> model): {statistics.median(load_times) * 1000:.1f} ms")
    print(f"in-process validate:             {statistics.median(check_times) * 1000:.1f} ms")
    print(f"in-process load_plan (both):     {statistics.median(full) * 1000:.1f} ms")
    verdict = "meets" if worst <= GOAL else "MISSES"
    print(f"CLI start-up: worst ratio {worst:.2f}x, {verdict} the goal of <= {GOAL}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
