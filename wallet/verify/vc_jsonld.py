"""Verifying a JSON-LD Verifiable Credential (VCDM 1.1 and 2.0; Open Badges 3.0, CLR 2.0) secured
with Data Integrity proofs: ``format``, ``signature``, ``issuer-key``, ``validity-period``, ``status``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from wallet.errors import KeyResolutionError, MalformedInput, ProcessingLimit, UnknownContext, WalletError
from wallet.formats.base import Parsed
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.dataintegrity import ProofResult, UnsupportedSuite, method_authorised, verify_proofs
from wallet.verify.jsonld.safemode import UnsafeJsonLd
from wallet.verify.report import Check, Outcome
from wallet.verify.validity import validity_check

VCDM_V1 = "https://www.w3.org/2018/credentials/v1"
VCDM_V2 = "https://www.w3.org/ns/credentials/v2"


def issuer_unverified(doc: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The issuer's id and name as the credential states them (not yet authenticated)."""
    issuer = doc.get("issuer")
    if isinstance(issuer, str):
        return issuer, None
    if isinstance(issuer, dict):
        ident = issuer.get("id")
        name = issuer.get("name")
        if isinstance(name, dict):  # a language map or value object
            name = name.get("@value") or next((v for v in name.values() if isinstance(v, str)), None)
        elif isinstance(name, list):
            name = next((n.get("@value") if isinstance(n, dict) else n for n in name), None)
        return (ident if isinstance(ident, str) else None), (str(name)[:256] if isinstance(name, str) else None)
    return None, None


def structure_problems(doc: Mapping[str, Any], kind: str = "VerifiableCredential") -> list[str]:
    """What the VC Data Model requires and ``doc`` lacks (VCDM 2.0 §4.3 contexts, §4.5 types, §4.7 issuer,
    §4.8 credentialSubject); empty when the structure is right."""
    problems: list[str] = []
    contexts = doc.get("@context")
    first = contexts[0] if isinstance(contexts, list) and contexts else contexts
    if first not in (VCDM_V1, VCDM_V2):
        problems.append("the first @context is not the VC Data Model 1.1 or 2.0 context")
    types = doc.get("type")
    types = types if isinstance(types, list) else [types]
    if kind not in types:
        problems.append(f"type does not include {kind}")
    if kind == "VerifiableCredential":
        ident, _ = issuer_unverified(doc)
        if not ident:
            problems.append("no issuer id")
        subject = doc.get("credentialSubject")
        if not isinstance(subject, dict | list) or not subject:
            problems.append("no credentialSubject")
        if first == VCDM_V1 and "issuanceDate" not in doc:
            problems.append("VCDM 1.1 requires issuanceDate")
    ident = doc.get("id")
    if ident is not None and (not isinstance(ident, str) or ":" not in ident):
        problems.append("id is not a URL")
    return problems


def _why(error: WalletError | None) -> str:
    return str(error) if error is not None else "not verified"


def signature_check(results: list[ProofResult]) -> Check:
    """``fail`` if any proof is wrong; ``pass`` if at least one verified and the rest are only of
    suites not supported here; ``skip`` (unverifiable) otherwise."""
    if not results:
        return Check("signature", Outcome.SKIP, "the credential has no proof", "signature.no-proof")
    failed = [r for r in results if r.failed]
    if failed:
        r = failed[0]
        code = "signature.unsafe-jsonld" if isinstance(r.error, UnsafeJsonLd) else "signature.invalid"
        return Check("signature", Outcome.FAIL, f"{r.suite} proof: {_why(r.error)}", code, {"suite": r.suite})
    verified = [r for r in results if r.verified]
    unchecked = [r for r in results if not r.verified]
    if verified and all(isinstance(r.error, UnsupportedSuite) for r in unchecked):
        suites = ", ".join(r.suite for r in verified)
        extra = f"; not checked: {', '.join(r.suite for r in unchecked)}" if unchecked else ""
        return Check(
            "signature", Outcome.PASS, f"{suites} proof verified{extra}", "signature.verified", {"suites": [r.suite for r in verified]}
        )
    r = (
        next(r for r in unchecked if not isinstance(r.error, UnsupportedSuite))
        if any(not isinstance(r.error, UnsupportedSuite) for r in unchecked)
        else unchecked[0]
    )
    codes: dict[type[WalletError], str] = {
        UnsupportedSuite: "signature.unsupported-suite",
        KeyResolutionError: "signature.key-unresolved",
        UnknownContext: "signature.unknown-context",
        ProcessingLimit: "signature.limit",
    }
    key = next((codes[t] for t in codes if isinstance(r.error, t)), "signature.unchecked")
    return Check("signature", Outcome.SKIP, f"{r.suite} proof could not be checked: {_why(r.error)}", key, {"suite": r.suite})


