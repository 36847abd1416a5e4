"""Commands on the progress database: profiles, hand-over files, summary export, verify, collect."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import desktop.cli.evidence as cli_evidence
import desktop.cli.star3 as cli_star3
from desktop.cli.common import _content, _open_store, _profile, add_profile_option
from desktop.cli.errors import EXIT_OK, EXIT_PROBLEMS, CommandError
from desktop.core.safe_files import describe_read_problem, describe_write_problem

EXIT_REJECTED = 3  # `collect`: some files were rejected, the others were collected


def add_commands(commands) -> None:
    """Register the data commands on the main parser's sub-commands."""
    profile = commands.add_parser("profile", help="list, create or delete companies")
    actions = profile.add_subparsers(title="profile commands", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the companies in the data folder")
    listing.set_defaults(handler=cmd_profile_list)
    create = actions.add_parser("create", help="add a company")
    create.add_argument("name")
    create.add_argument("--industry", default="")
    create.add_argument("--employees", type=int)
    create.add_argument("--scope", default="")
    create.set_defaults(handler=cmd_profile_create)
    delete = actions.add_parser("delete", help="delete a company and all its records")
    delete.add_argument("profile", help="name or id")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.add_argument("--purge-backups", action="store_true",
                        help="also remove older backups, which still hold the company (one fresh backup is kept)")
    delete.set_defaults(handler=cmd_profile_delete)

    # `package` is the name this command had before; kept as an alias for one version.
    handover = commands.add_parser("handover", aliases=["package"], help="hand-over file: move a company between PCs")
    handover_actions = handover.add_subparsers(title="handover commands", metavar="ACTION", required=True)
    export = handover_actions.add_parser("export", help="write one company to a hand-over file")
    add_profile_option(export)
    export.add_argument("-o", "--output", required=True)
    export.add_argument("--with-files", action="store_true",
                        help="also carry the ★3 evidence files (otherwise only their names and hashes)")
    export.add_argument("--password-file", metavar="PW", help="protect the file with the password in line 1 of PW")
    export.add_argument("--remove", action="store_true",
                        help="after the file was written and read back, remove the company and the older backups")
    export.set_defaults(handler=cmd_handover_export)
    imp = handover_actions.add_parser("import", help="add or merge a company from a hand-over file")
    imp.add_argument("file")
    imp.add_argument("--password-file", metavar="PW", help="the password of a protected file, in line 1 of PW")
    imp.set_defaults(handler=cmd_handover_import)

    summary = commands.add_parser("export", help="write the readiness summary for a buyer")
    add_profile_option(summary)
    summary.add_argument("--format", required=True, choices=("pdf", "html", "csv", "json", "xlsx"))
    summary.add_argument("--detail", default="requirements", choices=("summary", "requirements", "notes"))
    summary.add_argument("--declared-by", default="", help="name and title of the person declaring")
    summary.add_argument("--lang", default="ja", choices=("ja", "en"),
                         help="language of the report: every label and title (default: ja)")
    summary.add_argument("--schemes", metavar="KEYS",
                         help="which schemes the summary covers: 'all', or a comma list of sa1, sa2, scs3, "
                         "scs4, jama (default: the company's targets from the guide; all when it has none)")
    summary.add_argument("-o", "--output", required=True)
    summary.set_defaults(handler=cmd_export)

    import desktop.cli.consultant as cli_consultant

    cli_consultant.add_commands(commands)

    verify = commands.add_parser("verify", help="check that an exported JSON summary was not changed")
    verify.add_argument("file")
    verify.set_defaults(handler=cmd_verify)

    collect = commands.add_parser(
        "collect", help="check many suppliers' JSON summaries and gather them in one SQLite file",
        description="Check every summary as verify does and add the good ones to one SQLite database "
        f"(see docs/collect.md). Exit status 0: every file accepted; {EXIT_REJECTED}: some files were "
        "rejected (each is named with its reason), the others were collected; 1: nothing could be collected.")
    collect.add_argument("paths", nargs="+", metavar="FILE|FOLDER", help="summary files, or folders searched for *.json")
    collect.add_argument("-o", "--output", required=True, metavar="DB", help="the collection (created when missing)")
    collect.add_argument("--jobs", type=int, default=0, metavar="N",
                         help="processes that check files (default: one per CPU, at most 4)")
    collect.set_defaults(handler=cmd_collect)
    cli_star3.add_commands(commands)
    cli_evidence.add_commands(commands)


def cmd_profile_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        for profile in store.list_profiles():
            print(f"{profile.id}\t{profile.name}")
        return EXIT_OK


def cmd_profile_create(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        try:
            profile = store.create_profile(args.name, industry=args.industry, employees=args.employees, scope=args.scope)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        print(f"{profile.id}\t{profile.name}")
        return EXIT_OK


def cmd_profile_delete(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CommandError("deleting needs --yes when not run interactively")
            answer = input(f"Delete '{profile.name}' and all its records? Type the name to confirm: ")
            if answer.strip() != profile.name:
                print("Nothing was deleted.")
                return EXIT_PROBLEMS
        from desktop.actions import delete_company
        from desktop.paths import user_dirs
        from desktop.storage.integrity import DatabaseUnwritable

        folder = user_dirs(args.data_dir).backup
        deleted = delete_company(store, folder, profile.id, purge_backups=args.purge_backups)
        print(f"deleted {profile.name}")
        if (exc := deleted.purge_failed) is not None:
            reason = exc.reason if isinstance(exc, DatabaseUnwritable) else (exc.strerror or exc)
            raise CommandError(f"the company was deleted, but the older backups were NOT removed and still hold "
                               f"it: no fresh backup could be made first ({reason}). Free some space, then delete "
                               f"the older files in {folder} yourself.") from None
        if deleted.fresh_backup is not None:
            print(f"older backups removed; kept {deleted.fresh_backup.name}")
        return EXIT_OK


def cmd_handover_export(args: argparse.Namespace) -> int:
    from desktop.cli.consultant import export_handover_command

    with _open_store(args) as store:
        return export_handover_command(args, store, _profile(store, args.profile))


def cmd_handover_import(args: argparse.Namespace) -> int:
    from desktop.cli.consultant import read_password_file
    from desktop.storage.exchange import (
        ImportRejected,
        PasswordProblem,
        import_handover,
        read_handover,
    )

    password = read_password_file(args.password_file)
    with _open_store(args) as store:
        try:
            report = import_handover(store, read_handover(args.file, password), known_item_ids=set(_content(args).items))
        except ImportRejected as exc:
            hint = " (--password-file PW)" if password is None and isinstance(exc, PasswordProblem) else ""
            raise CommandError(f"{args.file}: not imported, nothing was changed: {exc}{hint}") from None
        except OSError as exc:
            raise CommandError(f"not imported, nothing was changed: {describe_read_problem(exc, args.file)}") from None
        print(report.summary())
        return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.actions import company_summary, export_summary
    from desktop.core.targets import parse_schemes

    schemes = None
    if args.schemes is not None:
        try:
            schemes = parse_schemes(args.schemes) or "all"
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        summary = company_summary(store, _content(args), profile.id, detail=args.detail,
                                  declared_by=args.declared_by, schemes=schemes, lang=args.lang)
        from desktop.paths import BundleIncomplete

        try:
            export_summary(summary, args.format, args.output)
        except BundleIncomplete as missing:
            raise CommandError(f"{args.output}: not written: {missing}") from None
        except OSError as exc:
            raise CommandError(describe_write_problem(exc, args.output)) from None
        covered = "all" if summary["targets"]["all_schemes"] else ", ".join(summary["targets"]["schemes"])
        print(f"wrote {args.output} (schemes: {covered})")
        return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.core.summary_check import SummaryRejected, check_summary, read_summary_file

    path = Path(args.file)
    try:
        data = read_summary_file(path)
    except OSError as exc:
        raise CommandError(describe_read_problem(exc, path)) from None
    except SummaryRejected as exc:
        raise CommandError(f"{path}: not accepted: {exc}") from None
    result = check_summary(data)
    print(f"{path}: {result.message}")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def cmd_collect(args: argparse.Namespace) -> int:
    import os

    from desktop.storage.collect_db import CollectFailed, CollectionRefused, collect

    jobs = args.jobs if args.jobs > 0 else min(os.cpu_count() or 1, 4)
    if getattr(sys, "frozen", False):  # a bundled app cannot start helper processes the same way
        jobs = 1
    try:
        report = collect(args.paths, args.output, workers=jobs,
                         on_line=lambda path, text: print(f"{path}: {text}", flush=False))
    except CollectionRefused as exc:
        raise CommandError(f"{args.output}: nothing was collected: {exc}") from None
    except CollectFailed as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{args.output}: cannot be written ({exc.strerror or exc}); nothing was collected") from None
    print(report.summary())
    return EXIT_REJECTED if report.rejected else EXIT_OK
