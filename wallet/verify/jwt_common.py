"""What VC-JWT and SD-JWT VC verification share: where the issuer's key comes from, the
``signature`` and ``issuer-key`` checks, JWT-claim/credential consistency, and the ``status`` check.

Key sources, in this order, and never anything the token says about itself:

1. the issuer is a DID: ``kid`` names a verification method (absolute DID URL, or a fragment of the
   issuer DID); did:jwk and did:key without ``kid`` use their one method. Resolved through
   :func:`wallet.verify.keys.resolve_verification_method` (did:web from the local cache only);
2. the issuer is an HTTPS URL: JWT VC Issuer Metadata (SD-JWT VC draft §5) from the local cache at
   ``https://host/.well-known/jwt-vc-issuer/path``, with ``jwks`` inline or a cached ``jwks_uri``;
3. an ``x5c`` chain whose leaf certificate the learner pinned for this issuer
   (``ctx.options["pinned_x5c"]``: SHA-256 hex of the DER leaf -> issuer id).

A ``jwk``, ``jku`` or ``x5u`` header is never a key source: ``jku``/``x5u`` are never dereferenced,
and a header ``jwk`` is only tried to tell the learner "intact, but signed by a key the token
carries itself", which earns a ``warn``, never a ``pass``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import importlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from wallet.errors import InputError, KeyResolutionError, WalletError
from wallet.formats.jsonsafe import loads
from wallet.verify.jose import (
    CompactJws,
    InvalidJwk,
    JoseError,
    check_header_unkeyed,
    public_key_from_jwk,
    verify_compact,
)
from wallet.verify.keys import PublicKey, resolve_verification_method
from wallet.verify.report import Check, Outcome
from wallet.verify.validity import parse_datetime

if TYPE_CHECKING:
    from wallet.verify.context import VerifyContext

MAX_METADATA_KEYS = 16
"""Without a ``kid``, at most this many metadata keys are tried."""

_SKIP_REASONS = frozenset({"not-cached", "unsupported-method", "unsupported-key", "no-key-source", "no-kid"})
"""Key-resolution failures that leave the credential unverifiable rather than invalid."""


@dataclass(frozen=True)
class IssuerKey:
    """A candidate issuer key and whom it belongs to (``controller``: a DID or issuer URL)."""

    key: PublicKey
    controller: str
    method_id: str
    source: str
    """``derived`` (did:key, did:jwk), ``cache`` (did:web, issuer metadata) or ``pinned`` (x5c)."""
    fetched_at: datetime | None = None


def issuer_id_of(credential: Mapping[str, Any]) -> str | None:
    """The credential's issuer id: ``issuer`` as a string or ``issuer.id``."""
    issuer = credential.get("issuer")
    if isinstance(issuer, Mapping):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def issuer_name_of(credential: Mapping[str, Any]) -> str | None:
    issuer = credential.get("issuer")
    if isinstance(issuer, Mapping) and isinstance(issuer.get("name"), str):
        return str(issuer["name"])
    return None


# --- key sources --------------------------------------------------------------------------------


def _did_method_url(issuer: str, kid: object) -> str:
    if isinstance(kid, str) and kid:
        if kid.startswith("#"):
            return issuer + kid
        if kid.startswith("did:"):
            return kid  # its DID is compared with the issuer in the issuer-key check
        return f"{issuer}#{kid}"
    if issuer.startswith("did:jwk:"):
        return issuer + "#0"  # did:jwk has one method, "#0"
    if issuer.startswith("did:key:"):
        return issuer  # did:key's resolver derives its one method
    raise KeyResolutionError("the header names no key (kid) for this DID issuer", reason="no-kid")


def _metadata_url(issuer: str) -> str:
    # SD-JWT VC draft §5.1: insert /.well-known/jwt-vc-issuer between the host and the path.
    parts = urlsplit(issuer)
    path = parts.path.rstrip("/")
    return f"https://{parts.netloc}/.well-known/jwt-vc-issuer{path}"


