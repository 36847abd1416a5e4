"""ヘルプ: the short guide, in the lesson reader's style and the user's language."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from desktop.core.frontmatter import ContentError, read_source
from desktop.core.render import render_markdown
from desktop.paths import content_dir
from desktop.ui.theme import TEXT_SIZES, document_css


def guide_path(lang: str):
    """content/help/guide.<lang>.md, falling back to Japanese."""
    folder = content_dir() / "help"
    wanted = folder / f"guide.{lang}.md"
    return wanted if wanted.exists() else folder / "guide.ja.md"


def guide_html(lang: str, text_size: str) -> str:
    source = read_source(guide_path(lang))
    body = render_markdown(source.body, base_dir=source.path.parent).html
    title = html.escape(str(source.meta.get("title", "")))
    points = TEXT_SIZES.get(text_size, 13)
    return f"<html><head><style>{document_css(points)}</style></head><body><h1>{title}</h1>{body}</body></html>"


class HelpDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mamori の使い方"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("使い方ガイド"))
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setHtml(guide_html(session.lang, str(session.settings.value("ui/text_size", "large"))))
        except (OSError, ContentError) as exc:
            self.browser.setPlainText(self.tr("使い方ガイドを読み込めませんでした: {0}").format(exc))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else None) or self.screen()
        free = screen.availableGeometry()
        self.resize(min(820, free.width() - 40), min(700, free.height() - 60))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
