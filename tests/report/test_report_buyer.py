"""The buyer's report in every format, detail level and language, read back as a buyer's
tools read it: pypdf (text, pages, metadata, bookmarks), openpyxl (sheets, cell types),
the csv module, jsonschema and verify."""

from __future__ import annotations

import csv
import json
import re

import pytest

from desktop.report.tabular import COLUMNS
from tests.support.summary_support import (
    COMPANY,
    EVIDENCE_TEXT,
    NOTE_TEXT,
    SCHEMA_PATH,
    TODAY,
    pdf_page_texts,
    squash,
)

DETAILS = ("summary", "requirements", "notes")
LANGS = ("ja", "en")
CASES = [(detail, lang) for detail in DETAILS for lang in LANGS]
JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff]")
STAR3 = {"ja": "★3 専門家の確認と経営層の宣誓", "en": "SCS ★3: the expert's confirmation and management's pledge"}
SECTIONS = {  # the PDF's bookmarks under the title, per detail level (the mixed company covers every scheme)
    "ja": {"summary": [STAR3["ja"], "改善計画", "この報告書について"],
           "requirements": ["対応が必要な評価基準と計画", STAR3["ja"], "自工会／部工会ガイドライン v2.3（参考・派生）",
                            "改善計画", "従業員教育の状況", "この報告書について"]},
    "en": {"summary": [STAR3["en"], "Improvement plan", "About this report"],
           "requirements": ["Criteria that need work, and the plan", STAR3["en"],
                            "JAMA/JAPIA guidelines v2.3 (derived, for reference)",
                            "Improvement plan", "Staff training in detail", "About this report"]},
}
TITLES = {"ja": "情報セキュリティ対策 状況報告書", "en": "Information security readiness report"}


@pytest.fixture(scope="module")
def written(model, mixed, qapp, tmp_path_factory):
    """(summary, {format: path}) for every detail level and language, through write_summary."""
    from desktop.report.build import FORMATS, summary_for, write_summary

    store, profile, _ = mixed
    folder = tmp_path_factory.mktemp("buyer")
    result = {}
    for detail, lang in CASES:
        summary = summary_for(store, model, profile.id, detail=detail, today=TODAY, lang=lang)
        paths = {fmt: folder / f"{detail}-{lang}.{fmt}" for fmt in FORMATS}
        for fmt, path in paths.items():
            write_summary(summary, fmt, path)
        result[detail, lang] = (summary, paths)
    return result


@pytest.fixture(scope="module")
def texts(written):
    """Every PDF's page texts, read once."""
    return {key: pdf_page_texts(paths["pdf"]) for key, (_summary, paths) in written.items()}


def _scheme_line(summary: dict, level_id: str) -> str:
    level = summary["schemes"][level_id]
    if summary["lang"] == "en":
        return (f"{level['met']} of {level['total']} criteria met, {level['partial']} partly, "
                f"{level['not_met'] + level['unknown']} open, {level['unanswered']} not answered")
    return (f"{level['total']} 基準のうち {level['met']} 達成、{level['partial']} 一部達成、"
            f"{level['not_met'] + level['unknown']} 未達成・不明、{level['unanswered']} 未回答")


@pytest.mark.parametrize("detail, lang", CASES)
def test_pdf_page_one_stands_alone(written, texts, detail, lang):
    summary, paths = written[detail, lang]
    pages = texts[detail, lang]
    first = squash(pages[0])
    assert first.startswith(squash(TITLES[lang]))
    for level_id in ("scs-star3", "scs-star4"):
        assert squash(_scheme_line(summary, level_id)) in first, level_id
    declaration = {"ja": "上記の内容は、当社の現状を自ら確認した結果であることを宣言します。",
                   "en": "We declare that the above is the result of our own review of our current state."}[lang]
    assert squash(declaration) in first
    for words in ({"ja": "次の見直し", "en": "Next review"}, {"ja": "従業員教育", "en": "Staff training"}):
        assert squash(words[lang]) in first
    # the details start on page 2, never on page 1
    for heading in SECTIONS[lang]["requirements"]:
        if "JAMA" not in heading and "自工会" not in heading:  # 自工会 has its line on page 1 too
            assert squash(heading) not in first, heading
    assert squash(SECTIONS[lang][detail if detail == "summary" else "requirements"][0]) in squash(pages[1])


@pytest.mark.parametrize("detail, lang", CASES)
def test_pdf_metadata_language_and_bookmarks(written, texts, detail, lang):
    from pypdf import PdfReader

    summary, paths = written[detail, lang]
    reader = PdfReader(str(paths["pdf"]))
    info = reader.metadata
    assert info.title == f"{COMPANY} {TITLES[lang]}"
    assert info.author == COMPANY
    assert info.subject and info.keywords and "SECURITY ACTION" in info.keywords
    assert info.creator == "Mamori"
    assert (JAPANESE.search(info.subject) is not None) == (lang == "ja")
    assert reader.trailer["/Root"]["/Lang"] == lang
    [top, children] = reader.outline
    assert top.title == TITLES[lang] and reader.get_destination_page_number(top) == 0
    expected = SECTIONS[lang]["summary" if detail == "summary" else "requirements"]
    assert [child.title for child in children] == expected
    numbers = [reader.get_destination_page_number(child) for child in children]
    assert numbers == sorted(numbers) and numbers[0] == 1 and numbers[-1] < len(reader.pages)
    for child, number in zip(children, numbers, strict=True):
        assert squash(child.title) in squash(texts[detail, lang][number]), child.title  # the bookmark opens its page


def test_the_summary_level_is_short_and_the_detail_grows(written):
    from pypdf import PdfReader

    pages = {key: len(PdfReader(str(paths["pdf"])).pages) for key, (_s, paths) in written.items()}
    for lang in LANGS:
        assert pages["summary", lang] <= 3
        assert pages["summary", lang] < pages["requirements", lang] <= pages["notes", lang]


@pytest.mark.parametrize("lang", LANGS)
def test_notes_appear_only_at_the_notes_level(written, texts, lang):
    for detail in DETAILS:
        summary, paths = written[detail, lang]
        text = squash("".join(texts[detail, lang]))
        csv_text = paths["csv"].read_text(encoding="utf-8-sig")
        has = detail == "notes"
        assert (squash(NOTE_TEXT) in text) == has, detail
        assert (NOTE_TEXT in csv_text) == has and (EVIDENCE_TEXT in csv_text) == has, detail
        assert (NOTE_TEXT in paths["json"].read_text(encoding="utf-8")) == has, detail


def test_the_english_pdf_has_no_japanese_but_what_the_company_typed(written, texts):
    summary, paths = written["notes", "en"]
    typed = [COMPANY, summary["company"]["industry"], summary["company"]["scope"], NOTE_TEXT, EVIDENCE_TEXT,
             *(p["name"] for p in summary["training"]["learners"]), *(p["owner"] for p in summary["plan"])]
    text = squash("".join(texts["notes", "en"]))
    for value in sorted(typed, key=len, reverse=True):
        text = text.replace(squash(value), "")
    # Official titles that exist only in Japanese are quoted as proper names: 「…」.
    quoted = re.findall("「[^」]*」", text)
    assert any("中小企業の情報セキュリティ対策ガイドライン" in title for title in quoted)
    text = re.sub("「[^」]*」", "", text)
    assert not JAPANESE.findall(text), "".join(JAPANESE.findall(text))[:80]
    versions = summary["scheme_versions"]
    assert versions["5kajo"].startswith("IPA guidelines on information security")
    assert versions["scs"] == "Requirements and evaluation criteria published 2026-03-27 (republished 2026-04-21)"


