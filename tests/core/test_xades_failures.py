"""Every refusal reason of :func:`wallet.verify.xades.verify_enveloped_xades`, as a report carries it.

Each case starts from a Europass credential freshly sealed by the test PKI and edits the XML tree.
Edits that leave the signature value intact stop at a profile check before any cryptography; the
cases that must get past signxml (reasons raised only once the signature verifies) re-seal the
edited tree with the real seal key (:func:`_reseal`), so the refusal is the verifier's own rule and
not a broken digest.
"""

from __future__ import annotations

import base64
import copy
import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from lxml import etree

from tests.support import eu_pki
from wallet.formats import read
from wallet.verify import VerifyContext, verify
from wallet.verify.edc_xml import EU_TRUST_LISTS_OPTION
from wallet.verify.eutrust.listsig import verify_list_signature
from wallet.verify.eutrust.store import ListRefused, install_list
from wallet.verify.report import Outcome, Report, Verdict
from wallet.verify.xades import DS, XADES, XadesFailure, verify_enveloped_xades

SNB = eu_pki.SNB
SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties"


@pytest.fixture(scope="module")
def pki() -> eu_pki.TestPki:
    return eu_pki.make_pki()


@pytest.fixture(scope="module")
def seal(pki: eu_pki.TestPki) -> tuple[Any, Any]:
    return pki.seal()


@pytest.fixture(scope="module")
def sealed(pki: eu_pki.TestPki, seal: tuple[Any, Any]) -> bytes:
    key, cert = seal
    return eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail])


@pytest.fixture(scope="module")
def lists(pki: eu_pki.TestPki) -> Any:
    return eu_pki.eu_lists(pki)


# -- helpers -----------------------------------------------------------------------------------


def _report(data: bytes, lists: Any) -> Report:
    ctx = replace(VerifyContext.offline(at=eu_pki.NOW), options={EU_TRUST_LISTS_OPTION: lists})
    return verify(read(data), ctx)


def _failed(report: Report, check_id: str) -> dict[str, Any]:
    """The check as the report's JSON carries it to a front end, after asserting it failed the credential."""
    assert report.verdict is Verdict.INVALID
    body = report.to_json()
    assert body["verdict"] == "invalid"
    found = [c for c in body["checks"] if c["id"] == check_id]
    assert len(found) == 1, check_id
    assert found[0]["outcome"] == "fail", found[0]
    return found[0]


def _signature(root: etree._Element) -> etree._Element:
    sig = next(root.iter(f"{{{DS}}}Signature"))
    return sig


def _reference(root: etree._Element, uri: str) -> etree._Element:
    return next(r for r in _signature(root).iter(f"{{{DS}}}Reference") if r.get("URI") == uri)


def _signed_properties(root: etree._Element) -> etree._Element:
    return next(root.iter(f"{{{XADES}}}SignedProperties"))


def _redigest(root: etree._Element, target: etree._Element) -> None:
    """Recompute the digest of the reference naming ``target`` (signxml's XAdES references: C14N, SHA-256)."""
    ref = _reference(root, f"#{target.get('Id')}")
    ref_digest = ref.find(f"{{{DS}}}DigestValue")
    assert ref_digest is not None
    ref_digest.text = base64.b64encode(hashlib.sha256(etree.tostring(target, method="c14n")).digest()).decode()


def _reseal(root: etree._Element, key: ec.EllipticCurvePrivateKey) -> bytes:
    """Sign the (edited) SignedInfo again with the real seal key (ECDSA P-256, XML-DSig r||s form)."""
    sig = _signature(root)
    signed_info = sig.find(f"{{{DS}}}SignedInfo")
    value = sig.find(f"{{{DS}}}SignatureValue")
    assert signed_info is not None and value is not None
    r, s = decode_dss_signature(key.sign(etree.tostring(signed_info, method="c14n"), ec.ECDSA(hashes.SHA256())))
    value.text = base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode()
    return etree.tostring(root)


def _whole_document_reference(root: etree._Element) -> etree._Element:
    return _reference(root, f"#{eu_pki.CRED_ID}")


def test_resealing_an_unedited_seal_still_verifies(sealed: bytes, seal: tuple[Any, Any], lists: Any) -> None:
    """The re-sealing helper is faithful, so a refusal after it is the verifier's rule, not the helper's."""
    root = etree.fromstring(sealed)
    _redigest(root, _signed_properties(root))
    report = _report(_reseal(root, seal[0]), lists)
    assert report.verdict is Verdict.VALID


