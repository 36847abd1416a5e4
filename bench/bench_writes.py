"""Measure the cost of one store action with synchronous=FULL, as the app runs it.

    PYTHONPATH=. .venv/bin/python bench/bench_writes.py [COUNT]     (from the repository root)

Prints p50/p99 of set_item_status and set_answer on a database in a temporary folder
(on the same disk as the system temp dir), next to the floor: one bare
`INSERT … ON CONFLICT` per transaction through sqlite3 with the same pragmas. Other load
on the machine moves both figures; compare them with each other, not with last week's.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.storage.db import open_store
from desktop.storage.progress import ProgressStore


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p99 of SAMPLES, in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


def time_calls(action: Callable[[int], object], count: int) -> list[float]:
    """Seconds taken by each of COUNT calls of ACTION(number)."""
    samples = []
    for number in range(count):
        start = time.perf_counter()
        action(number)
        samples.append(time.perf_counter() - start)
    return samples


def measure(store: ProgressStore, count: int = 2000) -> dict[str, tuple[float, float]]:
    """p50/p99 in ms of the two hot paths, after a short warm-up."""
    profile = store.create_profile("Benchmark")
    learner = store.add_learner(profile.id, "Bench")
    statuses = ("done", "partial", "not_done", "unknown")

    def status(number: int) -> None:
        store.set_item_status(
            profile.id, f"item-{number % 150}", statuses[number % 4], by=learner.id
        )

    def answer(number: int) -> None:
        store.set_answer(profile.id, number % 25 + 1, ("yes", "no")[number % 2], by=learner.id)

    time_calls(status, 200)
    return {
        "set_item_status": percentiles(time_calls(status, count)),
        "set_answer": percentiles(time_calls(answer, count)),
    }


def measure_floor(folder: Path, count: int = 2000) -> tuple[float, float]:
    """p50/p99 in ms of a bare one-statement transaction with WAL and synchronous=FULL."""
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)")

    def write(number: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO t VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
            [f"item-{number % 150}", str(number)],
        )
        conn.execute("COMMIT")

    time_calls(write, 200)
    result = percentiles(time_calls(write, count))
    conn.close()
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "mamori.db", Path(folder) / "backups")
        sync = store.db.execute("PRAGMA synchronous").fetchone()[0]
        mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
        results = measure(store, count)
        store.close()
        results["bare sqlite3 floor"] = measure_floor(Path(folder), count)
    print(f"journal_mode={mode} synchronous={sync} (2 = FULL), {count} calls each")
    for name, (p50, p99) in results.items():
        print(f"{name:20} p50 {p50:.3f} ms   p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
