"""The signing certificate of a JAdES seal and what binds it to the signature.

TS 119 182-1 §5.1: the certificate comes from ``x5c`` (``x5u`` is never fetched) and is bound by
``x5t#S256`` or ``x5t#o`` (§5.2.2), so swapping ``x5c`` for another certificate with the same key is
detected; its key usage must allow signing (RFC 5280 §4.2.1.3) and its key must be one a JAdES
seal algorithm uses. Failures are :class:`wallet.verify.jades.jws.JadesError` (or
:class:`wallet.verify.jose.KeyAlgorithmMismatch` for a key of another type).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from wallet.verify.jades.jws import JadesError, b64_std
from wallet.verify.jose import KeyAlgorithmMismatch, b64url_encode

__all__ = ["MAX_CHAIN", "check_certificate_reference", "check_key_usage", "load_certificate", "signing_chain", "signing_key"]

MAX_CHAIN = 8

_X5T_O_DIGESTS = {
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
}


def load_certificate(der: bytes, what: str, *, extensions: bool = False) -> x509.Certificate:
    """A certificate whose parts later steps read are decoded now (the parser is lazy), so a
    malformed one is refused here rather than failing deep inside a report. The extensions are
    decoded only for the signing certificate: real CA certificates may carry ones the parser refuses,
    and nothing here relies on theirs."""
    try:
        cert = x509.load_der_x509_certificate(der)
        cert.subject.rfc4514_string()
        cert.issuer.rfc4514_string()
        _ = cert.not_valid_before_utc, cert.not_valid_after_utc, cert.serial_number
        if extensions:
            for _ext in cert.extensions:
                pass
    except (ValueError, TypeError) as exc:
        raise JadesError(f"{what} is not a readable X.509 certificate", reason="certificate") from exc
    return cert


def signing_chain(header: Mapping[str, Any]) -> list[tuple[bytes, x509.Certificate]]:
    """``(DER, certificate)`` of each ``x5c`` entry, the signing certificate first.

    Raises :class:`JadesError` (``no-certificate``, ``too-many``, ``base64``, ``certificate``).
    """
    chain = header.get("x5c")
    if not isinstance(chain, list) or not chain:
        # §5.1 (x5c): the signing certificate is carried in x5c (x5u is never fetched here).
        raise JadesError("the seal carries no signing certificate (x5c)", reason="no-certificate")
    if len(chain) > MAX_CHAIN:
        raise JadesError(f"x5c has more than {MAX_CHAIN} certificates", reason="too-many")
    out = []
    for i, item in enumerate(chain):
        der = b64_std(item, f"x5c[{i}]")
        out.append((der, load_certificate(der, f"x5c[{i}]", extensions=i == 0)))
    return out


def check_certificate_reference(header: Mapping[str, Any], leaf_der: bytes) -> None:
    """Refuse a seal whose ``x5t#S256``/``x5t#o`` is absent or names another certificate than ``leaf_der``.

    Raises :class:`JadesError` (``no-reference``, ``certificate-digest``).
    """
    # §5.1 (x5t#S256) / §5.2.2 (x5t#o): x5t#S256 or x5t#o must reference the signing certificate (the first x5c entry),
    # so that swapping x5c for another certificate with the same key is detected.
    s256 = header.get("x5t#S256")
    other = header.get("x5t#o")
    if s256 is None and other is None:
        raise JadesError("the seal does not reference its signing certificate (x5t#S256 / x5t#o)", reason="no-reference")
    if s256 is not None and (not isinstance(s256, str) or not hmac.compare_digest(s256, b64url_encode(hashlib.sha256(leaf_der).digest()))):
        raise JadesError("x5t#S256 does not match the signing certificate", reason="certificate-digest")
    if other is not None:
        if not isinstance(other, dict) or not isinstance(other.get("digAlg"), str) or not isinstance(other.get("digVal"), str):
            raise JadesError("x5t#o is malformed", reason="certificate-digest")
        name = _X5T_O_DIGESTS.get(other["digAlg"])
        if name is None:
            raise JadesError("x5t#o uses an unaccepted digest", reason="certificate-digest")
        expected = b64url_encode(hashlib.new(name, leaf_der).digest())
        if not hmac.compare_digest(other["digVal"], expected):
            raise JadesError("x5t#o does not match the signing certificate", reason="certificate-digest")


def check_key_usage(cert: x509.Certificate) -> None:
    """Refuse a certificate whose key usage excludes signing; raises :class:`JadesError` (``key-usage``, ``certificate``)."""
    # RFC 5280 §4.2.1.3: a seal is verified with digitalSignature or nonRepudiation (contentCommitment).
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    except ValueError as exc:
        raise JadesError("the signing certificate's extensions cannot be read", reason="certificate") from exc
    if not (usage.digital_signature or usage.content_commitment):
        raise JadesError("the signing certificate's key usage does not allow signatures", reason="key-usage")


def signing_key(cert: x509.Certificate) -> RSAPublicKey | EllipticCurvePublicKey | Ed25519PublicKey:
    """The public key of the signing certificate, of a type a JAdES seal algorithm uses.

    Raises :class:`JadesError` (``certificate``) for an unreadable key and
    :class:`KeyAlgorithmMismatch` (``key-mismatch``) for another key type.
    """
    try:
        key = cert.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise JadesError("the signing certificate's key cannot be read", reason="certificate") from exc
    if not isinstance(key, RSAPublicKey | EllipticCurvePublicKey | Ed25519PublicKey):
        raise KeyAlgorithmMismatch("the signing certificate's key type is not accepted", reason="key-mismatch")
    return key
