"""Verifying ``sd-jwt-vc``: SD-JWT (RFC 9901) and its SD-JWT VC profile (draft-ietf-oauth-sd-jwt-vc).

Checks, in order:

* ``format`` — the SD-JWT splits, the issuer-signed JWT is not a KB-JWT, the SD-JWT VC rules hold
  (``vct`` is a string; ``iss``, ``nbf``, ``exp``, ``cnf``, ``vct``, ``status`` are never
  selectively disclosed, SD-JWT VC §3.2.2); a generic SD-JWT without ``vct`` passes as ``sd-jwt``;
* ``signature`` — the issuer's JWS verifies *and* every disclosure matches a digest the issuer
  signed (RFC 9901 §7.1 steps 2-4): the disclosures are part of what the signature covers. Its
  ``data["disclosed"]`` lists the JSON Pointers of the disclosed claims;
* ``issuer-key`` — the key belongs to ``iss`` (DID, cached issuer metadata or pinned x5c);
* ``validity-period`` — ``nbf``/``exp`` (and a VC's own dates, which must agree);
* ``status`` — a VCDM ``credentialStatus`` through :mod:`wallet.verify.status`; an IETF token
  status list (``status`` claim) is reported as not checked;
* ``holder`` — the key-binding JWT (RFC 9901 §7.3): the holder key is ``cnf.jwk``, ``typ``
  ``kb+jwt``, ``sd_hash`` over the presented SD-JWT, ``iat`` not in the future, and ``nonce`` /
  ``aud`` equal to ``ctx.options["nonce"]`` / ``ctx.options["aud"]`` when the verifier asked for
  them. Without a KB-JWT the check is a ``skip``: the credential is genuine, but whoever presents
  it has not shown they hold the holder's key.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from wallet.errors import InputError
from wallet.formats.base import Parsed
from wallet.formats.jsonsafe import loads
from wallet.formats.sdjwt import (
    DisclosureError,
    SdJwtParts,
    digest_of,
    process_disclosures_unverified,
    sd_alg_of,
    split_sd_jwt_unverified,
)
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.jose import ALL_ALGORITHMS, InvalidJwk, JoseError, public_key_from_jwk, verify_compact
from wallet.verify.jwt_common import (
    check_signature_and_issuer_key,
    claim_disagreements,
    issuer_id_of,
    status_check,
)
from wallet.verify.report import Check, Outcome
from wallet.verify.validity import parse_datetime, validity_check

ALLOWED_ALGORITHMS: frozenset[str] = ALL_ALGORITHMS
"""Issuer-signed JWT and KB-JWT: EdDSA, ES256, ES384, RS256, PS256 (each only with its key type)."""

CLOCK_SKEW = timedelta(minutes=5)
"""How far in the future a KB-JWT's ``iat`` may lie (clocks of holder and wallet differ)."""

NEVER_DISCLOSED = ("/iss", "/nbf", "/exp", "/cnf", "/vct", "/vct#integrity", "/status")
"""SD-JWT VC §3.2.2: claims an issuer must not make selectively disclosable."""


def _format_check(parts: SdJwtParts, claims: dict[str, Any], paths: list[str]) -> Check:
    typ = parts.jws.header.get("typ")
    if typ == "kb+jwt":
        return Check("format", Outcome.FAIL, "the issuer-signed JWT is typed as a key-binding JWT", "format.typ")
    if "vct" not in parts.claims:
        return Check("format", Outcome.PASS, "an SD-JWT (no vct: not an SD-JWT VC)", "format.sd-jwt", {"profile": "sd-jwt"})
    if not isinstance(parts.claims["vct"], str):
        return Check("format", Outcome.FAIL, "vct is not a string", "format.vct")
    hidden = [p for p in paths if p in NEVER_DISCLOSED]
    if hidden:
        return Check(
            "format", Outcome.FAIL, f"claims that must be visible are selectively disclosed: {', '.join(hidden)}", "format.sd-claims"
        )
    problems = claim_disagreements(claims, claims) if "@context" in claims else []
    if problems:
        return Check("format", Outcome.FAIL, f"the JWT claims contradict the credential: {'; '.join(problems)}", "format.claims")
    return Check("format", Outcome.PASS, f"SD-JWT VC of type {parts.claims['vct'][:120]}", "format.sd-jwt-vc", {"profile": "sd-jwt-vc"})