def issuer_key_check(results: list[ProofResult], issuer_id: str | None, purpose: str = "assertionMethod", who: str = "issuer") -> Check:
    """Whether a verified proof was made with a key its ``who`` controls and may use for ``purpose``."""
    verified = [r for r in results if r.verified and r.method is not None]
    if not verified:
        return Check("issuer-key", Outcome.SKIP, f"no verified proof to tie to the {who}", "issuer-key.unchecked")
    if not issuer_id:
        return Check("issuer-key", Outcome.FAIL, f"the document names no {who}", "issuer-key.no-issuer")
    for r in verified:
        assert r.method is not None
        if r.method.controller == issuer_id:
            if not method_authorised(r.method, purpose):
                return Check(
                    "issuer-key",
                    Outcome.FAIL,
                    f"key {r.method.id} is not listed for {purpose} by {issuer_id}",
                    "issuer-key.not-authorised",
                    {"method": r.method.id},
                )
            return Check(
                "issuer-key",
                Outcome.PASS,
                f"signed with {r.method.id}, a key of the {who}",
                "issuer-key.match",
                {"method": r.method.id, "source": r.method.source},
            )
    other = verified[0].method
    assert other is not None
    return Check(
        "issuer-key",
        Outcome.FAIL,
        f"signed by {other.controller}, not by the {who} {issuer_id}",
        "issuer-key.mismatch",
        {"controller": other.controller, "issuer": issuer_id},
    )


def validity_period_check(doc: Mapping[str, Any], ctx: VerifyContext) -> Check:
    """VCDM 2.0 validFrom/validUntil (§4.9), or VCDM 1.1 issuanceDate/expirationDate."""
    if "validFrom" in doc or "validUntil" in doc:
        return validity_check(ctx.at, doc.get("validFrom"), doc.get("validUntil"))
    return validity_check(ctx.at, doc.get("issuanceDate"), doc.get("expirationDate"), names=("issuanceDate", "expirationDate"))


def status_check(doc: dict[str, Any], ctx: VerifyContext) -> Check:
    """The ``status`` check from ``wallet.verify.status`` (imported lazily); ``skip`` if it is absent."""
    try:
        module = importlib.import_module("wallet.verify.status")
    except ModuleNotFoundError as exc:
        if exc.name != "wallet.verify.status":
            raise
        return Check("status", Outcome.SKIP, "status lists cannot be checked in this version", "status.unsupported")
    check: Check = module.check_status(doc, ctx)
    return check


def safe_mode_check(results: list[ProofResult], doc: dict[str, Any], ctx: VerifyContext) -> Check | None:
    """A failed or skipped ``format`` check from JSON-LD processing, or ``None`` when it was clean.

    When no proof needed RDF canonicalisation (none, or JCS only), the document is expanded here so
    that dropped terms are still reported.
    """
    for r in results:
        if isinstance(r.error, UnsafeJsonLd):
            return _unsafe(r.error)
        if isinstance(r.error, UnknownContext):
            return _unknown(r.error)
    if any(r.verified and r.suite.startswith(("eddsa-rdfc", "ecdsa-rdfc", "Ed25519Signature2020")) for r in results):
        return None
    from wallet.verify.jsonld.canon import JsonLdFailure, _Deadline, to_dataset

    unsecured = {k: v for k, v in doc.items() if k != "proof"}
    try:
        to_dataset(unsecured, ctx.loader, deadline=_Deadline(ctx.time_limit))
    except UnsafeJsonLd as exc:
        return _unsafe(exc)
    except UnknownContext as exc:
        return _unknown(exc)
    except (ProcessingLimit, JsonLdFailure) as exc:
        return Check("format", Outcome.FAIL, f"not processable as JSON-LD: {exc}", exc.code)
    return None


def _unsafe(exc: UnsafeJsonLd) -> Check:
    return Check("format", Outcome.FAIL, str(exc), "format.jsonld-dropped-terms", {"terms": exc.terms})


def _unknown(exc: UnknownContext) -> Check:
    url = exc.fields.get("url", "")
    return Check(
        "format",
        Outcome.SKIP,
        f"uses the JSON-LD context {url}, which Satchel does not have; it was not fetched, so the credential cannot be checked",
        "format.unknown-context",
        {"url": url},
    )


def verify_vc_jsonld(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Verify a JSON-LD credential: every check of DESIGN.md's report except trust and EU elements.

    Raises nothing for a bad credential; a malformed ``proof`` becomes a failed ``format`` check.
    """
    doc = parsed.document
    issuer_id, issuer_name = issuer_unverified(doc)
    checks: list[Check] = []
    # 1. Structure (VCDM 2.0 §4): contexts, type, issuer, subject.
    problems = structure_problems(doc)
    # 2. Proofs (VC-DI §4.6): each verified over its own canonical form.
    try:
        results = verify_proofs(doc, ctx, purpose="assertionMethod")
    except MalformedInput as exc:
        return FormatResult([Check("format", Outcome.FAIL, f"malformed proof: {exc}", exc.code)], issuer_id, issuer_name)
    # 3. JSON-LD safe mode and unknown contexts decide the format check.
    jsonld_check = safe_mode_check(results, doc, ctx)
    if problems:
        checks.append(Check("format", Outcome.FAIL, "; ".join(problems), "format.structure", {"problems": problems}))
    elif jsonld_check is not None:
        checks.append(jsonld_check)
    else:
        checks.append(Check("format", Outcome.PASS, "a well-formed JSON-LD verifiable credential", "format.ok"))
    # 4. signature, issuer-key, validity-period, status.
    checks.append(signature_check(results))
    checks.append(issuer_key_check(results, issuer_id))
    checks.append(validity_period_check(doc, ctx))
    checks.append(status_check(doc, ctx))
    return FormatResult(checks, issuer_id, issuer_name)