@pytest.mark.parametrize("detail, lang", CASES)
def test_csv_columns_follow_the_detail_level_in_the_report_language(written, detail, lang):
    summary, paths = written[detail, lang]
    with open(paths["csv"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    levels = DETAILS[:DETAILS.index(detail) + 1]
    assert rows[0] == [column[1].get(lang) for column in COLUMNS if column[2] in levels]
    assert len(rows) == 1 + 153 and all(len(row) == len(rows[0]) for row in rows)
    keys = [column[0] for column in COLUMNS if column[2] in levels]
    by_id = {c["id"]: c for c in summary["schemes"]["scs-star4"]["criteria"]}
    for row in rows[1:]:
        values = dict(zip(keys, row, strict=True))
        assert values["status_code"] == by_id[values["criterion"]]["status"]
        assert values["title"] == by_id[values["criterion"]]["title"]
    if detail != "summary":
        owners = {dict(zip(keys, row, strict=True))["owner"] for row in rows[1:]}
        expected = {item["owner"] for item in summary["items"] if item["owner"]}
        assert expected and expected == {o for value in owners for o in value.split(" / ") if o}


@pytest.mark.parametrize("detail, lang", CASES)
def test_workbook_sheets_cells_and_layout(written, detail, lang):
    from openpyxl import load_workbook

    summary, paths = written[detail, lang]
    book = load_workbook(paths["xlsx"])
    names = {"ja": ["表紙", "SCS ★3", "SCS ★4", "自工会・部工会", "SECURITY ACTION", "改善計画"],
             "en": ["Cover", "SCS ★3", "SCS ★4", "JAMA-JAPIA", "SECURITY ACTION", "Plan"]}[lang]
    assert book.sheetnames == names
    cover = book[names[0]]
    assert cover["A1"].value == TITLES[lang] and cover["B3"].value == COMPANY
    assert any(_scheme_line(summary, "scs-star3") in str(cell.value) for (cell,) in cover.iter_rows(min_col=2, max_col=2))
    levels = DETAILS[:DETAILS.index(detail) + 1]
    headers = [column[1].get(lang) for column in COLUMNS if column[2] in levels]
    for name, level_id in (("SCS ★3", "scs-star3"), ("SCS ★4", "scs-star4")):
        sheet = book[name]
        assert [cell.value for cell in sheet[1]] == headers
        assert sheet.max_row == 1 + summary["schemes"][level_id]["total"]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}{sheet.max_row}"
        ids = [row[2] for row in sheet.iter_rows(min_row=2)]
        assert [cell.value for cell in ids] == [c["id"] for c in summary["schemes"][level_id]["criteria"]]
        assert {cell.data_type for cell in ids} == {"s"} and {cell.number_format for cell in ids} == {"@"}
        requirement = [row[3] for row in sheet.iter_rows(min_row=2)]
        assert {cell.data_type for cell in requirement} == {"s"}  # 1-1-1 stays text, never a date
        assert {type(row[4].value) for row in sheet.iter_rows(min_row=2)} == {int}  # the star is a number
        assert sheet.column_dimensions["G"].width == 60
    plan = book[names[-1]]
    assert plan.max_row == 1 + len(summary["plan"]) and plan.freeze_panes == "A2" and plan.auto_filter.ref
    assert [row[0].value for row in plan.iter_rows(min_row=2)] == [p["item"] for p in summary["plan"]]
    assert {row[0].data_type for row in plan.iter_rows(min_row=2)} == {"s"}
    jama = book[names[3]]
    assert jama.max_row == 1 + len(summary["jama"]["items"])
    assert {row[0].data_type for row in jama.iter_rows(min_row=2)} == {"s"}


@pytest.mark.parametrize("detail, lang", CASES)
def test_json_matches_the_schema_and_verifies(written, detail, lang):
    from jsonschema import Draft202012Validator

    from desktop.core.summary_check import check_summary, read_summary_file

    _summary, paths = written[detail, lang]
    data = read_summary_file(paths["json"])
    assert data["format_version"] == 2 and data["lang"] == lang and data["detail"] == detail
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert not errors, errors[0].message
    assert check_summary(data).ok
    assert {type(c["id"]) for c in data["schemes"]["scs-star4"]["criteria"]} == {str}
    assert all(type(i["id"]) is str for i in data["items"])


@pytest.mark.parametrize("lang", LANGS)
def test_html_names_its_language(written, lang):
    _summary, paths = written["requirements", lang]
    assert paths["html"].read_text(encoding="utf-8").startswith(f'<!DOCTYPE html><html lang="{lang}">')


def test_both_schemas_have_an_id_and_a_version():
    for name in ("summary.schema.json", "handover.schema.json"):
        schema = json.loads((SCHEMA_PATH.parent / name).read_text(encoding="utf-8"))
        assert schema["$id"].startswith("urn:mamori:schema:") and schema["version"], name
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))["$id"].endswith(":2")


def test_duckdb_reads_the_ids_as_text_the_documented_way(written):
    """docs/summary.md: the CSV with all_varchar, the JSON through read_json_objects."""
    import duckdb

    _summary, paths = written["requirements", "ja"]
    docs = (SCHEMA_PATH.parent / "summary.md").read_text(encoding="utf-8")
    query = re.search(r"`(SELECT c->>'id'.*?)`", docs).group(1).replace("summary.json", str(paths["json"]))
    assert "read_csv('summary.csv', all_varchar = true)" in docs
    rows = duckdb.sql(query)
    assert rows.types[0] == "VARCHAR" and rows.fetchone()[0] == "1-1-1-1"
    csv_rows = duckdb.sql(f"SELECT * FROM read_csv('{paths['csv']}', all_varchar = true)")
    assert set(map(str, csv_rows.types)) == {"VARCHAR"}
    assert duckdb.sql(f"SELECT 要求事項 FROM read_csv('{paths['csv']}', all_varchar = true) LIMIT 1").fetchone()[0] == "1-1-1"


# -- the company's targets -------------------------------------------------------------------

