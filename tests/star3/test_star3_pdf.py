"""The PDF: the report's ★3 block and the printable pledge page, read back as text."""

from __future__ import annotations

import datetime as dt

from desktop import star3_actions as actions  # noqa: E402
from desktop.report.build import summary_for, write_summary  # noqa: E402
from tests.support.summary_support import pdf_page_texts


def test_report_pdf_shows_the_share_confirmed_and_the_pledge_date(store, model, company, tmp_path, qapp):
    ids = [a.id for a in actions.assessments(store, model, company.id)][:3]
    actions.confirm(store, model, company.id, ids, by="田中")
    from desktop.storage.star3_store import Star3Store

    Star3Store(store).add_evidence(company.id, ids[0], "後から加えた証跡")  # one needs a new look
    actions.record_pledge(store, company.id, "代表取締役 佐藤", dt.date(2026, 11, 20))
    summary = summary_for(store, model, company.id, schemes=("scs3",))
    path = tmp_path / "report.pdf"
    write_summary(summary, "pdf", path)
    text = "".join(pdf_page_texts(path)).replace(" ", "").replace("\n", "").replace("\t", "")
    assert "★3専門家の確認と経営層の宣誓" in text
    assert "2/81（2%）" in text
    assert "2026-11-20（代表取締役佐藤）" in text


def test_report_pdf_without_star3_has_no_block(store, model, company, tmp_path, qapp):
    summary = summary_for(store, model, company.id, schemes=("sa1",))
    path = tmp_path / "report.pdf"
    write_summary(summary, "pdf", path)
    assert "専門家の確認" not in "".join(pdf_page_texts(path))


def test_pledge_page_has_company_scope_date_representative_statement_and_boxes(store, model, company, tmp_path,
                                                                              qapp):
    path = tmp_path / "pledge.pdf"
    pages = actions.write_pledge_page(store, model, company.id, path, representative="代表取締役 佐藤 花子",
                                      date=dt.date(2026, 11, 20))
    text = "".join(pdf_page_texts(path)).replace(" ", "").replace("\n", "").replace("\t", "")
    assert pages == 1
    for expected in ("宣誓書", "株式会社さくら精機", "本社", "2026-11-20", "代表取締役佐藤花子", "宣誓します", "署名", "印",
                     "公式の様式ではありません"):
        assert expected in text, expected
