"""報告書: preview the readiness summary, choose the detail, export or print it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.actions import company_summary, export_summary
from desktop.core import targets as goals
from desktop.core.summary_types import Summary
from desktop.report.html import summary_html
from desktop.ui.file_export import export_in_background
from desktop.ui.flow import FlowLayout, kept_together
from desktop.ui.operations import is_running
from desktop.ui.printing import show_print_preview
from desktop.ui.refresh import RefreshWhenShown

FILTERS = {"pdf": "PDF (*.pdf)", "html": "HTML (*.html)", "csv": "CSV (*.csv)", "json": "JSON (*.json)",
           "xlsx": "Excel (*.xlsx)"}


class SchemeColumn(QScrollArea):
    """The scheme boxes, as wide as their longest label; scrolls only on a very short window."""

    def __init__(self, column: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(column)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self.widget().sizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumSizeHint().width(), self.widget().sizeHint().height())


class ReportView(RefreshWhenShown, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("報告書（取引先への状況報告）"), self)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("取引先に「セキュリティ対策の状況は？」と聞かれたときに渡す報告書です。"
                              "内容を確かめてから、PDF で印刷するか、Excel・CSV・JSON で渡します。英語でも作れます。"), self)
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.detail_combo = QComboBox(self)
        self.detail_combo.addItem(self.tr("概要のみ"), "summary")
        self.detail_combo.addItem(self.tr("要求事項ごと"), "requirements")
        self.detail_combo.addItem(self.tr("要求事項ごと＋社内メモ"), "notes")
        self.detail_combo.setCurrentIndex(1)
        self.detail_combo.setAccessibleName(self.tr("詳しさ"))
        self.detail_combo.setToolTip(self.tr("社内メモは社内向けのことが多いので、ふつうは含めません"))
        self.detail_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem(self.tr("日本語"), "ja")
        self.lang_combo.addItem(self.tr("英語（English）"), "en")
        self.lang_combo.setCurrentIndex(1 if session.lang == "en" else 0)
        self.lang_combo.setToolTip(self.tr("報告書の言葉です。海外の取引先には英語で渡せます"))
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.declared_edit = QLineEdit(self)
        self.declared_edit.setPlaceholderText(self.tr("宣言者の役職・氏名（例: 代表取締役 山田太郎）"))
        self.declared_edit.editingFinished.connect(self.refresh)
        self.declared_edit.setAccessibleName(self.tr("宣言者（役職・氏名）"))
        self.export_button = QPushButton(self.tr("書き出す…（Ctrl+E）"), self)
        self.export_button.setObjectName("Primary")
        self.export_button.clicked.connect(self.export_dialog)
        self.print_button = QPushButton(self.tr("印刷…（Ctrl+P）"), self)
        self.print_button.clicked.connect(self.print_preview)
        detail_label = QLabel(self.tr("詳しさ(&D):"), self)
        detail_label.setBuddy(self.detail_combo)
        lang_label = QLabel(self.tr("言語(&L):"), self)
        lang_label.setBuddy(self.lang_combo)
        self.lang_combo.setAccessibleName(self.tr("報告書の言語"))
        self.review_button = QPushButton(self.tr("★3 の確認と宣誓…"), self)
        self.review_button.setToolTip(self.tr("専門家が評価基準ごとに確認し、経営層が宣誓する画面を開きます"))
        self.review_button.clicked.connect(self.open_review)
        # The controls flow onto a second line when the window is narrow or the
        # text large (1024×600 at the largest size): nothing is cut off.
        controls = FlowLayout()
        controls.add_widget(kept_together(self, detail_label, self.detail_combo))
        controls.add_widget(kept_together(self, lang_label, self.lang_combo))
        controls.add_widget(kept_together(self, self.export_button, self.print_button), right=True)
        controls.add_widget(self.review_button, right=True)
        layout.addLayout(controls)
        # The scheme boxes stand in a column beside the declaring person and the preview: a row
        # of them was cut off on 1366×768, and wrapped lines left no room for the preview on 1024×600.
        # The declarer has a label: a screen reader says what the field is for.
        body = QHBoxLayout()
        left = QVBoxLayout()
        declared_row = QHBoxLayout()
        declared_label = QLabel(self.tr("宣言者(&B):"), self)
        declared_label.setBuddy(self.declared_edit)
        declared_row.addWidget(declared_label)
        declared_row.addWidget(self.declared_edit, 1)
        left.addLayout(declared_row)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("報告書の見本"))
        left.addWidget(self.preview, 1)
        body.addLayout(left, 1)
        column = QWidget(self)
        schemes = QVBoxLayout(column)
        schemes.setContentsMargins(0, 0, 0, 0)
        schemes.setSpacing(2)
        schemes.addWidget(QLabel(self.tr("載せる制度:"), column))
        self.scheme_boxes: dict[str, QCheckBox] = {}
        for key in goals.REPORT_SCHEMES:
            box = QCheckBox(goals.TARGET_LABELS[key].get(session.lang), column)
            box.setToolTip(self.tr("目標の制度には最初からチェックが付いています。ほかの制度も載せられます"))
            box.toggled.connect(lambda _on: self._schemes_changed())
            self.scheme_boxes[key] = box
            schemes.addWidget(box)
        schemes.addStretch(1)
        self.schemes_area = SchemeColumn(column, self)
        self.schemes_area.setAccessibleName(self.tr("載せる制度"))
        body.addWidget(self.schemes_area)
        layout.addLayout(body, 1)
        self._schemes_for = None  # the company whose targets the boxes show
        self.watch(session)

    def summary(self) -> Summary | None:
        profile = self.session.profile
        if profile is None:
            return None
        self._load_schemes(profile)
        chosen = tuple(key for key, box in self.scheme_boxes.items() if box.isChecked())
        return company_summary(self.session.store, self.session.content, profile.id,
                           detail=self.detail_combo.currentData(), declared_by=self.declared_edit.text().strip(),
                           schemes=chosen or "all", lang=self.lang_combo.currentData())

    def _load_schemes(self, profile) -> None:
        """Tick the company's target schemes (every scheme without targets), once per company
        and whenever its targets change; the user may tick more."""
        guide = self.session.store.guide(profile.id)
        key = (profile.id, guide.targets if guide else ())
        if self._schemes_for == key:
            return
        self._schemes_for = key
        own = {k for k in key[1] if k in goals.REPORT_SCHEMES}
        for scheme, box in self.scheme_boxes.items():
            box.blockSignals(True)
            box.setChecked(scheme in own or not own)
            box.blockSignals(False)

    def _schemes_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        summary = self.summary()
        enabled = summary is not None
        self.export_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)
        self.review_button.setEnabled(enabled)
        if summary is None:
            self.preview.setHtml(self.tr("<p>会社を登録すると、ここに報告書の見本が表示されます。</p>"))
            return
        from desktop.ui.theme import scaled_for_screen, text_points

        # The paper sizes of the report, enlarged to the text size chosen in 設定.
        self.preview.setHtml(scaled_for_screen(summary_html(summary), text_points(self.session.settings)))

    def open_review(self) -> None:
        from desktop.ui.review_view import open_review_window

        open_review_window(self, self.session)

    def export_dialog(self) -> None:
        if is_running(self, "report-export"):
            return  # Ctrl+E while a report is still being written: that one goes on
        summary = self.summary()
        if summary is None:
            return
        from desktop.ui.file_dialogs import ask_save_path

        topic = "security_report" if summary.get("lang") == "en" else "セキュリティ状況"
        name = f"{summary['company']['name']}_{topic}_{summary['date']}"
        path, chosen = ask_save_path(self, self.session.settings, "report", self.tr("報告書を書き出す"),
                                     f"{name}.pdf", ";;".join(FILTERS.values()))
        if not path:
            return
        # The name typed wins over the filter left selected ("x.xlsx" under "PDF" is a workbook).
        typed = path.rsplit(".", 1)[-1].lower() if "." in path else ""
        fmt = typed if typed in FILTERS else next((key for key, label in FILTERS.items() if label == chosen), "pdf")
        self.export_to(summary, fmt, path)

    def export_to(self, summary: Summary, fmt: str, path: str) -> bool:
        """Write the file off the GUI thread with a busy indicator; the saved note, or a
        plain-language message if it fails. False when an export is still running."""
        if fmt == "pdf":
            from desktop.report.fonts import load_bundled_font

            load_bundled_font()  # fonts are registered on the GUI thread, used by the worker
        return export_in_background(self, self.session, "report-export", self.tr("報告書を書き出しています…"),
                                    lambda: export_summary(summary, fmt, path), path,
                                    saved=self.tr("報告書を書き出しました: {0}"), what=self.tr("報告書"),
                                    failed=self.tr("書き出せませんでした"),
                                    not_saved=self.tr("報告書は保存されていません: {0}"),
                                    disable=(self.export_button, self.print_button))

    def print_preview(self) -> None:
        summary = self.summary()
        if summary is None:
            return
        from desktop.report.labels import label, lang_of
        from desktop.report.pdf import make_document, paint_pages

        body = summary_html(summary, standalone=False)

        def paint(device):
            document = make_document(body, device)
            paint_pages(document, device, summary["company"]["name"], summary["date"],
                        label(lang_of(summary), "page"))

        show_print_preview(self, paint, title=self.tr("印刷"),
                           unavailable=self.tr("この環境では印刷を使えません。PDF に書き出して印刷してください。"))
