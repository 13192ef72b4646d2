"""Benchmark deck building against plain genanki writing the same notes, in the same run.

For the shipped content (1x) and synthetic content with every lesson, principle and goal
repeated (100x by default), prints the best and the median wall time (the three run in turn,
so machine noise hits them alike) of:

* ``edu`` — ``build_decks`` (notes from the plan, lockfile reconciliation, reproducible
  packages: in-memory SQLite, VACUUM, sorted deflated zip) and writing the files and the
  lockfile, for a first build (empty lock) and a rebuild (lock up to date);
* ``genanki`` — the baseline: plain genanki (``Package.write_to_file``) writing the same notes,
  with the same fields, note types and decks, to the same set of files.

and the ratio edu / genanki (goal: <= 1.5x).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import genanki

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from edu.content import Plan  # noqa: E402
from edu.content import load_plan  # noqa: E402
from edu.decks import Lock  # noqa: E402
from edu.decks import build_decks  # noqa: E402
from edu.decks import dump_lock  # noqa: E402
from edu.decks.build import DeckBuild  # noqa: E402
from edu.decks.build import deck_id  # noqa: E402
from edu.decks.lock import ShippedNote  # noqa: E402
from edu.decks.notetypes import NOTE_TYPES  # noqa: E402

GOAL = 1.5
NOW = 1_700_000_000


def scaled(plan: Plan, factor: int) -> Plan:
    """*plan* with every lesson, principle and goal repeated *factor* times (new ids).

    Copies keep their titles, so the decks stay the same and each holds *factor* times the
    notes (genanki re-encodes every deck's JSON per deck, which would dominate otherwise).
    """
    if factor == 1:
        return plan
    lessons, parts = [], []
    for part in plan.parts:
        ids = []
        for lesson in (plan.lesson(i) for i in part.lessons):
            for k in range(factor):
                sfx = f"-x{k}"
                lessons.append(dataclasses.replace(
                    lesson, id=lesson.id + sfx,
                    measures=tuple(dataclasses.replace(m, id=m.id + sfx, lesson=lesson.id + sfx)
                                   for m in lesson.measures),
                    targets=tuple(dataclasses.replace(t, id=t.id + sfx, lesson=lesson.id + sfx,
                                                      measure=t.measure + sfx)
                                  for t in lesson.targets)))
                ids.append(lesson.id + sfx)
        parts.append(dataclasses.replace(part, lessons=tuple(ids)))
    intro = plan.introduction
    intro = dataclasses.replace(
        intro,
        principles=tuple(dataclasses.replace(p, id=f"{p.id}-x{k}")
                         for k in range(factor) for p in intro.principles),
        goals=tuple(dataclasses.replace(g, id=f"{g.id}-x{k}")
                    for k in range(factor) for g in intro.goals))
    return dataclasses.replace(plan, introduction=intro, parts=tuple(parts),
                               lessons=tuple(lessons))


def genanki_baseline(build: DeckBuild, plan: Plan, out: str) -> Callable[[], None]:
    """A function writing *build*'s notes with plain genanki, file by file, into *out*."""
    files: dict[str, list[ShippedNote]] = {}
    parts = {p.id for p in plan.parts}
    base = plan.info.id
    for note in build.notes:
        files.setdefault(f"{base}.apkg", []).append(note)
        scope = "introduction" if note.part not in parts else note.part
        files.setdefault(f"{base}-{scope}.apkg", []).append(note)

    def run() -> None:
        models = {key: nt.genanki_model() for key, nt in NOTE_TYPES.items()}
        for name, notes in files.items():
            decks: dict[tuple[str, ...], genanki.Deck] = {}
            for n in notes:
                if n.deck not in decks:
                    decks[n.deck] = genanki.Deck(deck_id("::".join(n.deck)), "::".join(n.deck))
                decks[n.deck].add_note(genanki.Note(
                    model=models[n.note_type],
                    fields=[n.fields[f] for f in NOTE_TYPES[n.note_type].field_names],
                    guid=n.guid, tags=list(n.tags)))
            genanki.Package(list(decks.values())).write_to_file(os.path.join(out, name),
                                                                timestamp=NOW)

    return run


def write(build: DeckBuild, out: str) -> None:
    """Write the decks and the lockfile, as ``edu deck`` does (the baseline writes files too)."""
    for name, data in build.files.items():
        with open(os.path.join(out, name), "wb") as handle:
            handle.write(data)
    with open(os.path.join(out, "edu-decks.lock.json"), "wb") as handle:
        handle.write(dump_lock(build.lock))


def interleaved(fns: list[Callable[[], object]], runs: int) -> list[float]:
    """Best wall time of each of *fns*, run in turn *runs* times.

    Running them in turn exposes all to the same machine load; the best of several runs is
    the least disturbed estimate of each (as ``timeit`` advises), medians are printed too.
    """
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, bucket in zip(fns, times, strict=True):
            gc.collect()  # start each from a clean heap, not the last one's garbage
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return [min(bucket) for bucket in times] + [statistics.median(b) for b in times]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--factor", type=int, default=100, help="synthetic content size")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    plan1 = load_plan(ROOT / "content")
    worst = 0.0
    print(f"{'content':>8s} {'notes':>7s} {'genanki ms':>11s} {'edu first ms':>13s} "
          f"{'x':>6s} {'edu rebuild ms':>15s} {'x':>6s}")
    for factor in (1, args.factor):
        plan = scaled(plan1, factor)
        runs = args.runs if factor == 1 else max(3, args.runs * 2 // 3)
        first = build_decks(plan, Lock.empty(), NOW)

        with tempfile.TemporaryDirectory() as out:
            mine = os.path.join(out, "edu")
            os.mkdir(mine)

            def edu_first(plan: Plan = plan, mine: str = mine) -> None:
                write(build_decks(plan, Lock.empty(), NOW), mine)

            def edu_rebuild(plan: Plan = plan, lock: Lock = first.lock,
                            mine: str = mine) -> None:
                write(build_decks(plan, lock, NOW + 60), mine)

            base, t_first, t_rebuild, m_base, m_first, m_rebuild = interleaved(
                [genanki_baseline(first, plan, out), edu_first, edu_rebuild], runs)
        worst = max(worst, t_first / base, t_rebuild / base)
        print(f"{factor:>7d}x {len(first.notes):>7d} {base * 1000:>11.1f} "
              f"{t_first * 1000:>13.1f} {t_first / base:>5.2f}x "
              f"{t_rebuild * 1000:>15.1f} {t_rebuild / base:>5.2f}x")
        print(f"{'(medians)':>16s} {m_base * 1000:>11.1f} {m_first * 1000:>13.1f} "
              f"{m_first / m_base:>5.2f}x {m_rebuild * 1000:>15.1f} {m_rebuild / m_base:>5.2f}x")
    verdict = "meets" if worst <= GOAL else "MISSES"
    print(f"deck build: worst ratio to plain genanki {worst:.2f}x, {verdict} the goal of "
          f"<= {GOAL}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
