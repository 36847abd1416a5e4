"""`mamori content check|dump`: the lesson content checked or dumped the way the app loads it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.errors import EXIT_OK, EXIT_PROBLEMS, CommandError


def _content_root(value: str | None, data_dir: str | None = None) -> Path:
    """The folder to check: the bundled content, a pack folder, or a pack .zip, unpacked into
    the cache folder as the app does (once per zip content, not a new folder every run)."""
    from desktop.paths import content_dir, user_dirs

    if not value:
        from desktop.paths import BundleIncomplete, require_bundled

        try:
            require_bundled()
        except BundleIncomplete as missing:
            raise CommandError(str(missing)) from None
    root = Path(value) if value else content_dir()
    if root.is_file() and root.suffix.lower() == ".zip":
        from desktop.core.packs import PackRejected, unpack_zip

        try:
            return unpack_zip(root, user_dirs(data_dir).cache / "packs")
        except PackRejected as exc:
            raise CommandError(f"{root}: {exc}") from None
    if not root.is_dir():
        raise CommandError(f"{root}: no such folder")
    return root


def load_checked(value: str | Path | None, data_dir: str | None = None):
    """Load content from a folder or zip, the way the app loads it.

    The bundled content loads on its own; a pack loads on top of it (it may use the
    bundled tracks, items and schemes, and may not reuse their ids).
    """
    from desktop.core.loader import load_content
    from desktop.paths import content_dir

    root = value if isinstance(value, Path) else _content_root(value, data_dir)
    bundled = content_dir()
    if root.resolve() == bundled.resolve():
        return load_content(root)
    base = load_content(bundled).model
    result = load_content(root, schemes_root=bundled, base=base)
    own = {k: v for k, v in result.model.lessons.items() if k not in base.lessons}
    result.model.lessons = own
    result.model.checklists = {k: v for k, v in result.model.checklists.items() if k not in base.checklists}
    result.model.items = {k: v for k, v in result.model.items.items() if k not in base.items}
    result.model.tracks = {k: v for k, v in result.model.tracks.items() if k not in base.tracks}
    return result


def cmd_content_check(args: argparse.Namespace) -> int:
    from desktop.core.checks import coverage, full_check

    root = _content_root(args.dir, args.data_dir)
    result = load_checked(root)

    def rel(path: Path) -> str:
        try:
            return path.relative_to(root.parent).as_posix()
        except ValueError:
            return path.as_posix()

    problems: list[object] = [*full_check(result, rel)]
    problems += empty_content_problems(root, result.model)
    for problem in problems:
        print(problem)
    model = result.model
    per_lang: dict[str, int] = {}
    for lesson in model.lessons.values():
        for lang in lesson.texts.languages:
            per_lang[lang] = per_lang.get(lang, 0) + 1
    langs = ", ".join(f"{lang} {count}" for lang, count in sorted(per_lang.items())) or "none"
    cover = {c.scheme: c for c in coverage(model)}
    scs = cover.get("scs")
    scs_text = f"{scs.covered}/{scs.total}" if scs else "no SCS scheme"
    print(f"{len(problems)} problem(s); lessons: {langs}; checklists: {len(model.checklists)}; "
          f"items: {len(model.items)}; schemes: {len(model.schemes)}; SCS criteria covered: {scs_text}")
    if args.coverage:
        for entry in cover.values():
            missing = ", ".join(entry.uncovered) or "none"
            print(f"coverage {entry.scheme}: {entry.covered}/{entry.total}; not covered: {missing}")
    return EXIT_PROBLEMS if problems else EXIT_OK


def empty_content_problems(root: Path, model) -> list[str]:
    """Content that loads without errors yet holds nothing is a problem too, never a pass."""
    from desktop.paths import bundled_problems, content_dir

    if root.resolve() == content_dir().resolve():
        return bundled_problems(model)
    if not model.lessons and not model.checklists:
        return [f"{root}: no lessons or checklists found"]
    return []


def cmd_content_dump(args: argparse.Namespace) -> int:
    from desktop.core.content_dump import model_to_dict

    result = load_checked(args.dir, args.data_dir)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    json.dump(model_to_dict(result.model), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return EXIT_OK
