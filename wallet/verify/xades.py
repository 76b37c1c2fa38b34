"""Enveloped XAdES signatures (ETSI EN 319 132-1) over a whole XML document, checked with signxml.

Used for Europass/EDC XML credentials and for ETSI TS 119 612 trusted lists. The profile accepted
is deliberately narrow, because everything outside it is where XML signature attacks live:

1. exactly one ``ds:Signature`` in the document, a child of the document element (enveloped), or
   the only content of a named wrapper child of it (Europass XML 1.2 ``proof``);
2. no two elements share an identifier (``Id``/``ID``/``id``) that a reference uses, so a
   reference cannot be redirected to a forged copy;
3. every reference is same-document (``""`` or ``#id``) and is either the whole document or
   something inside this signature (its SignedProperties, its KeyInfo); at least one covers the
   whole document (XML-DSig 1.1 §4.4.3.2);
4. transforms are limited to enveloped-signature, canonicalisation, and the two XPath forms that
   mean "drop the signature" (XML-DSig §6.6.3 XPath ``not(ancestor-or-self::ds:Signature)`` and
   XPath Filter 2.0 ``subtract /descendant::ds:Signature``) — with one signature in the document
   these three are the same transform;
5. signxml verifies SignatureValue with the key of the one certificate given (never any system CA
   store) and every reference digest; its XAdES verifier checks SigningCertificate(V2) digests
   against that certificate (EN 319 132-1 §5.2.2);
6. finally, what the whole-document reference signed is compared, canonical form against canonical
   form, with the document as read minus the signature: a reader then only ever sees signed data.

The seal certificate is chosen by the signed properties (the SigningCertificate digest names it)
among the certificates in KeyInfo, or given by the caller (a pinned list signer).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography import x509
from lxml import etree

from wallet.errors import VerificationError

__all__ = [
    "DS",
    "XADES",
    "SignatureTimeStamp",
    "XadesFailure",
    "XadesResult",
    "signature_timestamp",
    "signed_properties_unverified",
    "verify_enveloped_xades",
]

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
XADES141 = "http://uri.etsi.org/01903/v1.4.1#"
SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties"
T_ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
T_XPATH = "http://www.w3.org/TR/1999/REC-xpath-19991116"
T_FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2"
C14N_TRANSFORMS = frozenset(
    {
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
        "http://www.w3.org/2006/12/xml-c14n11",
        "http://www.w3.org/2006/12/xml-c14n11#WithComments",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    }
)
_DROP_SIGNATURE_XPATHS = frozenset({"not(ancestor-or-self::ds:Signature)", "/descendant::ds:Signature"})
_ID_ATTRS = ("Id", "ID", "id")
MAX_REFERENCES = 16
MAX_KEYINFO_CERTS = 16

_DIGESTS = {
    "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
    "http://www.w3.org/2001/04/xmldsig-more#sha224": "sha224",
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-256": "sha3_256",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-384": "sha3_384",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-512": "sha3_512",
}


class XadesFailure(VerificationError):
    """The XAdES signature does not verify, or falls outside the accepted profile; ``reason`` says why."""

    code = "verify.xades"


@dataclass(frozen=True)
class XadesResult:
    """A verified enveloped XAdES signature.

    ``signing_time`` is the signed ``SigningTime`` property (``None`` if absent). ``level`` is the
    baseline level whose properties are present (B, T, LT, LTA — EN 319 132-1 §6); time-stamps are
    recognised, not validated. ``chain`` is the seal certificate followed by the other KeyInfo certificates.
    """

    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    signing_time: datetime | None
    level: str
    signature_algorithm: str
    signed_document_c14n: bytes
    signing_certificate_named: bool


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _fail(message: str, reason: str, **fields: Any) -> XadesFailure:
    return XadesFailure(message, reason=reason, **fields)


def _without_signature_c14n(root: etree._Element, signature: etree._Element) -> bytes:
    """Exclusive C14N (no comments) of the document as read, minus ``signature``."""
    copy = etree.fromstring(etree.tostring(root))
    for sig in copy.iter(_q(DS, "Signature")):
        parent = sig.getparent()
        if parent is not None:
            _remove_keep_tail(sig)
        break
    return etree.tostring(copy, method="c14n", exclusive=True, with_comments=False)


def _remove_keep_tail(node: etree._Element) -> None:
    # The enveloped-signature transform removes the element only; its tail text stays (XML-DSig §6.6.4).
    parent = node.getparent()
    assert parent is not None
    if node.tail:
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _recanonical(data: bytes) -> bytes:
    from wallet.formats.xmlsafe import parse_xml

    return etree.tostring(parse_xml(data, max_bytes=len(data) + 1), method="c14n", exclusive=True, with_comments=False)


def _ids(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Step 2: every identifier in the document with the elements carrying it.

    Europass XML repeats ``id`` on inline copies of one entity, so a repeated identifier is only an
    error when a reference uses it (then it is ambiguous, and a wrapped copy could answer it).
    """
    seen: dict[str, list[etree._Element]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in _ID_ATTRS:
            value = el.get(attr)
            if value is not None:
                holders = seen.setdefault(value, [])
                if el not in holders:
                    holders.append(el)
    return seen


def _check_transforms(reference: etree._Element) -> None:
    """Step 4: only transforms whose effect is known and harmless."""
    transforms = reference.find(_q(DS, "Transforms"))
    if transforms is None:
        return
    for t in transforms:
        if not isinstance(t.tag, str):
            continue
        alg = t.get("Algorithm", "")
        if alg == T_ENVELOPED or alg in C14N_TRANSFORMS:
            continue
        if alg in (T_XPATH, T_FILTER2):
            xpaths = [x for x in t if isinstance(x.tag, str)]
            if len(xpaths) != 1:
                raise _fail("an XPath transform must carry exactly one expression", "transform")
            x = xpaths[0]
            expr = " ".join((x.text or "").split())
            if alg == T_FILTER2 and x.get("Filter") != "subtract":
                raise _fail("only the XPath Filter 2.0 'subtract' of the signature is accepted", "transform")
            ds_prefixes = [p for p, uri in x.nsmap.items() if uri == DS]
            if expr not in _DROP_SIGNATURE_XPATHS or "ds" not in ds_prefixes:
                raise _fail(f"unsupported XPath transform {expr[:80]!r}", "transform")
            continue
        raise _fail(f"unsupported transform {alg[:100]!r}", "transform")


def _certificates(signature: etree._Element) -> list[x509.Certificate]:
    certs: list[x509.Certificate] = []
    for node in signature.iterfind(f"{_q(DS, 'KeyInfo')}/{_q(DS, 'X509Data')}/{_q(DS, 'X509Certificate')}"):
        if len(certs) >= MAX_KEYINFO_CERTS:
            raise _fail("the signature carries too many certificates", "keyinfo")
        try:
            certs.append(x509.load_der_x509_certificate(base64.b64decode("".join((node.text or "").split()), validate=True)))
        except (binascii.Error, ValueError) as exc:
            raise _fail("a certificate in the signature cannot be read", "keyinfo") from exc
    return certs


def signed_properties_unverified(signature: etree._Element) -> etree._Element | None:
    """The ``xades:SignedProperties`` of ``signature`` — *not* authenticated until the signature verifies."""
    return signature.find(f"{_q(DS, 'Object')}/{_q(XADES, 'QualifyingProperties')}/{_q(XADES, 'SignedProperties')}")


def _named_certificates(props: etree._Element | None) -> list[tuple[str, bytes]]:
    """``(hash name, digest)`` of each certificate SigningCertificate(V2) names (EN 319 132-1 §5.2.2)."""
    if props is None:
        return []
    out: list[tuple[str, bytes]] = []
    ssp = props.find(_q(XADES, "SignedSignatureProperties"))
    if ssp is None:
        return []
    for holder in ("SigningCertificateV2", "SigningCertificate"):
        for cert in ssp.iterfind(f"{_q(XADES, holder)}/{_q(XADES, 'Cert')}"):
            method = cert.find(f"{_q(XADES, 'CertDigest')}/{_q(DS, 'DigestMethod')}")
            value = cert.find(f"{_q(XADES, 'CertDigest')}/{_q(DS, 'DigestValue')}")
            name = _DIGESTS.get(method.get("Algorithm", "") if method is not None else "")
            if name is None or value is None:
                continue
            try:
                out.append((name, base64.b64decode("".join((value.text or "").split()), validate=True)))
            except binascii.Error:
                continue
    return out


def _der(cert: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return cert.public_bytes(Encoding.DER)


def _pick_certificate(certs: Sequence[x509.Certificate], props: etree._Element | None) -> tuple[x509.Certificate | None, bool]:
    """The KeyInfo certificate the (first) SigningCertificate entry names; else the first one."""
    named = _named_certificates(props)
    for name, digest in named[:1]:
        for cert in certs:
            if hashlib.new(name, _der(cert)).digest() == digest:
                return cert, True
    return (certs[0] if certs else None), False


def _level(signature: etree._Element) -> str:
    """The baseline level whose properties are present (EN 319 132-1 §6.3): B, T, LT or LTA."""
    qp = f"{_q(DS, 'Object')}/{_q(XADES, 'QualifyingProperties')}"
    usp = signature.find(f"{qp}/{_q(XADES, 'UnsignedProperties')}/{_q(XADES, 'UnsignedSignatureProperties')}")
    if usp is None or usp.find(_q(XADES, "SignatureTimeStamp")) is None:
        return "B"
    if usp.find(_q(XADES141, "ArchiveTimeStamp")) is not None or usp.find(_q(XADES, "ArchiveTimeStamp")) is not None:
        return "LTA"
    has_values = usp.find(_q(XADES, "CertificateValues")) is not None and (
        usp.find(_q(XADES, "RevocationValues")) is not None or usp.find(_q(XADES141, "TimeStampValidationData")) is not None
    )
    return "LT" if has_values else "T"


def _signing_time(props: etree._Element | None) -> datetime | None:
    if props is None:
        return None
    node = props.find(f"{_q(XADES, 'SignedSignatureProperties')}/{_q(XADES, 'SigningTime')}")
    if node is None or not (node.text or "").strip():
        return None
    text = node.text.strip() if node.text else ""
    try:
        value = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError as exc:
        raise _fail(f"SigningTime is not a date: {text[:40]!r}", "signing-time") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class SignatureTimeStamp:
    """What the signature time-stamp (EN 319 132-1 §5.3) establishes: the signature existed at ``time``
    (``verified``), or why that could not be established (``problem``)."""

    time: datetime | None
    tsa: str | None
    verified: bool
    problem: str | None = None


def signature_timestamp(root: etree._Element) -> SignatureTimeStamp | None:
    """Check the first ``xades:SignatureTimeStamp`` of the document's signature, if any.

    The token must be an RFC 3161 time-stamp over the canonical ``ds:SignatureValue`` element
    (EN 319 132-1 §5.3, canonicalised with the time-stamp's own ``ds:CanonicalizationMethod``,
    inclusive C14N 1.0 by default) whose TSA signature verifies; the TSA is *not* checked against
    any trust list. Returns ``None`` without a time-stamp; never raises for a bad one.
    """
    sig = next(root.iter(_q(DS, "Signature")), None)
    if sig is None:
        return None
    qp = f"{_q(DS, 'Object')}/{_q(XADES, 'QualifyingProperties')}/{_q(XADES, 'UnsignedProperties')}"
    ts = sig.find(f"{qp}/{_q(XADES, 'UnsignedSignatureProperties')}/{_q(XADES, 'SignatureTimeStamp')}")
    value = sig.find(_q(DS, "SignatureValue"))
    if ts is None or value is None:
        return None
    encapsulated = ts.find(_q(XADES, "EncapsulatedTimeStamp"))
    method = ts.find(_q(DS, "CanonicalizationMethod"))
    alg = method.get("Algorithm", "") if method is not None else "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
    if encapsulated is None or alg not in C14N_TRANSFORMS:
        return SignatureTimeStamp(None, None, False, "the time-stamp is not an encapsulated RFC 3161 token in a known form")
    try:
        token = base64.b64decode("".join((encapsulated.text or "").split()), validate=True)
    except binascii.Error:
        return SignatureTimeStamp(None, None, False, "the time-stamp token is not base64")
    covered = etree.tostring(value, method="c14n", exclusive="exc-c14n" in alg, with_comments=alg.endswith("#WithComments"))
    try:
        from wallet.verify.tst import verify_timestamp_token
    except ModuleNotFoundError:
        return SignatureTimeStamp(None, None, False, "time-stamp checking is not available in this version")
    try:
        stamp = verify_timestamp_token(token, covered)
    except VerificationError as exc:
        return SignatureTimeStamp(None, None, False, f"the time-stamp does not verify: {exc}")
    return SignatureTimeStamp(stamp.time, stamp.tsa_subject, True)


def _signxml_verifier() -> Any:
    from signxml.xades import XAdESVerifier  # type: ignore[attr-defined]

    class _Verifier(XAdESVerifier):
        """signxml's XAdES verifier, taught the two "drop the signature" XPath transforms.

        signxml 5 skips XPath transforms it does not implement; step 4 has already limited them to
        forms equivalent to the enveloped-signature transform, which is what is applied here.
        """

        def _apply_transforms(self, payload: Any, *, transforms_node: Any, signature: Any) -> Any:
            if transforms_node is not None:
                for t in transforms_node.findall(_q(DS, "Transform")):
                    if t.get("Algorithm") in (T_XPATH, T_FILTER2):
                        t.set("Algorithm", T_ENVELOPED)  # a private copy of SignedInfo (signxml re-parses it)
            return super()._apply_transforms(payload, transforms_node=transforms_node, signature=signature)

    return _Verifier()


def verify_enveloped_xades(
    root: etree._Element,
    *,
    certificate: x509.Certificate | None = None,
    pinned: Sequence[x509.Certificate] = (),
    wrappers: frozenset[str] = frozenset(),
) -> XadesResult:
    """Verify the one enveloped XAdES signature of ``root`` (steps 1-6 of the module docstring).

    With ``pinned``, the signature must be made by one of those certificates' keys (a trusted list's
    signer); with ``certificate``, by that one; otherwise by the KeyInfo certificate the signed
    properties name. ``wrappers`` names child elements of the document element that may hold the
    signature and nothing else (Europass XML 1.2 puts it in ``proof``). Raises :class:`XadesFailure` (``reason``:
    ``no-signature``, ``not-enveloped``,
    ``duplicate-id``, ``reference``, ``transform``, ``keyinfo``, ``signing-certificate``,
    ``signing-time``, ``bad-signature``, ``not-covered``).
    """
    from signxml import SignatureConfiguration  # type: ignore[attr-defined]
    from signxml.exceptions import SignXMLException
    from signxml.xades import XAdESSignatureConfiguration  # type: ignore[attr-defined]

    # 1. One signature, enveloped in the document element.
    signatures = list(root.iter(_q(DS, "Signature")))
    if not signatures:
        raise _fail("the document carries no XML signature", "no-signature")
    if len(signatures) > 1:
        raise _fail(f"the document carries {len(signatures)} XML signatures; exactly one is accepted", "not-enveloped")
    signature = signatures[0]
    parent = signature.getparent()
    wrapped = (
        parent is not None
        and parent.getparent() is root
        and etree.QName(parent).localname in wrappers
        and [c for c in parent if isinstance(c.tag, str)] == [signature]
    )
    if parent is not root and not wrapped:
        raise _fail("the signature is not enveloped in the document element", "not-enveloped")
    # 2. Unique identifiers.
    ids = _ids(root)
    # 3-4. References: what each one covers, and how.
    signed_info = signature.find(_q(DS, "SignedInfo"))
    if signed_info is None:
        raise _fail("the signature has no SignedInfo", "reference")
    references = signed_info.findall(_q(DS, "Reference"))
    if not references or len(references) > MAX_REFERENCES:
        raise _fail("the signature has no (or too many) references", "reference")
    props = signed_properties_unverified(signature)
    if props is not None:
        # EN 319 132-1 §4.3: QualifyingProperties/@Target names the signature they qualify.
        qp = props.getparent()
        if qp is None or qp.get("Target") != f"#{signature.get('Id', '')}":
            raise _fail("the qualifying properties do not name this signature", "reference")
    covers_document = False
    props_referenced = False
    for ref in references:
        uri = ref.get("URI")
        _check_transforms(ref)
        if uri is None or (uri and not uri.startswith("#")) or uri.startswith("#xpointer("):
            raise _fail(f"reference {str(uri)[:80]!r} is not a same-document reference", "reference")
        holders = [root] if uri == "" else ids.get(uri[1:], [])
        if len(holders) > 1:
            raise _fail(f"two elements share the identifier {uri[1:61]!r} a reference uses", "duplicate-id")
        if not holders:
            raise _fail(f"reference {uri[:80]!r} points at nothing", "reference")
        target = holders[0]
        if target is root:
            covers_document = True
        elif target is props and ref.get("Type") == SIGNED_PROPERTIES_TYPE:
            props_referenced = True
        elif not any(a is signature for a in target.iterancestors()):
            raise _fail("a reference points at part of the document instead of the whole of it", "reference")
    if not covers_document:
        raise _fail("no reference covers the whole document", "reference")
    # 5. SignatureValue, reference digests, SigningCertificate — by signxml, with one explicit key.
    certs = _certificates(signature)
    if certificate is not None:
        seal: x509.Certificate | None = certificate
        named = any(hashlib.new(n, _der(certificate)).digest() == d for n, d in _named_certificates(props))
    elif pinned:
        seal, named = _pick_certificate([*certs], props)
        if seal is None or not any(_der(seal) == _der(p) for p in pinned):
            raise _fail("the signature is not made with a certificate the list of trusted lists names", "signing-certificate")
    else:
        seal, named = _pick_certificate(certs, props)
    if seal is None:
        raise _fail("the signature carries no certificate", "keyinfo")
    config: SignatureConfiguration = (XAdESSignatureConfiguration if props_referenced else SignatureConfiguration)(
        expect_references=True,
        # signxml would refuse a certificate outside its validity at this instant; validity is judged
        # by the callers at the signing time (validity-period), so signxml is given an instant inside it.
        verification_time=seal.not_valid_before_utc,
    )
    verifier = _signxml_verifier() if props_referenced else _plain_verifier()
    try:
        results = verifier.verify(etree.tostring(root), x509_cert=seal, expect_config=config)
    except (SignXMLException, ValueError, KeyError, TypeError, etree.LxmlError) as exc:
        raise _fail(f"the signature does not verify: {exc}", "bad-signature") from exc
    results = results if isinstance(results, list) else [results]
    if props is not None and not props_referenced:
        raise _fail("the signed properties are not covered by the signature", "signing-certificate")
    if props_referenced and not named:
        raise _fail("the signed properties do not name the certificate that made the signature", "signing-certificate")
    # 6. What was signed is exactly what was read.
    expected = _without_signature_c14n(root, signature)
    whole = [r for r in results if r.signed_xml is not None and _recanonical(r.signed_data) == expected]
    if not whole:
        raise _fail("the signed data is not the document as read", "not-covered")
    alg = signed_info.find(_q(DS, "SignatureMethod"))
    return XadesResult(
        certificate=seal,
        chain=(seal, *[c for c in certs if _der(c) != _der(seal)]),
        signing_time=_signing_time(props),
        level=_level(signature) if props is not None else "none",
        signature_algorithm=(alg.get("Algorithm", "") if alg is not None else "").rsplit("#", 1)[-1],
        signed_document_c14n=expected,
        signing_certificate_named=named,
    )


def _plain_verifier() -> Any:
    from signxml import XMLVerifier  # type: ignore[attr-defined]

    class _Verifier(XMLVerifier):
        def _apply_transforms(self, payload: Any, *, transforms_node: Any, signature: Any) -> Any:
            if transforms_node is not None:
                for t in transforms_node.findall(_q(DS, "Transform")):
                    if t.get("Algorithm") in (T_XPATH, T_FILTER2):
                        t.set("Algorithm", T_ENVELOPED)
            return super()._apply_transforms(payload, transforms_node=transforms_node, signature=signature)

    return _Verifier()
