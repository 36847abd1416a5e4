"""The wheel and the sdist carry the lessons, schemes, font and translations.

One wheel and one sdist are built per run (from a copy of the sources, so the checkout
stays clean) and their file lists are compared with content/ and resources/. The unpacked
wheel is then used as an installed package: desktop.paths must find its data there, not in
the checkout. A full install into a fresh virtual environment is done by .ci/run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from desktop import __version__

CHECKOUT = Path(__file__).resolve().parent.parent
SOURCES = ("desktop", "content", "resources", "pyproject.toml", "README.md", "LICENSE")
pytestmark = pytest.mark.slow


def data_files(folder: str) -> set[str]:
    root = CHECKOUT / folder
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        path = CHECKOUT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy(path, src / name)
    out = tmp_path_factory.mktemp("dist")
    # No isolation: the dev environment already has setuptools, and nothing is downloaded.
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, text=True, timeout=300)
    return {"wheel": next(out.glob("mamori-*.whl")), "sdist": next(out.glob("mamori-*.tar.gz"))}


def test_the_wheel_carries_content_and_resources_inside_the_package(built):
    assert built["wheel"].name == f"mamori-{__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    for folder in ("content", "resources"):
        inside = {n.removeprefix(f"desktop/_data/{folder}/") for n in names if n.startswith(f"desktop/_data/{folder}/")}
        assert inside == data_files(folder), folder
    assert "desktop/_data/resources/fonts/NotoSansJP-Regular.otf" in names
    assert "desktop/_data/resources/translations/mamori_en.qm" in names
    assert not any(n.startswith(("content/", "resources/", "tests/")) for n in names)


def test_the_wheel_states_its_licences(built):
    wheel = zipfile.ZipFile(built["wheel"])
    info = f"mamori-{__version__}.dist-info"
    metadata = wheel.read(f"{info}/METADATA").decode()
    assert "License-Expression: Apache-2.0 AND CC-BY-4.0 AND OFL-1.1" in metadata
    names = set(wheel.namelist())
    for licence in ("LICENSE", "content/LICENSE", "resources/fonts/OFL.txt"):
        assert f"{info}/licenses/{licence}" in names
    assert "Apache License" in wheel.read(f"{info}/licenses/LICENSE").decode()
    assert "[console_scripts]\nmamori = desktop.__main__:main" in wheel.read(f"{info}/entry_points.txt").decode()


def test_the_sdist_carries_content_and_resources_at_the_top(built):
    with tarfile.open(built["sdist"]) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    for folder in ("content", "resources"):
        assert {n.removeprefix(f"{folder}/") for n in names if n.startswith(f"{folder}/")} >= data_files(folder)
    assert {"LICENSE", "pyproject.toml", "desktop/paths.py"} <= names


def test_an_installed_wheel_finds_its_own_data(built, tmp_path, capsys):
    site = tmp_path / "site-packages"
    zipfile.ZipFile(built["wheel"]).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = ("import desktop, desktop.paths as p; "
             "print(desktop.__file__); print(p.content_dir()); print(p.bundled_problems())")
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=env,
                            capture_output=True, text=True, check=True, timeout=60)
    module, content, problems = result.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    assert Path(content) == site / "desktop" / "_data" / "content"
    assert problems == "[]"
    check = subprocess.run([sys.executable, "-m", "desktop", "content", "check"], cwd=elsewhere,
                           env={**env, "MAMORI_DATA_DIR": str(tmp_path / "data")},
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    from desktop.__main__ import main

    assert main(["content", "check"]) == 0
    assert check.stdout.splitlines()[-1] == capsys.readouterr().out.splitlines()[-1]  # same lessons as the checkout
