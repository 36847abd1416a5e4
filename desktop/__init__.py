"""Mamori (守り): security readiness for small companies, offline."""

# The one place the version is set: pyproject.toml, --version, the About box, the summary,
# the hand-over file, build.spec (Windows version resource, macOS Info.plist) and the
# release archive's name all read it from here.
__version__ = "0.1.0"
APP_NAME = "Mamori"
APP_ID = "mamori"
# Reverse-DNS id: the Linux .desktop and AppStream files (resources/linux/), the macOS
# bundle identifier and the window's desktop file name.
DESKTOP_ID = "jp.mamori.Mamori"
