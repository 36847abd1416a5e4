"""What opening the store needs to know about the schema, without loading the migrations.

The start of the app only has to learn that nothing is pending; the code that applies
schema changes (sqlite-utils' Migrations, in `migrations.py`) is loaded when something is.
"""

from __future__ import annotations

import sqlite3

SCHEMA_SET = "mamori"
MIGRATIONS_TABLE = "_sqlite_migrations"

# Every schema change in `migrations.py`, in order. A new migration is added there and
# here; a test fails while the two lists differ.
MIGRATION_NAMES = (
    "m001_initial_schema",
    "m002_history_by_name",
    "m003_history_append_only",
    "m004_history_index",
    "m005_company_guide_targets",
    "m007_scs_confirmation",
)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the schema changes recorded in the database, in the order applied."""
    has_log = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not has_log:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [SCHEMA_SET]
    )
    return [row[0] for row in rows]


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the schema changes this Mamori knows and the database has not had yet."""
    applied = set(applied_migrations(conn))
    return [name for name in MIGRATION_NAMES if name not in applied]


def has_tables(conn: sqlite3.Connection) -> bool:
    """True when the database holds any table (so a backup is worth making)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None
