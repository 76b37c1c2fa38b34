"""Shared pieces of the describers: safe getters, language maps, dates, numbers, EU-element hints.

A describer reads a document a hostile issuer may have shaped any way at all. Everything here takes
``Any`` and answers ``None`` (or an empty list) for a shape it does not expect, so the describers
never raise for a wrong type: a field of the wrong shape is simply not shown. Strings are capped,
lists are truncated and nested structures are walked to a fixed depth. Nothing here follows a URL.

The EU-element rules built on these live in :mod:`wallet.formats.describe_elements`.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from wallet.model import Text

MAX_TEXT = 4000
"""Longest text kept from a credential (a description); longer text is cut."""
MAX_SHORT = 512
"""Longest identifier, code or name-like value kept."""
MAX_ITEMS = 200
"""Most list entries looked at (alignments, results, achievements)."""
MAX_SCAN_DEPTH = 4
"""How deep extension objects are searched for a known field."""
HASHED_PREFIX = "hashed:"
"""A learner shown as ``hashed:<identity type>``: the credential names its learner only by a hash.

Front ends recognise the prefix (see :func:`hashed_kind`) and word it ("hashed email address");
the hash itself is never shown as if it were a name.
"""

_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,6}$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_DIGITS = re.compile(r"^\s*\d{9,11}\s*$")
_DURATION = re.compile(r"^P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$")
_AMOUNT = re.compile(r"(\d{1,6}(?:[.,]\d{1,4})?)\s*(ECTS|hours?|hrs?|h)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MAX_NUMBER = 1_000_000.0
"""Larger workloads than this are not credible; such a value is ignored rather than shown."""


# --- safe getters -------------------------------------------------------------------------------


def as_dict(value: Any) -> dict[str, Any] | None:
    """``value`` if it is a JSON object, else ``None``."""
    return value if isinstance(value, dict) else None


def as_list(value: Any) -> list[Any]:
    """``value`` as a list (a single value becomes a list of one), truncated to :data:`MAX_ITEMS`."""
    if value is None:
        return []
    if isinstance(value, list):
        return value[:MAX_ITEMS]
    return [value]


def dicts(value: Any) -> list[dict[str, Any]]:
    """The JSON objects in ``value`` (one object or a list of them); other entries are skipped."""
    return [v for v in as_list(value) if isinstance(v, dict)]


def first_dict(value: Any) -> dict[str, Any] | None:
    """The first JSON object in ``value``, if any."""
    found = dicts(value)
    return found[0] if found else None


def clean(value: str, limit: int = MAX_TEXT) -> str | None:
    """``value`` without control characters, stripped and capped at ``limit``; ``None`` if empty."""
    text = _CONTROL.sub("", value[: limit * 2]).strip()[:limit].strip()
    return text or None


def short(value: Any) -> str | None:
    """A short plain string (identifier, code, tag) or ``None`` for anything else."""
    if isinstance(value, str):
        return clean(value, MAX_SHORT)
    return None


def ident(value: Any) -> str | None:
    """The identifier of ``value``: a string itself, or the ``id`` (``@id``) of an object."""
    if isinstance(value, str):
        return short(value)
    obj = as_dict(value)
    if obj is None:
        return None
    return short(obj.get("id")) or short(obj.get("@id"))


def types_of(obj: Any) -> list[str]:
    """The ``type`` (or ``@type``) values of an object, as strings."""
    d = as_dict(obj)
    if d is None:
        return []
    value = d.get("type", d.get("@type"))
    return [t for t in (short(v) for v in as_list(value)) if t]


@functools.lru_cache(maxsize=4096)
def norm_key(key: str) -> str:
    """A property name compared loosely: prefix (``extensions:``, ``ext:``) dropped, case and ``_-`` ignored."""
    tail = key.rsplit(":", 1)[-1].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return re.sub(r"[\s_\-]", "", tail).lower()


# --- languages ----------------------------------------------------------------------------------


def lang_tag(value: Any) -> str | None:
    """A BCP 47-looking language tag (``en``, ``pt-BR``; ``en_GB`` is read as ``en-GB``), or ``None``."""
    if not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-")
    return tag if _LANG_TAG.match(tag) else None


class Languages:
    """Collects the languages a credential carries, in the order they are met."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def add(self, tag: Any) -> None:
        """Record ``tag`` if it looks like a language tag (case-insensitive duplicates ignored)."""
        norm = lang_tag(tag)
        if norm and norm.lower() not in self._seen and len(self._seen) < 64:
            self._seen[norm.lower()] = norm

    def tuple(self) -> tuple[str, ...]:
        """The languages met, first seen first."""
        return tuple(self._seen.values())


def _is_language_map(obj: Mapping[str, Any]) -> bool:
    # A JSON-LD language map (JSON-LD 1.1 §4.6.2, "@container": "@language") has language tags as
    # keys and strings as values. An object such as {"id": "https://..."} is a node reference:
    # "id" looks like a tag (Indonesian), so a value that looks like an IRI rules the map out.
    if not obj:
        return False
    for key, value in obj.items():
        if key != "@none" and lang_tag(key) is None:
            return False
        if isinstance(value, list):
            if not value or not all(isinstance(v, str) for v in value[:MAX_ITEMS]):
                return False
        elif not isinstance(value, str):
            return False
    id_value = obj.get("id")
    return not (isinstance(id_value, str) and ":" in id_value)


