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

COLLECTION_FORMAT = "mamori-suppliers"
COLLECTION_VERSION = 1
BATCH_FILES = 500  # files per transaction: a crash loses at most this many, and re-reads them
PARALLEL_FROM = 64  # fewer files than this are checked in this process

SUPPLIER_COLUMNS = {
    "supplier_id": str, "company_id": str, "name": str, "industry": str, "employees": int, "scope": str,
    "requested": str, "report_date": str, "generated_at": str, "generated_at_utc": str, "detail": str,
    "declared_by": str, "app_version": str, "content_version": str, "selfcheck_score": int,
    "selfcheck_max": int, "selfcheck_answered": int, "selfcheck_band": str, "open_items": int,
    "plan_items": int, "summary_digest": str, "source_path": str, "source_sha256": str, "collected_at": str,
}
SCHEME_COLUMNS = {
    "supplier_id": str, "scheme": str, "total": int, "met": int, "partial": int, "not_met": int,
    "unknown": int, "na": int, "unanswered": int, "missing": int, "achieved": int,
}
CRITERION_COLUMNS = {"supplier_id": str, "criterion": str, "status": str, "planned_date": str}
CRITERIA_INFO_COLUMNS = {"criterion": str, "requirement": str, "star": int, "csf": str, "title": str}
PLAN_COLUMNS = {"supplier_id": str, "item": str, "title": str, "status": str, "owner": str, "due": str,
                "overdue": int}
FILE_COLUMNS = {"path": str, "size": int, "mtime_ns": int, "mtime": str, "sha256": str, "outcome": str,
                "reason": str, "supplier_id": str, "checked_at": str}

_TODAY = "date('now', 'localtime')"
VIEWS = {
    "supplier_overview": f"""
SELECT s.supplier_id, s.name, s.industry, s.employees, s.requested, s.report_date, s.generated_at,
       s3.met AS scs3_met, s3.na AS scs3_na, s3.total AS scs3_total, s3.missing AS scs3_missing,
       s3.achieved AS scs3_achieved,
       s4.met AS scs4_met, s4.na AS scs4_na, s4.total AS scs4_total, s4.missing AS scs4_missing,
       s4.achieved AS scs4_achieved,
       sa1.achieved AS sa1_achieved, sa2.achieved AS sa2_achieved,
       s.selfcheck_score, s.selfcheck_max, s.open_items, s.plan_items,
       (SELECT COUNT(*) FROM plans p WHERE p.supplier_id = s.supplier_id AND p.due < {_TODAY}) AS plans_overdue,
       s.source_path
FROM suppliers s
LEFT JOIN supplier_schemes s3 ON s3.supplier_id = s.supplier_id AND s3.scheme = 'scs-star3'
LEFT JOIN supplier_schemes s4 ON s4.supplier_id = s.supplier_id AND s4.scheme = 'scs-star4'
LEFT JOIN supplier_schemes sa1 ON sa1.supplier_id = s.supplier_id AND sa1.scheme = 'security-action-star1'
LEFT JOIN supplier_schemes sa2 ON sa2.supplier_id = s.supplier_id AND sa2.scheme = 'security-action-star2'
""",
    "suppliers_below_star3": """
SELECT s.supplier_id, s.name, s.report_date, k.met, k.na, k.total, k.missing
FROM supplier_schemes k JOIN suppliers s ON s.supplier_id = k.supplier_id
WHERE k.scheme = 'scs-star3' AND k.achieved = 0
""",
    "criteria_failing_most": """
SELECT c.criterion, i.requirement, i.star, i.csf, i.title,
       SUM(CASE WHEN c.status NOT IN ('met', 'na') THEN 1 ELSE 0 END) AS failing,
       SUM(CASE WHEN c.status = 'not_met' THEN 1 ELSE 0 END) AS not_met,
       SUM(CASE WHEN c.status = 'partial' THEN 1 ELSE 0 END) AS partial,
       SUM(CASE WHEN c.status = 'unknown' THEN 1 ELSE 0 END) AS unknown,
       SUM(CASE WHEN c.status = 'unanswered' THEN 1 ELSE 0 END) AS unanswered,
       COUNT(*) AS suppliers
FROM supplier_criteria c JOIN criteria i ON i.criterion = c.criterion
GROUP BY c.criterion, i.requirement, i.star, i.csf, i.title
""",
    "plans_due_this_quarter": f"""
WITH quarter AS (
    SELECT date({_TODAY}, 'start of month',
                printf('-%d months', (CAST(strftime('%m', {_TODAY}) AS INTEGER) - 1) % 3)) AS first_day
)
SELECT s.supplier_id, s.name, p.item, p.title, p.status, p.owner, p.due
FROM plans p JOIN suppliers s ON s.supplier_id = p.supplier_id, quarter
WHERE p.due >= quarter.first_day AND p.due < date(quarter.first_day, '+3 months')
""",
    "plans_overdue": f"""
SELECT s.supplier_id, s.name, p.item, p.title, p.status, p.owner, p.due
FROM plans p JOIN suppliers s ON s.supplier_id = p.supplier_id
WHERE p.due < {_TODAY}
""",
    "reports_older_than_a_year": f"""
SELECT supplier_id, name, report_date, source_path FROM suppliers
WHERE report_date < date({_TODAY}, '-1 year')
""",
}
INDEXES = (
    ("suppliers", ["name"]), ("suppliers", ["report_date"]),
    ("supplier_schemes", ["scheme", "achieved"]),
    ("supplier_criteria", ["criterion", "status"]), ("supplier_criteria", ["status"]),
    ("plans", ["due"]),
    ("ingested_files", ["supplier_id"]),
)


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


