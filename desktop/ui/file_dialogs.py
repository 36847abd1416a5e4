"""File dialogs that open where the user expects: in Documents the first time, then in the
folder last used for the same kind of file (reports, hand-over files, supplier folders).
After a file is written, the user can open it or its folder at once.

`run_file_dialog` is the only place that shows Qt's file dialog: GUI tests answer it there
(the one seam they use for file dialogs), everything around it runs as it does for users."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def run_file_dialog(mode: str, parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
    """Qt's dialog for MODE ("save", "open" or "folder"): (path, chosen filter), ("", "") when
    cancelled."""
    if mode == "save":
        return QFileDialog.getSaveFileName(parent, title, start, filters)
    if mode == "open":
        return QFileDialog.getOpenFileName(parent, title, start, filters)
    return QFileDialog.getExistingDirectory(parent, title, start), ""


def start_folder(settings, kind: str) -> Path:
    """The folder last used for KIND if it still exists, else Documents, else home."""
    remembered = str(settings.value(f"dialogs/{kind}", "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(settings, kind: str, path: str | Path) -> None:
    folder = Path(path)
    settings.setValue(f"dialogs/{kind}", str(folder if folder.is_dir() else folder.parent))


def ask_save_path(parent: QWidget, settings, kind: str, title: str, name: str, filters: str) -> tuple[str, str]:
    """(path, chosen filter); ("", "") when cancelled. NAME is suggested in the start folder."""
    path, chosen = run_file_dialog("save", parent, title, str(start_folder(settings, kind) / name), filters)
    if path:
        remember_folder(settings, kind, path)
    return path, chosen


def ask_open_path(parent: QWidget, settings, kind: str, title: str, filters: str) -> str:
    path, _ = run_file_dialog("open", parent, title, str(start_folder(settings, kind)), filters)
    if path:
        remember_folder(settings, kind, path)
    return path


def ask_folder(parent: QWidget, settings, kind: str, title: str) -> str:
    path, _ = run_file_dialog("folder", parent, title, str(start_folder(settings, kind)), "")
    if path:
        remember_folder(settings, kind, path)
    return path


def offer_to_open(parent: QWidget, path: str | Path, what: str) -> QMessageBox:
    """After a successful write: say where the file is, and offer to open it or its folder.
    The note does not block: the user can go on working and close it later."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("files", "保存しました"),
                      QCoreApplication.translate("files", "{0}を保存しました。").format(what), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("SavedNote")
    box.setInformativeText(str(path))
    open_file = box.addButton(QCoreApplication.translate("files", "ファイルを開く"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(QCoreApplication.translate("files", "フォルダを開く"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QCoreApplication.translate("files", "閉じる"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)

    def chosen(button) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    box.buttonClicked.connect(chosen)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
