"""assess_seal: qualified, advanced, untrusted — with real certificates from the test PKI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.support import eu_pki
from wallet.verify.eutrust import assess_seal
from wallet.verify.eutrust.store import load_lists


@pytest.fixture(scope="module")
def pki() -> eu_pki.TestPki:
    return eu_pki.make_pki()


def test_qualified(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    a = assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=eu_pki.eu_lists(pki))
    assert a.level == "qualified" and a.anchor == "Test Qualified Seal CA" and a.list_name == "test list"
    assert a.list_issued is not None and a.valid_at_signing and a.valid_now and not a.problems
    assert "VATZZ-12345678" in a.subject and "Test University" in a.subject


def test_chain_without_intermediate_has_no_path(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    lists = eu_pki.eu_lists(pki, tl=eu_pki.trusted_list_xml(pki, service_cert=pki.root_cert))
    a = assess_seal([cert], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=lists)
    assert a.level == "untrusted" and "no path to a trust anchor" in a.problems


def test_esign_certificate_is_advanced(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal(qc_type="0.4.0.1862.1.6.1")
    a = assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=eu_pki.eu_lists(pki))
    assert a.level == "advanced"


def test_service_for_signatures_only_is_advanced(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    lists = eu_pki.eu_lists(pki, tl=eu_pki.trusted_list_xml(pki, additional_info=(eu_pki.FOR_ESIGNATURES,)))
    assert assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=lists).level == "advanced"


def test_list_qualifier_makes_a_certificate_qualified_for_seals(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal(qualified=False)
    q = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/"
    lists = eu_pki.eu_lists(pki, tl=eu_pki.trusted_list_xml(pki, qualifiers=(q + "QCStatement", q + "QCForESeal")))
    assert assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=lists).level == "qualified"


def test_withdrawn_service_is_untrusted_but_history_counts(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    lists = eu_pki.eu_lists(pki, tl=eu_pki.trusted_list_xml(pki, status=eu_pki.WITHDRAWN, status_since=datetime(2025, 1, 1, tzinfo=UTC)))
    a = assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=lists)
    assert a.level == "untrusted" and any("withdrawn" in p for p in a.problems)


def test_validity_at_signing_versus_now(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    later = datetime(2030, 1, 1, tzinfo=UTC)
    a = assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=later, lists=eu_pki.eu_lists(pki))
    assert a.valid_at_signing and not a.valid_now and a.level == "qualified"
    b = assess_seal([cert, *pki.chain_tail], signing_time=later, now=later, lists=eu_pki.eu_lists(pki))
    assert not b.valid_at_signing and b.level == "untrusted"


def test_bundled_lists_do_not_trust_test_certificates(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    a = assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=load_lists(include_installed=False))
    assert a.level == "untrusted" and a.anchor is None and a.list_name is None


def test_naive_times_are_a_programming_error(pki: eu_pki.TestPki) -> None:
    _, cert = pki.seal()
    with pytest.raises(ValueError):
        assess_seal([cert], signing_time=datetime(2025, 1, 1), now=eu_pki.NOW, lists=eu_pki.eu_lists(pki))
