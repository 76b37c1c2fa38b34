"""did:jwk (https://github.com/quartzjer/did-jwk/blob/main/spec.md): the DID *is* the public JWK.

``did:jwk:<base64url(JWK)>`` resolves, without any lookup, to a DID document with one verification
method ``#0``. Nothing is fetched; the key is derived, so the controller is the DID itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wallet.errors import InputError, KeyResolutionError
from wallet.formats.jsonsafe import loads
from wallet.verify.jose import InvalidJwk, MalformedJws, b64url_decode, public_key_from_jwk
from wallet.verify.keys import VerificationMethod

if TYPE_CHECKING:
    from wallet.verify.context import VerifyContext

MAX_DID_CHARS = 8192
"""An RSA-4096 JWK is under 1 KB encoded; anything this long is not a key."""


def resolve(url: str, ctx: VerifyContext | None = None) -> VerificationMethod:
    """The verification method of a did:jwk DID or DID URL (only the fragment ``#0`` exists).

    Raises :class:`KeyResolutionError` (reason ``malformed``, ``not-found``) or
    :class:`wallet.verify.jose.InvalidJwk` (a :class:`KeyResolutionError`) for a JWK that is not an
    acceptable public signing key (private members, unknown curve...).
    """
    if len(url) > MAX_DID_CHARS:
        raise KeyResolutionError("the did:jwk is too long", reason="malformed", method="jwk")
    did, _, fragment = url.partition("#")
    if not did.startswith("did:jwk:") or "/" in did or "?" in did:
        raise KeyResolutionError("not a did:jwk DID", reason="malformed", method="jwk")
    # did:jwk spec §Read: the only verification method is "#0".
    if fragment not in ("", "0"):
        raise KeyResolutionError(f"did:jwk has no verification method #{fragment[:32]}", reason="not-found", method="jwk")
    try:
        jwk = loads(b64url_decode(did[len("did:jwk:") :], what="did:jwk"), max_depth=4, max_bytes=MAX_DID_CHARS)
    except (MalformedJws, InputError) as exc:
        raise KeyResolutionError("the did:jwk does not encode a JSON JWK", reason="malformed", method="jwk") from exc
    if not isinstance(jwk, dict):
        raise InvalidJwk("the did:jwk does not encode a JSON object", reason="type")
    key = public_key_from_jwk(jwk)
    vm_id = f"{did}#0"
    document = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        "id": did,
        "verificationMethod": [{"id": vm_id, "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": jwk}],
        "assertionMethod": [vm_id],
        "authentication": [vm_id],
    }
    return VerificationMethod(id=vm_id, controller=did, key=key, type="JsonWebKey2020", document=document, source="derived")
