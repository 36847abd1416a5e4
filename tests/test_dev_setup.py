"""dev.py: system libraries come from an explicit `setup`, which `test` runs only when it may.

apt-get is replaced by a stand-in here; the real apt is never called.
"""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def dev(monkeypatch):
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calls: list[list[str]] = []
    module.calls = calls
    monkeypatch.setattr(module.sys, "platform", "linux")
    monkeypatch.setattr(module.shutil, "which", lambda name: f"/usr/bin/{name}")
    return module


def fake_apt(dev, monkeypatch, *, installed: set[str], install_result=(0, "", "")):
    """dpkg-query answers from `installed`; apt-get install answers with `install_result`."""
    def run(command, **kwargs):
        dev.calls.append(command)
        if command[0] == "dpkg-query":
            name = command[-1]
            return subprocess.CompletedProcess(command, 0, "install ok installed" if name in installed else "", "")
        if "install" in command:
            code, out, err = install_result
            if code == 0:
                installed.update(dev.APT_PACKAGES)
            return subprocess.CompletedProcess(command, code, out, err)
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(dev.subprocess, "run", run)


def as_root(dev, monkeypatch, root: bool):
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0 if root else 1000, raising=False)


def apt_installs(dev) -> list[list[str]]:
    return [c for c in dev.calls if c[0] == "apt-get" and "install" in c]


def test_nothing_is_installed_when_every_library_is_there(dev, monkeypatch):
    fake_apt(dev, monkeypatch, installed=set(dev.APT_PACKAGES))
    as_root(dev, monkeypatch, True)
    dev.ensure_system_libraries()
    assert apt_installs(dev) == []


def test_root_with_missing_libraries_runs_setup(dev, monkeypatch):
    fake_apt(dev, monkeypatch, installed=set(dev.APT_PACKAGES[1:]))
    as_root(dev, monkeypatch, True)
    dev.ensure_system_libraries()
    [install] = apt_installs(dev)
    assert install[-1] == dev.APT_PACKAGES[0] and "-y" in install


def test_without_root_it_only_says_what_is_missing(dev, monkeypatch, capsys):
    fake_apt(dev, monkeypatch, installed=set(dev.APT_PACKAGES[1:]))
    as_root(dev, monkeypatch, False)
    dev.ensure_system_libraries()
    assert apt_installs(dev) == []
    assert f"sudo apt-get install {dev.APT_PACKAGES[0]}" in capsys.readouterr().out
    assert dev.setup() == 1  # an explicit setup without root says so and fails


def test_a_held_dpkg_lock_gives_a_message_not_a_traceback(dev, monkeypatch, capsys):
    locked = (100, "", "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)")
    fake_apt(dev, monkeypatch, installed=set(), install_result=locked)
    as_root(dev, monkeypatch, True)
    assert dev.setup() == 1
    assert "the dpkg lock is held" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_system_libraries()
    assert stopped.value.code == 1
    assert any(f"DPkg::Lock::Timeout={dev.LOCK_WAIT_SECONDS}" in c for c in apt_installs(dev)[0])


def test_version_is_read_from_the_package(dev):
    from desktop import __version__

    assert dev.version() == __version__


def test_the_archive_is_named_after_the_version_and_has_its_checksum(dev, monkeypatch, tmp_path):
    import hashlib
    import tarfile

    monkeypatch.setattr(dev, "ROOT", tmp_path)
    monkeypatch.setattr(dev, "version", lambda: "9.8.7")
    monkeypatch.setattr(dev.platform, "machine", lambda: "AMD64")
    (tmp_path / "dist" / "mamori").mkdir(parents=True)
    (tmp_path / "dist" / "mamori" / "mamori").write_text("program")
    archive = dev.archive_bundle()
    assert archive.name == "mamori-9.8.7-linux-x86_64.tar.gz"
    with tarfile.open(archive) as packed:
        assert "mamori/mamori" in packed.getnames()
    checksum = archive.with_name(archive.name + ".sha256").read_text()
    assert checksum == f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n"


def test_lint_runs_ruff_then_the_type_check_and_stops_at_the_first_failure(dev, monkeypatch):
    ran: list[tuple[str, ...]] = []
    answers = {"ruff": 0, "mypy": 1}
    monkeypatch.setattr(dev, "run", lambda python, *args, env=None: ran.append(args) or answers[args[1]])
    assert dev.lint(Path("python")) == 1
    assert [args[1] for args in ran] == ["ruff", "mypy"]
    ran.clear()
    answers["ruff"] = 1
    assert dev.lint(Path("python")) == 1
    assert [args[1] for args in ran] == ["ruff"]
