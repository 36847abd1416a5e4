"""One timed run for the collect benchmark, in a process of its own (so memory is its own).

    python bench/collect_worker.py floor|collect LIST_FILE DB JOBS

LIST_FILE holds one summary path a line. `floor` reads and parses each file with the json
module; `collect` runs `mamori collect` on them into DB. Prints one JSON line: seconds,
resident memory before (MB), the peak (MB) of this process and of its helper processes,
and the processor seconds of both (on a shared machine: the work done, whatever the load).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _cpu() -> float:
    """Processor seconds of this process and of its helper processes (those that ended)."""
    own, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime


def main() -> int:
    mode, listing, db, jobs = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    paths = listing.read_text(encoding="utf-8").splitlines()
    import psutil

    from desktop.storage.collect_db import collect  # imported before the memory is taken

    before = psutil.Process().memory_info().rss
    start = time.perf_counter()
    cpu_start = _cpu()
    if mode == "floor":
        for path in paths:
            json.loads(Path(path).read_bytes())
    else:
        report = collect(paths, db, workers=jobs)
        assert report.added == len(paths), report.summary()
    seconds = time.perf_counter() - start
    cpu = _cpu() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"seconds": seconds, "before_mb": before / 2**20, "peak_mb": peak / 2**20,
                      "helper_peak_mb": children / 2**20, "cpu_seconds": cpu}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
