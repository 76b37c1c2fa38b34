"""Time-stamps and the unsigned ``etsiU`` properties of a JAdES seal, and the level they reach.

* time-stamp tokens, each an RFC 3161 token checked by :mod:`wallet.verify.tst` over exactly what it
  must cover: ``adoTst`` over the data objects (TS 119 182-1 §5.2), ``sigTst`` over the signature
  value (§5.3.4), ``arcTst`` over the whole signature and the unsigned components before it
  (§5.3.6.3); they must come in that order;
* certificate and revocation values (``xVals``/``rVals``, §5.3.5): carried, counted, not evaluated
  (nothing here goes online);
* the baseline level reached (§6): B (B-B), T (a signature time-stamp), LT (plus certificate and
  revocation values) and LTA (plus a verified archive time-stamp).

Nothing here is authenticated by the signature itself: these are the unsigned properties, each
proving what its own verification proves. Failures are :class:`wallet.verify.jades.jws.JadesError`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography import x509

from wallet.verify.jades.binding import load_certificate
from wallet.verify.jades.jws import (
    MAX_ETSIU_ENTRIES,
    MAX_ETSIU_ENTRY_CHARS,
    MAX_TOKENS,
    MAX_VALUES,
    JadesError,
    JadesJwsUnverified,
    JadesSignatureUnverified,
    b64_std,
    json_object,
)
from wallet.verify.jose import b64url_decode
from wallet.verify.tst import TimeStamp, TimeStampError, verify_timestamp_token

__all__ = [
    "MAX_CLOCK_SKEW",
    "JadesTimestamp",
    "UnsignedProperties",
    "baseline_level",
    "check_timestamp_order",
    "etsi_u",
    "read_unsigned_properties",
    "stamp",
]

MAX_CLOCK_SKEW = timedelta(minutes=10)
"""How far the signer's claimed ``sigT`` may run ahead of the TSA's signature time-stamp (clock skew)."""


@dataclass(frozen=True)
class JadesTimestamp:
    """A verified time-stamp of the seal: which one (``adoTst``, ``sigTst``, ``arcTst``) and when."""

    kind: str
    time: datetime
    tsa: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "time": self.time.isoformat(), "tsa": self.tsa}


def _tokens(container: Any, kind: str) -> list[bytes]:
    # §5.2 (adoTst) / §5.3.4 (sigTst): {"tstTokens": [{"val": base64 DER, "encoding"?}], "canonAlg"?}.
    if not isinstance(container, dict) or not isinstance(container.get("tstTokens"), list):
        raise JadesError(f"{kind} is malformed", reason="timestamp", kind=kind)
    if "canonAlg" in container:
        raise JadesError(f"{kind} asks for a canonicalization this verifier does not perform", reason="timestamp", kind=kind)
    tokens = container["tstTokens"]
    if not tokens or len(tokens) > MAX_TOKENS:
        raise JadesError(f"{kind} holds no or too many tokens", reason="timestamp", kind=kind)
    out = []
    for token in tokens:
        if not isinstance(token, dict) or token.get("encoding", "der") not in ("der", "DER") or set(token) - {"val", "encoding"}:
            raise JadesError(f"a {kind} token is malformed", reason="timestamp", kind=kind)
        out.append(b64_std(token.get("val"), kind))
    return out


def stamp(kind: str, container: Any, covered: bytes) -> list[JadesTimestamp]:
    """Verify each token of the ``kind`` time-stamp ``container`` over ``covered``.

    Raises :class:`JadesError` (``timestamp``, or ``base64``) for a malformed container or a token that does not verify.
    """
    out = []
    for der in _tokens(container, kind):
        try:
            stamp: TimeStamp = verify_timestamp_token(der, covered)
        except TimeStampError as exc:
            raise JadesError(f"{kind} time-stamp: {exc}", reason="timestamp", kind=kind, detail=exc.fields.get("reason")) from exc
        out.append(JadesTimestamp(kind, stamp.time, stamp.tsa_subject))
    return out


def etsi_u(unprotected: Mapping[str, Any]) -> list[tuple[str, Any, str | None]]:
    """The ``etsiU`` components (§5.3.1) as (name, value, base64url text or None when clear JSON)."""
    entries = unprotected.get("etsiU", [])
    if not isinstance(entries, list) or len(entries) > MAX_ETSIU_ENTRIES:
        raise JadesError(f"etsiU is not an array of at most {MAX_ETSIU_ENTRIES} entries", reason="etsiU")
    # §5.3.1: the entries are all base64url-encoded JSON, or all clear JSON objects, never mixed.
    if entries and len({isinstance(e, str) for e in entries}) != 1:
        raise JadesError("etsiU mixes encoded and clear components", reason="etsiU")
    out: list[tuple[str, Any, str | None]] = []
    for entry in entries:
        if isinstance(entry, str):
            if len(entry) > MAX_ETSIU_ENTRY_CHARS:
                raise JadesError("an etsiU component is too large", reason="too-large")
            value = json_object(b64url_decode(entry, what="etsiU component"), "etsiU component", MAX_ETSIU_ENTRY_CHARS)
            encoded: str | None = entry
        elif isinstance(entry, dict):
            value, encoded = entry, None
        else:
            raise JadesError("an etsiU component is neither a string nor an object", reason="etsiU")
        if len(value) != 1:
            raise JadesError("an etsiU component holds exactly one property", reason="etsiU")
        name = next(iter(value))
        out.append((name, value[name], encoded))
    return out


def x_vals(value: Any) -> list[x509.Certificate]:
    """The X.509 certificates of an ``xVals`` component; raises :class:`JadesError`."""
    # §5.3.5 (xVals): xVals is an array of {"x509Cert": {"val": base64 DER}} or {"otherCert": ...}.
    if not isinstance(value, list) or len(value) > MAX_VALUES:
        raise JadesError("xVals is malformed", reason="etsiU")
    certs = []
    for item in value:
        cert = item.get("x509Cert") if isinstance(item, dict) else None
        if isinstance(cert, dict):
            certs.append(load_certificate(b64_std(cert.get("val"), "xVals"), "an xVals certificate"))
    return certs


def r_vals(value: Any) -> int:
    """How many revocation values an ``rVals`` component carries; raises :class:`JadesError` (``etsiU``)."""
    # §5.3.5 (rVals): {"crlVals": [...], "ocspVals": [...], "otherVals": [...]}; counted, not evaluated.
    if not isinstance(value, dict):
        raise JadesError("rVals is malformed", reason="etsiU")
    count = 0
    for key in ("crlVals", "ocspVals", "otherVals"):
        items = value.get(key, [])
        if not isinstance(items, list) or len(items) > MAX_VALUES:
            raise JadesError("rVals is malformed", reason="etsiU")
        count += len(items)
    return count


@dataclass(frozen=True)
class UnsignedProperties:
    """What the ``etsiU`` components of one signature carry, each time-stamp verified."""

    timestamps: tuple[JadesTimestamp, ...]
    """``sigTst`` and ``arcTst`` time-stamps, in the order of the components."""
    certificates: tuple[x509.Certificate, ...]
    """The ``xVals`` certificates."""
    certificate_values: bool
    """Whether an ``xVals`` component is present (even an empty one)."""
    revocation_values: int
    notes: tuple[str, ...]


def read_unsigned_properties(jws: JadesJwsUnverified, sig: JadesSignatureUnverified) -> UnsignedProperties:
    """The unsigned components of ``sig`` in order: sigTst over the base64url signature value (§5.3.4);
    xVals/rVals (§5.3.5); arcTst over payload, protected header, signature and the earlier components
    (§5.3.6.3.1, base64url-encoded components only). Raises :class:`JadesError`."""
    components = etsi_u(sig.unprotected)
    stamps: list[JadesTimestamp] = []
    notes: list[str] = []
    extra: list[x509.Certificate] = []
    has_x_vals = False
    revocations = 0
    earlier: list[str] = []
    for name, value, encoded in components:
        if name == "sigTst":
            stamps += stamp("sigTst", value, sig.signature_b64.encode("ascii"))
        elif name == "xVals":
            extra += x_vals(value)
            has_x_vals = True
        elif name == "rVals":
            revocations += r_vals(value)
        elif name == "arcTst":
            if encoded is None or (isinstance(value, dict) and value.get("timeStamped", "all") != "all"):
                notes.append("an archive time-stamp in a form this verifier does not recompute was not checked")
            else:
                archived = b".".join([jws.payload.encode("utf-8"), sig.protected.encode("ascii"), sig.signature_b64.encode("ascii")])
                covered = archived + b"." + "".join(earlier).encode("ascii")
                container = {k: v for k, v in value.items() if k != "timeStamped"} if isinstance(value, dict) else value
                stamps += stamp("arcTst", container, covered)
        else:
            notes.append(f"unsigned property {name[:32]} carried but not used")
        if encoded is not None:
            earlier.append(encoded)
    return UnsignedProperties(tuple(stamps), tuple(extra), has_x_vals, revocations, tuple(notes))


def check_timestamp_order(stamps: Sequence[JadesTimestamp], claimed: datetime) -> list[str]:
    """Time-stamps must be in order: data objects, then the signature, then archives (§5.3.4, §5.3.6),
    and the claimed signing time cannot follow the signature time-stamp (beyond clock skew).

    Returns notes on what was tolerated; raises :class:`JadesError` (``timestamp-order``).
    """
    notes: list[str] = []
    sig_times = [s.time for s in stamps if s.kind == "sigTst"]
    ado_times = [s.time for s in stamps if s.kind == "adoTst"]
    arc_times = [s.time for s in stamps if s.kind == "arcTst"]
    if sig_times and any(a > min(sig_times) for a in ado_times):
        raise JadesError("the data time-stamp is later than the signature time-stamp", reason="timestamp-order")
    if sig_times and claimed > min(sig_times):
        # sigT comes from the signer's clock, the time-stamp from the TSA's: allow their skew, no more.
        if claimed - min(sig_times) > MAX_CLOCK_SKEW:
            raise JadesError("the claimed signing time is later than the signature time-stamp", reason="timestamp-order")
        notes.append(f"the claimed signing time is {int((claimed - min(sig_times)).total_seconds())} s after the signature time-stamp")
    if arc_times and sig_times and min(arc_times) < max(sig_times):
        raise JadesError("the archive time-stamp precedes the signature time-stamp", reason="timestamp-order")
    return notes


def baseline_level(stamps: Sequence[JadesTimestamp], *, certificate_values: bool, revocation_values: int) -> str:
    """The baseline level reached (TS 119 182-1 §6, baseline levels B-B, B-T, B-LT, B-LTA)."""
    sig_times = [s.time for s in stamps if s.kind == "sigTst"]
    arc_times = [s.time for s in stamps if s.kind == "arcTst"]
    level = "B"
    if sig_times:
        level = "T"
        if certificate_values and revocation_values:
            level = "LT"
            if arc_times:
                level = "LTA"
    return level
