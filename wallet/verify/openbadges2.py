"""Open Badges 2.0 assertions: signed (JWS) and hosted verification, offline (OB 2.0 §Verification).

* **Signed** (``verification.type`` ``signed`` / ``SignedBadge``): the assertion is the payload of a
  compact JWS. The key comes from ``verification.creator`` (a ``CryptographicKey`` document) or from
  the issuer profile's ``publicKey`` — cached or embedded, never from the JWS header — and the key's
  ``owner`` must be the issuer profile. The issuer's ``revocationList`` is consulted from the cache.
* **Hosted** (``hosted`` / ``HostedBadge``): authenticity rests on the issuer's web site serving the
  assertion at its ``id``. Offline this is only possible against a cached copy: the copy must equal
  the assertion given, and its URL must be one the issuer allows (OB 2.0 §VerificationObject:
  ``startsWith``, ``allowedOrigins``, by default the issuer profile's own domain).
* Open Badges 0.5 / 1.x objects are read, their dates checked, and reported unverifiable.

Badge classes and issuer profiles referenced by URL are read from the local cache only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from wallet.errors import InputError, KeyResolutionError, VerificationError
from wallet.formats.base import Parsed
from wallet.formats.jsonsafe import loads
from wallet.jsonshape import as_list, id_of, type_set
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.keys import VerificationMethod
from wallet.verify.report import Check, Outcome
from wallet.verify.status import check_ob2_revocation
from wallet.verify.validity import parse_datetime, validity_check

__all__ = ["ALLOWED_ALGORITHMS", "OB2_CONTEXTS", "issuer_profile_unverified", "verify_openbadges2"]

OB2_CONTEXTS = frozenset({"https://w3id.org/openbadges/v2", "https://openbadgespec.org/v2/context.json"})
"""The Open Badges 2.0 context URLs (OB 2.0 §JSON-LD context)."""

OB1_CONTEXTS = frozenset({"https://w3id.org/openbadges/v1"})

ALLOWED_ALGORITHMS = frozenset({"RS256"})
"""OB 2.0 §Signed badges: "JSON Web Signature ... using the RS256 algorithm"."""

HOSTED_TYPES = frozenset({"hosted", "HostedBadge"})
SIGNED_TYPES = frozenset({"signed", "SignedBadge"})


def _is_web_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("https://", "http://")) and bool(urlsplit(value).hostname)


def _cached_json(url: str, ctx: VerifyContext, what: str) -> tuple[dict[str, Any], str]:
    """The cached document at ``url`` and when it was fetched; raises :class:`KeyResolutionError`."""
    cached = ctx.cache.get(url) if ctx.cache is not None else None
    if cached is None:
        raise KeyResolutionError(f"the {what} {url} is not in the local cache", reason="not-cached", url=url)
    try:
        doc = loads(cached.body)
    except InputError as exc:
        raise KeyResolutionError(f"the cached {what} {url} is not valid JSON", reason="bad-document", url=url) from exc
    if not isinstance(doc, dict):
        raise KeyResolutionError(f"the cached {what} {url} is not a JSON object", reason="bad-document", url=url)
    return doc, cached.fetched_at.date().isoformat()


def _node_unverified(ref: Any, ctx: VerifyContext, what: str) -> dict[str, Any]:
    """An embedded object as is, or the cached document its URL names."""
    if isinstance(ref, dict):
        return ref
    if isinstance(ref, str) and ref:
        return _cached_json(ref, ctx, what)[0]
    raise KeyResolutionError(f"the assertion names no {what}", reason="bad-document")


def issuer_profile_unverified(assertion: Mapping[str, Any], ctx: VerifyContext) -> dict[str, Any]:
    """The issuer profile of an OB 2.0 assertion: ``badge`` → BadgeClass → ``issuer`` → Profile.

    Embedded objects are used as they are, URLs are read from ``ctx.cache`` (never fetched).
    *Unverified*: the profile is whatever the cache holds. Raises :class:`KeyResolutionError`
    (reason ``not-cached`` or ``bad-document``).
    """
    badge = _node_unverified(assertion.get("badge"), ctx, "badge class")
    return _node_unverified(badge.get("issuer"), ctx, "issuer profile")


# ---------------------------------------------------------------------------------------------
# Step 1: structure


def _format_check(doc: Mapping[str, Any]) -> Check:
    contexts = {c for c in as_list(doc.get("@context")) if isinstance(c, str)}
    if not contexts & OB2_CONTEXTS:
        return Check(
            "format", Outcome.FAIL, "not an Open Badges 2.0 assertion: the @context is not the OB 2.0 context", "format.ob2-context"
        )
    if "Assertion" not in type_set(doc):
        return Check("format", Outcome.FAIL, "not an Open Badges 2.0 assertion: its type is not Assertion", "format.ob2-type")
    missing = [k for k in ("id", "recipient", "badge", "verification", "issuedOn") if k not in doc]
    if missing:
        return Check(
            "format",
            Outcome.FAIL,
            f"the assertion lacks {', '.join(missing)} (OB 2.0 §Assertion)",
            "format.ob2-missing",
            {"fields": missing},
        )
    if not isinstance(doc.get("recipient"), dict) or not isinstance(doc.get("verification"), dict):
        return Check("format", Outcome.FAIL, "recipient and verification must be objects (OB 2.0 §Assertion)", "format.ob2-structure")
    if not isinstance(doc.get("id"), str):
        return Check("format", Outcome.FAIL, "the assertion's id is not an IRI", "format.ob2-structure")
    return Check("format", Outcome.PASS, "an Open Badges 2.0 assertion", "format.ob2")


def _validity(doc: Mapping[str, Any], ctx: VerifyContext) -> Check:
    issued, expires = doc.get("issuedOn"), doc.get("expires")
    start, end = parse_datetime(issued), parse_datetime(expires)
    if start is not None and end is not None and end < start:
        return Check("validity-period", Outcome.FAIL, "the assertion expires before it was issued", "validity.expires-before-issued")
    return validity_check(ctx.at, issued, expires, names=("issuedOn", "expires"))


# ---------------------------------------------------------------------------------------------
# Signed verification (OB 2.0 §Signed verification)


def _key_for_signed(doc: Mapping[str, Any], profile: Mapping[str, Any], ctx: VerifyContext) -> VerificationMethod:
    """The issuer's key: ``verification.creator`` or the profile's ``publicKey`` (cached or embedded)."""
    from wallet.verify.keys import resolve_verification_method
    from wallet.verify.keys.hosted import key_from_pem

    creator = doc.get("verification", {}).get("creator") if isinstance(doc.get("verification"), dict) else None
    profile_id = id_of(profile)
    embedded = {k["id"]: k for k in as_list(profile.get("publicKey")) if isinstance(k, dict) and isinstance(k.get("id"), str)}
    target = creator if isinstance(creator, str) else None
    if target is None:
        keys = as_list(profile.get("publicKey"))
        if len(keys) != 1:
            raise KeyResolutionError("the assertion names no creator key and the issuer has no single public key", reason="not-found")
        target = id_of(keys[0])
        if target is None:
            raise KeyResolutionError("the issuer's publicKey has no id", reason="bad-document")
    if target in embedded and "publicKeyPem" in embedded[target]:
        key = embedded[target]
        owner = key.get("owner", profile_id)
        return VerificationMethod(target, str(owner), key_from_pem(key["publicKeyPem"]), "CryptographicKey", dict(profile), "cache")
    return resolve_verification_method(target, ctx)


def _signed(parsed: Parsed, doc: Mapping[str, Any], ctx: VerifyContext) -> tuple[list[Check], dict[str, Any] | None]:
    from wallet.verify.jose import check_header_unkeyed, parse_compact_unverified, verify_compact

    token = parsed.token
    if not token:
        return [
            Check(
                "signature",
                Outcome.SKIP,
                "a signed Open Badges 2.0 assertion is verified as its JWS; this copy carries no signature",
                "signature.ob2-no-jws",
            )
        ], None
    # S1. Header rules that need no key: alg none, HMAC, anything but RS256, crit.
    try:
        check_header_unkeyed(parse_compact_unverified(token).header, ALLOWED_ALGORITHMS)
    except VerificationError as exc:
        return [Check("signature", Outcome.FAIL, f"the JWS is refused: {exc}", exc.code)], None
    # S2. The issuer profile: badge -> BadgeClass -> issuer, from the cache or embedded.
    try:
        profile = issuer_profile_unverified(doc, ctx)
    except KeyResolutionError as exc:
        detail = f"the issuer's profile is not available offline ({exc}); refresh the cache to check this badge"
        return [
            Check("signature", Outcome.SKIP, "the signature cannot be checked without the issuer's key", "signature.key-unavailable"),
            Check("issuer-key", Outcome.SKIP, detail, "issuer-key.not-cached"),
        ], None
    # S3. The key: verification.creator or the profile's publicKey, never the JWS header.
    try:
        method = _key_for_signed(doc, profile, ctx)
    except KeyResolutionError as exc:
        return [
            Check("signature", Outcome.SKIP, "the signature cannot be checked without the issuer's key", "signature.key-unavailable"),
            Check("issuer-key", Outcome.SKIP, f"the issuer's key is not available offline: {exc}", "issuer-key.not-cached"),
        ], profile
    # S4. The JWS signature over exactly the bytes given.
    try:
        verify_compact(token, method.key, allowed=ALLOWED_ALGORITHMS)
    except VerificationError as exc:
        return [Check("signature", Outcome.FAIL, f"the JWS signature does not verify: {exc}", exc.code)], profile
    checks = [Check("signature", Outcome.PASS, f"RS256 JWS verified with key {method.id}", "signature.ob2-jws", {"key": method.id})]
    # S5. The key belongs to the issuer: its owner is the profile, and the profile lists it.
    profile_id = id_of(profile)
    listed = {id_of(k) for k in as_list(profile.get("publicKey"))} - {None}
    if method.controller != profile_id:
        checks.append(
            Check(
                "issuer-key",
                Outcome.FAIL,
                f"the key {method.id} belongs to {method.controller}, not to the issuer {profile_id}",
                "issuer-key.owner-mismatch",
            )
        )
    elif listed and method.id not in listed:
        checks.append(Check("issuer-key", Outcome.FAIL, f"the issuer's profile does not list the key {method.id}", "issuer-key.not-listed"))
    else:
        checks.append(Check("issuer-key", Outcome.PASS, f"the key {method.id} is owned by the issuer {profile_id}", "issuer-key.ob2-owner"))
    return checks, profile


# ---------------------------------------------------------------------------------------------
# Hosted verification (OB 2.0 §Hosted verification, §VerificationObject)


def _origin_check(url: str, profile: Mapping[str, Any]) -> Check:
    raw = profile.get("verification")
    policy: Mapping[str, Any] = raw if isinstance(raw, dict) else {}
    starts = [s for s in as_list(policy.get("startsWith")) if isinstance(s, str)]
    origins = [o for o in as_list(policy.get("allowedOrigins")) if isinstance(o, str)]
    host = (urlsplit(url).hostname or "").lower()
    if starts:
        if any(url.startswith(s) for s in starts):
            return Check("issuer-key", Outcome.PASS, f"hosted at {url}, under a prefix the issuer allows", "issuer-key.hosted-prefix")
        return Check(
            "issuer-key", Outcome.FAIL, f"hosted at {url}, which is not under a prefix the issuer allows", "issuer-key.hosted-origin"
        )
    if origins:
        if host in {o.lower() for o in origins}:
            return Check("issuer-key", Outcome.PASS, f"hosted on {host}, an origin the issuer allows", "issuer-key.hosted-origin-allowed")
        return Check("issuer-key", Outcome.FAIL, f"hosted on {host}, not an origin the issuer allows", "issuer-key.hosted-origin")
    # Default: the domain of the issuer profile's id.
    profile_id = id_of(profile)
    if not _is_web_url(profile_id):
        return Check(
            "issuer-key",
            Outcome.SKIP,
            "the issuer's profile id is not a web address, so the hosting site cannot be tied to the issuer",
            "issuer-key.no-origin",
        )
    issuer_host = (urlsplit(str(profile_id)).hostname or "").lower()
    if host == issuer_host:
        return Check("issuer-key", Outcome.PASS, f"hosted on the issuer's domain {host}", "issuer-key.hosted-domain")
    return Check("issuer-key", Outcome.FAIL, f"hosted on {host}, not on the issuer's domain {issuer_host}", "issuer-key.hosted-origin")


def _hosted(parsed: Parsed, doc: Mapping[str, Any], ctx: VerifyContext) -> tuple[list[Check], dict[str, Any] | None, Mapping[str, Any]]:
    url = parsed.extras.get("hosted_url") or doc.get("id")
    if not _is_web_url(url):
        return (
            [
                Check(
                    "signature", Outcome.FAIL, "a hosted assertion's id must be the web address it is hosted at", "signature.hosted-no-url"
                )
            ],
            None,
            doc,
        )
    url = str(url)
    # H1. Hosted badges are checked by fetching the assertion; offline only a cached copy will do.
    try:
        hosted, fetched = _cached_json(url, ctx, "hosted assertion")
    except KeyResolutionError as exc:
        if exc.fields.get("reason") != "not-cached":
            return (
                [Check("signature", Outcome.FAIL, f"the cached hosted assertion cannot be read: {exc}", "signature.hosted-unreadable")],
                None,
                doc,
            )
        return (
            [
                Check(
                    "signature",
                    Outcome.SKIP,
                    f"a hosted badge is verified by fetching it from the issuer's site ({url}); it is not in the local cache, "
                    "so it cannot be checked offline — refresh the cache to verify it",
                    "signature.hosted-not-cached",
                    {"url": url},
                )
            ],
            None,
            doc,
        )
    # H2. The cached copy names itself by this URL and says what the given copy says.
    if hosted.get("id") != url:
        return (
            [Check("signature", Outcome.FAIL, f"the document hosted at {url} names another id", "signature.hosted-id-mismatch")],
            None,
            doc,
        )
    given_only_url = set(doc) <= {"id"}
    if not given_only_url and dict(doc) != hosted:
        return (
            [
                Check(
                    "signature",
                    Outcome.FAIL,
                    f"this assertion differs from the copy hosted at {url} (fetched on {fetched})",
                    "signature.hosted-mismatch",
                    {"url": url},
                )
            ],
            None,
            doc,
        )
    checks = [
        Check("signature", Outcome.PASS, f"matches the copy hosted at {url}, fetched on {fetched}", "signature.hosted-match", {"url": url})
    ]
    # H3. The hosting site must be one the issuer allows.
    try:
        profile = issuer_profile_unverified(hosted, ctx)
    except KeyResolutionError as exc:
        checks.append(Check("issuer-key", Outcome.SKIP, f"the issuer's profile is not available offline: {exc}", "issuer-key.not-cached"))
        return checks, None, hosted
    checks.append(_origin_check(url, profile))
    return checks, profile, hosted


# ---------------------------------------------------------------------------------------------
# Open Badges 0.5 / 1.x


def _legacy(parsed: Parsed, doc: Mapping[str, Any], ctx: VerifyContext) -> FormatResult:
    version = "1.1" if {c for c in as_list(doc.get("@context")) if isinstance(c, str)} & OB1_CONTEXTS else "0.5/1.0"
    checks = [
        Check("format", Outcome.PASS, f"an Open Badges {version} assertion (read as legacy)", "format.ob-legacy", {"version": version}),
        Check(
            "signature",
            Outcome.SKIP,
            f"Open Badges {version} assertions are verified only by their issuer's web site; Satchel cannot check them offline",
            "signature.ob-legacy",
        ),
    ]
    if "issuedOn" in doc or "expires" in doc:
        checks.append(_validity(doc, ctx))
    badge = doc.get("badge")
    issuer = badge.get("issuer") if isinstance(badge, dict) else None
    issuer_id = id_of(issuer) or (issuer.get("origin") if isinstance(issuer, dict) and isinstance(issuer.get("origin"), str) else None)
    name = issuer.get("name") if isinstance(issuer, dict) and isinstance(issuer.get("name"), str) else None
    return FormatResult(checks=checks, issuer_id=issuer_id, issuer_name=name)


def _is_legacy(parsed: Parsed, doc: Mapping[str, Any]) -> bool:
    contexts = {c for c in as_list(doc.get("@context")) if isinstance(c, str)}
    if contexts & OB1_CONTEXTS and not contexts & OB2_CONTEXTS:
        return True
    return bool(parsed.extras.get("legacy")) or (not contexts & OB2_CONTEXTS and "Assertion" not in type_set(doc) and "recipient" in doc)


# ---------------------------------------------------------------------------------------------


def verify_openbadges2(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Verify an Open Badges 2.0 assertion offline.

    Steps: 1. structure (OB 2.0 context, type ``Assertion``, required properties); 2. signed → JWS
    with the issuer's key (S1-S5), hosted → the cached hosted copy and its origin (H1-H3);
    3. ``issuedOn`` … ``expires``; 4. the issuer's revocation list (from the cache).

    Returns the checks; raises nothing for a bad badge (a hostile shape is a failed check).
    """
    doc = parsed.document
    if _is_legacy(parsed, doc):
        return _legacy(parsed, doc, ctx)
    # A badge baked as a bare URL: the hosted copy (if cached) is the assertion to check.
    working: Mapping[str, Any] = doc
    checks: list[Check] = []
    fmt = (
        _format_check(doc)
        if not set(doc) <= {"id"}
        else Check("format", Outcome.PASS, "a hosted Open Badges assertion URL", "format.ob2-url")
    )
    checks.append(fmt)
    if fmt.outcome is Outcome.FAIL:
        return FormatResult(checks=checks, issuer_id=None)
    verification = doc.get("verification")
    kind = verification.get("type") if isinstance(verification, dict) else None
    profile: dict[str, Any] | None
    if parsed.token or kind in SIGNED_TYPES:  # 2
        found, profile = _signed(parsed, doc, ctx)
    elif kind in HOSTED_TYPES or set(doc) <= {"id"}:
        found, profile, working = _hosted(parsed, doc, ctx)
    else:
        found, profile = (
            [Check("signature", Outcome.FAIL, f"unknown verification type {str(kind)[:32]!r}", "signature.ob2-verification-type")],
            None,
        )
    checks.extend(found)
    if "issuedOn" in working:  # 3
        checks.append(_validity(working, ctx))
    if "id" in working and "badge" in working:  # 4
        checks.append(check_ob2_revocation(working, profile, ctx) if profile is not None else _status_without_profile(working, ctx))
    if profile is None:
        # Only to name the issuer in the report (trust lookup); nothing is established by it.
        try:
            profile = issuer_profile_unverified(working, ctx)
        except KeyResolutionError:
            profile = None
    badge = working.get("badge")
    issuer_ref = badge.get("issuer") if isinstance(badge, dict) else None
    issuer_id = id_of(profile) if profile is not None else id_of(issuer_ref)
    name = profile.get("name") if profile is not None and isinstance(profile.get("name"), str) else None
    return FormatResult(checks=checks, issuer_id=issuer_id, issuer_name=name)


def _status_without_profile(assertion: Mapping[str, Any], ctx: VerifyContext) -> Check:
    try:
        profile = issuer_profile_unverified(assertion, ctx)
    except KeyResolutionError as exc:
        return Check(
            "status",
            Outcome.SKIP,
            f"the issuer's profile is not available offline, so revocation cannot be checked: {exc}",
            "status.no-profile",
        )
    return check_ob2_revocation(assertion, profile, ctx)
