"""Bundled JSON-LD contexts, by exact URL, checked against their manifest (DESIGN.md, Security stance).

``resources/contexts/manifest.json`` maps each URL to ``{"file", "sha256"}``. Every file is hashed
when the loader starts, so an altered or missing context stops the loader at once
(:class:`ContextBundleError`) rather than changing what a signature covers. A URL not in the manifest
raises :class:`UnknownContext`: the credential becomes unverifiable and nothing is fetched.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wallet.errors import UnknownContext, VerificationError
from wallet.resources import resource_path

MAX_CONTEXT_BYTES = 1024 * 1024


class ContextBundleError(VerificationError):
    """The bundled contexts do not match their manifest (altered, missing or not JSON)."""

    code = "verify.context-bundle"


class BundledContexts:
    """JSON-LD context documents from one folder with a ``manifest.json``; immutable once loaded."""

    def __init__(self, directory: Path) -> None:
        """Read and check every context listed in ``directory/manifest.json``.

        Raises :class:`ContextBundleError` if the manifest is unreadable, a file is missing, larger
        than 1 MB, not JSON, or its SHA-256 differs from the manifest's.
        """
        self.directory = directory
        try:
            manifest = json.loads((directory / "manifest.json").read_bytes())
        except (OSError, ValueError) as exc:
            raise ContextBundleError(f"context manifest unreadable: {exc}", reason="manifest") from exc
        if not isinstance(manifest, dict):
            raise ContextBundleError("context manifest is not an object", reason="manifest")
        parsed: dict[str, Any] = {}  # file name -> document, so aliases share one parse
        self._documents: dict[str, dict[str, Any]] = {}
        for url, entry in manifest.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                raise ContextBundleError(f"bad manifest entry for {url}", reason="manifest", url=url)
            name = entry["file"]
            if name not in parsed:
                parsed[name] = self._read_checked(name, str(entry.get("sha256", "")), url)
            self._documents[url] = parsed[name]
        self._resolver: Any = None

    def _read_checked(self, name: str, sha256: str, url: str) -> dict[str, Any]:
        path = self.directory / name
        if Path(name).name != name:
            raise ContextBundleError(f"manifest names a path outside the folder: {name}", reason="manifest", url=url)
        try:
            body = path.read_bytes()
        except OSError as exc:
            raise ContextBundleError(f"context file missing: {name}", reason="missing", url=url) from exc
        if len(body) > MAX_CONTEXT_BYTES or hashlib.sha256(body).hexdigest() != sha256:
            raise ContextBundleError(f"context file does not match the manifest: {name}", reason="hash", url=url)
        try:
            doc = json.loads(body)
        except ValueError as exc:
            raise ContextBundleError(f"context file is not JSON: {name}", reason="json", url=url) from exc
        if not isinstance(doc, dict) or "@context" not in doc:
            raise ContextBundleError(f"not a JSON-LD context document: {name}", reason="json", url=url)
        return doc

    @classmethod
    @functools.cache
    def default(cls) -> BundledContexts:
        """The contexts shipped in ``resources/contexts/`` (read and checked once per process)."""
        return cls(resource_path("contexts"))

    def urls(self) -> list[str]:
        """Every URL this bundle answers."""
        return sorted(self._documents)

    def __contains__(self, url: object) -> bool:
        return url in self._documents

    def load(self, url: str) -> Mapping[str, Any]:
        """A copy of the context document bundled for exactly ``url``.

        Raises :class:`UnknownContext` (``url`` in its fields) for any other URL; never fetches.
        """
        return copy.deepcopy(self._document(url))

    def _document(self, url: str) -> dict[str, Any]:
        doc = self._documents.get(url)
        if doc is None:
            raise UnknownContext(f"the JSON-LD context {url[:200]} is not bundled", url=url[:200])
        return doc

    def pyld_resolver(self) -> Any:
        """A pyld ``ContextResolver`` over this bundle, cached for the loader's lifetime.

        The bundle is immutable, so processed contexts can be kept across operations; pyld's own
        module-wide cache is not used (another loader's contexts would leak in by URL).
        """
        if self._resolver is None:
            from pyld.context_resolver import ContextResolver
            from pyld.jsonld import LRUCache

            self._resolver = ContextResolver(LRUCache(maxsize=256), pyld_document_loader(self))
        return self._resolver


def pyld_document_loader(loader: Any) -> Any:
    """A pyld ``documentLoader`` answering from ``loader`` (a ``ContextLoader``) and nothing else.

    The callable raises :class:`UnknownContext` for an unbundled URL; pyld wraps it, and
    ``wallet.verify.jsonld.canon`` unwraps it again.
    """
    internal = getattr(loader, "_document", None)
    fetch = internal if callable(internal) else loader.load

    def load_document(url: str, options: Any = None) -> dict[str, Any]:
        doc = fetch(url)
        if not isinstance(doc, dict):
            doc = dict(doc)
        return {"contextUrl": None, "documentUrl": url, "document": doc}

    return load_document
