"""Reading a readiness summary file a buyer received, and checking it (no Qt, no SQL).

`mamori verify` and `mamori collect` both go through `read_summary_file` and
`check_summary`, so a file passes or fails both for the same reason:

1. at most MAX_SUMMARY_BYTES, UTF-8 (a BOM is allowed), one JSON value in which no object
   has the same key twice and no NaN or Infinity appears;
2. a Mamori summary of this format_version whose digest matches (`verify_summary`);
3. no top-level field this format_version does not define;
4. every field has the shape docs/summary.schema.json gives it (checked by hand here, the
   schema's rules for the fields written; much faster than a general schema validator).

`check_file` (what collect runs on thousands of files) first tries a quicker way to the
same answer for a file laid out exactly as Mamori writes it: orjson parses it, and writing
the parsed value again in Mamori's layout must give back the file's bytes exactly. That
proves what the slow parser checks (no key twice, no NaN, one value; orjson refuses
invalid UTF-8), and orjson's compact sorted dump is then hashed for the digest. Any other
file, or any doubt, takes the path above, which also words every refusal.

`supplier_record` turns an accepted summary into the plain rows `mamori collect` stores.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from desktop.core.summary import TOP_LEVEL_KEYS, Verification, verify_summary

MAX_SUMMARY_BYTES = 10 * 2**20  # a real summary is 50-200 kB; 10 MB leaves room for any company

REQUIRED_FIELDS = (
    "format", "format_version", "generated_at", "date", "app_version", "content_version", "detail",
    "company", "declared_by", "scheme_versions", "rule", "security_action", "schemes", "training",
    "plan", "digest",
)
NEW_IN_2_REQUIRED = ("lang", "items", "next_review")  # format_version 2 always has them
KNOWN_FIELDS = TOP_LEVEL_KEYS  # verify_summary refuses any other top-level field

CRITERION_STATUSES = ("met", "partial", "not_met", "unknown", "na", "unanswered")
JUDGEMENT_STATUSES = ("met", "partial", "not_met", "na")
PLAN_STATUSES = ("unanswered", "partial", "not_done", "unknown")
REQUEST_CODES = ("sa1", "sa2", "scs3", "scs4", "jama", "unsure")
CSF_FUNCTIONS = ("GV", "ID", "PR", "DE", "RS", "RC")
DETAILS = ("summary", "requirements", "notes")
LANGS = ("ja", "en")
ITEM_STATUSES = ("unanswered", "done", "partial", "not_done", "unknown", "na")
SELFCHECK_ANSWERS = ("yes", "partial", "no", "unknown")
COUNTS = ("met", "partial", "not_met", "unknown", "na", "unanswered")

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
_DATETIME = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                       r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])")
_CRITERION = re.compile(r"[0-9]+-[0-9]+-[0-9]+-[0-9]+")
_REQUIREMENT = re.compile(r"[0-9]+-[0-9]+-[0-9]+")
_CONTENT_VERSION = re.compile(r"sha256:[0-9a-f]{16}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_LEVEL = re.compile(r"LV[0-9]+")
_QUESTION = re.compile(r"[1-9][0-9]*")


class SummaryRejected(Exception):
    """The file is not a summary that can be trusted as it is; the message says why."""


# -- reading ----------------------------------------------------------------------------------

def read_summary_bytes(path: str | Path, max_bytes: int = MAX_SUMMARY_BYTES) -> bytes:
    """The file's bytes, refusing one larger than MAX_BYTES before reading it.

    FileNotFoundError and other OSErrors pass through; SummaryRejected for a huge file."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise SummaryRejected(_too_big(size, max_bytes))
    with path.open("rb") as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:  # it grew after the size check
        raise SummaryRejected(_too_big(len(raw), max_bytes))
    return raw


def _too_big(size: int, limit: int) -> str:
    return f"is {size / 2**20:.1f} MB, more than the {limit / 2**20:.0f} MB a summary may be"


