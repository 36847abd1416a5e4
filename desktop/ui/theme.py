"""Fonts, text size and the style sheet: large, readable, the bundled Japanese font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.report.fonts import load_bundled_font

TEXT_SIZES = {"normal": 11, "large": 13, "larger": 16}
DEFAULT_TEXT_SIZE = "large"


def apply_theme(app: QCoreApplication | None, text_size: str = DEFAULT_TEXT_SIZE) -> None:
    """Make the bundled font the application font at the chosen size, and set the style
    (widgets only: there is nothing to style without a QApplication)."""
    if not isinstance(app, QApplication):
        return
    family = load_bundled_font()
    points = TEXT_SIZES.get(text_size, TEXT_SIZES[DEFAULT_TEXT_SIZE])
    font = QFont(family, points)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    app.setStyleSheet(style_sheet(points))


def style_sheet(points: int) -> str:
    """The app's style: calm colours, clear focus, generous spacing."""
    return f"""
    QWidget {{ color: #1f2a33; }}
    QMainWindow, QDialog {{ background: #f7f8fa; }}
    #SideNav {{ background: #1f3a5f; border: none; color: white; padding-top: 8px; }}
    #SideNav::item {{ padding: {12 if points <= 13 else 7}px 16px; margin: 2px 6px; border-radius: 6px; color: #e8eef6; }}
    #SideNav::item:selected {{ background: #3c6ea8; color: white; }}
    #SideNav::item:hover:!selected {{ background: #2c4d78; }}
    #PageTitle {{ font-size: {points + 7}pt; font-weight: bold; color: #1f3a5f; }}
    #Hint {{ color: #4a5866; }}
    #ItemTitle {{ font-size: {points + 2}pt; font-weight: bold; }}
    #Card {{ background: white; border: 1px solid #d5dbe3; border-radius: 8px; }}
    #BigNumber {{ font-size: {points + 14}pt; font-weight: bold; color: #1f3a5f; }}
    QPushButton {{ padding: 6px 14px; border: 1px solid #9aa8b8; border-radius: 6px; background: white; }}
    QPushButton:hover {{ background: #eef3f9; }}
    QPushButton:focus, QComboBox:focus, QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{
        border: 2px solid #3c6ea8; }}
    QPushButton#Primary {{ background: #1f5fa8; color: white; border: 1px solid #1f5fa8; }}
    QPushButton#Primary:hover {{ background: #2a6fbf; }}
    QPushButton#Primary:disabled {{ background: #c9d3de; color: #4a5866; border: 1px solid #c9d3de; }}
    QPushButton:disabled {{ color: #9aa4ae; background: #f0f2f4; }}
    QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit {{
        padding: 4px 6px; border: 1px solid #9aa8b8; border-radius: 4px; background: white; }}
    QTextBrowser {{ background: white; border: 1px solid #d5dbe3; border-radius: 6px; }}
    QTreeWidget, QListWidget, QTableWidget {{ background: white; border: 1px solid #d5dbe3; }}
    QProgressBar {{ border: 1px solid #9aa8b8; border-radius: 4px; background: white; text-align: center; }}
    QProgressBar::chunk {{ background: #3c8d5a; }}
    QStatusBar {{ background: #eef1f5; }}
    """


def document_css(points: int) -> str:
    """Style for rendered lessons and the summary preview (QTextDocument's CSS subset)."""
    return f"""
    body {{ font-size: {points + 1}pt; line-height: 160%; }}
    h1 {{ font-size: {points + 6}pt; color: #1f3a5f; line-height: 100%; }}
    h2 {{ font-size: {points + 5}pt; color: #1f3a5f; margin-top: 18px; }}
    h3 {{ font-size: {points + 2}pt; color: #2c4d78; }}
    table {{ border-collapse: collapse; }}
    th {{ background: #e7edf5; padding: 4px 8px; }}
    td {{ padding: 4px 8px; }}
    .admonition {{ background: #fff7e0; margin: 8px 0; padding: 6px 12px; }}
    .admonition-title {{ font-weight: bold; }}
    a {{ color: #1f5fa8; }}
    """


def text_points(settings) -> int:
    """The point size of the text size chosen in 設定."""
    return TEXT_SIZES.get(str(settings.value("ui/text_size", DEFAULT_TEXT_SIZE)), TEXT_SIZES[DEFAULT_TEXT_SIZE])


def scaled_for_screen(document: str, points: int, printed: int = 10) -> str:
    """An HTML document written for paper (its body in PRINTED pt) with every pt size in its
    style sheet scaled so that its body text is as large as the screen's text (POINTS)."""
    import re

    head, marker, rest = document.partition("</style>")
    if not marker:
        return document
    scale = points / printed
    head = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", head)
    return head + marker + rest
