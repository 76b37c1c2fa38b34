"""What every reader produces: :class:`Parsed`, the decoded credential with its original bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import rfc8785

FORMATS: tuple[str, ...] = (
    "vc-jsonld",
    "vc-jwt",
    "sd-jwt-vc",
    "openbadges-2",
    "edc-jsonld",
    "edc-xml",
    "vp-jsonld",
)
"""Format names used in reports and the vault (DESIGN.md, CLI contract)."""

MAX_INPUT_BYTES = 8 * 1024 * 1024
"""The largest file a reader accepts; real credentials are far smaller (a baked PNG a few MB)."""


@dataclass(frozen=True)
class Parsed:
    """A credential as read, before any verification.

    ``original`` is the input exactly as received (a PNG stays a PNG); signatures are checked over
    ``payload``, the credential's own bytes (for a baked badge, the text found in the image).
    ``document`` is the decoded, *unverified* credential: JSON-LD object, JWT claims, OB2 assertion.
    """

    format: str
    original: bytes
    payload: bytes
    document: dict[str, Any]
    container: str = "json"
    """How it was wrapped: ``json``, ``jwt``, ``png``, ``svg``, ``xml``, ``qr``."""
    token: str | None = None
    """The compact serialization for JOSE formats (JWT, SD-JWT with disclosures, OB2 JWS)."""
    name: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    """Format-specific data a verifier needs (e.g. SD-JWT disclosures, a JWS header)."""

    @property
    def content_hash(self) -> str:
        """What makes two files the same credential: SHA-256 of the compact token for JOSE formats,
        of the JSON Canonicalization Scheme (RFC 8785) form for JSON documents (so a pretty-printed
        copy or the same badge baked into a PNG is recognised), of the payload bytes otherwise."""
        if self.token is not None:
            return hashlib.sha256(self.token.encode("utf-8")).hexdigest()
        if self.container in ("json", "png", "svg") and self.document:
            try:
                return hashlib.sha256(rfc8785.dumps(self.document)).hexdigest()
            except (rfc8785.CanonicalizationError, ValueError, TypeError):
                pass  # a value JCS cannot express (e.g. a huge integer): fall back to the exact bytes
        return hashlib.sha256(self.payload).hexdigest()
