"""取引先の状況: a buyer's view of its suppliers' summaries, collected from a folder.

The summaries are checked and gathered into suppliers.db in the data folder (as
`mamori collect` does); the table can be sorted, filtered by scheme and status, exported as
CSV, and one supplier's report opened read-only. Everything goes through desktop.suppliers.

The folder and save dialogs are the app's own (desktop.ui.file_dialogs): they start in the
folder last used for supplier summaries, and tests answer them at its one seam.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import suppliers
from desktop.ui import file_dialogs
from desktop.ui.errors import show_error
from desktop.ui.flow import FlowLayout, kept_together
from desktop.ui.refresh import RefreshWhenShown


class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number, not its text (blank cells last)."""

    def __init__(self, value):
        super().__init__("" if value is None else str(value))
        self.value = value

    def __lt__(self, other) -> bool:
        mine = self.value if self.value is not None else float("inf")
        theirs = getattr(other, "value", None)
        return mine < (theirs if theirs is not None else float("inf"))


class SuppliersView(RefreshWhenShown, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.database = suppliers.collection_path(session.dirs.data)
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("取引先の状況"), self)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("取引先から受け取った報告書（JSON）をフォルダにまとめて選ぶと、"
                              "改ざんがないかを確かめてから一覧にします。内容は各社の自己申告です。"), self)
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        row = FlowLayout()  # two lines on a narrow window
        self.collect_button = QPushButton(self.tr("フォルダを選んで読み込む…"), self)
        self.collect_button.setObjectName("Primary")
        self.collect_button.clicked.connect(self.collect_from_folder)
        self.scheme_combo = QComboBox(self)
        for key, label in (("scs-star3", self.tr("SCS評価制度 ★3")), ("scs-star4", self.tr("SCS評価制度 ★4")),
                           ("security-action-star1", self.tr("SECURITY ACTION ★一つ星")),
                           ("security-action-star2", self.tr("SECURITY ACTION ★★二つ星"))):
            self.scheme_combo.addItem(label, key)
        self.scheme_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scheme_combo.setAccessibleName(self.tr("制度"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("すべて"), "all")
        self.status_combo.addItem(self.tr("達成"), "achieved")
        self.status_combo.addItem(self.tr("未達成"), "not_achieved")
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_combo.setAccessibleName(self.tr("状況"))
        self.open_button = QPushButton(self.tr("報告書を開く"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("CSV に書き出す…"), self)
        self.export_button.clicked.connect(self.export_csv)
        scheme_label = QLabel(self.tr("制度:"), self)
        scheme_label.setBuddy(self.scheme_combo)
        status_label = QLabel(self.tr("状況:"), self)
        status_label.setBuddy(self.status_combo)
        row.add_widget(self.collect_button)
        row.add_widget(kept_together(self, scheme_label, self.scheme_combo))
        row.add_widget(kept_together(self, status_label, self.status_combo))
        row.add_widget(kept_together(self, self.open_button, self.export_button), right=True)
        layout.addLayout(row)

        self.headers = [self.tr("会社名"), self.tr("業種"), self.tr("従業員数"), self.tr("報告日"), self.tr("達成"),
                        self.tr("該当しない"), self.tr("基準数"), self.tr("状況"), self.tr("自社診断の点数"),
                        self.tr("期限切れの改善計画")]
        self.table = QTableWidget(0, len(self.headers), self)
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setAccessibleName(self.tr("取引先の一覧"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Every heading whole (English ones are long); the table scrolls sideways instead.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.rejected_label = QLabel(self)
        self.rejected_label.setWordWrap(True)
        self.rejected_label.setAccessibleName(self.tr("読み込めなかったファイル"))
        self.rejected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.rejected_label)
        self.watch(session)

    # -- the table ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self.rows = suppliers.supplier_table(self.database, self.scheme_combo.currentData(),
                                             self.status_combo.currentData())
        sort_column = self.table.horizontalHeader().sortIndicatorSection()
        sort_order = self.table.horizontalHeader().sortIndicatorOrder()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        done, not_done = self.tr("達成"), self.tr("未達成")
        for number, row in enumerate(self.rows):
            name = QTableWidgetItem(row["name"])
            name.setData(Qt.ItemDataRole.UserRole, row["supplier_id"])
            cells = [name, QTableWidgetItem(row["industry"] or ""), NumberItem(row["employees"]),
                     QTableWidgetItem(row["report_date"]), NumberItem(row["scheme_met"]),
                     NumberItem(row["scheme_na"]), NumberItem(row["scheme_total"]),
                     QTableWidgetItem(done if row["scheme_achieved"] else not_done),
                     NumberItem(row["selfcheck_score"]), NumberItem(row["plans_overdue"])]
            for column, cell in enumerate(cells):
                self.table.setItem(number, column, cell)
        self.table.setSortingEnabled(True)
        self.table.sortItems(sort_column, sort_order)
        self.count_label.setText(self.tr("{0} 社").format(len(self.rows)))
        has_rows = bool(self.rows)
        self.open_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)
        rejected = suppliers.rejected_files(self.database)
        if rejected:
            lines = "\n".join(f"{path}: {reason}" for path, reason in rejected[:20])
            self.rejected_label.setText(self.tr("読み込めなかったファイル（{0} 件）:").format(len(rejected)) + "\n" + lines)
        else:
            self.rejected_label.setText("")

    def selected_supplier(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # -- actions ------------------------------------------------------------------------
    def collect_from_folder(self) -> None:
        folder = file_dialogs.ask_folder(self, self.session.settings, "suppliers", self.tr("取引先の報告書があるフォルダを選ぶ"))
        if not folder:
            return
        progress = QProgressDialog(self.tr("報告書を確かめています…"), None, 0, 0, self)  # type: ignore[call-overload]  # None: no cancel button
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        try:
            report = suppliers.collect_folder(folder, self.database, on_progress=step)
        except (suppliers.collect_db.CollectionRefused, suppliers.collect_db.CollectFailed, OSError) as exc:
            progress.close()
            show_error(self, self.tr("読み込めませんでした"),
                       self.tr("取引先の一覧を保存できませんでした: {0}").format(str(self.database)),
                       self.tr("データフォルダに書き込めるか、空き容量があるかを確かめてください。"), str(exc))
            return
        progress.close()
        self.refresh()
        self.session.status.emit(self.tr("{0} 件のファイルを確かめました（新しい取引先 {1} 社、更新 {2} 社、"
                                         "読み込めなかったもの {3} 件）").format(
            report.files, report.added, report.updated, len(report.rejected)))

    def open_selected(self) -> None:
        supplier_id = self.selected_supplier()
        if supplier_id is None:
            return
        try:
            summary = suppliers.supplier_summary(self.database, supplier_id)
        except suppliers.SummaryRejected as exc:
            show_error(self, self.tr("報告書を開けませんでした"), self.tr("この取引先の報告書を開けませんでした。"),
                       self.tr("フォルダをもう一度読み込んでください。"), str(exc))
            return
        from desktop.report.html import summary_html

        dialog = QDialog(self)
        dialog.setObjectName("SupplierSummary")
        dialog.setWindowTitle(self.tr("{0} の報告書").format(summary["company"]["name"]))
        dialog.resize(900, 700)
        box = QVBoxLayout(dialog)
        self.summary_browser = QTextBrowser(dialog)
        self.summary_browser.setHtml(summary_html(summary))
        box.addWidget(self.summary_browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        box.addWidget(buttons)
        self.summary_dialog = dialog
        dialog.open()

    def export_csv(self) -> None:
        if not self.rows:
            return
        path, _ = file_dialogs.ask_save_path(self, self.session.settings, "suppliers-table", self.tr("取引先の一覧を書き出す"),
                                             "取引先の状況.csv", "CSV (*.csv)")
        if not path:
            return
        try:
            written = suppliers.write_table_csv(self.rows, path)
        except OSError as exc:
            show_error(self, self.tr("書き出せませんでした"), self.tr("ファイルを保存できませんでした: {0}").format(path),
                       self.tr("保存先のフォルダや、同じ名前のファイルが開いたままでないかを確かめてください。"), str(exc))
            return
        self.session.status.emit(self.tr("取引先の一覧を書き出しました: {0}（{1} バイト）").format(path, written))
