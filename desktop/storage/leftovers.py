"""What an interrupted backup or restore leaves behind, and removing it at the next open.

The rule lives in desktop/core/safe_files.py (every partial file Mamori makes is named
with the process id); this name is what the store's callers use. Kept apart from
backup.py so that opening the store (every start) loads only this.
"""

from __future__ import annotations

from desktop.core.safe_files import STALE_AFTER_SECONDS, process_running, remove_stale_partials

__all__ = ["STALE_AFTER_SECONDS", "process_running", "remove_stale_partials"]
