"""The `mamori` parser: the global options and `content`; the other commands are registered by
desktop.cli.data (which adds consultant's and star3's). Each command's handler is attached with
`set_defaults(handler=...)`."""

from __future__ import annotations

import argparse

from desktop import __version__
from desktop.cli.content import cmd_content_check, cmd_content_dump


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mamori",
        description="Mamori (守り): security lessons, checklists and readiness summaries, offline. "
        "Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Mamori {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use DIR for the database, settings, logs and backups "
                        "(also MAMORI_DATA_DIR)")
    parser.add_argument("--smoke", action="store_true", help="open the store, load all content, show the "
                        "window, then exit (for build checks)")
    parser.set_defaults(handler=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    content = commands.add_parser("content", help="check or dump lesson content")
    content_commands = content.add_subparsers(title="content commands", metavar="ACTION", required=True)
    check = content_commands.add_parser("check", help="report every problem as path:line: message")
    check.add_argument("dir", nargs="?", help="content folder or pack (default: the bundled content)")
    check.add_argument("--coverage", action="store_true", help="also list requirements no item covers")
    check.set_defaults(handler=cmd_content_check)
    dump = content_commands.add_parser("dump", help="print the whole content model")
    dump.add_argument("--json", action="store_true", required=True, help="as JSON")
    dump.add_argument("dir", nargs="?", help="content folder or pack (default: the bundled content)")
    dump.set_defaults(handler=cmd_content_dump)

    from desktop.cli.data import add_commands

    add_commands(commands)
    return parser


