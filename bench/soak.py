"""Soak run: many SIGKILLs while Mamori writes, then integrity and no lost committed write.

    python3 dev.py bench --only soak             (50 kills)
    python3 dev.py bench --only soak --kills 500

One database is written by a child process that is killed with SIGKILL at a random moment,
again and again. Each child opens the store as the app does (checks, stale partial
backups removed), then records item statuses, self-check answers, lessons and history,
and now and then a backup; it prints each write only after the call returned, i.e. after
it committed. After every kill the parent checks the file with integrity_check and that
every printed write is in it. This is a benchmark, not a unit test: it takes a while and
its figures are reported, not asserted.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent(
    """
    import random, sys
    from desktop.storage.backup import backup_database
    from desktop.storage.db import open_store

    database, backups, run = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(database, backups)
    profiles = store.list_profiles()
    profile = profiles[0] if profiles else store.create_profile("Soak company")
    learners = store.list_learners(profile.id)
    learner = learners[0] if learners else store.add_learner(profile.id, "Soak learner")
    print("ready", flush=True)
    for number in range(10**9):
        key = f"{run}-{number}"
        kind = number % 10
        if kind == 9:
            backup_database(store.db, backups, keep=5)
            print("backup", key, flush=True)
        elif kind in (3, 6):
            store.record_lesson(learner.id, f"lesson-{key}", quiz_score=1, quiz_total=2)
            print("lesson", key, flush=True)
        elif kind == 7:
            store.update_item(profile.id, f"item-{key}", note="note " + key * 20)
            print("note", key, flush=True)
        else:
            store.set_item_status(profile.id, f"item-{key}", random.choice(["done", "partial", "not_done"]))
            print("item", key, flush=True)  # only after the call returned: committed
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _check(database: Path, acknowledged: dict[str, set[str]]) -> tuple[str, set[str]]:
    """integrity_check's answer and the acknowledged writes that are missing."""
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        items = {row[0] for row in conn.execute("SELECT item_id FROM item_states")}
        notes = {row[0] for row in conn.execute("SELECT item_id FROM item_states WHERE note != ''")}
        lessons = {row[0] for row in conn.execute("SELECT lesson_id FROM lesson_results")}
    finally:
        conn.close()
    missing = {f"item-{k}" for k in acknowledged["item"]} - items
    missing |= {f"note-{k}" for k in acknowledged["note"] if f"item-{k}" not in notes}
    missing |= {f"lesson-{k}" for k in acknowledged["lesson"]} - lessons
    return integrity, missing


def soak(kills: int, seed: int = 14) -> dict[str, float]:
    """Run the soak; return its figures."""
    if not hasattr(signal, "SIGKILL"):
        raise SystemExit("the soak run needs SIGKILL (Linux or macOS)")
    rng = random.Random(seed)
    base = Path(tempfile.mkdtemp(prefix="mamori-soak-"))
    database, backups = base / "mamori.db", base / "backups"
    acknowledged: dict[str, set[str]] = {"item": set(), "note": set(), "lesson": set(), "backup": set()}
    integrity_failures = 0
    lost: set[str] = set()
    partials_seen = most_partials = 0
    started = time.perf_counter()
    for run in range(kills):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(database), str(backups), str(run)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        ready = child.stdout.readline()
        if ready.strip() != "ready":
            child.kill()
            raise SystemExit(f"the writer did not start: {child.stderr.read()[-2000:]}")
        # kill after a random number of acknowledged writes, mid-way through the next one
        for _ in range(rng.randint(0, 60)):
            line = child.stdout.readline()
            if not line.endswith("\n"):
                break
            kind, key = line.split()
            acknowledged[kind].add(key)
        time.sleep(rng.random() * 0.01)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):  # a line cut short by the kill was not acknowledged
                kind, key = line.split()
                acknowledged[kind].add(key)
        child.stdout.close()
        child.stderr.close()
        integrity, missing = _check(database, acknowledged)
        integrity_failures += integrity != "ok"
        lost |= missing
        partials = [p for p in backups.glob(".mamori-*")] if backups.exists() else []
        partials_seen += bool(partials)
        most_partials = max(most_partials, len(partials))
    # the next open removes what interrupted backups left
    from desktop.storage.db import open_store

    open_store(database, backups).close()
    left = len(list(backups.glob(".mamori-*"))) if backups.exists() else 0
    backups_kept = len(list(backups.glob("mamori-*.db"))) if backups.exists() else 0
    seconds = time.perf_counter() - started
    import shutil

    shutil.rmtree(base, ignore_errors=True)
    writes = sum(len(v) for k, v in acknowledged.items() if k != "backup")
    return {
        "soak_kills": kills,
        "soak_writes_acknowledged": writes,
        "soak_backups_acknowledged": len(acknowledged["backup"]),
        "soak_lost_writes": len(lost),
        "soak_integrity_failures": integrity_failures,
        "soak_kills_leaving_a_partial_backup": partials_seen,
        "soak_most_partial_files_at_once": most_partials,
        "soak_partial_files_after_next_open": left,
        "soak_backups_kept": backups_kept,
        "soak_seconds": seconds,
    }


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    for name, value in soak(count).items():
        print(f"{name:40} {value}")
