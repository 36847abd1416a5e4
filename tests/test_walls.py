"""The two walls: domain and storage never load Qt; widgets never run SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def test_core_and_storage_load_no_qt_in_a_fresh_interpreter():
    code = (
        "import sys, pkgutil, importlib, desktop.core, desktop.storage\n"
        "for pkg in (desktop.core, desktop.storage):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "loaded = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_modules_never_touch_sqlite_directly():
    for path in (PACKAGE / "ui").glob("*.py"):
        imported = _imports(path)
        assert not any(name.startswith(("sqlite3", "sqlite_utils")) for name in imported), path.name
        assert "db.execute" not in path.read_text(encoding="utf-8"), path.name


def test_domain_modules_import_no_qt_even_lazily():
    for folder in ("core", "storage"):
        for path in (PACKAGE / folder).glob("*.py"):
            assert not any(name.startswith("PySide6") for name in _imports(path)), path
