"""One user action = one short write transaction, committed before the call returns."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from sqlite3 import Connection


class TransactionAlreadyOpen(RuntimeError):
    """A write was started inside another one; each action must commit on its own."""


@contextmanager
def write_transaction(db: Connection) -> Iterator[Connection]:
    """Run the block as one transaction: committed at the end, rolled back on any error."""
    if db.in_transaction:
        raise TransactionAlreadyOpen("a write transaction is already open on this connection")
    # IMMEDIATE takes the write lock up front, so a second Mamori process waits for it
    # (busy_timeout) instead of failing later when a read lock cannot be upgraded.
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise
