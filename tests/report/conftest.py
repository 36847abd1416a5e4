"""Fixtures for the readiness summary export tests.

Expensive things (loading content, filling a store, writing the PDF) happen once per session;
every store and exported file lives in a temporary folder, never in the user's data folder.
"""

from __future__ import annotations

import pytest

from tests.support.summary_support import TODAY, fill_store, mixed_plan, pdf_page_texts


@pytest.fixture(scope="session")
def store_factory(tmp_path_factory):
    """Open fresh progress stores in temporary folders; all are closed at the end."""
    from desktop.storage.db import open_store

    opened = []

    def make(label: str = "store"):
        folder = tmp_path_factory.mktemp(label)
        store = open_store(folder / "mamori.db", folder / "backups")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture(scope="session")
def data_folder(tmp_path_factory):
    """Make a data folder as the app keeps it: `make(label, fill)` opens its store, lets
    FILL(store) write through it, closes it again and returns the folder."""
    from desktop.paths import user_dirs
    from desktop.storage.db import open_store

    def make(label, fill):
        folder = tmp_path_factory.mktemp(label)
        dirs = user_dirs(folder).ensure()
        store = open_store(dirs.database, dirs.backup)
        try:
            fill(store)
        finally:
            store.close()
        return folder

    return make


@pytest.fixture(scope="session")
def mixed(model, store_factory):
    """A company with every item status, every answer and a plan, in a real store."""
    plan = mixed_plan(model)
    store = store_factory("mixed")
    profile = fill_store(store, model, plan)
    return store, profile, plan




@pytest.fixture(scope="session")
def exports(model, mixed, qapp, tmp_path_factory):
    """The mixed company's summary (detail "requirements") written in all four formats from
    one summary dict, as `mamori export` and the report screen do. Returns (summary, paths)."""
    from desktop.report.build import FORMATS, summary_for, write_summary

    store, profile, _ = mixed
    summary = summary_for(store, model, profile.id, detail="requirements", today=TODAY)
    folder = tmp_path_factory.mktemp("exports")
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = folder / f"summary.{fmt}"
        write_summary(summary, fmt, paths[fmt])
    return summary, paths


@pytest.fixture(scope="session")
def pdf_texts(exports) -> list[str]:
    """The exported PDF's text, page by page."""
    return pdf_page_texts(exports[1]["pdf"])
