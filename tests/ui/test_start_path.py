"""What an everyday start may load before the first paint (docs/benchmark.md says why).

Timings belong to the benchmark; these tests guard the causes found when profiling the
start, so a change that brings one back fails here with a message instead of quietly
costing every user tens of milliseconds: sqlite-utils (~100 ms of imports), the content
loader and its parsers (the library comes from the cache), and Qt's namespace enums
(~40 ms, built by the first call whose overloads take one of them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support.content import bundled_content

REPORT = """
import json, sys
import desktop.app as app

def report(qt_app, window, result, store, started):
    qt_app.processEvents()  # the first paint
    import PySide6.QtCore as core
    print(json.dumps({
        "modules": sorted(sys.modules),
        "qt_enums_built": "Qt" in core.__dict__,
        "lessons": len(result.model.lessons),
    }))
    return 0

app.smoke_check = report
sys.exit(app.run_gui(smoke=True))
"""

MUST_WAIT = {
    "sqlite_utils": "the store opens with sqlite3; sqlite-utils is for pending schema changes",
    "desktop.storage.migrations": "loaded only when a schema change is pending",
    "desktop.core.loader": "the library comes from the cache folder while no file changed",
    "yaml": "content is parsed only on a cache miss",
    "markdown": "lessons are rendered when opened",
    "desktop.ui.profile_dialog": "the company dialog is built when it is opened",
    "desktop.core.summary_types": "the summary's types are for building and reading a report",
}


def start_once(data_dir) -> dict:
    env = {**os.environ, "MAMORI_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", REPORT], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_an_everyday_start_loads_only_what_the_first_screen_needs(dirs, store):
    from tools.demo import populate

    populate(store, bundled_content().model)
    store.close()
    first = start_once(dirs.data)  # fills the content cache, like the first start of the day
    assert "desktop.core.loader" in first["modules"]
    everyday = start_once(dirs.data)
    assert everyday["lessons"] == len(bundled_content().model.lessons)
    loaded = set(everyday["modules"])
    early = {name: why for name, why in MUST_WAIT.items() if name in loaded}
    assert early == {}, f"loaded before the first paint: {early}"
    assert not everyday["qt_enums_built"], (
        "Qt's namespace enums were built before the first paint (about 40 ms): a call on the "
        "start path takes an overload with a Qt.* enum (QBrush(QColor), QPainter.setPen, "
        "fillRect, alignment flags, QAction.setShortcut ...); see desktop/ui/charts.py"
    )
