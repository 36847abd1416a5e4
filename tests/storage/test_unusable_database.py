"""An intact database that cannot be written is never taken for a damaged one; damage that
integrity_check does not see is read, not crashed on; interrupted backups do not pile up."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.storage import backup
from desktop.storage.db import DatabaseUnwritable, open_store
from desktop.storage.leftovers import STALE_AFTER_SECONDS


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def records(dirs):
    with open_store(dirs.database, dirs.backup) as store:
        store.create_profile("株式会社そのまま")
    return dirs


def make_read_only(monkeypatch, folder: Path) -> None:
    """FOLDER and everything in it become read-only: with chmod when that binds (not root),
    else at the seams SQLite and Python open files through (root ignores permissions)."""
    if os.geteuid() != 0:
        for path in [*folder.rglob("*"), folder]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return  # the permissions are put back by the restore_permissions fixture
    folder = folder.resolve()
    real_connect, real_open = sqlite3.connect, io.open

    def connect(database, *args, uri=False, **kwargs):
        path = Path(os.fsdecode(database))
        if not uri and path.resolve().is_relative_to(folder):
            return real_connect(path.resolve().as_uri() + "?mode=ro", *args, uri=True, **kwargs)
        return real_connect(database, *args, uri=uri, **kwargs)

    def open_(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+") and not isinstance(file, int) \
                and Path(os.fsdecode(file)).resolve().is_relative_to(folder):
            raise PermissionError(errno.EROFS, "Read-only file system", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(io, "open", open_)


@pytest.fixture
def restore_permissions(dirs):
    yield
    for path in [dirs.data, *dirs.data.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_database_is_explained_not_called_damaged(records, monkeypatch, capsys, restore_permissions):
    before, names = digest(records.database), files(records.data)
    make_read_only(monkeypatch, records.data)
    capsys.readouterr()
    assert main(["profile", "list"]) == 1
    err = capsys.readouterr().err
    assert "intact but cannot be written" in err and "damaged" not in err and "restore" not in err
    assert err.count("\n") == 1
    monkeypatch.undo()
    assert digest(records.database) == before and files(records.data) == names


def test_a_read_only_database_raises_unwritable(records, monkeypatch, restore_permissions):
    make_read_only(monkeypatch, records.data)
    with pytest.raises(DatabaseUnwritable) as raised:
        open_store(records.database, records.backup)
    assert raised.value.kind == "read_only"


def _sqlite_full() -> sqlite3.OperationalError:
    """A real 'database or disk is full' error, as SQLite raises it."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    try:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.OperationalError as error:
        return error
    finally:
        conn.close()
    raise AssertionError("SQLite did not fill up")


def test_a_full_disk_during_the_backup_before_a_schema_change_is_not_damage(dirs, capsys, monkeypatch):
    from tests.support.storage_testkit import REPO_ROOT

    old = REPO_ROOT / "tests" / "storage" / "data" / "schema-v1.db"
    dirs.database.write_bytes(old.read_bytes())
    before = content(dirs.database)

    def full(source, target_path):
        Path(target_path).write_bytes(b"half a backup")
        raise _sqlite_full()

    monkeypatch.setattr(backup, "_copy_verified", full)
    capsys.readouterr()
    assert main(["profile", "list"]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "damaged" not in err
    assert content(dirs.database) == before  # no schema change without its backup
    assert files(dirs.backup) == []  # the half-made backup is gone too
    assert not any(name.startswith("mamori.db.") for name in files(dirs.data))


def test_a_backup_that_fills_the_disk_says_disk_full_not_damaged(store, dirs, monkeypatch):
    monkeypatch.setattr(backup, "_copy_verified", lambda source, target: (_ for _ in ()).throw(_sqlite_full()))
    with pytest.raises(DatabaseUnwritable) as raised:
        backup.backup_database(store.db, dirs.backup)
    assert raised.value.kind == "disk_full"
    assert files(dirs.backup) == []


# -- text that is not UTF-8 ------------------------------------------------------------------

@pytest.fixture
def damaged_text(records):
    conn = sqlite3.connect(records.database)
    conn.execute("UPDATE profiles SET name = CAST(X'E6A0AAFF41' AS TEXT)")  # 株 then a bad byte
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # invisible to it
    conn.close()
    return records


def test_damaged_text_is_listed_with_a_replacement_character_and_a_warning(damaged_text, capsys):
    assert main(["profile", "list"]) == 0
    out, err = capsys.readouterr()
    assert "株\ufffdA" in out
    assert "damaged" in err and "not UTF-8" in err


def test_damaged_text_does_not_stop_an_export(damaged_text, tmp_path, capsys):
    with open_store(damaged_text.database, damaged_text.backup) as store:
        profile_id = store.list_profiles()[0].id
    for fmt in ("json", "csv", "html"):
        assert main(["export", "--profile", profile_id, "--format", fmt, "-o", str(tmp_path / f"s.{fmt}")]) == 0
    assert "株\ufffdA" in (tmp_path / "s.json").read_text(encoding="utf-8")


def test_the_window_starts_on_damaged_text(damaged_text):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--smoke"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "damaged text" in result.stderr


# -- interrupted backups ------------------------------------------------------------------------

def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_what_an_interrupted_backup_left_is_removed_at_the_next_open(records):
    dead = _dead_pid()
    stale = [records.backup / f".mamori-{dead}-0badf00d.partial",
             records.backup / f".mamori-{dead}-0badf00d.partial-journal",
             records.data / f".mamori.db.{dead}-0badf00d.restoring"]
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = records.backup / f".mamori-{running.pid}-0000beef.partial"
        old = records.backup / f".mamori-{running.pid}-0000cafe.partial"
        for path in [*stale, busy, old]:
            path.write_bytes(b"x" * 4096)
        an_hour_ago = time.time() - STALE_AFTER_SECONDS - 60
        os.utime(old, (an_hour_ago, an_hour_ago))
        open_store(records.database, records.backup).close()
        assert [p.exists() for p in stale] == [False, False, False]
        assert busy.exists()  # a backup still being made by a running Mamori is left alone
        assert not old.exists()  # ... unless it is older than any backup takes
    finally:
        running.kill()
        running.wait()
