"""A test issuer: fresh Ed25519, P-256 and P-384 keys as did:key, signing OB 3.0 credentials in every suite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from wallet.signing.dataintegrity import PrivateKey, sign
from wallet.verify.jsonld.loader import BundledContexts
from wallet.verify.multibase import encode_multikey

SUITE_KEYS: dict[str, tuple[str, ...]] = {
    "eddsa-rdfc-2022": ("ed25519",),
    "eddsa-jcs-2022": ("ed25519",),
    "Ed25519Signature2020": ("ed25519",),
    "ecdsa-rdfc-2019": ("p256", "p384"),
    "ecdsa-jcs-2019": ("p256", "p384"),
}
"""Every (suite, key kind) pair the wallet verifies."""

ALL_CASES: list[tuple[str, str]] = [(suite, kind) for suite, kinds in SUITE_KEYS.items() for kind in kinds]

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def new_key(kind: str) -> PrivateKey:
    if kind == "ed25519":
        return Ed25519PrivateKey.generate()
    return ec.generate_private_key(ec.SECP256R1() if kind == "p256" else ec.SECP384R1())


@dataclass
class DidKeyIssuer:
    """One issuer: a fresh key, its did:key and verification method."""

    kind: str
    key: PrivateKey

    @classmethod
    def fresh(cls, kind: str = "ed25519") -> DidKeyIssuer:
        return cls(kind, new_key(kind))

    @property
    def multikey(self) -> str:
        return encode_multikey(self.key.public_key())

    @property
    def did(self) -> str:
        return f"did:key:{self.multikey}"

    @property
    def method(self) -> str:
        return f"{self.did}#{self.multikey}"

    def ob3(self, *, valid_from: datetime | None = None, valid_until: datetime | None = None, subject: str | None = None) -> dict[str, Any]:
        """An unsigned OpenBadgeCredential (VCDM 2.0, OB 3.0.3 context) from this issuer."""
        doc: dict[str, Any] = {
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:2b5e4f0a-1c1d-4a55-9b8e-3f1e2f6d7a10",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": self.did, "type": ["Profile"], "name": "Example University"},
            "validFrom": _iso(valid_from or NOW - timedelta(days=30)),
            "name": "Introduction to Data Integrity",
            "credentialSubject": {
                "id": subject or "did:example:learner-1",
                "type": ["AchievementSubject"],
                "achievement": {
                    "id": "https://example.edu/achievements/di-101",
                    "type": ["Achievement"],
                    "name": "Data Integrity 101",
                    "description": "Signed credentials and their proofs.",
                    "criteria": {"narrative": "Pass the final assessment."},
                },
            },
        }
        if valid_until is not None:
            doc["validUntil"] = _iso(valid_until)
        return doc

    def sign(self, document: dict[str, Any], suite: str, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("created", NOW - timedelta(days=30))
        kwargs.setdefault("verification_method", self.method)
        return sign(document, private_key=self.key, suite=suite, loader=BundledContexts.default(), **kwargs)


def _iso(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")
