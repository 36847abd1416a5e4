"""Password-protected hand-over files and "hand over and remove" in one step: round trips,
nothing of the company readable without the password, wrong passwords and changed bytes
refused with nothing written, and no trace of the company left behind after removal."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.__main__ import main
from desktop.paths import user_dirs
from desktop.storage.backup import backup_database, list_backups
from desktop.storage.db import open_store
from desktop.storage.exchange import (
    PasswordProblem,
    export_handover,
    import_handover,
    read_handover,
    write_handover,
)
from desktop.storage.handover import HandOverFailed, hand_over
from desktop.storage.handover_check import ImportRejected
from desktop.storage.handover_crypto import HEADER_BYTES, MAGIC, seal, unseal

NAME = "株式会社ひみつ精機"
LEARNER = "高橋ゆかり"
NOTE = "金庫の暗証番号は総務の田中が管理"
PASSWORD = "correct horse 38"


def content_hash(database) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def company(store) -> str:
    profile = store.create_profile(NAME, industry="精密機械", employees=30, scope="本社工場")
    learner = store.add_learner(profile.id, LEARNER)
    store.record_lesson(learner.id, "hajime-update", quiz_score=3, quiz_total=4)
    store.set_item_status(profile.id, "upd-auto-os", "done")
    store.update_item(profile.id, "backup-offsite", note=NOTE, owner="総務")
    store.set_answer(profile.id, 1, "yes")
    store.set_answer(profile.id, 3, "no")
    return profile.id


def secrets_of(profile_id: str) -> list[bytes]:
    words = (NAME, LEARNER, NOTE, "精密機械", "本社工場", profile_id)
    return [w.encode("utf-8") for w in words] + [w.encode("utf-16-le") for w in words[:3]]


@pytest.fixture
def other(tmp_path):
    """A second PC: a store in its own folder."""
    dirs = user_dirs(tmp_path / "office-pc").ensure()
    opened = open_store(dirs.database, dirs.backup)
    yield opened
    opened.close()


def test_round_trip_with_and_without_password_gives_the_same_company(store, other, tmp_path):
    profile_id = company(store)
    plain, sealed = tmp_path / "plain.json", tmp_path / "sealed.mamori"
    for path, password in ((plain, None), (sealed, PASSWORD)):
        result = hand_over(store, profile_id, path, password=password)
        assert result.sealed == bool(password) and not result.removed
    first, second = read_handover(plain), read_handover(sealed, PASSWORD)
    assert {k: v for k, v in first.items() if k != "exported_at"} == {k: v for k, v in second.items() if k != "exported_at"}
    report = import_handover(other, read_handover(sealed, PASSWORD))
    assert report.added and report.profile_name == NAME
    mine, theirs = export_handover(store, profile_id), export_handover(other, profile_id)
    for data in (mine, theirs):
        data.pop("exported_at")
    assert mine == theirs


def test_nothing_of_the_company_is_readable_without_the_password(store, tmp_path):
    profile_id = company(store)
    path = tmp_path / "h.mamori"
    write_handover(export_handover(store, profile_id), path, PASSWORD)
    raw = path.read_bytes()
    assert raw.startswith(MAGIC)
    for secret in secrets_of(profile_id):
        assert secret not in raw, secret
    assert b"mamori-package" not in raw and b"format" not in raw
    # two files of the same company share no salt, nonce or text
    again = tmp_path / "h2.mamori"
    write_handover(export_handover(store, profile_id), again, PASSWORD)
    assert again.read_bytes()[len(MAGIC):HEADER_BYTES] != raw[len(MAGIC):HEADER_BYTES]


def test_a_wrong_or_missing_password_writes_nothing(store, other, tmp_path):
    path = tmp_path / "h.mamori"
    write_handover(export_handover(store, company(store)), path, PASSWORD)
    other.create_profile("既存の会社")
    before = content_hash(other.db.execute("PRAGMA database_list").fetchone()[2])
    for wrong in ("correct horse 39", None, ""):
        with pytest.raises(PasswordProblem) as refused:
            read_handover(path, wrong)
        assert "password" in str(refused.value)
    assert content_hash(other.db.execute("PRAGMA database_list").fetchone()[2]) == before
    assert [p.name for p in other.list_profiles()] == ["既存の会社"]


@pytest.mark.parametrize("where", ["version", "cost", "salt", "nonce", "text", "tag", "cut"])
def test_a_changed_byte_anywhere_is_refused(where):
    sealed = seal(b'{"format": "mamori-package"}', PASSWORD)
    offsets = {"version": len(MAGIC), "cost": len(MAGIC) + 2, "salt": len(MAGIC) + 4, "nonce": HEADER_BYTES - 1,
               "text": HEADER_BYTES + 3, "tag": len(sealed) - 1}
    if where == "cut":
        changed = sealed[:-5]
    else:
        changed = bytearray(sealed)
        changed[offsets[where]] ^= 0x01
        changed = bytes(changed)
    from desktop.storage.handover_crypto import SealProblem

    with pytest.raises(SealProblem) as refused:
        unseal(changed, PASSWORD)
    assert "changed" in refused.value.message or "format" in refused.value.message
    assert unseal(sealed, PASSWORD) == b'{"format": "mamori-package"}'


def test_a_changed_file_is_not_imported(store, other, tmp_path):
    path = tmp_path / "h.mamori"
    write_handover(export_handover(store, company(store)), path, PASSWORD)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    path.write_bytes(bytes(raw))
    with pytest.raises(ImportRejected) as refused:
        read_handover(path, PASSWORD)
    assert "changed after it was written" in str(refused.value)
    assert other.list_profiles() == []


def test_short_passwords_are_refused_before_anything_is_written(store, tmp_path):
    path = tmp_path / "h.mamori"
    with pytest.raises(ValueError, match="at least 8"):
        write_handover(export_handover(store, company(store)), path, "1234567")
    assert not path.exists()


def test_a_file_that_cannot_be_written_keeps_the_company(store, dirs, tmp_path):
    profile_id = company(store)
    with pytest.raises(HandOverFailed) as failed:
        hand_over(store, profile_id, tmp_path / "missing-folder" / "h.mamori", password=PASSWORD, remove=True,
                  backup_dir=dirs.backup)
    assert "was not removed" in str(failed.value)
    assert [p.name for p in store.list_profiles()] == [NAME]


def test_a_file_that_reads_back_wrong_keeps_the_company(store, dirs, tmp_path, monkeypatch):
    profile_id = company(store)
    import desktop.storage.handover as handover

    def truncating(data, path, password=None):
        write_handover(data, path, password)
        path.write_bytes(path.read_bytes()[:-20])  # a USB stick that lost the end of the file

    monkeypatch.setattr(handover, "write_handover", truncating)
    with pytest.raises(HandOverFailed, match="could not be read back"):
        hand_over(store, profile_id, tmp_path / "h.mamori", password=PASSWORD, remove=True, backup_dir=dirs.backup)
    assert [p.name for p in store.list_profiles()] == [NAME]


def test_cli_hand_over_and_remove_leaves_no_trace_then_imports_elsewhere(tmp_path, capsys):
    laptop = tmp_path / "laptop"
    assert main(["--data-dir", str(laptop), "profile", "create", "株式会社のこさない"]) == 0
    dirs = user_dirs(laptop)
    store = open_store(dirs.database, dirs.backup)
    profile_id = store.find_profile("株式会社のこさない").id
    store.add_learner(profile_id, LEARNER)
    store.update_item(profile_id, "backup-offsite", note=NOTE)
    backup_database(store.db, dirs.backup)
    backup_database(store.db, dirs.backup, now=None)
    store.close()
    password_file = tmp_path / "pw.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    handover = tmp_path / "usb" / "nokosanai.mamori"
    handover.parent.mkdir()
    capsys.readouterr()
    code = main(["--data-dir", str(laptop), "handover", "export", "--profile", "株式会社のこさない", "-o", str(handover),
                 "--password-file", str(password_file), "--remove"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert str(handover.resolve()) in out and "password-protected" in out and "removed" in out
    secrets = ["株式会社のこさない".encode(), LEARNER.encode(), NOTE.encode()]
    raw = handover.read_bytes()
    assert not any(s in raw for s in secrets)
    files = [dirs.database, dirs.database.with_name("mamori.db-wal")] + [b.path for b in list_backups(dirs.backup)]
    assert len(list_backups(dirs.backup)) == 1
    for path in files:
        if path.exists():
            data = path.read_bytes()
            for secret in secrets:
                assert secret not in data, f"{secret.decode()} is still in {path.name}"
    assert main(["--data-dir", str(laptop), "profile", "list"]) == 0
    assert capsys.readouterr().out == ""

    office = tmp_path / "office"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password", encoding="utf-8")
    code = main(["--data-dir", str(office), "handover", "import", str(handover), "--password-file", str(wrong)])
    err = capsys.readouterr().err
    assert code == 1 and "password is wrong" in err and "nothing was changed" in err and "Traceback" not in err
    code = main(["--data-dir", str(office), "handover", "import", str(handover)])
    assert code == 1 and "--password-file" in capsys.readouterr().err
    code = main(["--data-dir", str(office), "handover", "import", str(handover), "--password-file", str(password_file)])
    assert code == 0 and "株式会社のこさない" in capsys.readouterr().out


def test_cli_refuses_an_empty_or_short_password_file(tmp_path, capsys):
    data = str(tmp_path / "d")
    main(["--data-dir", data, "profile", "create", "株式会社みじかい"])
    for text, expected in (("", "empty"), ("short\n", "at least 8")):
        password_file = tmp_path / "pw.txt"
        password_file.write_text(text, encoding="utf-8")
        capsys.readouterr()
        code = main(["--data-dir", data, "handover", "export", "--profile", "株式会社みじかい", "-o",
                     str(tmp_path / "h.mamori"), "--password-file", str(password_file), "--remove"])
        assert code == 1 and expected in capsys.readouterr().err
        assert not (tmp_path / "h.mamori").exists()
    main(["--data-dir", data, "profile", "list"])
    assert "株式会社みじかい" in capsys.readouterr().out
