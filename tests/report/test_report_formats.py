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
from desktop.report.tabular import COLUMNS, summary_csv
from tests.support.summary_support import (
    COMPANY,
    NOTE_TEXT,
    TODAY,
    expected_counts,
    parse_html,
    squash,
    summary_input,
    table_after,
)

STATUS_KEYS = ("met", "partial", "not_met", "unknown", "na", "unanswered")
LEVELS = (("scs-star3", "★3", True), ("scs-star4", "★4", False))


def read_csv(path) -> list[dict[str, str]]:
    """The CSV's rows keyed by column key (the header row is in the report's language)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    by_header = {name: key for key, heading, _level in COLUMNS for name in heading.values()}
    keys = [by_header[name] for name in rows[0]]
    return [dict(zip(keys, row, strict=True)) for row in rows[1:]]


def scheme_line(level: dict) -> str:
    """Page 1's line for an SCS level, written out from the JSON counts."""
    text = (f"{level['total']} 基準のうち {level['met']} 達成、{level['partial']} 一部達成、"
            f"{level['not_met'] + level['unknown']} 未達成・不明、{level['unanswered']} 未回答")
    return text + (f"（ほかに {level['na']} 基準が該当しない）" if level["na"] else "")


@pytest.fixture(scope="module")
def exported_json(exports) -> dict:
    return json.loads(exports[1]["json"].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def html_tables(exports):
    return parse_html(exports[1]["html"].read_text(encoding="utf-8"))


def glance(parsed) -> dict[str, str]:
    """Page 1's "at a glance" table: label -> text."""
    table = next(t for t in parsed.tables if t and t[0] and t[0][0] == "SCS ★3")
    return {row[0]: row[1] for row in table}


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
    counted = Counter(row["status_code"] for row in rows if not star3_only or row["star"] == "3")
    level = exported_json["schemes"][level_id]
    assert sum(counted.values()) == level["total"]
    assert {key: counted.get(key, 0) for key in STATUS_KEYS} == {key: level[key] for key in STATUS_KEYS}


def test_csv_rows_match_json_criteria(exports, exported_json):
    rows = read_csv(exports[1]["csv"])
    criteria = exported_json["schemes"]["scs-star4"]["criteria"]
    titles = {item["id"]: item["title"] for item in exported_json["items"]}
    assert [(r["criterion"], r["status_code"], r["title"], r["items"]) for r in rows] == [
        (c["id"], c["status"], c["title"], " / ".join(titles[i] for i in c["items"])) for c in criteria
    ]


@pytest.mark.parametrize("level_id, label, _star3_only", LEVELS)
def test_html_page_one_shows_the_json_counts(html_tables, exported_json, level_id, label, _star3_only):
    assert glance(html_tables)[f"SCS {label}"].startswith(scheme_line(exported_json["schemes"][level_id]))


@pytest.mark.parametrize("level_id, label, _star3_only", LEVELS)
def test_pdf_page_one_shows_the_json_counts(pdf_texts, exported_json, level_id, label, _star3_only):
    assert squash(f"SCS {label}" + scheme_line(exported_json["schemes"][level_id])) in squash(pdf_texts[0])


def test_html_and_pdf_show_the_selfcheck_score(html_tables, pdf_texts, exported_json):
    selfcheck = exported_json["selfcheck"]
    shown = f"{selfcheck['score']} / {selfcheck['max']} 点"
    assert glance(html_tables)["自社診断（5分でできる！情報セキュリティ自社診断）"].startswith(shown)
    assert squash(shown) in squash(pdf_texts[0])


def test_open_criteria_rows_match_json(html_tables, exported_json):
    rows = table_after(html_tables, "評価基準", "段階", "内容（要約）", "状況", "未完了の項目と計画")[1:]
    assert [(r[0], r[1], r[3].split()[-1]) for r in rows] == [
        (c["id"], f"★{c['star']}", REQUIREMENT_STATUS_LABELS[c["status"]].ja)
        for c in exported_json["schemes"]["scs-star4"]["criteria"] if c["status"] in ("partial", "not_met", "unknown")
    ]


def test_open_criteria_name_their_open_items_and_plan(mixed, html_tables, exported_json):
    _, _, plan = mixed
    items = {item["id"]: item for item in exported_json["items"]}
    rows = {r[0]: r[4] for r in table_after(html_tables, "評価基準", "段階", "内容（要約）", "状況", "未完了の項目と計画")[1:]}
    overdue = items[plan.overdue_item]
    holding = [c["id"] for c in exported_json["schemes"]["scs-star4"]["criteria"]
               if plan.overdue_item in c["items"] and c["id"] in rows]
    assert holding, "the overdue item is behind no open criterion"
    for cid in holding:
        assert f"{overdue['title']}（" in rows[cid] and "担当: 山田" in rows[cid] and "※期限超過" in rows[cid]


def test_unanswered_criteria_are_grouped_by_requirement(html_tables, exported_json):
    unanswered = [c for c in exported_json["schemes"]["scs-star4"]["criteria"] if c["status"] == "unanswered"]
    rows = table_after(html_tables, "要求事項", "名称", "評価基準")[1:]
    assert [r[0] for r in rows] == list(dict.fromkeys(c["requirement"] for c in unanswered))
    assert [cid for r in rows for cid in r[2].split(", ")] == [c["id"] for c in unanswered]


def test_met_criteria_are_counted_not_listed(html_tables, exported_json):
    level = exported_json["schemes"]["scs-star4"]
    text = " ".join(html_tables.paragraphs)
    assert f"達成（または該当しない）の評価基準: {level['met'] + level['na']} 件。" in text
    assert "達成・該当しない評価基準の一覧" not in html_tables.headings


def test_jama_is_counted_per_level_with_how_it_is_derived(html_tables, pdf_texts, exported_json):
    rows = table_after(html_tables, "レベル", "項目数", "達成")[1:]
    items = exported_json["jama"]["items"]
    for row in rows:
        statuses = [i["status"] for i in items if i["level"] == row[0].replace("Lv", "LV")]
        assert row[1:] == [str(len(statuses)), str(sum(s in ("met", "na") for s in statuses)),
                           str(statuses.count("partial")), str(sum(s in ("not_met", "unknown") for s in statuses)),
                           str(statuses.count("unanswered"))]
    assert [r[0] for r in rows] == ["Lv1", "Lv2", "Lv3"]
    assert "参照番号" not in squash(pdf_texts[0]) and squash("項目番号とレベルが書かれています") in squash("".join(pdf_texts))


def test_plan_has_the_same_entries_in_json_and_html(html_tables, exported_json):
    rows = table_after(html_tables, "対策")[1:]
    assert [r[0] for r in rows] == [entry["title"] for entry in exported_json["plan"]]
    assert [r[2] for r in rows] == [entry["owner"] or "未定" for entry in exported_json["plan"]]


def test_overdue_plan_items_are_marked(mixed, exports, html_tables, pdf_texts, exported_json):
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
    marks = exports[1]["html"].read_text(encoding="utf-8").count("※期限超過")
    assert marks >= 2  # in the plan, and with the open criteria the item is behind
    assert squash("".join(pdf_texts)).count("※期限超過") == marks


def test_training_is_the_same_in_json_and_html(html_tables, exported_json):
    rows = table_after(html_tables, "受講者")[1:]
    total = exported_json["training"]["lessons_total"]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (learner["name"], f"{learner['completed']} / {total}",
         f"{learner['quiz_points']} / {learner['quiz_questions']}" if "quiz_questions" in learner else "—")
        for learner in exported_json["training"]["learners"]
    ]
    assert rows[0][:3] == ["山田太郎", f"5 / {total}", "15 / 15"]
    assert glance(html_tables)["従業員教育"] == "受講者 2 人、修了したレッスン 延べ 5、確認テスト 15 / 15 問正解（100%）"


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
    assert rows[0] == [heading.ja for _key, heading, level in COLUMNS if level in ("summary", "requirements")]
    assert len(rows) == 1 + 153
    assert all(len(row) == len(rows[0]) for row in rows)
    assert len({row[2] for row in rows[1:]}) == 153


