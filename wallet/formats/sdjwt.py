"""SD-JWT structure (RFC 9901): splitting ``<issuer-jwt>~<disclosure>~...~[<kb-jwt>]`` and replacing
digests by disclosed claims.

Everything here is *unverified*: it checks that disclosures match digests (which is deterministic),
not that the issuer signed anything. :mod:`wallet.verify.sd_jwt` checks the signature first and then
calls :func:`process_disclosures_unverified` on the authenticated payload.
Errors: :class:`wallet.errors.MalformedInput` for an SD-JWT that cannot be split or decoded,
:class:`DisclosureError` for digests and disclosures that do not fit together (RFC 9901 §7.1 step 3-4).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wallet.errors import InputError, MalformedInput, VerificationError
from wallet.formats.jsonsafe import loads
from wallet.verify.jose import CompactJws, MalformedJws, b64url_decode, b64url_encode, parse_compact_unverified

MAX_DISCLOSURES = 256
"""A PID has about 30; more than this is an attempt to make processing expensive."""
MAX_DISCLOSURE_CHARS = 64 * 1024
MAX_NESTING = 32
"""Disclosures inside disclosures: deeper than this is refused rather than recursed into."""

SD_HASHES: dict[str, Callable[[bytes], Any]] = {"sha-256": hashlib.sha256, "sha-384": hashlib.sha384, "sha-512": hashlib.sha512}
"""``_sd_alg`` values accepted (IANA Named Information Hash Algorithm names, RFC 9901 §4.1.1)."""


class DisclosureError(VerificationError):
    """Disclosures and digests do not fit together; ``reason`` says how (RFC 9901 §7.1 step 3-4)."""

    code = "verify.sd-jwt.disclosure"


@dataclass(frozen=True)
class Disclosure:
    """One decoded disclosure: ``name`` is ``None`` for an array element (RFC 9901 §4.2.2)."""

    encoded: str
    salt: str
    name: str | None
    value: Any
    digest: str


@dataclass(frozen=True)
class SdJwtParts:
    """An SD-JWT split into its parts; ``sd_jwt_for_hash`` is what a KB-JWT's ``sd_hash`` covers (RFC 9901 §4.3.1)."""

    issuer_jwt: str
    jws: CompactJws
    claims: dict[str, Any]
    disclosures: tuple[str, ...]
    kb_jwt: str | None
    sd_jwt_for_hash: str


def split_sd_jwt_unverified(text: str) -> SdJwtParts:
    """Split an SD-JWT (or SD-JWT+KB) and decode the issuer-signed JWT's payload (RFC 9901 §4, §7.1 step 1).

    A text without ``~`` is read as an issuer-signed JWT alone. Raises :class:`MalformedInput`
    (reasons ``sd-jwt``, ``too-many-disclosures``, ``payload-json``) or :class:`InputError`.
    """
    parts = text.split("~")
    if len(parts) - 2 > MAX_DISCLOSURES:
        raise MalformedInput(f"more than {MAX_DISCLOSURES} disclosures", reason="too-many-disclosures", limit=MAX_DISCLOSURES)
    issuer_jwt = parts[0]
    if len(parts) == 1:
        disclosures: list[str] = []
        kb: str | None = None
        for_hash = issuer_jwt
    else:
        disclosures = parts[1:-1]
        kb = parts[-1] or None
        for_hash = "~".join(parts[:-1]) + "~"
    for d in disclosures:
        if not d:
            raise MalformedInput("an empty disclosure (two '~' in a row)", reason="sd-jwt")
        if len(d) > MAX_DISCLOSURE_CHARS:
            raise MalformedInput("a disclosure is too large", reason="too-large", limit=MAX_DISCLOSURE_CHARS)
    try:
        jws = parse_compact_unverified(issuer_jwt)
    except MalformedJws as exc:
        raise MalformedInput(f"the issuer-signed JWT is malformed: {exc}", **{**exc.fields, "reason": "jws"}) from exc
    claims = loads(jws.payload)
    if not isinstance(claims, dict):
        raise MalformedInput("the issuer-signed JWT's payload is not a JSON object", reason="payload-json")
    if kb is not None and kb.count(".") != 2:
        raise MalformedInput("the key-binding JWT is not a compact JWS", reason="sd-jwt")
    return SdJwtParts(issuer_jwt, jws, claims, tuple(disclosures), kb, for_hash)


def sd_alg_of(claims: Mapping[str, Any]) -> str:
    """The payload's ``_sd_alg`` (default ``sha-256``, RFC 9901 §4.1.1). Raises :class:`DisclosureError` if unsupported."""
    alg = claims.get("_sd_alg", "sha-256")
    if not isinstance(alg, str) or alg not in SD_HASHES:
        raise DisclosureError(f"unsupported _sd_alg {str(alg)[:32]!r}", reason="sd-alg")
    return alg


def digest_of(text: str, sd_alg: str) -> str:
    """base64url(hash(ASCII(text))): the digest of a disclosure, or ``sd_hash`` of an SD-JWT (RFC 9901 §4.2.3)."""
    return b64url_encode(SD_HASHES[sd_alg](text.encode("ascii")).digest())


