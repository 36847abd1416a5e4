"""`mamori confirm` and `mamori pledge`: headless, with clear errors and no traceback."""

from __future__ import annotations

from desktop.__main__ import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_confirm_and_pledge_then_the_summary_carries_them(tmp_path, capsys):
    import json

    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", "株式会社すみれ工業")
    code, out, err = run(capsys, "--data-dir", data, "confirm", "--profile", "株式会社すみれ工業",
                         "--criterion", "1-2-1-1", "--criterion", "1-2-1-2", "--by", "田中 一郎",
                         "--org", "たなか事務所", "--external", "--advice", "連絡先一覧に更新日を")
    assert code == 0, err
    assert "confirmed 1-2-1-1" in out and "confirmed 1-2-1-2" in out and "version 1" in out
    code, out, err = run(capsys, "--data-dir", data, "pledge", "--profile", "株式会社すみれ工業",
                         "--by", "代表取締役 佐藤 花子", "--date", "2026-11-20")
    assert code == 0 and "2026-11-20" in out, err
    target = tmp_path / "s.json"
    code, _, err = run(capsys, "--data-dir", data, "export", "--profile", "株式会社すみれ工業", "--format", "json",
                       "--schemes", "scs3", "-o", str(target))
    assert code == 0, err
    summary = json.loads(target.read_text(encoding="utf-8"))
    criteria = {c["id"]: c for c in summary["schemes"]["scs-star3"]["criteria"]}
    assert criteria["1-2-1-1"]["confirmation"] == {"by": "田中 一郎", "org": "たなか事務所", "external": True,
                                                  "at": criteria["1-2-1-1"]["confirmation"]["at"], "current": True}
    assert "confirmation" not in criteria["1-2-1-3"]
    assert summary["schemes"]["scs-star3"]["pledge"] == {"by": "代表取締役 佐藤 花子", "date": "2026-11-20"}
    code, out, _ = run(capsys, "verify", str(target))
    assert code == 0 and "unchanged" in out


def test_unknown_criterion_profile_and_bad_date_get_one_line(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "profile", "create", "株式会社すみれ工業")
    code, _, err = run(capsys, "--data-dir", data, "confirm", "--profile", "株式会社すみれ工業",
                       "--criterion", "9-9-9-9", "--by", "田中")
    assert code == 1 and "not a ★3 criterion: 9-9-9-9" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data, "confirm", "--profile", "株式会社すみれ工業",
                       "--criterion", "not-an-id", "--by", "田中")
    assert code == 1 and "not-an-id" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", data, "confirm", "--profile", "ない会社", "--criterion", "1-2-1-1",
                       "--by", "田中")
    assert code == 1 and "no company 'ない会社'" in err
    code, _, err = run(capsys, "--data-dir", data, "pledge", "--profile", "株式会社すみれ工業", "--by", "佐藤",
                       "--date", "2026-13-01")
    assert code == 1 and "Traceback" not in err
    assert err.strip().endswith("--date '2026-13-01' is not a date of the form YYYY-MM-DD")
    code, _, err = run(capsys, "--data-dir", data, "pledge", "--profile", "株式会社すみれ工業", "--by", " ")
    assert code == 1 and "nothing was recorded" in err
