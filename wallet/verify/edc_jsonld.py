"""Verifying European Digital Credentials in JSON-LD (ELM 3 / EDC 3), sealed with JAdES, and sealed
presentations of EDCs.

Checks established here (DESIGN.md, Verification report):

* ``format`` — the sealed payload is a VC Data Model 1.1 credential (or presentation) of EDC shape,
  and every ``@context`` it names is bundled (an unknown one is never fetched: the credential is
  then unverifiable, because its terms cannot be interpreted);
* ``signature`` — the JAdES seal (:mod:`wallet.verify.jades`), with the level found (B, T, LT, LTA);
* ``issuer-key`` — whether the seal certificate names the credential's issuer;
* ``validity-period`` — the credential's own dates, and the seal certificate valid when it sealed;
* ``status`` — ``credentialStatus``, through :func:`wallet.verify.status.check_status`;
* ``issuer-trust`` — the seal certificate against the EU trusted lists
  (:func:`wallet.verify.eutrust.assess_seal`), reported beside the verdict.

The EU trusted lists come from ``ctx.options[EU_TRUST_LISTS_OPTION]`` when given (tests, a learner's
own lists), else from :func:`wallet.verify.eutrust.default_lists`.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from wallet.errors import UnknownContext, VerificationError, WalletError
from wallet.formats.base import Parsed
from wallet.formats.edc_jades import JADES_EXTRA, KIND_EXTRA
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.eutrust import EU_TRUST_LISTS_OPTION, assess_seal
from wallet.verify.jades.jws import parse_jades_unverified
from wallet.verify.jades.signature import JadesVerified, verify_jades
from wallet.verify.jose import JoseError
from wallet.verify.report import Check, Outcome, Report
from wallet.verify.seal_validity import seal_validity_check
from wallet.verify.validity import validity_check
from wallet.verify.vc_jsonld import issuer_unverified, status_check, structure_problems

__all__ = ["COVERED_EXTRA", "EU_TRUST_LISTS_OPTION", "MAX_CREDENTIALS", "verify_edc_jsonld"]

COVERED_EXTRA = "edc_covered_by"
"""Key in :attr:`Parsed.extras` of a credential inside a sealed presentation: the presentation's
verified seal, which covers it."""
MAX_CREDENTIALS = 64

_ORG_ID = x509.ObjectIdentifier("2.5.4.97")  # organizationIdentifier (EN 319 412-1 §5.1.4)
_IDENTIFIER_KEYS = ("vatIdentifier", "eIDASIdentifier", "registration", "taxIdentifier", "legalIdentifier", "identifier")
# EN 319 412-1 §5.1.4: "VAT" / "NTR" / "PSD" / "LEI" + ISO 3166 country + "-" + the identifier.
_ORG_ID_PREFIX = re.compile(r"^(?:VAT|NTR|PSD|LEI)[A-Z]{2}-")


@dataclass(frozen=True)
class _Seal:
    verified: JadesVerified

    @property
    def certificate(self) -> x509.Certificate:
        return self.verified.certificate


# --- small readers ------------------------------------------------------------------------------


def _types(doc: Mapping[str, Any]) -> list[Any]:
    value = doc.get("type")
    return value if isinstance(value, list) else [value]


def _strings(value: Any, limit: int = 32) -> list[str]:
    """Every string in a value, a language map or a list of either (bounded)."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:limit]:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            out += [v for v in list(item.values())[:limit] if isinstance(v, str)]
    return out


def _norm_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _norm_id(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).upper())


