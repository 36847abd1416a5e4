"""`mamori confirm` and `mamori pledge`: the ★3 expert's confirmation and management's pledge
from the command line (for scripts and tests)."""

from __future__ import annotations

import argparse
import datetime as dt

from desktop.cli.common import add_criterion_option, add_profile_option, parse_date
from desktop.cli.errors import EXIT_OK, CommandError


def add_commands(commands) -> None:
    """Register `confirm` and `pledge` on the main parser's sub-commands."""
    confirm = commands.add_parser(
        "confirm", help="record an expert's confirmation of SCS ★3 criteria",
        description="Record that an expert checked the company's self-assessment and evidence of one or more "
        "★3 criteria as they stand now. A later change to what was checked marks the confirmation as "
        "needing a new look.")
    add_profile_option(confirm)
    add_criterion_option(confirm, several=True)
    confirm.add_argument("--by", required=True, help="the name of the expert who confirms")
    confirm.add_argument("--org", default="", help="the expert's organisation")
    confirm.add_argument("--external", action="store_true", help="the expert is from outside the company")
    confirm.add_argument("--advice", default="", help="advice given: gaps, next steps, examples of evidence")
    confirm.set_defaults(handler=cmd_confirm)

    pledge = commands.add_parser("pledge", help="record that management signed the ★3 pledge")
    add_profile_option(pledge)
    pledge.add_argument("--by", required=True, help="the representative who signed")
    pledge.add_argument("--date", help="the date on the signed page, YYYY-MM-DD (default: today)")
    pledge.set_defaults(handler=cmd_pledge)


def cmd_confirm(args: argparse.Namespace) -> int:
    from desktop import star3_actions
    from desktop.cli.common import _content, _open_store, _profile

    model = _content(args)
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        try:
            made = star3_actions.confirm(store, model, profile.id, args.criterion, by=args.by, org=args.org,
                                         external=args.external, advice=args.advice)
        except ValueError as exc:
            raise CommandError(f"nothing was recorded: {exc}") from None
        for confirmation in made:
            print(f"confirmed {confirmation.criterion} for {profile.name} (version {confirmation.version}, "
                  f"by {confirmation.by})")
        return EXIT_OK


def cmd_pledge(args: argparse.Namespace) -> int:
    from desktop import star3_actions
    from desktop.cli.common import _open_store, _profile

    date = parse_date(args.date, "--date") or dt.date.today()
    with _open_store(args) as store:
        profile = _profile(store, args.profile)
        try:
            pledge = star3_actions.record_pledge(store, profile.id, args.by, date)
        except ValueError as exc:
            raise CommandError(f"nothing was recorded: {exc}") from None
        print(f"pledge of {profile.name} recorded: signed by {pledge.by} on {pledge.date.isoformat()}")
        return EXIT_OK
