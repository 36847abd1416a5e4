"""Schema changes: all through sqlite-utils Migrations, from empty and from the first release."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.storage.backup import list_backups
from desktop.storage.db import DatabaseDamaged, open_database, open_store
from desktop.storage.integrity import known_migrations
from desktop.storage.migrations import SCHEMA_SET, apply_pending, migrations
from desktop.storage.schema import MIGRATION_NAMES, pending_migrations
from tests.support.make_fixture import FIXTURE, LEARNER_IDS, PROFILE_ID, make


def _schema(path_or_db) -> list[tuple[str, str]]:
    db = path_or_db if isinstance(path_or_db, Database) else Database(path_or_db)
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE '%sqlite_migrations%' ORDER BY name"
    ).fetchall()
    return [(name, " ".join(sql.split())) for name, sql in rows]


def test_migration_set_is_named_mamori():
    assert SCHEMA_SET == "mamori" and migrations.name == "mamori"


def test_the_list_read_at_start_names_every_registered_migration_in_order():
    registered = [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]
    assert list(MIGRATION_NAMES) == registered == known_migrations()


def test_all_migrations_apply_to_an_empty_database(tmp_path):
    conn = open_database(tmp_path / "new.db")
    assert pending_migrations(conn) == list(MIGRATION_NAMES)
    assert apply_pending(conn) == list(MIGRATION_NAMES)
    assert pending_migrations(conn) == []
    assert not conn.in_transaction
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"profiles", "learners", "lesson_results", "item_states", "answers", "history"} <= tables
    conn.close()


def test_opening_a_current_database_does_not_load_the_migration_code(dirs):
    open_store(dirs.database, dirs.backup).close()  # creates and migrates
    code = (
        "import sys\n"
        "from desktop.storage.db import open_store\n"
        f"store = open_store({str(dirs.database)!r}, {str(dirs.backup)!r})\n"
        "store.list_profiles()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'desktop.storage.migrations'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_open_store_on_an_empty_folder_leaves_nothing_pending(dirs):
    with open_store(dirs.database, dirs.backup) as store:
        assert pending_migrations(store.db) == []
    assert list_backups(dirs.backup) == []  # nothing worth a backup yet


def test_first_release_database_is_upgraded_with_its_data(dirs):
    shutil.copy(FIXTURE, dirs.database)
    with open_store(dirs.database, dirs.backup) as store:
        assert pending_migrations(store.db) == []
        profile = store.get_profile(PROFILE_ID)
        assert (profile.name, profile.requested) == ("見本製作所", ("sa1", "scs3"))
        states = store.item_states(PROFILE_ID)
        assert states["wifi-guest"].reason == "来客用Wi-Fiなし"
        assert store.answers(PROFILE_ID) == {1: "yes", 2: "unknown"}
        by_names = {e.key: e.by_name for e in store.history(PROFILE_ID) if e.what == "item.status"}
        assert by_names == {"upd-auto-os": "佐藤", "wifi-guest": "鈴木"}  # filled in by m002
        results = store.lesson_results(PROFILE_ID)
        assert results[LEARNER_IDS[0]]["hajime-update"].quiz_score == 4
        store.set_item_status(PROFILE_ID, "wifi-guest", "done")  # and it keeps working


def test_database_is_backed_up_before_a_migration(dirs):
    shutil.copy(FIXTURE, dirs.database)
    open_store(dirs.database, dirs.backup).close()
    (backup,) = list_backups(dirs.backup)
    old = sqlite3.connect(backup.path)
    assert old.execute("SELECT name FROM _sqlite_migrations").fetchall() == [
        ("m001_initial_schema",)
    ]
    assert old.execute("SELECT name FROM profiles").fetchall() == [("見本製作所",)]
    old.close()


def test_fixture_still_matches_the_first_migration(tmp_path):
    """Editing a shipped migration would break this: the fixture is what v1 made."""
    assert _schema(make(tmp_path / "again.db")) == _schema(FIXTURE)


def test_a_failing_migration_leaves_the_database_as_it_was(dirs, monkeypatch):
    shutil.copy(FIXTURE, dirs.database)

    def broken(db):
        db.execute("ALTER TABLE profiles ADD COLUMN half_done TEXT")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations.pending(Database(FIXTURE))[-1], "fn", broken, raising=True)
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(dirs.database, dirs.backup)
    db = Database(dirs.database)
    assert "half_done" not in db["profiles"].columns_dict
    assert [m.name for m in migrations.applied(db)] == ["m001_initial_schema"]


def test_a_newer_schema_is_refused_and_left_alone(dirs):
    with open_store(dirs.database, dirs.backup) as store:
        store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [SCHEMA_SET, "m999_from_the_future", "2030-01-01"],
        )
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = Path(dirs.database).read_bytes()
    with pytest.raises(DatabaseDamaged, match="newer Mamori") as caught:
        open_store(dirs.database, dirs.backup)
    assert caught.value.path == dirs.database
    assert Path(dirs.database).read_bytes() == before
