"""The four export formats of one company read back: the numbers agree everywhere; CSV and
HTML are what a buyer's tools expect; the detail levels show what they promise."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest

from desktop.core.scoring import REQUIREMENT_STATUS_LABELS
from desktop.core.summary import build_summary
from desktop.report.html import summary_html
from desktop.report.tabular import CSV_COLUMNS, summary_csv
from tests.support.summary_support import (
    COMPANY,
    NOTE_TEXT,
    TODAY,
    expected_counts,
    parse_html,
    summary_input,
    table_after,
)

STATUS_KEYS = ("met", "partial", "not_met", "unknown", "na", "unanswered")
LEVELS = (("scs-star3", "★3", True), ("scs-star4", "★4", False))


def read_csv(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def counts_row(level: dict) -> list[str]:
    """The overview row as the HTML and PDF show it: total, then the six counts."""
    return [str(level["total"])] + [str(level[key]) for key in STATUS_KEYS]


def tokens_pattern(tokens: list[str]) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(t) for t in tokens))


@pytest.fixture(scope="module")
def exported_json(exports) -> dict:
    return json.loads(exports[1]["json"].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def html_tables(exports):
    return parse_html(exports[1]["html"].read_text(encoding="utf-8"))


# -- the same numbers in every format ----------------------------------------------------------

@pytest.mark.parametrize("level_id, _label, star3_only", LEVELS)
def test_json_counts_follow_the_rule(model, mixed, exported_json, level_id, _label, star3_only):
    _, _, plan = mixed
    expected = expected_counts(model, plan.statuses, star3_only)
    level = exported_json["schemes"][level_id]
    assert {key: level[key] for key in STATUS_KEYS} == {key: expected.get(key, 0) for key in STATUS_KEYS}
    assert level["total"] == (81 if star3_only else 153)
    assert Counter(c["status"] for c in level["criteria"]) == Counter({k: level[k] for k in STATUS_KEYS if level[k]})


@pytest.mark.parametrize("level_id, _label, star3_only", LEVELS)
def test_csv_statuses_counted_per_star_match_json(exports, exported_json, level_id, _label, star3_only):
    rows = read_csv(exports[1]["csv"])
    counted = Counter(row["status"] for row in rows if not star3_only or row["star"] == "3")
    level = exported_json["schemes"][level_id]
    assert sum(counted.values()) == level["total"]
    assert {key: counted.get(key, 0) for key in STATUS_KEYS} == {key: level[key] for key in STATUS_KEYS}


def test_csv_rows_match_json_criteria(exports, exported_json):
    rows = read_csv(exports[1]["csv"])
    criteria = exported_json["schemes"]["scs-star4"]["criteria"]
    assert [(r["criterion"], r["status"], r["title"], r["items"]) for r in rows] == [
        (c["id"], c["status"], c["title"], " ".join(c["items"])) for c in criteria
    ]


@pytest.mark.parametrize("level_id, label, _star3_only", LEVELS)
def test_html_overview_shows_the_json_counts(html_tables, exported_json, level_id, label, _star3_only):
    table = table_after(html_tables, "段階", "評価基準", "達成")
    row = next(r for r in table[1:] if r[0] == label)
    assert row[1:] == counts_row(exported_json["schemes"][level_id])


@pytest.mark.parametrize("level_id, label, _star3_only", LEVELS)
def test_pdf_overview_shows_the_json_counts(pdf_texts, exported_json, level_id, label, _star3_only):
    pattern = tokens_pattern([label, *counts_row(exported_json["schemes"][level_id])])
    assert pattern.search(pdf_texts[0]), f"{label} row not found on page 1"


def test_html_and_pdf_show_the_selfcheck_score(html_tables, pdf_texts, exported_json):
    selfcheck = exported_json["selfcheck"]
    shown = f"{selfcheck['score']} / {selfcheck['max']} 点"
    assert table_after(html_tables, "点数")[1][0] == shown
    assert tokens_pattern(shown.split()).search(pdf_texts[0])
    assert table_after(html_tables, "点数")[1][2] == f"{selfcheck['unknown']} 問"


def test_html_requirement_rows_match_json(html_tables, exported_json):
    rows = table_after(html_tables, "要求事項")[1:]
    assert [(r[0], r[3], r[4].split()[-1]) for r in rows] == [
        (q["id"], f"{q['met']} / {q['criteria']}", REQUIREMENT_STATUS_LABELS[q["status"]][0])
        for q in exported_json["requirements"]
    ]


def test_html_criterion_rows_match_json(html_tables, exported_json):
    rows = table_after(html_tables, "評価基準")[1:]
    assert [(r[0], r[1], r[3].split()[-1]) for r in rows] == [
        (c["id"], f"★{c['star']}", REQUIREMENT_STATUS_LABELS[c["status"]][0])
        for c in exported_json["schemes"]["scs-star4"]["criteria"]
    ]


def test_pdf_requirement_rows_show_met_of_total(pdf_texts, exported_json):
    text = "\n".join(pdf_texts)
    for requirement in exported_json["requirements"]:
        pattern = tokens_pattern([f"★{requirement['lowest_star']}", str(requirement["met"]), "/",
                                  str(requirement["criteria"])])
        assert pattern.search(text), requirement["id"]


def test_plan_has_the_same_entries_in_json_and_html(html_tables, exported_json):
    rows = table_after(html_tables, "対策")[1:]
    assert [r[0] for r in rows] == [entry["title"] for entry in exported_json["plan"]]
    assert [r[2] for r in rows] == [entry["owner"] or "未定" for entry in exported_json["plan"]]


def test_overdue_plan_items_are_marked(mixed, html_tables, pdf_texts, exported_json):
    _, _, plan = mixed
    entries = {entry["item"]: entry for entry in exported_json["plan"]}
    assert entries[plan.overdue_item]["overdue"] is True
    assert entries[plan.due_today_item]["overdue"] is False
    assert entries[plan.future_item]["overdue"] is False
    assert sum(entry["overdue"] for entry in entries.values()) == 1
    rows = {r[0]: r for r in table_after(html_tables, "対策")[1:]}
    overdue_title = entries[plan.overdue_item]["title"]
    assert "※期限超過" in rows[overdue_title][3]
    assert [title for title, row in rows.items() if "期限超過" in row[3]] == [overdue_title]
    assert "\n".join(pdf_texts).count("※期限超過") == 1


def test_training_is_the_same_in_json_and_html(html_tables, exported_json):
    rows = table_after(html_tables, "受講者")[1:]
    total = exported_json["training"]["lessons_total"]
    assert [(r[0], r[1]) for r in rows] == [
        (learner["name"], f"{learner['completed']} / {total}") for learner in exported_json["training"]["learners"]
    ]
    assert rows[0][:2] == ["山田太郎", f"5 / {total}"]


# -- CSV ----------------------------------------------------------------------------------------

def test_csv_is_utf8_with_bom_and_crlf(exports):
    raw = exports[1]["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    raw[3:].decode("utf-8")  # strict: the rest is plain UTF-8
    assert raw.count(b"\r\n") == 154 and raw.count(b"\n") == 154


def test_csv_has_the_documented_header_and_one_row_per_criterion(exports):
    with open(exports[1]["csv"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 1 + 153
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    assert len({row[2] for row in rows[1:]}) == 153


def test_csv_keeps_the_japanese(exports, model):
    rows = read_csv(exports[1]["csv"])
    scheme = model.schemes["scs"]
    assert {row["company"] for row in rows} == {COMPANY}
    assert {row["date"] for row in rows} == {TODAY.isoformat()}
    for row in rows:
        assert row["title"] == scheme.requirements[row["criterion"]].title
        assert row["status_ja"] == REQUIREMENT_STATUS_LABELS[row["status"]][0]
    assert {row["star"] for row in rows} == {"3", "4"}


def test_csv_quotes_awkward_company_names(model):
    name = '山田 "本店", 日本橋'
    text = summary_csv(build_summary(model, summary_input(model, {}, {}, name=name)))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 153 and {row["company"] for row in rows} == {name}


# -- HTML ---------------------------------------------------------------------------------------

def test_html_is_one_self_contained_file(exports):
    text = exports[1]["html"].read_text(encoding="utf-8")
    parsed = parse_html(text)
    external = [ref for ref in parsed.references if not ref[2].startswith(("data:", "#"))]
    assert external == []
    assert not re.search(r"<(script|link|iframe|object|embed|img)\b", text, re.IGNORECASE)
    assert not re.search(r"url\(|@import|https?://", text, re.IGNORECASE)
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text


def test_html_has_the_headings_and_company(html_tables):
    assert html_tables.headings[0] == "情報セキュリティ対策 状況報告書"
    for heading in ("1. 概要", "2. 要求事項ごとの状況（SCS評価制度）", "3. 従業員教育の状況", "4. 改善計画", "5. 宣言"):
        assert heading in html_tables.headings
    assert table_after(html_tables, "項目", "内容")[1] == ["会社名", COMPANY]


def test_html_escapes_the_company_name(model):
    name = '山田<script>alert("x")</script>&商会'
    text = summary_html(build_summary(model, summary_input(model, {}, {}, name=name)))
    assert "<script>" not in text
    assert table_after(parse_html(text), "項目", "内容")[1] == ["会社名", name]


# -- detail levels ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def by_detail(model, mixed):
    from desktop.report_build import summary_for

    store, profile, _ = mixed
    return {detail: summary_for(store, model, profile.id, detail=detail, today=TODAY)
            for detail in ("summary", "requirements", "notes")}


def test_summary_level_has_no_per_criterion_tables(by_detail):
    parsed = parse_html(summary_html(by_detail["summary"]))
    assert "評価基準ごとの状況" not in parsed.headings
    assert not any(h.startswith("2. 要求事項ごと") for h in parsed.headings)
    assert not [t for t in parsed.tables if t[0][0] in ("要求事項", "評価基準") or "レベル" in t[0]]
    assert not re.search(r"\b\d+-\d+-\d+-\d+\b", summary_html(by_detail["summary"]))
    # the overview with the counts is still there
    assert table_after(parsed, "段階", "評価基準")


def test_requirements_level_lists_every_criterion(by_detail):
    parsed = parse_html(summary_html(by_detail["requirements"]))
    assert "評価基準ごとの状況" in parsed.headings
    assert len(table_after(parsed, "評価基準")) == 1 + 153


def test_notes_level_adds_the_notes(by_detail):
    from desktop.report.tabular import summary_json

    notes_html = summary_html(by_detail["notes"])
    assert NOTE_TEXT in notes_html
    assert table_after(parse_html(notes_html), "対策")[0][-1] == "メモ"
    assert NOTE_TEXT in summary_json(by_detail["notes"])
    for detail in ("summary", "requirements"):
        assert NOTE_TEXT not in summary_html(by_detail[detail])
        assert NOTE_TEXT not in summary_json(by_detail[detail])
        assert NOTE_TEXT not in summary_csv(by_detail[detail])


# -- a company that has done everything ---------------------------------------------------------

def test_all_done_company_shows_full_marks_in_every_format(model, store_factory, qapp, tmp_path):
    """Through the store: every item done and all 25 answers yes give 81/81, 153/153 and
    100 points in JSON, CSV, HTML and PDF alike."""
    from desktop.report_build import summary_for, write_summary
    from tests.support.summary_support import pdf_page_texts, squash

    store = store_factory("all-done")
    profile = store.create_profile("日山精工株式会社")
    for item_id in model.items:
        store.set_item_status(profile.id, item_id, "done")
    for question in range(1, 26):
        store.set_answer(profile.id, question, "yes")
    summary = summary_for(store, model, profile.id, detail="summary", today=TODAY)
    paths = {fmt: tmp_path / f"all-done.{fmt}" for fmt in ("json", "csv", "html", "pdf")}
    for fmt, path in paths.items():
        write_summary(summary, fmt, path)

    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert [(data["schemes"][k]["met"], data["schemes"][k]["total"]) for k in ("scs-star3", "scs-star4")] == [
        (81, 81), (153, 153)]
    assert (data["selfcheck"]["score"], data["selfcheck"]["max"]) == (100, 100)
    assert {row["status"] for row in read_csv(paths["csv"])} == {"met"}
    assert len(read_csv(paths["csv"])) == 153

    parsed = parse_html(paths["html"].read_text(encoding="utf-8"))
    overview = table_after(parsed, "段階", "評価基準", "達成")
    assert overview[1:] == [["★3", "81", "81", "0", "0", "0", "0", "0"], ["★4", "153", "153", "0", "0", "0", "0", "0"]]
    assert table_after(parsed, "点数")[1][0] == "100 / 100 点"

    first_page = pdf_page_texts(paths["pdf"])[0]
    for tokens in (["★3", "81", "81", "0", "0", "0", "0", "0"], ["★4", "153", "153", "0", "0", "0", "0", "0"],
                   ["100", "/", "100", "点"]):
        assert tokens_pattern(tokens).search(first_page), tokens
    assert "入門レベルを達成" in squash(first_page)