def test_csv_keeps_the_japanese(exports, model):
    rows = read_csv(exports[1]["csv"])
    scheme = model.schemes["scs"]
    assert {row["company"] for row in rows} == {COMPANY}
    assert {row["date"] for row in rows} == {TODAY.isoformat()}
    for row in rows:
        assert row["title"] == scheme.requirements[row["criterion"]].title.ja
        assert row["status"] == REQUIREMENT_STATUS_LABELS[row["status_code"]].ja
    assert {row["star"] for row in rows} == {"3", "4"}


def test_csv_quotes_awkward_company_names(model):
    name = '山田 "本店", 日本橋'
    text = summary_csv(build_summary(model, summary_input(model, {}, {}, name=name)))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 153 and {row["会社名"] for row in rows} == {name}


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
    for heading in ("ひと目でわかる状況", "宣言", "対応が必要な評価基準と計画", "改善計画", "従業員教育の状況",
                    "この報告書について"):
        assert heading in html_tables.headings
    assert html_tables.headings.index("宣言") < html_tables.headings.index("対応が必要な評価基準と計画")
    assert COMPANY in html_tables.paragraphs[0]


def test_html_escapes_the_company_name(model):
    name = '山田<script>alert("x")</script>&商会'
    text = summary_html(build_summary(model, summary_input(model, {}, {}, name=name)))
    assert "<script>" not in text
    assert name in parse_html(text).paragraphs[0]


