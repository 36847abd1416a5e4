"""Guarantees that need real files and processes: kill -9, two processes, secure delete."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path

import pytest

from desktop.storage.db import open_store
from tests.support.storage_testkit import PYTHON, child_env

CRASHING_WRITER = textwrap.dedent(
    """
    import sys
    from desktop.storage.db import open_store

    store = open_store(sys.argv[1], sys.argv[2])
    profile = store.create_profile("Crash test")
    print(profile.id, flush=True)
    for number in range(1_000_000):
        item_id = f"item-{number}"
        store.set_item_status(profile.id, item_id, "done")
        print(item_id, flush=True)  # only after the call returned, i.e. committed
    """
)

CONCURRENT_WRITER = textwrap.dedent(
    """
    import sys
    from desktop.storage.db import open_store

    name, count = sys.argv[3], int(sys.argv[4])
    store = open_store(sys.argv[1], sys.argv[2])
    profile = store.create_profile(name)
    learner = store.add_learner(profile.id, name + " learner")
    print("ready", flush=True)
    sys.stdin.readline()  # wait until the other process is ready too
    for number in range(count):
        store.set_item_status(profile.id, f"item-{number}", "partial", by=learner.id)
        store.set_answer(profile.id, number % 25 + 1, "yes")
        store.record_lesson(learner.id, f"lesson-{number}", quiz_score=1, quiz_total=2)
    print("done", flush=True)
    """
)


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
def test_every_reported_write_survives_sigkill(dirs):
    child = subprocess.Popen(
        [PYTHON, "-c", CRASHING_WRITER, str(dirs.database), str(dirs.backup)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        profile_id = child.stdout.readline().strip()
        assert profile_id, child.stderr.read()
        deadline = time.monotonic() + 60
        seen = 0
        while seen < 400 and time.monotonic() < deadline:
            assert child.stdout.readline(), child.stderr.read()
            seen += 1
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    rest = child.stdout.read()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    reported = seen + rest.count("\n")  # a line cut short by the kill was not reported
    assert reported >= 400

    assert _integrity(dirs.database) == "ok"
    with open_store(dirs.database, dirs.backup) as store:
        states = store.item_states(profile_id)
    missing = [n for n in range(reported) if states.get(f"item-{n}") is None]
    assert missing == []
    assert all(state.status == "done" for state in states.values())


def test_two_processes_write_at_once_without_loss(dirs):
    count = 150
    children = [
        subprocess.Popen(
            [
                PYTHON,
                "-c",
                CONCURRENT_WRITER,
                str(dirs.database),
                str(dirs.backup),
                name,
                str(count),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for name in ("Left", "Right")
    ]
    for child in children:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
    for child in children:  # release both at the same moment
        child.stdin.write("go\n")
        child.stdin.flush()
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert out.strip() == "done"

    assert _integrity(dirs.database) == "ok"
    with open_store(dirs.database, dirs.backup) as store:
        for name in ("Left", "Right"):
            profile = store.find_profile(name)
            (learner,) = store.list_learners(profile.id)
            assert len(store.item_states(profile.id)) == count
            assert len(store.answers(profile.id)) == 25
            assert len(store.lesson_results(profile.id)[learner.id]) == count
            # name + learner, then one history row per status, answer and lesson
            assert len(store.history(profile.id)) == 2 + 3 * count


def _fill_company(store, marker: str) -> str:
    profile = store.create_profile(f"株式会社{marker}", scope=f"範囲 {marker}")
    learner = store.add_learner(profile.id, f"担当 {marker}")
    store.set_item_status(profile.id, "wifi-guest", "na", reason=f"理由 {marker}", by=learner.id)
    store.update_item(profile.id, "wifi-guest", note=f"メモ {marker}", evidence=f"証跡 {marker}")
    store.record_lesson(learner.id, "hajime-update", quiz_score=3, quiz_total=3)
    return profile.id


def _files_with(marker: str, database: Path) -> list[str]:
    needle = marker.encode("utf-8")
    found = []
    for path in (database, Path(str(database) + "-wal")):
        if path.exists() and needle in path.read_bytes():
            found.append(path.name)
    return found


def test_deleted_company_is_gone_from_the_files(store, dirs):
    marker = f"MARKER{uuid.uuid4().hex}"
    store.create_profile("残る会社")
    profile_id = _fill_company(store, marker)
    assert _files_with(marker, dirs.database)  # it is there before...
    store.delete_profile(profile_id)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _files_with(marker, dirs.database) == []  # ...and gone after
    assert [p.name for p in store.list_profiles()] == ["残る会社"]
    assert store.db.execute("SELECT COUNT(*) FROM history").fetchone()[0] == 1
    assert _integrity(dirs.database) == "ok"


def test_without_secure_delete_the_marker_would_remain(store, dirs):
    """Control for the test above: a plain DELETE leaves the bytes in the file."""
    marker = f"MARKER{uuid.uuid4().hex}"
    profile_id = _fill_company(store, marker)
    store.db.execute("PRAGMA secure_delete = OFF")
    store.delete_profile(profile_id)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _files_with(marker, dirs.database)


def test_opening_waits_while_another_process_writes_to_a_new_database(dirs):
    """Switching to WAL is answered "busy" at once while another connection writes; the
    open must wait for it, as it does for any other lock, instead of failing."""
    from desktop.storage.db import open_database

    dirs.database.parent.mkdir(parents=True, exist_ok=True)
    writer = sqlite3.connect(dirs.database, isolation_level=None, check_same_thread=False)
    writer.execute("CREATE TABLE other (x)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO other VALUES (1)")
    release = threading.Timer(0.3, lambda: writer.execute("COMMIT"))
    release.start()
    try:
        db = open_database(dirs.database)
    finally:
        release.join()
        writer.close()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_connection_settings(dirs):
    from desktop.storage.db import BUSY_TIMEOUT_MS, open_database

    db = open_database(dirs.database)
    setting = {
        name: db.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "secure_delete")
    }
    db.close()
    assert setting == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": BUSY_TIMEOUT_MS,
        "secure_delete": 1,
    }
    assert BUSY_TIMEOUT_MS >= 5000


def test_no_transaction_stays_open_after_an_action(store):
    profile = store.create_profile("A社")
    learner = store.add_learner(profile.id, "佐藤")
    actions = [
        lambda: store.set_item_status(profile.id, "wifi-guest", "done", by=learner.id),
        lambda: store.update_item(profile.id, "wifi-guest", note="n"),
        lambda: store.set_answer(profile.id, 1, "yes"),
        lambda: store.record_lesson(learner.id, "hajime-update"),
        lambda: store.update_profile(profile.id, scope="本社"),
        lambda: store.history(profile.id),
    ]
    for action in actions:
        action()
        assert not store.db.in_transaction


def test_a_change_and_its_history_row_commit_together(store, monkeypatch):
    from desktop.storage import changelog

    profile = store.create_profile("A社")

    def failing_log(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(changelog, "log", failing_log)
    with pytest.raises(OSError):
        store.set_item_status(profile.id, "wifi-guest", "done")
    with pytest.raises(OSError):
        store.set_answer(profile.id, 1, "yes")
    monkeypatch.undo()
    assert store.item_states(profile.id) == {} and store.answers(profile.id) == {}
    assert not store.db.in_transaction
    store.set_item_status(profile.id, "wifi-guest", "done")  # the store still works
