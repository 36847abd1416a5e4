"""One Mamori per data folder: a second start on the same folder says so instead of
opening the same database twice. A lock left behind by a crash does not block: QLockFile
sees that the process that held it is gone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

LOCK_NAME = "mamori.lock"


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """The held lock, to keep for the life of the window; None when another Mamori on this
    computer has the folder open."""
    lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old it is
    if lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError and lock.removeStaleLockFile() and lock.tryLock(100):
        return lock
    return None


def already_open_message() -> tuple[str, str]:
    title = QCoreApplication.translate("instance", "Mamori はすでに開いています")
    text = QCoreApplication.translate(
        "instance",
        "このデータのフォルダは、別の Mamori のウィンドウで開かれています。"
        "タスクバーから、開いている Mamori のウィンドウに切り替えてください。")
    return title, text
