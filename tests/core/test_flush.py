"""Flushing a file and its folder to the disk: what a backup and a new collection rely on
before they say a file is in place."""

from __future__ import annotations

import os

import pytest

from desktop.core import safe_files
from desktop.core.safe_files import flush_file, flush_folder


@pytest.fixture()
def synced(monkeypatch):
    """The descriptors os.fsync was called with, and those closed afterwards."""
    calls = {"fsync": [], "close": []}
    real_fsync, real_close = os.fsync, os.close

    def fsync(fd):
        calls["fsync"].append(fd)
        real_fsync(fd)

    def close(fd):
        calls["close"].append(fd)
        real_close(fd)

    monkeypatch.setattr(safe_files.os, "fsync", fsync)
    monkeypatch.setattr(safe_files.os, "close", close)
    return calls


def test_a_file_is_synced_and_keeps_its_bytes(tmp_path, synced):
    path = tmp_path / "copy.db"
    path.write_bytes(b"all of it")

    flush_file(path)

    assert len(synced["fsync"]) == 1
    assert path.read_bytes() == b"all of it"


def test_a_missing_file_is_an_error_and_is_not_created(tmp_path):
    with pytest.raises(FileNotFoundError):
        flush_file(tmp_path / "gone.db")
    assert not (tmp_path / "gone.db").exists()


@pytest.mark.skipif(os.name != "posix", reason="folders are flushed on POSIX only")
def test_a_folder_is_synced_and_its_handle_closed(tmp_path, synced):
    flush_folder(tmp_path)

    assert len(synced["fsync"]) == 1
    assert synced["close"] == synced["fsync"]


@pytest.mark.skipif(os.name != "posix", reason="folders are flushed on POSIX only")
def test_a_missing_folder_is_an_error_not_a_silent_success(tmp_path, synced):
    with pytest.raises(FileNotFoundError):
        flush_folder(tmp_path / "gone")
    assert synced["fsync"] == []


class _Windows:
    """The os module as Windows shows it (for safe_files only: pathlib must not see it)."""

    name = "nt"

    def __getattr__(self, attribute):
        return getattr(os, attribute)


def test_without_posix_folders_are_left_alone(tmp_path, monkeypatch, synced):
    monkeypatch.setattr(safe_files, "os", _Windows())

    flush_folder(tmp_path / "gone")  # not even opened: Windows has no folder handle to flush

    assert synced["fsync"] == []