def test_a_star3_only_company_prints_no_star4_or_jama_unless_added(model, store_factory, qapp, tmp_path):
    from desktop.report.build import summary_for, write_summary

    store = store_factory("star3-only")
    profile = store.create_profile("三ツ星工業", requested=["scs3"])
    store.set_guide(profile.id, {}, ["sa2", "scs3"])
    for item_id in list(model.items)[::3]:
        store.set_item_status(profile.id, item_id, "partial")
    for lang in LANGS:
        summary = summary_for(store, model, profile.id, detail="notes", today=TODAY, lang=lang)
        write_summary(summary, "pdf", tmp_path / f"star3-{lang}.pdf")
        text = squash("".join(pdf_page_texts(tmp_path / f"star3-{lang}.pdf")))
        assert "★3" in text and "★4" not in text and "自工会" not in text and "JAMA" not in text, lang
    added = summary_for(store, model, profile.id, detail="requirements", today=TODAY, schemes=("scs3", "scs4", "jama"))
    write_summary(added, "pdf", tmp_path / "added.pdf")
    text = squash("".join(pdf_page_texts(tmp_path / "added.pdf")))
    assert "SCS★4" in text and "自工会" in text


# -- earlier summaries -------------------------------------------------------------------------

OLD = SCHEMA_PATH.parents[1] / "tests" / "report" / "data" / "summary-before-lang.json"


def test_a_summary_written_before_version_2_still_verifies():
    """A file exported by the Mamori before the buyer report (format_version 1, no lang, items
    or next_review) is accepted by verify, collect's reader and the schema."""
    from jsonschema import Draft202012Validator

    from desktop.core.summary_check import check_file, check_summary, read_summary_file

    data = read_summary_file(OLD)
    assert data["format_version"] == 1 and "lang" not in data and "items" not in data
    assert check_summary(data).ok
    assert check_file(str(OLD)).record is not None
    assert not list(Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))).iter_errors(data))


def test_version_1_with_a_version_2_field_is_refused():
    from desktop.core.summary import with_digest
    from desktop.core.summary_check import check_summary, read_summary_file

    data = read_summary_file(OLD)
    body = {k: v for k, v in data.items() if k != "digest"}
    body["lang"] = "en"
    result = check_summary(with_digest(body))
    assert not result.ok and "lang" in result.message
    body.pop("lang")
    body["format_version"] = 2  # a version 2 file must carry what version 2 always writes
    result = check_summary(with_digest(body))
    assert not result.ok and "lang is missing" in result.message


def test_page_one_holds_a_long_scope_every_request_and_a_long_name(model, store_factory, qapp, tmp_path):
    """What the company types can be long; page 1 still ends with the declaration and the
    self-assessment note, and the details still start on page 2."""
    from desktop.report.build import summary_for, write_summary
    from tests.support.summary_support import fill_store, mixed_plan

    store = store_factory("long")
    profile = fill_store(store, model, mixed_plan(model), name="株式会社山田日本精密機械製作所ホールディングス関東第二工場品質保証部")
    scope = ("本社（東京都千代田区）、第一工場（埼玉県）、第二工場（群馬県）、物流センター、全営業所の事務用パソコンと"
             "サーバ、クラウドの会計・受発注システム、協力会社と共有するファイル置き場") * 2
    store.update_profile(profile.id, scope=scope, requested=["sa1", "sa2", "scs3", "scs4", "jama"])
    notes = {"ja": "第三者による認証や評価ではありません。", "en": "It is not a certification or an evaluation by a third party."}
    for lang in LANGS:
        summary = summary_for(store, model, profile.id, detail="notes", today=TODAY, lang=lang,
                              declared_by="代表取締役社長 兼 情報セキュリティ最高責任者 山田太郎")
        path = tmp_path / f"long-{lang}.pdf"
        write_summary(summary, "pdf", path)
        pages = pdf_page_texts(path)
        assert squash(scope) in squash(pages[0]) and squash(notes[lang]) in squash(pages[0]), lang
        assert squash(SECTIONS[lang]["requirements"][0]) in squash(pages[1]), lang


def test_training_line_without_quiz_points_names_no_score():
    """A summary may carry a learner's quiz questions without the points (both are optional
    in the schema): page 1 then gives the training line without a score instead of failing."""
    from desktop.report.page_one import training_text

    learners = [{"name": "佐藤", "completed": 2, "lessons": ["a", "b"], "quiz_questions": 5}]
    summary = {"training": {"lessons_total": 10, "learners": learners}}
    assert training_text("en", summary) == "1 learners, 2 lessons completed in all"
    learners[0]["quiz_points"] = 4
    assert training_text("en", summary) == "1 learners, 2 lessons completed in all; quizzes: 4 of 5 answers right (80%)"
