"""Verifying ``vc-jwt``: VCDM 1.1 credentials in the ``vc`` claim of a JWT (VCDM 1.1 §6.3) and VC 2.0
credentials secured as a JWS (VC-JOSE-COSE §3.1, ``typ`` ``vc+jwt`` / ``vc-ld+jwt``).

Checks, in order: ``format`` (JWS structure, media type, JWT claims agree with the credential),
``signature`` and ``issuer-key`` (:func:`wallet.verify.jwt_common.check_signature_and_issuer_key`),
``validity-period`` (nbf/exp, else the credential's own dates), ``status``.
"""

from __future__ import annotations

from typing import Any

from wallet.errors import InputError
from wallet.formats.base import Parsed
from wallet.formats.jsonsafe import loads
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.jose import ALL_ALGORITHMS, MalformedJws, parse_compact_unverified
from wallet.verify.jwt_common import (
    check_signature_and_issuer_key,
    claim_disagreements,
    issuer_id_of,
    issuer_name_of,
    status_check,
)
from wallet.verify.report import Check, Outcome
from wallet.verify.validity import validity_check

ALLOWED_ALGORITHMS: frozenset[str] = ALL_ALGORITHMS
"""VC-JWT: EdDSA, ES256, ES384, RS256, PS256 (each only with its key type, see :mod:`wallet.verify.jose`)."""

_JWT_TYPES: frozenset[str | None] = frozenset({None, "JWT", "jwt", "application/jwt"})
_JOSE_TYPES: frozenset[str | None] = frozenset(
    {"vc+jwt", "application/vc+jwt", "vc-ld+jwt", "application/vc-ld+jwt", "vc+ld+jwt", "application/vc+ld+jwt"}
)


def _types(doc: dict[str, Any]) -> set[str]:
    value = doc.get("type")
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _format_unverified(token: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], str] | Check:
    """(header, claims, credential, profile) or the failing ``format`` check."""
    try:
        jws = parse_compact_unverified(token)
        claims = loads(jws.payload)
    except (MalformedJws, InputError) as exc:
        return Check("format", Outcome.FAIL, f"not a well-formed JWT: {exc}", exc.code, {"reason": str(exc.fields.get("reason", ""))})
    if not isinstance(claims, dict):
        return Check("format", Outcome.FAIL, "the JWT payload is not a JSON object", "format.payload")
    typ = jws.header.get("typ")
    if isinstance(claims.get("vc"), dict):
        credential, profile = claims["vc"], "vcdm1.1-jwt"
    else:
        credential, profile = claims, "vc-jose"
    allowed_types = _JWT_TYPES | _JOSE_TYPES
    # VC-JOSE-COSE §3.1.1: typ names what is secured; kb+jwt, vp+jwt or an SD-JWT type here is a confusion.
    if typ not in allowed_types:
        return Check(
            "format", Outcome.FAIL, f"unexpected JWS type {str(typ)[:40]!r} for a credential", "format.typ", {"typ": str(typ)[:40]}
        )
    if "VerifiableCredential" not in _types(credential):
        return Check("format", Outcome.FAIL, "the payload is not a verifiable credential (type)", "format.type")
    if profile == "vc-jose" and "@context" not in credential:
        return Check("format", Outcome.FAIL, "a VC 2.0 credential needs @context", "format.context")
    return jws.header, claims, credential, profile


def verify_vc_jwt(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Verify a ``vc-jwt`` credential at ``ctx.at``; every problem becomes a check, nothing raises.

    Steps: 1. structure and media type; 2. JWT claims agree with the credential (VCDM 1.1 §6.3.1);
    3. signature and issuer key; 4. validity period; 5. status of the credential inside.
    """
    token = parsed.token or parsed.payload.decode("ascii", "replace")
    shaped = _format_unverified(token)  # 1
    if isinstance(shaped, Check):
        return FormatResult(checks=[shaped])
    header, claims, credential, profile = shaped
    issuer = issuer_id_of(credential) or (claims["iss"] if isinstance(claims.get("iss"), str) else None)
    checks: list[Check] = []
    problems = claim_disagreements(claims, credential)  # 2
    if problems:
        checks.append(
            Check(
                "format",
                Outcome.FAIL,
                f"the JWT claims contradict the credential: {'; '.join(problems)}",
                "format.claims",
                {"problems": problems},
            )
        )
    else:
        label = "VCDM 1.1 JWT" if profile == "vcdm1.1-jwt" else "VC 2.0 secured with JOSE"
        checks.append(Check("format", Outcome.PASS, f"{label}; JWT claims agree with the credential", "format.jwt", {"profile": profile}))
    outcome = check_signature_and_issuer_key(token, header, issuer, ctx, allowed=ALLOWED_ALGORITHMS)  # 3
    checks += [outcome.signature, outcome.issuer_key]
    # 4. RFC 7519 nbf/exp first: they are what the issuer signed as the token's validity; the
    # credential's own dates were checked to agree with them in step 2.
    if profile == "vcdm1.1-jwt":
        start = claims.get("nbf", credential.get("issuanceDate"))
        end = claims.get("exp", credential.get("expirationDate"))
        names = ("nbf" if "nbf" in claims else "issuanceDate", "exp" if "exp" in claims else "expirationDate")
    else:
        start = claims.get("nbf", credential.get("validFrom"))
        end = claims.get("exp", credential.get("validUntil"))
        names = ("nbf" if "nbf" in claims else "validFrom", "exp" if "exp" in claims else "validUntil")
    checks.append(validity_check(ctx.at, start, end, names=names))
    checks.append(status_check(credential, ctx))  # 5
    return FormatResult(checks=checks, issuer_id=issuer, issuer_name=issuer_name_of(credential))
