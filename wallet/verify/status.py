"""The ``status`` check: is the credential revoked or suspended, according to the issuer's list?

Status methods understood:

* ``BitstringStatusListEntry`` — W3C Bitstring Status List v1.0 (purposes ``revocation`` and
  ``suspension``; several entries per credential);
* ``StatusList2021Entry`` — W3C CCG Status List 2021 (the same algorithm, older names);
* ``RevocationList2020Status`` — W3C CCG Revocation List 2020;
* ``1EdTechRevocationList`` — Open Badges 3.0 / CLR 2.0 revocation list (a list of revoked ids);
* an Open Badges 2.0 issuer's ``revocationList`` (OB 2.0 §RevocationList).

Lists come **only** from the local cache (``ctx.cache``); nothing is fetched. A status-list
credential is itself verified (proof, validity period) with :func:`wallet.verify.verify`, in a
context marked so that *its* status is not followed again: no recursion, however lists point at
each other. Compressed bitstrings are inflated with a hard output cap.

The check's ``data`` carries ``checked_at`` (when the list was fetched) whenever a list was read.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.errors import InputError, WalletError
from wallet.formats.jsonsafe import loads
from wallet.jsonshape import as_list, id_of, type_set
from wallet.verify.context import VerifyContext
from wallet.verify.report import Check, Outcome, Verdict

__all__ = [
    "FOLLOWING_LIST_OPTION",
    "MAX_BITSTRING_BYTES",
    "MAX_ENTRIES",
    "StatusListError",
    "check_ob2_revocation",
    "check_status",
    "decode_bitstring",
    "status_value_unverified",
]

FOLLOWING_LIST_OPTION = "status.verifying-status-list"
"""Set in ``ctx.options`` while a status-list credential is being verified: its own status is not followed."""

MAX_BITSTRING_BYTES = 4 * 1024 * 1024
"""The largest inflated bitstring accepted (33 million entries); a larger one is a decompression bomb."""

MAX_ENCODED_CHARS = 4 * 1024 * 1024
MAX_ENTRIES = 16
"""More status entries than any credential needs; past this the credential is refused (``status.malformed``)."""

MAX_REVOKED_IDS = 1_000_000


class StatusListError(WalletError):
    """A status list (or entry) that cannot be read: malformed, too large, index out of range."""

    code = "verify.status-list"


@dataclass(frozen=True)
class _Method:
    index_key: str
    list_key: str
    list_type: str
    subject_type: str
    fixed_purpose: str | None = None


# Bitstring Status List v1.0 §2.1 (BitstringStatusListEntry); Status List 2021 §2.1; RevocationList2020 §2.
_METHODS: dict[str, _Method] = {
    "BitstringStatusListEntry": _Method("statusListIndex", "statusListCredential", "BitstringStatusListCredential", "BitstringStatusList"),
    "StatusList2021Entry": _Method("statusListIndex", "statusListCredential", "StatusList2021Credential", "StatusList2021"),
    "RevocationList2020Status": _Method(
        "revocationListIndex", "revocationListCredential", "RevocationList2020Credential", "RevocationList2020", "revocation"
    ),
}

_PURPOSES = ("revocation", "suspension")


# ---------------------------------------------------------------------------------------------
# Bitstrings


def decode_bitstring(encoded: object, *, multibase: bool) -> bytes:
    """Inflate an ``encodedList``: (multibase ``u``) base64url of a GZIP stream (BSL v1.0 §2.2).

    ``multibase`` says whether the ``u`` prefix is required (Bitstring Status List) or absent
    (Status List 2021, Revocation List 2020; a ``u`` is tolerated: base64 of GZIP starts ``H4sI``).
    Raises :class:`StatusListError` (reason ``encoding``, ``gzip`` or ``too-large``).
    """
    if not isinstance(encoded, str) or not encoded:
        raise StatusListError("the list has no encodedList", reason="encoding")
    if len(encoded) > MAX_ENCODED_CHARS:
        raise StatusListError("the encoded list is too large", reason="too-large")
    text = encoded.strip()
    if text.startswith("u"):
        text = text[1:]
    elif multibase:
        raise StatusListError("a Bitstring Status List must be multibase base64url ('u')", reason="encoding")
    text = text.replace("+", "-").replace("/", "_").rstrip("=")  # tolerate plain base64 alphabets
    try:
        compressed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise StatusListError(f"the encoded list is not base64url: {exc}", reason="encoding") from exc
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # GZIP framing only
    try:
        bits = inflater.decompress(compressed, MAX_BITSTRING_BYTES)
    except zlib.error as exc:
        raise StatusListError(f"the encoded list is not GZIP: {exc}", reason="gzip") from exc
    if inflater.unconsumed_tail:
        raise StatusListError(f"the list inflates past {MAX_BITSTRING_BYTES} bytes", reason="too-large", limit=MAX_BITSTRING_BYTES)
    if not inflater.eof:
        raise StatusListError("the GZIP stream of the list is truncated", reason="gzip")
    return bits


def _read_bits(bits: bytes, index: int, size: int) -> int:
    """The value of entry ``index`` of ``size`` bits; bit 0 is the most significant bit of byte 0 (BSL v1.0 §3.2)."""
    start = index * size
    if index < 0 or start + size > len(bits) * 8:
        raise StatusListError(f"index {index} is outside the list of {len(bits) * 8 // size} entries", reason="range")
    value = 0
    for position in range(start, start + size):
        value = (value << 1) | ((bits[position // 8] >> (7 - position % 8)) & 1)
    return value


def _index(value: object) -> int:
    # BSL v1.0 §2.1: statusListIndex is a string holding a base-10 integer (numbers are tolerated).
    if isinstance(value, bool):
        raise StatusListError("the status index is not an integer", reason="entry")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit() and len(value) <= 12:
        return int(value)
    raise StatusListError(f"the status index {str(value)[:32]!r} is not an integer", reason="entry")


def status_value_unverified(list_credential: Mapping[str, Any], entry: Mapping[str, Any]) -> int:
    """The value ``entry`` has in ``list_credential`` (0: not set), reading the list as it stands.

    *Unverified*: nothing about the list's proof, issuer or validity is checked here (that is
    :func:`check_status`'s job). Checks the list's shape (BSL v1.0 §3.2): the credential and
    subject types of the method, a matching ``statusPurpose``, a readable bitstring, the index in
    range. Raises :class:`StatusListError`.
    """
    entry_type = next((t for t in type_set(entry) if t in _METHODS), None)
    if entry_type is None:
        raise StatusListError("not a bitstring status entry", reason="entry")
    method = _METHODS[entry_type]
    if method.list_type not in type_set(list_credential):
        raise StatusListError(f"the status list is not a {method.list_type}", reason="list-type")
    subject = list_credential.get("credentialSubject")
    if isinstance(subject, list) and len(subject) == 1:
        subject = subject[0]
    if not isinstance(subject, Mapping) or method.subject_type not in type_set(subject):
        raise StatusListError(f"the status list's subject is not a {method.subject_type}", reason="list-type")
    purpose = method.fixed_purpose or entry.get("statusPurpose")
    if method.fixed_purpose is None:
        listed = {p for p in as_list(subject.get("statusPurpose")) if isinstance(p, str)}
        if purpose not in listed:
            raise StatusListError(f"the list serves {sorted(listed)}, not {purpose!r}", reason="purpose")
    size = entry.get("statusSize", 1)
    size = _index(size)
    if not 1 <= size <= 8:
        raise StatusListError(f"statusSize {size} is not supported", reason="entry")
    bits = decode_bitstring(subject.get("encodedList"), multibase=entry_type == "BitstringStatusListEntry")
    return _read_bits(bits, _index(entry.get(method.index_key)), size)


# ---------------------------------------------------------------------------------------------
# The check


@dataclass(frozen=True)
class _Finding:
    outcome: Outcome
    code: str
    detail: str
    checked_at: datetime | None = None
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)


def _data(checked_at: datetime | None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = dict(extra)
    if checked_at is not None:
        out["checked_at"] = checked_at.isoformat()
    return out


def _not_cached(url: str) -> _Finding:
    return _Finding(
        Outcome.SKIP,
        "status.not-cached",
        f"the status list {url} is not in the local cache; refresh the cache to check for revocation",
        extra={"list": url},
    )


def _verify_list(body: bytes, url: str, ctx: VerifyContext) -> tuple[dict[str, Any] | None, Verdict, str]:
    """Read and verify a status-list credential; its own status is not followed (no recursion)."""
    from wallet.formats import read
    from wallet.verify import verify

    parsed = read(body, url)
    inner = dataclasses.replace(ctx, options={**ctx.options, FOLLOWING_LIST_OPTION: True})
    report = verify(parsed, inner)
    failed = [c for c in report.checks if c.outcome is Outcome.FAIL and c.id != "issuer-trust"]
    why = failed[0].detail if failed else next((c.detail for c in report.checks if c.id == "signature"), "")
    return parsed.document, report.verdict, why


def _bitstring_finding(credential: Mapping[str, Any], entry: Mapping[str, Any], ctx: VerifyContext) -> _Finding:
    entry_type = next(t for t in type_set(entry) if t in _METHODS)
    method = _METHODS[entry_type]
    purpose = method.fixed_purpose or entry.get("statusPurpose")
    if purpose not in _PURPOSES:
        # BSL v1.0 §2.1: other purposes (refresh, message) say nothing about revocation.
        return _Finding(Outcome.PASS, "status.other-purpose", f"status entry of purpose {str(purpose)[:32]!r} is not a revocation")
    url = entry.get(method.list_key)
    if not isinstance(url, str) or not url:
        return _Finding(Outcome.FAIL, "status.malformed", f"the {entry_type} names no status list")
    cached = ctx.cache.get(url) if ctx.cache is not None else None
    if cached is None:
        return _not_cached(url)
    # 1. Read and verify the status-list credential itself (its proof and validity period).
    try:
        document, verdict, why = _verify_list(cached.body, url, ctx)
    except InputError as exc:
        return _Finding(
            Outcome.FAIL, "status.list-malformed", f"the cached status list {url} cannot be read: {exc}", cached.fetched_at, {"list": url}
        )
    if document is None:
        return _Finding(
            Outcome.FAIL, "status.list-malformed", f"the cached status list {url} is not a credential", cached.fetched_at, {"list": url}
        )
    if verdict is Verdict.INVALID:
        return _Finding(Outcome.FAIL, "status.list-invalid", f"the status list {url} is not valid: {why}", cached.fetched_at, {"list": url})
    # 2. Read the entry's value (BSL v1.0 §3.2 steps: type, purpose, decode, index).
    try:
        value = status_value_unverified(document, entry)
    except StatusListError as exc:
        return _Finding(
            Outcome.FAIL, "status.list-malformed", f"the status list {url} cannot be used: {exc}", cached.fetched_at, {"list": url}
        )
    index = entry.get(method.index_key)
    list_issuer = id_of(document.get("issuer"))
    own_issuer = id_of(credential.get("issuer"))
    fetched = cached.fetched_at.date().isoformat()
    extra = {"list": url, "index": str(index), "purpose": purpose}
    other = f"; the list is issued by {list_issuer}" if list_issuer and own_issuer and list_issuer != own_issuer else ""
    if verdict is not Verdict.VALID:
        # The list's own proof could not be established offline. A "revoked" is still reported
        # (believing it can only hide a credential), a "not revoked" from an unproven list is not.
        if value:
            code = "status.suspended" if purpose == "suspension" else "status.revoked"
            return _Finding(
                Outcome.FAIL,
                code,
                f"{'suspended' if purpose == 'suspension' else 'revoked'} according to the status list fetched on {fetched} "
                f"(the list's own proof could not be checked: {why})",
                cached.fetched_at,
                {**extra, "list_verified": False},
            )
        return _Finding(
            Outcome.SKIP,
            "status.list-unverifiable",
            f"the status list {url} could not be verified ({why}); revocation cannot be confirmed",
            cached.fetched_at,
            extra,
        )
    if value and purpose == "suspension":
        return _Finding(
            Outcome.FAIL,
            "status.suspended",
            f"suspended according to the status list fetched on {fetched}{other}",
            cached.fetched_at,
            extra,
        )
    if value:
        return _Finding(
            Outcome.FAIL, "status.revoked", f"revoked according to the status list fetched on {fetched}{other}", cached.fetched_at, extra
        )
    word = "suspended" if purpose == "suspension" else "revoked"
    return _Finding(
        Outcome.PASS, "status.valid", f"not {word} according to the status list fetched on {fetched}{other}", cached.fetched_at, extra
    )


def _revoked_ids(document: Mapping[str, Any], member: str) -> dict[str, str | None]:
    """``{id: reason}`` of a revocation list's ``member`` (entries are ids or ``{id, revocationReason}``)."""
    entries = document.get(member)
    if not isinstance(entries, list):
        raise StatusListError(f"the revocation list has no {member} list", reason="list-type")
    if len(entries) > MAX_REVOKED_IDS:
        raise StatusListError("the revocation list is too large", reason="too-large")
    out: dict[str, str | None] = {}
    for item in entries:
        ident = id_of(item) or (item.get("uid") if isinstance(item, Mapping) and isinstance(item.get("uid"), str) else None)
        if ident is None:
            raise StatusListError("a revocation list entry names no id", reason="list-type")
        reason = item.get("revocationReason") if isinstance(item, Mapping) else None
        out[ident] = reason if isinstance(reason, str) else None
    return out


