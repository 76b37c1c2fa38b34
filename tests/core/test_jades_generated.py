"""EDCs sealed at run time (tests/support/jades_signer.py) with certificates of the test EU PKI
(tests/support/eu_pki.py), and every way of breaking them."""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from tests.support.eu_pki import NOW, TestPki, eu_lists, make_pki
from tests.support.jades_signer import (
    TestTsa,
    b64url,
    der,
    edc_credential,
    make_tsa,
    seal,
    sign_bytes,
    timestamp_token,
    to_bytes,
    token_container,
)
from wallet.formats import read
from wallet.verify import VerifyContext, verify
from wallet.verify.edc_jsonld import EU_TRUST_LISTS_OPTION
from wallet.verify.report import Outcome, Report, Verdict


@pytest.fixture(scope="module")
def pki() -> TestPki:
    return make_pki()


@pytest.fixture(scope="module")
def tsa() -> TestTsa:
    return make_tsa()


@pytest.fixture(scope="module")
def sealer(pki: TestPki) -> tuple[Any, Any]:
    return pki.seal(org_id="VATBE-12345678")


@pytest.fixture(scope="module")
def ctx(pki: TestPki) -> VerifyContext:
    base = VerifyContext.offline(at=NOW)
    return dataclasses.replace(base, options={EU_TRUST_LISTS_OPTION: eu_lists(pki)})


def _verify(jws: dict[str, Any], ctx: VerifyContext) -> Report:
    return verify(read(to_bytes(jws)), ctx)


def _outcome(report: Report, check: str) -> Outcome:
    found = report.check(check)
    assert found is not None, check
    return found.outcome


@pytest.mark.parametrize("level", ["B", "T"])
def test_sealed_edc_verifies_and_is_qualified_under_the_test_list(
    level: str, pki: TestPki, tsa: TestTsa, sealer: tuple[Any, Any], ctx: VerifyContext
) -> None:
    key, cert = sealer
    jws = seal(
        edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW - timedelta(days=1), tsa=tsa if level == "T" else None
    )
    report = _verify(jws, ctx)
    assert report.verdict is Verdict.VALID, [c.to_json() for c in report.checks]
    assert report.check("signature").data["level"] == level  # type: ignore[union-attr]
    trust = report.check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.PASS
    assert trust.data["level"] == "qualified"
    assert trust.data["list"] == "test list" and trust.data["list_issued"] == "2025-01-01"
    assert trust.data["valid_at_signing"] is True and trust.data["valid_now"] is True
    key_check = report.check("issuer-key")
    assert key_check is not None and key_check.code == "issuer-key.seal-match"
    assert _outcome(report, "eu-elements") is Outcome.PASS


def test_flattened_serialization_and_rsa_keys_verify(tsa: TestTsa) -> None:
    rsa_pki = make_pki(key_kind="rsa", name="RsaTest")
    key, cert = rsa_pki.seal(org_id="VATBE-12345678")
    ctx = dataclasses.replace(VerifyContext.offline(at=NOW), options={EU_TRUST_LISTS_OPTION: eu_lists(rsa_pki)})
    for alg in ("RS256", "PS256"):
        jws = seal(edc_credential(), key, [cert, rsa_pki.intermediate_cert], signing_time=NOW, tsa=tsa, alg=alg, flattened=True)
        report = _verify(jws, ctx)
        assert report.verdict is Verdict.VALID
        assert report.check("signature").data["alg"] == alg  # type: ignore[union-attr]


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))
    else:
        yield path, value


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def _changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    return str(value) + "x"


