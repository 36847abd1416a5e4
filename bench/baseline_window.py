"""The floor for start-up: a bare PySide6 window showing one converted lesson.

Started as its own process by bench/run.py; prints `shown_at=<epoch seconds>` once the
window has been shown and painted.
"""

import sys
import time
from pathlib import Path

import markdown
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

lesson = Path(sys.argv[1]).read_text(encoding="utf-8").split("---", 2)[-1]
app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser(window)
browser.setHtml(markdown.markdown(lesson, extensions=["tables", "admonition"]))
window.setCentralWidget(browser)
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"shown_at={time.time():.4f}", flush=True)
