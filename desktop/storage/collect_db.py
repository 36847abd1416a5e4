"""The buyer's collection: many suppliers' readiness summaries in one SQLite file.

`mamori collect` and the 取引先の状況 screen write it; Datasette, DuckDB and PostgreSQL read it
(docs/collect.md has the schema and example queries). Tables, indexes and views are made
with sqlite-utils; rows are written with prepared statements on its connection, because a
buyer may collect thousands of files (sqlite-utils' row helpers are several times slower).

Every file is read and checked by `desktop.core.summary_check.check_file`; this module
decides what an accepted file does to the collection (a new supplier, a newer report of a
known one, an older report that is not used) and remembers every file it has seen, so a
second run reads only new and changed files.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.core.summary_check import MAX_SUMMARY_BYTES, FileOutcome, SupplierRecord, check_file
from desktop.storage.collect_output import NewCollection, OutputNotVerified, is_new
from desktop.storage.collect_schema import (  # noqa: F401  (the schema's names, as the tests and docs use them)
    COLLECTION_FORMAT,
    COLLECTION_VERSION,
    CRITERIA_INFO_COLUMNS,
    CRITERION_COLUMNS,
    CRITERION_SQL,
    FILE_COLUMNS,
    FILE_SQL,
    INDEXES,
    INFO_SQL,
    PLAN_COLUMNS,
    PLAN_SQL,
    SCHEME_COLUMNS,
    SCHEME_SQL,
    SUPPLIER_COLUMNS,
    SUPPLIER_SQL,
    VIEWS,
    create_tables,
    now,
)

BATCH_FILES = 500  # files per transaction in an existing collection: a crash loses at most these
PARALLEL_FROM = 64  # fewer files than this are checked in this process

class CollectionRefused(Exception):
    """The output file is not a collection this Mamori can add to; nothing was changed."""


class CollectFailed(Exception):
    """Writing the collection failed part way; the message says what was saved."""


@dataclass
class CollectReport:
    """What a run did, file by file and in numbers."""

    database: str
    files: int = 0
    added: int = 0  # new suppliers
    updated: int = 0  # a newer report of a supplier already collected
    unchanged: int = 0  # files seen before and not changed since
    older: int = 0  # reports of a supplier for which a newer one is collected
    rejected: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, what happened), besides rejections
    suppliers: int = 0

    def summary(self) -> str:
        """One line for the end of the command's output."""
        return (f"{self.database}: {self.files} file(s): {self.added} new supplier(s), {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.older} older report(s) not used, "
                f"{len(self.rejected)} rejected; {self.suppliers} supplier(s) in the collection")


