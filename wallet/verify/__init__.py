"""Authenticity: ``verify(parsed, context) -> Report`` (DESIGN.md, How a credential flows, step 2).

Each format has one verifier, ``(parsed, ctx) -> FormatResult``, establishing ``format``,
``signature``, ``issuer-key``, ``validity-period``, ``status`` and (presentations) ``holder``. This
module adds what is common to all: ``issuer-trust`` from the trust store and ``eu-elements`` from the
learner-facing record. Nothing raises for a bad credential; only programming errors escape.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from wallet.errors import WalletError
from wallet.formats.base import Parsed
from wallet.model import CredentialRecord
from wallet.verify.context import VerifyContext
from wallet.verify.report import Check, IssuerInfo, Outcome, Report, Verdict

__all__ = ["Check", "FormatResult", "Outcome", "Report", "Verdict", "VerifyContext", "verify"]


@dataclass
class FormatResult:
    """What a format's verifier establishes; ``parts`` holds the reports of credentials inside a presentation."""

    checks: list[Check] = field(default_factory=list)
    issuer_id: str | None = None
    issuer_name: str | None = None
    parts: list[Report] = field(default_factory=list)


FormatVerifier = Callable[[Parsed, VerifyContext], FormatResult]

_VERIFIERS: dict[str, str] = {
    "vc-jsonld": "wallet.verify.vc_jsonld:verify_vc_jsonld",
    "vp-jsonld": "wallet.verify.vp_jsonld:verify_vp_jsonld",
    "vc-jwt": "wallet.verify.vc_jwt:verify_vc_jwt",
    "sd-jwt-vc": "wallet.verify.sd_jwt:verify_sd_jwt_vc",
    "openbadges-2": "wallet.verify.openbadges2:verify_openbadges2",
    "edc-jsonld": "wallet.verify.edc_jsonld:verify_edc_jsonld",
    "edc-xml": "wallet.verify.edc_xml:verify_edc_xml",
}


def _verifier(fmt: str) -> FormatVerifier | None:
    target = _VERIFIERS.get(fmt)
    if target is None:
        return None
    module, _, func = target.partition(":")
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None
    verifier: FormatVerifier = getattr(mod, func)
    return verifier


def verify(parsed: Parsed, ctx: VerifyContext, *, record: CredentialRecord | None = None) -> Report:
    """Run every check on ``parsed`` at ``ctx.at`` and return the report.

    ``record``, when the caller has already described the credential, saves describing it again
    for the ``eu-elements`` check.

    Raises nothing for a bad, tampered or hostile credential: every problem becomes a failed or
    skipped check.
    """
    verifier = _verifier(parsed.format)
    if verifier is None:
        result = FormatResult(
            checks=[Check("signature", Outcome.SKIP, f"verifying {parsed.format} is not supported", "signature.unsupported-format")]
        )
    else:
        try:
            result = verifier(parsed, ctx)
        except WalletError as exc:
            result = FormatResult(checks=[Check("format", Outcome.FAIL, f"cannot be verified: {exc}", exc.code)])
    checks = list(result.checks)
    issuer = IssuerInfo(result.issuer_id, result.issuer_name)
    own_trust = next((c for c in checks if c.id == "issuer-trust"), None)
    if own_trust is None:
        trust_check, issuer = _issuer_trust(issuer, ctx)
        checks.append(trust_check)
    elif own_trust.outcome is Outcome.PASS:
        # A format that judges trust itself (an EU trusted list behind a seal) names its source.
        source = own_trust.data.get("list") or own_trust.data.get("source") or "a trusted list"
        issuer = IssuerInfo(issuer.id, issuer.name, "trusted", str(source))
    if not any(c.id == "eu-elements" for c in checks) and parsed.format != "vp-jsonld":
        checks.append(eu_elements_check(parsed, record))
    return Report(format=parsed.format, checks=tuple(checks), checked_at=ctx.at, issuer=issuer, parts=tuple(result.parts))


def _issuer_trust(issuer: IssuerInfo, ctx: VerifyContext) -> tuple[Check, IssuerInfo]:
    if not issuer.id:
        return Check("issuer-trust", Outcome.WARN, "the credential names no issuer to look up", "trust.no-issuer"), issuer
    entry = ctx.trust.lookup(issuer.id)
    if entry is None:
        return (
            Check(
                "issuer-trust", Outcome.WARN, f"issuer {issuer.id} is in no trust list you accept", "trust.unknown", {"issuer": issuer.id}
            ),
            issuer,
        )
    name = entry.name or issuer.name
    return (
        Check(
            "issuer-trust",
            Outcome.PASS,
            f"issuer is listed in {entry.source}" + (f" as {entry.name}" if entry.name else ""),
            "trust.listed",
            {"source": entry.source},
        ),
        IssuerInfo(issuer.id, name, "trusted", entry.source),
    )


def eu_elements_check(parsed: Parsed, record: CredentialRecord | None = None) -> Check:
    """Which of the 11 mandatory EU elements the credential carries (``missing`` lists the others)."""
    from wallet.formats import describe

    if record is None:
        try:
            record = describe(parsed)
        except WalletError as exc:
            return Check("eu-elements", Outcome.SKIP, f"the credential's contents could not be read: {exc}", "eu.unreadable")
    missing = record.missing()
    found = 11 - len(missing)
    if not missing:
        return Check("eu-elements", Outcome.PASS, "all 11 mandatory EU elements are present", "eu.complete", {"missing": []})
    return Check(
        "eu-elements",
        Outcome.WARN,
        f"{found} of 11 mandatory EU elements present; missing: {', '.join(missing)}",
        "eu.partial",
        {"missing": missing},
    )
