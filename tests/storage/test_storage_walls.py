"""The package's walls: no Qt, every public function documented, the API in docs/storage.md."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
from pathlib import Path

import pytest

import desktop.storage
from tests.support.storage_testkit import PYTHON, REPO_ROOT, child_env

MODULES = sorted(
    f"desktop.storage.{info.name}" for info in pkgutil.iter_modules(desktop.storage.__path__)
)
DOCS = (REPO_ROOT / "docs" / "storage.md").read_text(encoding="utf-8")

# The names the GUI, CLI and summary code are written against.
DOCUMENTED_API = {
    "desktop.storage.db": ["open_database", "open_store", "DatabaseDamaged"],
    "desktop.storage.migrations": ["migrations", "SCHEMA_SET"],
    "desktop.storage.backup": [
        "backup_database",
        "backup_if_due",
        "list_backups",
        "BackupInfo",
        "restore_backup",
        "set_aside_damaged",
        "open_backup",
    ],
    "desktop.storage.restore": ["restore_from_backup"],
    "desktop.storage.progress": [
        "ProgressStore",
        "Profile",
        "Learner",
        "ItemState",
        "HistoryEntry",
        "LessonResult",
    ],
    "desktop.storage.exchange": [
        "export_handover",
        "write_handover",
        "read_handover",
        "validate_handover",
        "import_handover",
        "ImportReport",
        "ImportRejected",
    ],
}


def test_storage_never_loads_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run(
        [PYTHON, "-c", code], capture_output=True, text=True, env=child_env(), timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module_name", MODULES)
def test_public_functions_and_classes_have_docstrings(module_name):
    module = importlib.import_module(module_name)
    assert inspect.getdoc(module), f"{module_name} has no module docstring"
    missing = []
    for name, obj in vars(module).items():
        if name.startswith("_") or getattr(obj, "__module__", None) != module_name:
            continue
        if inspect.isfunction(obj) or inspect.isclass(obj):
            if not (obj.__doc__ or "").strip():
                missing.append(name)
        if inspect.isclass(obj):
            missing += [
                f"{name}.{method}"
                for method, member in vars(obj).items()
                if inspect.isfunction(member)
                and not method.startswith("_")
                and not (member.__doc__ or "").strip()
            ]
    assert missing == []


@pytest.mark.parametrize("module_name", sorted(DOCUMENTED_API))
def test_api_exists_and_is_in_the_docs(module_name):
    module = importlib.import_module(module_name)
    for name in DOCUMENTED_API[module_name]:
        assert hasattr(module, name), f"{module_name}.{name} is missing"
        assert f"`{name}" in DOCS, f"{name} is not mentioned in docs/storage.md"


def test_every_store_method_is_in_the_docs():
    from desktop.storage.progress import ProgressStore

    # getmembers, not vars: the store's methods live in its parts (progress_work, progress_guide)
    methods = [
        n for n, m in inspect.getmembers(ProgressStore, inspect.isfunction) if not n.startswith("_")
    ]
    assert {"create_profile", "set_item_status", "set_guide", "history"} <= set(methods)
    undocumented = [n for n in methods if n != "close" and f"`{n}`" not in DOCS]
    assert undocumented == []


def test_handover_schema_is_the_one_the_docs_name():
    assert (Path(REPO_ROOT) / "docs" / "handover.schema.json").is_file()
    assert "docs/handover.schema.json" in DOCS
