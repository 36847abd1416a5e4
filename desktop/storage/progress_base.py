"""What the parts of the progress store share: the open connection and the small reads
and checks their actions are built from (a company exists, a learner of it, one item's
state, a history row)."""

from __future__ import annotations

from collections.abc import Iterable
from sqlite3 import Connection
from typing import Any

from desktop.storage import changelog, tables
from desktop.storage.records import ItemState, Learner
from desktop.storage.tables import ITEM_STATES, LEARNERS


class StoreBase:
    """The open database the store's parts read and write; see ProgressStore."""

    def __init__(self, db: Connection):
        self.db = db

    # -- helpers ---------------------------------------------------------------------

    # lessons read the learners too, so the list is here
    def list_learners(self, profile_id: str) -> list[Learner]:
        """The people of a company, in the order they were added."""
        self._require_profile(profile_id)
        rows = tables.rows(self.db, LEARNERS, {"profile_id": profile_id}, order_by="created_at, id")
        return [LEARNERS.from_row(row) for row in rows]

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _require_profile(self, profile_id: str) -> None:
        if not self.db.execute("SELECT 1 FROM profiles WHERE id = ?", [profile_id]).fetchone():
            raise KeyError(profile_id)

    def _learner(self, learner_id: str) -> Learner:
        row = tables.find(self.db, LEARNERS, {"id": learner_id})
        if row is None:
            raise KeyError(learner_id)
        return LEARNERS.from_row(row)

    def _actor(self, profile_id: str, by: str | None) -> str | None:
        """Check the profile exists and BY is one of its learners; return BY's name."""
        self._require_profile(profile_id)
        if by is None:
            return None
        row = self.db.execute(
            "SELECT name FROM learners WHERE id = ? AND profile_id = ?", [by, profile_id]
        ).fetchone()
        if row is None:
            raise ValueError(f"by={by!r} is not a learner of this company")
        return str(row[0])

    def _item(self, profile_id: str, item_id: str) -> ItemState:
        row = tables.find(self.db, ITEM_STATES, {"profile_id": profile_id, "item_id": item_id})
        if row is None:
            return ItemState(item_id, "unanswered", None, "", "", None, "", None)
        return ITEM_STATES.from_row(row)

    def _log(self, profile_id: str, at: str, what: str, key: str, *values: str | None) -> None:
        changelog.log(self.db, profile_id, at, what, key, *values)



def _old_status(old: ItemState) -> str | None:
    return old.status if old.updated_at is not None else None
