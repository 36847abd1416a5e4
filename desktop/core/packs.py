"""Content packs from third parties (a consultant's or an industry association's lessons).

A pack is a folder, or a .zip of one, laid out like the bundled content/ folder. Packs live
in the `packs` folder of the data folder. Each pack is loaded on top of the bundled content
with exactly the same checks and rendering rules: it can use the bundled tracks, items and
schemes, it cannot reuse their ids, and nothing in it can run or reach outside its folder.
A zip is unpacked into the cache folder only after every member has been checked.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import IO

from desktop.core import model_cache
from desktop.core.content import ContentModel, LoadResult, Problem

MODEL_CACHE_FILE = "content-model.json"

MAX_ZIP_BYTES = 50 * 1024 * 1024  # unpacked
MAX_ZIP_FILES = 5000
MAX_ZIP_RATIO = 200  # a member that expands more than this is a zip bomb, not a lesson


class PackRejected(Exception):
    """A pack file cannot be used; the message says why."""


def unpack_zip(archive: Path, target_root: Path) -> Path:
    """Check every member of `archive`, then unpack it into a fresh folder under target_root."""
    import hashlib
    import os
    import secrets
    import shutil
    import stat
    import zipfile
    import zlib

    try:
        handle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackRejected(f"not a readable zip file ({exc})") from None
    with handle:
        members = handle.infolist()
        if len(members) > MAX_ZIP_FILES:
            raise PackRejected(f"{len(members)} files; a pack may hold at most {MAX_ZIP_FILES}")
        total = 0
        for member in members:
            name = PurePosixPath(member.filename.replace("\\", "/"))
            if name.is_absolute() or ".." in name.parts or (name.parts and name.parts[0].endswith(":")):
                raise PackRejected(f"'{member.filename}' points outside the pack")
            if "\0" in member.filename:
                raise PackRejected(f"'{member.filename!r}' is not a usable file name")
            if stat.S_ISLNK(member.external_attr >> 16):
                raise PackRejected(f"'{member.filename}' is a link; packs hold plain files only")
            if member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1) and member.file_size > 1024 * 1024:
                raise PackRejected(f"'{member.filename}' expands {member.file_size // max(member.compress_size, 1)} times")
            total += member.file_size
            if total > MAX_ZIP_BYTES:
                raise PackRejected(f"more than {MAX_ZIP_BYTES // (1024 * 1024)} MB when unpacked")
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()[:16]
        target = target_root / f"{archive.stem}-{digest}"
        if not target.is_dir():
            from desktop.core.safe_files import remove_stale_partials

            remove_stale_partials(target_root)  # folders a start killed while unpacking left
            # A folder of its own per process: two Mamori unpacking the same pack at once
            # never write into one folder; the first finished one is used.
            partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
            try:
                for member in members:
                    if member.is_dir():
                        continue
                    destination = partial.joinpath(*PurePosixPath(member.filename.replace("\\", "/")).parts)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    with handle.open(member) as source, destination.open("wb") as out:
                        _copy_limited(source, out, member.file_size)
                partial.mkdir(parents=True, exist_ok=True)
                try:
                    partial.replace(target)
                except OSError:
                    if not target.is_dir():
                        raise
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError,
                    OSError) as exc:
                # a damaged member (bad CRC, cut short), an unsupported or encrypted one, or a
                # cache folder that cannot take it: the pack is skipped, nothing half-made stays
                raise PackRejected(f"cannot be unpacked ({exc})") from None
            finally:
                shutil.rmtree(partial, ignore_errors=True)
    # A zip of a folder holds that folder: use it when it is the only thing inside.
    inner = [p for p in target.iterdir() if not p.name.startswith(".")]
    if len(inner) == 1 and inner[0].is_dir():
        return inner[0]
    return target


def _copy_limited(source: IO[bytes], out: IO[bytes], size: int) -> None:
    """Copy a member, refusing one that holds more than its header says (a forged size)."""
    written = 0
    while chunk := source.read(1024 * 1024):
        written += len(chunk)
        if written > size:
            raise ValueError("the member holds more than its declared size")
        out.write(chunk)


def pack_sources(packs_dir: Path) -> list[Path]:
    """Pack folders and zip files in the packs folder, in name order (none when the folder
    cannot be read: the bundled content still loads)."""
    try:
        if not packs_dir.is_dir():
            return []
        return sorted(p for p in packs_dir.iterdir()
                      if not p.name.startswith(".") and (p.is_dir() or p.suffix.lower() == ".zip"))
    except OSError:
        return []


def load_library(bundled: Path, packs_dir: Path | None = None, *, cache_dir: Path | None = None) -> LoadResult:
    """The bundled content plus every pack; problems of all of them in one list.

    With `cache_dir`, the result is kept there and reused while no content file, pack or
    loader file has changed (the everyday start reads one file instead of every lesson).
    """
    sources = [bundled, *(pack_sources(packs_dir) if packs_dir is not None else [])]
    if cache_dir is None:
        return _load_all(bundled, sources[1:], None)
    from desktop.core.safe_files import remove_stale_partials

    remove_stale_partials(cache_dir)  # what a start killed while saving the cache left
    # zip packs are read from where they were unpacked, so that folder counts too
    key = model_cache.fingerprint([*sources, cache_dir / "packs"])
    cached = model_cache.load(cache_dir / MODEL_CACHE_FILE, key)
    if cached is not None:
        return LoadResult(*cached)
    result = _load_all(bundled, sources[1:], cache_dir)
    model_cache.save(cache_dir / MODEL_CACHE_FILE, key, result.model, result.problems)
    return result


def _load_all(bundled: Path, packs: list[Path], cache_dir: Path | None) -> LoadResult:
    from desktop.core.loader import load_content

    cache_path = cache_dir / "content-parse.json" if cache_dir is not None else None
    result = load_content(bundled, cache_path=cache_path)
    problems = list(result.problems)
    model: ContentModel = result.model
    for source in packs:
        root = source
        if source.suffix.lower() == ".zip":
            try:
                root = unpack_zip(source, (cache_dir or source.parent / ".unpacked") / "packs")
            except PackRejected as exc:
                problems.append(Problem(source.name, 1, f"pack not loaded: {exc}"))
                continue
        try:
            loaded = load_content(root, schemes_root=bundled, base=model)
        except Exception as exc:  # noqa: BLE001 - a pack is untrusted input: whatever goes wrong
            # while reading it (a folder that cannot be read to the end, input the loader did
            # not expect), the pack is left out and reported; the app and the rest still load
            problems.append(Problem(source.name, 1, f"pack not loaded: {exc}"))
            continue
        problems.extend(loaded.problems)
        model = loaded.model
    return LoadResult(model, problems)
