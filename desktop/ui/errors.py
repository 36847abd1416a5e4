"""Plain-language error dialogs, and a safety net that logs unexpected errors."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import safe_files

log = logging.getLogger("mamori")


class _LogFile(logging.FileHandler):
    """mamori.log; when the disk fills or the file goes away, one line on stderr instead of
    a traceback for every message, and the log stops."""

    def handleError(self, record) -> None:  # noqa: N802 - logging's name
        error = sys.exc_info()[1]
        logging.getLogger("mamori").removeHandler(self)
        try:
            print(f"mamori: the log {self.baseFilename} cannot be written any more "
                  f"({getattr(error, 'strerror', None) or error})", file=sys.stderr)
        except Exception:  # noqa: BLE001 - no stderr (a windowed app): nothing left to tell
            pass


def setup_logging(log_dir: Path) -> Path | None:
    """Log to mamori.log in the log folder; return the file's path, or None (and log to
    stderr) when the folder cannot be written: a log must never stop the app."""
    root = logging.getLogger("mamori")
    root.setLevel(logging.INFO)
    existing = next((h for h in root.handlers if isinstance(h, logging.FileHandler)), None)
    if existing is not None:
        return Path(existing.baseFilename)
    log_file = log_dir / "mamori.log"
    written: Path | None = log_file
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _LogFile(log_file, encoding="utf-8")
    except OSError as error:
        print(f"mamori: no log file: {safe_files.describe_write_problem(error, log_file)}", file=sys.stderr)
        handler = logging.StreamHandler(sys.stderr)
        written = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return written


def show_error(parent: QWidget | None, title: str, what: str, todo: str, details: str = "") -> None:
    """A dialog that says what happened and what to do; never a traceback."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(todo)
    if details:
        box.setDetailedText(details)
    box.exec()


_KINDS = {safe_files.DISK_FULL, safe_files.READ_ONLY, safe_files.MISSING_FOLDER, safe_files.NOT_A_FOLDER,
          safe_files.LOCKED, safe_files.OTHER}


def write_problem_text(error: BaseException) -> tuple[str, str] | None:
    """(cause, what to do) in plain Japanese for a failed write or read of a file or of the
    records; None when ERROR is not such a problem."""
    kind = safe_files.problem_kind(error)
    own_kind = getattr(error, "kind", None)
    if kind is None and isinstance(own_kind, str):
        kind = own_kind  # a database that cannot be written says why in its kind
        if kind not in _KINDS:
            return None
    if kind is None:
        return None
    if kind == safe_files.DISK_FULL:
        return (QCoreApplication.translate("errors", "ディスクの空きがありません。"),
                QCoreApplication.translate("errors", "いらないファイルを消して空きを作ってから、もう一度試してください。"))
    if kind == safe_files.READ_ONLY:
        return (QCoreApplication.translate("errors", "この場所には書き込めません（読み取り専用か、書き込みの権限がありません）。"),
                QCoreApplication.translate("errors", "別のフォルダーを選ぶか、書き込みの権限をもらってください。"))
    if kind == safe_files.MISSING_FOLDER:
        return (QCoreApplication.translate("errors", "保存先のフォルダーがありません。"),
                QCoreApplication.translate("errors", "フォルダーを作るか、別のフォルダーを選んでください。"))
    if kind == safe_files.NOT_A_FOLDER:
        return (QCoreApplication.translate("errors", "保存先の途中に、フォルダーではなくファイルがあります。"),
                QCoreApplication.translate("errors", "別の場所を選んでください。"))
    if kind == safe_files.LOCKED:
        return (QCoreApplication.translate("errors", "ほかのプログラムがこのファイルを使っています。"),
                QCoreApplication.translate("errors", "そのプログラムを閉じてから、もう一度試してください。"))
    return (QCoreApplication.translate("errors", "書き込みに失敗しました。"),
            QCoreApplication.translate("errors", "保存先とディスクの状態を確かめて、もう一度試してください。"))


def show_write_error(parent: QWidget | None, title: str, what: str, error: BaseException) -> None:
    """WHAT (which file or change was not saved) with the cause and what to do."""
    cause, todo = write_problem_text(error) or write_problem_text(OSError()) or ("", "")
    show_error(parent, title, f"{what}\n{cause}", todo, str(error))


def install_excepthook(log_file: Path | None) -> None:
    """Unexpected exceptions: write them to the log, tell the user what was not saved and
    where the log is. Never claims the last action was saved: it may not have been."""

    def hook(exc_type, exc, tb):
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            where = (QCoreApplication.translate("errors", "詳しい記録をこのファイルに残しました。サポートに送ってください:\n{0}").format(log_file)
                     if log_file is not None else QCoreApplication.translate("errors", "記録ファイルに書けないため、詳しい記録は残せませんでした。"))
            problem = write_problem_text(exc) if isinstance(exc, Exception) else None
            if problem is not None:
                cause, todo = problem
                show_error(None, QCoreApplication.translate("errors", "保存できませんでした"),
                           QCoreApplication.translate("errors", "{0}\n直前の操作は保存されていません。それより前に保存した記録はそのまま残っています。").format(cause),
                           f"{todo}\n{where}", str(exc))
                return
            show_error(
                None,
                QCoreApplication.translate("errors", "予期しないエラー"),
                QCoreApplication.translate("errors", "予期しないエラーが起きました。直前の操作は保存されていない可能性があります。それより前に保存した記録はそのまま残っています。"),
                where,
            )
        except Exception:  # noqa: BLE001 - the safety net must never raise itself
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