# -- no-signature --------------------------------------------------------------------------------


def test_no_signature_is_refused_and_an_unsealed_credential_is_never_valid(sealed: bytes, lists: Any) -> None:
    root = etree.fromstring(sealed)
    root.remove(_signature(root))
    with pytest.raises(XadesFailure) as info:
        verify_enveloped_xades(root)
    assert info.value.fields["reason"] == "no-signature" and info.value.code == "verify.xades"
    # The Europass verifier asks first whether there is a seal at all: an unsealed credential is
    # reported as unverifiable (nothing proves it), not as a broken seal.
    report = _report(etree.tostring(root), lists)
    sig = report.check("signature")
    assert sig is not None and sig.outcome is Outcome.SKIP and sig.code == "signature.none"
    assert report.verdict is Verdict.UNVERIFIABLE


def test_unsigned_trusted_list_is_refused(pki: eu_pki.TestPki) -> None:
    root = etree.fromstring(eu_pki.trusted_list_xml(pki))
    root.remove(_signature(root))
    with pytest.raises(XadesFailure) as info:
        verify_list_signature(etree.tostring(root), [pki.tl_signer_cert])
    assert info.value.fields["reason"] == "no-signature"


# -- not-enveloped -------------------------------------------------------------------------------


def _second_signature(root: etree._Element) -> None:
    holder = etree.SubElement(root, f"{{{SNB}}}additionalNote")
    holder.append(copy.deepcopy(_signature(root)))


def _signature_moved_into_the_subject(root: etree._Element) -> None:
    subject = next(root.iter(f"{{{SNB}}}credentialSubject"))
    subject.append(_signature(root))


def _signature_in_a_wrapper_with_other_content(root: etree._Element) -> None:
    proof = etree.SubElement(root, f"{{{SNB}}}proof")
    proof.append(_signature(root))
    etree.SubElement(proof, f"{{{SNB}}}note").text = "not signed"


@pytest.mark.parametrize(
    "case",
    [
        (_second_signature, "carries 2 XML signatures"),
        (_signature_moved_into_the_subject, "not enveloped in the document element"),
        (_signature_in_a_wrapper_with_other_content, "not enveloped in the document element"),
    ],
    ids=lambda case: case[0].__name__.strip("_"),
)
def test_not_enveloped(sealed: bytes, lists: Any, case: tuple[Callable[[etree._Element], None], str]) -> None:
    edit, detail = case
    root = etree.fromstring(sealed)
    edit(root)
    check = _failed(_report(etree.tostring(root), lists), "signature")
    assert check["code"] == "signature.not-enveloped" and check["reason"] == "not-enveloped"
    assert detail in check["detail"]


# -- reference -----------------------------------------------------------------------------------


def _external_reference(root: etree._Element) -> None:
    _whole_document_reference(root).set("URI", "https://example.invalid/credential.xml")


def _xpointer_reference(root: etree._Element) -> None:
    _whole_document_reference(root).set("URI", "#xpointer(/)")


def _reference_to_nothing(root: etree._Element) -> None:
    _whole_document_reference(root).set("URI", "#urn:credential:nowhere")


def _reference_to_part_of_the_document(root: etree._Element) -> None:
    _whole_document_reference(root).set("URI", "#urn:epass:person:1")


def _no_reference_to_the_whole_document(root: etree._Element) -> None:
    ref = _whole_document_reference(root)
    parent = ref.getparent()
    assert parent is not None
    parent.remove(ref)


def _no_references(root: etree._Element) -> None:
    signed_info = _signature(root).find(f"{{{DS}}}SignedInfo")
    assert signed_info is not None
    for ref in signed_info.findall(f"{{{DS}}}Reference"):
        signed_info.remove(ref)


def _too_many_references(root: etree._Element) -> None:
    ref = _whole_document_reference(root)
    parent = ref.getparent()
    assert parent is not None
    for _ in range(16):
        parent.append(copy.deepcopy(ref))


def _no_signed_info(root: etree._Element) -> None:
    sig = _signature(root)
    signed_info = sig.find(f"{{{DS}}}SignedInfo")
    assert signed_info is not None
    sig.remove(signed_info)


