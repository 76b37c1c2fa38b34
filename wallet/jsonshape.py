"""Reading JSON of unknown shape: a value or a list of values, the types an object declares, an id.

Credentials come from anyone; these answer with empty values for shapes they do not expect rather
than raising, so a caller decides what an absent value means.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def as_list(value: Any) -> list[Any]:
    """``value`` as a list: ``None`` -> ``[]``, a list -> a copy of it, anything else -> ``[value]``."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def type_set(doc: Mapping[str, Any]) -> set[str]:
    """The string types in ``doc``'s ``type`` (or JSON-LD ``@type``), one value or a list."""
    return {t for t in as_list(doc.get("type", doc.get("@type"))) if isinstance(t, str)}


def id_of(value: Any) -> str | None:
    """The id a value names: a string itself, or the string ``id`` of an object."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None