def open_collection(path: str | os.PathLike) -> Database:
    """Open (creating when needed) the collection at PATH with sqlite-utils.

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
        _create(db)
    info = dict(conn.execute("SELECT key, value FROM collection_info").fetchall())
    if info.get("format") != COLLECTION_FORMAT or int(info.get("version", 0)) > COLLECTION_VERSION:
        conn.close()
        raise CollectionRefused(f"is a collection of version {info.get('version')}, newer than this Mamori "
                                f"reads ({COLLECTION_VERSION})")
    return db


def _create(db: Database) -> None:
    conn = db.conn
    conn.execute("BEGIN")
    try:
        db["collection_info"].create({"key": str, "value": str}, pk="key")
        db["suppliers"].create(SUPPLIER_COLUMNS, pk="supplier_id", not_null=["name", "report_date"])
        db["supplier_schemes"].create(SCHEME_COLUMNS, pk=("supplier_id", "scheme"),
                                      foreign_keys=[("supplier_id", "suppliers", "supplier_id")])
        db["criteria"].create(CRITERIA_INFO_COLUMNS, pk="criterion")
        db["supplier_criteria"].create(CRITERION_COLUMNS, pk=("supplier_id", "criterion"),
                                       foreign_keys=[("supplier_id", "suppliers", "supplier_id"),
                                                     ("criterion", "criteria", "criterion")])
        db["plans"].create(PLAN_COLUMNS, pk=("supplier_id", "item"),
                           foreign_keys=[("supplier_id", "suppliers", "supplier_id")])
        db["ingested_files"].create(FILE_COLUMNS, pk="path", not_null=["size", "mtime_ns", "outcome"])
        for table, columns in INDEXES:
            db[table].create_index(columns, index_name=f"{table}_{'_'.join(columns)}")
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip())
        conn.executemany("INSERT INTO collection_info (key, value) VALUES (?, ?)",
                         [("format", COLLECTION_FORMAT), ("version", str(COLLECTION_VERSION)),
                          ("created_at", _now())])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _insert_sql(table: str, columns: dict) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})"


_SUPPLIER_SQL = _insert_sql("suppliers", SUPPLIER_COLUMNS)
_SCHEME_SQL = _insert_sql("supplier_schemes", SCHEME_COLUMNS)
_CRITERION_SQL = _insert_sql("supplier_criteria", CRITERION_COLUMNS)
_PLAN_SQL = _insert_sql("plans", PLAN_COLUMNS)
_FILE_SQL = _insert_sql("ingested_files", FILE_COLUMNS)
_INFO_SQL = "INSERT OR IGNORE INTO criteria (criterion, requirement, star, csf, title) VALUES (?, ?, ?, ?, ?)"


def _outcomes(todo: list[tuple[str, os.stat_result]], workers: int, max_bytes: int) -> Iterator[FileOutcome]:
    """Check the files in order; in worker processes when there are many. At most a few
    dozen outcomes wait at any time, so memory does not grow with the number of files."""
    if workers <= 1 or len(todo) < PARALLEL_FROM:
        for path, _stat in todo:
            yield check_file(path, max_bytes)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk = 8
    chunks = [[path for path, _stat in todo[i:i + chunk]] for i in range(0, len(todo), chunk)]
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
        for paths in chunks[start:]:
            yield from _check_chunk(paths, max_bytes)


def _check_chunk(paths: list[str], max_bytes: int) -> list[FileOutcome]:
    return [check_file(path, max_bytes) for path in paths]


def collect(arguments: Iterable[str | os.PathLike], database: str | os.PathLike, *,
            on_line: Callable[[str, str], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None,
            workers: int = 1, max_bytes: int = MAX_SUMMARY_BYTES) -> CollectReport:
    """Add the summaries in ARGUMENTS (files and folders) to the collection DATABASE.

    ON_LINE(path, text) is called for each rejected file and each duplicate, as it happens;
    ON_PROGRESS(done, total) after each file. Raises CollectionRefused before anything is
    written, CollectFailed when writing stops part way (what was committed stays)."""
    paths, problems = summary_paths(arguments)
    db = open_collection(database)
    report = CollectReport(str(database))
    conn = db.conn
    tell = on_line or (lambda path, text: None)
    for argument, problem in problems:
        report.rejected.append((argument, problem))
        tell(argument, problem)
    saved = 0
    try:
        todo: list[tuple[str, os.stat_result]] = []
        known: dict[str, tuple] = {}
        seen: set[str] = set()
        for path in paths:
            name = str(path.resolve())
            if name in seen:  # named twice (a file and its folder)
                continue
            seen.add(name)
            report.files += 1
            row = conn.execute("SELECT size, mtime_ns, sha256, outcome, reason, supplier_id FROM ingested_files"
                               " WHERE path = ?", [name]).fetchone()
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
            todo.append((name, stat))
        done = report.files - len(todo)
        if on_progress:
            on_progress(done, report.files)
        conn.execute("BEGIN")
        in_batch = 0
        for outcome in _outcomes(todo, workers, max_bytes):
            _apply(conn, report, outcome, known.get(outcome.path), tell)
            done += 1
            in_batch += 1
            if in_batch >= BATCH_FILES:
                conn.execute("COMMIT")
                saved += in_batch
                in_batch = 0
                conn.execute("BEGIN")
            if on_progress:
                on_progress(done, report.files)
        conn.execute("COMMIT")
        saved += in_batch
        report.suppliers = conn.execute("SELECT COUNT(*) FROM suppliers").fetchone()[0]
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise CollectFailed(f"{database}: writing stopped ({error}); the first {saved} file(s) checked in this run "
                            "were saved, the rest were not (run again to add them)") from None
    finally:
        conn.close()
    return report


def _unchanged(report: CollectReport, path: str, row: tuple, tell) -> None:
    if row[3] == "rejected":
        report.rejected.append((path, row[4]))
        tell(path, row[4])
    else:
        report.unchanged += 1


def _apply(conn: sqlite3.Connection, report: CollectReport, outcome: FileOutcome, before: tuple | None,
           tell) -> None:
    """Record one checked file: a rejection, a new or newer supplier, or an older report."""
    path = outcome.path
    now = _now()
    mtime = dt.datetime.fromtimestamp(outcome.mtime_ns / 1e9, dt.UTC).isoformat(timespec="microseconds")
    if before is not None and outcome.sha256 is not None and before[2] == outcome.sha256:
        # touched but not changed: the same bytes were checked before
        conn.execute("UPDATE ingested_files SET size = ?, mtime_ns = ?, mtime = ? WHERE path = ?",
                     [outcome.size, outcome.mtime_ns, mtime, path])
        _unchanged(report, path, before, tell)
        return
    record = outcome.record
    if before is not None and before[3] == "accepted" and (record is None or record.supplier_id != before[5]):
        # the file this supplier came from now says something else: its report goes
        source = conn.execute("SELECT source_path, name FROM suppliers WHERE supplier_id = ?", [before[5]]).fetchone()
        if source and source[0] == path:
            _delete_supplier(conn, before[5], rows_only=False)
            report.notes.append((path, f"changed since the last run; the report of {source[1]} it held was removed"))
            tell(path, report.notes[-1][1])

    def remember(status: str, reason: str | None, supplier_id: str | None) -> None:
        conn.execute(_FILE_SQL, [path, outcome.size, outcome.mtime_ns, mtime, outcome.sha256, status, reason,
                                 supplier_id, now])

    if record is None:
        report.rejected.append((path, outcome.reason or ""))
        tell(path, outcome.reason)
        remember("rejected", outcome.reason, None)
        return
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
        remember("older", text, record.supplier_id)
        return
    _write_supplier(conn, record, path, outcome.sha256, now)
    remember("accepted", None, record.supplier_id)


def _delete_supplier(conn: sqlite3.Connection, supplier_id: str, rows_only: bool) -> None:
    for table in ("supplier_schemes", "supplier_criteria", "plans"):
        conn.execute(f"DELETE FROM {table} WHERE supplier_id = ?", [supplier_id])
    if not rows_only:
        conn.execute("DELETE FROM suppliers WHERE supplier_id = ?", [supplier_id])


def _write_supplier(conn: sqlite3.Connection, record: SupplierRecord, path: str, sha256: str | None,
                    now: str) -> None:
    sid = record.supplier_id
    _delete_supplier(conn, sid, rows_only=True)
    row = dict(record.supplier, source_path=path, source_sha256=sha256, collected_at=now)
    conn.execute(_SUPPLIER_SQL, [row[name] for name in SUPPLIER_COLUMNS])
    conn.executemany(_SCHEME_SQL, [[sid, *(scheme[name] for name in list(SCHEME_COLUMNS)[1:])]
                                   for scheme in record.schemes])
    conn.executemany(_INFO_SQL, record.criterion_info)
    conn.executemany(_CRITERION_SQL, [(sid, *criterion) for criterion in record.criteria])
    conn.executemany(_PLAN_SQL, [[sid, *(plan[name] for name in list(PLAN_COLUMNS)[1:])] for plan in record.plans])


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
