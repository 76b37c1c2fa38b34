"""Issuer trust: is the issuer named in a credential listed somewhere the learner accepts?

Trust is reported beside the verdict, never folded into it (DESIGN.md, Verification report). A
:class:`TrustStore` answers :meth:`TrustStore.lookup` from three kinds of list:

* registries bundled in ``resources/trust/registries/`` (the Digital Credentials Consortium issuer
  registries, listed in ``registries.json``) — :meth:`TrustStore.bundled`;
* issuers the learner added (the vault stores them) — :meth:`TrustStore.with_learner_issuers`;
* a list given on the command line (``satchel verify --trust FILE``) — :meth:`TrustStore.from_file`.

A list only says *who* an identifier belongs to; that the credential was signed by that identifier's
key is established by the ``signature`` and ``issuer-key`` checks.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from wallet.errors import InputError, MalformedInput
from wallet.formats.jsonsafe import loads
from wallet.resources import resource_path
from wallet.verify.context import TrustEntry

__all__ = ["LEARNER_SOURCE", "MAX_TRUST_FILE_BYTES", "TrustStore", "parse_trust_list"]

LEARNER_SOURCE = "learner"
"""The ``source`` of entries the learner added."""

MAX_TRUST_FILE_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 100_000


def _key(issuer_id: str) -> str:
    """The form identifiers are compared in: exact, except that a DID URL's fragment is dropped.

    ``did:web:example.org#key-1`` names a key of ``did:web:example.org``; the registry lists the DID.
    """
    issuer_id = issuer_id.strip()
    if issuer_id.startswith("did:"):
        return issuer_id.split("#", 1)[0]
    return issuer_id


class TrustStore:
    """An immutable set of trusted issuers, each with the list it came from.

    Lookups are by exact identifier (a DID without its fragment); the first list that names an
    issuer wins, in the order the lists were added (registries before the learner's own entries).
    """

    def __init__(self, entries: Iterable[TrustEntry] = ()) -> None:
        self._entries: dict[str, TrustEntry] = {}
        for entry in entries:
            self._entries.setdefault(_key(entry.issuer_id), entry)

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, issuer_id: str) -> TrustEntry | None:
        """The entry listing ``issuer_id``, or ``None`` if no accepted list names it."""
        if not isinstance(issuer_id, str) or not issuer_id:
            return None
        return self._entries.get(_key(issuer_id))

    def entries(self) -> list[TrustEntry]:
        return list(self._entries.values())

    def merged(self, other: TrustStore) -> TrustStore:
        """A store holding this store's entries, then ``other``'s (this store's win on conflict)."""
        return TrustStore([*self._entries.values(), *other.entries()])

    def with_learner_issuers(self, entries: Iterable[TrustEntry | Mapping[str, Any] | str]) -> TrustStore:
        """A new store with the issuers the learner added (source ``learner``) after this store's.

        Accepts :class:`TrustEntry` objects, ``{"id": ..., "name": ...}`` mappings or bare
        identifiers. Raises :class:`MalformedInput` for an entry without an identifier.
        """
        added: list[TrustEntry] = []
        for item in entries:
            if isinstance(item, TrustEntry):
                added.append(TrustEntry(item.issuer_id, item.name, LEARNER_SOURCE))
            elif isinstance(item, str):
                added.append(_entry(item, None, LEARNER_SOURCE))
            else:
                added.append(_entry(item.get("id"), item.get("name"), LEARNER_SOURCE))
        return TrustStore([*self._entries.values(), *added])

    def extended_from_file(self, path: Path | str, *, source: str | None = None) -> TrustStore:
        """This store plus the list in ``path`` (``satchel verify --trust FILE``); see :meth:`from_file` for errors."""
        return self.merged(TrustStore.from_file(path, source=source))

    @classmethod
    def bundled(cls) -> TrustStore:
        """The registries shipped in ``resources/trust/registries/``, in the order of ``registries.json``.

        Read once per process (the store is immutable). Raises :class:`MalformedInput` if a bundled
        file is damaged (a packaging error, not input). A missing folder gives an empty store.
        """
        return _bundled()

    @classmethod
    def _load_bundled(cls) -> TrustStore:
        folder = resource_path("trust", "registries")
        index_path = folder / "registries.json"
        if not index_path.is_file():
            return cls()
        index = loads(index_path.read_bytes())
        items = index.get("registries") if isinstance(index, dict) else None
        if not isinstance(items, list):
            raise MalformedInput("registries.json lists no registries", reason="trust-file")
        entries: list[TrustEntry] = []
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("file"), str):
                raise MalformedInput("registries.json has a malformed entry", reason="trust-file")
            path = resource_path("trust", "registries", item["file"])
            name = str(item["name"]) if isinstance(item.get("name"), str) else str(item["file"])
            entries.extend(parse_trust_list(_load_json(path.read_bytes()), source=name))
        return cls(entries)

    @classmethod
    def from_file(cls, path: Path | str, *, source: str | None = None) -> TrustStore:
        """A store from one trust-list file: a DCC issuer registry or ``{"issuers": [{"id", "name"}]}``.

        ``source`` names the list in reports (default: the file name). Raises
        :class:`InputTooLarge` / :class:`MalformedInput` for a file that is too large, not JSON, or
        of neither shape, and :class:`InputError` if it cannot be read.
        """
        p = Path(path)
        try:
            size = p.stat().st_size
            if size > MAX_TRUST_FILE_BYTES:
                raise MalformedInput("the trust list is too large", reason="trust-file", limit=MAX_TRUST_FILE_BYTES)
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the trust list: {exc.strerror}", reason="unreadable") from exc
        return cls(parse_trust_list(_load_json(data), source=source or p.name))


def _load_json(data: bytes) -> Any:
    """Strict JSON, except that a repeated key is allowed and the last one wins.

    Published DCC registries repeat an issuer key with different names, and the verifiers that
    consume them (JavaScript ``JSON.parse``) keep the last; a trust list is read as they read it.
    """
    try:
        return loads(data, max_bytes=MAX_TRUST_FILE_BYTES)
    except MalformedInput as exc:
        if exc.fields.get("reason") != "duplicate-key":
            raise
    # Size, depth, encoding and syntax were all accepted by ``loads`` before the duplicate was met.
    return json.loads(data.decode("utf-8-sig"))


@functools.cache
def _bundled() -> TrustStore:
    return TrustStore._load_bundled()


def _entry(issuer_id: Any, name: Any, source: str) -> TrustEntry:
    if not isinstance(issuer_id, str) or not issuer_id.strip() or len(issuer_id) > 2048:
        raise MalformedInput("a trust-list entry has no issuer identifier", reason="trust-file")
    if name is not None and not isinstance(name, str):
        raise MalformedInput("a trust-list entry's name is not text", reason="trust-file")
    return TrustEntry(issuer_id.strip(), name, source)


def parse_trust_list(doc: Any, *, source: str) -> list[TrustEntry]:
    """The entries of a decoded trust list (DCC registry or simple ``issuers`` list).

    Raises :class:`MalformedInput` (reason ``trust-file``) for any other shape.
    """
    if not isinstance(doc, dict):
        raise MalformedInput("a trust list is a JSON object", reason="trust-file")
    entries: list[TrustEntry] = []
    if "registry" in doc:
        # DCC "legacy" registry: {"meta": {...}, "registry": {"<DID>": {"name", "location", "url"}}}.
        registry = doc["registry"]
        if not isinstance(registry, dict):
            raise MalformedInput("the registry member is not an object", reason="trust-file")
        for issuer_id, info in registry.items():
            if not isinstance(info, dict):
                raise MalformedInput("a registry entry is not an object", reason="trust-file")
            entries.append(_entry(issuer_id, info.get("name"), source))
    elif "issuers" in doc:
        issuers = doc["issuers"]
        if not isinstance(issuers, list):
            raise MalformedInput("the issuers member is not a list", reason="trust-file")
        for item in issuers:
            if isinstance(item, str):
                entries.append(_entry(item, None, source))
            elif isinstance(item, dict):
                entries.append(_entry(item.get("id"), item.get("name"), source))
            else:
                raise MalformedInput("an issuers entry is neither an identifier nor an object", reason="trust-file")
    else:
        raise MalformedInput("not a trust list: expected a 'registry' or an 'issuers' member", reason="trust-file")
    if len(entries) > MAX_ENTRIES:
        raise MalformedInput("the trust list has too many entries", reason="trust-file", limit=MAX_ENTRIES)
    return entries
