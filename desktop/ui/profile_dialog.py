"""Create or edit a company (profile); the first-start welcome uses the same dialog."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import REQUEST_LABELS, REQUESTS
from desktop.ui.dialog_buttons import confirm_buttons


class ProfileDialog(QDialog):
    """Company name, industry, size, scope and what the customer asked for."""

    def __init__(self, session, profile=None, parent: QWidget | None = None, *, welcome: bool = False):
        super().__init__(parent)
        self.session = session
        self.editing = profile
        self.profile = None
        self.setWindowTitle(self.tr("会社情報") if profile else self.tr("新しい会社"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if welcome:
            intro = QLabel(self.tr(
                "<h2>Mamori へようこそ</h2>"
                "<p>Mamori は、会社の情報セキュリティの準備を、学ぶ → 取り組む → 取引先に説明する、"
                "の順にお手伝いします。データはこのパソコンの中だけに保存され、インターネットには送られません。</p>"
                "<p>はじめに、あなたの会社について教えてください。あとから変更できます。</p>"), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("例: 株式会社みどり精工"))
        self.industry_combo = QComboBox(self)
        self.industry_combo.setEditable(True)
        self.industry_combo.addItems([
            "", self.tr("製造業"), self.tr("卸売・小売業"), self.tr("建設業"), self.tr("運輸業"),
            self.tr("情報通信業"), self.tr("医療・福祉"), self.tr("サービス業"), self.tr("その他"),
        ])
        self.employees_spin = QSpinBox(self)
        self.employees_spin.setRange(0, 100000)
        self.employees_spin.setSpecialValueText(self.tr("未入力"))
        self.employees_spin.setSuffix(self.tr(" 人"))
        self.scope_edit = QLineEdit(self)
        self.scope_edit.setPlaceholderText(self.tr("例: 本社と第二工場（全社）"))
        for label, field in ((self.tr("会社名(&N)"), self.name_edit), (self.tr("業種(&I)"), self.industry_combo),
                             (self.tr("従業員数(&E)"), self.employees_spin), (self.tr("対象範囲(&S)"), self.scope_edit)):
            field.setAccessibleName(re.sub(r"\(&.\)", "", label).replace("&", ""))  # read by its label
            form.addRow(label, field)
        layout.addLayout(form)
        group = QGroupBox(self.tr("取引先から求められていること（いくつでも）"), self)
        group_layout = QVBoxLayout(group)
        self.request_boxes: dict[str, QCheckBox] = {}
        for key in REQUESTS:
            box = QCheckBox(REQUEST_LABELS[key].get(session.lang), group)
            self.request_boxes[key] = box
            group_layout.addWidget(box)
        layout.addWidget(group)
        self.guide_box = None
        if welcome:
            self.guide_box = QCheckBox(self.tr("保存したあと「うちに必要なのは？」の質問（2分ほど）で、取り組む目標を決める"), self)
            self.guide_box.setChecked(True)
            layout.addWidget(self.guide_box)
        self.error_label = QLabel("", self)
        self.error_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error_label)
        buttons = confirm_buttons(self, self.tr("保存"), self.tr("キャンセル"), self.save,
                                  ok=QDialogButtonBox.StandardButton.Save)
        self.import_requested = False
        if welcome:  # the company's own PC, after a consultation: continue from the hand-over file
            self.import_button = buttons.addButton(self.tr("引き継ぎファイルを読み込む…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.import_button.clicked.connect(self._import_instead)
        layout.addWidget(buttons)
        if profile is not None:
            self.name_edit.setText(profile.name)
            self.industry_combo.setCurrentText(profile.industry or "")
            self.employees_spin.setValue(profile.employees or 0)
            self.scope_edit.setText(profile.scope or "")
            for key in profile.requested:
                if key in self.request_boxes:
                    self.request_boxes[key].setChecked(True)
        self.name_edit.setFocus()

    def _import_instead(self) -> None:
        self.import_requested = True
        self.reject()

    def values(self) -> dict:
        return {
            "name": self.name_edit.text().strip(),
            "industry": self.industry_combo.currentText().strip(),
            "employees": self.employees_spin.value() or None,
            "scope": self.scope_edit.text().strip(),
            "requested": [key for key, box in self.request_boxes.items() if box.isChecked()],
        }

    def save(self) -> None:
        values = self.values()
        if not values["name"]:
            self.error_label.setText(self.tr("会社名を入力してください。"))
            self.name_edit.setFocus()
            return
        store = self.session.store
        if self.editing is None:
            name = values.pop("name")
            self.profile = store.create_profile(name, **values)
        else:
            self.profile = store.update_profile(self.editing.id, **values)
        self.accept()


@dataclass(frozen=True)
class DeleteConfirmed:
    """The user confirmed deleting a company; and whether older backups go too."""

    purge_backups: bool


def confirm_delete_profile(parent: QWidget, name: str) -> DeleteConfirmed | None:
    """Ask before deleting a company; the default button is 'cancel'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("会社を削除"))
    box.setText(parent.tr("「{0}」の記録をすべて削除しますか？").format(name))
    box.setInformativeText(parent.tr(
        "学習の記録、チェックリスト、自社診断の回答、変更の履歴がこのパソコンから完全に消え、元に戻せません。"
        "残しておきたい場合は、先に「引き継ぎファイルを書き出す」で保存してください。"))
    purge = QCheckBox(parent.tr("古いバックアップからも消す（ほかの会社の記録は新しいバックアップに残ります）"), box)
    purge.setChecked(True)
    box.setCheckBox(purge)
    delete = box.addButton(parent.tr("削除する"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(parent.tr("キャンセル"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return None
    return DeleteConfirmed(purge_backups=purge.isChecked())