def _cached_json(url: str, ctx: VerifyContext, what: str) -> tuple[Any, datetime]:
    cached = ctx.cache.get(url) if ctx.cache is not None else None
    if cached is None:
        raise KeyResolutionError(
            f"the issuer's {what} ({url}) is not in the local cache; refresh the cache to check this issuer",
            reason="not-cached",
            url=url,
        )
    try:
        return loads(cached.body, max_bytes=512 * 1024), cached.fetched_at
    except InputError as exc:
        raise KeyResolutionError(f"the cached {what} is not valid JSON", reason="bad-document", url=url) from exc


def _metadata_keys(issuer: str, kid: object, ctx: VerifyContext) -> list[IssuerKey]:
    url = _metadata_url(issuer)
    metadata, fetched_at = _cached_json(url, ctx, "JWT VC issuer metadata")
    # SD-JWT VC draft §5.3: the metadata's issuer must be identical to the iss it was looked up for.
    if not isinstance(metadata, dict) or metadata.get("issuer") != issuer:
        raise KeyResolutionError("the cached issuer metadata is for another issuer", reason="bad-document", url=url)
    jwks = metadata.get("jwks")
    if jwks is None and isinstance(metadata.get("jwks_uri"), str):
        if not metadata["jwks_uri"].startswith("https://"):
            raise KeyResolutionError("the issuer's jwks_uri is not HTTPS", reason="bad-document", url=url)
        jwks, fetched_at = _cached_json(metadata["jwks_uri"], ctx, "key set")
    keys = jwks.get("keys") if isinstance(jwks, dict) else None
    if not isinstance(keys, list):
        raise KeyResolutionError("the issuer metadata has no key set", reason="bad-document", url=url)
    chosen = [k for k in keys if isinstance(k, dict) and (kid is None or k.get("kid") == kid)][:MAX_METADATA_KEYS]
    if not chosen:
        raise KeyResolutionError(f"the issuer publishes no key {str(kid)[:64]!r}", reason="not-found", url=url)
    out = []
    for jwk in chosen:
        key = public_key_from_jwk(jwk)
        out.append(IssuerKey(key, issuer, f"{url}#{jwk.get('kid', '')}", "cache", fetched_at))
    return out


def _pinned_x5c_keys(header: Mapping[str, Any], ctx: VerifyContext) -> list[IssuerKey]:
    from cryptography import x509

    chain = header.get("x5c")
    pins = ctx.options.get("pinned_x5c")
    if not isinstance(chain, list) or not chain or not isinstance(chain[0], str) or not isinstance(pins, Mapping):
        return []
    try:
        # RFC 7515 §4.1.6: standard (not URL-safe) base64 DER; the first certificate holds the key.
        der = base64.b64decode(chain[0], validate=True)
        cert = x509.load_der_x509_certificate(der)
    except (binascii.Error, ValueError) as exc:
        raise KeyResolutionError("the x5c certificate cannot be read", reason="bad-key") from exc
    issuer = pins.get(hashlib.sha256(der).hexdigest())
    if not isinstance(issuer, str):
        return []
    if not cert.not_valid_before_utc <= ctx.at <= cert.not_valid_after_utc:
        raise KeyResolutionError("the pinned certificate is not valid at this time", reason="certificate-expired")
    key = cert.public_key()
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    if not isinstance(key, Ed25519PublicKey | EllipticCurvePublicKey | RSAPublicKey):
        raise KeyResolutionError("the pinned certificate's key type is not supported", reason="unsupported-key")
    return [IssuerKey(key, issuer, "x5c:" + hashlib.sha256(der).hexdigest(), "pinned")]


