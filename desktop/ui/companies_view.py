"""会社の一覧: every company on this PC, for the consultant. Sort by any column, search by
name, open one, add one (it opens on the self-check), export the table as CSV, and remove
many companies after the event with one confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.companies import company_rows, rows_csv
from desktop.ui.errors import show_write_error
from desktop.ui.file_export import export_in_background

ID_ROLE = int(Qt.ItemDataRole.UserRole)
SORT_ROLE = ID_ROLE + 1


class _Cell(QTableWidgetItem):
    """A cell that sorts by its sort key (numbers as numbers, dates as dates)."""

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class CompaniesDialog(QDialog):
    def __init__(self, window, session):
        super().__init__(window)
        self.window_ = window
        self.session = session
        self.rows = []
        self.setWindowTitle(self.tr("会社の一覧"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新しい会社で自社診断を始める…"), self)
        self.new_button.clicked.connect(self.new_company)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("会社名で絞り込む"))
        self.search.setAccessibleName(self.tr("会社名で絞り込む"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("会社"), self.tr("最後の作業"), self.tr("自社診断"),
                                              self.tr("目標"), self.tr("進み具合")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)  # dates, scores and progress are never cut off
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # by name at first
        self.table.setSortingEnabled(True)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel("", self)
        layout.addWidget(self.count_label)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("開く"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.csv_button = QPushButton(self.tr("CSV に書き出す…"), self)
        self.csv_button.clicked.connect(self.export_csv)
        self.remove_button = QPushButton(self.tr("選んだ会社を削除…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("閉じる"), self)
        close.clicked.connect(self.reject)
        for button in (self.open_button, self.csv_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()
        self.search.setFocus()

    # -- table --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.rows = company_rows(self.session.store, self.session.content)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for index, company in enumerate(self.rows):
            last = company.last_activity.astimezone()
            score = self.tr("未回答") if company.score is None else self.tr("{0} 点（{1}/25 問）").format(
                company.score, company.answered)
            cells = [
                (company.name, company.name),
                (f"{last:%Y-%m-%d %H:%M}", last.timestamp()),
                (score, -1000 if company.score is None else company.score),
                ("、".join(company.targets) or self.tr("未設定"), "、".join(company.targets)),
                (self.tr("{0}%（{1}/{2}）").format(company.percent, company.done, company.total), company.percent),
            ]
            for column, (text, key) in enumerate(cells):
                cell = _Cell(text)
                cell.setData(SORT_ROLE, key)
                cell.setData(ID_ROLE, company.id)
                self.table.setItem(index, column, cell)
        self.table.setSortingEnabled(True)
        self.apply_filter()

    def apply_filter(self) -> None:
        wanted = self.search.text().strip().casefold()
        shown = 0
        for index in range(self.table.rowCount()):
            hidden = bool(wanted) and wanted not in self.table.item(index, 0).text().casefold()
            self.table.setRowHidden(index, hidden)
            shown += not hidden
        self.count_label.setText(self.tr("{0} 社を表示（このパソコンに {1} 社）").format(shown, self.table.rowCount()))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(ID_ROLE) for r in rows if not self.table.isRowHidden(r)]

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.open_button.setEnabled(count == 1)
        self.remove_button.setEnabled(count > 0)

    # -- actions ------------------------------------------------------------------------
    def open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self.session.select_profile(ids[0])
        self.accept()

    def new_company(self) -> None:
        from desktop.ui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.session, None, self)
        if dialog.exec() and dialog.profile is not None:
            self.session.select_profile(dialog.profile.id)
            self.session.status.emit(self.tr("「{0}」を作成しました").format(dialog.profile.name))
            self.accept()
            self.window_.show_page("selfcheck")

    def export_csv(self) -> None:
        from desktop.core.safe_files import write_text_atomic
        from desktop.ui.file_dialogs import ask_save_path

        path, _ = ask_save_path(self, self.session.settings, "companies", self.tr("会社の一覧を書き出す"),
                                self.tr("会社の一覧.csv"), self.tr("CSV (*.csv)"))
        if not path:
            return
        text = "\ufeff" + rows_csv(self.rows)
        export_in_background(self, self.session, "companies-csv", self.tr("会社の一覧を書き出しています…"),
                             lambda: write_text_atomic(path, text), path,
                             saved=self.tr("書き出しました: {0}"), what=self.tr("会社の一覧"),
                             failed=self.tr("書き出せませんでした"),
                             not_saved=self.tr("会社の一覧は保存されていません: {0}"), disable=(self.csv_button,))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = [r.name for r in self.rows if r.id in ids]
        box = QMessageBox(self)
        box.setObjectName("RemoveCompanies")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("会社を削除"))
        box.setText(self.tr("{0} 社の記録をすべて削除しますか？").format(len(names)))
        shown = "、".join(names[:10]) + (self.tr(" ほか {0} 社").format(len(names) - 10) if len(names) > 10 else "")
        box.setInformativeText(self.tr("{0}\n\nこのパソコンから完全に消え、元に戻せません。引き継ぎファイルを渡し終えたか、"
                                       "確かめてから削除してください。").format(shown))
        purge = QCheckBox(self.tr("古いバックアップからも消す（ほかの会社の記録は新しいバックアップに残ります）"), box)
        purge.setChecked(True)
        box.setCheckBox(purge)
        delete = box.addButton(self.tr("削除する"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("キャンセル"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        self._remove(ids, purge.isChecked())

    def _remove(self, ids: list[str], purge_backups: bool) -> None:
        from desktop.storage.handover import remove_companies
        from desktop.storage.integrity import DatabaseUnwritable

        store = self.session.store
        try:
            removed = len(remove_companies(store, ids, backup_dir=self.session.dirs.backup if purge_backups else None))
        except (OSError, DatabaseUnwritable) as exc:
            removed = len(getattr(exc, "removed_so_far", []))
            show_write_error(self, self.tr("削除を終えられませんでした"),
                             self.tr("{0} 社のうち {1} 社を削除しました。古いバックアップは消えていないことがあります。")
                             .format(len(ids), removed), exc)
        current = self.session.profile
        if current is None or current.id in ids:
            remaining = store.list_profiles()
            self.session.select_profile(remaining[0].id if remaining else None)
        self.session.status.emit(self.tr("{0} 社を削除しました").format(removed))
        self.refresh()


def show_companies(window, session) -> None:
    CompaniesDialog(window, session).exec()
