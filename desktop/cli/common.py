"""What the data commands share: the data folder's store, a company by name or id, the
content the app would show, and the options and dates several commands read the same way.
Kept apart from cli/data.py so that command modules can use it without importing the module
that registers them."""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import contextmanager

from desktop.cli.errors import CommandError

CRITERION_HELP = "a ★3 criterion id such as 4-1-3-2"


def add_profile_option(parser) -> None:
    """`--profile NAME|ID`: the company the command works on (required)."""
    parser.add_argument("--profile", required=True, help="name or id")


def add_criterion_option(parser, *, several: bool = False) -> None:
    """`--criterion ID`: the ★3 criterion the command records for (required); SEVERAL lets
    it be repeated, and the command then gets a list."""
    if several:
        parser.add_argument("--criterion", required=True, action="append", metavar="ID",
                            help=f"{CRITERION_HELP} (repeat for several)")
    else:
        parser.add_argument("--criterion", required=True, metavar="ID", help=CRITERION_HELP)


def parse_date(value: str | None, option: str, *, then: str = "") -> dt.date | None:
    """VALUE of OPTION as a date, None when it was not given; a CommandError when it is not
    YYYY-MM-DD (THEN ends its message, such as "; nothing was recorded")."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{option} {value!r} is not a date of the form YYYY-MM-DD{then}") from None


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
