"""RFC 3161 tokens (wallet/verify/tst.py) and hostile JWS JSON serializations: every bad input is a
typed error or a failed check, never a crash, a hang or a network request."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.eu_pki import NOW, make_pki
from tests.support.jades_signer import TestTsa, b64url, edc_credential, make_tsa, seal, timestamp_token, to_bytes
from wallet.errors import InputError
from wallet.formats import read
from wallet.verify import VerifyContext, verify
from wallet.verify.jades.jws import MAX_ETSIU_ENTRIES, MAX_SIGNATURES, parse_jades_unverified
from wallet.verify.jose import JoseError
from wallet.verify.report import Outcome
from wallet.verify.tst import MAX_TOKEN_BYTES, TimeStampError, TimeStampMismatch, verify_timestamp_token


@pytest.fixture(scope="module")
def tsa() -> TestTsa:
    return make_tsa()


def test_a_token_verifies_and_reports_its_time(tsa: TestTsa) -> None:
    at = datetime(2025, 3, 1, 12, 0, 5, tzinfo=UTC)
    stamp = verify_timestamp_token(timestamp_token(tsa, b"data", at=at), b"data")
    assert stamp.time == at
    assert stamp.tsa_subject == "CN=Test TSA,C=ZZ"
    assert stamp.hash_algorithm == "sha256"


def test_a_token_over_other_data_is_a_mismatch(tsa: TestTsa) -> None:
    with pytest.raises(TimeStampMismatch):
        verify_timestamp_token(timestamp_token(tsa, b"data", at=NOW), b"other")


def test_a_sha1_imprint_is_refused(tsa: TestTsa) -> None:
    with pytest.raises(TimeStampError) as info:
        verify_timestamp_token(timestamp_token(tsa, b"data", at=NOW, digest="sha1"), b"data")
    assert info.value.fields["reason"] == "digest"


def test_a_tsa_without_the_timestamping_usage_is_refused(tsa: TestTsa) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Not a TSA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
        .sign(key, hashes.SHA256())
    )
    impostor = TestTsa(key, cert, cert)
    with pytest.raises(TimeStampError) as info:
        verify_timestamp_token(timestamp_token(impostor, b"data", at=NOW), b"data")
    assert info.value.fields["reason"] == "tsa-usage"


def test_a_tsa_certificate_expired_when_stamping_is_refused() -> None:
    old = make_tsa(not_before=datetime(2010, 1, 1, tzinfo=UTC), not_after=datetime(2012, 1, 1, tzinfo=UTC))
    with pytest.raises(TimeStampError) as info:
        verify_timestamp_token(timestamp_token(old, b"data", at=NOW), b"data")
    assert info.value.fields["reason"] == "tsa-validity"


def test_every_flipped_byte_of_a_token_is_refused_or_harmless(tsa: TestTsa) -> None:
    token = timestamp_token(tsa, b"data", at=NOW)
    refused = 0
    for i in range(0, len(token), 3):
        broken = bytearray(token)
        broken[i] ^= 0x41
        try:
            stamp = verify_timestamp_token(bytes(broken), b"data")
        except TimeStampError:
            refused += 1
            continue
        # A flip in an unsigned, unused part (e.g. the certificate's outer encoding) must not change
        # what is attested.
        assert stamp.time == NOW
    assert refused > len(token) // 4


@pytest.mark.parametrize("blob", [b"", b"\x30", b"\x30\x80\x00\x00", b"\x04\x02ab", b"\x30" + b"\x84\xff\xff\xff\xff", b"not der at all"])
def test_garbage_tokens_are_typed_errors(blob: bytes) -> None:
    with pytest.raises(TimeStampError):
        verify_timestamp_token(blob, b"data")


def test_an_oversized_token_is_refused_unread() -> None:
    with pytest.raises(TimeStampError):
        verify_timestamp_token(b"\x30" * (MAX_TOKEN_BYTES + 1), b"data")


# --- hostile JWS --------------------------------------------------------------------------------


def _sealed() -> dict[str, Any]:
    pki = make_pki(name="Hostile")
    key, cert = pki.seal()
    return seal(edc_credential(), key, [cert], signing_time=NOW, tsa=make_tsa())


HOSTILE: list[Any] = [
    {"payload": "{}", "signatures": []},
    {"payload": "{}", "signatures": "x"},
    {"payload": "{}", "signatures": [1]},
    {"payload": 5, "signatures": [{"protected": "e30", "signature": "AA"}]},
    {"payload": "{}", "signatures": [{"protected": "!!!", "signature": "AA"}]},
    {"payload": "{}", "signatures": [{"protected": "e30=", "signature": "AA"}]},
    {"payload": "{}", "signatures": [{"protected": b64url(b"[1]"), "signature": "AA"}]},
    {"payload": "{}", "signatures": [{"protected": b64url(b'{"a":1,"a":2}'), "signature": "AA"}]},
    {"payload": "{}", "signatures": [{"protected": b64url(b"[" * 200 + b"]" * 200), "signature": "AA"}]},
    {"payload": "{}", "signatures": [{"protected": b64url(b'{"b64":false}'), "signature": "AA", "extra": 1}]},
    {"payload": "{}", "signatures": [{"protected": b64url(b'{"b64":false}'), "signature": "AA"}] * (MAX_SIGNATURES + 1)},
    {"payload": "{}", "protected": b64url(b'{"b64":false}'), "signature": "AA", "signatures": []},
    {"payload": "not json", "protected": b64url(b'{"b64":false}'), "signature": "AA"},
    {"payload": "[1,2]", "protected": b64url(b'{"b64":false}'), "signature": "AA"},
    {"payload": '{"type":"Other"}', "protected": b64url(b'{"b64":false}'), "signature": "AA"},
    {"payload": "x" * (7 * 1024 * 1024), "protected": "e30", "signature": "AA"},
]


@pytest.mark.parametrize("doc", HOSTILE)
def test_hostile_serializations_are_input_errors(doc: Any) -> None:
    with pytest.raises(InputError):
        read(json.dumps(doc).encode())


def test_hostile_etsiu_fails_the_signature() -> None:
    jws = _sealed()
    ctx = VerifyContext.offline(at=NOW)
    entry = jws["signatures"][0]
    variants: list[Any] = [
        ["%%%"],
        [b64url(b"[]")],
        [b64url(b'{"sigTst":{},"xVals":[]}')],
        [b64url(b'{"sigTst":{"tstTokens":[]}}')],
        [b64url(b'{"sigTst":{"tstTokens":[{"val":"!!"}]}}')],
        [b64url(b'{"sigTst":{"tstTokens":[{"val":"AAAA"}]}}')],
        [b64url(b'{"sigTst":{"tstTokens":[{"val":"AAAA","encoding":"ber"}]}}')],
        [b64url(b'{"sigTst":{"tstTokens":[{"val":"AAAA"}],"canonAlg":"x"}}')],
        [b64url(b'{"xVals":[{"x509Cert":{"val":"AAAA"}}]}')],
        [b64url(b'{"rVals":[]}')],
        [b64url(b'{"arcTst":5}')],
        [b64url(b'{"arcTst":{"tstTokens":[{"val":"AAAA"}],"timeStamped":"all"}}')],
        [{"sigTst": 5}],
        [entry["header"]["etsiU"][0], {"xVals": []}],
        [entry["header"]["etsiU"][0]] * (MAX_ETSIU_ENTRIES + 1),
        "not a list",
    ]
    for etsi_u in variants:
        forged = dict(jws, signatures=[dict(entry, header={"etsiU": etsi_u})])
        report = verify(read(to_bytes(forged)), ctx)
        assert report.check("signature").outcome is Outcome.FAIL, etsi_u  # type: ignore[union-attr]


def test_unknown_unsigned_components_are_carried_not_trusted() -> None:
    jws = _sealed()
    entry = jws["signatures"][0]
    extra = b64url(json.dumps({"tstVD": {"certVals": []}}).encode())
    forged = dict(jws, signatures=[dict(entry, header={"etsiU": [*entry["header"]["etsiU"], extra]})])
    report = verify(read(to_bytes(forged)), VerifyContext.offline(at=NOW))
    assert report.check("signature").outcome is Outcome.PASS  # type: ignore[union-attr]
    assert "tstVD" in report.check("signature").detail  # type: ignore[union-attr]


def test_two_signatures_must_both_verify() -> None:
    jws = _sealed()
    entry = jws["signatures"][0]
    broken = dict(entry, signature=b64url(b"\x00" * 64))
    report = verify(read(to_bytes(dict(jws, signatures=[entry, broken]))), VerifyContext.offline(at=NOW))
    assert report.check("signature").outcome is Outcome.FAIL  # type: ignore[union-attr]


def test_parse_errors_are_jose_errors() -> None:
    with pytest.raises(JoseError):
        parse_jades_unverified({"payload": "{}"})
    with pytest.raises(JoseError):
        parse_jades_unverified([])  # type: ignore[arg-type]


def test_an_archive_timestamp_over_other_data_fails() -> None:
    jws = _sealed()
    tsa = make_tsa()
    entry = jws["signatures"][0]
    arc = timestamp_token(tsa, b"not the archive", at=NOW + timedelta(seconds=5))
    component = b64url(json.dumps({"arcTst": {"tstTokens": [{"val": base64.b64encode(arc).decode()}]}}).encode())
    forged = dict(jws, signatures=[dict(entry, header={"etsiU": [*entry["header"]["etsiU"], component]})])
    report = verify(read(to_bytes(forged)), VerifyContext.offline(at=NOW))
    assert report.check("signature").outcome is Outcome.FAIL  # type: ignore[union-attr]
    assert "arcTst" in report.check("signature").detail  # type: ignore[union-attr]


def test_a_sealed_payload_with_an_unknown_context_is_unverifiable_and_nothing_is_fetched() -> None:
    pki = make_pki(name="Ctx")
    key, cert = pki.seal()
    credential = edc_credential()
    credential["@context"] = [credential["@context"][0], "https://example.invalid/edc-context.jsonld"]
    report = verify(read(to_bytes(seal(credential, key, [cert], signing_time=NOW))), dataclasses.replace(VerifyContext.offline(at=NOW)))
    assert report.check("format").code == "format.unknown-context"  # type: ignore[union-attr]
    assert report.verdict.value == "unverifiable"


def test_malformed_certificates_signed_in_by_their_own_key_never_crash() -> None:
    # x5c and x5t#S256 are whatever the signer says: a forger signs any certificate bytes in.
    import hashlib

    from tests.support.jades_signer import der, sign_bytes

    pki = make_pki(name="Fuzz")
    key, cert = pki.seal()
    good = der(cert)
    payload = json.dumps(edc_credential())
    ctx = VerifyContext.offline(at=NOW)
    outcomes = set()
    for i in range(0, len(good), 5):
        broken = bytearray(good)
        broken[i] ^= 0x5A
        header = {
            "alg": "ES256",
            "x5c": [base64.b64encode(bytes(broken)).decode()],
            "x5t#S256": b64url(hashlib.sha256(bytes(broken)).digest()),
            "b64": False,
            "sigT": "2025-03-01T12:00:00Z",
            "crit": ["b64", "sigT"],
        }
        protected = b64url(json.dumps(header).encode())
        signature = b64url(sign_bytes(key, "ES256", protected.encode() + b"." + payload.encode()))
        report = verify(read(to_bytes({"payload": payload, "protected": protected, "signature": signature})), ctx)
        outcomes.add(report.check("signature").outcome)  # type: ignore[union-attr]
    assert Outcome.FAIL in outcomes
