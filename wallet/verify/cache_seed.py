"""Filling a :class:`~wallet.verify.cache.LocalCache` from local files, by URL.

For tests, for the sample credentials shipped with the app, and for a learner who saved an issuer's
documents by hand: each file becomes the cached copy of one URL, exactly as if it had been fetched
then. Nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from wallet.errors import InputError, InputTooLarge
from wallet.verify.cache import MAX_ENTRY_BYTES, LocalCache

__all__ = ["seed_cache", "seed_from_folder"]


def _body(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            if source.stat().st_size > MAX_ENTRY_BYTES:
                raise InputTooLarge(f"{source.name} is larger than a cache entry may be", reason="too-large", limit=MAX_ENTRY_BYTES)
            data = source.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {source.name}: {exc.strerror}", reason="unreadable") from exc
    if len(data) > MAX_ENTRY_BYTES:
        raise InputTooLarge("a document is larger than a cache entry may be", reason="too-large", limit=MAX_ENTRY_BYTES)
    return data


def seed_cache(cache: LocalCache, documents: Mapping[str, Path | bytes], *, fetched_at: datetime | None = None) -> list[str]:
    """Store each ``{url: file or bytes}`` in ``cache`` as fetched at ``fetched_at`` (default: now).

    Returns the URLs stored. Raises :class:`InputTooLarge` / :class:`InputError` for a file that
    is too large or cannot be read (nothing after it is stored).
    """
    when = fetched_at or datetime.now(UTC)
    stored = []
    for url, source in documents.items():
        cache.put(url, _body(source), when)
        stored.append(url)
    return stored


def seed_from_folder(
    cache: LocalCache,
    folder: Path | str,
    url_prefixes: Iterable[str],
    *,
    strip_suffix: str | None = None,
    fetched_at: datetime | None = None,
) -> list[str]:
    """Store every file under ``folder`` at ``prefix + relative path`` for each of ``url_prefixes``.

    ``strip_suffix`` removes a file-name suffix added when the documents were saved (a status list
    served at ``.../list`` saved as ``list.json``). Hidden files and README/PROVENANCE notes are
    skipped. Returns the URLs stored.
    """
    root = Path(folder)
    documents: dict[str, Path | bytes] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if path.name.startswith(".") or path.name.upper().startswith(("README", "PROVENANCE", "EXPECTED-RESULTS")):
            continue
        if strip_suffix and rel.endswith(strip_suffix):
            rel = rel[: -len(strip_suffix)]
        for prefix in url_prefixes:
            documents[prefix + rel] = path
    return seed_cache(cache, documents, fetched_at=fetched_at)
