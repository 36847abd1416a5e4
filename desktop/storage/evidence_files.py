"""The ★3 evidence files on disk: copied in under their SHA-256, checked byte for byte.

Files live in <data folder>/evidence/<sha[:2]>/<sha>; star3_store keeps the records that
point at them and removes the files no record uses any more.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from desktop.core.star3 import MAX_EVIDENCE_FILE_BYTES


class EvidenceFileRejected(ValueError):
    """A file could not be attached; the message names the file and why, nothing was kept."""


def _copy_into(source: Path, folder: Path) -> str:
    """Copy SOURCE into FOLDER/<sha[:2]>/<sha>, checking the bytes on disk; returns the hash."""
    digest = hashlib.sha256()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        temp = Path(temp_name)
        writer_file = os.fdopen(fd, "wb")  # owns the descriptor from here: closed whatever happens next
        try:
            with writer_file as writer, source.open("rb") as reader:
                copied = 0
                while chunk := reader.read(1 << 20):
                    copied += len(chunk)
                    if copied > MAX_EVIDENCE_FILE_BYTES:
                        raise EvidenceFileRejected(f"{source.name}: grew beyond {MAX_EVIDENCE_FILE_BYTES // 2**20} MB "
                                                   "while it was copied; nothing was attached")
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            sha = digest.hexdigest()
            target = folder / sha[:2] / sha
            if target.is_file() and _hash_of(target) == sha:
                temp.unlink()
                return sha
            target.parent.mkdir(exist_ok=True)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        if _hash_of(target) != sha:
            target.unlink(missing_ok=True)
            raise EvidenceFileRejected(f"{source.name}: the copy on disk differs from the original; nothing was attached")
        return sha
    except OSError as exc:
        raise EvidenceFileRejected(f"{source.name}: could not be copied into {folder} "
                                   f"({exc.strerror or exc}); nothing was attached") from None


def _copy_bytes(raw: bytes, sha: str, folder: Path) -> None:
    """Keep RAW (whose SHA-256 is SHA) in FOLDER, unless an intact copy is there; OSError
    when it cannot be written or the copy on disk differs."""
    target = folder / sha[:2] / sha
    if target.is_file() and _hash_of(target) == sha:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as writer:
            writer.write(raw)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if _hash_of(target) != sha:
        target.unlink(missing_ok=True)
        raise OSError(f"the copy of {sha[:12]} on disk differs from the file carried")


def _hash_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
