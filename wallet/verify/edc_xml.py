"""Verifying Europass (EDCI 1.x/2.x) XML credentials and presentations sealed with enveloped XAdES.

Checks, in order:

1. ``format`` — the document parses with the hardened parser and is a Europass XML document;
2. ``signature`` — the enveloped XAdES seal verifies over exactly the document as read
   (:func:`wallet.verify.xades.verify_enveloped_xades`; signature wrapping is refused); the detail
   names the signing time and the baseline level found (EN 319 132-1 §6: B, T, LT, LTA), and a
   signature time-stamp is checked (RFC 3161 imprint over ``ds:SignatureValue``, TSA signature);
3. ``issuer-key`` — the seal certificate is the one the signed properties name
   (SigningCertificate(V2), EN 319 132-1 §5.2.2) and its key usage allows signing (RFC 5280
   §4.2.1.3); its organisation is compared with the credential's issuer and awarding body;
4. ``validity-period`` — the credential's own validFrom/validUntil (issuanceDate/expirationDate in
   EDCI 1.0), and the seal certificate at the signing time
   (:func:`wallet.verify.seal_validity.seal_validity_check`);
5. ``status`` — skipped: Europass XML carries no status list;
6. ``issuer-trust`` — :func:`wallet.verify.eutrust.assess_seal` over the certificate chain.

The EU trusted lists come from ``ctx.options["eutrust.lists"]`` when given (tests, a caller's own
lists), else from :func:`wallet.verify.eutrust.default_lists`.
"""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from lxml import etree

from wallet.errors import InputError, WalletError
from wallet.formats.base import MAX_INPUT_BYTES, Parsed
from wallet.formats.edc_xml import credential_tree_unverified
from wallet.formats.xmlsafe import parse_xml
from wallet.model import CredentialRecord, text_in
from wallet.verify import FormatResult
from wallet.verify.context import VerifyContext
from wallet.verify.report import Check, Outcome
from wallet.verify.seal_validity import seal_validity_check
from wallet.verify.validity import validity_check
from wallet.verify.xades import SignatureTimeStamp, XadesFailure, XadesResult, signature_timestamp, verify_enveloped_xades

__all__ = ["EU_TRUST_LISTS_OPTION", "verify_edc_xml"]

from wallet.verify.eutrust import EU_TRUST_LISTS_OPTION

"""Key in :attr:`VerifyContext.options` for an :class:`wallet.verify.eutrust.EuTrustLists` to use."""
ORG_ID = x509.ObjectIdentifier("2.5.4.97")


