"""What every `mamori` command shares: its exit statuses and the error it raises.

Its own module so that the command modules (content, data, consultant, star3, …) all import
it and none of them has to import another; `desktop.cli` still offers these names.
"""

from __future__ import annotations

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A command cannot do what was asked; the message is shown to the user as is."""
