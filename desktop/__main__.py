"""Entry point: `mamori` / `python -m desktop`. No arguments start the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Parse the command line; run a headless command or start the window."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv == ["--smoke"]:
        # The everyday start goes straight to the window without building the parser; a
        # bare --smoke (build checks, the start-up benchmark) takes the very same path.
        from desktop.app import run_gui

        return run_gui(smoke=bool(argv))
    from desktop.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if getattr(args, "handler", None) is not None:
        return run_command(args)
    from desktop.app import run_gui

    return run_gui(data_dir=args.data_dir, smoke=args.smoke)


if __name__ == "__main__":
    sys.exit(main())