def _unique_keys(pairs: list) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen = set()
        for key, _value in pairs:
            if key in seen:
                raise SummaryRejected(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str):
    raise SummaryRejected(f"{name} is not a JSON number")


def parse_summary(raw: bytes):
    """Decode and parse summary bytes: UTF-8 (BOM allowed), JSON, no key twice in one object,
    no NaN or Infinity. Raises SummaryRejected naming what is wrong and where."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SummaryRejected(f"is not UTF-8 text (bad byte at offset {error.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise SummaryRejected(f"is not JSON ({error.msg} at line {error.lineno} column {error.colno})") from None
    except RecursionError:
        raise SummaryRejected("is nested too deeply to be a summary") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise SummaryRejected(f"is not usable JSON ({error})") from None


_MAMORI_LAYOUT = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS  # json.dumps(indent=2, sort_keys=True, ensure_ascii=False)


def parse_mamori_layout(raw: bytes):
    """The parsed value of RAW when RAW is exactly how Mamori writes a summary (sorted keys,
    two-space indent, UTF-8 as it is, one newline at the end); None for anything else.

    Equal bytes prove there is no key twice (a dict has each key once), no NaN (orjson
    refuses it when parsing) and nothing after the value: what parse_summary checks."""
    text = raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        data = orjson.loads(text)
        again = orjson.dumps(data, option=_MAMORI_LAYOUT)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError, RecursionError):
        return None
    if type(data) is not dict or text != again + b"\n":
        return None
    return data


def _sorted_dump(body) -> bytes:
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def read_summary_file(path: str | Path, max_bytes: int = MAX_SUMMARY_BYTES):
    """Read and parse one file (see parse_summary); returns the parsed value."""
    return parse_summary(read_summary_bytes(path, max_bytes))


# -- checking ---------------------------------------------------------------------------------

def check_summary(data, quick_dump=None) -> Verification:
    """All the checks after parsing: envelope, top-level fields and digest, then shapes.
    (QUICK_DUMP: see verify_summary.)"""
    result = verify_summary(data, quick_dump)  # also refuses unknown top-level fields
    if not result.ok:
        return result
    problem = shape_problem(data)
    if problem:
        return Verification(False, f"does not match the summary schema: {problem}")
    return result


class _Bad(Exception):
    pass


def shape_problem(data: dict) -> str | None:
    """The first field whose shape differs from docs/summary.schema.json, as one phrase;
    None when every field checked has its documented shape."""
    try:
        _check_top(data)
    except _Bad as bad:
        return str(bad)
    return None


def _fail(where: str, value, expected: str):
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    raise _Bad(f"{where} is {shown}, expected {expected}")


def _obj(where: str, value, required=()) -> dict:
    if type(value) is not dict:
        _fail(where, value, "an object")
    for key in required:
        if key not in value:
            raise _Bad(f"{where}.{key} is missing")
    return value


def _list(where: str, value) -> list:
    if type(value) is not list:
        _fail(where, value, "a list")
    return value


def _str(where: str, value, pattern: re.Pattern | None = None, nonempty: bool = False) -> str:
    if type(value) is not str:
        _fail(where, value, "text")
    if nonempty and not value:
        _fail(where, value, "text that is not empty")
    if pattern is not None and not pattern.fullmatch(value):
        _fail(where, value, f"text of the form {pattern.pattern}")
    return value


def _int(where: str, value, minimum: int | None = 0, nullable: bool = False):
    if value is None and nullable:
        return value
    if type(value) is not int:
        _fail(where, value, "a whole number" + (" or null" if nullable else ""))
    if minimum is not None and value < minimum:
        _fail(where, value, f"a whole number of at least {minimum}")
    return value


def _bool(where: str, value) -> bool:
    if type(value) is not bool:
        _fail(where, value, "true or false")
    return value


def _enum(where: str, value, choices) -> str:
    if value not in choices or type(value) is not str:
        _fail(where, value, "one of " + ", ".join(choices))
    return value


def _date(where: str, value) -> str:
    _str(where, value, _DATE)
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        _fail(where, value, "a real date")
    if len(_GOOD_DATES) < _CACHE_LIMIT:
        _GOOD_DATES.add(value)
    return value


# Values already found well-formed, so the next file with the same criterion id or date is
# not matched against the pattern again (a collection has thousands of files with the same
# 153 criteria). Only text that passed the full check is added; the sets stay small.
_CACHE_LIMIT = 20_000
_GOOD_DATES: set[str] = set()
_GOOD_TEXT: dict[re.Pattern, set[str]] = {_CRITERION: set(), _REQUIREMENT: set(), _LEVEL: set()}
_CSF = frozenset(CSF_FUNCTIONS)
_CRITERION_STATUS = frozenset(CRITERION_STATUSES)
_PLAN_STATUS = frozenset(PLAN_STATUSES)
_ITEM_STATUS = frozenset(ITEM_STATUSES)


def _matches(pattern: re.Pattern, value) -> bool:
    """PATTERN.fullmatch(VALUE) for text (TypeError for anything else), remembered."""
    good = _GOOD_TEXT[pattern]
    if value in good:
        return True
    if type(value) is not str or not pattern.fullmatch(value):
        return False
    if len(good) < _CACHE_LIMIT:
        good.add(value)
    return True


def _check_top(data: dict) -> None:
    for key in REQUIRED_FIELDS + (NEW_IN_2_REQUIRED if data.get("format_version") != 1 else ()):
        if key not in data:
            raise _Bad(f"{key} is missing")
    _str("generated_at", data["generated_at"], _DATETIME)
    _date("date", data["date"])
    _str("app_version", data["app_version"], nonempty=True)
    _str("content_version", data["content_version"], _CONTENT_VERSION)
    _enum("detail", data["detail"], DETAILS)
    _str("declared_by", data["declared_by"])
    _company(_obj("company", data["company"], ("name", "industry", "employees", "scope", "requested",
                                                "requested_labels")))
    for key, value in _obj("scheme_versions", data["scheme_versions"]).items():
        _str(f"scheme_versions.{key}", value)
    rule = _obj("rule", data["rule"], ("ja", "en"))
    _str("rule.ja", rule["ja"], nonempty=True)
    _str("rule.en", rule["en"], nonempty=True)
    if "selfcheck" in data:
        _selfcheck(data["selfcheck"])
    if "targets" in data:
        targets = _obj("targets", data["targets"], ("company", "labels", "schemes", "all_schemes"))
        for key in ("company", "schemes"):
            for n, value in enumerate(_list(f"targets.{key}", targets[key])):
                _str(f"targets.{key}[{n}]", value, nonempty=True)
        _bool("targets.all_schemes", targets["all_schemes"])
    for n, level in enumerate(_list("security_action", data["security_action"])):
        where = f"security_action[{n}]"
        _obj(where, level, ("level", "title", "met", "missing"))
        _str(f"{where}.level", level["level"])
        _str(f"{where}.title", level["title"])
        _bool(f"{where}.met", level["met"])
        for m, missing in enumerate(_list(f"{where}.missing", level["missing"])):
            _obj(f"{where}.missing[{m}]", missing, ("id", "title"))
            _str(f"{where}.missing[{m}].id", missing["id"])
            _str(f"{where}.missing[{m}].title", missing["title"])
    for key, level in _obj("schemes", data["schemes"]).items():
        _level(f"schemes.{key}", level)
    if "requirements" in data:
        _requirements(data["requirements"])
    if "jama" in data:
        _jama(data["jama"])
    if "open_items" in data:
        _int("open_items", data["open_items"])
    if "lang" in data:
        _enum("lang", data["lang"], LANGS)
    if "next_review" in data and data["next_review"] is not None:
        _date("next_review", data["next_review"])
    if "items" in data:
        _items(data["items"], notes=data["detail"] == "notes")
    _training(_obj("training", data["training"], ("lessons_total", "learners")))
    _plan(data["plan"], notes=data["detail"] == "notes")
    digest = _obj("digest", data["digest"], ("algorithm", "value", "sections"))
    for key, value in _obj("digest.sections", digest["sections"]).items():
        _str(f"digest.sections.{key}", value, _SHA256)


def _company(company: dict) -> None:
    if "id" in company:
        _str("company.id", company["id"], _UUID)
    _str("company.name", company["name"], nonempty=True)
    _str("company.industry", company["industry"])
    _int("company.employees", company["employees"], nullable=True)
    _str("company.scope", company["scope"])
    requested = _list("company.requested", company["requested"])
    for n, code in enumerate(requested):
        _enum(f"company.requested[{n}]", code, REQUEST_CODES)
    if len(set(requested)) != len(requested):
        _fail("company.requested", requested, "each request once")
    for n, label in enumerate(_list("company.requested_labels", company["requested_labels"])):
        _str(f"company.requested_labels[{n}]", label)


def _selfcheck(value) -> None:
    selfcheck = _obj("selfcheck", value, ("score", "max", "answered", "questions", "unknown", "band",
                                          "band_meaning", "answers"))
    _int("selfcheck.score", selfcheck["score"], minimum=None)
    _int("selfcheck.max", selfcheck["max"], minimum=1)
    _int("selfcheck.answered", selfcheck["answered"])
    _int("selfcheck.questions", selfcheck["questions"], minimum=1)
    _int("selfcheck.unknown", selfcheck["unknown"])
    for key in ("band", "band_meaning"):
        if selfcheck[key] is not None:
            _str(f"selfcheck.{key}", selfcheck[key])
    for question, answer in _obj("selfcheck.answers", selfcheck["answers"]).items():
        _str("selfcheck.answers (question number)", question, _QUESTION)
        _enum(f"selfcheck.answers.{question}", answer, SELFCHECK_ANSWERS)


def _level(where: str, value) -> None:
    level = _obj(where, value, ("total", *COUNTS, "criteria"))
    for key in ("total", *COUNTS):
        _int(f"{where}.{key}", level[key])
    if "pledge" in level:
        pledge = _obj(f"{where}.pledge", level["pledge"], ("by", "date"))
        _str(f"{where}.pledge.by", pledge["by"], nonempty=True)
        _date(f"{where}.pledge.date", pledge["date"])
    good_ids, good_requirements = _GOOD_TEXT[_CRITERION], _GOOD_TEXT[_REQUIREMENT]
    for n, criterion in enumerate(_list(f"{where}.criteria", level["criteria"])):
        at = f"{where}.criteria[{n}]"
        if type(criterion) is not dict:
            _fail(at, criterion, "an object")
        try:
            items = criterion["items"]
            ok = ((criterion["id"] in good_ids or _matches(_CRITERION, criterion["id"]))
                  and (criterion["requirement"] in good_requirements
                       or _matches(_REQUIREMENT, criterion["requirement"]))
                  and criterion["star"] in (3, 4) and type(criterion["star"]) is int
                  and criterion["csf"] in _CSF and type(criterion["title"]) is str
                  and criterion["status"] in _CRITERION_STATUS and type(items) is list
                  and type("".join(items)) is str)  # join: TypeError for anything but text
        except (KeyError, TypeError):
            ok = False
        if not ok:  # say exactly which field (the slow path runs only for a bad criterion)
            _obj(at, criterion, ("id", "requirement", "star", "csf", "title", "status", "items"))
            _str(f"{at}.id", criterion["id"], _CRITERION)
            _str(f"{at}.requirement", criterion["requirement"], _REQUIREMENT)
            if criterion["star"] not in (3, 4) or type(criterion["star"]) is not int:
                _fail(f"{at}.star", criterion["star"], "3 or 4")
            _enum(f"{at}.csf", criterion["csf"], CSF_FUNCTIONS)
            _str(f"{at}.title", criterion["title"])
            _enum(f"{at}.status", criterion["status"], CRITERION_STATUSES)
            for m, item in enumerate(_list(f"{at}.items", criterion["items"])):
                _str(f"{at}.items[{m}]", item)
        if "confirmation" in criterion or "judgement" in criterion:
            _star3_fields(at, criterion)


def _star3_fields(at: str, criterion: dict) -> None:
    """The optional ★3 fields of a criterion: the expert's confirmation, the company's judgement."""
    if "confirmation" in criterion:
        where = f"{at}.confirmation"
        confirmation = _obj(where, criterion["confirmation"], ("by", "org", "external", "at", "current"))
        _str(f"{where}.by", confirmation["by"], nonempty=True)
        _str(f"{where}.org", confirmation["org"])
        _bool(f"{where}.external", confirmation["external"])
        _str(f"{where}.at", confirmation["at"], _DATETIME)
        _bool(f"{where}.current", confirmation["current"])
    if "judgement" in criterion:
        judgement = _obj(f"{at}.judgement", criterion["judgement"], ("status", "reason"))
        _enum(f"{at}.judgement.status", judgement["status"], JUDGEMENT_STATUSES)
        _str(f"{at}.judgement.reason", judgement["reason"], nonempty=True)


def _requirements(value) -> None:
    for n, requirement in enumerate(_list("requirements", value)):
        try:
            if (type(requirement) is dict and _matches(_REQUIREMENT, requirement["id"])
                    and type(requirement["title"]) is str and requirement["status"] in _CRITERION_STATUS
                    and type(requirement["criteria"]) is int and requirement["criteria"] >= 1
                    and type(requirement["met"]) is int and requirement["met"] >= 0
                    and (requirement["lowest_star"] is None or type(requirement["lowest_star"]) is int)):
                continue
        except (KeyError, TypeError):
            pass
        at = f"requirements[{n}]"
        _obj(at, requirement, ("id", "title", "lowest_star", "status", "criteria", "met"))
        _str(f"{at}.id", requirement["id"], _REQUIREMENT)
        _str(f"{at}.title", requirement["title"])
        _int(f"{at}.lowest_star", requirement["lowest_star"], minimum=None, nullable=True)
        _enum(f"{at}.status", requirement["status"], CRITERION_STATUSES)
        _int(f"{at}.criteria", requirement["criteria"], minimum=1)
        _int(f"{at}.met", requirement["met"])


def _jama(value) -> None:
    jama = _obj("jama", value, ("note", "derived", "items"))
    _str("jama.note", jama["note"])
    if jama["derived"] is not True:
        _fail("jama.derived", jama["derived"], "true")
    for n, item in enumerate(_list("jama.items", jama["items"])):
        try:
            if (type(item) is dict and type(item["item"]) is str and _matches(_LEVEL, item["level"])
                    and item["status"] in _CRITERION_STATUS and type(item["criteria"]) is list
                    and item["criteria"] and type("".join(item["criteria"])) is str):
                continue
        except (KeyError, TypeError):
            pass
        at = f"jama.items[{n}]"
        _obj(at, item, ("item", "level", "status", "criteria"))
        _str(f"{at}.item", item["item"])
        _str(f"{at}.level", item["level"], _LEVEL)
        _enum(f"{at}.status", item["status"], CRITERION_STATUSES)
        criteria = _list(f"{at}.criteria", item["criteria"])
        if not criteria:
            _fail(f"{at}.criteria", criteria, "at least one criterion")
        for m, criterion in enumerate(criteria):
            _str(f"{at}.criteria[{m}]", criterion)


def _training(training: dict) -> None:
    _int("training.lessons_total", training["lessons_total"])
    for n, learner in enumerate(_list("training.learners", training["learners"])):
        at = f"training.learners[{n}]"
        _obj(at, learner, ("name", "completed", "lessons"))
        _str(f"{at}.name", learner["name"], nonempty=True)
        _int(f"{at}.completed", learner["completed"])
        for key in ("quiz_points", "quiz_questions"):
            if key in learner:
                _int(f"{at}.{key}", learner[key])
        for m, title in enumerate(_list(f"{at}.lessons", learner["lessons"])):
            _str(f"{at}.lessons[{m}]", title)


def _items(value, notes: bool) -> None:
    extra = {"note", "evidence"}
    for n, entry in enumerate(_list("items", value)):
        try:  # the usual case in one expression; the field by field checks below word a problem
            due = entry["due"]
            if (type(entry["id"]) is str and entry["id"] and type(entry["title"]) is str
                    and entry["status"] in _ITEM_STATUS and type(entry["owner"]) is str
                    and (due is None or (type(due) is str and due in _GOOD_DATES))
                    and (extra <= entry.keys() if notes else extra.isdisjoint(entry.keys()))
                    and (not notes or (type(entry["note"]) is str and type(entry["evidence"]) is str))):
                continue
        except (KeyError, TypeError):
            pass
        at = f"items[{n}]"
        _obj(at, entry, ("id", "title", "status", "owner", "due"))
        _str(f"{at}.id", entry["id"], nonempty=True)
        _str(f"{at}.title", entry["title"])
        _enum(f"{at}.status", entry["status"], ITEM_STATUSES)
        _str(f"{at}.owner", entry["owner"])
        if entry["due"] is not None:
            _date(f"{at}.due", entry["due"])
        _notes_fields(at, entry, notes)


def _notes_fields(at: str, entry: dict, notes: bool) -> None:
    """`note` and `evidence` of an item or plan entry: present, as text, exactly at detail "notes"."""
    for key in ("note", "evidence"):
        if notes and key not in entry:
            raise _Bad(f"{at}.{key} is missing (detail is \"notes\")")
        if not notes and key in entry:
            raise _Bad(f"{at}.{key} is present, but only detail \"notes\" may carry it")
        if key in entry:
            _str(f"{at}.{key}", entry[key])


def _plan(value, notes: bool) -> None:
    extra = {"note", "evidence"}
    for n, entry in enumerate(_list("plan", value)):
        try:  # the usual case in one expression; the field by field checks below word a problem
            due = entry["due"]
            if (type(entry["item"]) is str and type(entry["title"]) is str and entry["status"] in _PLAN_STATUS
                    and type(entry["owner"]) is str and type(entry["overdue"]) is bool
                    and (due is None or (type(due) is str and due in _GOOD_DATES))
                    and (extra <= entry.keys() if notes else extra.isdisjoint(entry.keys()))
                    and (not notes or (type(entry["note"]) is str and type(entry["evidence"]) is str))):
                continue
        except (KeyError, TypeError):
            pass
        at = f"plan[{n}]"
        _obj(at, entry, ("item", "title", "status", "owner", "due", "overdue"))
        _str(f"{at}.item", entry["item"])
        _str(f"{at}.title", entry["title"])
        _enum(f"{at}.status", entry["status"], PLAN_STATUSES)
        _str(f"{at}.owner", entry["owner"])
        if entry["due"] is not None:
            _date(f"{at}.due", entry["due"])
        _bool(f"{at}.overdue", entry["overdue"])
        _notes_fields(at, entry, notes)


# -- one file, as collect uses it -------------------------------------------------------------

@dataclass
class SupplierRecord:
    """What `mamori collect` stores of one accepted summary, as plain values."""

    supplier_id: str  # the company id, or "name:" + the company name for older summaries
    supplier: dict
    # rows as tuples in the order of the table's columns after supplier_id (plain tuples are
    # what a helper process hands back fastest)
    schemes: list[tuple] = field(default_factory=list)  # (scheme, total, *COUNTS, missing, achieved)
    criteria: list[tuple] = field(default_factory=list)  # (criterion, status, planned_date)
    criterion_info: list[tuple] = field(default_factory=list)  # (criterion, requirement, star, csf, title)
    plans: list[tuple] = field(default_factory=list)  # (item, title, status, owner, due, overdue)


@dataclass
class FileOutcome:
    """The result of reading and checking one file: a record, or the reason it was refused."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    record: SupplierRecord | None = None
    reason: str | None = None


