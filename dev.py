#!/usr/bin/env python3
"""Developer entry point that needs nothing but Python 3.11+.

    python3 dev.py setup    install the system libraries Qt needs (Debian/Ubuntu, as root)
    python3 dev.py run      start Mamori (creates/updates .venv first)
    python3 dev.py test     run the content check and the whole test suite
    python3 dev.py bench    print the speed and memory benchmark
    python3 dev.py build    build the PyInstaller bundle, start it once (--smoke) and pack
                            it as dist/mamori-VERSION-SYSTEM-MACHINE.tar.gz (.zip on
                            Windows) with its .sha256
    python3 dev.py lint     ruff, then the mypy type check (configured in pyproject.toml)

The virtual environment lives in .venv and is refreshed whenever pyproject.toml changes.
On Linux, `test`, `run`, `bench` and `build` run `setup` themselves only when a library is
missing and they run as root with apt; otherwise they say which are missing.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".mamori-deps"
APT_PACKAGES = [
    # Qt offscreen and PDF export
    "libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0", "libfreetype6", "libfontconfig1", "libdbus-1-3",
    # a real window (screenshots under Xvfb)
    "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0", "libxrender1",
]


LOCK_WAIT_SECONDS = 120


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    """Create .venv and install Mamori with its dev extras when pyproject.toml changed."""
    python = venv_python()
    if not python.exists():
        print("creating .venv …", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            sys.exit(f"cannot create a virtual environment ({exc}). On Debian/Ubuntu install python3-venv.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("installing Mamori and its dependencies into .venv …", flush=True)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run(pip + ["--upgrade", "pip"], check=True)
        subprocess.run(pip + ["-e", f"{ROOT}[dev]"], check=True)
        STAMP.write_text(wanted)
    return python


def lint(python: Path) -> int:
    """ruff over the code, then mypy (its settings, strict for core/ and storage/, are in
    pyproject.toml); 0 when both are clean."""
    status = run(python, "-m", "ruff", "check", "desktop", "tests", "bench", "tools", "dev.py")
    if status != 0:
        print("ruff found problems", file=sys.stderr)
        return status
    status = run(python, "-m", "mypy")
    if status != 0:
        print("mypy found problems", file=sys.stderr)
    return status


def missing_apt_packages() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    missing = []
    for name in APT_PACKAGES:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def setup() -> int:
    """Install the missing system libraries with apt-get; 0 when all are there afterwards."""
    missing = missing_apt_packages()
    if not missing:
        print("the system libraries Qt needs are installed")
        return 0
    if not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")):
        print("these system libraries are missing: " + " ".join(missing)
              + "\ninstall them with: sudo apt-get install " + " ".join(missing), file=sys.stderr)
        return 1
    print(f"installing system libraries for Qt: {' '.join(missing)}", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # Wait a little for another apt or dpkg (unattended upgrades) instead of failing at once.
    lock_wait = ["-o", f"DPkg::Lock::Timeout={LOCK_WAIT_SECONDS}"]
    subprocess.run(["apt-get", *lock_wait, "update", "-qq"], check=False, env=env)
    result = subprocess.run(["apt-get", *lock_wait, "install", "-y", "-qq", "--no-install-recommends", *missing],
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        if "lock" in output.lower():
            print("cannot install the system libraries now: another program is installing packages "
                  "(the dpkg lock is held). Wait for it to finish, then run `python3 dev.py setup`.",
                  file=sys.stderr)
        else:
            print(f"apt-get could not install {' '.join(missing)}:\n{output}", file=sys.stderr)
        return 1
    still = missing_apt_packages()
    if still:
        print(f"apt-get finished, but these are still missing: {' '.join(still)}", file=sys.stderr)
        return 1
    return 0


def ensure_system_libraries() -> None:
    """Run setup when a library is missing and we may install (root with apt); else say what
    is missing. Exits with setup's message when installing fails."""
    missing = missing_apt_packages()
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        if setup() != 0:
            sys.exit(1)
    else:
        print("note: these system libraries may be needed by Qt: " + " ".join(missing)
              + "\n      (sudo apt-get install " + " ".join(missing) + ", or python3 dev.py setup as root)",
              flush=True)


def version() -> str:
    """Mamori's version, read from desktop/__init__.py (the one place it is set)."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def archive_bundle() -> Path:
    """Pack the built bundle as dist/mamori-VERSION-SYSTEM-MACHINE.tar.gz (.zip on Windows) and
    write its SHA-256 beside it; return the archive's path."""
    dist = ROOT / "dist"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())
    base = dist / f"mamori-{version()}-{system}-{machine}"
    folder = "Mamori.app" if system == "macos" else "mamori"
    # zip for Windows users; tar keeps the symbolic links inside a macOS app bundle
    archive = Path(shutil.make_archive(str(base), "zip" if system == "windows" else "gztar", dist, folder))
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    checksum = archive.with_name(archive.name + ".sha256")
    checksum.write_text(f"{digest}  {archive.name}\n", encoding="ascii")
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(python: Path, *args: str, env: dict | None = None) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return setup()
    if command == "run":
        if sys.platform.startswith("linux"):
            ensure_system_libraries()
        return run(ensure_venv(), "-m", "desktop", *rest)
    if command == "test":
        ensure_system_libraries()
        python = ensure_venv()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        status = run(python, "-m", "desktop", "content", "check", env=env)
        if status != 0:
            print("content check failed", file=sys.stderr)
            return status
        status = run(python, "-m", "ruff", "check", "-q", "desktop", "tests", "bench", "tools", "dev.py")
        if status != 0:
            print("ruff found problems (python3 dev.py lint)", file=sys.stderr)
            return status
        return run(python, "-m", "pytest", *rest, env=env)
    if command == "bench":
        ensure_system_libraries()
        return run(ensure_venv(), "bench/run.py", *rest, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if command == "build":
        ensure_system_libraries()
        python = ensure_venv()
        status = run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec")
        if status != 0:
            return status
        bundle = ROOT / "dist" / "mamori"
        # on Windows the console program, so that the smoke result is printed
        exe = bundle / ("mamori-cli.exe" if os.name == "nt" else "mamori")
        smoke_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                     "MAMORI_DATA_DIR": str(ROOT / "build" / "smoke-data")}
        status = subprocess.run([str(exe), "--smoke"], env=smoke_env).returncode
        if status != 0:
            return status
        archive = archive_bundle()
        print(f"bundle {bundle.relative_to(ROOT)}: {folder_size(bundle) / 1e6:.0f} MB; "
              f"archive {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.0f} MB (+ .sha256)")
        return 0
    if command == "lint":
        return lint(ensure_venv())
    print(f"unknown command '{command}'\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
