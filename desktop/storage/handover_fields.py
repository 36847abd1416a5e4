"""The building blocks of the hand-over file check: the refusal that names a field,
and the field checks every part of the file (the main part and the ★3 records) uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.storage.field_rules import show


class ImportRejected(Exception):
    """A hand-over file was refused; nothing was written. `field` says where."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _rule(where: str, check: Callable[..., Any], *args: object) -> Any:
    try:
        return check(*args)
    except ValueError as error:
        raise ImportRejected(where, str(error)) from None


def _optional(where: str, check: Callable[..., Any], value: object) -> Any:
    return None if value is None else _rule(where, check, value)


def _mapping(value: object, where: str) -> None:
    if not isinstance(value, dict):
        raise ImportRejected(where, f"{show(value)} is not an object")
    for key in value:
        if not isinstance(key, str):
            raise ImportRejected(where, f"key {show(key)} is not text")


def _fields(
    value: object, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> None:
    _mapping(value, where or "package")
    assert isinstance(value, dict)
    prefix = f"{where}." if where else ""
    for key in value:
        if key not in required and key not in optional:
            raise ImportRejected(f"{prefix}{_label(key)}", "is not a field of a Mamori package")
    for key in required:
        if key not in value:
            raise ImportRejected(f"{prefix}{key}", "is missing")


def _label(key: str) -> str:
    """A field name fit for a message: shown as is when short and printable."""
    if len(key) <= 40 and key.isprintable() and key.strip() == key and key:
        return key
    return show(key)
