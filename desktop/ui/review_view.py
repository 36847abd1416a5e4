"""★3 の確認: the expert's review of the company's ★3 self-assessment, and management's pledge.

Criteria in the scheme's order with a filter (未確認 / 確認後に変更あり / 未達); the expert
ticks criteria, ticks 「回答・範囲・根拠を確認しました」 and confirms them at once. The pledge
page is written as a PDF to print and sign; the signed pledge is recorded with a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import star3_actions as actions
from desktop.core import star3
from desktop.core.scoring import REQUIREMENT_STATUS_LABELS
from desktop.ui.refresh import RefreshWhenShown
from desktop.ui.review_detail import CriterionPanel


class ReviewView(RefreshWhenShown, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.assessments: list[star3.CriterionAssessment] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("★3 の確認（専門家の確認と経営層の宣誓）"), self)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("★3 は、会社の自己評価を社内外の専門家が確認して助言し、経営層が宣誓するしくみです。"
                              "専門家は評価基準ごとに回答・範囲・根拠を確かめ、確認済みにします。"
                              "確認の後で回答や根拠が変わると「確認後に変更あり」になり、もう一度見てもらいます。"
                              "Mamori は記録するだけで、どこにも登録や届出をしません。"), self)
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("表示:"), self))
        self.filter_combo = QComboBox(self)
        for value, label in (("all", self.tr("すべて")), ("unconfirmed", self.tr("未確認")),
                             ("changed", self.tr("確認後に変更あり")), ("not_met", self.tr("未達"))):
            self.filter_combo.addItem(label, value)
        self.review_labels = {"unconfirmed": self.tr("未確認"), "changed": self.tr("確認後に変更あり（見直しが必要）"),
                              "current": self.tr("確認済み")}
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._fill_tree())
        filter_row.addWidget(self.filter_combo)
        self.count_label = QLabel(self)
        filter_row.addWidget(self.count_label, 1)
        self.tick_all_button = QPushButton(self.tr("表示中をすべて選ぶ"), self)
        self.tick_all_button.clicked.connect(self.tick_all)
        filter_row.addWidget(self.tick_all_button)
        layout.addLayout(filter_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setAccessibleName(self.tr("★3 の評価基準"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("評価基準"), self.tr("内容"), self.tr("自己評価"), self.tr("根拠"),
                                   self.tr("専門家の確認")])
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 250)
        self.tree.setColumnWidth(2, 130)
        self.tree.setColumnWidth(3, 64)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_current(item))
        self.tree.itemChanged.connect(lambda _item, _col: self._enable_confirm())
        scroller = QScrollArea(splitter)  # the panel keeps its height and scrolls on a small screen
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel = CriterionPanel(session, scroller)
        scroller.setWidget(self.panel)
        self.panel.changed.connect(self._after_change)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 560])
        layout.addWidget(splitter, 1)
        layout.addWidget(self._confirm_box())
        layout.addWidget(self._pledge_box())
        self.watch(session)

    def _confirm_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("専門家の確認"), self)
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.by_edit = QLineEdit(box)
        self.by_edit.setPlaceholderText(self.tr("確認した人の氏名"))
        self.org_edit = QLineEdit(box)
        self.org_edit.setPlaceholderText(self.tr("所属（会社名・事務所名など）"))
        self.external_box = QCheckBox(self.tr("社外の専門家"), box)
        for widget in (self.by_edit, self.org_edit):
            widget.textChanged.connect(lambda _t: self._enable_confirm())
            row.addWidget(widget, 1)
        row.addWidget(self.external_box)
        column.addLayout(row)
        row = QHBoxLayout()
        self.advice_edit = QLineEdit(box)
        self.advice_edit.setPlaceholderText(self.tr("助言（足りない点、次にすること、根拠の例）"))
        row.addWidget(self.advice_edit, 2)
        self.checked_box = QCheckBox(self.tr("回答・範囲・根拠を確認しました"), box)
        self.checked_box.toggled.connect(lambda _on: self._enable_confirm())
        self.confirm_button = QPushButton(self.tr("選んだ評価基準を確認済みにする"), box)
        self.confirm_button.setObjectName("Primary")
        self.confirm_button.clicked.connect(self.confirm_ticked)
        row.addWidget(self.checked_box)
        row.addWidget(self.confirm_button)
        column.addLayout(row)
        return box

    def _pledge_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("経営層の宣誓"), self)
        row = QHBoxLayout(box)
        self.pledge_label = QLabel(box)
        self.pledge_label.setWordWrap(True)
        self.print_pledge_button = QPushButton(self.tr("宣誓書を書き出す（PDF）…"), box)
        self.print_pledge_button.clicked.connect(self.write_pledge_page)
        self.record_pledge_button = QPushButton(self.tr("署名された宣誓を記録…"), box)
        self.record_pledge_button.clicked.connect(self.record_pledge)
        row.addWidget(self.pledge_label, 1)
        row.addWidget(self.print_pledge_button)
        row.addWidget(self.record_pledge_button)
        return box

    # -- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        profile = self.session.profile
        self.assessments = [] if profile is None else actions.assessments(self.session.store, self.session.content,
                                                                         profile.id)
        self._fill_tree()
        pledge = None if profile is None else actions.current_pledge(self.session.store, profile.id)
        self.pledge_label.setText(self.tr("宣誓: {0}（{1}）").format(pledge.date.isoformat(), pledge.by) if pledge
                                  else self.tr("宣誓はまだ記録されていません。宣誓書を印刷し、署名・押印してから記録します。"))
        for widget in (self.print_pledge_button, self.record_pledge_button):
            widget.setEnabled(profile is not None)

    def _fill_tree(self) -> None:
        current = self.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) if self.tree.currentItem() else None
        shown = star3.filter_criteria(self.assessments, self.filter_combo.currentData())
        lang = self.session.lang
        scheme = self.session.content.schemes.get("scs")
        self.tree.blockSignals(True)
        self.tree.clear()
        for a in shown:
            status = REQUIREMENT_STATUS_LABELS[a.status].get(lang) + (self.tr("（会社の判断）") if a.judgement else "")
            title = scheme.requirements[a.id].title.get(lang)
            row = QTreeWidgetItem(self.tree, [a.id, title, status, str(len(a.evidence)) if a.evidence else "—",
                                              self.review_labels[a.review]])
            row.setData(0, Qt.ItemDataRole.UserRole, a.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked)
            row.setToolTip(1, title)
            row.setToolTip(4, self.review_labels[a.review])
            if a.id == current:
                self.tree.setCurrentItem(row)
        self.tree.blockSignals(False)
        counts = star3.overview(self.assessments, None)
        self.count_label.setText(self.tr("{0} 件表示（★3 の {1} 基準のうち 確認済み {2}、変更あり {3}、未確認 {4}）").format(
            len(shown), counts.total, counts.confirmed, counts.changed, counts.unconfirmed))
        self._show_current(self.tree.currentItem())
        self._enable_confirm()

    def _show_current(self, item) -> None:
        wanted = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.panel.show_assessment(next((a for a in self.assessments if a.id == wanted), None))

    def ticked(self) -> list[str]:
        return [self.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) for n in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(n).checkState(0) == Qt.CheckState.Checked]

    def _enable_confirm(self) -> None:
        ready = bool(self.ticked()) and self.checked_box.isChecked() and bool(self.by_edit.text().strip())
        self.confirm_button.setEnabled(ready)
        self.tick_all_button.setEnabled(self.tree.topLevelItemCount() > 0)

    # -- actions -------------------------------------------------------------------------

    def tick_all(self) -> None:
        for n in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(n).setCheckState(0, Qt.CheckState.Checked)

    def confirm_ticked(self) -> None:
        ids = self.ticked()
        from desktop.ui.errors import show_error

        try:
            made = actions.confirm(self.session.store, self.session.content, self.session.profile.id, ids,
                                   by=self.by_edit.text(), org=self.org_edit.text(),
                                   external=self.external_box.isChecked(), advice=self.advice_edit.text())
        except ValueError as exc:
            show_error(self, self.tr("確認を記録できませんでした"), self.tr("何も記録されていません。"), str(exc))
            return
        self.checked_box.setChecked(False)  # the next batch is checked again on its own
        self.advice_edit.clear()
        self._after_change(self.tr("{0} 件の評価基準を確認済みにしました").format(len(made)))

    def _after_change(self, message: str) -> None:
        self.session.changed("star3", message)
        self.refresh()

    def write_pledge_page(self) -> bool:
        """Ask where to save the pledge page (the one file-dialog seam) and write the PDF."""
        from desktop.ui.errors import show_write_error
        from desktop.ui.file_dialogs import ask_save_path, offer_to_open

        profile = self.session.profile
        path, _ = ask_save_path(self, self.session.settings, "report", self.tr("宣誓書を書き出す"),
                                f"{profile.name}_宣誓書_SCS★3.pdf", "PDF (*.pdf)")
        if not path:
            return False
        try:
            actions.write_pledge_page(self.session.store, self.session.content, profile.id, path)
        except OSError as exc:
            show_write_error(self, self.tr("書き出せませんでした"), self.tr("宣誓書は保存されていません: {0}").format(path), exc)
            return False
        self.session.status.emit(self.tr("宣誓書を書き出しました: {0}").format(path))
        offer_to_open(self, path, self.tr("宣誓書"))
        return True

    def record_pledge(self) -> None:
        from desktop.ui.pledge_dialog import PledgeDialog

        dialog = PledgeDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("宣誓を記録しました"))


class ReviewWindow(QDialog):
    """The review screen in its own window beside the main one (not modal)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("★3 の確認"))
        self.setModal(False)
        self.view = ReviewView(session, self)
        QVBoxLayout(self).addWidget(self.view)
        self.resize(1100, 760)


def open_review_window(parent, session) -> ReviewWindow:
    """Show the review window (one per main window), raised if already open."""
    window = getattr(parent.window(), "_review_window", None)
    if window is None:
        window = ReviewWindow(session, parent.window())
        parent.window()._review_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
