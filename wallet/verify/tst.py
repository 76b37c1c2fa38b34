"""RFC 3161 time-stamp tokens for hostile input: parse, check the imprint, verify the TSA's CMS signature.

A time-stamp token (RFC 3161 §2.4.2) is a CMS ``SignedData`` (RFC 5652 §5) whose encapsulated
content is a DER ``TSTInfo``. :func:`verify_timestamp_token` establishes, in order:

1. the token parses within :data:`MAX_TOKEN_BYTES` as ``ContentInfo`` / ``SignedData`` with
   eContentType ``id-ct-TSTInfo`` (RFC 3161 §2.4.2);
2. the ``TSTInfo`` message imprint is the digest of exactly the data the caller says it must
   cover, with SHA-256/384/512 (SHA-1 and unknown algorithms are refused);
3. there is exactly one ``SignerInfo`` and the TSA certificate it names is in the token;
4. the signed attributes carry ``content-type`` = id-ct-TSTInfo and a ``message-digest`` equal to
   the digest of the eContent (RFC 5652 §5.4, §11.1, §11.2);
5. the signature verifies over the DER ``SET OF`` the signed attributes (RFC 5652 §5.4);
6. an ESS ``signing-certificate`` (RFC 2634 §5.4) or ``signing-certificate-v2`` (RFC 5035 §3)
   attribute binds the signature to that certificate (RFC 3161 §2.4.1, RFC 5816 §2.2.1);
7. the TSA certificate has the ``timeStamping`` extended key usage (RFC 3161 §2.3) and was valid
   at the time it stamped.

Nothing here decides whether the TSA is *trusted*; callers report who it was. Every failure is a
:class:`TimeStampError` (a :class:`wallet.errors.VerificationError`); a token over other data is a
:class:`TimeStampMismatch`. Nothing is fetched.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.x509.oid import ExtendedKeyUsageOID

from wallet.errors import VerificationError

__all__ = ["MAX_TOKEN_BYTES", "TimeStamp", "TimeStampError", "TimeStampMismatch", "verify_timestamp_token"]

MAX_TOKEN_BYTES = 64 * 1024
"""A time-stamp token with its TSA chain is a few kilobytes; anything far larger is refused unread."""
MAX_CERTIFICATES = 8

_DIGESTS: dict[str, tuple[str, type[hashes.HashAlgorithm]]] = {
    "sha256": ("sha256", hashes.SHA256),
    "sha384": ("sha384", hashes.SHA384),
    "sha512": ("sha512", hashes.SHA512),
}


class TimeStampError(VerificationError):
    """A time-stamp token that cannot be accepted; ``fields["reason"]`` says why in one word."""

    code = "verify.tst"


class TimeStampMismatch(TimeStampError):
    """The token is genuine but stamps other data than the data it must cover."""

    code = "verify.tst.mismatch"


@dataclass(frozen=True)
class TimeStamp:
    """A verified time-stamp: the TSA vouches that the covered data existed at ``time``."""

    time: datetime
    hash_algorithm: str
    tsa_subject: str
    tsa_certificate: x509.Certificate
    policy: str
    serial_number: int


def _digest(name: str, data: bytes) -> bytes:
    return hashlib.new(_DIGESTS[name][0], data).digest()


def _digest_name(algorithm: object, what: str) -> str:
    name = str(algorithm)
    if name not in _DIGESTS:
        # RFC 3161 leaves the hash to the requester; SHA-1 is no longer collision resistant.
        raise TimeStampError(f"the {what} uses the unaccepted digest {name[:32]}", reason="digest", algorithm=name[:32])
    return name


def verify_timestamp_token(token: bytes, covered: bytes) -> TimeStamp:
    """Verify the RFC 3161 token ``token`` (DER) over ``covered`` and return what it attests.

    Steps 1-7 of the module docstring. Raises :class:`TimeStampMismatch` if the message imprint is
    not the digest of ``covered``, :class:`TimeStampError` for anything else (malformed, unsupported
    algorithm, bad CMS signature, certificate not bound, not a TSA certificate).
    """
    if len(token) > MAX_TOKEN_BYTES:
        raise TimeStampError("the time-stamp token is too large", reason="too-large", limit=MAX_TOKEN_BYTES)
    try:
        return _verify(token, covered)
    except TimeStampError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError, UnsupportedAlgorithm) as exc:
        # asn1crypto parses lazily: malformed DER surfaces on first access, as one of these.
        raise TimeStampError(f"the time-stamp token is malformed: {str(exc)[:120]}", reason="malformed") from exc


def _verify(token: bytes, covered: bytes) -> TimeStamp:
    from asn1crypto import cms, tsp

    # 1. ContentInfo / SignedData / TSTInfo (RFC 3161 §2.4.2, RFC 5652 §3, §5.1).
    info = cms.ContentInfo.load(token, strict=True)
    if info["content_type"].native != "signed_data":
        raise TimeStampError("the time-stamp token is not CMS SignedData", reason="structure")
    signed = info["content"]
    encap = signed["encap_content_info"]
    if encap["content_type"].native != "tst_info":
        raise TimeStampError("the token does not encapsulate a TSTInfo", reason="structure")
    content = encap["content"]
    if content is None or content.native is None:
        raise TimeStampError("the token's TSTInfo is missing", reason="structure")
    econtent: bytes = content.contents
    tst = tsp.TSTInfo.load(econtent, strict=True)
    if tst["version"].native != "v1":
        raise TimeStampError("unsupported TSTInfo version", reason="structure")
    gen_time = tst["gen_time"].native
    if not isinstance(gen_time, datetime):
        raise TimeStampError("the TSTInfo has no genTime", reason="structure")
    gen_time = gen_time.astimezone(UTC)

    # 2. The imprint must be the digest of exactly the covered data (RFC 3161 §2.4.2 messageImprint).
    imprint = tst["message_imprint"]
    imprint_alg = _digest_name(imprint["hash_algorithm"]["algorithm"].native, "message imprint")
    stamped: bytes = imprint["hashed_message"].native
    if not hmac.compare_digest(stamped, _digest(imprint_alg, covered)):
        raise TimeStampMismatch("the time-stamp token stamps other data", reason="imprint", algorithm=imprint_alg)

    # 3. One signer, and its certificate in the token (RFC 3161 §2.4.1: the TSA signs alone).
    signer_infos = signed["signer_infos"]
    if len(signer_infos) != 1:
        raise TimeStampError("a time-stamp token has exactly one signer", reason="signers")
    signer = signer_infos[0]
    certificates = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
    if len(certificates) > MAX_CERTIFICATES:
        raise TimeStampError("too many certificates in the time-stamp token", reason="too-large")
    tsa_der = _signer_certificate(signer["sid"], certificates)
    try:
        tsa = x509.load_der_x509_certificate(tsa_der)
    except ValueError as exc:
        raise TimeStampError("the TSA certificate cannot be read", reason="certificate") from exc

    # 4. Signed attributes (RFC 5652 §5.3: mandatory once eContentType is not id-data).
    attrs = signer["signed_attrs"]
    if attrs is None or len(attrs) == 0:
        raise TimeStampError("the token's signature has no signed attributes", reason="structure")
    values: dict[str, list[object]] = {}
    for attr in attrs:
        name = str(attr["type"].native)
        if name in values:
            raise TimeStampError(f"duplicate signed attribute {name[:32]}", reason="structure")
        values[name] = list(attr["values"])
    if [v.native for v in values.get("content_type", [])] != ["tst_info"]:  # type: ignore[attr-defined]
        raise TimeStampError("the signed content-type is not TSTInfo", reason="structure")
    signer_alg = _digest_name(signer["digest_algorithm"]["algorithm"].native, "signer digest")
    digests = [v.native for v in values.get("message_digest", [])]  # type: ignore[attr-defined]
    if len(digests) != 1 or not hmac.compare_digest(digests[0], _digest(signer_alg, econtent)):
        raise TimeStampError("the signed message-digest does not match the TSTInfo", reason="message-digest")

    # 5. The signature over DER(SET OF attributes): the [0] IMPLICIT tag becomes the SET tag 0x31.
    signed_bytes = b"\x31" + attrs.dump()[1:]
    _verify_cms_signature(tsa, signer, signer_alg, signed_bytes)

    # 6. ESS signing-certificate(-v2): the signature names this very certificate.
    _check_ess_binding(values, tsa_der)

    # 7. A TSA certificate (RFC 3161 §2.3), valid when it stamped.
    try:
        eku = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise TimeStampError("the TSA certificate is not for time-stamping", reason="tsa-usage") from exc
    if ExtendedKeyUsageOID.TIME_STAMPING not in eku:
        raise TimeStampError("the TSA certificate is not for time-stamping", reason="tsa-usage")
    if not tsa.not_valid_before_utc <= gen_time <= tsa.not_valid_after_utc:
        raise TimeStampError("the TSA certificate was not valid when it stamped", reason="tsa-validity")
    return TimeStamp(
        time=gen_time,
        hash_algorithm=imprint_alg,
        tsa_subject=tsa.subject.rfc4514_string()[:256],
        tsa_certificate=tsa,
        policy=str(tst["policy"].native)[:64],
        serial_number=int(tst["serial_number"].native),
    )


def _signer_certificate(sid: object, certificates: list[object]) -> bytes:
    from asn1crypto import cms

    assert isinstance(sid, cms.SignerIdentifier)
    for cert in certificates:
        tbs = cert["tbs_certificate"]  # type: ignore[index]
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if tbs["issuer"] == wanted["issuer"] and tbs["serial_number"].native == wanted["serial_number"].native:
                return bytes(cert.dump())  # type: ignore[attr-defined]
        elif sid.name == "subject_key_identifier" and cert.key_identifier == sid.chosen.native:  # type: ignore[attr-defined]
            return bytes(cert.dump())  # type: ignore[attr-defined]
    raise TimeStampError("the TSA certificate is not in the token", reason="certificate")


def _verify_cms_signature(tsa: x509.Certificate, signer: object, digest_name: str, data: bytes) -> None:
    algorithm = signer["signature_algorithm"]  # type: ignore[index]
    sig_name = str(algorithm["algorithm"].native)
    signature: bytes = signer["signature"].native  # type: ignore[index]
    chosen = _DIGESTS[digest_name][1]()
    try:
        key = tsa.public_key()
        if sig_name in ("rsassa_pkcs1v15", "sha256_rsa", "sha384_rsa", "sha512_rsa") and isinstance(key, RSAPublicKey):
            if sig_name != "rsassa_pkcs1v15" and not sig_name.startswith(digest_name):
                raise TimeStampError("the signature and digest algorithms disagree", reason="algorithm")
            key.verify(signature, data, padding.PKCS1v15(), chosen)
        elif sig_name == "rsassa_pss" and isinstance(key, RSAPublicKey):
            params = algorithm["parameters"]
            pss_hash = _digest_name(params["hash_algorithm"]["algorithm"].native, "PSS hash")
            mgf_hash = _digest_name(params["mask_gen_algorithm"]["parameters"]["algorithm"].native, "MGF1 hash")
            pss_cls = _DIGESTS[pss_hash][1]
            key.verify(signature, data, padding.PSS(padding.MGF1(_DIGESTS[mgf_hash][1]()), int(params["salt_length"].native)), pss_cls())
        elif sig_name in ("ecdsa", "sha256_ecdsa", "sha384_ecdsa", "sha512_ecdsa") and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(chosen))
        elif sig_name == "ed25519" and isinstance(key, Ed25519PublicKey):
            key.verify(signature, data)
        else:
            raise TimeStampError(f"unsupported time-stamp signature algorithm {sig_name[:32]}", reason="algorithm")
    except InvalidSignature as exc:
        raise TimeStampError("the TSA's signature on the time-stamp does not verify", reason="signature") from exc
    except UnsupportedAlgorithm as exc:
        raise TimeStampError("unsupported time-stamp signature algorithm", reason="algorithm") from exc


def _check_ess_binding(values: dict[str, list[object]], tsa_der: bytes) -> None:
    v2 = values.get("signing_certificate_v2", [])
    v1 = values.get("signing_certificate", [])
    if len(v2) + len(v1) != 1:
        raise TimeStampError("the token does not name its signing certificate (ESS)", reason="ess")
    if v2:
        first = v2[0]["certs"][0]  # type: ignore[index]
        alg_field = first["hash_algorithm"]
        # RFC 5035 §5.4.1.1: the hash algorithm defaults to SHA-256 when absent.
        alg = "sha256" if alg_field.native is None else str(alg_field["algorithm"].native)
        if alg not in _DIGESTS:
            raise TimeStampError("unaccepted ESS certificate hash", reason="ess")
        expected = _digest(alg, tsa_der)
    else:
        first = v1[0]["certs"][0]  # type: ignore[index]
        expected = hashlib.sha1(tsa_der, usedforsecurity=False).digest()  # RFC 2634 ESSCertID is SHA-1 by definition
    if not hmac.compare_digest(first["cert_hash"].native, expected):
        raise TimeStampError("the ESS certificate reference names another certificate", reason="ess")
