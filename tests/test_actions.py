"""The use-case layer: each user action once, without Qt, for the window and the CLI."""

from __future__ import annotations

import ast
import json
import sqlite3
from pathlib import Path

import pytest

from desktop import actions
from desktop.storage.backup import backup_database, list_backups
from desktop.storage.db import DatabaseDamaged, open_store

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def test_deleting_with_purge_leaves_one_backup_without_the_company(store, dirs):
    gone = store.create_profile("株式会社きえる商事")
    store.create_profile("株式会社のこる")
    old = backup_database(store.db, dirs.backup)
    result = actions.delete_company(store, dirs.backup, gone.id, purge_backups=True)
    assert result.name == "株式会社きえる商事" and result.purge_failed is None
    assert [info.path for info in list_backups(dirs.backup)] == [result.fresh_backup]
    assert not old.exists()
    assert "株式会社きえる商事".encode() not in result.fresh_backup.read_bytes()
    assert [p.name for p in store.list_profiles()] == ["株式会社のこる"]


def test_deleting_without_purge_keeps_the_backups(store, dirs):
    gone = store.create_profile("株式会社きえる商事")
    old = backup_database(store.db, dirs.backup)
    result = actions.delete_company(store, dirs.backup, gone.id, purge_backups=False)
    assert result.fresh_backup is None and result.purge_failed is None
    assert [info.path for info in list_backups(dirs.backup)] == [old]
    assert store.list_profiles() == []


def test_a_purge_that_cannot_back_up_first_keeps_the_older_backups_and_says_so(store, dirs, tmp_path):
    gone = store.create_profile("株式会社きえる商事")
    old = backup_database(store.db, dirs.backup)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    result = actions.delete_company(store, not_a_folder, gone.id, purge_backups=True)
    assert isinstance(result.purge_failed, OSError) and result.fresh_backup is None
    assert store.list_profiles() == []  # the deletion stands
    assert old.exists()


def _damage(dirs) -> bytes:
    for sidecar in ("mamori.db-wal", "mamori.db-shm"):
        dirs.database.with_name(sidecar).unlink(missing_ok=True)
    dirs.database.write_bytes(b"not a database" * 300)
    return dirs.database.read_bytes()


def test_recovery_opens_the_backup_and_keeps_the_damaged_file(dirs):
    with open_store(dirs.database, dirs.backup) as store:
        store.create_profile("株式会社もどる")
        backup = backup_database(store.db, dirs.backup)
    damaged = _damage(dirs)
    recovered = actions.recover_damaged_database(dirs, backup)
    try:
        assert [p.name for p in recovered.store.list_profiles()] == ["株式会社もどる"]
    finally:
        recovered.store.close()
    assert recovered.kept.name.startswith("mamori.db.damaged-") and recovered.kept.read_bytes() == damaged


def test_recovery_from_a_bad_backup_puts_the_damaged_file_back(dirs):
    with open_store(dirs.database, dirs.backup) as store:
        store.create_profile("株式会社もどる")
        backup = backup_database(store.db, dirs.backup)
    backup.write_bytes(b"\x00" * 8192)
    damaged = _damage(dirs)
    with pytest.raises(DatabaseDamaged):
        actions.recover_damaged_database(dirs, backup)
    assert dirs.database.read_bytes() == damaged
    assert [p.name for p in dirs.data.iterdir() if p.name.startswith("mamori.db.")] == []


def test_recovery_with_a_fresh_start_keeps_the_damaged_file(dirs):
    damaged = _damage(dirs)
    recovered = actions.recover_damaged_database(dirs, None)
    try:
        assert recovered.store.list_profiles() == []
    finally:
        recovered.store.close()
    assert recovered.kept.read_bytes() == damaged


def test_undo_puts_status_and_details_back_in_one_transaction(store, monkeypatch):
    profile = store.create_profile("株式会社もとどおり")
    store.set_item_status(profile.id, "pw-01", "done")
    store.update_item(profile.id, "pw-01", note="前のメモ")
    before = store.item_state(profile.id, "pw-01")
    store.set_item_status(profile.id, "pw-01", "na", reason="使っていない")
    store.update_item(profile.id, "pw-01", note="新しいメモ")
    changed = store.item_state(profile.id, "pw-01")

    def broken_update(*_args, **_kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_update", broken_update)
    with pytest.raises(sqlite3.OperationalError):
        actions.undo_item_change(store, profile.id, "pw-01", before)
    after_failure = store.item_state(profile.id, "pw-01")
    assert (after_failure.status, after_failure.note) == (changed.status, changed.note)  # nothing half-done
    monkeypatch.undo()
    restored = actions.undo_item_change(store, profile.id, "pw-01", before)
    assert (restored.status, restored.note) == ("done", "前のメモ")


def test_export_writes_the_file_and_checks_it_is_there(store, model, tmp_path):
    profile = store.create_profile("株式会社かきだす")
    summary = actions.company_summary(store, model, profile.id, detail="summary")
    written = actions.export_summary(summary, "json", tmp_path / "s.json")
    assert json.loads(written.read_text(encoding="utf-8"))["company"]["name"] == "株式会社かきだす"


def test_export_that_leaves_an_empty_file_is_an_error(monkeypatch, tmp_path):
    import desktop.report.build as report_build

    monkeypatch.setattr(report_build, "write_summary", lambda summary, fmt, path: Path(path).write_bytes(b""))
    with pytest.raises(OSError, match="empty"):
        actions.export_summary({}, "json", tmp_path / "s.json")


# The window and the commands reach these steps only through desktop.actions.
_ONLY_THROUGH_ACTIONS = {"purge_older_backups", "set_aside_damaged", "restore_backup", "summary_for", "write_summary"}


@pytest.mark.parametrize("path", sorted([*(PACKAGE / "ui").glob("*.py"), *(PACKAGE / "cli").glob("*.py")]),
                         ids=lambda p: p.name)
def test_window_and_commands_call_the_actions_not_their_steps(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names}
    used |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert not used & _ONLY_THROUGH_ACTIONS, path.name
