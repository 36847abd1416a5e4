"""The loaded content library kept between starts, so a start reads one file, not 150.

Loading parses every lesson, checklist and scheme file; on an everyday start none of them
has changed since the last one. The result (model and problems) is stored as JSON in the
cache folder under a fingerprint of every content file's path, size and modification
time, of the loader's own code and of Mamori's version. Any difference, a damaged file,
or a model that would not come back exactly as it was simply means a normal load.

JSON, not pickle: reading the cache can only build the content classes, guided by their
field types, so a file planted in the cache folder cannot run code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core import content
from desktop.core.content import Problem
from desktop.core.localized import Localized

FORMAT = 3

_CLASSES = {
    cls.__name__: cls
    for cls in (
        content.Problem,
        content.QuizQuestion,
        content.LessonText,
        content.Lesson,
        content.ItemText,
        content.Item,
        content.Checklist,
        content.Track,
        content.Requirement,
        content.Scheme,
        content.ContentModel,
    )
}
_CODE_MODULES = ("content", "localized", "loader", "loader_base", "loader_schemes", "loader_checklists", "loader_lessons",
                 "frontmatter", "render", "markdown_limits", "vocab", "packs", "model_cache")


def fingerprint(sources: Iterable[Path]) -> str:
    """A digest of every file under SOURCES (folders are walked; files are taken as they
    are): relative path, size and modification time; plus the loading code and version."""
    from desktop import __version__

    digest = hashlib.sha1(f"{FORMAT}\0{__version__}".encode())
    core = Path(content.__file__).parent
    code_files = [core / f"{name}.py" for name in _CODE_MODULES]
    for path in [*code_files, *sources]:
        digest.update(f"\0{path}".encode())
        for entry in _walk(path):
            digest.update(f"\0{entry}".encode())
    return digest.hexdigest()


def _walk(path: Path) -> Iterable[str]:
    try:
        info = path.stat()
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode):
        yield f"{info.st_size}:{info.st_mtime_ns}"
        return
    for folder, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(folder, name)
            try:
                info = os.stat(full)
            except OSError:
                continue
            yield f"{os.path.relpath(full, path)}:{info.st_size}:{info.st_mtime_ns}"


def load(cache_file: Path, key: str) -> tuple[content.ContentModel, list[Problem]] | None:
    """The cached model and problems when the cache was written under KEY; else None."""
    try:
        text = cache_file.read_text(encoding="utf-8")
        if not text.startswith(_header(key)):
            return None
        return _decode(json.loads(text[len(_header(key)):]))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing, stale or damaged: load the content instead


def save(cache_file: Path, key: str, model: content.ContentModel, problems: list[Problem]) -> bool:
    """Store MODEL and PROBLEMS under KEY; False (and nothing written) when the model would
    not read back identical, for example a value YAML gave that JSON cannot hold."""
    problems = list(problems)
    try:
        body = json.dumps({"model": _encode(model), "problems": _encode(problems)},
                          ensure_ascii=False, separators=(",", ":"))
        back = _decode(json.loads(body))
    except (TypeError, ValueError, KeyError, AttributeError):
        return False
    if back != (model, problems):
        return False
    from desktop.core.safe_files import write_text_atomic

    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(cache_file, _header(key) + body)
    except OSError:
        return False  # a cache that cannot be written only costs the next start time
    return True


def _header(key: str) -> str:
    return f"mamori-content {key}\n"


def _encode(value: Any) -> Any:
    """Content objects as plain JSON values: dataclasses as objects of their fields, paths
    as text, tuples as lists. What they were is known again from the field types."""
    if hasattr(value, "__dataclass_fields__"):
        return {
            spec.name: (_encode_free if spec.type in _FREE else _encode)(getattr(value, spec.name))
            for spec in fields(value)
        }
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _encode_free(value: Any) -> Any:
    """A free-form value (a scheme's extra data, a requirement's attributes): tuples and
    words in two languages are marked, so they come back as they were."""
    if isinstance(value, Localized):
        if not isinstance(value.ja, str) or not isinstance(value.en, str | None):
            raise TypeError("the content cache keeps words as text only")
        return {"__text": [value.ja, value.en]}
    if isinstance(value, tuple):
        return {"__tuple": [_encode_free(v) for v in value]}
    if isinstance(value, list):
        return [_encode_free(v) for v in value]
    if isinstance(value, dict):
        if any(not isinstance(k, str) or k in ("__tuple", "__text") for k in value):
            raise TypeError("the content cache keeps text keys only")
        return {k: _encode_free(v) for k, v in value.items()}
    return value


def _decode_free(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode_free(v) for v in value]
    if isinstance(value, dict):
        if "__tuple" in value:
            return tuple(_decode_free(v) for v in value["__tuple"])
        if "__text" in value:
            return Localized(*value["__text"])
        return {k: _decode_free(v) for k, v in value.items()}
    return value


def _decode(data: dict[str, Any]) -> tuple[content.ContentModel, list[Problem]]:
    model = _reader("ContentModel")(data["model"])
    read_problem = _reader("Problem")
    return model, [read_problem(p) for p in data["problems"]]


_TUPLE = re.compile(r"tuple\[(\w+), \.\.\.\]")
_LOCALIZED = re.compile(r"Localized\[(\w+)\]")
_DICT = re.compile(r"dict\[str, (\w+)\]")
_PLAIN = {"str", "int", "float", "bool"}
_FREE = {"dict", "dict[str, Any]"}  # free-form values (a scheme's extra data, attributes)


@cache
def _reader(name: str) -> Callable[[Any], Any]:
    """A function that turns the JSON form of class NAME back into the object."""
    cls = _CLASSES[name]
    convert = [(spec.name, _converter(str(spec.type))) for spec in fields(cls)]  # text: postponed annotations

    def read(data: dict[str, Any]) -> Any:
        return cls(**{field: data[field] if conv is None else conv(data[field]) for field, conv in convert})

    return read


def _converter(annotation: str) -> Callable[[Any], Any] | None:
    """None for values JSON gives back as they were; else the function that rebuilds them."""
    if annotation in _PLAIN:
        return None
    if annotation == "Path":
        return Path
    if annotation in _FREE:
        return _decode_free
    if annotation in _CLASSES:
        return _reader(annotation)
    if annotation == "Text":
        annotation = "Localized[str]"
    if match := _LOCALIZED.fullmatch(annotation):
        words = _converter(match[1]) or (lambda value: value)
        return lambda data: Localized(words(data["ja"]), None if data["en"] is None else words(data["en"]))
    if match := _TUPLE.fullmatch(annotation):
        inner = _converter(match[1])
        return tuple if inner is None else (lambda values: tuple(map(inner, values)))  # type: ignore[arg-type]
    if match := _DICT.fullmatch(annotation):
        inner = _converter(match[1])
        return None if inner is None else (lambda values: {k: inner(v) for k, v in values.items()})
    raise TypeError(f"the content cache cannot keep a field of type {annotation}")
