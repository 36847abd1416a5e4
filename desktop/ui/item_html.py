"""One checklist item as HTML for the checklist's editor: its explanation, examples of
evidence, the requirements it meets and the lessons that prepare for it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.core.content import ContentModel, Item
from desktop.core.render import render_markdown
from desktop.core.vocab import in_brackets


def item_page(item: Item, content: ContentModel, lang: str) -> str:
    """The explanation of ITEM with its evidence, requirements and lessons, in LANG."""
    text = item.text(lang)
    rendered = render_markdown(text.explanation, base_dir=item.path.parent, pack_root=item.pack_root).html
    refs = []
    for ref in item.maps:
        scheme_id, _, rid = ref.partition(":")
        scheme = content.schemes.get(scheme_id)
        requirement = scheme.requirements.get(rid) if scheme else None
        name = scheme.title.get(lang) if scheme else scheme_id
        level = requirement.get("star") if requirement is not None else None
        star = in_brackets(f"★{level}", lang) if level else ""
        title = requirement.title.get(lang) if requirement else ""
        refs.append(f"<li>{html.escape(name)} {html.escape(rid)}{star}: {html.escape(title)}</li>")
    lessons = "".join(
        f'<li><a href="lesson:{lesson.id}">{html.escape(lesson.text(lang).title)}</a></li>'
        for lesson in content.lessons_for_item(item.id)
    )
    # Translated outside the f-string, where lupdate can find them, in the context of the
    # checklist screen that shows them (the English translation is filed under it).
    evidence_label = QCoreApplication.translate("ChecklistView", "証跡の例")
    meets_label = QCoreApplication.translate("ChecklistView", "満たす要求事項")
    learn_label = QCoreApplication.translate("ChecklistView", "学ぶ")
    return (
        f"{rendered}<p><b>{evidence_label}:</b> {html.escape(text.evidence)}</p>"
        f"<p><b>{meets_label}:</b></p><ul>{''.join(refs)}</ul>"
        + (f"<p><b>{learn_label}:</b></p><ul>{lessons}</ul>" if lessons else "")
    )