def _read_revocation_list(url: str, ctx: VerifyContext, member: str) -> tuple[dict[str, str | None], datetime] | _Finding:
    cached = ctx.cache.get(url) if ctx.cache is not None else None
    if cached is None:
        return _not_cached(url)
    try:
        document = loads(cached.body)
        if not isinstance(document, Mapping):
            raise StatusListError("the revocation list is not a JSON object", reason="list-type")
        return _revoked_ids(document, member), cached.fetched_at
    except (InputError, StatusListError) as exc:
        return _Finding(
            Outcome.FAIL, "status.list-malformed", f"the revocation list {url} cannot be read: {exc}", cached.fetched_at, {"list": url}
        )


def _revocation_list_finding(credential: Mapping[str, Any], entry: Mapping[str, Any], ctx: VerifyContext) -> _Finding:
    # OB 3.0 / CLR 2.0 "1EdTech Revocation List": the entry's id is the list's URL; the list holds
    # the ids of revoked credentials. Its authenticity rests on where it was fetched from.
    url = entry.get("id")
    cred_id = credential.get("id")
    if not isinstance(url, str) or not url:
        return _Finding(Outcome.FAIL, "status.malformed", "the 1EdTechRevocationList entry names no list")
    if not isinstance(cred_id, str):
        return _Finding(Outcome.FAIL, "status.malformed", "a credential on a revocation list needs an id")
    found = _read_revocation_list(url, ctx, "revokedCredentials")
    if isinstance(found, _Finding):
        return found
    revoked, fetched_at = found
    extra = {"list": url}
    if cred_id in revoked:
        reason = revoked[cred_id]
        return _Finding(
            Outcome.FAIL,
            "status.revoked",
            f"revoked according to the revocation list fetched on {fetched_at.date().isoformat()}"
            + (f": {reason[:200]}" if reason else ""),
            fetched_at,
            {**extra, **({"reason": reason[:200]} if reason else {})},
        )
    return _Finding(
        Outcome.PASS, "status.valid", f"not on the revocation list fetched on {fetched_at.date().isoformat()}", fetched_at, extra
    )


