"""Backups through the SQLite backup API, and a damaged file that is kept, never overwritten."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.storage.backup import (
    backup_database,
    backup_if_due,
    list_backups,
    restore_backup,
    set_aside_damaged,
)
from desktop.storage.db import DatabaseDamaged, open_store

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _company_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'profiles'").fetchone():
            return []
        return [row[0] for row in conn.execute("SELECT name FROM profiles ORDER BY name")]
    finally:
        conn.close()


def _saved_database(dirs, *names: str) -> Path:
    with open_store(dirs.database, dirs.backup) as store:
        for name in names:
            store.create_profile(name)
    return dirs.database


def _corrupt_a_table_page(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'profiles'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x07" * 16)  # not a b-tree page type


def test_backup_is_a_verified_standalone_database(store, dirs):
    store.create_profile("A社")
    path = backup_database(store.db, dirs.backup)
    assert path.parent == dirs.backup and path.name.startswith("mamori-")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    assert _company_names(path) == ["A社"]
    assert [p.name for p in dirs.backup.iterdir()] == [path.name]  # no partial files left


def test_backup_includes_writes_still_in_the_wal(store, dirs):
    """A plain file copy of mamori.db would miss these rows; the backup API does not."""
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    store.create_profile("まだWALの中")
    assert _company_names(Path(str(dirs.database)))  # readable through SQLite...
    raw_copy = dirs.data / "raw-copy.db"
    raw_copy.write_bytes(dirs.database.read_bytes())
    assert _company_names(raw_copy) == []  # ...but not in the main file on its own
    assert _company_names(backup_database(store.db, dirs.backup)) == ["まだWALの中"]


def test_backup_of_a_closed_database_by_path(dirs):
    path = _saved_database(dirs, "A社")
    assert _company_names(backup_database(path, dirs.backup)) == ["A社"]


def test_only_the_newest_backups_are_kept(store, dirs):
    made = [
        backup_database(store.db, dirs.backup, keep=3, now=NOON + timedelta(hours=hour))
        for hour in range(5)
    ]
    backups = list_backups(dirs.backup)
    assert [b.path for b in backups] == made[:1:-1]  # the last three, newest first
    assert [b.created_at for b in backups] == [NOON + timedelta(hours=h) for h in (4, 3, 2)]
    assert all(b.size == b.path.stat().st_size > 0 for b in backups)


def test_default_keeps_ten(store, dirs):
    for minute in range(12):
        backup_database(store.db, dirs.backup, now=NOON + timedelta(minutes=minute))
    assert len(list_backups(dirs.backup)) == 10


def test_two_backups_in_the_same_millisecond_both_exist(store, dirs):
    first = backup_database(store.db, dirs.backup, now=NOON)
    second = backup_database(store.db, dirs.backup, now=NOON)
    assert first != second
    assert [b.path for b in list_backups(dirs.backup)] == [second, first]


def test_backup_if_due_once_per_calendar_day(store, dirs):
    assert backup_if_due(store.db, dirs.backup, now=NOON) is not None
    assert backup_if_due(store.db, dirs.backup, now=NOON + timedelta(hours=11)) is None
    assert backup_if_due(store.db, dirs.backup, now=NOON + timedelta(hours=12)) is not None
    assert len(list_backups(dirs.backup)) == 2


def test_list_backups_ignores_other_files(dirs):
    (dirs.backup / "notes.txt").write_text("x")
    (dirs.backup / ".mamori-1-ab.partial").write_bytes(b"")
    assert list_backups(dirs.backup) == []
    assert list_backups(dirs.backup / "missing") == []


def test_not_a_database_is_refused_and_kept(dirs):
    dirs.database.write_bytes(b"These are my notes, not a database.\n" * 100)
    before = _folder_state(dirs.data)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(dirs.database, dirs.backup)
    assert caught.value.path == dirs.database
    assert "not a SQLite database" in caught.value.reason
    assert _folder_state(dirs.data) == before


def test_damaged_pages_are_refused_and_kept(dirs):
    path = _saved_database(dirs, "A社", "B社")
    _corrupt_a_table_page(path)
    before = _folder_state(dirs.data)
    with pytest.raises(DatabaseDamaged):
        open_store(path, dirs.backup)
    assert _folder_state(dirs.data) == before


def test_backup_of_a_damaged_database_fails_cleanly(dirs):
    path = _saved_database(dirs, "A社")
    _corrupt_a_table_page(path)
    with pytest.raises(DatabaseDamaged) as caught:
        backup_database(path, dirs.backup)
    assert caught.value.path == path
    assert list(dirs.backup.iterdir()) == []


def test_set_aside_renames_the_database_and_its_wal(dirs):
    _saved_database(dirs, "A社")
    # As a crash leaves them: the log and index files next to the database.
    Path(str(dirs.database) + "-wal").write_bytes(b"wal frames")
    Path(str(dirs.database) + "-shm").write_bytes(b"index")
    contents = {p.name: p.read_bytes() for p in dirs.data.glob("mamori.db*")}
    moved = set_aside_damaged(dirs.database)
    assert moved.name.startswith("mamori.db.damaged-")
    assert not list(dirs.data.glob("mamori.db-*")) and not dirs.database.exists()
    for name, data in contents.items():
        assert Path(str(moved) + name.removeprefix("mamori.db")).read_bytes() == data


def test_set_aside_twice_in_one_second_keeps_both(dirs, fake_clock):
    first = set_aside_damaged(_saved_database(dirs, "A社"))
    second = set_aside_damaged(_saved_database(dirs, "B社"))
    assert first != second
    assert _company_names(first) == ["A社"] and _company_names(second) == ["B社"]


def test_restore_refuses_to_replace_an_existing_database(dirs):
    path = _saved_database(dirs, "現行")
    backup = backup_database(path, dirs.backup)
    before = _digest(path)
    with pytest.raises(FileExistsError):
        restore_backup(backup, path)
    assert _digest(path) == before


def test_restore_refuses_while_a_wal_file_is_left_over(dirs):
    backup = backup_database(_saved_database(dirs, "A社"), dirs.backup)
    dirs.database.unlink()
    wal = Path(str(dirs.database) + "-wal")
    wal.write_bytes(b"stale")
    with pytest.raises(FileExistsError):
        restore_backup(backup, dirs.database)
    assert wal.read_bytes() == b"stale" and not dirs.database.exists()


def test_damaged_database_recovered_from_the_latest_backup(dirs):
    """The whole path the app offers: refuse, set aside, restore, open again."""
    path = _saved_database(dirs, "A社")
    backup_database(path, dirs.backup, now=NOON)
    with open_store(path, dirs.backup) as store:
        store.create_profile("B社")
    backup_database(path, dirs.backup, now=NOON + timedelta(days=1))
    _corrupt_a_table_page(path)
    with pytest.raises(DatabaseDamaged):
        open_store(path, dirs.backup)
    kept = set_aside_damaged(path)
    restore_backup(list_backups(dirs.backup)[0].path, path)
    with open_store(path, dirs.backup) as store:
        assert [p.name for p in store.list_profiles()] == ["A社", "B社"]
    assert kept.exists()


def test_a_damaged_backup_is_not_restored(dirs):
    backup = backup_database(_saved_database(dirs, "A社"), dirs.backup)
    _corrupt_a_table_page(backup)
    set_aside_damaged(dirs.database)
    with pytest.raises(DatabaseDamaged) as caught:
        restore_backup(backup, dirs.database)
    assert caught.value.path == backup
    assert not dirs.database.exists()
    assert not [p for p in dirs.data.iterdir() if p.name.startswith(".")]


def test_restore_from_backup_keeps_the_current_database_aside(store, dirs):
    from desktop.storage.restore import restore_from_backup

    store.create_profile("バックアップ時点")
    backup = backup_database(store.db, dirs.backup)
    store.create_profile("後から追加")
    kept = restore_from_backup(store, dirs, backup)
    assert kept.name.startswith("mamori.db.replaced-")
    assert _company_names(kept) == ["バックアップ時点", "後から追加"]
    with open_store(dirs.database, dirs.backup) as reopened:
        assert [p.name for p in reopened.list_profiles()] == ["バックアップ時点"]


def test_restore_from_a_bad_backup_changes_nothing(store, dirs):
    from desktop.storage.restore import restore_from_backup

    store.create_profile("現行")
    backup = backup_database(store.db, dirs.backup)
    _corrupt_a_table_page(backup)
    with pytest.raises(DatabaseDamaged):
        restore_from_backup(store, dirs, backup)
    assert [p.name for p in store.list_profiles()] == ["現行"]  # still open, still there
    assert not [p for p in dirs.data.iterdir() if ".replaced-" in p.name]


def test_purge_older_backups_leaves_no_copy_of_a_deleted_company(dirs):
    from desktop.storage.backup import backup_database, list_backups, purge_older_backups
    from desktop.storage.db import open_store

    store = open_store(dirs.database, dirs.backup)
    marker = "株式会社きえる商事ZQX"
    gone = store.create_profile(marker)
    store.create_profile("株式会社のこる")
    first = backup_database(store.db, dirs.backup)
    assert marker.encode() in first.read_bytes()
    store.delete_profile(gone.id)
    fresh = purge_older_backups(store.db, dirs.backup)
    remaining = list_backups(dirs.backup)
    assert [info.path for info in remaining] == [fresh]
    assert marker.encode() not in fresh.read_bytes()
    assert "株式会社のこる".encode() in fresh.read_bytes()
    store.close()
