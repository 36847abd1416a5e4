"""Screenshots of every screen, for looking at the app as a user would.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py OUT_DIR \
        [--size 1366x768] [--lang en] [--text-size normal|large|larger]
    ... tools/screenshots.py docs/screenshots --all     every size and language the docs show

Files are named <screen>-<lang>-<W>x<H>.png, with -large at the end for the largest text.
Uses a temporary data folder with the demo company (tools/demo.py); never the real one.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# What docs/screenshots holds: (width, height, text size) in Japanese and English.
DOC_SETS = ((1366, 768, "large"), (1280, 800, "large"), (1024, 600, "larger"))


def main(out: Path, lang: str, size: tuple[int, int] = (1280, 800), text_size: str = "large") -> list[Path]:
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
    shots = [("dashboard", None), ("learn", lambda: learn.open_lesson(next(iter(result.model.lessons)))),
             ("learn-quiz", lambda: learn.reader.tabs.setCurrentIndex(1)),
             ("checklists", lambda: window.views["checklists"].select_item(next(iter(result.model.items)))),
             ("selfcheck", None), ("report", None), ("settings", None), ("suppliers", None)]
    suffix = "-large" if text_size == "larger" else ""
    written = []
    for name, prepare in shots:
        window.show_page(name.split("-")[0])
        if prepare:
            prepare()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}-{lang}-{size[0]}x{size[1]}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)
        print(path)
    shoot_guide(app, window, out, lang, size)
    shoot_review(app, window, out, lang, size)
    window.close()
    return written


def shrink(paths: list[Path]) -> None:
    """Smaller PNGs for the repository: a 256-colour palette where the picture allows."""
    from PIL import Image

    for path in paths:
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)


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


def shoot_review(app, window, out: Path, lang: str, size: tuple[int, int]) -> None:
    """The ★3 review window with a criterion that has a judgement, evidence and a
    confirmation chosen, and the dialog that records the signed pledge."""
    import datetime as dt

    from desktop import star3_actions
    from desktop.storage.star3_store import Star3Store
    from desktop.ui.pledge_dialog import PledgeDialog
    from desktop.ui.review_view import open_review_window

    session = window.session
    profile_id = session.profile.id
    criterion = star3_actions.assessments(session.store, session.content, profile_id)[0].id
    records = Star3Store(session.store)
    if not records.evidence(profile_id, criterion):  # the demo company, once
        records.set_judgement(profile_id, criterion, "met", "入館カードで同等に管理している")
        scan = Path(tempfile.mkdtemp(prefix="mamori-shots-")) / "体制図.png"
        scan.write_bytes(b"\x89PNG demo")
        evidence = records.add_evidence(profile_id, criterion, "情報セキュリティ規程 第3版",
                                        effective=dt.date(2026, 4, 1), expires=dt.date(2027, 3, 31))
        records.attach_file(profile_id, evidence.id, scan)
        star3_actions.confirm(session.store, session.content, profile_id, [criterion], by="田中 一郎",
                              org="たなか事務所", external=True, advice="連絡先一覧に更新日を")
    review = open_review_window(window, session)
    review.resize(min(1100, size[0]), min(760, size[1]))
    view = review.view
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.panel.evidence_list.setCurrentRow(0)
    for _ in range(5):
        app.processEvents()
    path = out / f"review-panel-{lang}-{size[0]}x{size[1]}.png"  # the whole panel, also what is scrolled off
    view.panel.grab().save(str(path))
    print(path)
    for name, widget in (("review", review), ("pledge", PledgeDialog(session, review))):
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}-{lang}-{size[0]}x{size[1]}.png"
        widget.grab().save(str(path))
        print(path)
        widget.close()


if __name__ == "__main__":
    argv = sys.argv[1:]
    folder = next((a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] not in
                   ("--lang", "--size", "--text-size"))), "screenshots")
    if "--all" in argv:  # one process per set: translators and fonts start fresh
        import subprocess

        for width, height, text in DOC_SETS:
            for language in ("ja", "en"):
                subprocess.run([sys.executable, __file__, folder, "--lang", language, "--size", f"{width}x{height}",
                                "--text-size", text, "--shrink"], check=True)
    else:
        lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "ja"
        size = argv[argv.index("--size") + 1] if "--size" in argv else "1280x800"
        text = argv[argv.index("--text-size") + 1] if "--text-size" in argv else "large"
        width, height = (int(n) for n in size.split("x"))
        written = main(Path(folder), lang, (width, height), text)
        if "--shrink" in argv:
            shrink(written)
