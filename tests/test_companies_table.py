"""The rows of 会社の一覧 and their CSV, without a display."""

from __future__ import annotations

import csv

from desktop.companies import company_rows, rows_csv
from desktop.core.loader import load_content
from desktop.paths import content_dir, user_dirs
from desktop.storage.db import open_store


def test_rows_count_score_targets_and_progress_and_csv_cells_are_not_formulas(tmp_path):
    model = load_content(content_dir()).model
    dirs = user_dirs(tmp_path / "d").ensure()
    store = open_store(dirs.database, dirs.backup)
    try:
        plain = store.create_profile("株式会社ふつう")
        tricky = store.create_profile("=HYPERLINK(\"http://example.invalid\")")
        for question in range(1, 11):
            store.set_answer(plain.id, question, "yes")
        store.set_guide(plain.id, {"asked": [], "facts": {}}, ["sa1"])
        store.set_item_status(plain.id, "basic-update-auto", "done")
        rows = {row.name: row for row in company_rows(store, model)}
    finally:
        store.close()
    first = rows["株式会社ふつう"]
    assert (first.score, first.answered) == (40, 10)
    assert first.targets == ("SECURITY ACTION ★一つ星",) and first.done == 1 and 1 < first.total < len(model.items)
    assert rows[tricky.name].score is None and rows[tricky.name].total == len(model.items)
    table = list(csv.reader(rows_csv(list(rows.values())).splitlines()))
    cells = {line[0]: line for line in table[1:]}
    assert "'=HYPERLINK(\"http://example.invalid\")" in cells
    assert cells["株式会社ふつう"][2:4] == ["40", "10"] and cells[f"'{tricky.name}"][2] == ""
