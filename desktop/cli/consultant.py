"""Commands for walk-in consultations: the 相談結果シート and the consultant's own details.

The password and removal options of `mamori handover export|import` are also handled
here (cli/data.py calls `export_handover_command` / `read_password_file`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import add_profile_option
from desktop.cli.errors import EXIT_OK, CommandError
from desktop.core.safe_files import describe_read_problem, describe_write_problem


def add_commands(commands) -> None:
    sheet = commands.add_parser("sheet", help="write the one-page consultation result sheet (相談結果シート) as PDF")
    add_profile_option(sheet)
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sheet.set_defaults(handler=cmd_sheet)

    consultant = commands.add_parser("consultant", help="show or set the consultant printed on every sheet")
    actions = consultant.add_subparsers(title="consultant commands", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the consultant's name, organisation and contact")
    show.set_defaults(handler=cmd_consultant_show)
    change = actions.add_parser("set", help="set (or change) the consultant's details on this PC")
    change.add_argument("--name")
    change.add_argument("--organisation")
    change.add_argument("--contact")
    change.set_defaults(handler=cmd_consultant_set)


def _consultant(args):
    from desktop.consultant import ConsultantFileProblem, load_profile
    from desktop.paths import user_dirs

    try:
        return load_profile(user_dirs(args.data_dir).config)
    except ConsultantFileProblem as exc:
        raise CommandError(str(exc)) from None


def cmd_sheet(args: argparse.Namespace) -> int:
    from desktop.cli.common import _content, _open_store, _profile
    from desktop.paths import BundleIncomplete
    from desktop.report.qt_app import ensure_gui_application
    from desktop.report.sheet import write_sheet_pdf
    from desktop.sheet_build import sheet_for

    consultant = _consultant(args)
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        sheet = sheet_for(store, _content(args), profile.id, consultant)
    ensure_gui_application()
    try:
        write_sheet_pdf(sheet, args.output)
    except BundleIncomplete as missing:
        raise CommandError(f"{args.output}: not written: {missing}") from None
    except OSError as exc:
        raise CommandError(describe_write_problem(exc, args.output)) from None
    print(f"wrote {args.output} (1 page)")
    if consultant.empty:
        print("note: no consultant is set; see `mamori consultant set`", file=sys.stderr)
    return EXIT_OK


def cmd_consultant_show(args: argparse.Namespace) -> int:
    profile = _consultant(args)
    for label, value in (("name", profile.name), ("organisation", profile.organisation), ("contact", profile.contact)):
        print(f"{label}\t{value}")
    return EXIT_OK


def cmd_consultant_set(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop.consultant import save_profile
    from desktop.paths import user_dirs

    changes = {k: v for k, v in (("name", args.name), ("organisation", args.organisation),
                                 ("contact", args.contact)) if v is not None}
    if not changes:
        raise CommandError("nothing to set: give --name, --organisation or --contact")
    try:
        path = save_profile(user_dirs(args.data_dir).ensure().config, replace(_consultant(args), **changes))
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(describe_write_problem(exc, exc.filename)) from None
    print(f"saved {path}")
    return EXIT_OK


def read_password_file(path: str | None) -> str | None:
    """The password in the first line of PATH (the line end removed); None without PATH."""
    if path is None:
        return None
    try:
        raw = Path(path).read_bytes()[:4096]
    except OSError as exc:
        raise CommandError(describe_read_problem(exc, path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{path}: the password file is not UTF-8 text") from None
    password = text.splitlines()[0] if text.splitlines() else ""
    if not password:
        raise CommandError(f"{path}: the password file is empty (line 1 holds the password)")
    return password


def export_handover_command(args: argparse.Namespace, store, profile) -> int:
    """`handover export`: write, read back, and with --remove delete the company and the older backups."""
    from desktop.paths import user_dirs
    from desktop.storage.handover import HandOverFailed, hand_over
    from desktop.storage.handover_crypto import check_password
    from desktop.storage.integrity import DatabaseUnwritable

    password = read_password_file(args.password_file)
    if password is not None:
        try:
            check_password(password)
        except ValueError as exc:
            raise CommandError(f"{args.password_file}: {exc}; nothing was written") from None
    try:
        result = hand_over(store, profile.id, args.output, password=password, remove=args.remove,
                           backup_dir=user_dirs(args.data_dir).backup, with_files=args.with_files)
    except HandOverFailed as exc:
        raise CommandError(str(exc)) from None
    except (OSError, DatabaseUnwritable) as exc:
        reason = exc.reason if isinstance(exc, DatabaseUnwritable) else (exc.strerror or exc)
        raise CommandError(f"{args.output} was written and checked, but removing {profile.name} did not finish "
                           f"({reason}); run `mamori profile delete` with --purge-backups") from None
    protected = " (password-protected)" if result.sealed else ""
    print(f"wrote and checked {Path(args.output).resolve()}{protected}")
    if result.removed:
        print(f"removed {result.name} from this PC" + (f"; older backups removed, kept {result.kept_backup.name}"
                                                       if result.kept_backup else ""))
    return EXIT_OK