def _ln(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _first(root: etree._Element, name: str) -> etree._Element | None:
    return next((e for e in root.iter() if _ln(e) == name), None)


def _record(parsed: Parsed) -> CredentialRecord | None:
    from wallet.formats.describe_edc_xml import describe_edc_xml

    try:
        return describe_edc_xml(parsed)
    except (InputError, KeyError, TypeError, ValueError, AttributeError):
        return None


def verify_edc_xml(parsed: Parsed, ctx: VerifyContext) -> FormatResult:
    """Run checks 1-6 of the module docstring. Never raises for a bad or hostile document."""
    result = FormatResult()
    checks = result.checks
    # 1. Format.
    try:
        root = parse_xml(parsed.payload, max_bytes=MAX_INPUT_BYTES)
    except InputError as exc:
        checks.append(Check("format", Outcome.FAIL, f"not readable XML: {exc}", exc.code))
        return result
    kind = str(parsed.document.get("kind", "credential"))
    checks.append(Check("format", Outcome.PASS, f"Europass XML {kind} (EDCI 1.x/2.x)", "format.edc-xml", {"kind": kind}))
    record = _record(parsed)
    if record is not None:
        result.issuer_id = record.issuer_id
        result.issuer_name = text_in(record.awarding_body)
    # 2. Signature.
    if not any(True for _ in root.iter("{http://www.w3.org/2000/09/xmldsig#}Signature")):
        checks.append(Check("signature", Outcome.SKIP, "the document carries no seal (no XML signature)", "signature.none"))
        checks.append(Check("issuer-key", Outcome.SKIP, "no seal, so no seal certificate", "issuer-key.none"))
        checks.append(_credential_validity(root, ctx))
        checks.append(_status())
        checks.append(Check("issuer-trust", Outcome.WARN, "the document is not sealed, so no issuer can be established", "trust.unsealed"))
        return result
    try:
        sealed = verify_enveloped_xades(root, wrappers=frozenset({"proof"}))
    except XadesFailure as exc:
        reason = str(exc.fields.get("reason", ""))
        checks.append(
            Check("signature", Outcome.FAIL, f"the XAdES seal fails: {exc}", f"signature.{reason or 'invalid'}", {"reason": reason})
        )
        checks.append(
            Check("issuer-key", Outcome.SKIP, "the seal did not verify, so its certificate proves nothing", "issuer-key.unverified")
        )
        checks.append(_credential_validity(root, ctx))
        checks.append(_status())
        checks.append(Check("issuer-trust", Outcome.WARN, "the seal did not verify, so no issuer can be established", "trust.unverified"))
        return result
    stamp = signature_timestamp(root)
    signing_time = stamp.time if stamp is not None and stamp.verified and stamp.time else sealed.signing_time
    checks.append(_signature_check(sealed, stamp))
    # 3. Issuer key.
    checks.append(_issuer_key_check(sealed, record))
    # 4. Validity: the credential's own dates, and the certificate at the signing time.
    checks.append(_validity(root, ctx, sealed, signing_time, stamp))
    # 5. Status.
    checks.append(_status())
    # 6. Issuer trust.
    checks.append(_issuer_trust(sealed, signing_time or ctx.at, ctx))
    return result


def _signature_check(sealed: XadesResult, stamp: SignatureTimeStamp | None) -> Check:
    when = sealed.signing_time.isoformat() if sealed.signing_time else "no signing time given"
    detail = f"XAdES baseline-{sealed.level} seal verified ({sealed.signature_algorithm}), signed {when}"
    data: dict[str, object] = {"level": sealed.level, "signing_time": sealed.signing_time.isoformat() if sealed.signing_time else None}
    if stamp is not None:
        if stamp.verified and stamp.time:
            detail += f"; time-stamped {stamp.time.isoformat()} by {stamp.tsa}"
            data["timestamp"] = stamp.time.isoformat()
            data["tsa"] = stamp.tsa
        else:
            detail += f"; its time-stamp could not be used ({stamp.problem})"
    return Check("signature", Outcome.PASS, detail, "signature.xades", data)


def _key_usage_ok(cert: x509.Certificate) -> bool:
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True  # RFC 5280 §4.2.1.3: no extension, no restriction
    return bool(ku.digital_signature or ku.content_commitment)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _names(cert: x509.Certificate) -> set[str]:
    out: set[str] = set()
    for oid in (x509.NameOID.ORGANIZATION_NAME, x509.NameOID.COMMON_NAME, ORG_ID):
        for attr in cert.subject.get_attributes_for_oid(oid):
            if isinstance(attr.value, str) and attr.value.strip():
                out.add(_norm(attr.value))
    return out


def _credential_names(record: CredentialRecord | None, tree: etree._Element | None) -> set[str]:
    out: set[str] = set()
    if record is not None:
        for value in (record.awarding_body,):
            if isinstance(value, str):
                out.add(_norm(value))
            elif isinstance(value, dict):
                out.update(_norm(v) for v in value.values())
    if tree is not None:
        # The sealing organisation of EDCI 1.2 is the credential's (or presentation's) issuer; its
        # names and registration / VAT identifiers (which seal certificates carry as
        # organizationIdentifier, EN 319 412-1 §5.1.4) all count.
        for el in tree.iter():
            if _ln(el) in ("prefLabel", "altLabel", "legalName", "preferredName", "registration", "vatIdentifier"):
                parent = el.getparent()
                if parent is not None and _ln(parent) in ("issuer", "organization"):
                    value = " ".join("".join(str(t) for t in el.itertext()).split())
                    if value:
                        out.add(_norm(value))
                        spatial = el.get("spatialID")
                        if spatial and len(spatial) == 2:
                            out.add(_norm(f"VAT{spatial}-{value}"))
    return out


def _issuer_key_check(sealed: XadesResult, record: CredentialRecord | None) -> Check:
    cert = sealed.certificate
    from wallet.verify.eutrust import readable_name

    subject = readable_name(cert.subject)
    if not sealed.signing_certificate_named:
        return Check("issuer-key", Outcome.FAIL, "the signed properties do not name the seal certificate", "issuer-key.not-named")
    if not _key_usage_ok(cert):
        return Check(
            "issuer-key",
            Outcome.FAIL,
            f"the seal certificate of {subject} does not allow signing (key usage lacks digitalSignature/nonRepudiation)",
            "issuer-key.key-usage",
        )
    data = {"subject": subject}
    tree: etree._Element | None
    try:
        tree = credential_tree_unverified(Parsed("edc-xml", b"", sealed.signed_document_c14n, {}, "xml"))
    except InputError:
        tree = None
    names = _credential_names(record, tree)
    if names and not (_names(cert) & names):
        # The seal proves who holds the key; the XML says who issued and who awarded. A platform
        # may seal on an institution's behalf (EDCI "issued by mandate"), so a different name is not
        # proof of forgery — but nothing ties the sealer to the named body either, so the learner
        # is told (warn), rather than the credential being called invalid (fail).
        return Check(
            "issuer-key",
            Outcome.WARN,
            f"sealed by {subject}, which is not the issuer or awarding body the credential names",
            "issuer-key.organisation-mismatch",
            data,
        )
    return Check(
        "issuer-key", Outcome.PASS, f"sealed with the certificate of {subject}, named by the signed properties", "issuer-key.seal", data
    )


def _dates(root: etree._Element) -> tuple[str | None, str | None, tuple[str, str]]:
    cred = root if _ln(root) == "europassCredential" else _first_or(root)
    start = next((c for c in cred if _ln(c) in ("validFrom",)), None)
    end = next((c for c in cred if _ln(c) in ("validUntil", "expirationDate")), None)
    names = ("validFrom", _ln(end) if end is not None else "validUntil")
    return (start.text or "").strip() if start is not None else None, (end.text or "").strip() if end is not None else None, names


def _first_or(root: etree._Element) -> etree._Element:
    found = _first(root, "europassCredential")
    return found if found is not None else root


def _credential_validity(root: etree._Element, ctx: VerifyContext) -> Check:
    try:
        tree = credential_tree_unverified(Parsed("edc-xml", b"", etree.tostring(root), {}, "xml"))
    except InputError:
        tree = root
    start, end, names = _dates(tree)
    return validity_check(ctx.at, start, end, names=names)


def _validity(
    root: etree._Element, ctx: VerifyContext, sealed: XadesResult, when: datetime | None, stamp: SignatureTimeStamp | None
) -> Check:
    cert = sealed.certificate
    return seal_validity_check(
        _credential_validity(root, ctx),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        signing_time=when,
        timestamped=stamp is not None and stamp.verified and stamp.time is not None,
        at=ctx.at,
        claimed_signing_time=sealed.signing_time,
    )


def _status() -> Check:
    return Check("status", Outcome.SKIP, "Europass XML credentials carry no status list, so revocation cannot be checked", "status.none")


def _issuer_trust(sealed: XadesResult, signing_time: datetime, ctx: VerifyContext) -> Check:
    from wallet.verify.eutrust import assess_seal

    lists = ctx.options.get(EU_TRUST_LISTS_OPTION)
    try:
        a = assess_seal(sealed.chain, signing_time=signing_time, now=ctx.at, lists=lists)
    except WalletError as exc:
        return Check("issuer-trust", Outcome.WARN, f"the EU trusted lists could not be read: {exc}", "trust.eu-unavailable")
    data = a.to_data()
    when = f" (list issued {a.list_issued.isoformat()})" if a.list_issued else ""
    if a.level == "qualified":
        return Check("issuer-trust", Outcome.PASS, f"qualified seal of {a.subject}: {a.detail}{when}", "trust.eu-qualified", data)
    if a.level == "advanced":
        return Check(
            "issuer-trust", Outcome.PASS, f"advanced (not qualified) seal of {a.subject}: {a.detail}{when}", "trust.eu-advanced", data
        )
    return Check("issuer-trust", Outcome.WARN, f"seal of {a.subject} is untrusted: {a.detail}", "trust.eu-untrusted", data)
