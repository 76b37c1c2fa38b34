"""Verifying a JAdES seal (ETSI TS 119 182-1 V1.1.1): the procedure, one signature at a time.

The JOSE rules of :mod:`wallet.verify.jose` (the algorithm comes from the key; ``none`` and HMAC
refused), then what JAdES adds: the signing certificate and its binding
(:mod:`wallet.verify.jades.binding`), the claimed signing time, and the time-stamps and unsigned
properties with the level they reach (:mod:`wallet.verify.jades.unsigned`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography import x509

from wallet.verify.jades.binding import check_certificate_reference, check_key_usage, signing_chain, signing_key
from wallet.verify.jades.jws import JadesJwsUnverified, JadesSignatureUnverified, check_crit, claimed_signing_time
from wallet.verify.jades.unsigned import (
    JadesTimestamp,
    baseline_level,
    check_timestamp_order,
    read_unsigned_properties,
    stamp,
)
from wallet.verify.jose import CriticalHeaderRefused, _check_alg, _verify_signature, check_header_unkeyed

__all__ = ["ALLOWED_ALGORITHMS", "JadesVerified", "verify_jades", "verify_jades_signature"]

ALLOWED_ALGORITHMS: frozenset[str] = frozenset({"RS256", "PS256", "ES256", "ES384", "EdDSA"})
"""The JAdES seal algorithms accepted (the key of the signing certificate must produce it)."""


@dataclass(frozen=True)
class JadesVerified:
    """A JAdES signature that verified, with what it establishes."""

    alg: str
    level: str
    """``B``, ``T``, ``LT`` or ``LTA`` (JAdES-BASELINE-B-B ... B-LTA, TS 119 182-1 §6)."""
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    """The signing certificate first, then the rest of ``x5c``, then any ``xVals`` certificates."""
    claimed_signing_time: datetime
    timestamps: tuple[JadesTimestamp, ...]
    revocation_values: int
    notes: tuple[str, ...]

    @property
    def signature_timestamp(self) -> datetime | None:
        """The earliest verified signature time-stamp: proof the signature existed then."""
        times = [t.time for t in self.timestamps if t.kind == "sigTst"]
        return min(times) if times else None

    @property
    def signing_time(self) -> datetime:
        """The time the certificate is judged at: the signature time-stamp, else the claimed ``sigT``."""
        return self.signature_timestamp or self.claimed_signing_time


def verify_jades_signature(jws: JadesJwsUnverified, sig: JadesSignatureUnverified) -> JadesVerified:
    """Verify one JAdES signature of ``jws`` (steps 1-10 in the code) and report what it establishes.

    Raises :class:`MalformedJws`, :class:`AlgorithmRefused` (``none``, HMAC, not allowed, not the
    certificate key's), :class:`CriticalHeaderRefused`, :class:`SignatureInvalid` or
    :class:`JadesError` (certificate reference, key usage, ``sigT``, time-stamp mismatch or order).
    """
    header = sig.header
    # 1. The algorithm rules that need no key (RFC 7515 §4.1.1; DESIGN: no none, no HMAC).
    check_header_unkeyed({k: v for k, v in header.items() if k not in ("crit", "b64")}, ALLOWED_ALGORITHMS)
    # 2. crit (RFC 7515 §4.1.11, RFC 7797 §6; TS 119 182-1 §5.2: its new parameters that change processing are critical).
    check_crit(header)
    if "sigD" in header:
        raise CriticalHeaderRefused("detached signed data (sigD) is not supported", reason="sigD")
    # 3. The signing certificate and its reference (§5.1 x5c, x5t#S256; §5.2.2 x5t#o), key usage.
    chain = signing_chain(header)
    leaf_der, leaf = chain[0]
    check_certificate_reference(header, leaf_der)
    check_key_usage(leaf)
    key = signing_key(leaf)
    # 4. The header's alg must be one the certificate's key produces (the key decides).
    alg = _check_alg(header, key, ALLOWED_ALGORITHMS)
    # 5. The signature over exactly ASCII(protected) || '.' || payload as stored (RFC 7515 §5.2;
    #    RFC 7797 §3: unencoded, the payload string's UTF-8 bytes; else its base64url text).
    signing_input = sig.protected.encode("ascii") + b"." + jws.payload.encode("utf-8")
    _verify_signature(alg, key, signing_input, sig.signature)
    # 6. The claimed signing time (§5.2.1), within the certificate's life is judged by the caller.
    claimed = claimed_signing_time(header)
    stamps: list[JadesTimestamp] = []
    notes: list[str] = []
    # 7. adoTst (§5.2): the imprint covers the JWS Payload as it appears in the signing input.
    if "adoTst" in header:
        stamps += stamp("adoTst", header["adoTst"], jws.payload.encode("utf-8"))
    # 8. The unsigned components in order (§5.3.4 sigTst, §5.3.5 xVals/rVals, §5.3.6 arcTst).
    unsigned = read_unsigned_properties(jws, sig)
    stamps += unsigned.timestamps
    notes += unsigned.notes
    # 9. Time-stamps in order (§5.3.4, §5.3.6); the claimed signing time not after the signature time-stamp.
    notes += check_timestamp_order(stamps, claimed)
    # 10. The level (TS 119 182-1 §6, baseline levels): B-B, B-T, B-LT, B-LTA.
    level = baseline_level(stamps, certificate_values=unsigned.certificate_values, revocation_values=unsigned.revocation_values)
    return JadesVerified(
        alg=alg,
        level=level,
        certificate=leaf,
        chain=tuple([c for _d, c in chain] + list(unsigned.certificates)),
        claimed_signing_time=claimed,
        timestamps=tuple(stamps),
        revocation_values=unsigned.revocation_values,
        notes=tuple(notes),
    )


def verify_jades(jws: JadesJwsUnverified) -> tuple[JadesVerified, ...]:
    """Verify every signature of ``jws``; all must verify. Raises as :func:`verify_jades_signature`."""
    return tuple(verify_jades_signature(jws, sig) for sig in jws.signatures)