def summary_paths(arguments: Iterable[str | os.PathLike]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The .json files named, and those in the folders named (searched recursively, in name
    order, hidden files and folders left out). Returns (paths, [(argument, problem)])."""
    found: list[Path] = []
    problems = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found.extend(sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() == ".json" and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ))
        elif path.is_file():
            found.append(path)
        else:
            problems.append((str(argument), "no such file or folder"))
    return found, problems


def open_collection(path: str | os.PathLike, *, indexes: bool = True) -> Database:
    """Open (creating when needed) the collection at PATH with sqlite-utils; a new one gets
    its indexes unless INDEXES is false (collect_output makes them after the rows).

    Raises CollectionRefused for a file that is some other database, or a newer collection."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except OSError as error:
            raise CollectionRefused(f"cannot be read ({error.strerror or error})") from None
        if header != b"SQLite format 3\x00":
            raise CollectionRefused("is not an SQLite database; give a new file name for the collection")
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        db = Database(conn)
        tables = set(db.table_names())
    except sqlite3.Error as error:
        raise CollectionRefused(f"cannot be opened as a database ({error})") from None
    if tables and "collection_info" not in tables:
        conn.close()
        raise CollectionRefused("is some other database, not a Mamori collection; give a new file name")
    if not tables:
        create_tables(db, indexes=indexes)
    info = dict(conn.execute("SELECT key, value FROM collection_info").fetchall())
    if info.get("format") != COLLECTION_FORMAT or int(info.get("version", 0)) > COLLECTION_VERSION:
        conn.close()
        raise CollectionRefused(f"is a collection of version {info.get('version')}, newer than this Mamori "
                                f"reads ({COLLECTION_VERSION})")
    return db


def _outcomes(todo: list[str], workers: int, max_bytes: int) -> Iterator[FileOutcome]:
    """Check the files in order; in worker processes when there are many. At most a few
    dozen outcomes wait at any time, so memory does not grow with the number of files."""
    if workers <= 1 or len(todo) < PARALLEL_FROM:
        for path in todo:
            yield check_file(path, max_bytes)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk = 8
    chunks = [todo[i:i + chunk] for i in range(0, len(todo), chunk)]
    next_chunk = 0
    pending: deque = deque()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            while next_chunk < len(chunks) or pending:
                while next_chunk < len(chunks) and len(pending) < workers * 4:
                    pending.append((next_chunk, pool.submit(_check_chunk, chunks[next_chunk], max_bytes)))
                    next_chunk += 1
                _number, future = pending[0]
                outcomes = future.result()
                pending.popleft()
                yield from outcomes
    except (BrokenProcessPool, OSError):
        # helper processes could not start or died: check the rest here, from the first
        # chunk whose outcome was not handed on
        start = pending[0][0] if pending else next_chunk
        _INFO_SENT.clear()
        for paths in chunks[start:]:
            yield from _check_chunk(paths, max_bytes)


_INFO_SENT: set[tuple] = set()  # in a helper process: criterion descriptions already handed on


def _check_chunk(paths: list[str], max_bytes: int) -> list[FileOutcome]:
    """Check PATHS (in a helper process). A criterion's description goes back with the
    first file of this helper that has it, not with every file (half of what would be sent):
    the run stores it from the first file in order that has it, which is always one of those."""
    outcomes = [check_file(path, max_bytes) for path in paths]
    for outcome in outcomes:
        if outcome.record is not None:
            info = [entry for entry in outcome.record.criterion_info if entry not in _INFO_SENT]
            _INFO_SENT.update(info)
            outcome.record.criterion_info = info
    return outcomes


def collect(arguments: Iterable[str | os.PathLike], database: str | os.PathLike, *,
            on_line: Callable[[str, str], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            workers: int = 1, max_bytes: int = MAX_SUMMARY_BYTES) -> CollectReport:
    """Add the summaries in ARGUMENTS (files and folders) to the collection DATABASE.

    ON_LINE(path, text) is called for each rejected file and each duplicate, as it happens;
    ON_PROGRESS(done, total) after each file. Raises CollectionRefused before anything is
    written, CollectFailed when writing stops part way (a new collection is then not
    created at all; in an existing one what was committed stays)."""
    paths, problems = summary_paths(arguments)
    target = Path(database)
    new = NewCollection(target) if target.parent.is_dir() and is_new(target) else None
    try:
        db = open_collection(new.path if new else target, indexes=new is None)
    except BaseException:
        if new:
            new.discard()
        raise
    report = CollectReport(str(database))
    conn = db.conn
    if new:
        new.tune(conn)
    tell = on_line or (lambda path, text: None)
    for argument, problem in problems:
        report.rejected.append((argument, problem))
        tell(argument, problem)
    saved = 0
    written = 0  # rows of ingested_files this run added
    try:
        todo: list[str] = []
        known: dict[str, tuple] = {}
        seen: set[str] = set()
        for path in paths:
            name = str(path.resolve())
            if name in seen:  # named twice (a file and its folder)
                continue
            seen.add(name)
            report.files += 1
            row = None if new else conn.execute(
                "SELECT size, mtime_ns, sha256, outcome, reason, supplier_id FROM ingested_files WHERE path = ?",
                [name]).fetchone()
            try:
                stat = path.stat()
            except OSError as error:
                reason = f"cannot be read ({error.strerror or error})"
                report.rejected.append((name, reason))
                tell(name, reason)
                continue
            if row is not None and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
                _unchanged(report, name, row, tell)
                continue
            if row is not None:
                known[name] = row
            todo.append(name)
        done = report.files - len(todo)
        if on_progress:
            on_progress(done, report.files)
        described: set[str] = set()  # criteria whose description this run has stored
        conn.execute("BEGIN")
        in_batch = 0
        for outcome in _outcomes(todo, workers, max_bytes):
            if outcome.record is not None:
                _describe(conn, outcome.record, described)
            written += _apply(conn, report, outcome, known.get(outcome.path), tell)
            done += 1
            in_batch += 1
            if in_batch >= BATCH_FILES and not new:
                conn.execute("COMMIT")
                saved += in_batch
                in_batch = 0
                conn.execute("BEGIN")
            if on_progress:
                on_progress(done, report.files)
        conn.execute("COMMIT")
        saved += in_batch
        report.suppliers = conn.execute("SELECT COUNT(*) FROM suppliers").fetchone()[0]
        if new:
            new.finish(db, report.suppliers, written)
    except (sqlite3.Error, OSError, OutputNotVerified) as error:
        if new:
            conn.close()
            new.discard()
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            raise CollectFailed(f"{database}: writing stopped ({reason}); nothing was saved and {database} was not "
                                "created (run again)") from None
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise CollectFailed(f"{database}: writing stopped ({error}); the first {saved} file(s) checked in this run "
                            "were saved, the rest were not (run again to add them)") from None
    except BaseException:
        if new:
            conn.close()
            new.discard()
        raise
    finally:
        conn.close()
    return report


def _describe(conn: sqlite3.Connection, record: SupplierRecord, described: set[str]) -> None:
    """Store the descriptions of criteria not yet in the collection (the first one wins)."""
    fresh = [entry for entry in record.criterion_info if entry[0] not in described]
    if fresh:
        conn.executemany(INFO_SQL, fresh)
        described.update(entry[0] for entry in fresh)


def _unchanged(report: CollectReport, path: str, row: tuple, tell) -> None:
    if row[3] == "rejected":
        report.rejected.append((path, row[4]))
        tell(path, row[4])
    else:
        report.unchanged += 1


def _apply(conn: sqlite3.Connection, report: CollectReport, outcome: FileOutcome, before: tuple | None,
           tell) -> int:
    """Record one checked file: a rejection, a new or newer supplier, or an older report.
    Returns the number of rows added to ingested_files (1, or 0 for a file seen before)."""
    path = outcome.path
    moment = now()
    mtime = dt.datetime.fromtimestamp(outcome.mtime_ns / 1e9, dt.UTC).isoformat(timespec="microseconds")
    if before is not None and outcome.sha256 is not None and before[2] == outcome.sha256:
        # touched but not changed: the same bytes were checked before
        conn.execute("UPDATE ingested_files SET size = ?, mtime_ns = ?, mtime = ? WHERE path = ?",
                     [outcome.size, outcome.mtime_ns, mtime, path])
        _unchanged(report, path, before, tell)
        return 0
    record = outcome.record
    if before is not None and before[3] == "accepted" and (record is None or record.supplier_id != before[5]):
        # the file this supplier came from now says something else: its report goes
        source = conn.execute("SELECT source_path, name FROM suppliers WHERE supplier_id = ?", [before[5]]).fetchone()
        if source and source[0] == path:
            _delete_supplier(conn, before[5], rows_only=False)
            report.notes.append((path, f"changed since the last run; the report of {source[1]} it held was removed"))
            tell(path, report.notes[-1][1])
    added = int(before is None)

    def remember(status: str, reason: str | None, supplier_id: str | None) -> int:
        conn.execute(FILE_SQL, [path, outcome.size, outcome.mtime_ns, mtime, outcome.sha256, status, reason,
                                supplier_id, moment])
        return added

    if record is None:
        report.rejected.append((path, outcome.reason or ""))
        tell(path, outcome.reason)
        return remember("rejected", outcome.reason, None)
    supplier = record.supplier
    current = conn.execute("SELECT generated_at_utc, source_path, name, generated_at FROM suppliers"
                           " WHERE supplier_id = ?", [record.supplier_id]).fetchone()
    who = f"{supplier['name']} ({record.supplier_id})"
    if current is None:
        report.added += 1
    elif current[1] == path:
        report.updated += 1
    elif supplier["generated_at_utc"] > current[0]:
        report.updated += 1
        text = (f"newer report of {who}, exported {supplier['generated_at']}: replaces the one from "
                f"{current[1]} (exported {current[3]})")
        report.notes.append((path, text))
        tell(path, text)
        conn.execute("UPDATE ingested_files SET outcome = 'older', reason = ? WHERE path = ?",
                     [f"a newer report of {who} is in {path}", current[1]])
    else:
        report.older += 1
        same = supplier["generated_at_utc"] == current[0]
        text = (f"same company as {current[1]}: {who}; "
                + (f"exported at the same moment ({supplier['generated_at']}), the report already collected is kept"
                   if same else f"this report (exported {supplier['generated_at']}) is older than the one "
                                f"collected (exported {current[3]}) and was not used"))
        report.notes.append((path, text))
        tell(path, text)
        return remember("older", text, record.supplier_id)
    _write_supplier(conn, record, path, outcome.sha256, moment, replace=current is not None)
    return remember("accepted", None, record.supplier_id)


def _delete_supplier(conn: sqlite3.Connection, supplier_id: str, rows_only: bool) -> None:
    for table in ("supplier_schemes", "supplier_criteria", "plans"):
        conn.execute(f"DELETE FROM {table} WHERE supplier_id = ?", [supplier_id])
    if not rows_only:
        conn.execute("DELETE FROM suppliers WHERE supplier_id = ?", [supplier_id])


def _write_supplier(conn: sqlite3.Connection, record: SupplierRecord, path: str, sha256: str | None,
                    moment: str, replace: bool) -> None:
    """The supplier's rows; REPLACE: it is in the collection already, its old rows go first
    (a supplier not in the collection has no rows in the other tables)."""
    sid = record.supplier_id
    if replace:
        _delete_supplier(conn, sid, rows_only=True)
    row = dict(record.supplier, source_path=path, source_sha256=sha256, collected_at=moment)
    conn.execute(SUPPLIER_SQL, [row[name] for name in SUPPLIER_COLUMNS])
    conn.executemany(SCHEME_SQL, [(sid, *scheme) for scheme in record.schemes])
    conn.executemany(CRITERION_SQL, [(sid, *criterion) for criterion in record.criteria])
    conn.executemany(PLAN_SQL, [(sid, *plan) for plan in record.plans])


# -- reading, for the 取引先の状況 screen -------------------------------------------------------

def supplier_rows(database: str | os.PathLike, scheme: str = "scs-star3", status: str = "all") -> list[dict]:
    """One dict per supplier with the headline figures and SCHEME's counts.

    STATUS is "all", "achieved" (every criterion of SCHEME met or not applicable; for
    SECURITY ACTION: the level declared ready) or "not_achieved"."""
    if status not in ("all", "achieved", "not_achieved"):
        raise ValueError(f"unknown status filter {status!r}")
    conn = _read_only(database)
    try:
        conn.row_factory = sqlite3.Row
        where = {"all": "", "achieved": " AND k.achieved = 1", "not_achieved": " AND k.achieved = 0"}[status]
        rows = conn.execute(
            "SELECT o.*, k.scheme, k.met AS scheme_met, k.na AS scheme_na, k.total AS scheme_total,"
            " k.missing AS scheme_missing, k.achieved AS scheme_achieved"
            " FROM supplier_overview o JOIN supplier_schemes k ON k.supplier_id = o.supplier_id AND k.scheme = ?"
            f" WHERE 1 = 1{where} ORDER BY o.name, o.supplier_id", [scheme]).fetchall()
        return [dict(row) for row in rows]
    finally:
        conn.close()


def collected_schemes(database: str | os.PathLike) -> list[str]:
    """The scheme codes present in the collection (scs-star3, security-action-star1, ...)."""
    conn = _read_only(database)
    try:
        return [row[0] for row in conn.execute("SELECT DISTINCT scheme FROM supplier_schemes ORDER BY scheme")]
    finally:
        conn.close()


def rejected_files(database: str | os.PathLike) -> list[tuple[str, str]]:
    """(path, reason) of every file the collection refused when it was last read."""
    conn = _read_only(database)
    try:
        return [tuple(row) for row in conn.execute(
            "SELECT path, reason FROM ingested_files WHERE outcome = 'rejected' ORDER BY path")]
    finally:
        conn.close()


def supplier_source(database: str | os.PathLike, supplier_id: str) -> tuple[str, str] | None:
    """(file path, its SHA-256 when collected) for a supplier, or None when not collected."""
    conn = _read_only(database)
    try:
        row = conn.execute("SELECT source_path, source_sha256 FROM suppliers WHERE supplier_id = ?",
                           [supplier_id]).fetchone()
        return tuple(row) if row else None
    finally:
        conn.close()


def _read_only(database: str | os.PathLike) -> sqlite3.Connection:
    path = Path(database).resolve()
    if not path.is_file():
        raise CollectionRefused(f"{database}: no such collection")
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
