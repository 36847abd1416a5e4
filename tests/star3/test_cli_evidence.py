"""`mamori judge` and `mamori evidence add|list`: what they record is what the store and the
review read; bad input gets one line naming the option and nothing is written."""

from __future__ import annotations

import hashlib

from desktop.__main__ import main
from desktop.paths import user_dirs
from desktop.storage.db import open_store
from desktop.storage.star3_store import Star3Store

COMPANY = "株式会社すみれ工業"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def records(data: str):
    """The company's judgements and evidence as stored, read the way the app reads them."""
    dirs = user_dirs(data)
    store = open_store(dirs.database, dirs.backup)
    try:
        company = store.find_profile(COMPANY)
        return Star3Store(store).judgements(company.id), Star3Store(store).evidence(company.id)
    finally:
        store.close()


def test_judge_sets_and_clears_the_companys_judgement(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", COMPANY)
    code, out, err = run(capsys, "--data-dir", data, "judge", "--profile", COMPANY, "--criterion", "1-2-1-1",
                         "--status", "met", "--reason", "入館カードで同等に管理している")
    assert code == 0 and "met (入館カードで同等に管理している)" in out, err
    judged, _ = records(data)
    assert (judged["1-2-1-1"].status, judged["1-2-1-1"].reason) == ("met", "入館カードで同等に管理している")
    code, out, err = run(capsys, "--data-dir", data, "judge", "--profile", COMPANY, "--criterion", "1-2-1-1",
                         "--status", "partial", "--reason", "本社のみ")
    assert code == 0 and records(data)[0]["1-2-1-1"].status == "partial", err
    code, out, err = run(capsys, "--data-dir", data, "judge", "--profile", COMPANY, "--criterion", "1-2-1-1",
                         "--clear")
    assert code == 0 and "removed" in out and records(data)[0] == {}, err


def test_judge_refuses_bad_input_in_one_line_and_records_nothing(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", COMPANY)
    base = ("--data-dir", data, "judge", "--profile", COMPANY)
    code, _, err = run(capsys, *base, "--criterion", "1-2-1-1", "--status", "met")
    assert code == 1 and "needs a reason" in err and "Traceback" not in err
    code, _, err = run(capsys, *base, "--criterion", "9-9-9-9", "--status", "met", "--reason", "x")
    assert code == 1 and "not a ★3 criterion: 9-9-9-9" in err
    code, _, err = run(capsys, *base, "--criterion", "1-2-1-1", "--clear", "--reason", "x")
    assert code == 1 and "--reason goes with --status" in err
    code, _, err = run(capsys, "--data-dir", data, "judge", "--profile", "ない会社", "--criterion", "1-2-1-1",
                       "--status", "met", "--reason", "x")
    assert code == 1 and "no company 'ない会社'" in err
    assert records(data)[0] == {}


def test_evidence_add_with_dates_and_files_then_list(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", COMPANY)
    rules = tmp_path / "規程.txt"
    rules.write_text("第3版", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "evidence", "add", "--profile", COMPANY, "--criterion",
                         "1-2-1-1", "--description", "情報セキュリティ規程 第3版", "--effective", "2026-04-01",
                         "--expires", "2027-03-31", "--file", str(rules))
    assert code == 0 and "attached 規程.txt" in out, err
    run(capsys, "--data-dir", data, "evidence", "add", "--profile", COMPANY, "--criterion", "1-2-1-2",
        "--description", "連絡先一覧")
    _, stored = records(data)
    first = stored[0]
    assert (first.criterion, first.description, str(first.effective), str(first.expires)) == (
        "1-2-1-1", "情報セキュリティ規程 第3版", "2026-04-01", "2027-03-31")
    assert first.files[0].sha256 == hashlib.sha256(rules.read_bytes()).hexdigest()
    code, out, _ = run(capsys, "--data-dir", data, "evidence", "list", "--profile", COMPANY)
    assert code == 0 and out.splitlines() == [
        f"{first.id}\t1-2-1-1\t情報セキュリティ規程 第3版\t2026-04-01\t2027-03-31\t規程.txt",
        f"{stored[1].id}\t1-2-1-2\t連絡先一覧\t-\t-\t-"]
    code, out, _ = run(capsys, "--data-dir", data, "evidence", "list", "--profile", COMPANY, "--criterion", "1-2-1-2")
    assert code == 0 and out.splitlines() == [f"{stored[1].id}\t1-2-1-2\t連絡先一覧\t-\t-\t-"]
    code, out, err = run(capsys, "--data-dir", data, "evidence", "list", "--profile", COMPANY, "--criterion", "1-2-1-3")
    assert code == 0 and out == "" and "no evidence" in err


def test_evidence_add_refuses_bad_dates_missing_files_and_blank_text(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", COMPANY)
    base = ("--data-dir", data, "evidence", "add", "--profile", COMPANY, "--criterion", "1-2-1-1")
    code, _, err = run(capsys, *base, "--description", "規程", "--expires", "2027-13-01")
    assert code == 1 and "Traceback" not in err
    assert "--expires '2027-13-01' is not a date of the form YYYY-MM-DD; nothing was recorded" in err
    code, _, err = run(capsys, *base, "--description", "規程", "--file", str(tmp_path / "ない.pdf"))
    assert code == 1 and "ない.pdf: no such file; nothing was recorded" in err
    code, _, err = run(capsys, *base, "--description", "  ")
    assert code == 1 and "needs a description" in err
    code, _, err = run(capsys, "--data-dir", data, "evidence", "add", "--profile", COMPANY, "--criterion", "x-1",
                       "--description", "規程")
    assert code == 1 and "not a ★3 criterion: x-1" in err
    assert records(data)[1] == []
