"""The screens of the main window, in the order of the side navigation, each built the
first time it is shown (a fast start)."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

PAGES = ("dashboard", "learn", "checklists", "selfcheck", "report", "settings", "suppliers")
VIEW_CLASSES = {
    "dashboard": ("desktop.ui.dashboard", "DashboardView"),
    "learn": ("desktop.ui.learn_view", "LearnView"),
    "checklists": ("desktop.ui.checklist_view", "ChecklistView"),
    "selfcheck": ("desktop.ui.selfcheck_view", "SelfCheckView"),
    "report": ("desktop.ui.report_view", "ReportView"),
    "settings": ("desktop.ui.settings_view", "SettingsView"),
    "suppliers": ("desktop.ui.suppliers_view", "SuppliersView"),
}


class LazyPages(Mapping):
    """The six screens, each built the first time it is needed (a fast start)."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> Any:  # each page has a class of its own
        if key not in self.built:
            if key not in VIEW_CLASSES:
                raise KeyError(key)
            module, name = VIEW_CLASSES[key]
            view_class = getattr(importlib.import_module(module), name)
            self.built[key] = view = view_class(self.window.session, self.window.stack)
            index = PAGES.index(key)
            placeholder = self.window.stack.widget(index)
            self.window.stack.insertWidget(index, view)
            if placeholder is not None:
                self.window.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.window.connect_view(key, view)
        return self.built[key]

    def __iter__(self):
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)
