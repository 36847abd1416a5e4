"""Screens that rebuild from the store only when someone can see them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the mixin relies on, for the type checker only
    from PySide6.QtWidgets import QWidget as _Screen
else:
    _Screen = object


class RefreshWhenShown(_Screen):
    """Mixin for a QWidget with a `refresh()`: changes made elsewhere only mark it stale.

    Call `watch(session)` once in the constructor; the first `refresh()` happens when the
    screen is first shown, so building the window and saving elsewhere stay fast.
    """

    _stale = True

    if TYPE_CHECKING:
        def refresh(self) -> None: ...

    def watch(self, session: Any) -> None:
        self._stale = True
        session.profileChanged.connect(lambda _profile: self.mark_stale())
        session.progressChanged.connect(lambda _kind: self.mark_stale())

    def mark_stale(self) -> None:
        """Rebuild now when visible, otherwise when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)
