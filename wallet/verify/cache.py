"""The local cache of documents fetched from the web: did:web DID documents, hosted Open Badges
assertions, issuer profiles and keys, status-list credentials.

Verification only ever *reads* this cache; refreshing it is an explicit action of the learner. Each
entry keeps the exact bytes and when they were fetched, so a report can say how old its facts are.
Layout: ``DIR/index.json`` maps URL -> ``{"file": sha256(url), "fetched_at": iso8601}``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wallet.atomic import atomic_write

MAX_ENTRY_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class CachedDocument:
    url: str
    body: bytes
    fetched_at: datetime


class LocalCache:
    """A folder of cached documents keyed by exact URL. Missing folder = empty cache."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def _index(self) -> dict[str, dict[str, str]]:
        try:
            raw = (self.directory / "index.json").read_bytes()
        except FileNotFoundError:
            return {}
        data = json.loads(raw)
        return data if isinstance(data, dict) else {}

    def get(self, url: str) -> CachedDocument | None:
        """The cached copy of ``url``, or ``None``. Never touches the network."""
        entry = self._index().get(url)
        if not entry:
            return None
        path = self.directory / entry["file"]
        try:
            if path.stat().st_size > MAX_ENTRY_BYTES:
                return None
            body = path.read_bytes()
        except FileNotFoundError:
            return None
        return CachedDocument(url, body, datetime.fromisoformat(entry["fetched_at"]))

    def put(self, url: str, body: bytes, fetched_at: datetime | None = None) -> CachedDocument:
        """Store ``body`` as the copy of ``url`` (atomically; the index last)."""
        when = fetched_at or datetime.now(UTC)
        self.directory.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(url.encode()).hexdigest()
        atomic_write(self.directory / name, body)
        index = self._index()
        index[url] = {"file": name, "fetched_at": when.isoformat()}
        atomic_write(self.directory / "index.json", json.dumps(index, indent=1, sort_keys=True).encode())
        return CachedDocument(url, body, when)

    def urls(self) -> list[str]:
        return sorted(self._index())
