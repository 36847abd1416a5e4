"""`mamori judge` and `mamori evidence add|list`: the company's own judgement of an SCS ★3
criterion and the evidence it rests on, from the command line (for scripts and tests)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import add_criterion_option, add_profile_option, parse_date
from desktop.cli.errors import EXIT_OK, CommandError

STATUSES = ("met", "partial", "not_met", "na")


def add_commands(commands) -> None:
    """Register `judge` and `evidence` on the main parser's sub-commands."""
    judge = commands.add_parser(
        "judge", help="record the company's own judgement of an SCS ★3 criterion",
        description="Record the company's judgement of one ★3 criterion with its reason, for where the "
        "items do not fit (an equivalent measure, for example); --clear lets the items decide again. "
        "A confirmation of the criterion then needs a new look.")
    add_profile_option(judge)
    add_criterion_option(judge)
    how = judge.add_mutually_exclusive_group(required=True)
    how.add_argument("--status", choices=STATUSES, help="met, partial, not_met or na (does not apply)")
    how.add_argument("--clear", action="store_true", help="remove the judgement: the items decide again")
    judge.add_argument("--reason", default="", help="why (required with --status)")
    judge.set_defaults(handler=cmd_judge)

    evidence = commands.add_parser("evidence", help="add or list the evidence of SCS ★3 criteria")
    actions = evidence.add_subparsers(title="evidence commands", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an evidence record to a ★3 criterion",
                             description="Add what a criterion's self-assessment rests on; attached files are "
                             "copied into the data folder (each at most 20 MB).")
    add_profile_option(add)
    add_criterion_option(add)
    add.add_argument("--description", required=True, help="what the evidence is (a rule, a record, a contract)")
    add.add_argument("--effective", metavar="DATE", help="the date from which it holds, YYYY-MM-DD")
    add.add_argument("--expires", metavar="DATE", help="the date it expires, YYYY-MM-DD")
    add.add_argument("--file", nargs="+", default=[], metavar="PATH", help="files to attach")
    add.set_defaults(handler=cmd_evidence_add)
    listing = actions.add_parser("list", help="list the evidence records, one a line")
    add_profile_option(listing)
    listing.add_argument("--criterion", metavar="ID", help="only this ★3 criterion")
    listing.set_defaults(handler=cmd_evidence_list)


def _star3_criterion(args, criterion: str) -> str:
    """CRITERION when it is a ★3 criterion of the loaded content, else a CommandError."""
    from desktop.cli.common import _content
    from desktop.core.star3 import star3_criteria

    model = _content(args)
    if criterion in star3_criteria(model):
        return criterion
    scheme = model.schemes.get("scs")
    hint = " (it is ★4 only)" if scheme is not None and criterion in scheme.requirements else ""
    raise CommandError(f"not a ★3 criterion: {criterion}{hint}; nothing was recorded")


def cmd_judge(args: argparse.Namespace) -> int:
    from desktop.cli.common import _open_store, _profile
    from desktop.storage.star3_store import Star3Store

    criterion = _star3_criterion(args, args.criterion)
    if args.clear and args.reason:
        raise CommandError("--reason goes with --status, not with --clear; nothing was recorded")
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        try:
            Star3Store(store).set_judgement(profile.id, criterion, None if args.clear else args.status, args.reason)
        except ValueError as exc:
            raise CommandError(f"nothing was recorded: {exc}") from None
        if args.clear:
            print(f"judgement of {criterion} for {profile.name} removed: its items decide again")
        else:
            print(f"judgement of {criterion} for {profile.name}: {args.status} ({args.reason.strip()})")
        return EXIT_OK


def cmd_evidence_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.cli.common import _open_store, _profile
    from desktop.storage.star3_store import EvidenceFileRejected, Star3Store

    criterion = _star3_criterion(args, args.criterion)
    effective = parse_date(args.effective, "--effective", then="; nothing was recorded")
    expires = parse_date(args.expires, "--expires", then="; nothing was recorded")
    files = [Path(name) for name in args.file]
    for path in files:  # before anything is written, so a typo leaves no half record
        if not path.is_file():
            raise CommandError(f"{path}: no such file; nothing was recorded")
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        records = Star3Store(store)
        try:
            record = records.add_evidence(profile.id, criterion, args.description, effective=effective,
                                          expires=expires)
        except ValueError as exc:
            raise CommandError(f"nothing was recorded: {exc}") from None
        print(f"evidence {record.id} added to {criterion} for {profile.name}: {record.description}")
        for done, path in enumerate(files):
            try:
                attached = records.attach_file(profile.id, record.id, path)
            except EvidenceFileRejected as exc:
                kept = ", ".join(p.name for p in files[:done]) or "no file"
                raise CommandError(f"{exc}; evidence {record.id} was kept with {kept} attached") from None
            print(f"attached {attached.name} ({attached.size} bytes, sha256 {attached.sha256[:12]}…)")
        return EXIT_OK


def cmd_evidence_list(args: argparse.Namespace) -> int:
    from desktop.cli.common import _open_store, _profile
    from desktop.storage.star3_store import Star3Store

    criterion = _star3_criterion(args, args.criterion) if args.criterion else None
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        found = Star3Store(store).evidence(profile.id, criterion)
        for record in found:
            dates = f"{record.effective or '-'}\t{record.expires or '-'}"
            files = ", ".join(f.name for f in record.files) or "-"
            print(f"{record.id}\t{record.criterion}\t{record.description}\t{dates}\t{files}")
        if not found:
            print(f"no evidence recorded for {profile.name}" + (f" under {criterion}" if criterion else ""),
                  file=sys.stderr)
        return EXIT_OK