def _cert_values(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> list[str]:
    return [a.value for a in cert.subject.get_attributes_for_oid(oid) if isinstance(a.value, str)]


def _issuer_name_unverified(doc: Mapping[str, Any]) -> str | None:
    """The issuer's legal name as the credential states it (English first), unauthenticated."""
    issuer = doc.get("issuer")
    if not isinstance(issuer, dict):
        return None
    names = issuer.get("legalName")
    if isinstance(names, dict):
        value = names.get("en") or next((v for v in names.values() if isinstance(v, str)), None)
        return value[:256] if isinstance(value, str) else None
    return names[:256] if isinstance(names, str) else None


# --- checks -------------------------------------------------------------------------------------


def _context_check(doc: Mapping[str, Any], ctx: VerifyContext) -> Check | None:
    contexts = doc.get("@context")
    for url in contexts if isinstance(contexts, list) else [contexts]:
        if not isinstance(url, str):
            continue
        try:
            ctx.loader.load(url)
        except UnknownContext:
            return Check(
                "format",
                Outcome.SKIP,
                f"uses the JSON-LD context {url[:200]}, which Satchel does not have; it was not fetched, so what the credential says "
                "cannot be interpreted",
                "format.unknown-context",
                {"url": url[:200]},
            )
    return None


def format_check(doc: Mapping[str, Any], kind: str, ctx: VerifyContext) -> Check:
    """``format``: the VC Data Model 1.1 structure (VCDM §4) with EDC typing, and bundled contexts."""
    problems = structure_problems(doc, "VerifiablePresentation" if kind == "presentation" else "VerifiableCredential")
    if kind == "credential" and "EuropeanDigitalCredential" not in _types(doc):
        # ELM 3: every EDC is typed EuropeanDigitalCredential beside VerifiableCredential.
        problems.append("type does not include EuropeanDigitalCredential")
    if problems:
        return Check("format", Outcome.FAIL, "; ".join(problems), "format.structure", {"problems": problems})
    unknown = _context_check(doc, ctx)
    if unknown is not None:
        return unknown
    what = "a presentation of European Digital Credentials" if kind == "presentation" else "a European Digital Credential"
    return Check("format", Outcome.PASS, f"{what} (JSON-LD)", "format.ok")


def signature_check(sig: JadesVerified) -> Check:
    """``signature`` pass for a verified seal: level, algorithm, times and time-stamp authorities."""
    stamps = [t.to_json() for t in sig.timestamps]
    detail = f"JAdES seal ({sig.alg}) verified at level {sig.level}"
    ts = sig.signature_timestamp
    if ts is not None:
        tsa = next(t.tsa for t in sig.timestamps if t.kind == "sigTst")
        detail += f"; the signature was time-stamped at {ts.isoformat()} by {tsa}"
    else:
        detail += f"; claimed signing time {sig.claimed_signing_time.isoformat()} (not time-stamped)"
    if sig.revocation_values:
        detail += f"; {sig.revocation_values} revocation value(s) carried, not evaluated offline"
    if sig.notes:
        detail += "; " + "; ".join(sig.notes)
    return Check(
        "signature",
        Outcome.PASS,
        detail,
        "signature.verified",
        {
            "suite": "JAdES",
            "level": sig.level,
            "alg": sig.alg,
            "claimed_signing_time": sig.claimed_signing_time.isoformat(),
            "signing_time": sig.signing_time.isoformat(),
            "timestamps": stamps,
        },
    )


def _issuer_identifiers_unverified(issuer: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    names = _strings(issuer.get("legalName")) + _strings(issuer.get("altLabel")) + _strings(issuer.get("name"))
    ids: list[str] = []
    for key in _IDENTIFIER_KEYS:
        items = issuer.get(key)
        for item in (items if isinstance(items, list) else [items])[:16]:
            if isinstance(item, dict) and isinstance(item.get("notation"), str):
                ids.append(item["notation"])
            elif isinstance(item, str) and key != "identifier":
                ids.append(item)
    return names, ids


def issuer_key_check(doc: Mapping[str, Any], seal: _Seal, kind: str, context_unknown: bool) -> Check:
    """``issuer-key``: the seal certificate against the issuer the credential names.

    The seal key is bound to its certificate by ``x5c`` and ``x5t#S256`` (checked by ``signature``).
    Whether that certificate belongs to the credential's issuer is compared on the organisation
    identifier (EN 319 412-1 §5.1.4) and the legal name. A mismatch is *not* a failure: EDCs are
    sealed by whoever holds the qualified seal (the issuer, or a body issuing by mandate — ELM 3
    records that as the credential's Evidence), so the mismatch is noted for the learner and the
    seal holder's standing is reported under ``issuer-trust``.
    """
    cert = seal.certificate
    subject = cert.subject.rfc4514_string()[:256]
    if context_unknown:
        return Check(
            "issuer-key",
            Outcome.SKIP,
            "the credential's terms cannot be interpreted without its context, so its issuer cannot be compared with the seal",
            "issuer-key.unknown-context",
            {"certificate_subject": subject},
        )
    if kind == "presentation":
        holder = doc.get("holder")
        holder_id = holder.get("id") if isinstance(holder, dict) else holder
        return Check(
            "issuer-key",
            Outcome.PASS,
            f"the presentation is sealed by {subject}" + (f"; it names the holder {str(holder_id)[:200]}" if holder_id else ""),
            "issuer-key.sealed-presentation",
            {"certificate_subject": subject},
        )
    issuer = doc.get("issuer")
    issuer_map = issuer if isinstance(issuer, dict) else {}
    issuer_id, _ = issuer_unverified(doc)
    names, ids = _issuer_identifiers_unverified(issuer_map)
    cert_ids = _cert_values(cert, _ORG_ID)
    cert_names = _cert_values(cert, x509.NameOID.ORGANIZATION_NAME) + _cert_values(cert, x509.NameOID.COMMON_NAME)
    wanted_ids = {_norm_id(i) for i in ids if _norm_id(i)}
    matched: str | None = None
    for value in cert_ids:
        bare = _ORG_ID_PREFIX.sub("", value.upper())
        if _norm_id(value) in wanted_ids or _norm_id(bare) in wanted_ids:
            matched = "organisation identifier"
    wanted_names = {_norm_name(n) for n in names if _norm_name(n)}
    if matched is None and any(_norm_name(n) in wanted_names for n in cert_names):
        matched = "legal name"
    data = {"certificate_subject": subject, "issuer": issuer_id, "match": matched is not None}
    if matched:
        return Check(
            "issuer-key",
            Outcome.PASS,
            f"sealed with the certificate of {subject}, whose {matched} is the issuer's",
            "issuer-key.seal-match",
            {**data, "matched_on": matched},
        )
    # Not a failure: EDC issuers may seal through a mandated body, so the seal itself may be sound.
    # But nothing ties this key to the issuer the credential names, so the check cannot pass and the
    # verdict stays unverifiable (as for legacy XML credentials).
    return Check(
        "issuer-key",
        Outcome.WARN,
        f"sealed with the certificate of {subject}, which does not name the issuer {names[0] if names else issuer_id}; "
        "the seal may have been applied on the issuer's behalf, but this cannot be checked",
        "issuer-key.seal-other-name",
        data,
    )


def _credential_dates(doc: Mapping[str, Any], ctx: VerifyContext) -> Check:
    # ELM 3 carries both VCDM 1.1 (issuanceDate/expirationDate) and validFrom/validUntil; each pair must hold.
    first = validity_check(ctx.at, doc.get("validFrom"), doc.get("validUntil"))
    if first.outcome is Outcome.FAIL:
        return first
    second = validity_check(ctx.at, doc.get("issuanceDate"), doc.get("expirationDate"), names=("issuanceDate", "expirationDate"))
    if second.outcome is Outcome.FAIL:
        return second
    return first if "valid_until" in first.data else second


def validity_period_check(doc: Mapping[str, Any], seal: _Seal, ctx: VerifyContext, kind: str) -> Check:
    """``validity-period``: the credential's dates at ``ctx.at`` and the seal certificate at signing time,
    by :func:`wallet.verify.seal_validity.seal_validity_check` (a presentation has no dates of its own)."""
    own = _credential_dates(doc, ctx) if kind == "credential" else Check("validity-period", Outcome.PASS, "", "validity.no-expiry")
    cert = seal.certificate
    sig = seal.verified
    return seal_validity_check(
        own,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        signing_time=sig.signing_time,
        timestamped=sig.signature_timestamp is not None,
        at=ctx.at,
        claimed_signing_time=sig.claimed_signing_time,
    )


def issuer_trust_check(seal: _Seal, ctx: VerifyContext) -> Check:
    """``issuer-trust`` from the EU trusted lists: qualified → pass, advanced → pass (noted), else warn."""
    lists = ctx.options.get(EU_TRUST_LISTS_OPTION)
    try:
        assessment = assess_seal(seal.verified.chain, signing_time=seal.verified.signing_time, now=ctx.at, lists=lists)
    except WalletError as exc:
        return Check("issuer-trust", Outcome.WARN, f"the EU trusted lists could not be read: {exc}", "trust.eu-unavailable")
    except ValueError as exc:
        # A CA certificate the seal carries may have extensions the X.509 parser refuses; trust then
        # cannot be established, which is a warning beside the verdict, never a crash.
        return Check("issuer-trust", Outcome.WARN, f"the seal's certificate chain cannot be assessed: {exc}", "trust.eu-unreadable-chain")
    data = assessment.to_data()
    issued = f" (list issued {data['list_issued']})" if data.get("list_issued") else ""
    if assessment.level == "qualified":
        return Check(
            "issuer-trust",
            Outcome.PASS,
            f"qualified seal of {assessment.subject}, backed by {assessment.anchor} in {assessment.list_name}{issued}",
            "trust.eu-qualified",
            data,
        )
    if assessment.level == "advanced":
        return Check(
            "issuer-trust",
            Outcome.PASS,
            f"advanced (not qualified) seal of {assessment.subject}, backed by {assessment.anchor} in {assessment.list_name}{issued}",
            "trust.eu-advanced",
            data,
        )
    why = "; ".join(assessment.problems) or assessment.detail
    return Check(
        "issuer-trust",
        Outcome.WARN,
        f"the seal of {assessment.subject} is not backed by an EU trusted list: {why}",
        "trust.eu-untrusted",
        data,
    )


# --- presentations ------------------------------------------------------------------------------


def _inner_reports(vp: Mapping[str, Any], seal: _Seal, ctx: VerifyContext) -> list[Report]:
    from wallet.formats import read_json, read_text
    from wallet.verify import verify

    value = vp.get("verifiableCredential")
    items = [] if value is None else value if isinstance(value, list) else [value]
    reports: list[Report] = []
    for item in items[:MAX_CREDENTIALS]:
        try:
            if isinstance(item, str):
                parsed = read_text(item.strip(), item.encode("utf-8"), None, "jwt")
            elif isinstance(item, dict) and "payload" in item:
                raw = json.dumps(item, ensure_ascii=False).encode("utf-8")
                parsed = read_json(item, raw, raw, None, "json")
            elif isinstance(item, dict):
                raw = json.dumps(item, ensure_ascii=False).encode("utf-8")
                parsed = read_json(item, raw, raw, None, "json")
                if parsed.format == "edc-jsonld":
                    # An unsealed EDC inside a sealed presentation: the presentation's seal covers its bytes.
                    parsed = dataclasses.replace(parsed, extras={COVERED_EXTRA: seal})
            else:
                raise VerificationError("a verifiableCredential entry is neither an object nor a token", reason="bad-credential")
            if "VerifiablePresentation" in _types(parsed.document):
                # VCDM §4.13 puts credentials, not presentations, in a presentation; refusing nesting
                # also bounds the work a hostile file can ask for.
                raise VerificationError("a presentation inside a presentation is not accepted", reason="nested-presentation")
        except WalletError as exc:
            reports.append(
                Report(
                    format="edc-jsonld",
                    checks=(Check("format", Outcome.FAIL, f"the embedded credential cannot be read: {exc}", exc.code),),
                    checked_at=ctx.at,
                )
            )
            continue
        reports.append(verify(parsed, ctx))
    return reports


# --- entry point --------------------------------------------------------------------------------


def _unsealed(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    doc = parsed.document
    if "proof" in doc:
        # An EDC secured with a Data Integrity proof instead of a seal: the JSON-LD VC verifier applies.
        from wallet.verify.vc_jsonld import verify_vc_jsonld

        return verify_vc_jsonld(parsed, ctx)
    issuer_id, issuer_name = issuer_unverified(doc)
    kind = "presentation" if "VerifiablePresentation" in _types(doc) else "credential"
    checks = [
        format_check(doc, kind, ctx),
        Check("signature", Outcome.SKIP, "the credential is not sealed", "signature.no-proof"),
        Check("issuer-key", Outcome.SKIP, "no seal to tie to the issuer", "issuer-key.unchecked"),
        _credential_dates(doc, ctx),
        status_check(doc, ctx),
    ]
    return FormatResult(checks, issuer_id, issuer_name)


def _checks_for(doc: dict[str, Any], kind: str, seal: _Seal, ctx: VerifyContext, covered: bool) -> list[Check]:
    # 1. Format and contexts.
    fmt = format_check(doc, kind, ctx)
    checks = [fmt]
    # 2. The seal (already verified by the caller).
    sig = signature_check(seal.verified)
    if covered:
        sig = Check("signature", Outcome.PASS, f"covered by the presentation's seal: {sig.detail}", "signature.covered", sig.data)
    checks.append(sig)
    # 3-6. Issuer key, validity (credential and certificate), status, trust.
    checks.append(issuer_key_check(doc, seal, kind, fmt.code == "format.unknown-context"))
    checks.append(validity_period_check(doc, seal, ctx, kind))
    if kind == "credential":
        checks.append(status_check(doc, ctx))
    checks.append(issuer_trust_check(seal, ctx))
    return checks


def verify_edc_jsonld(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Verify an EDC (or a presentation of EDCs): every check of the module docstring.

    A presentation's credentials are verified one by one into ``FormatResult.parts``. Raises
    nothing for a bad credential: a seal that does not verify fails ``signature``.
    """
    doc = parsed.document
    covered = parsed.extras.get(COVERED_EXTRA)
    raw = parsed.extras.get(JADES_EXTRA)
    if not isinstance(raw, dict) and not isinstance(covered, _Seal):
        return _unsealed(parsed, ctx)
    kind = str(parsed.extras.get(KIND_EXTRA, "credential"))
    if kind == "credential" and "VerifiablePresentation" in _types(doc):
        kind = "presentation"
    issuer_id, issuer_name = issuer_unverified(doc)
    issuer_name = issuer_name or _issuer_name_unverified(doc)
    if kind == "presentation":
        holder = doc.get("holder")
        issuer_id = holder if isinstance(holder, str) else holder.get("id") if isinstance(holder, dict) else None
        issuer_name = None
    if isinstance(covered, _Seal):
        return FormatResult(_checks_for(doc, kind, covered, ctx, covered=True), issuer_id, issuer_name)
    # 1. The seal: split, then verify every signature (TS 119 182-1; wallet.verify.jades).
    assert isinstance(raw, dict)
    try:
        sigs = verify_jades(parse_jades_unverified(raw))
    except JoseError as exc:
        checks = [
            format_check(doc, kind, ctx),
            Check(
                "signature",
                Outcome.FAIL,
                f"the JAdES seal does not verify: {exc}",
                "signature.invalid",
                {"suite": "JAdES", "reason": exc.fields.get("reason")},
            ),
            Check("issuer-key", Outcome.SKIP, "no verified seal to tie to the issuer", "issuer-key.unchecked"),
        ]
        if kind == "credential":
            checks.append(_credential_dates(doc, ctx))
        return FormatResult(checks, issuer_id, issuer_name)
    seal = _Seal(sigs[0])
    checks = _checks_for(doc, kind, seal, ctx, covered=False)
    parts: list[Report] = []
    if kind == "presentation":
        parts = _inner_reports(doc, seal, ctx)
        # A presentation's EU elements are its credentials'; each part reports its own.
        checks.append(Check("eu-elements", Outcome.SKIP, "a presentation: each credential reports its own EU elements", "eu.presentation"))
    return FormatResult(checks, issuer_id, issuer_name, parts)
