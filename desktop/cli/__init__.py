"""Headless commands for consultants, scripts and tests. Never needs a display.

Errors are printed as one plain sentence on stderr with exit status 1 or 2; a traceback
is never shown for bad input.

The package: parser (the global options and `content`), errors (exit statuses, CommandError),
common (the store, a company, the content), content (`content check|dump`), data
(profiles, hand-over, export, verify, collect), consultant (sheet, consultant, the
hand-over's password and removal), star3 (confirm, pledge). Command modules import from
errors and common, never from this module.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandError
from desktop.cli.parser import build_parser

__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "CommandError", "build_parser", "run_command"]


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen command and turn expected failures into a message and exit code.

    Files and folders that cannot be read or written (missing, read-only, full disk, a
    file where a folder should be) and a database that cannot be used end in one line on
    stderr and exit status 1, never a traceback."""
    import sqlite3

    from desktop.core.safe_files import describe_read_problem, describe_write_problem
    from desktop.storage.integrity import (
        DatabaseDamaged,
        DatabaseUnwritable,
        explain_database_problem,
    )

    try:
        return args.handler(args)
    except CommandError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        return EXIT_OK
    except (DatabaseDamaged, DatabaseUnwritable) as exc:
        return _fail(explain_database_problem(exc))
    except OSError as exc:
        return _fail(describe_read_problem(exc, exc.filename))
    except sqlite3.Error as exc:
        return _fail(describe_write_problem(exc, "the database"))


def _fail(message: str) -> int:
    print(f"mamori: {message}", file=sys.stderr)
    return EXIT_PROBLEMS


