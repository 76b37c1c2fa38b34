"""VC-JWT (VCDM 1.1 §6.3) and VC-JOSE (VC 2.0) from a fresh test issuer, in every algorithm, and forgeries."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.core._jose_helpers import check_text, context, outcome
from tests.support.jose_issuer import ALGORITHMS, JoseIssuer
from wallet.signing.jose import sign_compact
from wallet.verify.jose import b64url_decode, b64url_encode


def _replace_payload(token: str, claims: dict[str, object]) -> str:
    head, _body, sig = token.split(".")
    return f"{head}.{b64url_encode(json.dumps(claims).encode())}.{sig}"


def _claims(token: str) -> dict[str, object]:
    return json.loads(b64url_decode(token.split(".")[1]))  # type: ignore[no-any-return]


@pytest.mark.parametrize("method", ["jwk", "key"])
@pytest.mark.parametrize("alg", ALGORITHMS)
def test_fresh_credentials_verify(alg: str, method: str) -> None:
    issuer = JoseIssuer.create(alg, method=method)
    for token in (issuer.vc_jwt(), issuer.vc_jose()):
        report = check_text(token)
        assert report.format == "vc-jwt"
        assert str(report.verdict) == "valid", report.to_json()
        assert outcome(report, "issuer-key") == "pass"
        assert report.issuer.id == issuer.did


def _mutations(claims: dict[str, object]) -> list[dict[str, object]]:
    out = []
    for key, value in claims.items():
        changed = dict(claims)
        if isinstance(value, dict):
            changed[key] = {**value, "name": "Forged"}
        elif isinstance(value, list):
            changed[key] = [*value, "Forged"]
        elif isinstance(value, int):
            changed[key] = value + 1
        else:
            changed[key] = str(value) + "x"
        out.append(changed)
    return out


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_every_single_claim_change_fails_signature(alg: str) -> None:
    issuer = JoseIssuer.create(alg)
    for token in (issuer.vc_jwt(), issuer.vc_jose()):
        for changed in _mutations(_claims(token)):
            report = check_text(_replace_payload(token, changed))
            assert outcome(report, "signature") == "fail", changed
            assert str(report.verdict) == "invalid"


def test_expired_and_not_yet_valid() -> None:
    issuer = JoseIssuer.create("ES256")
    expired = check_text(issuer.vc_jwt(), context(at=datetime(2031, 1, 1, tzinfo=UTC)))
    assert outcome(expired, "validity-period") == "fail"
    assert expired.check("validity-period").code == "validity.expired"  # type: ignore[union-attr]
    early = check_text(issuer.vc_jose(), context(at=datetime(2020, 1, 1, tzinfo=UTC)))
    assert early.check("validity-period").code == "validity.not-yet-valid"  # type: ignore[union-attr]
    assert outcome(early, "signature") == "pass"
    assert str(early.verdict) == "invalid"


def test_signed_by_another_did_fails_issuer_key() -> None:
    # A real signature by a key the credential's issuer does not control.
    honest, other = JoseIssuer.create("EdDSA"), JoseIssuer.create("EdDSA")
    token = other.vc_jwt(honest.credential_v1())
    report = check_text(token)
    assert outcome(report, "signature") == "pass"
    assert outcome(report, "issuer-key") == "fail"
    assert str(report.verdict) == "invalid"


def test_wrong_key_under_issuer_kid_fails_signature() -> None:
    honest, other = JoseIssuer.create("ES256"), JoseIssuer.create("ES256")
    token = sign_compact({"typ": "JWT", "kid": honest.kid}, json.dumps(_claims(honest.vc_jwt())).encode(), other.key)
    assert outcome(check_text(token), "signature") == "fail"


def test_jwt_claims_contradicting_the_credential_fail_format() -> None:
    issuer = JoseIssuer.create("EdDSA")
    token = issuer.vc_jwt(extra_claims={"exp": int(datetime(2031, 1, 1, tzinfo=UTC).timestamp())})
    report = check_text(token)
    assert outcome(report, "format") == "fail"
    assert "exp differs from expirationDate" in report.check("format").detail  # type: ignore[union-attr]
    report = check_text(issuer.vc_jose(extra_claims={"iss": "did:example:someone-else"}))
    assert outcome(report, "format") == "fail"


def _forge_alg(token: str, header: dict[str, object], signature: bytes = b"") -> str:
    _head, body, sig = token.split(".")
    return f"{b64url_encode(json.dumps(header).encode())}.{body}.{b64url_encode(signature) if signature else sig}"


def test_alg_none_fails_signature() -> None:
    issuer = JoseIssuer.create("EdDSA")
    report = check_text(_forge_alg(issuer.vc_jwt(), {"alg": "none", "kid": issuer.kid}, b"") + "")
    check = report.check("signature")
    assert check is not None and str(check.outcome) == "fail" and check.data["reason"] == "none"


def test_hs256_with_public_key_fails_signature() -> None:
    import hashlib
    import hmac

    issuer = JoseIssuer.create("RS256")
    head = b64url_encode(json.dumps({"alg": "HS256", "kid": issuer.kid}).encode())
    body = issuer.vc_jwt().split(".")[1]
    secret = issuer.did.encode()
    mac = hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest()
    check = check_text(f"{head}.{body}.{b64url_encode(mac)}").check("signature")
    assert check is not None and str(check.outcome) == "fail" and check.data["reason"] == "hmac"


def test_wrong_curve_fails_signature() -> None:
    issuer = JoseIssuer.create("ES384")
    token = _forge_alg(issuer.vc_jwt(), {"alg": "ES256", "typ": "JWT", "kid": issuer.kid})
    check = check_text(token).check("signature")
    assert check is not None and str(check.outcome) == "fail" and check.code == "verify.jose.key-mismatch"


def test_unknown_crit_fails_signature() -> None:
    issuer = JoseIssuer.create("EdDSA")
    token = issuer.vc_jwt(header={"crit": ["urn:example:must-understand"], "urn:example:must-understand": True})
    check = check_text(token).check("signature")
    assert check is not None and str(check.outcome) == "fail" and check.code == "verify.jose.crit"


def test_oversized_header_is_refused_not_crash() -> None:
    from wallet.errors import MalformedInput
    from wallet.formats import read

    issuer = JoseIssuer.create("EdDSA")
    with pytest.raises(MalformedInput) as info:
        read(issuer.vc_jwt(header={"pad": "x" * 40_000}).encode())
    assert info.value.fields["reason"] == "too-large"


def test_header_jwk_and_jku_are_not_key_sources(no_network: list[object]) -> None:
    # An attacker signs with their own key and points jwk/jku at it; the issuer is a did:web not in the cache.
    attacker = JoseIssuer.create("ES256")
    cred = attacker.credential_v1(issuer={"id": "did:web:college.example", "name": "College"})
    token = attacker.vc_jwt(cred)
    from wallet.signing.jose import sign_compact as sign
    from wallet.verify.jose import public_key_to_jwk

    forged = sign(
        {
            "typ": "JWT",
            "kid": "did:web:college.example#key-1",
            "jku": "https://127.0.0.1/jwks.json",
            "jwk": public_key_to_jwk(attacker.key.public_key()),
        },
        json.dumps(_claims(token)).encode(),
        attacker.key,
    )
    report = check_text(forged)
    assert outcome(report, "signature") == "warn"
    assert report.check("signature").code == "signature.embedded-key-only"  # type: ignore[union-attr]
    assert outcome(report, "issuer-key") == "skip"
    assert report.check("issuer-key").data["reason"] == "not-cached"  # type: ignore[union-attr]
    assert str(report.verdict) == "unverifiable"
    assert no_network == []


def test_json_string_container() -> None:
    issuer = JoseIssuer.create("EdDSA")
    report = check_text(json.dumps(issuer.vc_jwt()))
    assert str(report.verdict) == "valid"


def test_presentation_jwt_is_not_read_as_a_credential() -> None:
    from wallet.errors import UnsupportedFormat
    from wallet.formats import read

    issuer = JoseIssuer.create("EdDSA")
    token = sign_compact({"typ": "vp+jwt"}, json.dumps({"vp": {"type": ["VerifiablePresentation"]}}).encode(), issuer.key)
    with pytest.raises(UnsupportedFormat):
        read(token.encode())