def check_file(path: str, max_bytes: int = MAX_SUMMARY_BYTES) -> FileOutcome:
    """Read, parse and check one summary file; never raises for a bad file."""
    try:
        stat = Path(path).stat()
    except OSError as error:
        return FileOutcome(path, 0, 0, None, reason=f"cannot be read ({error.strerror or error})")
    outcome = FileOutcome(path, stat.st_size, stat.st_mtime_ns, None)
    try:
        raw = read_summary_bytes(path, max_bytes)
        outcome.sha256 = hashlib.sha256(raw).hexdigest()
        data = parse_mamori_layout(raw)
        quick = data is not None
        if not quick:
            data = parse_summary(raw)
    except SummaryRejected as rejected:
        outcome.reason = str(rejected)
        return outcome
    except OSError as error:
        outcome.reason = f"cannot be read ({error.strerror or error})"
        return outcome
    result = check_summary(data, _sorted_dump if quick else None)
    if not result.ok:
        outcome.reason = result.message
        return outcome
    outcome.record = supplier_record(data)
    return outcome


def _utc(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def supplier_record(data: dict) -> SupplierRecord:
    """The rows of one checked summary (see docs/collect.md for what each column means)."""
    company = data["company"]
    company_id = company.get("id")
    supplier_id = company_id or f"name:{company['name']}"
    selfcheck = data.get("selfcheck") or {}
    plan = data["plan"]
    supplier = {
        "supplier_id": supplier_id,
        "company_id": company_id,
        "name": company["name"],
        "industry": company["industry"],
        "employees": company["employees"],
        "scope": company["scope"],
        "requested": ",".join(company["requested"]),
        "report_date": data["date"],
        "generated_at": data["generated_at"],
        "generated_at_utc": _utc(data["generated_at"]),
        "detail": data["detail"],
        "declared_by": data["declared_by"],
        "app_version": data["app_version"],
        "content_version": data["content_version"],
        "selfcheck_score": selfcheck.get("score"),
        "selfcheck_max": selfcheck.get("max"),
        "selfcheck_answered": selfcheck.get("answered"),
        "selfcheck_band": selfcheck.get("band"),
        "open_items": data.get("open_items"),
        "plan_items": len(plan),
        "summary_digest": data["digest"]["value"],
    }
    record = SupplierRecord(supplier_id, supplier)
    for key, level in data["schemes"].items():
        done = level["met"] + level["na"]
        record.schemes.append((key, level["total"], *(level[name] for name in COUNTS),
                               level["total"] - done, int(done >= level["total"])))
    for level in data["security_action"]:
        record.schemes.append((f"security-action-{level['level']}", None, *(None for _ in COUNTS),
                               len(level["missing"]), int(level["met"])))
    due_by_item = {entry["item"]: entry["due"] for entry in plan if entry["due"]}
    seen = set()
    criteria, info = record.criteria, record.criterion_info
    for key in sorted(data["schemes"], key=lambda k: -len(data["schemes"][k]["criteria"])):
        for criterion in data["schemes"][key]["criteria"]:
            cid = criterion["id"]
            if cid in seen:
                continue
            seen.add(cid)
            status = criterion["status"]
            planned = None
            if status != "met" and status != "na" and due_by_item:
                dues = [due_by_item[item] for item in criterion["items"] if item in due_by_item]
                planned = max(dues) if dues else None
            criteria.append((cid, status, planned))
            info.append((cid, criterion["requirement"], criterion["star"], criterion["csf"], criterion["title"]))
    record.plans = [(entry["item"], entry["title"], entry["status"], entry["owner"], entry["due"],
                     int(entry["overdue"])) for entry in plan]
    return record
