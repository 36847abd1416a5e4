"""Hand over and remove in one step, and importing (password-protected) hand-over files.

The consultant ends a visit with one dialog: a password for the file (optional), whether to
remove the company from this PC afterwards, then where to save. The file is read back and
checked before anything is removed (storage/handover.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.handover_crypto import MIN_PASSWORD_CHARS
from desktop.ui.dialog_buttons import confirm_buttons
from desktop.ui.errors import show_error, show_write_error
from desktop.ui.operations import is_running, run_in_background


class HandOverDialog(QDialog):
    """Password (twice, or none) and "remove from this PC afterwards" for one company."""

    def __init__(self, company: str, parent: QWidget | None = None, *, remove: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("引き継ぎファイルを渡す"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(self.tr("「{0}」の記録を引き継ぎファイルに書き出します。会社のパソコンの Mamori で"
                               "「引き継ぎファイルを読み込む」を選ぶと、続きから使えます。").format(company), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.protect_box = QCheckBox(self.tr("パスワードをかける（おすすめ。パスワードがないと中身を読めません）"), self)
        self.protect_box.setChecked(True)
        layout.addWidget(self.protect_box)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("パスワード"))
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit.setAccessibleName(self.tr("パスワード（確認）"))
        form.addRow(self.tr("パスワード（{0}文字以上）").format(MIN_PASSWORD_CHARS), self.password_edit)
        form.addRow(self.tr("もう一度"), self.again_edit)
        layout.addLayout(form)
        self.protect_box.toggled.connect(self.password_edit.setEnabled)
        self.protect_box.toggled.connect(self.again_edit.setEnabled)
        self.with_files_box = QCheckBox(self.tr("★3 の証跡ファイルも含める"), self)
        self.with_files_box.setToolTip(self.tr("含めないときは、ファイルの名前とハッシュ値だけを書き出します"
                                               "（引き継ぎファイルは 20 MB まで）"))
        layout.addWidget(self.with_files_box)
        self.remove_box = QCheckBox(self.tr("書き出して確かめたあと、この会社をこのパソコンから削除する（古いバックアップからも消す）"), self)
        self.remove_box.setChecked(remove)
        layout.addWidget(self.remove_box)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("Error")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addWidget(confirm_buttons(self, self.tr("保存先を選ぶ…"), self.tr("キャンセル"), self._check))
        self.password_edit.setFocus()

    @property
    def password(self) -> str | None:
        return self.password_edit.text() if self.protect_box.isChecked() else None

    def _check(self) -> None:
        if self.protect_box.isChecked():
            if len(self.password_edit.text()) < MIN_PASSWORD_CHARS:
                self.error_label.setText(self.tr("パスワードは{0}文字以上にしてください。").format(MIN_PASSWORD_CHARS))
                self.password_edit.setFocus()
                return
            if self.password_edit.text() != self.again_edit.text():
                self.error_label.setText(self.tr("2つのパスワードが違います。同じものを入れてください。"))
                self.again_edit.setFocus()
                return
        self.accept()


def hand_over_company(window, session, *, remove: bool = True) -> bool:
    """The whole step for the current company; True when the writing has started (the
    result is shown when it ends; the company is removed only after a verified file)."""
    from desktop.storage.exchange import export_handover
    from desktop.storage.handover import HandOverFailed, finish_hand_over, write_verified
    from desktop.storage.integrity import DatabaseUnwritable
    from desktop.ui.file_dialogs import ask_save_path

    profile = session.profile
    if profile is None or is_running(window, "handover-export"):
        return False
    dialog = HandOverDialog(profile.name, window, remove=remove)
    if not dialog.exec():
        return False
    password = dialog.password
    # A protected file's name must not give the company away either.
    name = (window.tr("引き継ぎ-{0}.mamori").format(f"{dt.date.today():%Y%m%d}") if password
            else f"{profile.name}.mamori.json")
    path, _ = ask_save_path(window, session.settings, "handover", window.tr("引き継ぎファイルの保存先"), name,
                            window.tr("引き継ぎファイル (*.mamori *.json)"))
    if not path:
        return False
    remove_after = dialog.remove_box.isChecked()
    # Read from the store here; writing, sealing and reading the file back run off the GUI thread.
    data = export_handover(session.store, profile.id, with_files=dialog.with_files_box.isChecked())

    def written(_none) -> None:
        try:
            result = finish_hand_over(session.store, profile.id, path, profile.name, password=password,
                                      remove=remove_after, backup_dir=session.dirs.backup)
        except (OSError, DatabaseUnwritable) as exc:
            show_write_error(window, window.tr("削除を終えられませんでした"),
                             window.tr("引き継ぎファイルは保存して確かめました: {0}\n会社の削除は終わっていません。"
                                       "「会社を削除」でもう一度削除してください。").format(path), exc)
            session.select_profile(profile.id if session.store.find_profile(profile.id) else None)
            return
        _handed_over(window, session, result)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, HandOverFailed):
            raise exc
        show_error(window, window.tr("引き継ぎファイルを保存できませんでした"),
                   window.tr("ファイルを書き出せなかったか、読み直すと中身が違いました。会社はこのパソコンに残っています。"),
                   window.tr("別の保存先（USBメモリなど）を選んで、もう一度試してください。"), str(exc))

    return run_in_background(window, "handover-export", window.tr("引き継ぎファイルを書き出して確かめています…"),
                             lambda: write_verified(data, path, password, profile.name),
                             on_success=written, on_failure=failed)


def _handed_over(window, session, result) -> None:
    if result.removed:
        remaining = session.store.list_profiles()
        session.select_profile(remaining[0].id if remaining else None)
        text = window.tr("引き継ぎファイルを保存して確かめ、「{0}」をこのパソコンから削除しました。").format(result.name)
    else:
        text = window.tr("引き継ぎファイルを保存して確かめました。")
    box = QMessageBox(QMessageBox.Icon.Information, window.tr("引き継ぎファイルを保存しました"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("HandedOver")
    box.setInformativeText(window.tr("保存先: {0}").format(result.path)
                           + ("\n" + window.tr("パスワードは、ファイルとは別の方法（口頭や電話など）で伝えてください。")
                              if result.sealed else ""))
    session.status.emit(window.tr("保存しました: {0}").format(result.path))
    box.exec()


class PasswordDialog(QDialog):
    def __init__(self, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("パスワードを入れてください"))
        layout = QVBoxLayout(self)
        self.hint_label = label = QLabel(hint, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("パスワード"))
        layout.addWidget(self.password_edit)
        layout.addWidget(confirm_buttons(self, self.tr("開く"), self.tr("キャンセル"), self.accept))


def import_handover(parent, session, on_imported=None) -> bool:
    """Choose a hand-over file and add or merge its company; asks for the password of a
    protected file (again after a wrong one). Reading, opening and checking the file run off
    the GUI thread, the merge into the store on it. True when the reading has started;
    ON_IMPORTED() is called once the company is in."""
    from desktop.ui.file_dialogs import ask_open_path

    if is_running(parent, "handover-import"):
        return False
    path = ask_open_path(parent, session.settings, "handover", parent.tr("引き継ぎファイルを読み込む"), parent.tr("引き継ぎファイル (*.mamori *.json)"))
    if not path:
        return False
    hint = parent.tr("このファイルにはパスワードがかかっています。書き出した人から聞いたパスワードを入れてください。")
    return _read_in_background(parent, session, path, None, hint, on_imported)


def _read_in_background(parent, session, path, password, hint, on_imported) -> bool:
    from desktop.storage import exchange  # its import_handover merges; the one here asks first
    from desktop.storage.exchange import ImportRejected, PasswordProblem, read_handover

    def read(data) -> None:
        try:
            report = exchange.import_handover(session.store, data, known_item_ids=set(session.content.items))
        except ImportRejected as exc:
            _rejected(parent, exc)
            return
        session.select_profile(report.profile_id)
        QMessageBox.information(parent, parent.tr("読み込みました"),
                                parent.tr("「{0}」を読み込みました。").format(report.profile_name))
        if on_imported is not None:
            on_imported()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, PasswordProblem):
            again = hint if password is None else parent.tr(
                "パスワードが違うか、ファイルが書き出したあとで変わっています。もう一度入れてください。")
            dialog = PasswordDialog(again, parent)
            if not dialog.exec():
                session.status.emit(parent.tr("読み込みをやめました。データは何も変わっていません。"))
                return
            _read_in_background(parent, session, path, dialog.password_edit.text(), again, on_imported)
        elif isinstance(exc, ImportRejected):
            _rejected(parent, exc)
        elif isinstance(exc, OSError):
            show_write_error(parent, parent.tr("読み込めませんでした"),
                             parent.tr("ファイルを開けませんでした。データは何も変わっていません: {0}").format(path), exc)
        else:
            raise exc

    return run_in_background(parent, "handover-import", parent.tr("引き継ぎファイルを読み込んでいます…"),
                             lambda: read_handover(path, password), on_success=read, on_failure=failed)


def _rejected(parent, exc) -> None:
    show_error(parent, parent.tr("読み込めませんでした"),
               parent.tr("このファイルは引き継ぎファイルとして読み込めませんでした。データは何も変わっていません。"),
               parent.tr("書き出した人に、もう一度書き出してもらってください。"), str(exc))
