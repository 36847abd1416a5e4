"""The 相談結果シート: always exactly one A4 page, with the weakest answers, the targets,
the next actions, help and IPA material; `mamori sheet` writes it from the command line."""

from __future__ import annotations

import datetime as dt

from desktop.__main__ import main
from desktop.consultant import LIMITS, ConsultantProfile
from desktop.core.targets import TARGET_KEYS
from desktop.storage.field_rules import NAME_MAX
from tests.support.summary_support import pdf_page_texts

LONG_COMPANY = ("株式会社" + "長い名前の精密部品製作所" * 20)[:NAME_MAX]
LONG_CONSULTANT = ConsultantProfile(("相談員" + "名前" * 80)[:LIMITS["name"]],
                                    ("よろず支援拠点" + "組織" * 80)[:LIMITS["organisation"]],
                                    ("連絡先 03-0000-0000 " + "内線" * 80)[:LIMITS["contact"]])
TODAY = dt.date(2026, 12, 1)


def _flat(text: str) -> str:
    return "".join(text.split())


def _company(store, model, answer_for, item_status=None, targets=(), name=LONG_COMPANY):
    profile = store.create_profile(name, employees=12)
    for key in model.schemes["selfcheck"].requirements:
        if answer_for(int(key)) is not None:
            store.set_answer(profile.id, int(key), answer_for(int(key)))
    if item_status:
        for item_id in model.items:
            store.set_item_status(profile.id, item_id, item_status)
    if targets:
        store.set_guide(profile.id, {"asked": [], "facts": {}}, targets)
    return profile


def _pdf(store, model, profile, tmp_path, consultant=LONG_CONSULTANT):
    from desktop.report.sheet import write_sheet_pdf
    from desktop.sheet_build import sheet_for

    sheet = sheet_for(store, model, profile.id, consultant, today=TODAY)
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(sheet, path)
    return sheet, pdf_page_texts(path)


def test_worst_answers_and_longest_names_fit_one_page(model, store_factory, qapp, tmp_path):
    store = store_factory("worst")
    profile = _company(store, model, lambda q: "unknown", targets=TARGET_KEYS)
    sheet, pages = _pdf(store, model, profile, tmp_path)
    assert len(pages) == 1
    text = _flat(pages[0])
    assert sheet.score == -25 and "-25点" in text and "早急な対策が必要" in text
    assert len(sheet.weaknesses) == 5 and all(w.answer == "わからない" for w in sheet.weaknesses)
    assert _flat(LONG_COMPANY) in text and _flat(LONG_CONSULTANT.name) in text
    assert _flat(LONG_CONSULTANT.contact) in text
    assert len(sheet.targets) == len(TARGET_KEYS) and len(sheet.actions) == 3
    for line in sheet.targets:
        assert _flat(line.label) in text
    assert "IPA企業組織向けサイバーセキュリティ相談窓口" in text and "中小企業の情報セキュリティ対策ガイドライン" in text


def test_best_answers_fit_one_page_and_say_there_is_no_weak_point(model, store_factory, qapp, tmp_path):
    store = store_factory("best")
    profile = _company(store, model, lambda q: "yes", item_status="done", targets=("sa2", "scs3"))
    sheet, pages = _pdf(store, model, profile, tmp_path)
    assert len(pages) == 1
    text = _flat(pages[0])
    assert sheet.score == 100 and "100点" in text and "入門レベルを達成" in text
    assert sheet.weaknesses == [] and "すべての設問で「実施している」でした" in text
    assert sheet.actions == [] and "チェックリストの項目はすべて済んでいます" in text


def test_the_weakest_answers_come_first_each_with_a_step_from_its_items(model, store_factory, qapp, tmp_path):
    answers = {7: "unknown", 3: "no", 21: "no", 10: "partial", 12: "partial", 18: "partial"}
    store = store_factory("mixed-sheet")
    profile = _company(store, model, lambda q: answers.get(q, "yes"), name="株式会社いつもの")
    sheet, pages = _pdf(store, model, profile, tmp_path, consultant=ConsultantProfile("山田 花子", "よろず支援拠点", ""))
    assert [w.question for w in sheet.weaknesses] == [7, 3, 21, 10, 12]  # 18 is the sixth: left off
    text = _flat(pages[0])
    for weakness in sheet.weaknesses:
        titles = [item.text().title for item in model.items_for("selfcheck", str(weakness.question))]
        assert weakness.step in titles
        assert _flat(weakness.step) in text
    assert "問18" not in text
    assert "目標はまだ決めていません" in text  # no guide saved: the two basic targets are shown
    assert "山田花子" in text and sheet.band == "おおむね実施"


def test_mamori_sheet_writes_one_page_with_the_consultant(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "profile", "create", "株式会社みどり電機"]) == 0
    assert main(["--data-dir", data, "consultant", "set", "--name", "佐藤 一郎", "--organisation", "商工会議所"]) == 0
    out_file = tmp_path / "result.pdf"
    assert main(["--data-dir", data, "sheet", "--profile", "株式会社みどり電機", "-o", str(out_file)]) == 0
    assert "1 page" in capsys.readouterr().out
    [page] = pdf_page_texts(out_file)
    assert "株式会社みどり電機" in _flat(page) and "佐藤一郎" in _flat(page) and "商工会議所" in _flat(page)


def test_consultant_details_too_long_are_refused_with_the_field(tmp_path, capsys):
    data = str(tmp_path / "d")
    bad = "x" * (LIMITS["organisation"] + 1)
    assert main(["--data-dir", data, "consultant", "set", "--organisation", bad]) == 1
    err = capsys.readouterr().err
    assert "organisation" in err and str(LIMITS["organisation"]) in err and "Traceback" not in err
    assert main(["--data-dir", data, "consultant", "show"]) == 0
    assert "organisation\t\n" in capsys.readouterr().out


def test_a_damaged_consultant_file_is_named_not_a_traceback(tmp_path, capsys):
    data = tmp_path / "d"
    (data / "config").mkdir(parents=True)
    (data / "config" / "consultant.json").write_bytes(b"{not json")
    assert main(["--data-dir", str(data), "consultant", "show"]) == 1
    err = capsys.readouterr().err
    assert "consultant.json" in err and "Traceback" not in err
