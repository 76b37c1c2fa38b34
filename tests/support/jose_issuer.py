"""A test issuer with fresh keys, signing VC-JWT, VC-JOSE and SD-JWT VC in every algorithm.

Keys are generated per issuer (Ed25519, P-256, P-384, RSA-2048), identified as did:key (Ed25519,
P-256, P-384) or did:jwk (any). Nothing is mocked: the wallet's own signing module produces real
signatures that the verifier then checks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from wallet.signing.jose import (
    PrivateKey,
    SdJwtIssued,
    issue_sd_jwt_vc,
    issue_vc_jose,
    issue_vc_jwt,
    present_sd_jwt,
)
from wallet.verify.jose import b64url_encode, public_key_to_jwk

ALGORITHMS = ("EdDSA", "ES256", "ES384", "RS256", "PS256")
ISSUED = datetime(2024, 5, 1, tzinfo=UTC)
NOW = datetime(2025, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=4)
def _rsa_key(slot: int) -> rsa.RSAPrivateKey:
    # RSA generation is the slow part; a few keys per test session are enough.
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def new_key(alg: str, *, slot: int = 0) -> PrivateKey:
    """A fresh private key for ``alg`` (RSA keys are reused per ``slot`` to keep tests fast)."""
    if alg == "EdDSA":
        return ed25519.Ed25519PrivateKey.generate()
    if alg == "ES256":
        return ec.generate_private_key(ec.SECP256R1())
    if alg == "ES384":
        return ec.generate_private_key(ec.SECP384R1())
    if alg in ("RS256", "PS256"):
        return _rsa_key(slot)
    raise ValueError(alg)


def did_jwk(key: PrivateKey) -> str:
    return "did:jwk:" + b64url_encode(json.dumps(public_key_to_jwk(key.public_key()), separators=(",", ":")).encode())


def did_key(key: PrivateKey) -> str:
    from wallet.verify.multibase import encode_multikey

    return "did:key:" + encode_multikey(key.public_key())  # type: ignore[arg-type]


@dataclass
class JoseIssuer:
    """One issuer: a key, its DID and the kid of its verification method."""

    alg: str
    key: PrivateKey
    did: str
    kid: str
    holder_key: PrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))

    @classmethod
    def create(cls, alg: str = "EdDSA", *, method: str = "jwk", slot: int = 0) -> JoseIssuer:
        key = new_key(alg, slot=slot)
        if method == "key" and alg not in ("RS256", "PS256"):
            did = did_key(key)
            kid = f"{did}#{did[len('did:key:') :]}"
        else:
            did = did_jwk(key)
            kid = f"{did}#0"
        return cls(alg, key, did, kid)

    # -- credentials --------------------------------------------------------------------------------

    def credential_v1(self, **overrides: Any) -> dict[str, Any]:
        vc: dict[str, Any] = {
            "@context": ["https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:4f7c1e1a-8c1e-4a52-9a3e-0c1d2e3f4a5b",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": self.did, "type": ["Profile"], "name": "Example College"},
            "issuanceDate": ISSUED.isoformat().replace("+00:00", "Z"),
            "expirationDate": "2030-01-01T00:00:00Z",
            "name": "Data Literacy",
            "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"], "achievement": {"name": "Data Literacy"}},
        }
        vc.update(overrides)
        return vc

    def credential_v2(self, **overrides: Any) -> dict[str, Any]:
        vc: dict[str, Any] = {
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:9a8b7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": self.did, "type": ["Profile"], "name": "Example College"},
            "validFrom": ISSUED.isoformat().replace("+00:00", "Z"),
            "validUntil": "2030-01-01T00:00:00Z",
            "name": "Data Literacy",
            "credentialSubject": {"id": "did:example:learner", "type": ["AchievementSubject"], "achievement": {"name": "Data Literacy"}},
        }
        vc.update(overrides)
        return vc

    def vc_jwt(self, credential: dict[str, Any] | None = None, **kwargs: Any) -> str:
        return issue_vc_jwt(credential or self.credential_v1(), self.key, kid=self.kid, alg=self.alg, **kwargs)

    def vc_jose(self, credential: dict[str, Any] | None = None, **kwargs: Any) -> str:
        return issue_vc_jose(credential or self.credential_v2(), self.key, kid=self.kid, alg=self.alg, **kwargs)

    def sd_claims(self, **overrides: Any) -> dict[str, Any]:
        claims: dict[str, Any] = {
            "iss": self.did,
            "iat": int(ISSUED.timestamp()),
            "nbf": int(ISSUED.timestamp()),
            "exp": int(datetime(2030, 1, 1, tzinfo=UTC).timestamp()),
            "vct": "https://credentials.example.org/micro-credential",
            "title": "Data Literacy",
            "given_name": "Ada",
            "family_name": "Lovelace",
            "achievement": {"name": "Data Literacy", "ects": 5, "level": 6},
            "languages": ["en", "fr", "de"],
        }
        claims.update(overrides)
        return claims

    SD_PATHS = ("/given_name", "/family_name", "/achievement/ects", "/achievement", "/languages/1", "/languages/2")

    def sd_jwt_vc(self, claims: dict[str, Any] | None = None, *, holder: bool = True, **kwargs: Any) -> SdJwtIssued:
        return issue_sd_jwt_vc(
            claims or self.sd_claims(),
            self.key,
            disclosable=kwargs.pop("disclosable", self.SD_PATHS),
            kid=self.kid,
            alg=self.alg,
            holder_key=self.holder_key.public_key() if holder else None,
            **kwargs,
        )

    def present(
        self, issued: SdJwtIssued, disclose: tuple[str, ...], *, nonce: str = "n-123", aud: str = "https://verifier.example", **kw: Any
    ) -> str:
        return present_sd_jwt(
            issued, disclose, holder_private_key=self.holder_key, nonce=nonce, aud=aud, issued_at=kw.pop("issued_at", NOW), **kw
        )