def issuer_keys_unverified(header: Mapping[str, Any], issuer: str | None, ctx: VerifyContext) -> list[IssuerKey]:
    """Candidate keys for a JWS by ``issuer``, from the sources listed in the module docstring.

    The keys are the issuer's as far as their source says; the signature is not checked here.
    Raises :class:`KeyResolutionError` (``reason`` ``not-cached``, ``no-kid``, ``no-key-source``,
    ``not-found``, ``bad-document``, ...).
    """
    pinned = _pinned_x5c_keys(header, ctx)
    if pinned:
        return pinned
    kid = header.get("kid")
    if issuer is None:
        raise KeyResolutionError("the credential names no issuer whose key could be looked up", reason="no-key-source")
    if issuer.startswith("did:"):
        vm = resolve_verification_method(_did_method_url(issuer, kid), ctx)
        return [IssuerKey(vm.key, vm.controller, vm.id, vm.source)]
    if issuer.startswith("https://"):
        return _metadata_keys(issuer, kid, ctx)
    raise KeyResolutionError(f"no way to find the key of issuer {issuer[:80]!r} offline", reason="no-key-source")


# --- the signature and issuer-key checks --------------------------------------------------------


@dataclass(frozen=True)
class SignatureOutcome:
    """The two checks, and the authenticated JWS when the signature passed."""

    signature: Check
    issuer_key: Check
    jws: CompactJws | None
    key: IssuerKey | None = None


def _embedded_jwk_check(token: str, header: Mapping[str, Any], allowed: Collection[str], why: str) -> Check | None:
    jwk = header.get("jwk")
    if not isinstance(jwk, Mapping):
        return None
    try:
        verify_compact(token, public_key_from_jwk(jwk), allowed=allowed)
    except (JoseError, InvalidJwk) as exc:
        return Check(
            "signature",
            Outcome.FAIL,
            f"the signature does not even verify with the key the token carries: {exc}",
            exc.code,
            dict(exc.fields),
        )
    return Check(
        "signature",
        Outcome.WARN,
        "the signature verifies only with a key carried in the token itself, which anyone could have put there; "
        f"the issuer's own key could not be found ({why})",
        "signature.embedded-key-only",
        {"embedded_key": True},
    )


def check_signature_and_issuer_key(
    token: str, header: Mapping[str, Any], issuer: str | None, ctx: VerifyContext, *, allowed: Collection[str]
) -> SignatureOutcome:
    """Steps: 1. header rules needing no key (``none``, HMAC, allow-list, ``crit``) fail ``signature``;
    2. find the issuer's key (:func:`issuer_keys_unverified`), a failure to find it skips or fails
    ``issuer-key``; 3. verify the JWS with each candidate; 4. the key's controller must be ``issuer``.

    Never raises for a bad token: every problem is in the returned checks.
    """
    try:  # 1
        check_header_unkeyed(header, allowed)
    except JoseError as exc:
        return SignatureOutcome(
            Check("signature", Outcome.FAIL, f"the signature is refused: {exc}", exc.code, dict(exc.fields)),
            Check("issuer-key", Outcome.SKIP, "not checked: the signature is refused", "issuer-key.not-checked"),
            None,
        )
    try:  # 2
        candidates = issuer_keys_unverified(header, issuer, ctx)
    except KeyResolutionError as exc:
        reason = str(exc.fields.get("reason", ""))
        skip = reason in _SKIP_REASONS
        key_check = Check(
            "issuer-key",
            Outcome.SKIP if skip else Outcome.FAIL,
            f"the issuer's key could not be {'found offline' if skip else 'resolved'}: {exc}",
            exc.code,
            {k: v for k, v in exc.fields.items() if isinstance(v, str | int)},
        )
        sig = _embedded_jwk_check(token, header, allowed, str(exc)) or Check(
            "signature",
            Outcome.SKIP,
            f"the signature cannot be checked without the issuer's key: {exc}",
            "signature.no-key",
            {"reason": reason},
        )
        return SignatureOutcome(sig, key_check, None)
    last: JoseError | None = None
    for candidate in candidates:  # 3
        try:
            jws = verify_compact(token, candidate.key, allowed=allowed)
        except JoseError as exc:
            last = exc
            continue
        data: dict[str, Any] = {"alg": jws.header.get("alg"), "key": candidate.method_id, "source": candidate.source}
        if candidate.fetched_at is not None:
            data["fetched_at"] = candidate.fetched_at.isoformat()
        sig = Check(
            "signature", Outcome.PASS, f"{jws.header.get('alg')} signature verified with {candidate.method_id}", "signature.jws", data
        )
        if issuer is not None and candidate.controller == issuer:  # 4
            key_check = Check(
                "issuer-key",
                Outcome.PASS,
                f"the signing key belongs to the issuer {issuer} ({candidate.source})",
                "issuer-key.controller",
                {"controller": candidate.controller, "source": candidate.source},
            )
        else:
            key_check = Check(
                "issuer-key",
                Outcome.FAIL,
                f"the signing key belongs to {candidate.controller}, not to the issuer {issuer}",
                "issuer-key.mismatch",
                {"controller": candidate.controller, "issuer": issuer or ""},
            )
        return SignatureOutcome(sig, key_check, jws, candidate)
    assert last is not None  # candidates is never empty
    return SignatureOutcome(
        Check("signature", Outcome.FAIL, f"the signature is invalid: {last}", last.code, dict(last.fields)),
        Check("issuer-key", Outcome.SKIP, "not checked: the signature is invalid", "issuer-key.not-checked"),
        None,
    )