def test_html_prints_on_a4_with_page_numbers_and_headings_kept_with_tables(exports):
    text = exports[1]["html"].read_text(encoding="utf-8")
    css = re.search(r"<style>\s*(@page.*?)</style>", text, re.DOTALL).group(1)
    assert re.search(r"@page\s*\{\s*size:\s*A4", css)
    assert "counter(page)" in css and "margin: 15mm" in css
    assert re.search(r"h1, h2, h3 \{ break-after: avoid", css)
    assert 'class="pagebreak"' in text  # the details start on a new sheet, as in the PDF


# -- detail levels ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def by_detail(model, mixed):
    from desktop.report.build import summary_for

    store, profile, _ = mixed
    return {detail: summary_for(store, model, profile.id, detail=detail, today=TODAY)
            for detail in ("summary", "requirements", "notes")}


def test_summary_level_has_no_per_criterion_tables(by_detail):
    parsed = parse_html(summary_html(by_detail["summary"]))
    assert "対応が必要な評価基準と計画" not in parsed.headings
    assert not [t for t in parsed.tables if t[0][0] in ("要求事項", "評価基準") or "レベル" in t[0]]
    assert not re.search(r"\b\d+-\d+-\d+-\d+\b", summary_html(by_detail["summary"]))
    assert glance(parsed)["SCS ★3"]  # page 1 with the counts is still there


def test_requirements_level_lists_open_criteria_and_counts_the_met(by_detail):
    parsed = parse_html(summary_html(by_detail["requirements"]))
    assert "対応が必要な評価基準と計画" in parsed.headings
    level = by_detail["requirements"]["schemes"]["scs-star4"]
    table = table_after(parsed, "評価基準", "段階", "内容（要約）", "状況", "未完了の項目と計画")
    assert len(table) == 1 + level["partial"] + level["not_met"] + level["unknown"]
    assert "達成・該当しない評価基準の一覧" not in parsed.headings


def test_notes_level_lists_the_met_criteria_in_full(by_detail):
    parsed = parse_html(summary_html(by_detail["notes"]))
    level = by_detail["notes"]["schemes"]["scs-star4"]
    assert "達成・該当しない評価基準の一覧" in parsed.headings
    rows = next(t for t in parsed.tables if t[0] == ["評価基準", "段階", "内容（要約）", "状況"])
    assert [r[0] for r in rows[1:]] == [c["id"] for c in level["criteria"] if c["status"] in ("met", "na")]


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
    from desktop.report.build import summary_for, write_summary
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
    assert {row["status_code"] for row in read_csv(paths["csv"])} == {"met"}
    assert len(read_csv(paths["csv"])) == 153

    parsed = parse_html(paths["html"].read_text(encoding="utf-8"))
    lines = glance(parsed)
    assert lines["SCS ★3"] == "81 基準のうち 81 達成、0 一部達成、0 未達成・不明、0 未回答"
    assert lines["SCS ★4"] == "153 基準のうち 153 達成、0 一部達成、0 未達成・不明、0 未回答"
    assert lines["自社診断（5分でできる！情報セキュリティ自社診断）"] == "100 / 100 点 入門レベルを達成"

    first_page = squash(pdf_page_texts(paths["pdf"])[0])
    for text in (lines["SCS ★3"], lines["SCS ★4"], "100 / 100 点", "入門レベルを達成"):
        assert squash(text) in first_page, text
