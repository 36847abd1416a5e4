"""Loading schemes: scheme YAML files, their self-check tables and criteria CSV files."""

from __future__ import annotations

import csv
import functools
import io
import re
from pathlib import Path
from typing import Any

from desktop.core.content import Requirement, Scheme
from desktop.core.frontmatter import ContentError, find_key_line, read_text
from desktop.core.loader_base import LoaderBase, did_you_mean
from desktop.core.localized import Text, entry_text, localize_data

SCHEME_KEYS = {"id", "title", "title_en", "version", "version_en", "source", "note", "note_en",
               "requirements", "levels", "answers", "bands", "parts", "max_score", "groups",
               "categories"}
CRITERIA_COLUMNS = ("id", "requirement", "star", "csf", "jama", "title", "title_en")
CSF_FUNCTIONS = {"GV", "ID", "PR", "DE", "RS", "RC"}


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)



class SchemeLoading(LoaderBase):
    # -- schemes -------------------------------------------------------------------------
    def load_schemes(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        for path in sorted(folder.glob("*.yaml")):
            self.load_scheme(path)
        for path in sorted(folder.glob("*-criteria.tsv")):
            self.load_criteria(path)

    def load_scheme(self, path: Path) -> None:
        read = self.read_yaml(path, dict, "a scheme file must be a set of 'key: value' lines")
        if read is None:
            return
        text, data = read
        ok = True
        for key in data:
            if key not in SCHEME_KEYS:
                self.report(path, find_key_line(text, str(key)), f"unknown key '{key}'{did_you_mean(str(key), SCHEME_KEYS)}")
                ok = False
        for key in ("id", "title", "version"):
            if not data.get(key):
                self.report(path, 1, f"missing '{key}'")
                ok = False
        if not ok:
            return
        scheme_id = str(data["id"])
        if scheme_id in self.model.schemes:
            self.report(path, find_key_line(text, "id"), f"duplicate scheme id '{scheme_id}'")
            return
        requirements: dict[str, Requirement] = {}
        raw = data.get("requirements") or []
        if not isinstance(raw, list):
            self.report(path, find_key_line(text, "requirements"), "'requirements' must be a list")
            return
        for index, entry in enumerate(raw):
            line = functools.partial(find_key_line, text, "id", index + 1)
            if not isinstance(entry, dict) or "id" not in entry or "title" not in entry:
                self.report(path, line, f"requirement {index + 1} needs at least 'id' and 'title'")
                return
            rid = str(entry["id"])
            if rid in requirements:
                self.report(path, line, f"duplicate requirement id '{rid}'")
                return
            attrs = localize_data({k: v for k, v in entry.items() if k not in ("id", "title", "title_en")})
            requirements[rid] = Requirement(rid, entry_text(entry, "title"), attrs)
        extra = localize_data({k: v for k, v in data.items()
                               if k not in ("id", "title", "title_en", "version", "version_en", "source", "requirements")})
        if scheme_id == "selfcheck" and not self.check_selfcheck(path, text, requirements, extra):
            return
        self.own_schemes.add(scheme_id)
        self.model.schemes[scheme_id] = Scheme(
            id=scheme_id, title=entry_text(data, "title"),
            version=entry_text(data, "version"),
            source=str(data.get("source") or ""), requirements=requirements, data=extra, path=path,
        )

    def check_selfcheck(self, path: Path, text: str, requirements: dict[str, Any], extra: dict[str, Any]) -> bool:
        answers = extra.get("answers")
        if (not isinstance(answers, list) or {str(a.get("id")) for a in answers if isinstance(a, dict)} != {"yes", "partial", "no", "unknown"}
                or not all(isinstance(a, dict) and _whole(a.get("points")) for a in answers)):
            self.report(path, find_key_line(text, "answers"), "'answers' must list yes, partial, no and unknown with their points")
            return False
        bands = extra.get("bands")
        if not isinstance(bands, list) or not all(isinstance(b, dict) and _whole(b.get("min")) and _whole(b.get("max")) and "label" in b for b in bands):
            self.report(path, find_key_line(text, "bands"), "'bands' must be a list with min, max and label")
            return False
        return True

    def load_criteria(self, path: Path) -> None:
        scheme_id = path.name[: -len("-criteria.tsv")]
        scheme = self.model.schemes.get(scheme_id) if scheme_id in self.own_schemes else None
        if scheme is None:
            self.report(path, 1, f"no scheme '{scheme_id}' (schemes/{scheme_id}.yaml) for these criteria")
            return
        try:
            text = read_text(path)
        except ContentError as exc:
            self.report(path, exc.line, exc.message)
            return
        reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in CRITERIA_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            self.report(path, 1, f"missing columns: {', '.join(missing)} (tab-separated header)")
            return
        groups = {str(g.get("id")) for g in scheme.data.get("groups") or [] if isinstance(g, dict)}
        criteria: dict[str, Requirement] = {}
        bad = False
        rows: list[tuple[int, dict[str, Any]]] = []
        try:
            for row in reader:
                rows.append((reader.line_num, row))
        except csv.Error as exc:  # e.g. a field longer than the csv module accepts
            self.report(path, reader.line_num + 1, f"the table cannot be read: {exc}")
            return
        for line, row in rows:
            cid = (row.get("id") or "").strip()
            if not cid:
                continue
            if not re.fullmatch(r"\d+(-\d+){3}", cid):
                self.report(path, line, f"criterion id '{cid}' is not of the form 1-2-3-4")
                bad = True
                continue
            if cid in criteria:
                self.report(path, line, f"duplicate criterion id '{cid}'")
                bad = True
                continue
            star = (row.get("star") or "").strip()
            if star not in ("3", "4"):
                self.report(path, line, f"criterion {cid}: star must be 3 or 4, not '{star}'")
                bad = True
                continue
            requirement = (row.get("requirement") or "").strip()
            if groups and requirement not in groups:
                self.report(path, line, f"criterion {cid}: requirement '{requirement}' is not in {scheme_id}.yaml")
                bad = True
                continue
            csf = (row.get("csf") or "").strip()
            if csf not in CSF_FUNCTIONS:
                self.report(path, line, f"criterion {cid}: csf must be one of {', '.join(sorted(CSF_FUNCTIONS))}")
                bad = True
                continue
            title = (row.get("title") or "").strip()
            if not title:
                # Reported, but the criterion still loads (with its English title) so that
                # items can be checked against it while the titles are being written.
                self.report(path, line, f"criterion {cid}: the Japanese title is empty")
                title = (row.get("title_en") or cid).strip()
            jama = tuple((row.get("jama") or "").split())
            criteria[cid] = Requirement(
                cid, Text(title, (row.get("title_en") or "").strip()),
                {"star": int(star), "requirement": requirement, "csf": csf, "jama": jama},
            )
        if not bad:
            scheme.requirements = criteria

    # -- checklists --------------------------------------------------------------------