def _properties_for_another_signature(root: etree._Element) -> None:
    qp = _signed_properties(root).getparent()
    assert qp is not None
    qp.set("Target", "#SomeOtherSignature")


@pytest.mark.parametrize(
    "case",
    [
        (_external_reference, "not a same-document reference"),
        (_xpointer_reference, "not a same-document reference"),
        (_reference_to_nothing, "points at nothing"),
        (_reference_to_part_of_the_document, "points at part of the document"),
        (_no_reference_to_the_whole_document, "no reference covers the whole document"),
        (_no_references, "no (or too many) references"),
        (_too_many_references, "no (or too many) references"),
        (_no_signed_info, "has no SignedInfo"),
        (_properties_for_another_signature, "do not name this signature"),
    ],
    ids=lambda case: case[0].__name__.strip("_"),
)
def test_reference(sealed: bytes, seal: tuple[Any, Any], lists: Any, case: tuple[Callable[[etree._Element], None], str]) -> None:
    edit, detail = case
    root = etree.fromstring(sealed)
    edit(root)
    # Re-sealed where SignedInfo survives: the refusal is the profile, not a stale signature value.
    data = _reseal(root, seal[0]) if _signature(root).find(f"{{{DS}}}SignedInfo") is not None else etree.tostring(root)
    check = _failed(_report(data, lists), "signature")
    assert check["code"] == "signature.reference" and check["reason"] == "reference"
    assert detail in check["detail"]


# -- keyinfo -------------------------------------------------------------------------------------


def _x509_data(root: etree._Element) -> etree._Element:
    return next(_signature(root).iter(f"{{{DS}}}X509Data"))


def _no_certificate(root: etree._Element) -> None:
    data = _x509_data(root)
    for cert in list(data):
        data.remove(cert)


def _unreadable_certificate(root: etree._Element) -> None:
    next(_x509_data(root).iter(f"{{{DS}}}X509Certificate")).text = "not*base64"


def _certificate_that_is_not_der(root: etree._Element) -> None:
    next(_x509_data(root).iter(f"{{{DS}}}X509Certificate")).text = base64.b64encode(b"\x30\x03\x02\x01\x01").decode()


def _too_many_certificates(root: etree._Element) -> None:
    data = _x509_data(root)
    first = next(data.iter(f"{{{DS}}}X509Certificate"))
    for _ in range(16):
        data.append(copy.deepcopy(first))


@pytest.mark.parametrize(
    "case",
    [
        (_no_certificate, "carries no certificate"),
        (_unreadable_certificate, "cannot be read"),
        (_certificate_that_is_not_der, "cannot be read"),
        (_too_many_certificates, "too many certificates"),
    ],
    ids=lambda case: case[0].__name__.strip("_"),
)
def test_keyinfo(sealed: bytes, lists: Any, case: tuple[Callable[[etree._Element], None], str]) -> None:
    edit, detail = case
    root = etree.fromstring(sealed)
    edit(root)
    check = _failed(_report(etree.tostring(root), lists), "signature")
    assert check["code"] == "signature.keyinfo" and check["reason"] == "keyinfo"
    assert detail in check["detail"]


# -- signing-certificate -------------------------------------------------------------------------


def test_signed_properties_not_covered_as_signed_properties(sealed: bytes, seal: tuple[Any, Any], lists: Any) -> None:
    """The SignedProperties reference loses its Type: the signature verifies, but nothing binds the
    certificate the properties name to it (EN 319 132-1 §5.2.2 needs them signed as properties)."""
    root = etree.fromstring(sealed)
    ref = _reference(root, f"#{_signed_properties(root).get('Id')}")
    assert ref.attrib.pop("Type") == SIGNED_PROPERTIES_TYPE
    check = _failed(_report(_reseal(root, seal[0]), lists), "signature")
    assert check["code"] == "signature.signing-certificate" and check["reason"] == "signing-certificate"


def test_seal_without_signed_properties_does_not_name_its_certificate(sealed: bytes, seal: tuple[Any, Any], lists: Any) -> None:
    """A plain XML-DSig seal (no XAdES properties) verifies, but nothing signed names the certificate."""
    root = etree.fromstring(sealed)
    sig = _signature(root)
    props = _signed_properties(root)
    signed_info = sig.find(f"{{{DS}}}SignedInfo")
    assert signed_info is not None
    signed_info.remove(_reference(root, f"#{props.get('Id')}"))
    obj = next(a for a in props.iterancestors() if a.tag == f"{{{DS}}}Object")
    sig.remove(obj)
    report = _report(_reseal(root, seal[0]), lists)
    sig_check = report.check("signature")
    assert sig_check is not None and sig_check.outcome is Outcome.PASS
    check = _failed(report, "issuer-key")
    assert check["code"] == "issuer-key.not-named"