def _combine(findings: Sequence[_Finding]) -> Check:
    """One check from the entries' findings: a failure wins, then a skip, else pass (oldest list date)."""
    dates = [f.checked_at for f in findings if f.checked_at is not None]
    oldest = min(dates) if dates else None
    for outcome in (Outcome.FAIL, Outcome.SKIP):
        hits = [f for f in findings if f.outcome is outcome]
        if hits:
            # Revocation before suspension before list problems: the most final fact is reported.
            order = {"status.revoked": 0, "status.suspended": 1}
            first = sorted(hits, key=lambda f: order.get(f.code, 2))[0]
            return Check("status", outcome, first.detail, first.code, _data(first.checked_at or oldest, **first.extra))
    checked = [f for f in findings if f.code == "status.valid"]
    if not checked:
        return Check("status", Outcome.PASS, "the credential's status entries concern no revocation", "status.none", {})
    if len(checked) == 1:
        f = checked[0]
        return Check("status", Outcome.PASS, f.detail, f.code, _data(f.checked_at, **f.extra))
    when = oldest.date().isoformat() if oldest else "?"
    return Check(
        "status",
        Outcome.PASS,
        f"not revoked or suspended according to {len(checked)} status lists (oldest fetched on {when})",
        "status.valid",
        _data(oldest, lists=[str(f.extra.get("list")) for f in checked]),
    )


