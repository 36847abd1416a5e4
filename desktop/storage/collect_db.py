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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.core.summary_check import MAX_SUMMARY_BYTES, FileOutcome, SupplierRecord
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
from desktop.storage.collect_workers import checked_files

BATCH_FILES = 500  # files per transaction in an existing collection: a crash loses at most these

Tell = Callable[[str, str], None]  # (path, what happened to it)
# what ingested_files remembers of a file: size, mtime_ns, sha256, outcome, reason, supplier_id
FileRow = tuple[int, int, str | None, str, str | None, str | None]

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


def summary_paths(arguments: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
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


def open_collection(path: str | os.PathLike[str], *, indexes: bool = True) -> Database:
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


def collect(arguments: Iterable[str | os.PathLike[str]], database: str | os.PathLike[str], *,
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
    tell: Tell = on_line or (lambda path, text: None)
    for argument, problem in problems:
        report.rejected.append((argument, problem))
        tell(argument, problem)
    saved = 0
    written = 0  # rows of ingested_files this run added
    try:
        todo: list[str] = []
        known: dict[str, FileRow] = {}
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
        for outcome in checked_files(todo, workers, max_bytes):
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


def _unchanged(report: CollectReport, path: str, row: FileRow, tell: Tell) -> None:
    if row[3] == "rejected":
        report.rejected.append((path, row[4] or ""))
        tell(path, row[4] or "")
    else:
        report.unchanged += 1


def _apply(conn: sqlite3.Connection, report: CollectReport, outcome: FileOutcome, before: FileRow | None,
           tell: Tell) -> int:
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
    if (before is not None and before[3] == "accepted" and before[5] is not None
            and (record is None or record.supplier_id != before[5])):
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
        tell(path, outcome.reason or "")
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
