"""What every reader produces: :class:`Parsed`, the decoded credential with its original bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

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
        """SHA-256 of the credential's own bytes: the same credential baked or bare is one credential."""
        return hashlib.sha256(self.payload).hexdigest()
