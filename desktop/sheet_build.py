"""Glue between the store and the 相談結果シート, shared by `mamori sheet` and the window."""

from __future__ import annotations

import datetime as dt

from desktop.consultant import ConsultantProfile
from desktop.core.consult_sheet import Sheet, build_sheet
from desktop.core.content import ContentModel


def sheet_for(store, model: ContentModel, profile_id: str, consultant: ConsultantProfile,
              today: dt.date | None = None) -> Sheet:
    """The sheet of one company from its records and the laptop's consultant details."""
    profile = store.get_profile(profile_id)
    guide = store.guide(profile_id)
    statuses = {item_id: state.status for item_id, state in store.item_states(profile_id).items()}
    return build_sheet(model, company=profile.name, answers=store.answers(profile_id), statuses=statuses,
                       targets=tuple(guide.targets) if guide else (), requested=tuple(profile.requested),
                       consultant=(consultant.name, consultant.organisation, consultant.contact), today=today)
