"""Screenshots of every screen at 1280×800, for looking at the app as a user would.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py OUT_DIR [--size 1366x768] [--lang en] [--text-size larger]

Uses a temporary data folder with the demo company (tools/demo.py); never the real one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path, lang: str, size: tuple[int, int] = (1280, 800), text_size: str = "large") -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_window, install_translator
    from desktop.core.loader import load_content
    from desktop.paths import content_dir, user_dirs
    from desktop.storage.db import open_store
    from desktop.ui.theme import apply_theme
    from tools.demo import populate

    out.mkdir(parents=True, exist_ok=True)
    dirs = user_dirs(tempfile.mkdtemp(prefix="mamori-shots-")).ensure()
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(dirs.settings_file), QSettings.Format.IniFormat)
    settings.setValue("ui/language", lang)
    settings.setValue("ui/text_size", text_size)
    install_translator(app, lang)
    apply_theme(app, text_size)
    store = open_store(dirs.database, dirs.backup)
    result = load_content(content_dir())
    populate(store, result.model)
    window = build_window(store, result, settings, dirs, lang, welcome=False)
    window.resize(*size)
    window.show()
    app.processEvents()
    learn = window.views["learn"]
    learn.learner_combo.setCurrentIndex(1)
    learn._on_learner_picked(1)
    shots = [("dashboard", None), ("learn", lambda: learn.open_lesson(next(iter(result.model.lessons)))),
             ("learn-quiz", lambda: learn.tabs.setCurrentIndex(1)),
             ("checklists", lambda: window.views["checklists"].select_item(next(iter(result.model.items)))),
             ("selfcheck", None), ("report", None), ("settings", None)]
    for name, prepare in shots:
        window.show_page(name.split("-")[0])
        if prepare:
            prepare()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}-{lang}-{size[0]}x{size[1]}.png"
        window.grab().save(str(path))
        print(path)
    shoot_guide(app, window, out, lang, size)
    window.close()


def shoot_guide(app, window, out: Path, lang: str, size: tuple[int, int]) -> None:
    """The 「うちに必要なのは？」 guide as it opens over the window (at most the window's size)."""
    from desktop.ui.guide_dialog import GuideDialog

    dialog = GuideDialog(window.session, window.session.profile, window)
    hint = dialog.sizeHint()
    dialog.resize(min(hint.width(), size[0]), min(hint.height(), size[1]))
    dialog.show()
    for _ in range(5):
        app.processEvents()
    path = out / f"guide-{lang}-{size[0]}x{size[1]}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()


if __name__ == "__main__":
    argv = sys.argv[1:]
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "ja"
    size = argv[argv.index("--size") + 1] if "--size" in argv else "1280x800"
    text_size = argv[argv.index("--text-size") + 1] if "--text-size" in argv else "large"
    width, height = (int(n) for n in size.split("x"))
    folder = next((a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or not argv[i - 1].startswith("--"))),
                  "screenshots")
    main(Path(folder), lang, (width, height), text_size)