# --- JWT claims against the credential (VCDM 1.1 §6.3.1) ---------------------------------------


def _seconds(value: object) -> int | None:
    when = parse_datetime(value)
    return int(when.timestamp()) if when is not None else None


def claim_disagreements(claims: Mapping[str, Any], credential: Mapping[str, Any]) -> list[str]:
    """Registered JWT claims that contradict the credential's own properties (VCDM 1.1 §6.3.1 decoding;
    VC-JOSE-COSE §3.1.2 for VC 2.0): iss/issuer, jti/id, sub/credentialSubject.id, nbf/issuanceDate
    or validFrom, exp/expirationDate or validUntil. Dates agree when equal to the second."""
    problems = []
    issuer = issuer_id_of(credential)
    if "iss" in claims and issuer is not None and claims["iss"] != issuer:
        problems.append("iss differs from issuer")
    if "jti" in claims and "id" in credential and claims["jti"] != credential["id"]:
        problems.append("jti differs from id")
    subject = credential.get("credentialSubject")
    if "sub" in claims and isinstance(subject, Mapping) and "id" in subject and claims["sub"] != subject["id"]:
        problems.append("sub differs from credentialSubject.id")
    for claim, props in (("nbf", ("issuanceDate", "validFrom")), ("exp", ("expirationDate", "validUntil"))):
        if claim not in claims:
            continue
        if not isinstance(claims[claim], int | float) or isinstance(claims[claim], bool):
            problems.append(f"{claim} is not a NumericDate")
            continue
        for prop in props:
            if prop in credential and _seconds(credential[prop]) != int(claims[claim]):
                problems.append(f"{claim} differs from {prop}")
    return problems


# --- status -------------------------------------------------------------------------------------


def status_check(credential: dict[str, Any], ctx: VerifyContext) -> Check:
    """The ``status`` check from :mod:`wallet.verify.status` when it is available, else a skip."""
    try:
        module = importlib.import_module("wallet.verify.status")
    except ModuleNotFoundError as exc:
        if exc.name != "wallet.verify.status":
            raise
        return Check("status", Outcome.SKIP, "status lists are not checked in this version", "status.unsupported")
    try:
        result: Check = module.check_status(credential, ctx)
    except WalletError as exc:
        return Check("status", Outcome.SKIP, f"the status could not be checked: {exc}", exc.code)
    return result
