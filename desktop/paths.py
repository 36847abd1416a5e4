"""Every file location Mamori uses.

User folders come from platformdirs; `--data-dir DIR` or the MAMORI_DATA_DIR environment
variable moves all of them under one folder (tests and consultants use this). Bundled
`content/` and `resources/` are found in three layouts:

- a PyInstaller bundle: beside the program, under `sys._MEIPASS`;
- an installed wheel (`pip install`, `pipx install`): inside the package, as
  `desktop/_data/content` and `desktop/_data/resources` (pyproject.toml maps them there);
- a source checkout or editable install: at the top of the repository.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_ID, APP_NAME

DATA_DIR_ENV = "MAMORI_DATA_DIR"
DATABASE_NAME = "mamori.db"


PACKAGE_DIR = Path(__file__).resolve().parent
INSTALLED_DATA = PACKAGE_DIR / "_data"


def bundle_root() -> Path:
    """Folder that holds content/ and resources/: the PyInstaller bundle, the installed
    package's data folder, or the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    if (INSTALLED_DATA / "content").is_dir():
        return INSTALLED_DATA
    return PACKAGE_DIR.parent


def content_dir() -> Path:
    """The bundled lessons, checklists and schemes."""
    return bundle_root() / "content"


def resources_dir() -> Path:
    """Bundled fonts, style sheet, icons and translations."""
    return bundle_root() / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir().joinpath(*parts)


FONT_FILE = ("fonts", "NotoSansJP-Regular.otf")
REINSTALL_HINT = ("Mamori's installation is incomplete; reinstall it from a release or from a wheel "
                  "built from the repository (`pip install .`), which carries content/ and resources/.")


class BundleIncomplete(Exception):
    """The bundled lessons, schemes or font are missing or empty: the installation is broken,
    and nothing should pretend otherwise (an empty report would look like a real one)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems) + ". " + REINSTALL_HINT)


def bundled_problems(model=None) -> list[str]:
    """What is missing from the bundled content and font, one sentence each (empty: all there).

    With a loaded content `model`, also says when it holds no lessons, checklists or schemes.
    """
    problems = []
    content = content_dir()
    if not (content / "tracks.yaml").is_file():
        problems.append(f"{content}: the bundled lessons and checklists are missing (no tracks.yaml)")
    font = resource(*FONT_FILE)
    if not font.is_file():
        problems.append(f"{font}: the bundled Japanese font is missing")
    elif font.stat().st_size == 0:
        problems.append(f"{font}: the bundled Japanese font is empty")
    if model is not None and not problems:
        for label, found in (("lessons", model.lessons), ("checklists", model.checklists),
                             ("schemes", model.schemes)):
            if not found:
                problems.append(f"{content}: no {label} could be loaded")
    return problems


def require_bundled(model=None) -> None:
    """Raise BundleIncomplete when bundled_problems() finds anything."""
    if problems := bundled_problems(model):
        raise BundleIncomplete(problems)


def notices_dir() -> Path | None:
    """The licence texts and third-party notices of a built bundle (tools/notices.py writes
    them); None in a checkout or an installed wheel, where pip installs each library with
    its own licence."""
    folder = bundle_root() / "licenses"
    return folder if (folder / "third-party.tsv").is_file() else None


def licence_folder() -> Path:
    """The folder to show for "open the licence texts": the bundle's notices, else the
    bundled LGPL/GPL texts."""
    return notices_dir() or resource("licenses")


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
    "FONT_FILE",
    "BundleIncomplete",
    "bundled_problems",
    "licence_folder",
    "notices_dir",
    "require_bundled",
    "UserDirs",
    "bundle_root",
    "content_dir",
    "resource",
    "resources_dir",
    "user_dirs",
]
