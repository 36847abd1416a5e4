"""Every change to the database schema, in order, as sqlite-utils migrations.

Never edit a function here once it has shipped: databases in the field have recorded it
as applied and will not run it again. Add a new function instead, and its name to
`schema.MIGRATION_NAMES` (opening the store reads that list, so the start does not load
sqlite-utils when nothing is pending). Values such as the
item statuses are written out literally, because a migration must mean the same thing
forever, whatever `desktop.core.vocab` says later.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.storage.schema import SCHEMA_SET

migrations = Migrations(SCHEMA_SET)


def apply_pending(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending schema change on CONN (inside the caller's transaction);
    returns their names."""
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    names = [migration.name for migration in migrations.pending(db)]
    migrations.apply(db)
    return names


def _run(db: Database, *statements: str) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in statements:
        db.execute(statement)


@migrations()
def m001_initial_schema(db: Database) -> None:
    """The first released schema: companies, learners, lessons, items, answers, history."""
    _run(
        db,
        """CREATE TABLE profiles (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            industry TEXT NOT NULL DEFAULT '',
            employees INTEGER,
            scope TEXT NOT NULL DEFAULT '',
            requested TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE learners (
            id TEXT PRIMARY KEY,
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX learners_profile ON learners(profile_id)",
        """CREATE TABLE lesson_results (
            learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            lesson_id TEXT NOT NULL,
            completed_at TEXT NOT NULL,
            quiz_score INTEGER,
            quiz_total INTEGER,
            PRIMARY KEY (learner_id, lesson_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE item_states (
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('unanswered', 'done', 'partial', 'not_done', 'unknown', 'na')),
            reason TEXT,
            note TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            evidence TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, item_id),
            CHECK (status <> 'na' OR reason IS NOT NULL)
        ) WITHOUT ROWID""",
        """CREATE TABLE answers (
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question INTEGER NOT NULL CHECK (question BETWEEN 1 AND 25),
            answer TEXT CHECK (answer IN ('yes', 'partial', 'no', 'unknown')),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, question)
        ) WITHOUT ROWID""",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            what TEXT NOT NULL,
            key TEXT NOT NULL,
            old TEXT,
            new TEXT,
            by TEXT
        )""",
    )


@migrations()
def m002_history_by_name(db: Database) -> None:
    """Keep the learner's name with each change, so history still says who after a removal."""
    db.execute("ALTER TABLE history ADD COLUMN by_name TEXT")
    db.execute(
        "UPDATE history SET by_name = (SELECT name FROM learners WHERE learners.id = history.by)"
        " WHERE by IS NOT NULL"
    )


@migrations()
def m003_history_append_only(db: Database) -> None:
    """History rows can be added, never changed; they go only with their company."""
    _run(
        db,
        """CREATE TRIGGER history_no_update BEFORE UPDATE ON history
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
        """CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        WHEN EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile_id)
        BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
    )


@migrations()
def m004_history_index(db: Database) -> None:
    """Index history by company, then key: one index serves the company's list, the
    trend and an item's "last reviewed", and each change writes one index page only."""
    db.execute("CREATE INDEX history_key ON history(profile_id, key, at)")


@migrations()
def m005_company_guide_targets(db: Database) -> None:
    """The 「うちに必要なのは？」 guide per company: its answers (JSON), the targets chosen
    from them (JSON list of target keys), an optional next-review date, when last changed."""
    db.execute(
        """CREATE TABLE company_guide (
            profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
            answers TEXT NOT NULL DEFAULT '{}',
            targets TEXT NOT NULL DEFAULT '[]',
            next_review TEXT,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID"""
    )


@migrations()
def m007_scs_confirmation(db: Database) -> None:
    """SCS ★3 as the scheme works: per criterion the company's own judgement (where its items
    do not fit) and the evidence it rests on (with attached files, stored by SHA-256), the
    expert's confirmations (a new row per confirmation, never changed: the history) and
    management's pledges (likewise kept)."""
    _run(
        db,
        """CREATE TABLE scs_judgements (
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('met', 'partial', 'not_met', 'na')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, criterion)
        ) WITHOUT ROWID""",
        """CREATE TABLE scs_evidence (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            description TEXT NOT NULL CHECK (length(trim(description)) > 0),
            effective TEXT,
            expires TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX scs_evidence_criterion ON scs_evidence(profile_id, criterion)",
        """CREATE TABLE scs_evidence_files (
            evidence_id INTEGER NOT NULL REFERENCES scs_evidence(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            name TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            added_at TEXT NOT NULL,
            PRIMARY KEY (evidence_id, sha256)
        ) WITHOUT ROWID""",
        "CREATE INDEX scs_evidence_files_hash ON scs_evidence_files(sha256)",
        """CREATE TABLE scs_confirmations (
            id INTEGER PRIMARY KEY,
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            by TEXT NOT NULL CHECK (length(trim(by)) > 0),
            org TEXT NOT NULL DEFAULT '',
            external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)),
            advice TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
            at TEXT NOT NULL,
            UNIQUE (profile_id, criterion, version)
        )""",
        """CREATE TABLE scs_pledges (
            id INTEGER PRIMARY KEY,
            profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            by TEXT NOT NULL CHECK (length(trim(by)) > 0),
            date TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX scs_pledges_profile ON scs_pledges(profile_id, at)",
        # Confirmations and pledges are a record of what was said: never changed, and gone
        # only with their company.
        """CREATE TRIGGER scs_confirmations_no_update BEFORE UPDATE ON scs_confirmations
        BEGIN SELECT RAISE(ABORT, 'confirmations are kept as given'); END""",
        """CREATE TRIGGER scs_confirmations_no_delete BEFORE DELETE ON scs_confirmations
        WHEN EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile_id)
        BEGIN SELECT RAISE(ABORT, 'confirmations are kept as given'); END""",
        """CREATE TRIGGER scs_pledges_no_update BEFORE UPDATE ON scs_pledges
        BEGIN SELECT RAISE(ABORT, 'pledges are kept as given'); END""",
        """CREATE TRIGGER scs_pledges_no_delete BEFORE DELETE ON scs_pledges
        WHEN EXISTS (SELECT 1 FROM profiles WHERE id = OLD.profile_id)
        BEGIN SELECT RAISE(ABORT, 'pledges are kept as given'); END""",
    )
