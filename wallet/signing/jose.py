"""Issuing JOSE credentials with a private key the caller holds: VC-JWT (VCDM 1.1 §6.3), VC-JOSE
(VC 2.0 secured as a JWS, VC-JOSE-COSE §3.1), SD-JWT VC (RFC 9901 with the SD-JWT VC profile) and
key-binding JWTs (RFC 9901 §4.3).

Time and randomness are parameters (``issued_at``, ``salt``): the same inputs give the same token.
Every function refuses (``ValueError``) a key it cannot sign with and an algorithm that does not fit
the key, mirroring the verifier's rule that the key decides the algorithm.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from wallet.verify.jose import algorithms_for_key, b64url_encode, public_key_to_jwk

PrivateKey = Ed25519PrivateKey | EllipticCurvePrivateKey | RSAPrivateKey

__all__ = [
    "PrivateKey",
    "SdJwtIssued",
    "default_algorithm",
    "issue_sd_jwt_vc",
    "issue_vc_jose",
    "issue_vc_jwt",
    "make_disclosure",
    "present_sd_jwt",
    "sign_compact",
]

_SD_HASHES: dict[str, Callable[[bytes], Any]] = {"sha-256": hashlib.sha256, "sha-384": hashlib.sha384, "sha-512": hashlib.sha512}


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def default_algorithm(key: PrivateKey) -> str:
    """The algorithm a key signs with by default: EdDSA, ES256, ES384 or RS256. Raises ``ValueError`` otherwise."""
    algs = algorithms_for_key(key.public_key())
    for alg in ("EdDSA", "ES256", "ES384", "RS256"):
        if alg in algs:
            return alg
    raise ValueError("this key cannot sign a JWS here")


def sign_compact(header: Mapping[str, Any], payload: bytes, key: PrivateKey, *, alg: str | None = None) -> str:
    """A compact JWS (RFC 7515 §7.1) of ``payload`` with ``header`` plus ``alg``.

    ``alg`` defaults to :func:`default_algorithm`; RSA keys may ask for ``PS256``. Raises
    ``ValueError`` when ``alg`` does not fit the key.
    """
    alg = alg or default_algorithm(key)
    if alg not in algorithms_for_key(key.public_key()):
        raise ValueError(f"{alg} does not fit this key")
    protected = {"alg": alg, **{k: v for k, v in header.items() if k != "alg"}}
    signing_input = f"{b64url_encode(_json(protected))}.{b64url_encode(payload)}".encode("ascii")
    if isinstance(key, Ed25519PrivateKey):
        signature = key.sign(signing_input)
    elif isinstance(key, EllipticCurvePrivateKey):
        size = (key.curve.key_size + 7) // 8
        hash_alg: hashes.HashAlgorithm = hashes.SHA256() if alg == "ES256" else hashes.SHA384()
        r, s = decode_dss_signature(key.sign(signing_input, ec.ECDSA(hash_alg)))
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")  # RFC 7518 §3.4: R || S
    elif alg == "PS256":
        signature = key.sign(signing_input, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    else:
        signature = key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input.decode('ascii')}.{b64url_encode(signature)}"


def _numeric(value: datetime) -> int:
    return int(value.timestamp())


def _issuer_id(credential: Mapping[str, Any]) -> str | None:
    issuer = credential.get("issuer")
    if isinstance(issuer, Mapping):
        value = issuer.get("id")
        return value if isinstance(value, str) else None
    return issuer if isinstance(issuer, str) else None


def _subject_id(credential: Mapping[str, Any]) -> str | None:
    subject = credential.get("credentialSubject")
    if isinstance(subject, Mapping) and isinstance(subject.get("id"), str):
        return str(subject["id"])
    return None


def issue_vc_jwt(
    credential: Mapping[str, Any],
    key: PrivateKey,
    *,
    kid: str,
    alg: str | None = None,
    extra_claims: Mapping[str, Any] | None = None,
    header: Mapping[str, Any] | None = None,
) -> str:
    """A VCDM 1.1 VC-JWT (§6.3.1 encoding): the credential in ``vc``, with ``iss``/``sub``/``jti``/``nbf``/``exp``
    taken from ``issuer``/``credentialSubject.id``/``id``/``issuanceDate``/``expirationDate``.

    The credential keeps its own properties too, so a verifier can check both agree.
    ``extra_claims`` override or add registered claims (tests use it to build disagreements).
    Raises ``ValueError`` for an unusable key or a date that cannot be read.
    """
    from wallet.verify.validity import parse_datetime

    claims: dict[str, Any] = {"vc": dict(credential)}
    if (iss := _issuer_id(credential)) is not None:
        claims["iss"] = iss
    if (sub := _subject_id(credential)) is not None:
        claims["sub"] = sub
    if isinstance(credential.get("id"), str):
        claims["jti"] = credential["id"]
    for claim, prop in (("nbf", "issuanceDate"), ("exp", "expirationDate")):
        if prop in credential:
            when = parse_datetime(credential[prop])
            if when is None:
                raise ValueError(f"{prop} is not a date")
            claims[claim] = _numeric(when)
    claims.update(extra_claims or {})
    hdr = {"typ": "JWT", "kid": kid, **(header or {})}
    return sign_compact(hdr, _json(claims), key, alg=alg)


def issue_vc_jose(
    credential: Mapping[str, Any],
    key: PrivateKey,
    *,
    kid: str,
    alg: str | None = None,
    typ: str = "vc+jwt",
    extra_claims: Mapping[str, Any] | None = None,
) -> str:
    """A VC 2.0 credential secured as a JWS (VC-JOSE-COSE §3.1.1): the payload *is* the credential,
    header ``typ`` ``vc+jwt`` and ``cty`` ``vc``. Raises ``ValueError`` for an unusable key."""
    payload = {**credential, **(extra_claims or {})}
    return sign_compact({"typ": typ, "cty": "vc", "kid": kid}, _json(payload), key, alg=alg)


def make_disclosure(salt: bytes, name: str | None, value: Any) -> str:
    """One disclosure (RFC 9901 §4.2.1 / §4.2.2): base64url of ``[salt, name, value]`` or ``[salt, value]``."""
    items: list[Any] = [b64url_encode(salt)] + ([name] if name is not None else []) + [value]
    return b64url_encode(_json(items))


def _digest(disclosure: str, sd_alg: str) -> str:
    # RFC 9901 §4.2.3: the digest is over the ASCII bytes of the base64url disclosure as sent.
    return b64url_encode(_SD_HASHES[sd_alg](disclosure.encode("ascii")).digest())


@dataclass(frozen=True)
class SdJwtIssued:
    """An issued SD-JWT: ``token`` is ``<issuer-jwt>~<d1>~...~<dn>~``; ``disclosures`` maps each claim path to its disclosure."""

    token: str
    issuer_jwt: str
    disclosures: dict[str, str] = field(default_factory=dict)


def _random_salt() -> bytes:
    return os.urandom(16)  # RFC 9901 §9.3: 128 bits of entropy


def issue_sd_jwt_vc(
    claims: Mapping[str, Any],
    key: PrivateKey,
    *,
    disclosable: Sequence[str],
    kid: str | None = None,
    alg: str | None = None,
    holder_key: Any = None,
    typ: str = "dc+sd-jwt",
    sd_alg: str = "sha-256",
    decoys: int = 0,
    salt: Callable[[], bytes] = _random_salt,
    header: Mapping[str, Any] | None = None,
) -> SdJwtIssued:
    """An SD-JWT VC (RFC 9901 §4; SD-JWT VC draft §3): ``claims`` with the paths in ``disclosable``
    made selectively disclosable.

    Paths are ``/``-separated from the top (``/given_name``, ``/address/street_address``,
    ``/nationalities/1`` for an array element). Deeper paths are processed first, so a disclosable
    object may itself hold disclosable members. ``holder_key`` (a public key) goes in ``cnf.jwk``.
    ``decoys`` adds that many decoy digests to each ``_sd`` array. Raises ``ValueError`` for a
    path that does not exist or an unusable key.
    """
    if sd_alg not in _SD_HASHES:
        raise ValueError(f"unsupported _sd_alg {sd_alg}")
    payload: dict[str, Any] = copy.deepcopy(dict(claims))
    made: dict[str, str] = {}

    # Deepest first; array indices of one array from the highest down, so earlier indices stay put.
    def order(path: str) -> tuple[int, int]:
        parts = path.strip("/").split("/")
        return (-len(parts), -int(parts[-1]) if parts[-1].isdigit() else 0)

    for path in sorted(disclosable, key=order):
        parts = path.strip("/").split("/")
        parent: Any = payload
        for part in parts[:-1]:
            parent = parent[int(part)] if isinstance(parent, list) else parent[part]
        last = parts[-1]
        if isinstance(parent, list):
            index = int(last)
            disclosure = make_disclosure(salt(), None, parent[index])
            parent[index] = {"...": _digest(disclosure, sd_alg)}
        elif isinstance(parent, dict):
            if last not in parent:
                raise ValueError(f"no claim at {path}")
            disclosure = make_disclosure(salt(), last, parent.pop(last))
            parent.setdefault("_sd", []).append(_digest(disclosure, sd_alg))
        else:
            raise ValueError(f"no claim at {path}")
        made[path] = disclosure
    if decoys:
        _add_decoys(payload, decoys, sd_alg, salt)
    _sort_sd(payload)
    payload["_sd_alg"] = sd_alg
    if holder_key is not None:
        payload["cnf"] = {"jwk": public_key_to_jwk(holder_key)}
    hdr: dict[str, Any] = {"typ": typ, **({"kid": kid} if kid else {}), **(header or {})}
    jwt = sign_compact(hdr, _json(payload), key, alg=alg)
    # The issued form carries every disclosure in the order they were made (order carries no meaning).
    token = jwt + "~" + "".join(d + "~" for d in made.values())
    return SdJwtIssued(token=token, issuer_jwt=jwt, disclosures=made)


def _add_decoys(node: Any, count: int, sd_alg: str, salt: Callable[[], bytes]) -> None:
    if isinstance(node, dict):
        for value in node.values():
            _add_decoys(value, count, sd_alg, salt)
        if "_sd" in node:
            node["_sd"].extend(b64url_encode(_SD_HASHES[sd_alg](salt()).digest()) for _ in range(count))
    elif isinstance(node, list):
        for value in node:
            _add_decoys(value, count, sd_alg, salt)


def _sort_sd(node: Any) -> None:
    # RFC 9901 §4.2.4.1: digests are sorted so their order reveals nothing about the claims.
    if isinstance(node, dict):
        for value in node.values():
            _sort_sd(value)
        if isinstance(node.get("_sd"), list):
            node["_sd"].sort()
    elif isinstance(node, list):
        for value in node:
            _sort_sd(value)


def present_sd_jwt(
    issued: SdJwtIssued,
    disclose: Sequence[str],
    *,
    holder_private_key: PrivateKey | None = None,
    nonce: str | None = None,
    aud: str | None = None,
    issued_at: datetime | None = None,
    sd_alg: str = "sha-256",
    kb_header: Mapping[str, Any] | None = None,
    kb_extra: Mapping[str, Any] | None = None,
) -> str:
    """A presentation (RFC 9901 §4.3): the issuer JWT, the disclosures for the paths in ``disclose``, and
    a key-binding JWT when ``holder_private_key`` is given (``iat`` from ``issued_at``, ``nonce``,
    ``aud``, ``sd_hash`` over everything before it). Raises ``KeyError`` for an unknown path and
    ``ValueError`` for a KB-JWT without ``issued_at``."""
    chosen = [issued.disclosures[p] for p in disclose]
    sd_jwt = issued.issuer_jwt + "~" + "".join(d + "~" for d in chosen)
    if holder_private_key is None:
        return sd_jwt
    if issued_at is None:
        raise ValueError("a key-binding JWT needs issued_at")
    kb_claims: dict[str, Any] = {"iat": _numeric(issued_at), "sd_hash": _digest(sd_jwt, sd_alg)}
    if nonce is not None:
        kb_claims["nonce"] = nonce
    if aud is not None:
        kb_claims["aud"] = aud
    kb_claims.update(kb_extra or {})
    kb = sign_compact({"typ": "kb+jwt", **(kb_header or {})}, _json(kb_claims), holder_private_key)
    return sd_jwt + kb
