"""A disk that fails the way real ones do, at the seam every Python file write goes through.

Unit tests cannot fill a real disk or take write permission away from root, so files opened
for writing under one folder fail here instead: at once (a read-only folder, a locked
file), or after some bytes reached the file (a disk that fills up half-way). SQLite and Qt
do not write through Python's open(): a writer that leaves the writing to them is not
caught by this seam, which is what the PDF tests rely on.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path


def disk_full(path) -> OSError:
    return OSError(errno.ENOSPC, "No space left on device", str(path))


def read_only(path) -> OSError:
    return PermissionError(errno.EROFS, "Read-only file system", str(path))


def locked(path) -> OSError:
    return OSError(errno.EBUSY, "Device or resource busy", str(path))


class _FillingFile:
    """A file that takes LIMIT more bytes (or characters) and then fails with ERROR."""

    def __init__(self, handle, limit: int, error: OSError):
        self._handle, self._room, self._error = handle, limit, error

    def write(self, data):
        if len(data) > self._room:
            self._handle.write(data[: self._room])
            self._handle.flush()
            self._room = 0
            raise self._error
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._handle.close()

    def __iter__(self):
        return iter(self._handle)


def fail_writes_under(monkeypatch, folder: Path, make_error=disk_full, *, after_bytes: int | None = None) -> None:
    """From now on, every file opened for writing under FOLDER fails with make_error(path):
    at once, or after AFTER_BYTES were written (what a full disk does)."""
    folder = Path(folder).resolve()
    real_open = io.open

    def fake_open(file, mode="r", *args, **kwargs):
        writing = any(flag in mode for flag in "wax+")
        if writing and not isinstance(file, int) and Path(os.fsdecode(file)).resolve().is_relative_to(folder):
            if after_bytes is None:
                raise make_error(file)
            return _FillingFile(real_open(file, mode, *args, **kwargs), after_bytes, make_error(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(builtins, "open", fake_open)


def leftovers(folder: Path) -> list[str]:
    """Names of every file in FOLDER (hidden ones too), sorted."""
    return sorted(p.name for p in Path(folder).iterdir()) if Path(folder).exists() else []
