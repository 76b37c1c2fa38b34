"""Keys published at https URLs, read from the local cache only (never fetched here).

Two kinds of document are understood:

* an Open Badges 2.0 ``CryptographicKey`` (OB 2.0 §CryptographicKey): ``publicKeyPem`` and
  ``owner`` (the issuer profile the key belongs to);
* a Controlled Identifier document (Controlled Identifiers 1.0 §2, also an OB 3.0 issuer profile
  holding its keys): ``verificationMethod`` entries of type ``Multikey`` / ``JsonWebKey`` with a
  ``controller``, or a document that is itself one such method.

Errors: :class:`wallet.errors.KeyResolutionError` with ``reason`` ``not-cached`` (the document is
not in the cache: refresh it), ``bad-document``, ``not-found``, ``id-mismatch``, ``bad-key`` or
``unsupported-key``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from wallet.errors import InputError, KeyResolutionError
from wallet.formats.jsonsafe import loads
from wallet.jsonshape import as_list, type_set
from wallet.verify.keys import PublicKey, VerificationMethod

if TYPE_CHECKING:
    from wallet.verify.context import VerifyContext

__all__ = ["MAX_DOCUMENT_BYTES", "key_from_pem", "method_from_document_unverified", "resolve"]

MAX_DOCUMENT_BYTES = 1024 * 1024
MAX_METHODS = 64
MAX_PEM_CHARS = 16 * 1024


def key_from_pem(pem: object) -> PublicKey:
    """An RSA, EC or Ed25519 public key from PEM text (``publicKeyPem``).

    Raises :class:`KeyResolutionError` (reason ``bad-key`` or ``unsupported-key``).
    """
    if not isinstance(pem, str) or len(pem) > MAX_PEM_CHARS:
        raise KeyResolutionError("publicKeyPem is not PEM text", reason="bad-key")
    try:
        key = load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise KeyResolutionError("publicKeyPem is not a valid public key", reason="bad-key") from exc
    except UnsupportedAlgorithm as exc:
        raise KeyResolutionError("publicKeyPem holds an unsupported key type", reason="unsupported-key") from exc
    if not isinstance(key, RSAPublicKey | EllipticCurvePublicKey | Ed25519PublicKey):
        raise KeyResolutionError("publicKeyPem holds an unsupported key type", reason="unsupported-key")
    return key


def _absolute(ref: str, base: str) -> str:
    return base.split("#", 1)[0] + ref if ref.startswith("#") else ref


def _key_from_method(method: Mapping[str, Any]) -> PublicKey:
    if "publicKeyPem" in method:
        return key_from_pem(method["publicKeyPem"])
    jwk = method.get("publicKeyJwk")
    if isinstance(jwk, Mapping) and jwk.get("kty") == "RSA":
        from wallet.verify.jose import public_key_from_jwk

        return public_key_from_jwk(jwk)
    from wallet.verify.keys.methods import key_from_method

    return key_from_method(method)


def method_from_document_unverified(url: str, document: Mapping[str, Any]) -> VerificationMethod:
    """The key named by ``url`` in ``document`` (the document served at ``url`` without its fragment).

    *Unverified*: it says who the document claims controls the key; whether that is the credential's
    issuer is the caller's check. Raises :class:`KeyResolutionError`.
    """
    doc_url, _, fragment = url.partition("#")
    doc_id = document.get("id")
    # 1. An OB 2.0 CryptographicKey served at its own id (OB 2.0 §CryptographicKey: id, owner, publicKeyPem).
    if "publicKeyPem" in document and not fragment:
        if isinstance(doc_id, str) and doc_id != doc_url:
            raise KeyResolutionError(f"the key served at {doc_url} names itself {doc_id[:200]}", reason="id-mismatch", url=doc_url)
        owner = document.get("owner", document.get("controller"))
        if not isinstance(owner, str):
            raise KeyResolutionError(f"the key at {doc_url} names no owner", reason="bad-document", url=doc_url)
        return VerificationMethod(
            id=doc_url,
            controller=owner,
            key=key_from_pem(document["publicKeyPem"]),
            type=next(iter(sorted(type_set(document))), "CryptographicKey"),
            document=dict(document),
            source="cache",
        )
    # 2. A Controlled Identifier document: find the method by its absolute id.
    if isinstance(doc_id, str) and doc_id.split("#", 1)[0] != doc_url:
        raise KeyResolutionError(f"the document served at {doc_url} is about {doc_id[:200]}", reason="id-mismatch", url=doc_url)
    base = doc_id if isinstance(doc_id, str) else doc_url
    candidates: list[Any] = [document]
    for relation in ("verificationMethod", "assertionMethod", "publicKey"):
        candidates.extend(as_list(document.get(relation))[:MAX_METHODS])
    for method in candidates:
        if not isinstance(method, Mapping) or not isinstance(method.get("id"), str):
            continue
        if _absolute(method["id"], base) != url:
            continue
        controller = method.get("controller", method.get("owner", base))
        if not isinstance(controller, str):
            raise KeyResolutionError(f"{url} names no controller", reason="bad-document", url=doc_url)
        return VerificationMethod(
            id=url,
            controller=_absolute(controller, base),
            key=_key_from_method(method),
            type=next(iter(sorted(type_set(method))), ""),
            document=dict(document),
            source="cache",
        )
    raise KeyResolutionError(f"{url} is not in the document served at {doc_url}", reason="not-found", url=doc_url)


def resolve(url: str, ctx: VerifyContext | None) -> VerificationMethod:
    """Resolve an https key URL from ``ctx.cache``; never touches the network.

    Steps: 1. read the document at the URL without its fragment from the cache (absent → reason
    ``not-cached``); 2. parse it within limits; 3. find the key (see
    :func:`method_from_document_unverified`). Raises :class:`KeyResolutionError`.
    """
    doc_url = url.split("#", 1)[0]
    cached = ctx.cache.get(doc_url) if ctx is not None and ctx.cache is not None else None  # 1
    if cached is None:
        raise KeyResolutionError(
            f"the key document {doc_url} is not in the local cache; refresh the cache to check this issuer",
            reason="not-cached",
            url=doc_url,
        )
    try:
        document = loads(cached.body, max_bytes=MAX_DOCUMENT_BYTES)  # 2
    except InputError as exc:
        raise KeyResolutionError(f"the cached document {doc_url} is not valid JSON", reason="bad-document", url=doc_url) from exc
    if not isinstance(document, dict):
        raise KeyResolutionError(f"the cached document {doc_url} is not a JSON object", reason="bad-document", url=doc_url)
    return method_from_document_unverified(url, document)  # 3
