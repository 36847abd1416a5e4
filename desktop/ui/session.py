"""The state the screens share: the store, the content, the current company and learner.

Views subscribe to its signals instead of reaching into each other (no global window).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.core.content import ContentModel


class Session(QObject):
    profileChanged = Signal(object)  # Profile or None
    learnerChanged = Signal(object)  # Learner or None
    progressChanged = Signal(str)  # "items", "answers", "lessons", "profile"
    languageChanged = Signal(str)
    status = Signal(str)  # a short message for the status bar

    def __init__(self, store, content: ContentModel, settings: QSettings, dirs, lang: str = "ja", parent=None):
        super().__init__(parent)
        self.store = store
        self.content = content
        self.settings = settings
        self.dirs = dirs
        self.lang = lang
        self.profile = None
        self.learner = None

    # -- company --------------------------------------------------------------------
    def select_profile(self, profile_id: str | None) -> None:
        """Make a company current (None: no company yet) and remember it."""
        self.profile = self.store.get_profile(profile_id) if profile_id else None
        self.settings.setValue("session/profile", profile_id or "")
        self.learner = None
        if self.profile is not None:
            remembered = self.settings.value(f"session/learner/{self.profile.id}", "")
            self.learner = next((p for p in self.store.list_learners(self.profile.id) if p.id == remembered), None)
        self.profileChanged.emit(self.profile)
        self.learnerChanged.emit(self.learner)

    def restore_profile(self) -> None:
        """Select the company used last time, or the first one."""
        profiles = self.store.list_profiles()
        remembered = self.settings.value("session/profile", "")
        chosen = next((p for p in profiles if p.id == remembered), profiles[0] if profiles else None)
        self.select_profile(chosen.id if chosen else None)

    def reload_profile(self) -> None:
        if self.profile is not None:
            self.profile = self.store.get_profile(self.profile.id)
            self.progressChanged.emit("profile")

    # -- learner ----------------------------------------------------------------------
    def select_learner(self, learner) -> None:
        self.learner = learner
        if self.profile is not None:
            self.settings.setValue(f"session/learner/{self.profile.id}", learner.id if learner else "")
        self.learnerChanged.emit(learner)

    @property
    def by(self):
        """Who makes a change, for the history (the selected learner, if any)."""
        return self.learner.id if self.learner is not None else None

    # -- notifications ------------------------------------------------------------------
    def changed(self, kind: str, message: str = "") -> None:
        self.progressChanged.emit(kind)
        if message:
            self.status.emit(message)
