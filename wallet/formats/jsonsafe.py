"""A JSON reader for hostile input: bounded size, depth, number length; no duplicate keys, no NaN.

The standard library parser recurses (a document nested 100,000 deep raises ``RecursionError``) and
accepts duplicate keys silently (the last one wins, so two readers of one credential may disagree on
what it says). Depth is measured by a linear scan before parsing.
"""

from __future__ import annotations

import json
import math
from typing import Any

from wallet.errors import InputTooLarge, MalformedInput

MAX_DEPTH = 64
MAX_NUMBER_CHARS = 64
MAX_BYTES = 8 * 1024 * 1024


def _depth(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise MalformedInput(f"duplicate key {key[:64]!r}", reason="duplicate-key", key=key[:64])
        out[key] = value
    return out


def _number(text: str) -> int | float:
    if len(text) > MAX_NUMBER_CHARS:
        raise MalformedInput("a number is too long", reason="number-too-long")
    if not any(c in text for c in ".eE"):
        return int(text)
    value = float(text)
    if not math.isfinite(value):
        # 1e999 overflows to inf: the NaN/Infinity this reader refuses, by another spelling.
        raise MalformedInput("a number is out of range", reason="non-finite-number")
    return value


def _constant(name: str) -> Any:
    raise MalformedInput(f"{name} is not JSON", reason="non-finite-number")


def loads(data: bytes | str, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """Parse ``data`` as strict JSON (UTF-8, BOM tolerated).

    Raises :class:`InputTooLarge` past ``max_bytes`` and :class:`MalformedInput` for invalid JSON,
    nesting deeper than ``max_depth``, duplicate keys, non-finite or overlong numbers.
    """
    if len(data) > max_bytes:
        raise InputTooLarge(f"larger than {max_bytes} bytes", reason="too-large", limit=max_bytes)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MalformedInput("not UTF-8 text", reason="encoding") from exc
    else:
        text = data
    if _depth(text) > max_depth:
        raise MalformedInput(f"nested deeper than {max_depth} levels", reason="too-deep", limit=max_depth)
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_number,
            parse_float=_number,
            parse_constant=_constant,
        )
    except (RecursionError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise MalformedInput(f"not valid JSON: {exc}", reason="syntax") from exc
