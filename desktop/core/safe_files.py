"""Writing a file so that it is either complete or not there, and saying why a write failed.

Every file Mamori writes for the user (summary, hand-over file, caches) goes through
`write_bytes_atomic`: the bytes go to a hidden file in the same folder, are synced, and
only then take the real name. A full disk, a read-only folder or a kill half-way leaves
the old file (or no file), never an empty or cut-off one. Code that renames a file of its
own into place flushes it first and its folder afterwards (`flush_file`, `flush_folder`).

`problem_kind` sorts a failed write (an OSError, or a SQLite error by its error name) into
the few causes a user can act on; `describe_write_problem` turns it into one plain
sentence for the command line. The window has its own Japanese wording (desktop/ui/errors.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import time
from pathlib import Path

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
MISSING_FOLDER = "missing_folder"
NOT_A_FOLDER = "not_a_folder"
LOCKED = "locked"
OTHER = "other"

_ERRNO_KINDS = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EFBIG: DISK_FULL,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EROFS: READ_ONLY,
    errno.ENOENT: MISSING_FOLDER,
    errno.ENOTDIR: NOT_A_FOLDER,
    errno.EISDIR: NOT_A_FOLDER,
    errno.EEXIST: NOT_A_FOLDER,  # mkdir where a file of that name is
    errno.EBUSY: LOCKED,
    errno.ETXTBSY: LOCKED,
}
# Windows: another program has the file open (sharing or lock violation).
_WINERROR_LOCKED = {32, 33}


def problem_kind(error: BaseException) -> str | None:
    """DISK_FULL, READ_ONLY, MISSING_FOLDER, NOT_A_FOLDER, LOCKED or OTHER for a failed
    write; None when ERROR is not a file or database problem at all (a bug)."""
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):
        if name.startswith("SQLITE_FULL"):
            return DISK_FULL
        if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
            return READ_ONLY
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return LOCKED
        if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR")):
            return OTHER
        return None
    if isinstance(error, OSError):
        if getattr(error, "winerror", None) in _WINERROR_LOCKED:
            return LOCKED
        return _ERRNO_KINDS.get(error.errno or 0, OTHER)
    return None


_WRITE_SENTENCES = {
    DISK_FULL: "not saved: the disk is full. Free some space or choose another drive, then try again.",
    READ_ONLY: "not saved: this file or folder cannot be written (read-only or no permission). "
               "Choose another folder, or ask for write access.",
    MISSING_FOLDER: "not saved: the folder it goes in does not exist. Create the folder or choose another one.",
    NOT_A_FOLDER: "not saved: part of this path is a file, not a folder. Choose another place.",
    LOCKED: "not saved: another program is using the file. Close it and try again.",
}
_READ_SENTENCES = {
    MISSING_FOLDER: "no such file or folder. Check the name and try again.",
    READ_ONLY: "no permission to use this file or folder. Ask for access, or choose another one.",
    NOT_A_FOLDER: "a file is where a folder should be (or a folder where a file should be). Choose another path.",
    DISK_FULL: "the disk is full. Free some space, then try again.",
    LOCKED: "another program is using the file. Close it and try again.",
}


def describe_write_problem(error: BaseException, path: str | os.PathLike[str] | None = None) -> str:
    """One plain English sentence: what was not written, why, and what to do."""
    return _sentence(error, path, _WRITE_SENTENCES, f"not saved ({getattr(error, 'strerror', None) or error}).")


def describe_read_problem(error: BaseException, path: str | os.PathLike[str] | None = None) -> str:
    """One plain English sentence for a file or folder that could not be read or used."""
    return _sentence(error, path, _READ_SENTENCES, f"cannot be used ({getattr(error, 'strerror', None) or error}).")


def _sentence(error: BaseException, path: str | os.PathLike[str] | None, sentences: dict[str, str],
              otherwise: str) -> str:
    """`PATH: ` and the sentence for ERROR's kind of problem (OTHERWISE for any other)."""
    where = f"{path}: " if path is not None else ""
    return where + sentences.get(problem_kind(error) or OTHER, otherwise)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write DATA to PATH completely or not at all; raise OSError when it could not be done.

    A hidden temporary file in the same folder is written, synced and renamed over PATH, so
    PATH never holds an empty or partial file; the temporary file is removed on failure."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    try:
        with partial.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        written = partial.stat().st_size
        if written != len(data):
            raise OSError(errno.EIO, f"only {written} of {len(data)} bytes reached the disk", str(path))
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def flush_file(path: str | os.PathLike[str]) -> None:
    """Wait until the bytes of the file at PATH are on the disk; OSError when it cannot be opened."""
    with Path(path).open("rb+") as handle:
        os.fsync(handle.fileno())


def flush_folder(folder: str | os.PathLike[str]) -> None:
    """Wait until a rename or a new name in FOLDER is on the disk (POSIX; Windows has no
    folder handles to flush, so nothing is done there). OSError when FOLDER cannot be opened."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """`write_bytes_atomic` for text; newlines are written as they are in TEXT."""
    write_bytes_atomic(path, text.encode(encoding))


def probe_writable(folder: str | os.PathLike[str]) -> None:
    """Raise OSError unless a file can be created in FOLDER (it is removed again)."""
    probe = Path(folder) / f".mamori-probe-{os.getpid()}-{secrets.token_hex(4)}"
    with probe.open("xb"):
        pass
    probe.unlink()


# Partial files and folders Mamori makes, each named with the id of the process making it:
# `.<name>.<pid>-<random>.partial` (this module, unpacked packs), `.mamori-<pid>-<random>.partial`
# (a backup being made), `.<name>.<pid>-<random>.restoring` (a restore), and what SQLite puts
# beside them (-journal, -wal, -shm).
_PARTIAL = re.compile(r"\.(?:.+\.|mamori-)([0-9]+)-[0-9a-f]+\.(?:partial|restoring)(?:-journal|-wal|-shm)?")
STALE_AFTER_SECONDS = 3600


def remove_stale_partials(folder: str | os.PathLike[str], *, now: float | None = None) -> list[Path]:
    """Remove what an interrupted write left in FOLDER: the partial files (and unpacked
    folders) of a process that no longer runs, or older than an hour. Returns what was
    removed; one still being written by a running process is left alone."""
    folder = Path(folder)
    moment = time.time() if now is None else now
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _PARTIAL.fullmatch(path.name)
        if not match:
            continue
        try:
            age = moment - path.lstat().st_mtime
        except OSError:
            continue
        if age > STALE_AFTER_SECONDS or not process_running(int(match[1])):
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def process_running(pid: int) -> bool:
    """True when process PID runs (or when that cannot be told: then only age counts)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill would end the process on Windows; age alone decides there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True
