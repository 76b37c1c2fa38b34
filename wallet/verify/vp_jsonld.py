"""Verifying a JSON-LD Verifiable Presentation (VCDM 2.0 §4.13): the holder's proof and each
credential inside it.

The presentation's own report carries ``format``, ``signature`` and ``issuer-key`` for the holder's
proof (the key must be the holder's, for ``authentication``), and ``holder``: the proof verified, its
``challenge``/``domain`` equal ``ctx.options["challenge"]``/``["domain"]`` when given, and the holder
is the subject of every credential that names a subject id. Each credential is verified on its own
through :func:`wallet.verify.verify` into ``FormatResult.parts``.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from wallet.errors import MalformedInput, WalletError
from wallet.formats.base import Parsed
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.dataintegrity import ProofResult, verify_proofs
from wallet.verify.report import Check, Outcome, Report
from wallet.verify.vc_jsonld import issuer_key_check, safe_mode_check, signature_check, structure_problems

MAX_CREDENTIALS = 64


def holder_unverified(vp: Mapping[str, Any]) -> str | None:
    """The holder the presentation states (not yet authenticated)."""
    holder = vp.get("holder")
    if isinstance(holder, dict):
        holder = holder.get("id")
    return holder if isinstance(holder, str) else None


def _subject_ids(vc: Mapping[str, Any]) -> list[str]:
    subjects = vc.get("credentialSubject")
    items = subjects if isinstance(subjects, list) else [subjects]
    return [s["id"] for s in items if isinstance(s, dict) and isinstance(s.get("id"), str)]


def _credential_payloads(vp: Mapping[str, Any]) -> list[tuple[Any, str]]:
    """Each embedded credential as (JSON object or compact token, kind); enveloped ones decoded."""
    value = vp.get("verifiableCredential")
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    if len(items) > MAX_CREDENTIALS:
        raise MalformedInput(f"more than {MAX_CREDENTIALS} credentials", reason="too-many")
    out: list[tuple[Any, str]] = []
    for item in items:
        if isinstance(item, str):
            out.append((item, "token"))
        elif isinstance(item, dict) and "EnvelopedVerifiableCredential" in _types(item):
            out.append((_data_url_body(item.get("id")), "token"))
        elif isinstance(item, dict):
            out.append((item, "json"))
        else:
            raise MalformedInput("a verifiableCredential entry is neither an object nor a token", reason="bad-credential")
    return out


def _types(doc: Mapping[str, Any]) -> list[Any]:
    value = doc.get("type")
    return value if isinstance(value, list) else [value]


def _data_url_body(url: object) -> str:
    # VC-JOSE-COSE §3.2 / VCDM 2.0 §4.13.1: id = "data:application/vc+jwt,<token>" (or vc+sd-jwt).
    if not isinstance(url, str) or not url.startswith("data:") or "," not in url:
        raise MalformedInput("an enveloped credential's id is not a data: URL", reason="bad-envelope")
    header, _, body = url.partition(",")
    if header.endswith(";base64"):
        raise MalformedInput("base64 data: URLs are not used for enveloped credentials", reason="bad-envelope")
    return urllib.parse.unquote(body)


def _verify_part(payload: Any, kind: str, ctx: VerifyContext) -> Report:
    from wallet.formats import read_json, read_text
    from wallet.verify import verify

    try:
        if kind == "json":
            raw = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            parsed = read_json(payload, raw, raw, None, "json")
        else:
            parsed = read_text(str(payload).strip(), str(payload).encode("utf-8"), None, "jwt")
    except WalletError as exc:
        return Report(
            format="vc-jsonld" if kind == "json" else "vc-jwt",
            checks=(Check("format", Outcome.FAIL, f"the embedded credential cannot be read: {exc}", exc.code),),
            checked_at=ctx.at,
        )
    return verify(parsed, ctx)


def holder_check(vp: Mapping[str, Any], results: list[ProofResult], holder: str | None, subjects: list[str], ctx: VerifyContext) -> Check:
    """The ``holder`` check: proof verified, challenge and domain, holder is every named subject."""
    if not results:
        return Check("holder", Outcome.SKIP, "the presentation is not signed by its holder", "holder.unsigned")
    verified = [r for r in results if r.verified]
    if not verified:
        failed = next((r for r in results if r.failed), None)
        if failed is not None:
            return Check("holder", Outcome.FAIL, f"the holder's proof does not verify: {failed.error}", "holder.bad-proof")
        return Check("holder", Outcome.SKIP, f"the holder's proof could not be checked: {results[0].error}", "holder.unchecked")
    if holder is None:
        return Check("holder", Outcome.FAIL, "the presentation names no holder", "holder.none")
    others = sorted({s for s in subjects if s != holder})
    if others:
        return Check(
            "holder",
            Outcome.FAIL,
            f"the holder {holder} is not the subject {', '.join(others)}",
            "holder.not-subject",
            {"subjects": others},
        )
    asked = [n for n in ("challenge", "domain") if ctx.options.get(n) is not None]
    detail = "the holder's proof verified" + (f" with the expected {' and '.join(asked)}" if asked else "")
    if not asked:
        detail += " (no challenge was asked: the presentation could be a replay)"
    return Check("holder", Outcome.PASS, detail, "holder.ok", {"holder": holder})


def verify_vp_jsonld(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Verify a JSON-LD presentation and each credential inside it (reports in ``parts``).

    ``ctx.options`` may carry ``challenge`` and ``domain``, which the holder's proof must repeat.
    Raises nothing for a bad presentation: a malformed one fails ``format``.
    """
    vp = parsed.document
    holder = holder_unverified(vp)
    checks: list[Check] = []
    # 1. Structure (VCDM 2.0 §4.13): context and type VerifiablePresentation.
    problems = structure_problems(vp, kind="VerifiablePresentation")
    # 2. The credentials inside, each verified on its own.
    try:
        payloads = _credential_payloads(vp)
        results = verify_proofs(vp, ctx, purpose="authentication")
    except MalformedInput as exc:
        return FormatResult([Check("format", Outcome.FAIL, f"malformed presentation: {exc}", exc.code)], holder)
    # The challenge and domain are the presentation's; the credentials inside never carry them.
    inner = replace(ctx, options={k: v for k, v in ctx.options.items() if k not in ("challenge", "domain")})
    parts = [_verify_part(payload, kind, inner) for payload, kind in payloads]
    subjects = [s for payload, kind in payloads if kind == "json" for s in _subject_ids(payload)]
    # 3. JSON-LD safety of the presentation itself (each credential reports its own).
    jsonld_check = safe_mode_check(results, {k: v for k, v in vp.items() if k != "verifiableCredential"}, ctx)
    if problems:
        checks.append(Check("format", Outcome.FAIL, "; ".join(problems), "format.structure", {"problems": problems}))
    elif jsonld_check is not None:
        checks.append(jsonld_check)
    else:
        checks.append(Check("format", Outcome.PASS, f"a JSON-LD presentation of {len(parts)} credential(s)", "format.ok"))
    # 4. The holder's proof: signature, key of the holder (authentication), holder binding.
    if results:
        checks.append(signature_check(results))
        checks.append(issuer_key_check(results, holder, purpose="authentication", who="holder"))
    else:
        checks.append(Check("signature", Outcome.SKIP, "the presentation is not signed", "signature.no-proof"))
    checks.append(holder_check(vp, results, holder, subjects, ctx))
    return FormatResult(checks, holder, None, parts)
