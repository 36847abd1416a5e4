"""★3 use cases shared by the review screen, the report and `mamori confirm` / `mamori pledge`
(no Qt): read a company's ★3 state, confirm criteria, record the pledge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desktop.core import star3
from desktop.core.content import ContentModel
from desktop.core.summary_types import Pledge, Star3Fields
from desktop.storage.star3_store import Star3Store


class UnknownCriterion(ValueError):
    """A criterion id that is not a ★3 criterion of the loaded SCS scheme."""


def assessments(store, model: ContentModel, profile_id: str) -> list[star3.CriterionAssessment]:
    """Every ★3 criterion of the company: self-assessment, evidence, fingerprint, latest confirmation."""
    records = Star3Store(store)
    statuses = {item_id: state.status for item_id, state in store.item_states(profile_id).items()}
    return star3.assess(model, statuses, records.judgements(profile_id), records.evidence(profile_id),
                        records.confirmations(profile_id))


def confirm(store, model: ContentModel, profile_id: str, criteria: Iterable[str], *, by: str, org: str = "",
            external: bool = False, advice: str = "") -> list[star3.Confirmation]:
    """Record the expert's confirmation of CRITERIA as they stand now (fingerprints taken
    from the current self-assessment and evidence), in one transaction."""
    wanted = list(dict.fromkeys(criteria))
    current = {a.id: a for a in assessments(store, model, profile_id)}
    unknown = [c for c in wanted if c not in current]
    if unknown:
        scheme = model.schemes.get("scs")
        star4 = [c for c in unknown if scheme is not None and c in scheme.requirements]
        hint = f" ({', '.join(star4)} {'is' if len(star4) == 1 else 'are'} ★4 only)" if star4 else ""
        raise UnknownCriterion(f"not a ★3 criterion: {', '.join(unknown)}{hint}")
    return Star3Store(store).confirm(profile_id, {c: current[c].fingerprint for c in wanted}, by=by, org=org,
                                     external=external, advice=advice)


def record_pledge(store, profile_id: str, by: str, date: dt.date) -> star3.Pledge:
    """Record management's signed pledge."""
    return Star3Store(store).record_pledge(profile_id, by, date)


def current_pledge(store, profile_id: str) -> star3.Pledge | None:
    """The pledge in force (the latest recorded), or None."""
    return Star3Store(store).pledge(profile_id)


def overview(store, model: ContentModel, profile_id: str) -> star3.Star3Overview:
    """Counts of confirmed / changed / unconfirmed ★3 criteria, and the pledge in force."""
    return star3.overview(assessments(store, model, profile_id), Star3Store(store).pledge(profile_id))


def reminders(store, model: ContentModel, profile_id: str, today: dt.date | None = None) -> list[star3.Reminder]:
    """What the dashboard should remind the company of (old pledge or confirmations, expired evidence)."""
    records = Star3Store(store)
    return star3.due_reminders(star3.star3_criteria(model), records.confirmations(profile_id),
                               records.evidence(profile_id), records.pledge(profile_id), today or dt.date.today())


def summary_parts(store, model: ContentModel, profile_id: str) -> tuple[dict[str, Star3Fields], Pledge | None]:
    """What the readiness summary carries: per criterion its `confirmation`, and the `pledge`."""
    pledge = Star3Store(store).pledge(profile_id)
    pledge_part: Pledge | None = {"by": pledge.by, "date": pledge.date.isoformat()} if pledge else None
    return star3.summary_fields(assessments(store, model, profile_id)), pledge_part


def write_pledge_page(store, model: ContentModel, profile_id: str, path, *, representative: str = "",
                      date: dt.date | None = None) -> int:
    """Write the printable pledge page (宣誓書, A4 PDF) for the company; returns the page
    count. OSError when the file cannot be written (then nothing is left at PATH)."""
    from desktop.report.pdf import write_pdf
    from desktop.report.qt_app import ensure_gui_application
    from desktop.report.star3_block import pledge_page_html

    profile = store.get_profile(profile_id)
    counts = overview(store, model, profile_id)
    ensure_gui_application()
    body = pledge_page_html(company=profile.name, scope=profile.scope, date=date.isoformat() if date else "",
                            representative=representative, confirmed=counts.confirmed, total=counts.total)
    return write_pdf(body, path, title=f"{profile.name} 宣誓書（SCS評価制度 ★3）", footer_left=profile.name,
                     footer_date=date.isoformat() if date else "")
