"""Reading JAdES-sealed European Digital Credentials: a JWS JSON serialization whose payload is an
EDC (ELM 3 ``EuropeanDigitalCredential``) or a presentation of EDCs.

The EDC issuer seals the credential's JSON as an unencoded payload (RFC 7797 ``b64: false``): the
``payload`` member *is* the credential text, and the seal is over that text exactly as stored. This
reader splits the JWS (:func:`wallet.verify.jades.jws.parse_jades_unverified`), decodes the payload with
the strict JSON reader, and keeps everything the verifier needs in :attr:`Parsed.extras`. Nothing is
verified here.
"""

from __future__ import annotations

from typing import Any

from wallet.errors import InputError, MalformedInput, UnsupportedFormat
from wallet.formats.base import Parsed
from wallet.formats.jsonsafe import loads
from wallet.jsonshape import type_set
from wallet.verify.jose import JoseError

__all__ = ["JADES_EXTRA", "KIND_EXTRA", "read_jades"]

JADES_EXTRA = "jades"
"""Key in :attr:`Parsed.extras` of the JWS JSON serialization object, as read (unverified)."""
KIND_EXTRA = "edc_kind"
"""Key in :attr:`Parsed.extras`: ``credential`` or ``presentation``."""


def read_jades(doc: dict[str, Any], original: bytes, payload: bytes, name: str | None, container: str) -> Parsed:
    """A JWS JSON serialization (general or flattened) sealing an EDC or a presentation of EDCs.

    ``payload`` is ignored in favour of the JWS payload: :attr:`Parsed.payload` becomes the exact
    bytes that were sealed. Raises :class:`MalformedInput` for a malformed JWS or payload and
    :class:`UnsupportedFormat` when the payload is neither a credential nor a presentation.
    """
    from wallet.verify.jades.jws import parse_jades_unverified

    try:
        jws = parse_jades_unverified(doc)
    except JoseError as exc:
        raise MalformedInput(f"not a readable JWS JSON serialization: {exc}", reason="jws", detail=exc.fields.get("reason")) from exc
    try:
        credential = loads(jws.payload_bytes)
    except InputError as exc:
        raise MalformedInput(f"the sealed payload is not JSON: {exc}", reason="payload") from exc
    if not isinstance(credential, dict):
        raise UnsupportedFormat("the sealed payload is not a JSON object", reason="not-an-object")
    types = type_set(credential)
    if "VerifiablePresentation" in types:
        kind = "presentation"
    elif "VerifiableCredential" in types or "EuropeanDigitalCredential" in types:
        kind = "credential"
    else:
        raise UnsupportedFormat("the sealed payload is not a credential Satchel reads", reason="unknown-json")
    return Parsed(
        format="edc-jsonld",
        original=original,
        payload=jws.payload_bytes,
        document=credential,
        container=container,
        name=name,
        extras={JADES_EXTRA: doc, KIND_EXTRA: kind},
    )
