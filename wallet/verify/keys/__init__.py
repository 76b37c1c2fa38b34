"""Key resolution: from a verification method URL to the public key and its controller.

One entry point, :func:`resolve_verification_method`, dispatching on the DID method (or URL scheme):
``did:key`` (``didkey``), ``did:jwk`` (``didjwk``), ``did:web`` (``didweb``, local cache only) and
``https:`` documents from the local cache (``hosted``). Nothing here touches the network.
Errors: :class:`wallet.errors.KeyResolutionError` for anything that cannot be resolved offline.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from wallet.errors import KeyResolutionError

if TYPE_CHECKING:
    from wallet.verify.context import VerifyContext

PublicKey = Ed25519PublicKey | EllipticCurvePublicKey | RSAPublicKey


@dataclass(frozen=True)
class VerificationMethod:
    """A resolved key: ``id`` is the full URL, ``controller`` who it belongs to (a DID or URL)."""

    id: str
    controller: str
    key: PublicKey
    type: str
    document: dict[str, Any] | None = None
    """The DID document (or profile) the method was found in, for relationship checks."""
    source: str = "derived"
    """``derived`` (did:key, did:jwk), ``cache`` (did:web, hosted) with ``fetched_at`` in the report."""


class Resolver(Protocol):
    def __call__(self, url: str, ctx: VerifyContext) -> VerificationMethod: ...


_RESOLVERS: dict[str, str] = {
    "did:key:": "wallet.verify.keys.didkey:resolve",
    "did:jwk:": "wallet.verify.keys.didjwk:resolve",
    "did:web:": "wallet.verify.keys.didweb:resolve",
    "https://": "wallet.verify.keys.hosted:resolve",
    "http://": "wallet.verify.keys.hosted:resolve",
}


def resolve_verification_method(url: str, ctx: VerifyContext) -> VerificationMethod:
    """Resolve ``url`` offline. Raises :class:`KeyResolutionError` with ``reason`` in its fields."""
    for prefix, target in _RESOLVERS.items():
        if url.startswith(prefix):
            module, _, func = target.partition(":")
            resolver: Resolver = getattr(importlib.import_module(module), func)
            return resolver(url, ctx)
    method = url.split(":")[1] if url.startswith("did:") and url.count(":") >= 2 else url.split(":", maxsplit=1)[0]
    raise KeyResolutionError(f"unsupported verification method {url!r}", reason="unsupported-method", method=method)
