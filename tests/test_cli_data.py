"""`mamori profile …` and `mamori handover …`: the consultant's command-line journey."""

from __future__ import annotations

import hashlib
import json
import sqlite3

from desktop.__main__ import main


def content_hash(database) -> str:
    """Hash of everything in the database, WAL included (the file itself may be checkpointed)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_and_delete_a_company(tmp_path, capsys):
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", data, "profile", "create", "株式会社いちご商店", "--employees", "8")
    assert code == 0 and "株式会社いちご商店" in out
    code, out, _ = run(capsys, "--data-dir", data, "profile", "list")
    assert code == 0 and out.strip().endswith("\t株式会社いちご商店")
    code, _, err = run(capsys, "--data-dir", data, "profile", "delete", "株式会社いちご商店")
    assert code == 1 and "--yes" in err  # not interactive: it refuses instead of guessing
    code, out, _ = run(capsys, "--data-dir", data, "profile", "delete", "株式会社いちご商店", "--yes")
    assert code == 0
    assert run(capsys, "--data-dir", data, "profile", "list")[1] == ""


def test_unknown_and_ambiguous_companies_get_a_clear_message(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", "同名商事")
    run(capsys, "--data-dir", data, "profile", "create", "同名商事")
    code, _, err = run(capsys, "--data-dir", data, "handover", "export", "--profile", "別の会社", "-o", str(tmp_path / "x.json"))
    assert code == 1 and "no company '別の会社'" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data, "handover", "export", "--profile", "同名商事", "-o", str(tmp_path / "x.json"))
    assert code == 1 and "profile list" in err


def test_hand_over_file_moves_a_company_to_another_data_folder(tmp_path, capsys):
    here, there = str(tmp_path / "laptop"), str(tmp_path / "office-pc")
    run(capsys, "--data-dir", here, "profile", "create", "株式会社みかん製作所")
    handover = tmp_path / "mikan.json"
    code, _, _ = run(capsys, "--data-dir", here, "handover", "export", "--profile", "株式会社みかん製作所", "-o", str(handover))
    assert code == 0 and json.loads(handover.read_text(encoding="utf-8"))["format"] == "mamori-package"
    code, out, _ = run(capsys, "--data-dir", there, "handover", "import", str(handover))
    assert code == 0 and "株式会社みかん製作所" in out and "added" in out
    assert "株式会社みかん製作所" in run(capsys, "--data-dir", there, "profile", "list")[1]



def test_the_old_command_name_package_still_exports_and_imports(tmp_path, capsys):
    here, there = str(tmp_path / "laptop"), str(tmp_path / "office-pc")
    run(capsys, "--data-dir", here, "profile", "create", "株式会社もとのな")
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    assert run(capsys, "--data-dir", here, "package", "export", "--profile", "株式会社もとのな", "-o", str(old))[0] == 0
    assert run(capsys, "--data-dir", here, "handover", "export", "--profile", "株式会社もとのな", "-o", str(new))[0] == 0
    written = [json.loads(path.read_text(encoding="utf-8")) for path in (old, new)]
    assert [data["format"] for data in written] == ["mamori-package"] * 2
    assert written[0]["profile"] == written[1]["profile"]
    code, out, _ = run(capsys, "--data-dir", there, "package", "import", str(old))
    assert code == 0 and "株式会社もとのな" in out and "added" in out

def test_a_broken_hand_over_file_changes_nothing(tmp_path, capsys):
    data = tmp_path / "d"
    run(capsys, "--data-dir", str(data), "profile", "create", "株式会社そのまま")
    database = data / "mamori.db"
    before = content_hash(database)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "mamori-package", "format_version": 99}), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data), "handover", "import", str(broken))
    assert code == 1 and "nothing was changed" in err and "format_version" in err
    assert content_hash(database) == before


def test_delete_with_purge_removes_older_backups(tmp_path, capsys):
    from desktop.paths import user_dirs
    from desktop.storage.backup import backup_database, list_backups
    from desktop.storage.db import open_store

    data = tmp_path / "d"
    run(capsys, "--data-dir", str(data), "profile", "create", "株式会社きえる")
    dirs = user_dirs(data)
    store = open_store(dirs.database, dirs.backup)
    backup_database(store.db, dirs.backup)
    store.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "profile", "delete", "株式会社きえる", "--yes", "--purge-backups")
    assert code == 0 and "older backups removed" in out
    remaining = list_backups(dirs.backup)
    assert len(remaining) == 1 and "株式会社きえる".encode() not in remaining[0].path.read_bytes()