def _is_ob2(credential: Mapping[str, Any]) -> bool:
    contexts = [c for c in as_list(credential.get("@context")) if isinstance(c, str)]
    return "Assertion" in type_set(credential) or any("w3id.org/openbadges" in c for c in contexts)


def check_status(credential: Mapping[str, Any], ctx: VerifyContext, *, ob2_profile: Mapping[str, Any] | None = None) -> Check:
    """The ``status`` check of ``credential`` at ``ctx`` (lists from ``ctx.cache`` only).

    Outcomes: ``pass`` (``status.none`` when the issuer publishes no status for it, ``status.valid``
    when every list says not revoked); ``fail`` (``status.revoked``, ``status.suspended``, a list
    that is invalid / expired / tampered / malformed: ``status.list-invalid``,
    ``status.list-malformed``, a malformed entry ``status.malformed``); ``skip`` (list not cached
    ``status.not-cached``, list proof not verifiable ``status.list-unverifiable``, unknown method
    ``status.unsupported``, or a status list's own status ``status.not-followed``).

    For an Open Badges 2.0 assertion the issuer's ``revocationList`` is consulted; pass the issuer
    profile as ``ob2_profile`` if the caller already has it. Raises nothing for bad input.
    """
    if ctx.options.get(FOLLOWING_LIST_OPTION):
        return Check("status", Outcome.SKIP, "the status of a status list is not followed", "status.not-followed")
    entries = credential.get("credentialStatus")
    if entries is None and _is_ob2(credential):
        return check_ob2_revocation(credential, ob2_profile, ctx)
    if entries is None or entries == []:
        return Check("status", Outcome.PASS, "the issuer publishes no revocation status for this credential", "status.none")
    items = as_list(entries)
    if len(items) > MAX_ENTRIES:
        return Check("status", Outcome.FAIL, f"more than {MAX_ENTRIES} status entries", "status.malformed")
    findings: list[_Finding] = []
    for entry in items:
        if not isinstance(entry, Mapping):
            findings.append(_Finding(Outcome.FAIL, "status.malformed", "a credentialStatus entry is not an object"))
            continue
        types = type_set(entry)
        if types & set(_METHODS):
            findings.append(_bitstring_finding(credential, entry, ctx))
        elif "1EdTechRevocationList" in types:
            findings.append(_revocation_list_finding(credential, entry, ctx))
        else:
            kind = ", ".join(sorted(types))[:64] or "untyped"
            findings.append(_Finding(Outcome.SKIP, "status.unsupported", f"status method {kind} is not supported", extra={"method": kind}))
    return _combine(findings)


