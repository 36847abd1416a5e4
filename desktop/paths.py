"""Every file location Mamori uses.

User folders come from platformdirs; `--data-dir DIR` or the MAMORI_DATA_DIR environment
variable moves all of them under one folder (tests and consultants use this). Bundled
`content/` and `resources/` are found both in a source checkout and inside a PyInstaller
bundle.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_ID, APP_NAME

DATA_DIR_ENV = "MAMORI_DATA_DIR"
DATABASE_NAME = "mamori.db"


def bundle_root() -> Path:
    """Folder that holds content/ and resources/: the PyInstaller bundle or the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def content_dir() -> Path:
    """The bundled lessons, checklists and schemes."""
    return bundle_root() / "content"


def resources_dir() -> Path:
    """Bundled fonts, style sheet, icons and translations."""
    return bundle_root() / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class UserDirs:
    """The per-user folders: database, settings, logs, backups and caches."""

    data: Path
    config: Path
    log: Path
    backup: Path
    cache: Path

    @property
    def database(self) -> Path:
        return self.data / DATABASE_NAME

    @property
    def packs(self) -> Path:
        """Content packs from third parties (folders or .zip files)."""
        return self.data / "packs"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    def ensure(self) -> UserDirs:
        """Create the folders that do not exist yet; return self."""
        for folder in (self.data, self.config, self.log, self.backup, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def user_dirs(data_dir: str | os.PathLike[str] | None = None) -> UserDirs:
    """User folders: under DATA_DIR when given (or set in MAMORI_DATA_DIR), else platformdirs."""
    override = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
    if override is not None:
        root = Path(override).expanduser().resolve()
        return UserDirs(
            data=root,
            config=root / "config",
            log=root / "logs",
            backup=root / "backups",
            cache=root / "cache",
        )
    import platformdirs

    dirs = platformdirs.PlatformDirs(appname=APP_NAME, appauthor=False, roaming=False)
    data = Path(dirs.user_data_dir)
    return UserDirs(
        data=data,
        config=Path(dirs.user_config_dir),
        log=Path(dirs.user_log_dir),
        backup=data / "backups",
        cache=Path(dirs.user_cache_dir),
    )


__all__ = [
    "APP_ID",
    "DATA_DIR_ENV",
    "UserDirs",
    "bundle_root",
    "content_dir",
    "resource",
    "resources_dir",
    "user_dirs",
]