def test_trusted_list_signed_by_a_signer_that_is_not_pinned(pki: eu_pki.TestPki, tmp_path: Path) -> None:
    other = eu_pki.make_pki(name="Other")
    data = eu_pki.trusted_list_xml(pki, signer=(other.tl_signer_key, other.tl_signer_cert))
    with pytest.raises(XadesFailure) as info:
        verify_list_signature(data, [pki.tl_signer_cert])
    assert info.value.fields["reason"] == "signing-certificate"
    with pytest.raises(XadesFailure) as none_pinned:
        verify_list_signature(data, [])
    assert none_pinned.value.fields["reason"] == "signing-certificate"
    # Installing it through the list of trusted lists (which names the genuine signer) is refused
    # and leaves the folder as it was.
    folder = tmp_path / "lists"
    with pytest.raises(ListRefused) as refused:
        install_list(data, folder=folder, current=eu_pki.eu_lists_with_lotl(pki))
    assert refused.value.code == "trust.list-refused" and refused.value.fields["reason"] == "bad-signature"
    assert "names" in str(refused.value)
    assert not folder.exists() or not any(folder.iterdir())


# -- signing-time --------------------------------------------------------------------------------


# signxml schema-validates the signed properties, so text that is no xs:dateTime at all never gets
# this far (it is a bad signature); these are valid xs:dateTime values that name no instant a seal
# could have been made at (hour 24, years beyond 9999 or before the common era).
@pytest.mark.parametrize("text", ["2025-03-01T24:00:00Z", "12025-03-01T00:00:00Z", "-2025-03-01T00:00:00Z"])
def test_signing_time_that_is_not_a_usable_date(sealed: bytes, seal: tuple[Any, Any], lists: Any, text: str) -> None:
    root = etree.fromstring(sealed)
    next(root.iter(f"{{{XADES}}}SigningTime")).text = text
    _redigest(root, _signed_properties(root))
    check = _failed(_report(_reseal(root, seal[0]), lists), "signature")
    assert check["code"] == "signature.signing-time" and check["reason"] == "signing-time"


# -- duplicate-id --------------------------------------------------------------------------------


@pytest.mark.parametrize("attribute", ["id", "Id", "ID"])
def test_duplicate_id_of_the_signed_document(sealed: bytes, lists: Any, attribute: str) -> None:
    root = etree.fromstring(sealed)
    next(root.iter(f"{{{SNB}}}credentialSubject")).set(attribute, eu_pki.CRED_ID)
    check = _failed(_report(etree.tostring(root), lists), "signature")
    assert check["code"] == "signature.duplicate-id" and check["reason"] == "duplicate-id"


def test_duplicate_id_of_the_signed_properties(sealed: bytes, lists: Any) -> None:
    root = etree.fromstring(sealed)
    decoy = etree.SubElement(root, f"{{{SNB}}}additionalNote", Id=str(_signed_properties(root).get("Id")))
    decoy.text = "a second answer to the SignedProperties reference"
    check = _failed(_report(etree.tostring(root), lists), "signature")
    assert check["code"] == "signature.duplicate-id" and check["reason"] == "duplicate-id"


# -- not-covered ---------------------------------------------------------------------------------


def test_signature_over_a_decoy_element_does_not_cover_the_document(pki: eu_pki.TestPki, seal: tuple[Any, Any], lists: Any) -> None:
    """A namespaced ``Id`` on one element answers the document's identifier first for signxml, so the
    seal digests only that element while the identifier (plainly) names the whole credential. Every
    digest and the signature value are genuine; only step 6 notices the rest of the document is unsigned."""
    key, cert = seal
    tree = eu_pki.credential_xml()
    next(tree.iter(f"{{{SNB}}}credentialSubject")).set("{urn:example:decoy}Id", eu_pki.CRED_ID)
    data = eu_pki.seal_xml(tree, key, [cert, *pki.chain_tail])
    check = _failed(_report(data, lists), "signature")
    assert check["code"] == "signature.not-covered" and check["reason"] == "not-covered"
