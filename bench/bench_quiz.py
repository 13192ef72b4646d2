"""Benchmark the question bank and quiz assembly at 1x and 100x synthetic content.

Prints, measured in one run on this machine:
* bank build time (all generators) for the shipped content and for a synthetic plan with every
  lesson copied 100 times (ids, titles and metrics made unique per copy), and the time per
  question;
* the time to assemble a 50-question quiz (balanced, 3 shuffled versions) from each bank;
* the growth ratios: time at 100x over time at 1x, against the growth in questions. "linear or
  better" means the time per question at 100x is at most 1.5x that at 1x;
* `edu quiz -n 50` wall time against bare `python -c pass` (the CLI's start-up baseline).
Goal for the shipped content: bank build < 100 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from edu.content import Plan
from edu.content import load_plan
from edu.questions.bank import Bank
from edu.questions.bank import build_bank
from edu.quiz.assembly import assemble_seeded
from edu.quiz.spec import QuizSpec

ROOT = Path(__file__).resolve().parents[1]
EDU = Path(sys.executable).with_name("edu")
BUILD_GOAL_MS = 100.0
LINEAR_SLACK = 1.5


def synthetic(plan: Plan, copies: int) -> Plan:
    """*plan* with every lesson repeated *copies* times under unique ids and titles."""
    lessons = []
    parts = []
    for part in plan.parts:
        ids = []
        for k in range(copies):
            for lesson_id in part.lessons:
                x = plan.lesson(lesson_id)
                suffix = "" if k == 0 else f"-copy{k}"
                mark = "" if k == 0 else f"（{k}）"
                measures = tuple(dataclasses.replace(m, id=m.id + suffix, lesson=x.id + suffix,
                                                     title=m.title + mark,
                                                     title_en=m.title_en + suffix)
                                 for m in x.measures)
                targets = tuple(dataclasses.replace(
                    t, id=t.id + suffix, lesson=x.id + suffix, measure=t.measure + suffix,
                    metric=t.metric + mark, metric_en=t.metric_en + suffix) for t in x.targets)
                lessons.append(dataclasses.replace(
                    x, id=x.id + suffix, title=x.title + mark, title_en=x.title_en + suffix,
                    measures=measures, targets=targets))
                ids.append(x.id + suffix)
        parts.append(dataclasses.replace(part, lessons=tuple(ids)))
    return dataclasses.replace(plan, parts=tuple(parts), lessons=tuple(lessons))


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def wall(cmd: list[str], runs: int, env: dict[str, str]) -> float:
    return timed(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, env=env, check=True), runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="repetitions at 1x (median)")
    parser.add_argument("--scale", type=int, default=100, help="synthetic size factor")
    args = parser.parse_args()

    from edu.questions import phrasing

    plan = load_plan(ROOT / "content")
    big = synthetic(plan, args.scale)
    spec = QuizSpec(count=50, versions=3)

    def build(p: Plan) -> Callable[[], Bank]:
        def run() -> Bank:
            phrasing.item_ref.cache_clear()  # measure cold builds, not the memo
            return build_bank(p)
        return run

    rows = []
    for label, p, runs in (("1x", plan, args.runs), (f"{args.scale}x", big, 3)):
        bank = build(p)()
        build_s = timed(build(p), runs)
        quiz_s = timed(functools.partial(assemble_seeded, bank, spec, 1), max(3, runs))
        rows.append((label, len(p.lessons), len(p.targets), len(bank), build_s, quiz_s))

    print(f"{'content':8s} {'lessons':>7s} {'targets':>7s} {'questions':>9s} "
          f"{'build ms':>9s} {'us/question':>11s} {'quiz-50 ms':>10s}")
    for label, lessons, targets, questions, build_s, quiz_s in rows:
        print(f"{label:8s} {lessons:7d} {targets:7d} {questions:9d} {build_s * 1000:9.1f} "
              f"{build_s / questions * 1e6:11.1f} {quiz_s * 1000:10.2f}")
    (_, _, _, q1, b1, a1), (_, _, _, q2, b2, a2) = rows
    growth = q2 / q1
    build_ratio, quiz_ratio = b2 / b1, a2 / a1
    print(f"questions grew {growth:.1f}x; build time grew {build_ratio:.1f}x, "
          f"quiz assembly {quiz_ratio:.1f}x")
    build_ok = build_ratio <= growth * LINEAR_SLACK
    quiz_ok = quiz_ratio <= growth * LINEAR_SLACK
    print(f"bank build: {'linear or better' if build_ok else 'WORSE THAN LINEAR'} "
          f"(per question {b2 / q2 * 1e6:.1f} us vs {b1 / q1 * 1e6:.1f} us)")
    print(f"quiz assembly: {'linear or better' if quiz_ok else 'WORSE THAN LINEAR'} "
          f"(per bank question {a2 / q2 * 1e6:.2f} us vs {a1 / q1 * 1e6:.2f} us)")
    verdict = "meets" if b1 * 1000 < BUILD_GOAL_MS else "MISSES"
    print(f"bank build for the shipped content: {b1 * 1000:.1f} ms, {verdict} the goal of "
          f"< {BUILD_GOAL_MS:.0f} ms")

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "EDU_CACHE_DIR": cache}
        base = wall([sys.executable, "-c", "pass"], 10, env)
        cli = wall([str(EDU), "quiz", "-n", "50", "--seed", "1", "-o", os.devnull,
                    "--content", str(ROOT / "content")], 5, env)
    print(f"edu quiz -n 50: {cli * 1000:.0f} ms ({cli / base:.1f}x python -c pass, "
          f"{base * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
