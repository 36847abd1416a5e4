#!/usr/bin/env python3
"""Developer entry point that needs nothing but Python 3.11+.

    python3 dev.py run      start Mamori (creates/updates .venv first)
    python3 dev.py test     run the content check and the whole test suite
    python3 dev.py bench    print the speed and memory benchmark
    python3 dev.py build    build the PyInstaller bundle and start it once (--smoke)
    python3 dev.py lint     ruff

The virtual environment lives in .venv and is refreshed whenever pyproject.toml changes.
On Linux, when run as root with apt available, `test` installs the system libraries Qt
needs (see README); elsewhere it only tells you which are missing.
"""

from __future__ import annotations

import hashlib
import os
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


def missing_apt_packages() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    missing = []
    for name in APT_PACKAGES:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def ensure_system_libraries() -> None:
    """Install Qt's system libraries with apt when root; otherwise say what is missing."""
    missing = missing_apt_packages()
    if not missing:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing system libraries for Qt: {' '.join(missing)}", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)
    else:
        print("note: these system libraries may be needed by Qt: " + " ".join(missing)
              + "\n      (sudo apt-get install " + " ".join(missing) + ")", flush=True)


def run(python: Path, *args: str, env: dict | None = None) -> int:
    return subprocess.run([str(python), *args], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
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
        exe = ROOT / "dist" / "mamori" / ("mamori.exe" if os.name == "nt" else "mamori")
        smoke_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                     "MAMORI_DATA_DIR": str(ROOT / "build" / "smoke-data")}
        return subprocess.run([str(exe), "--smoke"], env=smoke_env).returncode
    if command == "lint":
        return run(ensure_venv(), "-m", "ruff", "check", "desktop", "tests", "bench", "tools", "dev.py")
    print(f"unknown command '{command}'\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
