"""Write the third-party notices that ship with the Mamori bundle.

    .venv/bin/python tools/notices.py --output build/licenses [--bundle]

Lists every distribution Mamori needs at run time (its requirements, followed to the end,
read from the installed metadata; with --bundle also PyInstaller, whose start-up code is
inside the program) with pip-licenses, and writes into the output folder:

- THIRD-PARTY-NOTICES.txt  each distribution's name, version, licence, address and the
                           licence and notice texts it ships; then the Python licence and
                           the font's licence;
- third-party.tsv          name, version and licence, one a line (the About box lists them);
- LICENSE                  Mamori's own licence (Apache-2.0); content/LICENSE is the
                           lessons' (CC BY 4.0), already in the bundle beside them;
- LGPL-3.0.txt, GPL-3.0.txt the licence Qt and PySide6 are used under (LGPL-3.0 is a set of
                           permissions added to GPL-3.0, so both texts go with it);
- Python-LICENSE.txt       the licence of the Python interpreter inside the bundle.

Exit 1 with a message when a text cannot be found: a release must not ship without them.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENCES = ROOT / "resources" / "licenses"
FONT_LICENCE = ROOT / "resources" / "fonts" / "OFL.txt"
# Qt and PySide6 are offered under LGPL-3.0 (or GPL); their wheels carry no licence text.
LGPL_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}
RULE = "=" * 78
# Installers that a dependency names (sqlite-utils' `install` command) but Mamori never loads.
NOT_SHIPPED = {"pip", "setuptools", "wheel"}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "mamori", *, bundle: bool = False) -> list[str]:
    """Names of the installed distributions `root` needs at run time (no extras), sorted."""
    wanted = [root] + (["pyinstaller"] if bundle else [])
    seen: dict[str, str] = {}
    while wanted:
        name = wanted.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            sys.exit(f"{name} is not installed in {sys.prefix}; install Mamori with its dependencies first")
        key = normalise(dist.metadata["Name"])
        if key in seen or key in NOT_SHIPPED:
            continue
        seen[key] = dist.metadata["Name"]
        if key == "pyinstaller":  # only its bootloader goes into the bundle, not its dependencies
            continue
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                wanted.append(requirement.name)
    return sorted((name for key, name in seen.items() if key != normalise(root)), key=str.lower)


def pip_licenses(names: list[str]) -> list[dict]:
    """pip-licenses' record of each distribution: name, version, licence, URL, texts."""
    command = [sys.executable, "-m", "piplicenses", "--from=mixed", "--with-urls", "--with-license-file",
               "--with-notice-file", "--no-license-path", "--format=json", "--packages", *names]
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        sys.exit(f"pip-licenses failed ({' '.join(command[:3])} …):\n{result.stderr.strip()}")
    records = json.loads(result.stdout)
    found = {normalise(r["Name"]) for r in records}
    if missing := [n for n in names if normalise(n) not in found]:
        sys.exit(f"pip-licenses did not report: {', '.join(missing)}")
    return sorted(records, key=lambda r: r["Name"].lower())


def python_licence() -> Path:
    """The licence file of the running Python (python.org, pyenv, Windows and macOS layouts)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    base = Path(sys.base_prefix)
    candidates = [base / "LICENSE.txt", base / "lib" / f"python{version}" / "LICENSE.txt",
                  base / "Lib" / "LICENSE.txt", Path(f"/usr/share/doc/python{version}/copyright"),
                  Path(f"/usr/lib/python{version}/LICENSE.txt")]
    for path in candidates:
        if path.is_file() and path.stat().st_size > 0:
            return path
    sys.exit("cannot find the Python licence; looked at:\n  " + "\n  ".join(map(str, candidates)))


def text_or_blank(value: str) -> str:
    return "" if value.strip() in ("", "UNKNOWN") else value.strip()


def notices(records: list[dict], python: Path) -> str:
    """The whole THIRD-PARTY-NOTICES.txt."""
    from desktop import __version__

    parts = [f"Mamori {__version__}: third-party software and its licences",
             "",
             "Mamori's own code is under the Apache License 2.0 (LICENSE); its lessons, checklists",
             "and scheme data under CC BY 4.0 (content/LICENSE). It ships with the software below.",
             "",
             f"{'name':<28} {'version':<12} licence"]
    parts += [f"{r['Name']:<28} {r['Version']:<12} {r['License']}" for r in records]
    parts += [f"{'Python':<28} {sys.version.split()[0]:<12} PSF-2.0 (Python-LICENSE.txt)",
              f"{'Noto Sans JP':<28} {'':<12} OFL-1.1 (resources/fonts/OFL.txt)", ""]
    for record in records:
        parts += [RULE, f"{record['Name']} {record['Version']}", f"Licence: {record['License']}",
                  f"Address: {text_or_blank(record.get('URL', '')) or '-'}", ""]
        licence = text_or_blank(record.get("LicenseText", ""))
        if normalise(record["Name"]) in LGPL_DISTRIBUTIONS:
            parts.append("Used under the GNU Lesser General Public License v3.0, which adds permissions to "
                         "the GNU General Public License v3.0: both texts are in LGPL-3.0.txt and "
                         "GPL-3.0.txt beside this file. Qt's and PySide6's source code is available "
                         "from the Qt Project (code.qt.io). The Qt libraries in this program are separate "
                         "files and may be replaced with other builds of the same version.")
            if licence:
                parts += ["", licence]
        else:
            parts.append(licence or "(this distribution ships no licence text; see its address above)")
        if notice := text_or_blank(record.get("NoticeText", "")):
            parts += ["", notice]
        parts.append("")
    parts += [RULE, f"Python {sys.version.split()[0]}", "", python.read_text(encoding="utf-8", errors="replace").strip(), "",
              RULE, "Noto Sans JP (resources/fonts/NotoSansJP-Regular.otf)", "",
              FONT_LICENCE.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(parts)


def write(target: Path, text: str) -> None:
    target.write_text(text, encoding="utf-8", newline="\n")
    if target.read_text(encoding="utf-8") != text:
        sys.exit(f"{target}: not written completely")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True, type=Path, help="folder to write the notices into")
    parser.add_argument("--bundle", action="store_true", help="include PyInstaller (its bootloader is in the program)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    records = pip_licenses(runtime_closure(bundle=args.bundle))
    python = python_licence()
    out: Path = args.output
    out.mkdir(parents=True, exist_ok=True)
    write(out / "THIRD-PARTY-NOTICES.txt", notices(records, python))
    rows = [(r["Name"], r["Version"], r["License"]) for r in records]
    rows += [("Python", sys.version.split()[0], "PSF-2.0"), ("Noto Sans JP", "", "OFL-1.1")]
    write(out / "third-party.tsv", "".join(f"{n}\t{v}\t{lic}\n" for n, v, lic in rows))
    for source, name in ((ROOT / "LICENSE", "LICENSE"), (LICENCES / "LGPL-3.0.txt", "LGPL-3.0.txt"),
                         (LICENCES / "GPL-3.0.txt", "GPL-3.0.txt"), (python, "Python-LICENSE.txt")):
        shutil.copyfile(source, out / name)
    print(f"wrote the notices for {len(records)} distributions, Python and the font into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
