"""The collection's schema (docs/collect.md): tables, views, indexes, and the statements
that write rows. Used by collect_db (the run) and collect_output (a new file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlite_utils import Database

COLLECTION_FORMAT = "mamori-suppliers"
COLLECTION_VERSION = 1

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


def create_tables(db: Database, indexes: bool = True) -> None:
    """Make the tables and views of a new collection (and, unless INDEXES is false, its
    indexes: a new file being filled gets them after its rows, see create_indexes)."""
    conn = db.conn
    conn.execute("BEGIN")
    try:
        db.table("collection_info").create({"key": str, "value": str}, pk="key")
        db.table("suppliers").create(SUPPLIER_COLUMNS, pk="supplier_id", not_null=["name", "report_date"])
        db.table("supplier_schemes").create(SCHEME_COLUMNS, pk=("supplier_id", "scheme"),
                                      foreign_keys=[("supplier_id", "suppliers", "supplier_id")])
        db.table("criteria").create(CRITERIA_INFO_COLUMNS, pk="criterion")
        db.table("supplier_criteria").create(CRITERION_COLUMNS, pk=("supplier_id", "criterion"),
                                       foreign_keys=[("supplier_id", "suppliers", "supplier_id"),
                                                     ("criterion", "criteria", "criterion")])
        db.table("plans").create(PLAN_COLUMNS, pk=("supplier_id", "item"),
                           foreign_keys=[("supplier_id", "suppliers", "supplier_id")])
        db.table("ingested_files").create(FILE_COLUMNS, pk="path", not_null=["size", "mtime_ns", "outcome"])
        if indexes:
            create_indexes(db)
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip())
        conn.executemany("INSERT INTO collection_info (key, value) VALUES (?, ?)",
                         [("format", COLLECTION_FORMAT), ("version", str(COLLECTION_VERSION)),
                          ("created_at", now())])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def now() -> str:
    """This moment in UTC, to the second, as ISO text (collected_at, checked_at)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _insert_sql(table: str, columns: Mapping[str, object]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})"


SUPPLIER_SQL = _insert_sql("suppliers", SUPPLIER_COLUMNS)
SCHEME_SQL = _insert_sql("supplier_schemes", SCHEME_COLUMNS)
CRITERION_SQL = _insert_sql("supplier_criteria", CRITERION_COLUMNS)
PLAN_SQL = _insert_sql("plans", PLAN_COLUMNS)
FILE_SQL = _insert_sql("ingested_files", FILE_COLUMNS)
INFO_SQL = "INSERT OR IGNORE INTO criteria (criterion, requirement, star, csf, title) VALUES (?, ?, ?, ?, ?)"


def create_indexes(db: Database) -> None:
    """The indexes of INDEXES, named table_column_column (docs/collect.md lists them)."""
    for table, columns in INDEXES:
        db.table(table).create_index(columns, index_name=f"{table}_{'_'.join(columns)}")
