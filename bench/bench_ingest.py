"""Benchmark `edu ingest`: the shared source against a synthetic text 100 times its size.

Prints, measured in one run on this machine, for the source (the baseline) and for the
synthetic text (the source's introduction once, then its two parts 100 times over with every
part and section title made unique, so the draft has 100 times the lessons, measures and
targets):
* lines, lessons, measures and targets of the draft;
* best-of-N CPU time of a whole in-process ingest (decode, layout, targets, draft, YAML, writing
  the folder) and of its stages, per run and per 1,000 lines; ``targets`` is the target
  recogniser alone (units by shape, ranges, 百分之…) over every item of the parsed layout;
* the ratio of the synthetic text's time per 1,000 lines to the source's: about 1 means the
  cost grows linearly with the text (goal: <= 1.5).

Times are the CPU time of this process (``time.process_time``), not wall time: on a machine
shared with other work, a short run often fits in one time slice while a long one is cut into
many, which made wall-time ratios swing between 0.5x and 2x from one run to the next. CPU time
leaves out waiting for other programs (and for the disk when the folder is written).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "content" / "source" / "national-human-rights-action-plan-2021-2025.txt"
GOAL = 1.5
_CN = "一二三四五六七八九十"
_HEADING = re.compile(rf"^(\s*)([{_CN}]{{1,3}}、|（[{_CN}]{{1,3}}）)(\S.*?)\s*$")


def synthetic(text: str, copies: int) -> str:
    """The introduction once, then the parts *copies* times with unique titles."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if _HEADING.match(line))
    intro, body = lines[:first], lines[first:]
    out = list(intro)
    for k in range(copies):
        for line in body:
            m = _HEADING.match(line)
            out.append(f"{m[1]}{m[2]}{m[3]}（{k + 1}）" if m else line)
    return "\n".join(out) + "\n"


def _time(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()  # type: ignore[operator]
        times.append(time.process_time() - start)
    return min(times)


def measure(name: str, data: bytes, runs: int) -> dict[str, float]:
    """Best-of-runs seconds of each stage and of the whole ingest of *data*."""
    from edu.content.layout import parse_layout
    from edu.content.serialize import render
    from edu.ingest.apply import apply
    from edu.ingest.apply import prepare
    from edu.ingest.draft import build_draft
    from edu.ingest.targets import find_candidates

    items = [item.source for part in parse_layout(data.decode("utf-8-sig")).parts
             for section in part.sections for item in section.items]

    def targets() -> None:
        for source in items:
            find_candidates(source)

    draft = build_draft(data, name)
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / name
        text.write_bytes(data)
        counter = iter(range(10**6))

        def whole() -> None:
            apply(prepare(str(text), Path(folder) / f"out{next(counter)}"))

        return {
            "lines": float(data.count(b"\n")),
            "lessons": float(len(draft.plan.lessons)),
            "measures": float(len(draft.plan.measures)),
            "found": float(len(draft.plan.targets)),
            "targets": _time(targets, runs),
            "draft": _time(lambda: build_draft(data, name), runs),
            "yaml": _time(lambda: render(draft.plan, draft.notes), runs),
            "whole": _time(whole, runs),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    source = SOURCE.read_bytes()
    big = synthetic(source.decode("utf-8"), args.copies).encode("utf-8")
    rows = [("source", measure("source.txt", source, args.runs * 4)),
            (f"synthetic x{args.copies}", measure("synthetic.txt", big, args.runs))]
    print(f"{'text':16s} {'lines':>7s} {'lessons':>8s} {'measures':>9s} {'targets':>8s}"
          f" {'targets ms':>10s} {'draft ms':>9s} {'yaml ms':>8s} {'whole ms':>9s}"
          f" {'ms/1k lines':>12s}")
    for name, r in rows:
        per_k = r["whole"] * 1000 / (r["lines"] / 1000)
        print(f"{name:16s} {r['lines']:7.0f} {r['lessons']:8.0f} {r['measures']:9.0f} "
              f"{r['found']:8.0f} {r['targets'] * 1000:10.1f} {r['draft'] * 1000:9.1f} "
              f"{r['yaml'] * 1000:8.1f} "
              f"{r['whole'] * 1000:9.1f} {per_k:12.1f}")
    base, big_row = rows[0][1], rows[1][1]
    ratios = {stage: (big_row[stage] / big_row["lines"]) / (base[stage] / base["lines"])
              for stage in ("targets", "draft", "yaml", "whole")}
    print("time per line, synthetic / source: " + ", ".join(
        f"{stage} {ratio:.2f}x" for stage, ratio in ratios.items()))
    verdict = "linear" if ratios["whole"] <= GOAL else "NOT linear"
    print(f"growth: {verdict} (whole ingest {ratios['whole']:.2f}x per line; goal <= {GOAL}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