def decode_disclosure(encoded: str, sd_alg: str) -> Disclosure:
    """Decode one disclosure. Raises :class:`DisclosureError` (reason ``disclosure``) for anything but
    ``[salt, name, value]`` / ``[salt, value]`` with string salt and name, or a reserved name."""
    try:
        raw = b64url_decode(encoded, what="disclosure")
        items = loads(raw, max_bytes=MAX_DISCLOSURE_CHARS)
    except (MalformedJws, InputError) as exc:
        raise DisclosureError("a disclosure is not base64url JSON", reason="disclosure") from exc
    if not isinstance(items, list) or len(items) not in (2, 3) or not isinstance(items[0], str):
        raise DisclosureError("a disclosure is not [salt, name, value] or [salt, value]", reason="disclosure")
    name = None
    if len(items) == 3:
        name = items[1]
        # RFC 9901 §4.2.1: the claim name must be a string and must not be _sd or ... (profiles add more).
        if not isinstance(name, str) or name in ("_sd", "..."):
            raise DisclosureError(f"a disclosure names a claim it may not disclose: {str(name)[:32]!r}", reason="reserved-name")
    return Disclosure(encoded, items[0], name, items[-1], digest_of(encoded, sd_alg))


def _pointer(path: str, token: str | int) -> str:
    text = str(token).replace("~", "~0").replace("/", "~1")  # RFC 6901 escaping
    return f"{path}/{text}"


class _Processor:
    """RFC 9901 §7.1 step 3: replace digests by disclosures, recursively, each digest at most once."""

    def __init__(self, disclosures: Mapping[str, Disclosure]) -> None:
        self.by_digest = disclosures
        self.seen: set[str] = set()
        self.used: set[str] = set()
        self.paths: list[str] = []

    def _see(self, digest: object) -> Disclosure | None:
        if not isinstance(digest, str):
            raise DisclosureError("a digest is not a string", reason="digest-type")
        # Step 3(c): a digest value must not appear more than once (in the JWT or in disclosures).
        if digest in self.seen:
            raise DisclosureError("a digest appears more than once", reason="duplicate-digest")
        self.seen.add(digest)
        found = self.by_digest.get(digest)
        if found is not None:
            self.used.add(digest)
        return found

    def node(self, value: Any, path: str, depth: int) -> Any:
        if depth > MAX_NESTING:
            raise DisclosureError("disclosures are nested too deeply", reason="too-deep", limit=MAX_NESTING)
        if isinstance(value, dict):
            return self.obj(value, path, depth)
        if isinstance(value, list):
            return self.arr(value, path, depth)
        return value

    def obj(self, value: dict[str, Any], path: str, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in ("_sd", "_sd_alg") and (key == "_sd" or depth == 0):
                continue  # step 3(d): removed from the result
            out[key] = self.node(item, _pointer(path, key), depth + 1)
        digests = value.get("_sd", [])
        if not isinstance(digests, list):
            raise DisclosureError("_sd is not an array", reason="sd-type")
        for digest in digests:
            found = self._see(digest)
            if found is None:
                continue  # a decoy, or a claim the holder chose not to disclose
            if found.name is None:
                # Step 3(b)(ii)(1): an object's _sd may only reference [salt, name, value].
                raise DisclosureError("an array-element disclosure is referenced from _sd", reason="disclosure-kind")
            if found.name in out:
                # Step 3(b)(ii)(3): a disclosed name must not already exist at this level.
                raise DisclosureError(f"claim {found.name[:32]!r} is both disclosed and present", reason="duplicate-claim")
            here = _pointer(path, found.name)
            self.paths.append(here)
            out[found.name] = self.node(found.value, here, depth + 1)
        return out

    def arr(self, value: list[Any], path: str, depth: int) -> list[Any]:
        out: list[Any] = []
        for item in value:
            if isinstance(item, dict) and "..." in item:
                if len(item) != 1:
                    raise DisclosureError("an array digest object has other members", reason="array-digest")
                found = self._see(item["..."])
                if found is None:
                    continue  # step 3(b)(iii)(2): undisclosed elements are removed
                if found.name is not None:
                    raise DisclosureError("a named disclosure is referenced as an array element", reason="disclosure-kind")
                here = _pointer(path, len(out))
                self.paths.append(here)
                out.append(self.node(found.value, here, depth + 1))
            else:
                out.append(self.node(item, _pointer(path, len(out)), depth + 1))
        return out


def process_disclosures_unverified(claims: Mapping[str, Any], disclosures: tuple[str, ...] | list[str]) -> tuple[dict[str, Any], list[str]]:
    """The claims with every disclosure put in place of its digest, and the JSON Pointers of the disclosed claims.

    RFC 9901 §7.1 step 3 (a-e) and step 4 (every disclosure must be referenced exactly once). The
    result is only as authentic as ``claims``: call it on a verified payload. Raises
    :class:`DisclosureError` (reasons ``sd-alg``, ``disclosure``, ``duplicate-digest``,
    ``duplicate-claim``, ``disclosure-kind``, ``unreferenced-disclosure``, ``too-deep``...).
    """
    sd_alg = sd_alg_of(claims)
    by_digest: dict[str, Disclosure] = {}
    for encoded in disclosures:
        d = decode_disclosure(encoded, sd_alg)
        if d.digest in by_digest:
            raise DisclosureError("the same disclosure is given twice", reason="duplicate-disclosure")
        by_digest[d.digest] = d
    proc = _Processor(by_digest)
    result = proc.obj(dict(claims), "", 0)
    unused = set(by_digest) - proc.used
    if unused:
        # Step 4: a disclosure no digest refers to was not signed by the issuer.
        raise DisclosureError(
            f"{len(unused)} disclosure(s) match no digest the issuer signed", reason="unreferenced-disclosure", count=len(unused)
        )
    return result, proc.paths