def test_every_single_field_tampering_fails_the_signature(pki: TestPki, tsa: TestTsa, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    credential = edc_credential()
    jws = seal(credential, key, [cert, pki.intermediate_cert], signing_time=NOW, tsa=tsa)
    leaves = list(_leaves(credential))
    assert len(leaves) > 40
    for path, value in leaves:
        tampered = copy.deepcopy(credential)
        _set(tampered, path, _changed(value))
        forged = dict(jws, payload=json.dumps(tampered, ensure_ascii=False, separators=(",", ":")))
        report = _verify(forged, ctx)
        assert _outcome(report, "signature") is Outcome.FAIL, path
        assert report.verdict is Verdict.INVALID


def test_reformatting_the_payload_breaks_the_seal(pki: TestPki, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    # b64: false signs the payload string exactly as stored: the same JSON pretty-printed is other bytes.
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW)
    forged = dict(jws, payload=json.dumps(json.loads(jws["payload"]), indent=2))
    assert _outcome(_verify(forged, ctx), "signature") is Outcome.FAIL


def _reprotect(jws: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    forged = copy.deepcopy(jws)
    entry = forged["signatures"][0]
    header = json.loads(base64.urlsafe_b64decode(entry["protected"] + "=="))
    header.update(change)
    header = {k: v for k, v in header.items() if v is not None}
    entry["protected"] = b64url(json.dumps(header).encode())
    return forged


def test_a_changed_protected_header_fails(pki: TestPki, tsa: TestTsa, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW, tsa=tsa)
    for change in ({"sigT": "2025-02-28T12:00:00Z"}, {"cty": "octet-stream"}, {"kid": "another"}, {"typ": None}):
        assert _outcome(_verify(_reprotect(jws, change), ctx), "signature") is Outcome.FAIL, change


def test_a_swapped_certificate_fails(pki: TestPki, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW)
    _, other = pki.seal(cn="Other Seal", organisation="Other University", key=ec.generate_private_key(ec.SECP256R1()))
    other_b64 = base64.b64encode(der(other)).decode()
    # x5c replaced, x5t#S256 left: the reference no longer matches.
    report = _verify(_reprotect(jws, {"x5c": [other_b64]}), ctx)
    assert report.check("signature").outcome is Outcome.FAIL  # type: ignore[union-attr]
    # Both replaced consistently (the header is then re-signed by nobody): the signature fails.
    swapped = _reprotect(jws, {"x5c": [other_b64], "x5t#S256": b64url(hashlib.sha256(der(other)).digest())})
    assert _outcome(_verify(swapped, ctx), "signature") is Outcome.FAIL
    # Same key, properly signed, but x5c names another certificate than x5t#S256 references.
    _, same_key_other_cert = pki.seal(cn="Impostor", organisation="Impostor Ltd", org_id="VATBE-99999999", key=key)
    header = json.loads(base64.urlsafe_b64decode(jws["signatures"][0]["protected"] + "=="))
    header["x5c"] = [base64.b64encode(der(same_key_other_cert)).decode()]
    report = _verify(_resigned(key, cert, header, jws["payload"]), ctx)
    assert _outcome(report, "signature") is Outcome.FAIL
    assert "x5t#S256" in report.check("signature").detail  # type: ignore[union-attr]


def test_a_missing_certificate_reference_fails(pki: TestPki, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW)
    header_less = _reprotect(jws, {"x5t#S256": None})
    assert _outcome(_verify(header_less, ctx), "signature") is Outcome.FAIL


def test_a_certificate_outside_its_validity_at_signing_time_fails_validity(pki: TestPki, ctx: VerifyContext) -> None:
    key, cert = pki.seal(org_id="VATBE-12345678", not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=30))
    jws = seal(edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW - timedelta(days=1))
    report = _verify(jws, ctx)
    assert _outcome(report, "signature") is Outcome.PASS
    validity = report.check("validity-period")
    assert validity is not None and validity.outcome is Outcome.FAIL
    assert validity.code == "validity.certificate-at-signing"
    assert report.verdict is Verdict.INVALID


def test_a_certificate_expired_after_a_timestamped_signing_is_fine(pki: TestPki, tsa: TestTsa) -> None:
    key, cert = pki.seal(org_id="VATBE-12345678", not_before=NOW - timedelta(days=400), not_after=NOW + timedelta(days=10))
    jws = seal(edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW, tsa=tsa)
    later = dataclasses.replace(VerifyContext.offline(at=NOW + timedelta(days=100)), options={EU_TRUST_LISTS_OPTION: eu_lists(pki)})
    report = _verify(jws, later)
    assert _outcome(report, "validity-period") is Outcome.PASS
    assert report.verdict is Verdict.VALID
    # Without a time-stamp nothing proves when it was sealed: a warning, not a pass.
    untimed = seal(edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW)
    assert _outcome(_verify(untimed, later), "validity-period") is Outcome.WARN


def test_an_untrusted_chain_warns_but_stays_valid(sealer: tuple[Any, Any]) -> None:
    stranger = make_pki(name="Stranger")
    key, cert = stranger.seal(org_id="VATBE-12345678")
    jws = seal(edc_credential(), key, [cert, stranger.intermediate_cert], signing_time=NOW)
    # The context trusts only the first test PKI's list.
    ctx = dataclasses.replace(VerifyContext.offline(at=NOW), options={EU_TRUST_LISTS_OPTION: eu_lists(make_pki(name="Listed"))})
    report = _verify(jws, ctx)
    trust = report.check("issuer-trust")
    assert trust is not None and trust.outcome is Outcome.WARN and trust.data["level"] == "untrusted"
    assert report.verdict is Verdict.VALID


def test_a_seal_by_another_organisation_is_noted_not_failed(pki: TestPki, ctx: VerifyContext) -> None:
    key, cert = pki.seal(cn="Mandated Seal", organisation="Issuing Platform", org_id="VATBE-00000042")
    report = _verify(seal(edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW), ctx)
    check = report.check("issuer-key")
    assert check is not None and check.outcome is Outcome.WARN and check.code == "issuer-key.seal-other-name"
    assert check.data["match"] is False
    # The seal is intact, yet nothing binds it to the named issuer: not invalid, not valid either.
    assert report.check("signature").outcome is Outcome.PASS  # type: ignore[union-attr]
    assert report.verdict is Verdict.UNVERIFIABLE


def test_a_timestamp_over_other_data_fails(pki: TestPki, tsa: TestTsa, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW, tsa=tsa)
    # sigTst over another signature value.
    other = timestamp_token(tsa, b"another signature", at=NOW + timedelta(seconds=2))
    component = b64url(json.dumps({"sigTst": token_container(other)}).encode())
    forged = copy.deepcopy(jws)
    forged["signatures"][0]["header"]["etsiU"] = [component]
    report = _verify(forged, ctx)
    assert _outcome(report, "signature") is Outcome.FAIL
    assert "sigTst" in report.check("signature").detail  # type: ignore[union-attr]
    # adoTst over another payload (signed into the header, so the seal itself is consistent).
    bad_ado = timestamp_token(tsa, b"other data", at=NOW)
    payload = jws["payload"]
    header = {
        "alg": "ES256",
        "x5c": [base64.b64encode(der(cert)).decode()],
        "x5t#S256": b64url(hashlib.sha256(der(cert)).digest()),
        "b64": False,
        "sigT": "2025-03-01T12:00:00Z",
        "adoTst": token_container(bad_ado),
        "crit": ["b64", "sigT", "adoTst"],
    }
    protected = b64url(json.dumps(header).encode())
    signature = b64url(sign_bytes(key, "ES256", protected.encode() + b"." + payload.encode()))
    report = _verify({"payload": payload, "protected": protected, "signature": signature}, ctx)
    assert _outcome(report, "signature") is Outcome.FAIL
    assert "adoTst" in report.check("signature").detail  # type: ignore[union-attr]


def test_a_timestamp_from_a_forged_tsa_signature_fails(tsa: TestTsa, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW, tsa=tsa)
    component = json.loads(base64.urlsafe_b64decode(jws["signatures"][0]["header"]["etsiU"][0] + "=="))
    token = bytearray(base64.b64decode(component["sigTst"]["tstTokens"][0]["val"]))
    token[-5] ^= 0x01  # inside the TSA's signature value
    component["sigTst"]["tstTokens"][0]["val"] = base64.b64encode(bytes(token)).decode()
    forged = copy.deepcopy(jws)
    forged["signatures"][0]["header"]["etsiU"] = [b64url(json.dumps(component).encode())]
    assert _outcome(_verify(forged, ctx), "signature") is Outcome.FAIL


def _resigned(key: Any, cert: Any, header: dict[str, Any], payload: str, alg: str = "ES256") -> dict[str, Any]:
    protected = b64url(json.dumps(header).encode())
    signature = b64url(sign_bytes(key, alg, protected.encode() + b"." + payload.encode()))
    return {"payload": payload, "signatures": [{"protected": protected, "signature": signature}]}


@pytest.mark.parametrize(
    "change",
    [
        {"alg": "none"},
        {"alg": "HS256"},
        {"alg": "RS256"},  # not what the P-256 key produces
        {"alg": "ES512"},
        {"crit": ["b64", "sigT", "exp"], "exp": 1},
        {"crit": ["b64", "sigT", "sigD"], "sigD": {"mId": "http://uri.etsi.org/19182/ObjectIdByURI", "pars": []}},
        {"crit": ["sigT"]},  # b64 false must be critical
        {"crit": []},
        {"crit": ["b64", "sigT", "alg"]},
        {"sigT": "yesterday"},
        {"sigT": None, "crit": ["b64"]},
        {"x5c": None},
        {"b64": "false"},
    ],
)
def test_refused_headers_fail_the_signature(change: dict[str, Any], sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW)
    header = json.loads(base64.urlsafe_b64decode(jws["signatures"][0]["protected"] + "=="))
    header.update(change)
    header = {k: v for k, v in header.items() if v is not None}
    try:
        parsed = read(to_bytes(_resigned(key, cert, header, jws["payload"])))
    except Exception as exc:  # a header the reader already refuses is fine too, if typed
        from wallet.errors import InputError

        assert isinstance(exc, InputError)
        return
    report = verify(parsed, ctx)
    assert _outcome(report, "signature") is Outcome.FAIL, change
    assert report.verdict is Verdict.INVALID


def test_security_parameters_in_the_unprotected_header_are_refused(sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    from wallet.errors import InputError

    key, cert = sealer
    jws = seal(edc_credential(), key, [cert], signing_time=NOW)
    jws["signatures"][0]["header"] = {"alg": "none"}
    with pytest.raises(InputError):
        read(to_bytes(jws))


def test_an_encoded_payload_seal_verifies_too(sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    # RFC 7515 with b64 absent: the payload member is base64url and the signing input uses it as is.
    key, cert = sealer
    payload = b64url(json.dumps(edc_credential()).encode())
    header = {
        "alg": "ES256",
        "x5c": [base64.b64encode(der(cert)).decode()],
        "x5t#S256": b64url(hashlib.sha256(der(cert)).digest()),
        "sigT": "2025-03-01T12:00:00Z",
    }
    report = _verify(_resigned(key, cert, header, payload), ctx)
    assert report.verdict is Verdict.VALID
    assert report.check("signature").data["level"] == "B"  # type: ignore[union-attr]


def test_a_qualified_seal_makes_the_issuer_trusted_in_the_report(pki: TestPki, sealer: tuple[Any, Any], ctx: VerifyContext) -> None:
    key, cert = sealer
    report = _verify(seal(edc_credential(), key, [cert, pki.intermediate_cert], signing_time=NOW), ctx)
    assert report.check("issuer-trust").outcome is Outcome.PASS  # type: ignore[union-attr]
    assert report.issuer.trust == "trusted"
    assert report.issuer.trust_source == "test list"
    assert report.to_json()["issuer"]["trust"] == "trusted"
