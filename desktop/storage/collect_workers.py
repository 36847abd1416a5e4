"""Checking many summary files for `mamori collect`, in helper processes when there are many.

The files are checked in chunks by a pool of processes (spawned, so nothing of the caller's
state is shared) and their outcomes handed back in the order of the files, a few dozen at a
time: memory does not grow with the number of files. When helper processes cannot start or
die, the rest are checked in this process, from the first outcome not yet handed back.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future

from desktop.core.summary_check import FileOutcome, check_file

PARALLEL_FROM = 64  # fewer files than this are checked in this process
CHUNK = 8  # files per task given to a helper process


def checked_files(todo: list[str], workers: int, max_bytes: int) -> Iterator[FileOutcome]:
    """The outcome of checking each file of TODO, in order; in WORKERS helper processes when
    there are at least PARALLEL_FROM files."""
    if workers <= 1 or len(todo) < PARALLEL_FROM:
        for path in todo:
            yield check_file(path, max_bytes)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = [todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK)]
    next_chunk = 0
    pending: deque[tuple[int, Future[list[FileOutcome]]]] = deque()
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            while next_chunk < len(chunks) or pending:
                while next_chunk < len(chunks) and len(pending) < workers * 4:
                    pending.append((next_chunk, pool.submit(_check_chunk, chunks[next_chunk], max_bytes)))
                    next_chunk += 1
                outcomes = pending[0][1].result()
                pending.popleft()
                yield from outcomes
    except (BrokenProcessPool, OSError):
        # helper processes could not start or died: check the rest here, from the first
        # chunk whose outcome was not handed on
        start = pending[0][0] if pending else next_chunk
        _INFO_SENT.clear()
        for paths in chunks[start:]:
            yield from _check_chunk(paths, max_bytes)


# in a helper process: the criterion descriptions already handed on
_INFO_SENT: set[tuple[str, str, int, str, str]] = set()


def _check_chunk(paths: list[str], max_bytes: int) -> list[FileOutcome]:
    """Check PATHS (in a helper process). A criterion's description goes back with the
    first file of this helper that has it, not with every file (half of what would be sent):
    the run stores it from the first file in order that has it, which is always one of those."""
    outcomes = [check_file(path, max_bytes) for path in paths]
    for outcome in outcomes:
        if outcome.record is not None:
            info = [entry for entry in outcome.record.criterion_info if entry not in _INFO_SENT]
            _INFO_SENT.update(info)
            outcome.record.criterion_info = info
    return outcomes
