"""The consultant's own details (name, organisation, contact), kept once per laptop.

They are not a company's records, so they live beside the settings in
`<config>/consultant.json`, not in the database: a hand-over file never carries them and
removing a company never removes them. The 設定 screen and `mamori consultant` edit them;
every 相談結果シート prints them.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FILE_NAME = "consultant.json"
FIELDS = ("name", "organisation", "contact")
# Limits keep every sheet on one page; they are generous for a person, a body and a phone/mail.
LIMITS = {"name": 40, "organisation": 60, "contact": 80}
MAX_CHARS = max(LIMITS.values())


@dataclass(frozen=True)
class ConsultantProfile:
    name: str = ""
    organisation: str = ""
    contact: str = ""

    @property
    def empty(self) -> bool:
        return not (self.name or self.organisation or self.contact)


class ConsultantFileProblem(Exception):
    """consultant.json exists but cannot be used; the message names the file and the field."""


def profile_path(config_dir: str | os.PathLike[str]) -> Path:
    return Path(config_dir) / FILE_NAME


def clean(field: str, value: str) -> str:
    """One line, trimmed, at most LIMITS[field] characters; ValueError naming the field otherwise."""
    text = " ".join(str(value).split())
    limit = LIMITS[field]
    if len(text) > limit:
        raise ValueError(f"{field}: at most {limit} characters (this has {len(text)})")
    return text


def load_profile(config_dir: str | os.PathLike[str]) -> ConsultantProfile:
    """The saved profile; an empty one when none was saved yet; ConsultantFileProblem when
    the file is damaged (it is left as it is)."""
    path = profile_path(config_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ConsultantProfile()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConsultantFileProblem(f"{path}: not readable JSON ({exc}); set the consultant details again") from None
    if not isinstance(data, dict):
        raise ConsultantFileProblem(f"{path}: not a JSON object; set the consultant details again")
    values = {}
    for field in FIELDS:
        value = data.get(field, "")
        if not isinstance(value, str):
            raise ConsultantFileProblem(f"{path}: field '{field}' is not text")
        try:
            values[field] = clean(field, value)
        except ValueError as exc:
            raise ConsultantFileProblem(f"{path}: {exc}") from None
    return ConsultantProfile(**values)


def save_profile(config_dir: str | os.PathLike[str], profile: ConsultantProfile) -> Path:
    """Write the profile (whole file or nothing; OSError otherwise) and read it back."""
    from desktop.core.safe_files import write_text_atomic

    cleaned = ConsultantProfile(**{f: clean(f, getattr(profile, f)) for f in FIELDS})
    path = profile_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(asdict(cleaned), ensure_ascii=False, indent=2) + "\n")
    if load_profile(config_dir) != cleaned:
        raise OSError(f"{path}: the consultant details did not read back as written")
    return path
