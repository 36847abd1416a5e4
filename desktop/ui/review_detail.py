"""The selected ★3 criterion in the review window: the company's own judgement with its
reason, the evidence it rests on (description, dates, attached files), the confirmations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.star3_store import EvidenceFileRejected, Star3Store
from desktop.ui.errors import show_error


def _date_or_none(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


class CriterionPanel(QWidget):
    """Judgement and evidence of one criterion; emits `changed` after every saved change."""

    changed = Signal(str)  # a status-bar message

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.records = Star3Store(session.store)
        self.assessment = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        layout.addWidget(self.heading)
        self.derived_label = QLabel(self)
        self.derived_label.setWordWrap(True)
        layout.addWidget(self.derived_label)
        form = QFormLayout()
        self.judgement_combo = QComboBox(self)
        for value, label in (("", self.tr("項目の回答から判定する")), ("met", self.tr("達成（同等の対策など）")),
                             ("partial", self.tr("一部達成")), ("not_met", self.tr("未達成")), ("na", self.tr("該当しない"))):
            self.judgement_combo.addItem(label, value)
        self.judgement_combo.setToolTip(self.tr("項目がこの会社に合わないとき（同等の別の対策をしているなど）に、"
                                                "会社としての判断と理由を記録します"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("判断の理由（例: 入館カードで同等に管理している）"))
        self.save_judgement_button = QPushButton(self.tr("判断を保存"), self)
        self.save_judgement_button.clicked.connect(self.save_judgement)
        self.judgement_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.judgement_combo.setMinimumContentsLength(10)
        form.addRow(self.tr("会社の判断:"), self.judgement_combo)
        # The reason on a row of its own: beside the button it was too narrow to read.
        form.addRow(self.tr("理由:"), self.reason_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_judgement_button)
        form.addRow("", row)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("根拠（証跡）:"), self))
        self.evidence_list = QListWidget(self)
        self.evidence_list.setAccessibleName(self.tr("根拠（証跡）の一覧"))
        self.evidence_list.setMaximumHeight(110)
        self.evidence_list.setWordWrap(True)  # a long description with its dates stays readable
        self.evidence_list.currentRowChanged.connect(self._record_chosen)
        layout.addWidget(self.evidence_list)
        self.description_edit = QLineEdit(self)
        self.description_edit.setPlaceholderText(self.tr("何が根拠か（例: 情報セキュリティ規程 第3版）"))
        self.effective_edit = QLineEdit(self)
        self.effective_edit.setPlaceholderText(self.tr("有効になった日 YYYY-MM-DD"))
        self.effective_edit.setToolTip(self.tr("有効になった日 YYYY-MM-DD"))
        self.expires_edit = QLineEdit(self)
        self.expires_edit.setPlaceholderText(self.tr("期限 YYYY-MM-DD（なければ空欄）"))
        self.expires_edit.setToolTip(self.tr("期限 YYYY-MM-DD（なければ空欄）"))
        self.add_button = QPushButton(self.tr("根拠を追加"), self)
        self.add_button.clicked.connect(self.add_evidence)
        self.update_button = QPushButton(self.tr("選んだ根拠を更新"), self)
        self.update_button.setToolTip(self.tr("一覧で選んだ根拠の説明・有効になった日・期限を、上の欄の内容に書き換えます"))
        self.update_button.clicked.connect(self.update_evidence)
        layout.addWidget(self.description_edit)
        dates_row = QHBoxLayout()  # the dates on a row of their own: beside the buttons they were cut off
        for label, widget in ((self.tr("有効:"), self.effective_edit), (self.tr("期限:"), self.expires_edit)):
            dates_row.addWidget(QLabel(label, self))  # the placeholders go once a date is in the field
            dates_row.addWidget(widget, 1)
        layout.addLayout(dates_row)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.update_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        file_row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("ファイルを添付…"), self)
        self.attach_button.setToolTip(self.tr("選んだ根拠にファイル（20 MB まで）を添付します。"
                                              "ファイルは Mamori のデータフォルダに写して保管します"))
        self.attach_button.clicked.connect(self.attach_file)
        self.open_button = QPushButton(self.tr("ファイルを開く"), self)
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(self.tr("根拠を削除"), self)
        self.remove_button.clicked.connect(self.remove_evidence)
        for widget in (self.attach_button, self.open_button, self.remove_button):
            file_row.addWidget(widget)
        file_row.addStretch(1)
        layout.addLayout(file_row)
        self.history_label = QLabel(self)
        self.history_label.setWordWrap(True)
        self.history_label.setObjectName("Hint")
        layout.addWidget(self.history_label)
        layout.addStretch(1)
        self.show_assessment(None)

    # -- showing -----------------------------------------------------------------------

    def show_assessment(self, assessment) -> None:
        self.assessment = assessment
        from desktop.core.scoring import REQUIREMENT_STATUS_LABELS

        if assessment is None:
            self.heading.setText(self.tr("一覧から評価基準を選んでください。"))
            self.derived_label.clear()
            self.evidence_list.clear()
            self.history_label.clear()
            self._enable()
            return
        scheme = self.session.content.schemes["scs"]
        self.heading.setText(self.tr("{0}　{1}").format(assessment.id,
                                                      scheme.requirements[assessment.id].title.get(self.session.lang)))
        derived = REQUIREMENT_STATUS_LABELS[assessment.derived].get(self.session.lang)
        self.derived_label.setText(self.tr("項目の回答から: {0}（対応する項目 {1} 件）").format(derived, len(assessment.items)))
        judged = assessment.judgement
        self.judgement_combo.setCurrentIndex(max(self.judgement_combo.findData(judged.status if judged else ""), 0))
        self.reason_edit.setText(judged.reason if judged else "")
        self.evidence_list.clear()
        for record in assessment.evidence:
            files = self.tr("、").join(f.name for f in record.files)
            text = self.tr("{0}（{1} 〜 {2}）").format(record.description, record.effective or "—", record.expires or "—")
            text += self.tr("　添付: {0}").format(files) if files else ""
            entry = QListWidgetItem(text, self.evidence_list)
            entry.setToolTip(text)
            entry.setData(256, record)
        history = self.records.confirmation_history(self.session.profile.id, assessment.id)
        lines = [self.tr("第{0}版 {1} {2}（{3}）").format(
            c.version, c.at.astimezone().strftime("%Y-%m-%d %H:%M"),
            self.tr("{0}・{1}").format(c.by, c.org) if c.org else c.by,
            self.tr("社外") if c.external else self.tr("社内")) + (self.tr("：{0}").format(c.advice) if c.advice else "")
            for c in reversed(history)]
        self.history_label.setText(self.tr("専門家の確認の記録:") + ("\n" + "\n".join(lines) if lines else self.tr(" まだありません")))
        self._enable()

    def _enable(self) -> None:
        has = self.assessment is not None
        record = self._current_record()
        for widget in (self.judgement_combo, self.reason_edit, self.save_judgement_button, self.description_edit,
                       self.effective_edit, self.expires_edit, self.add_button):
            widget.setEnabled(has)
        self.attach_button.setEnabled(record is not None)
        self.update_button.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)
        self.open_button.setEnabled(record is not None and bool(record.files))

    def _record_chosen(self, _row: int) -> None:
        """Show the chosen record's description and dates in the fields, ready to change."""
        record = self._current_record()
        if record is not None:
            self.description_edit.setText(record.description)
            self.effective_edit.setText(record.effective.isoformat() if record.effective else "")
            self.expires_edit.setText(record.expires.isoformat() if record.expires else "")
        self._enable()

    def _current_record(self):
        entry = self.evidence_list.currentItem()
        return entry.data(256) if entry is not None else None

    # -- actions -------------------------------------------------------------------------

    def save_judgement(self) -> None:
        status = self.judgement_combo.currentData() or None
        try:
            self.records.set_judgement(self.session.profile.id, self.assessment.id, status, self.reason_edit.text())
        except ValueError:
            show_error(self, self.tr("保存できませんでした"), self.tr("会社の判断には理由が必要です。"),
                       self.tr("理由を書いてから、もう一度「判断を保存」を押してください。"))
            return
        self.changed.emit(self.tr("{0} の判断を保存しました").format(self.assessment.id))

    def add_evidence(self) -> None:
        dates = self._dates_typed(self.tr("追加できませんでした"), self.tr("根拠はまだ追加されていません。"))
        if dates is None:
            return
        effective, expires = dates
        try:
            self.records.add_evidence(self.session.profile.id, self.assessment.id, self.description_edit.text(),
                                      effective=effective, expires=expires)
        except ValueError:
            show_error(self, self.tr("追加できませんでした"), self.tr("何が根拠かを書いてください。"),
                       self.tr("根拠はまだ追加されていません。"))
            return
        for edit in (self.description_edit, self.effective_edit, self.expires_edit):
            edit.clear()
        self.changed.emit(self.tr("{0} に根拠を追加しました").format(self.assessment.id))

    def _dates_typed(self, title: str, unsaved: str):
        """(effective, expires) from the fields, or None after saying which was not a date."""
        try:
            return _date_or_none(self.effective_edit.text()), _date_or_none(self.expires_edit.text())
        except ValueError:
            show_error(self, title, self.tr("日付は 2026-04-01 のように書いてください。"), unsaved)
            return None

    def update_evidence(self) -> None:
        record = self._current_record()
        if record is None:
            return
        unsaved = self.tr("根拠はまだ変更されていません。")
        dates = self._dates_typed(self.tr("更新できませんでした"), unsaved)
        if dates is None:
            return
        try:
            self.records.update_evidence(self.session.profile.id, record.id, description=self.description_edit.text(),
                                         effective=dates[0], expires=dates[1])
        except ValueError:
            show_error(self, self.tr("更新できませんでした"), self.tr("何が根拠かを書いてください。"), unsaved)
            return
        for edit in (self.description_edit, self.effective_edit, self.expires_edit):
            edit.clear()
        self.changed.emit(self.tr("{0} の根拠を更新しました").format(self.assessment.id))

    def attach_file(self) -> None:
        record = self._current_record()
        if record is None:
            return
        from desktop.ui.file_dialogs import ask_open_path

        path = ask_open_path(self, self.session.settings, "evidence", self.tr("根拠として添付するファイル"),
                             self.tr("すべてのファイル (*)"))
        if not path:
            return
        try:
            self.records.attach_file(self.session.profile.id, record.id, path)
        except EvidenceFileRejected as exc:
            show_error(self, self.tr("添付できませんでした"), self.tr("ファイルは添付されていません。"),
                       self.tr("20 MB より大きいファイルは添付できません。読めるファイルか、容量を確かめてください。"),
                       str(exc))
            return
        self.changed.emit(self.tr("ファイルを添付しました"))

    def open_file(self) -> None:
        record = self._current_record()
        if record is None or not record.files:
            return
        path = self.records.file_path(record.files[-1].sha256)
        if path is None:
            QMessageBox.information(self, self.tr("ファイルを開く"),
                                    self.tr("このファイルはこのパソコンにありません（引き継ぎファイルに含めずに移した記録です）。"))
            return
        # Kept under its hash without a name: open a copy that has its own name (and type).
        import shutil
        import tempfile
        from pathlib import Path

        copy = Path(tempfile.mkdtemp(prefix="mamori-evidence-")) / Path(record.files[-1].name).name
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            show_error(self, self.tr("ファイルを開けませんでした"), self.tr("一時フォルダに写せませんでした。"),
                       self.tr("空き容量を確かめてください。"), str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def remove_evidence(self) -> None:
        record = self._current_record()
        if record is None:
            return
        self.records.remove_evidence(self.session.profile.id, record.id)
        self.changed.emit(self.tr("根拠を削除しました"))
