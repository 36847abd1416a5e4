"""One lesson as a page for the reader: title, summary, body, linked checklist items."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.core.localized import Text
from desktop.core.render import render_markdown
from desktop.ui.theme import TEXT_SIZES, document_css

AUDIENCE_LABELS = {"staff": Text("従業員", "Staff"), "person-in-charge": Text("担当者", "Person in charge"),
                   "owner": Text("経営者", "Owner")}


def lesson_page(lesson, session) -> str:
    """Full HTML of a lesson in the session's language (rendered Markdown is cached)."""
    lang = session.lang
    text = lesson.text(lang)
    body = render_markdown(text.body, base_dir=text.path.parent, pack_root=lesson.pack_root).html
    points = TEXT_SIZES.get(str(session.settings.value("ui/text_size", "large")), 13)
    who = "・".join(AUDIENCE_LABELS[a].get(lang) for a in lesson.audience)
    items = []
    for item_id in lesson.items:
        item = session.content.items.get(item_id)
        if item is not None:
            items.append(f'<li><a href="item:{item_id}">{html.escape(item.text(lang).title)}</a></li>')
    items_html = ""
    if items:
        heading = QCoreApplication.translate("lesson", "このレッスンに対応するチェックリスト項目")
        items_html = f"<h2>{heading}</h2><ul>{''.join(items)}</ul>"
    sources_html = ""
    if text.sources:
        sources = "".join(f"<li>{html.escape(s)}</li>" for s in text.sources)
        heading = QCoreApplication.translate("lesson", "出典")
        sources_html = f"<h2>{heading}</h2><ul>{sources}</ul>"
    meta = QCoreApplication.translate("lesson", "約{0}分 ・ 対象: {1}").format(lesson.minutes, who)
    return (
        f"<html><head><style>{document_css(points)}</style></head><body>"
        f"<h1>{html.escape(text.title)}</h1>"
        f"<p style='color:#4a5866'>{html.escape(meta)}</p>"
        f"<p><b>{html.escape(text.summary)}</b></p>{body}{items_html}{sources_html}</body></html>"
    )