def _holder_check(parts: SdJwtParts, claims: dict[str, Any], ctx: VerifyContext) -> Check:
    """RFC 9901 §7.3 (verification by the verifier), steps 5(a)-(f)."""
    cnf = claims.get("cnf")
    if parts.kb_jwt is None:
        if isinstance(cnf, dict):
            return Check(
                "holder",
                Outcome.SKIP,
                "no key-binding JWT: the credential is bound to a holder key, but this copy does not prove the presenter holds it",
                "holder.no-key-binding",
            )
        return Check("holder", Outcome.SKIP, "the credential is not bound to a holder key", "holder.unbound")
    if not isinstance(cnf, dict) or not isinstance(cnf.get("jwk"), dict):
        return Check("holder", Outcome.FAIL, "a key-binding JWT, but the credential names no holder key (cnf.jwk)", "holder.no-cnf")
    try:
        holder_key = public_key_from_jwk(cnf["jwk"])
        kb = verify_compact(parts.kb_jwt, holder_key, allowed=ALLOWED_ALGORITHMS)  # (b) signature with cnf key
        kb_claims = loads(kb.payload)
    except (JoseError, InvalidJwk, InputError) as exc:
        return Check("holder", Outcome.FAIL, f"the key-binding JWT does not verify with the holder key: {exc}", exc.code)
    if kb.header.get("typ") != "kb+jwt":  # (a)
        return Check("holder", Outcome.FAIL, "the key-binding JWT is not typed kb+jwt", "holder.typ")
    if not isinstance(kb_claims, dict):
        return Check("holder", Outcome.FAIL, "the key-binding JWT payload is not an object", "holder.payload")
    iat = kb_claims.get("iat")
    issued = parse_datetime(iat) if isinstance(iat, int | float) else None
    if issued is None:  # (c)
        return Check("holder", Outcome.FAIL, "the key-binding JWT has no valid iat", "holder.iat")
    if issued > ctx.at + CLOCK_SKEW:
        return Check("holder", Outcome.FAIL, f"the key-binding JWT is dated in the future ({issued.isoformat()})", "holder.iat-future")
    max_age = ctx.options.get("kb_max_age")
    if isinstance(max_age, int | float) and issued < ctx.at - timedelta(seconds=max_age):
        return Check("holder", Outcome.FAIL, f"the key-binding JWT is too old ({issued.isoformat()})", "holder.iat-old")
    expected_nonce, expected_aud = ctx.options.get("nonce"), ctx.options.get("aud")
    if expected_nonce is not None and kb_claims.get("nonce") != expected_nonce:  # (d)
        return Check("holder", Outcome.FAIL, "the key-binding JWT answers another nonce", "holder.nonce")
    if expected_aud is not None and kb_claims.get("aud") != expected_aud:
        return Check("holder", Outcome.FAIL, "the key-binding JWT is addressed to another verifier", "holder.aud")
    try:
        expected_hash = digest_of(parts.sd_jwt_for_hash, sd_alg_of(parts.claims))
    except DisclosureError as exc:
        return Check("holder", Outcome.FAIL, str(exc), exc.code)
    if kb_claims.get("sd_hash") != expected_hash:  # (e)
        return Check("holder", Outcome.FAIL, "the key-binding JWT was made for another presentation (sd_hash)", "holder.sd-hash")
    data = {k: kb_claims[k] for k in ("nonce", "aud") if isinstance(kb_claims.get(k), str)}
    return Check(
        "holder",
        Outcome.PASS,
        "the presenter proved possession of the holder key (key-binding JWT verified, sd_hash matches)",
        "holder.key-binding",
        {**data, "iat": issued.isoformat()},
    )


def _validity(claims: dict[str, Any], ctx: VerifyContext) -> Check:
    if "nbf" in claims or "exp" in claims or "@context" not in claims:
        return validity_check(ctx.at, claims.get("nbf"), claims.get("exp"), names=("nbf", "exp"))
    # A W3C credential secured as an SD-JWT (RFC 9901 Appendix A.4) carries its own dates instead.
    if "validFrom" in claims or "validUntil" in claims:
        return validity_check(ctx.at, claims.get("validFrom"), claims.get("validUntil"))
    return validity_check(ctx.at, claims.get("issuanceDate"), claims.get("expirationDate"), names=("issuanceDate", "expirationDate"))


def verify_sd_jwt_vc(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Verify an SD-JWT (VC) presentation or issuance at ``ctx.at``; nothing raises for a bad credential.

    Steps (RFC 9901 §7.1, §7.3): 1. split; 2. issuer signature and key; 3. disclosures against the
    signed digests; 4. SD-JWT VC profile rules; 5. validity; 6. status; 7. key binding.
    """
    token = parsed.token or parsed.payload.decode("ascii", "replace")
    try:
        parts = split_sd_jwt_unverified(token)  # 1
    except InputError as exc:
        return FormatResult(checks=[Check("format", Outcome.FAIL, f"not a well-formed SD-JWT: {exc}", exc.code)])
    iss = parts.claims.get("iss") if isinstance(parts.claims.get("iss"), str) else None
    issuer = iss or issuer_id_of(parts.claims)
    outcome = check_signature_and_issuer_key(parts.issuer_jwt, parts.jws.header, issuer, ctx, allowed=ALLOWED_ALGORITHMS)  # 2
    signature = outcome.signature
    try:
        claims, paths = process_disclosures_unverified(parts.claims, parts.disclosures)  # 3
        disclosure_error: DisclosureError | None = None
    except DisclosureError as exc:
        claims, paths, disclosure_error = {k: v for k, v in parts.claims.items() if k not in ("_sd", "_sd_alg")}, [], exc
    if disclosure_error is not None:
        # A disclosure that matches no signed digest was altered or added after issuance.
        signature = Check(
            "signature",
            Outcome.FAIL,
            f"the disclosures do not match what the issuer signed: {disclosure_error}",
            disclosure_error.code,
            {k: v for k, v in disclosure_error.fields.items() if isinstance(v, str | int)},
        )
    elif signature.outcome is not Outcome.FAIL:
        signature = Check(
            signature.id,
            signature.outcome,
            f"{signature.detail}; {len(paths)} disclosed claim(s) match the signed digests",
            signature.code,
            {**signature.data, "disclosed": paths},
        )
    checks = [_format_check(parts, claims, paths), signature, outcome.issuer_key]  # 4
    checks.append(_validity(claims, ctx))  # 5
    if "status" in claims and "credentialStatus" not in claims:  # 6
        checks.append(
            Check(
                "status", Outcome.SKIP, "token status lists (SD-JWT VC status claim) are not checked in this version", "status.token-list"
            )
        )
    else:
        checks.append(status_check(claims, ctx))
    checks.append(_holder_check(parts, claims, ctx))  # 7
    name = None
    if isinstance(claims.get("issuer"), dict) and isinstance(claims["issuer"].get("name"), str):
        name = claims["issuer"]["name"]
    return FormatResult(checks=checks, issuer_id=issuer, issuer_name=name)