def text(value: Any, langs: Languages | None = None, default_lang: str | None = None, limit: int = MAX_TEXT) -> Text | None:
    """A learner-facing text from any of the shapes JSON-LD and VC 2.0 allow.

    - a plain string stays a string (or becomes ``{default_lang: text}`` when the enclosing object
      or context sets ``@language``, JSON-LD 1.1 §4.2.4);
    - a value object ``{"@value": ..., "@language": ...}`` becomes ``{lang: text}``;
    - a list of value objects (VC Data Model 2.0 §11.1, language and base direction) or a language
      map (``{"en": ..., "fr": ...}``) becomes ``{lang: text, ...}``, the first text per language kept;
    - a list of plain strings gives its first non-empty string.

    Languages met are added to ``langs``. Anything else gives ``None``.
    """
    found: dict[str, str] = {}
    plain: str | None = None
    items = value if isinstance(value, list) else [value]
    for item in items[:MAX_ITEMS]:
        if isinstance(item, str):
            if plain is None:
                plain = clean(item, limit)
        elif isinstance(item, dict):
            if "@value" in item:
                val = item.get("@value")
                if not isinstance(val, str):
                    continue
                tag = lang_tag(item.get("@language"))
                cleaned = clean(val, limit)
                if cleaned is None:
                    continue
                if tag is None:
                    plain = plain if plain is not None else cleaned
                else:
                    found.setdefault(tag, cleaned)
            elif _is_language_map(item):
                for key, val in item.items():
                    first = val[0] if isinstance(val, list) else val
                    cleaned = clean(first, limit) if isinstance(first, str) else None
                    if cleaned is None:
                        continue
                    tag = "@none" if key == "@none" else lang_tag(key)
                    if tag:
                        found.setdefault(tag, cleaned)
    if found:
        if plain is not None and "@none" not in found:
            found["@none"] = plain
        if langs is not None:
            for tag in found:
                langs.add(tag)
        return found
    if plain is not None and default_lang:
        if langs is not None:
            langs.add(default_lang)
        return {default_lang: plain}
    return plain


def plain_text(value: Text | None) -> str | None:
    """One string of a :data:`Text` (the first language) for composing values such as grades."""
    if value is None or isinstance(value, str):
        return value
    for key, val in value.items():
        if key != "@none":
            return val
    return next(iter(value.values()), None)


def context_language(doc: Any) -> str | None:
    """The ``@language`` a document's ``@context`` (or the object itself) sets, if any."""
    obj = as_dict(doc)
    if obj is None:
        return None
    own = lang_tag(obj.get("@language"))
    if own:
        return own
    for ctx in as_list(obj.get("@context")):
        tag = lang_tag(ctx.get("@language")) if isinstance(ctx, dict) else None
        if tag:
            return tag
    return None


# --- dates and numbers --------------------------------------------------------------------------


def iso_date(value: Any) -> str | None:
    """The calendar date of a timestamp as ``YYYY-MM-DD``, or ``None``.

    Accepts XML Schema / ISO 8601 date-times (the date is taken as written, in the issuer's offset:
    that is the day the issuer meant), plain dates, and JWT NumericDate seconds (RFC 7519 §2,
    read in UTC), including the 10-digit Unix timestamps Open Badges 1.0 allowed for ``issuedOn``.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value) or not 0 <= value < 253402300800:  # up to 9999-12-31
            return None
        return datetime.fromtimestamp(value, UTC).date().isoformat()
    if not isinstance(value, str):
        return None
    head = value[:64]
    if _DIGITS.match(head):
        return iso_date(int(head))
    match = _ISO_DATE.match(head)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def number(value: Any) -> float | None:
    """A finite, non-negative, credible number from a JSON number or a numeric string, else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        if abs(value) > MAX_NUMBER:
            return None
        result = float(value)
    elif isinstance(value, float):
        result = value
    elif isinstance(value, str) and len(value) <= 32:
        try:
            result = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    if not math.isfinite(result) or result < 0 or result > MAX_NUMBER:
        return None
    return result


def duration_hours(value: Any) -> float | None:
    """Hours in an ISO 8601 duration such as ``PT40H`` or ``P2DT4H`` (a day counted as 24 h)."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    match = _DURATION.match(value.strip().upper())
    if not match or not any(match.groups()):
        return None
    days, hours, minutes, seconds = (float(g.replace(",", ".")) if g else 0.0 for g in match.groups())
    total = days * 24 + hours + minutes / 60 + seconds / 3600
    return total if 0 < total <= MAX_NUMBER else None


def amounts(value: Any) -> tuple[float | None, float | None]:
    """(ECTS, hours) stated in a short text such as ``"5 ECTS"`` or ``"120 hours"``."""
    ects = hours = None
    if isinstance(value, str) and len(value) <= MAX_SHORT:
        for amount, unit in _AMOUNT.findall(value):
            n = number(amount)
            if unit.upper() == "ECTS":
                ects = ects if ects is not None else n
            else:
                hours = hours if hours is not None else n
    return ects, hours


def number_text(value: Any) -> str | None:
    """A short string for a grade-like scalar (string or finite number), else ``None``."""
    if isinstance(value, str):
        return clean(value, MAX_SHORT)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else None
    return repr(value) if math.isfinite(value) else None