def check_ob2_revocation(assertion: Mapping[str, Any], profile: Mapping[str, Any] | None, ctx: VerifyContext) -> Check:
    """OB 2.0 revocation: is the assertion's id (or 1.x ``uid``) on the issuer's cached ``revocationList``?

    ``profile`` is the issuer profile (``None``: looked up from the cache via the assertion's badge).
    """
    if profile is None:
        from wallet.verify.openbadges2 import issuer_profile_unverified

        try:
            profile = issuer_profile_unverified(assertion, ctx)
        except WalletError as exc:
            return Check(
                "status", Outcome.SKIP, f"the issuer profile is not available, so revocation cannot be checked: {exc}", "status.no-profile"
            )
    url = id_of(profile.get("revocationList"))
    if url is None:
        return Check("status", Outcome.PASS, "the issuer publishes no revocation list", "status.none")
    found = _read_revocation_list(url, ctx, "revokedAssertions")
    if isinstance(found, _Finding):
        return _combine([found])
    revoked, fetched_at = found
    ids = [i for i in (assertion.get("id"), assertion.get("uid")) if isinstance(i, str)]
    hit = next((i for i in ids if i in revoked), None)
    when = fetched_at.date().isoformat()
    if hit is not None:
        reason = revoked[hit]
        return Check(
            "status",
            Outcome.FAIL,
            f"revoked according to the issuer's revocation list fetched on {when}" + (f": {reason[:200]}" if reason else ""),
            "status.revoked",
            _data(fetched_at, list=url, **({"reason": reason[:200]} if reason else {})),
        )
    return Check(
        "status", Outcome.PASS, f"not on the issuer's revocation list fetched on {when}", "status.valid", _data(fetched_at, list=url)
    )
