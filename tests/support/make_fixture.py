"""Make tests/storage/data/schema-v1.db: a database as the first released Mamori left it.

Applies only the first migration and adds a few rows the way that version wrote them.
Run it again only if the fixture is lost; it must never change with later migrations.

    .venv/bin/python -m tests.support.make_fixture     (from the repository root)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.migrations import migrations

FIXTURE = Path(__file__).resolve().parents[1] / "storage" / "data" / "schema-v1.db"
FIRST_MIGRATION = "m001_initial_schema"

PROFILE_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
LEARNER_IDS = ("11111111-2222-4333-8444-555555555555", "66666666-7777-4888-9999-aaaaaaaaaaaa")

ROWS = {
    "profiles": [
        (
            PROFILE_ID,
            "見本製作所",
            "製造業",
            25,
            "本社",
            '["sa1", "scs3"]',
            "2026-04-01T01:00:00.000+00:00",
            "2026-04-01T01:00:00.000+00:00",
        ),
    ],
    "learners": [
        (LEARNER_IDS[0], PROFILE_ID, "佐藤", "2026-04-01T01:05:00.000+00:00"),
        (LEARNER_IDS[1], PROFILE_ID, "鈴木", "2026-04-01T01:06:00.000+00:00"),
    ],
    "lesson_results": [
        (LEARNER_IDS[0], "hajime-update", "2026-04-02T02:00:00.000+00:00", 4, 5),
    ],
    "item_states": [
        (
            PROFILE_ID,
            "upd-auto-os",
            "done",
            None,
            "自動更新を確認",
            "佐藤",
            None,
            "",
            "2026-04-02T03:00:00.000+00:00",
        ),
        (
            PROFILE_ID,
            "wifi-guest",
            "na",
            "来客用Wi-Fiなし",
            "",
            "",
            "2026-06-30",
            "",
            "2026-04-02T03:10:00.000+00:00",
        ),
    ],
    "answers": [
        (PROFILE_ID, 1, "yes", "2026-04-03T00:00:00.000+00:00"),
        (PROFILE_ID, 2, "unknown", "2026-04-03T00:01:00.000+00:00"),
    ],
    "history": [
        (
            1,
            PROFILE_ID,
            "2026-04-01T01:00:00.000+00:00",
            "profile",
            "name",
            None,
            "見本製作所",
            None,
        ),
        (
            2,
            PROFILE_ID,
            "2026-04-02T03:00:00.000+00:00",
            "item.status",
            "upd-auto-os",
            None,
            "done",
            LEARNER_IDS[0],
        ),
        (
            3,
            PROFILE_ID,
            "2026-04-02T03:10:00.000+00:00",
            "item.status",
            "wifi-guest",
            None,
            "na",
            LEARNER_IDS[1],
        ),
        (4, PROFILE_ID, "2026-04-03T00:00:00.000+00:00", "answer", "1", None, "yes", None),
    ],
}


def make(path: Path = FIXTURE) -> Path:
    """Write the fixture to PATH (replacing it) and return PATH."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    db = Database(conn, execute_plugins=False)
    migrations.apply(db, stop_before=[m.name for m in migrations.pending(db)][1:])
    for table, rows in ROWS.items():
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    conn.commit()
    # One self-contained, compact file: rollback journal, no free pages.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    return path


if __name__ == "__main__":
    print(make())
