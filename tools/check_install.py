"""Install Mamori the way a packager does and use it from another folder.

    .venv/bin/python tools/check_install.py

Builds a wheel with `pip wheel .` (build isolation, as a packager would), installs it (not
editable) into a fresh virtual environment in a temporary folder outside the checkout, and
from that folder runs `mamori content check`, `mamori --smoke` and `mamori export` in every
format. The PDF must embed the bundled Noto Sans JP and give back its text with real kanji
(人, not the look-alike radical ⼈). Run by .ci/run; exit 1 with the reason on any failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPANY = "株式会社人山日田"  # kanji that Qt's PDF writer would turn into radicals with a system font


def step(command: list[str], cwd: Path, env: dict) -> str:
    print("$", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stdout}{result.stderr}")
    return result.stdout


def check_pdf(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                        fonts.add(str(descriptor["/FontName"]))
    if not any("NotoSansJP" in name for name in fonts):
        sys.exit(f"{path}: the bundled Noto Sans JP is not embedded (embedded fonts: {sorted(fonts) or 'none'})")
    text = "".join(page.extract_text() for page in reader.pages)
    radicals = sorted({c for c in text if 0x2E80 <= ord(c) <= 0x2FDF})
    if COMPANY not in text or radicals:
        sys.exit(f"{path}: text not extracted as written (company found: {COMPANY in text}; radicals: {radicals})")
    print(f"{path.name}: {len(reader.pages)} pages, embedded {sorted(fonts)}, text correct", flush=True)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mamori-install-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MAMORI_DATA_DIR": str(work / "data")}
        env.pop("PYTHONPATH", None)
        step([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "wheels"), str(ROOT)], work, env)
        wheel = next((work / "wheels").glob("mamori-*.whl"))
        venv.EnvBuilder(with_pip=True).create(work / "venv")
        bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
        step([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], work, env)
        mamori = str(bin_dir / "mamori")
        located = step([str(bin_dir / "python"), "-c", "import desktop.paths as p; print(p.content_dir())"], work, env)
        if not Path(located.strip()).is_relative_to(work / "venv"):
            sys.exit(f"the installed Mamori reads its content from {located.strip()}, not from the installation")
        print(step([mamori, "--version"], work, env).strip())
        print(step([mamori, "content", "check"], work, env).splitlines()[-1])
        print(step([mamori, "--smoke"], work, env).strip())
        step([mamori, "profile", "create", COMPANY], work, env)
        for fmt in ("pdf", "html", "csv", "json"):
            target = work / f"summary.{fmt}"
            step([mamori, "export", "--profile", COMPANY, "--format", fmt, "-o", str(target)], work, env)
            if not target.is_file() or target.stat().st_size == 0:
                sys.exit(f"{target}: export said it wrote the file, but it is missing or empty")
        check_pdf(work / "summary.pdf")
    print("installed wheel: content check, --smoke and every export work from another folder")
    return 0


if __name__ == "__main__":
    sys.exit(main())
