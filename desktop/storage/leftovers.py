"""What an interrupted backup or restore leaves behind, and removing it at the next open.

Kept apart from backup.py so that opening the store (every start) loads only this.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

# A backup being made (`.mamori-<pid>-<random>.partial`) and what SQLite puts beside it.
_PARTIAL_NAME = re.compile(r"\.mamori-([0-9]+)-[0-9a-f]+\.partial(?:-journal|-wal|-shm)?")
# A restore being made beside the database (`.<name>.<pid>-<random>.restoring`).
_RESTORING_NAME = re.compile(r"\..+\.([0-9]+)-[0-9a-f]+\.restoring(?:-journal|-wal|-shm)?")
STALE_AFTER_SECONDS = 3600


def remove_stale_partials(folder: str | os.PathLike[str], *, now: float | None = None) -> list[Path]:
    """Remove what an interrupted backup or restore left in FOLDER (the backups folder or the
    data folder): the files of a process that no longer runs, or older than an hour.
    Returns what was removed. A backup or restore still under way is left alone."""
    folder = Path(folder)
    moment = time.time() if now is None else now
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _PARTIAL_NAME.fullmatch(path.name) or _RESTORING_NAME.fullmatch(path.name)
        if not match:
            continue
        try:
            age = moment - path.stat().st_mtime
        except OSError:
            continue
        if age > STALE_AFTER_SECONDS or not _process_running(int(match[1])):
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def _process_running(pid: int) -> bool:
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
