"""Mamori's speed and memory benchmark, against floors measured in the same run.

    python3 dev.py bench            full run (medians of several runs)
    python3 dev.py bench --quick    one run each (keeps the benchmark working; used by a test)
    python3 dev.py bench --only soak --kills 500    the SIGKILL soak run alone (bench/soak.py)

Prints a table, then one JSON line per figure:
{"name": ..., "value": ..., "unit": ..., "baseline": ..., "ratio": ..., "target": ...}
Targets are from the benchmark issue; they are reported, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS: list[dict] = []


def record(name: str, value: float, unit: str, baseline: float | None = None, target: str = "") -> None:
    ratio = round(value / baseline, 3) if baseline else None
    RESULTS.append({"name": name, "value": round(value, 3), "unit": unit,
                    "baseline": round(baseline, 3) if baseline is not None else None, "ratio": ratio,
                    "target": target})


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


# -- helpers --------------------------------------------------------------------------------

def demo_data_dir(base: Path) -> Path:
    """A data folder with the demo company (realistic progress)."""
    from desktop.core.loader import load_content
    from desktop.paths import content_dir, user_dirs
    from desktop.storage.db import open_store
    from tools.demo import populate

    dirs = user_dirs(base / "demo").ensure()
    store = open_store(dirs.database, dirs.backup)
    populate(store, load_content(content_dir()).model)
    store.close()
    return dirs.data


def time_process(args: list[str], env: dict) -> float:
    """Seconds from starting a process until it prints shown_at=…"""
    started = time.time()
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    for line in out.stdout.splitlines():
        if "shown_at=" in line:
            return float(line.split("shown_at=")[1].rstrip(")").split()[0]) - started
    raise RuntimeError(f"no shown_at from {args}: {out.stdout}\n{out.stderr}")


# -- figures --------------------------------------------------------------------------------

def bench_startup(runs: int, data_dir: Path) -> None:
    lesson = next((ROOT / "content" / "lessons").rglob("*.ja.md"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAMORI_DATA_DIR": str(data_dir)}
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it); a
    # shell with PYTHONDONTWRITEBYTECODE would otherwise recompile every module each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop", "bench"], cwd=ROOT, check=True)
    # one unmeasured run each: fill caches, like a second start of the day
    time_process([sys.executable, "bench/baseline_window.py", str(lesson)], env)
    time_process([sys.executable, "-m", "desktop", "--smoke"], env)
    base, app = [], []
    for _ in range(runs):
        base.append(time_process([sys.executable, "bench/baseline_window.py", str(lesson)], env))
        app.append(time_process([sys.executable, "-m", "desktop", "--smoke"], env))
    record("startup", statistics.median(app) * 1000, "ms", statistics.median(base) * 1000, "ratio <= 1.3")


def make_window(data_dir: Path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_window
    from desktop.core.loader import load_content
    from desktop.paths import content_dir, user_dirs
    from desktop.storage.db import open_store
    from desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    dirs = user_dirs(data_dir).ensure()
    store = open_store(dirs.database, dirs.backup)
    settings = QSettings(str(dirs.settings_file), QSettings.Format.IniFormat)
    window = build_window(store, load_content(content_dir()), settings, dirs, "ja", welcome=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    return app, window, store


def bench_gui(runs: int, data_dir: Path) -> None:
    app, window, store = make_window(data_dir)
    learn = window.views["learn"]
    window.show_page("learn")
    lessons = list(window.session.content.lessons)[:10]
    for lesson_id in lessons:  # warm: rendered HTML is cached after the first open
        learn.open_lesson(lesson_id)
        app.processEvents()
    samples = []
    for _ in range(max(runs, 1)):
        for lesson_id in lessons:
            start = time.perf_counter()
            learn.open_lesson(lesson_id)
            app.processEvents()
            samples.append(time.perf_counter() - start)
    record("lesson_open", statistics.median(samples) * 1000, "ms", None, "< 50 ms")

    checklists = window.views["checklists"]
    window.show_page("checklists")
    profile = window.session.profile
    item_ids = list(window.session.content.items)[:40]
    gui, raw = [], []
    count = 50 if runs == 1 else 300
    for number in range(count):
        checklists.editor.show_item(item_ids[number % len(item_ids)])
        app.processEvents()  # the item is on screen before the user changes it
        start = time.perf_counter()
        checklists.editor.set_status(("done", "partial")[number % 2])
        app.processEvents()
        gui.append(time.perf_counter() - start)
    for number in range(count * 4):
        start = time.perf_counter()
        store.set_item_status(profile.id, item_ids[number % len(item_ids)], ("done", "not_done")[number % 2])
        raw.append(time.perf_counter() - start)
    record("item_toggle_p50", percentile(gui, 0.5) * 1000, "ms", None, "")
    record("item_toggle_p99", percentile(gui, 0.99) * 1000, "ms", None, "p99 < 16 ms")
    record("store_write_p50", percentile(raw, 0.5) * 1000, "ms", None, "")
    record("store_write_p99", percentile(raw, 0.99) * 1000, "ms", None, "p99 < 1 ms")
    release_window(app, window)
    store.close()


def bench_companies(runs: int, base: Path) -> None:
    """A consultation day: 50 companies created as the window creates them, then switching
    between companies with 300 on the laptop (each with a self-check and some items)."""
    data_dir = base / "companies"
    app, window, store = make_window(data_dir)
    session = window.session
    model = session.content
    item_ids = list(model.items)[:12]
    created = []
    for number in range(50):
        start = time.perf_counter()
        profile = store.create_profile(f"株式会社ベンチ{number:03d}工業", employees=10)
        session.select_profile(profile.id)
        window.show_page("selfcheck")
        app.processEvents()
        created.append(time.perf_counter() - start)
    record("company_create_50", sum(created) * 1000, "ms", None, "")
    record("company_create_p99", percentile(created, 0.99) * 1000, "ms", None, "")
    answers = ("yes", "partial", "no", "unknown")
    for number in range(50, 300):
        profile = store.create_profile(f"株式会社ベンチ{number:03d}工業", employees=10)
        for question in range(1, 26):
            store.set_answer(profile.id, question, answers[(question + number) % 4])
        for offset, item_id in enumerate(item_ids):
            store.set_item_status(profile.id, item_id, ("done", "partial", "not_done")[(offset + number) % 3])
    window.refresh_profiles()
    window.show_page("dashboard")
    app.processEvents()
    combo = window.profile_combo
    assert combo.count() == 300, combo.count()
    count = 100 if runs == 1 else 300

    def switch_times() -> list[float]:
        samples = []
        for number in range(count):
            index = (number * 37) % combo.count()
            if index == combo.currentIndex():
                index = (index + 1) % combo.count()
            start = time.perf_counter()
            combo.setCurrentIndex(index)  # what choosing a company in the switcher does
            app.processEvents()
            samples.append(time.perf_counter() - start)
        return samples

    switches = switch_times()
    record("company_switch_300_p50", percentile(switches, 0.5) * 1000, "ms", None, "")
    record("company_switch_300_p99", percentile(switches, 0.99) * 1000, "ms", None, "p99 < 100 ms")
    # The same switches on a screen that does not rebuild itself: what the 300 companies
    # cost, without the dashboard redrawing its cards for the new company.
    window.show_page("settings")
    app.processEvents()
    quiet = switch_times()
    record("company_switch_300_settings_p99", percentile(quiet, 0.99) * 1000, "ms", None, "")
    from desktop.ui.companies_view import CompaniesDialog

    opened = []
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        dialog = CompaniesDialog(window, session)
        dialog.show()
        app.processEvents()
        opened.append(time.perf_counter() - start)
        dialog.close()
        dialog.deleteLater()
    record("companies_overview_300", statistics.median(opened) * 1000, "ms", None, "")
    release_window(app, window)
    store.close()


def release_window(app, window) -> None:
    """Delete the window while the application still exists, not at interpreter exit
    (where Python may collect Qt objects in any order)."""
    import gc

    from PySide6.QtCore import QEvent

    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def synthetic_pack(base: Path, lessons: int) -> Path:
    """A pack of N lessons made from the bundled ones (same sizes, new ids)."""
    pack = base / f"pack-{lessons}"
    if pack.exists():
        return pack
    (pack / "lessons" / "t").mkdir(parents=True)
    (pack / "tracks.yaml").write_text("- {id: t, title: T, summary: S, order: 1}\n", encoding="utf-8")
    sources = sorted((ROOT / "content" / "lessons").rglob("*.ja.md"))
    texts = [path.read_text(encoding="utf-8") for path in sources]
    for number in range(lessons):
        text = texts[number % len(texts)]
        head, body = text.split("\n---\n", 1)
        head = "\n".join(line for line in head.splitlines()
                         if not line.startswith(("id:", "track:", "items:", "prerequisites:")))
        head += f"\nid: l{number}\ntrack: t\nitems: []"
        (pack / "lessons" / "t" / f"l{number}.ja.md").write_text(f"{head}\n---\n{body}", encoding="utf-8")
    return pack


def library_ms(runs: int, cache_dir: Path) -> float:
    """The bundled library as the app loads it at start: from the content cache."""
    from desktop.core.packs import load_library
    from desktop.paths import content_dir

    load_library(content_dir(), cache_dir / "packs", cache_dir=cache_dir)  # the first start fills it
    samples = []
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        load_library(content_dir(), cache_dir / "packs", cache_dir=cache_dir)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def bench_content(runs: int, base: Path) -> None:
    from desktop.core.loader import load_content
    from desktop.paths import content_dir

    def load_ms(root: Path, cache: Path | None = None) -> float:
        samples = []
        if cache is not None:  # fill the parse cache once, as the first start of the app does
            load_content(root, schemes_root=content_dir(), cache_path=cache)
        for _ in range(max(runs, 1)):
            start = time.perf_counter()
            result = load_content(root, schemes_root=content_dir(), cache_path=cache)
            samples.append(time.perf_counter() - start)
        assert not result.problems, result.problems[:3]
        return statistics.median(samples) * 1000

    count = len(load_content(content_dir()).model.lessons)
    cold = load_ms(content_dir())
    bundled = load_ms(content_dir(), base / "parse-cache.json")
    record("content_load_bundled", bundled, "ms", cold, "< 100 ms (baseline: without the parse cache)")
    record("content_load_bundled_per_lesson", bundled / count, "ms/lesson")
    library = library_ms(runs, base / "library-cache")
    record("content_load_bundled_library", library, "ms", bundled,
           "what a start does: the whole library from its cache (baseline: parsing with the parse cache)")
    for size in (100, 1000) + (() if runs == 1 else (5000,)):
        pack = synthetic_pack(base, size)
        value = load_ms(pack, base / f"parse-cache-{size}.json")
        record(f"content_load_{size}", value, "ms", load_ms(pack), "< 1000 ms" if size == 1000 else "")
        record(f"content_load_{size}_per_lesson", value / size, "ms/lesson")


def bench_exports(runs: int, data_dir: Path, base: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from desktop.core.loader import load_content
    from desktop.paths import content_dir, user_dirs
    from desktop.report.build import summary_for, write_summary
    from desktop.report.html import summary_html
    from desktop.report.qt_app import ensure_gui_application
    from desktop.storage.db import open_store

    ensure_gui_application()
    dirs = user_dirs(data_dir)
    store = open_store(dirs.database, dirs.backup)
    model = load_content(content_dir()).model
    profile = store.list_profiles()[0]
    timings = {"pdf": [], "json": [], "csv": [], "plain": []}
    for _ in range(max(runs, 1)):
        for fmt in ("pdf", "json", "csv"):
            start = time.perf_counter()
            summary = summary_for(store, model, profile.id, detail="notes")
            write_summary(summary, fmt, base / f"out.{fmt}")
            timings[fmt].append(time.perf_counter() - start)
        html = summary_html(summary, standalone=False)
        start = time.perf_counter()
        writer = QPdfWriter(str(base / "plain.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        timings["plain"].append(time.perf_counter() - start)
    pdf, plain = statistics.median(timings["pdf"]) * 1000, statistics.median(timings["plain"]) * 1000
    record("export_pdf", pdf, "ms", plain, "< 300 ms, ratio <= 1.5")
    record("export_json", statistics.median(timings["json"]) * 1000, "ms")
    record("export_csv", statistics.median(timings["csv"]) * 1000, "ms")
    store.close()


def bench_package(runs: int, base: Path) -> None:
    from desktop.core.loader import load_content
    from desktop.paths import content_dir, user_dirs
    from desktop.storage import clock
    from desktop.storage.db import open_store
    from desktop.storage.exchange import (
        export_handover,
        import_handover,
        read_handover,
        write_handover,
    )

    model = load_content(content_dir()).model
    dirs = user_dirs(base / "year").ensure()
    store = open_store(dirs.database, dirs.backup)
    profile = store.create_profile("一年分の記録")
    items = list(model.items)
    original_now = clock.now
    day0 = dt.datetime(2025, 11, 25, 9, 0, tzinfo=dt.UTC)
    try:
        for day in range(365):  # one year of daily changes: a few items and one answer a day
            moment = day0 + dt.timedelta(days=day)
            clock.now = lambda m=moment: m
            for k in range(3):
                store.set_item_status(profile.id, items[(day * 3 + k) % len(items)], ("partial", "done", "not_done")[k])
            store.set_answer(profile.id, day % 25 + 1, ("yes", "partial", "no")[day % 3])
    finally:
        clock.now = original_now
    samples = []
    for run in range(max(runs, 1)):
        start = time.perf_counter()
        write_handover(export_handover(store, profile.id), base / "handover.json")
        target = user_dirs(base / f"import-{run}").ensure()
        other = open_store(target.database, target.backup)
        import_handover(other, read_handover(base / "handover.json"), known_item_ids=set(items))
        other.close()
        samples.append(time.perf_counter() - start)
    history = len(store.history(profile.id))
    store.close()
    record("package_roundtrip", statistics.median(samples) * 1000, "ms", None, f"< 1000 ms ({history} history rows)")


def bench_memory(data_dir: Path) -> None:
    code = (
        "import sys, psutil, os; sys.path.insert(0, '.');"
        "from bench.run import make_window;"
        f"app, window, store = make_window(__import__('pathlib').Path({str(data_dir)!r}));"
        "p = psutil.Process(); first = p.memory_info().rss;"
        "learn = window.views['learn']; window.show_page('learn');"
        "[ (learn.open_lesson(l), app.processEvents()) for l in list(window.session.content.lessons)[:10] ];"
        "print(first, p.memory_info().rss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    first, after = (int(v) for v in out.stdout.split()[-2:])
    record("rss_after_start", first / 2**20, "MB", None, "< 150 MB")
    record("rss_after_ten_lessons", after / 2**20, "MB", None, "< 150 MB")


def collect_corpus(data_dir: Path, folder: Path, count: int) -> list[Path]:
    """COUNT summaries of realistic size: the demo company's (every criterion, a plan of a
    few dozen entries, notes included), each under its own company id and name."""
    import copy
    import uuid

    from desktop.core.loader import load_content
    from desktop.core.summary import with_digest
    from desktop.paths import content_dir, user_dirs
    from desktop.report.build import summary_for
    from desktop.storage.db import open_store

    dirs = user_dirs(data_dir)
    store = open_store(dirs.database, dirs.backup)
    model = load_content(content_dir()).model
    base = summary_for(store, model, store.list_profiles()[0].id, detail="notes")
    store.close()
    folder.mkdir(parents=True, exist_ok=True)
    statuses = ("met", "partial", "not_met", "unknown", "unanswered")
    paths = []
    for number in range(count):
        summary = copy.deepcopy(base)
        summary["company"] = {**summary["company"], "id": str(uuid.UUID(int=number + 1)),
                              "name": f"取引先{number:05d}株式会社"}
        for offset, criterion in enumerate(summary["schemes"]["scs-star4"]["criteria"][number % 7::7]):
            criterion["status"] = statuses[(number + offset) % len(statuses)]  # companies differ a little
        path = folder / f"{number:05d}.json"
        path.write_text(json.dumps(with_digest(summary), ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def bench_collect(runs: int, data_dir: Path, base: Path) -> None:
    sizes = (100, 300) if runs == 1 else (1000, 5000, 10000)
    paths = collect_corpus(data_dir, base / "summaries", max(sizes))
    record("collect_file_size", sum(p.stat().st_size for p in paths[:100]) / 100 / 1024, "kB")
    jobs = min(os.cpu_count() or 1, 4)

    def timed(mode: str, count: int, attempt: int) -> dict:
        listing = base / f"list-{count}.txt"
        listing.write_text("\n".join(map(str, paths[:count])), encoding="utf-8")
        db = base / f"collect-{count}-{attempt}.db"
        out = subprocess.run([sys.executable, "bench/collect_worker.py", mode, str(listing), str(db), str(jobs)],
                             capture_output=True, text=True, cwd=ROOT, timeout=1800)
        if out.returncode != 0:
            raise RuntimeError(f"collect benchmark failed: {out.stderr[-2000:]}")
        db.unlink(missing_ok=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    for count in sizes:
        floors, collects = [], []
        for attempt in range(1 if runs == 1 else 2):  # files are in the page cache after the corpus is written
            floors.append(timed("floor", count, attempt))
            collects.append(timed("collect", count, attempt))
        floor = min(r["seconds"] for r in floors)
        best = min(collects, key=lambda r: r["seconds"])
        record(f"collect_{count}", best["seconds"] * 1000, "ms", floor * 1000,
               "ratio <= 2 (baseline: json.loads of the same files)" if count == max(sizes) else "")
        record(f"collect_{count}_per_file", best["seconds"] * 1000 / count, "ms/file")
        # processor time of the command and its helpers against the floor's: the work done,
        # which a busy shared machine changes less than the elapsed time
        record(f"collect_{count}_cpu", min(r["cpu_seconds"] for r in collects) * 1000, "ms",
               min(r["cpu_seconds"] for r in floors) * 1000)
        record(f"collect_{count}_rss_growth", best["peak_mb"] - best["before_mb"], "MB", None,
               "bounded: about the same for every count")
        record(f"collect_{count}_helper_peak", best["helper_peak_mb"], "MB")


def bench_bundle() -> None:
    folder = ROOT / "dist" / "mamori"
    if folder.is_dir():
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        record("bundle_size", size / 2**20, "MB", None, "<= 130 MB")


SOAK_KILLS = 50
SOAK_UNITS = {"soak_seconds": "s"}
SOAK_TARGETS = {"soak_lost_writes": "0", "soak_integrity_failures": "0", "soak_partial_files_after_next_open": "0",
                "soak_backups_kept": "<= 5 (keep)"}


def bench_soak(kills: int) -> None:
    """SIGKILLs during writes (bench/soak.py): lost writes, integrity, leftover partial backups."""
    from bench.soak import soak

    for name, value in soak(kills).items():
        record(name, value, SOAK_UNITS.get(name, "count"), None, SOAK_TARGETS.get(name, ""))


GROUPS = {
    "content": lambda runs, data_dir, base: bench_content(runs, base),
    "startup": lambda runs, data_dir, base: bench_startup(runs, data_dir),
    "gui": lambda runs, data_dir, base: bench_gui(runs, data_dir),
    "companies": lambda runs, data_dir, base: bench_companies(runs, base),
    "exports": lambda runs, data_dir, base: bench_exports(runs, data_dir, base),
    "package": lambda runs, data_dir, base: bench_package(runs, base),
    "memory": lambda runs, data_dir, base: bench_memory(data_dir),
    "collect": lambda runs, data_dir, base: bench_collect(runs, data_dir, base),
    "bundle": lambda runs, data_dir, base: bench_bundle(),
    "soak": lambda runs, data_dir, base: bench_soak(SOAK_KILLS),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run of each figure")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="", help="comma-separated groups: " + ", ".join(GROUPS))
    parser.add_argument("--kills", type=int, default=None, help="SIGKILLs in the soak run (default 50, --quick 10)")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    global SOAK_KILLS
    SOAK_KILLS = args.kills if args.kills is not None else (10 if args.quick else 50)
    chosen = [g.strip() for g in args.only.split(",") if g.strip()] or list(GROUPS)
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    base = Path(tempfile.mkdtemp(prefix="mamori-bench-"))
    try:
        data_dir = demo_data_dir(base)
        for group in chosen:
            GROUPS[group](runs, data_dir, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(f"{'figure':36} {'value':>10} {'unit':10} {'baseline':>10} {'ratio':>7}  target")
    for r in RESULTS:
        baseline = "" if r["baseline"] is None else f"{r['baseline']:10.1f}"
        ratio = "" if r["ratio"] is None else f"{r['ratio']:7.2f}"
        print(f"{r['name']:36} {r['value']:10.2f} {r['unit']:10} {baseline:>10} {ratio:>7}  {r['target']}")
    for r in RESULTS:
        print(json.dumps({k: r[k] for k in ("name", "value", "unit", "baseline", "ratio")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
