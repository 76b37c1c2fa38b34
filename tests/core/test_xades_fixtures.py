"""XAdES-sealed Europass XML made by the test PKI: what must verify, and every way it must not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from lxml import etree

from tests.support import eu_pki
from tests.support.jades_signer import make_tsa
from wallet.formats import read
from wallet.verify import VerifyContext, verify
from wallet.verify.edc_xml import EU_TRUST_LISTS_OPTION
from wallet.verify.report import Outcome, Report, Verdict

DS = "http://www.w3.org/2000/09/xmldsig#"
SNB = "http://data.europa.eu/snb"


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


def _check(data: bytes, lists: Any, *, at: datetime = eu_pki.NOW) -> Report:
    ctx = VerifyContext.offline(at=at)
    ctx = replace(ctx, options={EU_TRUST_LISTS_OPTION: lists})
    return verify(read(data), ctx)


def _outcome(report: Report, check: str) -> Outcome:
    found = report.check(check)
    assert found is not None, check
    return found.outcome


def test_trusted_chain_is_qualified_and_valid(pki: eu_pki.TestPki, sealed: bytes) -> None:
    report = _check(sealed, eu_pki.eu_lists(pki))
    assert report.verdict is Verdict.VALID
    trust = report.check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.PASS
    assert trust.data["level"] == "qualified"
    assert trust.data["list"] == "test list"
    assert trust.data["valid_at_signing"] is True and trust.data["valid_now"] is True
    sig = report.check("signature")
    assert sig is not None and "baseline-B" in sig.detail and "2025-03-01" in sig.detail


def test_untrusted_chain_warns_but_stays_valid(sealed: bytes) -> None:
    other = eu_pki.make_pki(name="Other")
    report = _check(sealed, eu_pki.eu_lists(other))
    assert report.verdict is Verdict.VALID
    assert _outcome(report, "issuer-trust") is Outcome.WARN
    trust = report.check("issuer-trust")
    assert trust is not None and trust.data["level"] == "untrusted"


def test_advanced_when_certificate_is_not_qualified(pki: eu_pki.TestPki) -> None:
    key, cert = pki.seal(qualified=False)
    data = eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail])
    trust = _check(data, eu_pki.eu_lists(pki)).check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.PASS and "advanced" in trust.detail


def test_t_level_time_stamp_is_checked(pki: eu_pki.TestPki, seal: tuple[Any, Any]) -> None:
    key, cert = seal
    data = eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail], tsa=make_tsa())
    report = _check(data, eu_pki.eu_lists(pki))
    sig = report.check("signature")
    assert sig is not None and sig.outcome is Outcome.PASS and "baseline-T" in sig.detail and "time-stamped" in sig.detail
    assert report.verdict is Verdict.VALID


def test_certificate_expired_after_time_stamped_signing_is_fine(pki: eu_pki.TestPki, seal: tuple[Any, Any]) -> None:
    key, cert = seal
    data = eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail], tsa=make_tsa())
    report = _check(data, eu_pki.eu_lists(pki), at=datetime(2028, 1, 1, tzinfo=UTC))
    assert _outcome(report, "validity-period") is Outcome.PASS
    trust = report.check("issuer-trust")
    assert trust is not None and trust.data["valid_at_signing"] is True and trust.data["valid_now"] is False


def test_certificate_not_valid_at_signing_fails_validity(pki: eu_pki.TestPki) -> None:
    key, cert = pki.seal(not_before=datetime(2025, 6, 1, tzinfo=UTC))
    data = eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail], signing_time=eu_pki.NOW)
    report = _check(data, eu_pki.eu_lists(pki), at=datetime(2025, 7, 1, tzinfo=UTC))
    assert _outcome(report, "signature") is Outcome.PASS
    assert _outcome(report, "validity-period") is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_key_usage_without_signing_fails_issuer_key(pki: eu_pki.TestPki) -> None:
    key, cert = pki.seal(key_usage=eu_pki.ENCIPHER_ONLY_KEY_USAGE)
    data = eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail])
    report = _check(data, eu_pki.eu_lists(pki))
    assert _outcome(report, "issuer-key") is Outcome.FAIL
    trust = report.check("issuer-trust")
    assert trust is not None and "key usage lacks nonRepudiation/digitalSignature" in trust.data["problems"]


def test_other_organisation_is_a_warning_not_a_failure(pki: eu_pki.TestPki) -> None:
    key, cert = pki.seal(organisation="Elsewhere Ltd", org_id="VATZZ-99999999", cn="Elsewhere Seal")
    data = eu_pki.seal_xml(eu_pki.credential_xml(), key, [cert, *pki.chain_tail])
    report = _check(data, eu_pki.eu_lists(pki))
    assert _outcome(report, "issuer-key") is Outcome.WARN
    assert report.verdict is not Verdict.INVALID


def _text_nodes(root: etree._Element) -> list[etree._Element]:
    return [el for el in root.iter() if isinstance(el.tag, str) and el.text and el.text.strip() and not str(el.tag).startswith(f"{{{DS}}}")]


def test_every_single_field_tampering_fails_signature(pki: eu_pki.TestPki, sealed: bytes) -> None:
    lists = eu_pki.eu_lists(pki)
    root = etree.fromstring(sealed)
    targets = [t for t in _text_nodes(root) if "01903" not in str(t.tag)]
    attrs = [(el, name) for el in root.iter() if isinstance(el.tag, str) and not str(el.tag).startswith(f"{{{DS}}}") for name in el.attrib]
    assert len(targets) >= 8 and attrs
    for i in range(len(targets)):
        copy = etree.fromstring(sealed)
        node = _text_nodes(copy)[i] if "01903" not in str(_text_nodes(copy)[i].tag) else None
        if node is None:
            continue
        node.text = node.text + "x"  # type: ignore[operator]
        report = _check(etree.tostring(copy), lists)
        assert _outcome(report, "signature") is Outcome.FAIL, node.tag
        assert report.verdict is Verdict.INVALID
    for j in range(len(attrs)):
        copy = etree.fromstring(sealed)
        el, name = [(e, n) for e in copy.iter() if isinstance(e.tag, str) and not str(e.tag).startswith(f"{{{DS}}}") for n in e.attrib][j]
        el.set(name, el.get(name, "") + "x")
        assert _outcome(_check(etree.tostring(copy), lists), "signature") is Outcome.FAIL, (el.tag, name)


def test_signed_properties_tampering_fails(pki: eu_pki.TestPki, sealed: bytes) -> None:
    copy = etree.fromstring(sealed)
    st = next(copy.iter("{http://uri.etsi.org/01903/v1.3.2#}SigningTime"))
    st.text = "2024-01-02T00:00:00Z"
    assert _outcome(_check(etree.tostring(copy), eu_pki.eu_lists(pki)), "signature") is Outcome.FAIL


def test_swapped_certificate_fails(pki: eu_pki.TestPki, sealed: bytes) -> None:
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding

    _, other = pki.seal(cn="Test University Seal")  # same names, another key
    copy = etree.fromstring(sealed)
    node = next(copy.iter(f"{{{DS}}}X509Certificate"))
    node.text = base64.b64encode(other.public_bytes(Encoding.DER)).decode()
    report = _check(etree.tostring(copy), eu_pki.eu_lists(pki))
    assert _outcome(report, "signature") is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_signature_wrapping_fails(pki: eu_pki.TestPki, sealed: bytes) -> None:
    """The signed credential moved into a ds:Object of the signature; a forged copy where the reader looks."""
    original = etree.fromstring(sealed)
    signature = original.find(f"{{{DS}}}Signature")
    assert signature is not None
    original.remove(signature)
    forged = etree.fromstring(etree.tostring(original))
    next(forged.iter(f"{{{SNB}}}text")).text = "Doctorate in Everything"
    forged.set("id", "urn:credential:forged")
    obj = etree.SubElement(signature, f"{{{DS}}}Object")
    obj.append(original)  # the genuine, signed element, still answering "#urn:credential:test-0001"
    forged.append(signature)
    report = _check(etree.tostring(forged), eu_pki.eu_lists(pki))
    assert _outcome(report, "signature") is Outcome.FAIL
    assert report.verdict is Verdict.INVALID


def test_wrapping_with_duplicate_id_fails(pki: eu_pki.TestPki, sealed: bytes) -> None:
    """A forged root carrying the same id as the signed element kept elsewhere."""
    original = etree.fromstring(sealed)
    signature = original.find(f"{{{DS}}}Signature")
    assert signature is not None
    original.remove(signature)
    forged = etree.fromstring(etree.tostring(original))
    next(forged.iter(f"{{{SNB}}}text")).text = "Doctorate in Everything"
    holder = etree.SubElement(forged, f"{{{SNB}}}additionalNote")
    holder.append(original)
    forged.append(signature)
    assert _outcome(_check(etree.tostring(forged), eu_pki.eu_lists(pki)), "signature") is Outcome.FAIL


def test_unsupported_transform_is_refused(pki: eu_pki.TestPki, sealed: bytes) -> None:
    copy = etree.fromstring(sealed)
    transform = next(copy.iter(f"{{{DS}}}Transform"))
    transform.set("Algorithm", "http://www.w3.org/TR/1999/REC-xslt-19991116")
    report = _check(etree.tostring(copy), eu_pki.eu_lists(pki))
    sig = report.check("signature")
    assert sig is not None and sig.outcome is Outcome.FAIL and sig.data["reason"] == "transform"


def test_certificate_expired_without_time_stamp_is_a_warning(pki: eu_pki.TestPki, sealed: bytes) -> None:
    report = _check(sealed, eu_pki.eu_lists(pki), at=datetime(2028, 1, 1, tzinfo=UTC))
    validity = report.check("validity-period")
    assert validity is not None and validity.outcome is Outcome.WARN
    assert validity.code == "validity.certificate-expired-no-timestamp" and validity.data["certificate_expired"] is True
    assert report.verdict is Verdict.VALID


def test_claimed_signing_time_outside_the_certificate_fails_even_when_time_stamped(pki: eu_pki.TestPki) -> None:
    """The time-stamp falls inside the certificate's validity, but the signer claims a time before it began."""
    key, cert = pki.seal(not_before=datetime(2025, 2, 1, tzinfo=UTC))
    data = eu_pki.seal_xml(
        eu_pki.credential_xml(),
        key,
        [cert, *pki.chain_tail],
        signing_time=datetime(2025, 1, 15, tzinfo=UTC),
        tsa=make_tsa(),
        timestamp_at=eu_pki.NOW,
    )
    report = _check(data, eu_pki.eu_lists(pki))
    assert _outcome(report, "signature") is Outcome.PASS
    validity = report.check("validity-period")
    assert validity is not None and validity.outcome is Outcome.FAIL
    assert validity.code == "validity.certificate-at-signing" and "claimed signing time" in validity.detail
    assert report.verdict is Verdict.INVALID
