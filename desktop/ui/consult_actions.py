"""For walk-in consultations: the consultant's details in 設定, and the 相談結果シート
(PDF through the file dialog, or printed on one page)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from desktop.consultant import (
    LIMITS,
    ConsultantFileProblem,
    ConsultantProfile,
    load_profile,
    save_profile,
)
from desktop.ui.errors import show_error, show_write_error
from desktop.ui.file_export import export_in_background
from desktop.ui.operations import is_running
from desktop.ui.printing import show_print_preview


def current_consultant(parent, session) -> ConsultantProfile | None:
    """The saved details; None (after saying so) when the file is damaged."""
    try:
        return load_profile(session.dirs.config)
    except ConsultantFileProblem as exc:
        show_error(parent, parent.tr("相談員の情報を読めませんでした"),
                   parent.tr("相談員の情報のファイルが壊れています。"),
                   parent.tr("「設定」の「相談員の情報」を入れ直して保存してください。"), str(exc))
        return None


class ConsultantBox(QGroupBox):
    """Name, organisation and contact of the consultant who uses this PC."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("相談員の情報（相談結果シートに印刷されます）"))
        form = QFormLayout(self)
        hint = QLabel(self.tr("このパソコンを使う相談員（専門家）の情報です。会社ごとではなく、このパソコンに一度だけ入れます。"), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.name_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("例: 山田 花子"))
        self.organisation_edit.setPlaceholderText(self.tr("例: ○○県よろず支援拠点"))
        self.contact_edit.setPlaceholderText(self.tr("例: 03-0000-0000 / soudan@example.jp"))
        for edit, key in ((self.name_edit, "name"), (self.organisation_edit, "organisation"),
                          (self.contact_edit, "contact")):
            edit.setMaxLength(LIMITS[key])
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a label above its field when narrow
        for text, name, edit in ((self.tr("氏名"), self.tr("相談員の氏名"), self.name_edit),
                                 (self.tr("所属"), self.tr("相談員の所属"), self.organisation_edit),
                                 (self.tr("連絡先"), self.tr("相談員の連絡先"), self.contact_edit)):
            edit.setAccessibleName(name)
            form.addRow(text, edit)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("相談員の情報を保存"), self)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        try:
            saved = load_profile(session.dirs.config)
        except ConsultantFileProblem:
            saved = ConsultantProfile()  # said when the sheet is made; typing again repairs it
        self.name_edit.setText(saved.name)
        self.organisation_edit.setText(saved.organisation)
        self.contact_edit.setText(saved.contact)

    def save(self) -> None:
        profile = ConsultantProfile(self.name_edit.text(), self.organisation_edit.text(), self.contact_edit.text())
        try:
            save_profile(self.session.dirs.config, profile)
        except OSError as exc:
            show_write_error(self, self.tr("相談員の情報を保存できませんでした"),
                             self.tr("相談員の情報は保存されていません。"), exc)
            return
        self.session.status.emit(self.tr("相談員の情報を保存しました"))


def _sheet(window, session):
    from desktop.sheet_build import sheet_for

    if session.profile is None:
        QMessageBox.information(window, window.tr("相談結果シート"), window.tr("先に会社を選んでください。"))
        return None
    consultant = current_consultant(window, session)
    if consultant is None:
        return None
    return sheet_for(session.store, session.content, session.profile.id, consultant)


def export_sheet(window, session) -> bool:
    """Write the current company's sheet as a one-page PDF off the GUI thread; True when the
    writing has started (the saved note or the error follows when it ends)."""
    from desktop.paths import BundleIncomplete
    from desktop.report.sheet import write_sheet_pdf
    from desktop.ui.file_dialogs import ask_save_path

    if is_running(window, "sheet-export"):
        return False
    sheet = _sheet(window, session)
    if sheet is None:
        return False
    path, _ = ask_save_path(window, session.settings, "sheet", window.tr("相談結果シートを書き出す"),
                            window.tr("{0}-相談結果シート.pdf").format(sheet.company), window.tr("PDF (*.pdf)"))
    if not path:
        return False
    from desktop.report.fonts import load_bundled_font

    load_bundled_font()  # fonts are registered on the GUI thread, used by the worker
    return export_in_background(window, session, "sheet-export", window.tr("相談結果シートを書き出しています…"),
                                lambda: write_sheet_pdf(sheet, path), path,
                                saved=window.tr("書き出しました: {0}"), what=window.tr("相談結果シート"),
                                failed=window.tr("書き出せませんでした"),
                                not_saved=window.tr("相談結果シートは保存されていません: {0}"),
                                refused=(OSError, BundleIncomplete))


def print_sheet(window, session) -> None:
    """Print preview of the sheet (one page); printing goes through Qt's print dialog."""
    sheet = _sheet(window, session)
    if sheet is None:
        return
    from desktop.report.sheet import paint_sheet

    problems: list[OSError] = []

    def paint(device):
        try:
            paint_sheet(sheet, device)
        except OSError as exc:
            problems.append(exc)

    show_print_preview(window, paint, title=window.tr("印刷"), name="SheetPreview",
                       unavailable=window.tr("この環境では印刷を使えません。PDF に書き出して印刷してください。"))
    if problems:  # said after the preview has closed
        show_write_error(window, window.tr("印刷できませんでした"), window.tr("相談結果シートは印刷されていません。"), problems[0])
