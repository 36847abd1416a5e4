"""What the data commands share: the data folder's store, a company by name or id, and the
content the app would show. Kept apart from cli/data.py so that command modules can use it
without importing the module that registers them."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from desktop.cli.errors import CommandError


@contextmanager
def _open_store(args):
    """The store of the data folder, closed afterwards. A database that cannot be used ends
    the command with one line (see desktop.cli.run_command); text damaged in the file is reported."""
    from desktop.paths import user_dirs
    from desktop.storage.db import open_store

    dirs = user_dirs(args.data_dir).ensure()
    store = open_store(dirs.database, dirs.backup)
    try:
        yield store
    finally:
        damaged = store.undecodable_text
        store.close()
        if damaged:
            print(f"mamori: warning: {damaged} text value(s) in {dirs.database} are damaged (not UTF-8); "
                  "they are shown with \ufffd in place of the bad bytes.", file=sys.stderr)


def _profile(store, key: str):
    try:
        found = store.find_profile(key)
    except ValueError as exc:  # several companies share the name: the id is needed
        raise CommandError(f"{exc} (see `mamori profile list` for the ids)") from None
    if found is None:
        names = ", ".join(p.name for p in store.list_profiles()) or "none"
        raise CommandError(f"no company '{key}' (companies: {names})")
    return found


def _content(args):
    """The content the app would show: bundled lessons plus the data folder's packs."""
    from desktop.core.packs import load_library
    from desktop.paths import BundleIncomplete, content_dir, require_bundled, user_dirs

    dirs = user_dirs(args.data_dir)
    model = load_library(content_dir(), dirs.packs, cache_dir=dirs.cache).model
    try:
        require_bundled(model)
    except BundleIncomplete as missing:
        raise CommandError(str(missing)) from None
    return model
