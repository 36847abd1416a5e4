"""The report screen: the report's language is chosen at export, and the workbook is one of
the formats. Pressed as a person does: the combo box, the export button, the file dialog
(answered through the one seam)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.support.gui import FileChoices, choose_in_combo, click, wait_for_background_work
from tests.ui.test_journeys import go_to


def _close_saved_note(window):
    note = window.findChild(QMessageBox, "SavedNote")
    if note is not None:
        note.close()


def test_language_starts_at_the_ui_language_and_an_english_pdf_is_written(qtbot, make_window, store, company,
                                                                          tmp_path, monkeypatch):
    from pypdf import PdfReader

    store.set_answer(company.id, 1, "yes")
    window = make_window()
    go_to(qtbot, window, "report")
    view = window.views["report"]
    assert view.lang_combo.currentData() == "ja"
    choose_in_combo(qtbot, view.lang_combo, "英語（English）")
    assert "Information security readiness report" in view.preview.toPlainText()
    target = tmp_path / "report-en.pdf"
    FileChoices(monkeypatch, str(target))
    click(qtbot, view.export_button)
    wait_for_background_work(qtbot)
    reader = PdfReader(str(target))
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Information security readiness report" in first and "At a glance" in first
    assert "状況報告書" not in first
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata.author == "株式会社テスト工業"
    _close_saved_note(window)


def test_the_english_ui_starts_with_an_english_report(qtbot, make_window, company):
    window = make_window("en")
    go_to(qtbot, window, "report")
    view = window.views["report"]
    assert view.lang_combo.currentData() == "en"
    assert "At a glance" in view.preview.toPlainText()


def test_a_workbook_is_written_when_the_name_ends_in_xlsx(qtbot, make_window, store, company, tmp_path,
                                                          monkeypatch):
    from openpyxl import load_workbook

    window = make_window()
    go_to(qtbot, window, "report")
    view = window.views["report"]
    target = tmp_path / "report.xlsx"
    FileChoices(monkeypatch, str(target))  # the PDF filter stays selected; the name decides
    click(qtbot, view.export_button)
    wait_for_background_work(qtbot)
    book = load_workbook(target)
    assert book.sheetnames[0] == "表紙" and "改善計画" in book.sheetnames
    assert book["表紙"]["B3"].value == "株式会社テスト工業"
    assert str(target) in window.statusBar().currentMessage()
    _close_saved_note(window)
