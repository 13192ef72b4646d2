"""Benchmark the progress store: record 10,000 reviews, then compute the dashboard.

Prints the time to record 10,000 reviews through ProgressStore (one transaction each, as the
review notebook does) and, as a baseline measured in the same run, plain sqlite3 inserting the
same rows in one transaction; then the time to compute the dashboard over that store
(goal: < 1 s).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

from edu.content import load_plan
from edu.study.items import study_items
from edu.study.review import answer
from edu.study.stats import dashboard
from edu.study.store import ProgressStore

N = 10_000
GOAL = 1.0


def main() -> int:
    items = study_items(load_plan())
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        base_db = sqlite3.connect(Path(tmp) / "plain.db")
        base_db.execute("CREATE TABLE reviews (uid TEXT, time TEXT, item_id TEXT, rating INT, "
                        "due TEXT)")
        t0 = time.perf_counter()
        with base_db:
            base_db.executemany("INSERT INTO reviews VALUES (?, ?, ?, ?, ?)",
                                [(str(n), (start + timedelta(minutes=n)).isoformat(),
                                  items[n % len(items)].id, 3,
                                  (start + timedelta(days=1)).isoformat()) for n in range(N)])
        baseline = time.perf_counter() - t0
        base_db.close()

        with ProgressStore.open(Path(tmp) / "p.db") as store:
            t0 = time.perf_counter()
            for n in range(N):
                item = items[n % len(items)]
                answer(store, item, 1 + n % 4, start + timedelta(minutes=n))
            recorded = time.perf_counter() - t0
            for n in range(2_000):
                store.record_attempt(time=start + timedelta(minutes=n), item_id=f"q{n % 300}",
                                     response=n, score=(n % 3) / 2, lesson=items[n % 100].lesson,
                                     kind="mc_value", refs=[items[n % len(items)].id])
            now = start + timedelta(days=8)
            t0 = time.perf_counter()
            board = dashboard(store, items, now)
            board_time = time.perf_counter() - t0
    print(f"record {N:,} reviews via ProgressStore + FSRS: {recorded:.2f} s "
          f"({recorded / N * 1e6:.0f} µs each)")
    print(f"baseline: plain sqlite3, same rows, one transaction: {baseline:.3f} s "
          f"(ratio {recorded / baseline:.0f}x; the store commits each review durably)")
    print(f"dashboard over {N:,} reviews and 2,000 answers: {board_time * 1000:.0f} ms "
          f"({'meets' if board_time < GOAL else 'MISSES'} the goal of < {GOAL:.0f} s); "
          f"{len(board.weakest)} weakest targets, {board.due_today} due")
    return 0


if __name__ == "__main__":
    sys.exit(main())
