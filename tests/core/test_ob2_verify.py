"""Open Badges 2.0 verification: the 1EdTech validator's OB 2.0 vectors, a real RSA issuer of our own,
and the OB 0.5/1.x objects of the IMS Global validator-core and Badgr (read gracefully, unverifiable)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.support.badges import OB20, VECTORS, Ob2Issuer, b64url, context, ob20_cache
from wallet.formats import read
from wallet.verify import Verdict, verify
from wallet.verify.cache import LocalCache
from wallet.verify.cache_seed import seed_cache
from wallet.verify.openbadges2 import issuer_profile_unverified


def _outcomes(report: object) -> dict[str, str]:
    return {c.id: str(c.outcome) for c in report.checks}  # type: ignore[attr-defined]


def _codes(report: object) -> dict[str, str]:
    return {c.id: c.code for c in report.checks}  # type: ignore[attr-defined]


# --- signed (JWS RS256) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "verdict", "status"),
    [
        ("simple.jwt", Verdict.VALID, "status.none"),  # issuer publishes no revocation list
        ("simple-not-revoked.jwt", Verdict.VALID, "status.valid"),  # empty revocation list
        ("simple-revoked.jwt", Verdict.INVALID, "status.revoked"),  # id listed in revocation-list.json
    ],
)
def test_1edtech_signed_jws(tmp_path: Path, name: str, verdict: Verdict, status: str) -> None:
    ctx = context(ob20_cache(tmp_path))
    report = verify(read((OB20 / name).read_bytes(), name), ctx)
    assert report.format == "openbadges-2"
    assert report.verdict is verdict
    assert _outcomes(report)["signature"] == "pass"
    assert _outcomes(report)["issuer-key"] == "pass"
    assert _codes(report)["status"] == status
    if status != "status.none":
        assert report.check("status").data["checked_at"].startswith("2026-11-01")  # type: ignore[union-attr]


def test_1edtech_signed_without_cache_is_unverifiable() -> None:
    report = verify(read((OB20 / "simple.jwt").read_bytes()), context(None))
    assert report.verdict is Verdict.UNVERIFIABLE
    assert _codes(report)["issuer-key"] == "issuer-key.not-cached"
    assert "refresh the cache" in report.check("issuer-key").detail  # type: ignore[union-attr]


def test_1edtech_signed_tampered_payload_fails(tmp_path: Path) -> None:
    token = (OB20 / "simple.jwt").read_text().strip()
    head, body, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["issuedOn"] = "2015-01-01T00:00:00Z"
    forged = f"{head}.{b64url(json.dumps(claims).encode())}.{sig}"
    report = verify(read(forged.encode()), context(ob20_cache(tmp_path)))
    assert report.verdict is Verdict.INVALID
    assert _outcomes(report)["signature"] == "fail"


# --- our own issuer ------------------------------------------------------------------------------------


@pytest.fixture
def issuer() -> Ob2Issuer:
    return Ob2Issuer(revoked=[{"id": "urn:uuid:00000000-0000-4000-8000-000000000002", "revocationReason": "issued in error"}])


def _issuer_cache(tmp_path: Path, issuer: Ob2Issuer, **kwargs: str) -> LocalCache:
    cache = LocalCache(tmp_path / "cache")
    seed_cache(cache, dict(issuer.documents(**kwargs)))  # type: ignore[arg-type]
    return cache


def test_own_issuer_valid(tmp_path: Path, issuer: Ob2Issuer) -> None:
    token = issuer.sign(issuer.assertion())
    report = verify(read(token.encode()), context(_issuer_cache(tmp_path, issuer)))
    assert report.verdict is Verdict.VALID, report.to_json()
    assert report.issuer.id == issuer.profile_url
    assert report.issuer.name == "Test Academy"


def test_own_issuer_revoked_with_reason(tmp_path: Path, issuer: Ob2Issuer) -> None:
    token = issuer.sign(issuer.assertion(2))
    report = verify(read(token.encode()), context(_issuer_cache(tmp_path, issuer)))
    assert report.verdict is Verdict.INVALID
    status = report.check("status")
    assert status is not None and status.code == "status.revoked"
    assert status.data["reason"] == "issued in error"


def test_wrong_key_fails_signature(tmp_path: Path, issuer: Ob2Issuer) -> None:
    other = Ob2Issuer()
    token = issuer.sign(issuer.assertion(), key=other.key)
    report = verify(read(token.encode()), context(_issuer_cache(tmp_path, issuer)))
    assert report.verdict is Verdict.INVALID
    assert _outcomes(report)["signature"] == "fail"


def test_key_owned_by_someone_else_fails_issuer_key(tmp_path: Path, issuer: Ob2Issuer) -> None:
    token = issuer.sign(issuer.assertion())
    cache = _issuer_cache(tmp_path, issuer, owner="https://attacker.test/profile.json")
    report = verify(read(token.encode()), context(cache))
    assert _outcomes(report)["signature"] == "pass"
    assert _codes(report)["issuer-key"] == "issuer-key.owner-mismatch"
    assert report.verdict is Verdict.INVALID


@pytest.mark.parametrize(
    "header",
    [{"alg": "none"}, {"alg": "HS256"}, {"alg": "PS256"}, {"alg": "RS256", "crit": ["exp"], "exp": 1}],
)
def test_refused_headers(tmp_path: Path, issuer: Ob2Issuer, header: dict[str, object]) -> None:
    token = issuer.sign(issuer.assertion(), header=header)
    report = verify(read(token.encode()), context(_issuer_cache(tmp_path, issuer)))
    assert report.verdict is Verdict.INVALID
    assert _outcomes(report)["signature"] == "fail"


def test_key_in_jws_header_is_ignored(tmp_path: Path, issuer: Ob2Issuer) -> None:
    """An attacker's jwk in the header must not replace the issuer's key (DESIGN.md, Security stance)."""
    attacker = Ob2Issuer()
    from wallet.verify.jose import public_key_to_jwk

    header = {"alg": "RS256", "jwk": public_key_to_jwk(attacker.key.public_key())}
    token = issuer.sign(issuer.assertion(), header=header, key=attacker.key)
    report = verify(read(token.encode()), context(_issuer_cache(tmp_path, issuer)))
    assert _outcomes(report)["signature"] == "fail"


def test_signed_json_without_jws_is_unverifiable(tmp_path: Path, issuer: Ob2Issuer) -> None:
    data = json.dumps(issuer.assertion()).encode()
    report = verify(read(data), context(_issuer_cache(tmp_path, issuer)))
    assert report.verdict is Verdict.UNVERIFIABLE
    assert _codes(report)["signature"] == "signature.ob2-no-jws"


def test_embedded_public_key_in_cached_profile(tmp_path: Path, issuer: Ob2Issuer) -> None:
    docs = issuer.documents()
    profile = json.loads(docs[issuer.profile_url])
    profile["publicKey"] = {"id": issuer.key_url, "publicKeyPem": issuer.public_pem()}
    docs[issuer.profile_url] = json.dumps(profile).encode()
    del docs[issuer.key_url]
    cache = LocalCache(tmp_path / "c")
    seed_cache(cache, dict(docs))  # type: ignore[arg-type]
    report = verify(read(issuer.sign(issuer.assertion()).encode()), context(cache))
    assert report.verdict is Verdict.VALID


# --- hosted --------------------------------------------------------------------------------------------


HOSTED = [
    # file, verdict with the hosted copy cached, why
    ("basic-assertion.json", Verdict.VALID),
    ("basic-assertion-with-language.json", Verdict.VALID),
    ("basic-assertion-no-public-key.json", Verdict.VALID),  # hosted needs no key
    ("basic-assertion-with-allowed-origins.json", Verdict.VALID),
    ("basic-assertion-with-allowed-origins-valid-starts-with.json", Verdict.VALID),
    ("basic-assertion-with-allowed-origins-valid-multiple-starts-with.json", Verdict.VALID),
    ("basic-assertion-with-allowed-origins-invalid-starts-with.json", Verdict.INVALID),
    ("basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json", Verdict.INVALID),
    ("basic-assertion-expired.json", Verdict.INVALID),
    ("basic-assertion-expired-before-issued.json", Verdict.INVALID),
    ("basic-assertion-in-future.json", Verdict.INVALID),
    ("basic-assertion-invalid-context.json", Verdict.INVALID),
    ("basic-assertion-invalid-type.json", Verdict.INVALID),
    ("assertion-with-endorsements.json", Verdict.VALID),
    ("assertion-with-extension-node-basic.json", Verdict.VALID),
    ("assertion-with-multiple-extensions.json", Verdict.VALID),
    ("warning-with-redirection.json", Verdict.VALID),
    # Deliberate differences from the upstream validator (which judges schema, not authenticity):
    # - extension-node-invalid / data-image: upstream rejects the extension's / image's shape; the
    #   assertion is authentic, and its contents are for the record, not for the verdict.
    ("assertion-with-extension-node-invalid.json", Verdict.VALID),
    ("assertion-with-data-image.json", Verdict.VALID),
    # - issuer-non-http: upstream warns; the issuer's id is a urn, so nothing ties the hosting site to
    #   the issuer and the issuer key cannot be confirmed: unverifiable, not valid.
    ("warning-issuer-non-http.json", Verdict.UNVERIFIABLE),
]


@pytest.mark.parametrize(("name", "verdict"), HOSTED)
def test_1edtech_hosted_with_cached_copy(tmp_path: Path, name: str, verdict: Verdict) -> None:
    data = (OB20 / name).read_bytes()
    cache = ob20_cache(tmp_path)
    cache.put(json.loads(data)["id"], data)  # the learner refreshed the cache: the hosted copy is there
    report = verify(read(data, name), context(cache))
    assert report.verdict is verdict, report.to_json()


@pytest.mark.parametrize("name", [n for n, v in HOSTED if "invalid-" not in n and "expired" not in n and "future" not in n])
def test_1edtech_hosted_offline_is_unverifiable_with_reason(tmp_path: Path, name: str) -> None:
    report = verify(read((OB20 / name).read_bytes(), name), context(ob20_cache(tmp_path)))
    assert report.verdict is Verdict.UNVERIFIABLE
    sig = report.check("signature")
    assert sig is not None and sig.code == "signature.hosted-not-cached"
    assert "cannot be checked offline" in sig.detail


def test_hosted_copy_differs(tmp_path: Path) -> None:
    data = (OB20 / "basic-assertion.json").read_bytes()
    cache = ob20_cache(tmp_path)
    doc = json.loads(data)
    doc["issuedOn"] = "2017-01-01T00:00:00Z"
    cache.put(doc["id"], json.dumps(doc).encode())
    report = verify(read(data), context(cache))
    assert report.verdict is Verdict.INVALID
    assert _codes(report)["signature"] == "signature.hosted-mismatch"


def test_hosted_on_foreign_domain_fails(tmp_path: Path) -> None:
    doc = json.loads((OB20 / "basic-assertion.json").read_bytes())
    doc["id"] = "https://elsewhere.test/badge.json"
    data = json.dumps(doc).encode()
    cache = ob20_cache(tmp_path)
    cache.put(doc["id"], data)
    report = verify(read(data), context(cache))
    assert _codes(report)["issuer-key"] == "issuer-key.hosted-origin"
    assert report.verdict is Verdict.INVALID


def test_baked_png_hosted_assertion(tmp_path: Path) -> None:
    """simple-badge.png (iTXt ``openbadges``) holds a hosted assertion: valid once the hosted copy is cached."""
    image = (OB20 / "simple-badge.png").read_bytes()
    parsed = read(image, "simple-badge.png")
    assert parsed.container == "png" and parsed.original == image
    assert parsed.format == "openbadges-2"
    cache = ob20_cache(tmp_path)
    assert verify(parsed, context(cache)).verdict is Verdict.UNVERIFIABLE
    cache.put(parsed.document["id"], parsed.payload)
    assert verify(parsed, context(cache)).verdict is Verdict.VALID


def test_imsglobal_baked_heart_differs_from_served_copy(tmp_path: Path) -> None:
    """baked_heart.png's recipient hash differs from the copy served at its id (README): a mismatch."""
    core = VECTORS / "ob2-imsglobal-validator-core" / "components"
    cache = LocalCache(tmp_path)
    seed_cache(
        cache,
        {
            "https://example.org/beths-robotics-badge.json": core / "2_0_basic_assertion.json",
            "https://example.org/robotics-badge.json": core / "2_0_basic_badgeclass.json",
            "https://example.org/organization.json": core / "2_0_basic_issuer.json",
        },
    )
    parsed = read((VECTORS / "ob2-imsglobal-validator-core" / "baked_heart.png").read_bytes())
    assert _codes(verify(parsed, context(cache)))["signature"] == "signature.hosted-mismatch"
    # The served copy itself verifies.
    served = read((core / "2_0_basic_assertion.json").read_bytes())
    assert verify(served, context(cache)).verdict is Verdict.VALID


def test_issuer_profile_lookup_needs_cache() -> None:
    from wallet.errors import KeyResolutionError

    doc = json.loads((OB20 / "basic-assertion.json").read_bytes())
    with pytest.raises(KeyResolutionError):
        issuer_profile_unverified(doc, context(None))


# --- OB 0.5 / 1.x ---------------------------------------------------------------------------------------


LEGACY = VECTORS / "ob2-imsglobal-validator-core" / "components"
BADGR = VECTORS / "ob-badgr-server-testfiles" / "backpack"


@pytest.mark.parametrize(
    "path",
    [
        LEGACY / "1_0_basic_assertion.json",
        LEGACY / "1_0_basic_assertion_with_extra_properties.json",
        LEGACY / "1_1_basic_assertion.json",
        LEGACY / "0_5_assertion.json",
        LEGACY / "0_5_1_assertion.json",
        BADGR / "1_0_basic_instance.json",
        BADGR / "0_5_basic_instance.json",
        BADGR / "baked_image.png",
    ],
    ids=lambda p: p.name,
)
def test_legacy_badges_read_and_unverifiable(path: Path) -> None:
    parsed = read(path.read_bytes(), path.name)
    report = verify(parsed, context(None))
    assert report.verdict is Verdict.UNVERIFIABLE, report.to_json()
    sig = report.check("signature")
    assert sig is not None and sig.code == "signature.ob-legacy"
    assert "cannot check them offline" in sig.detail


def test_legacy_bad_date_is_invalid() -> None:
    parsed = read((BADGR / "1_0_basic_instance_with_bad_date.json").read_bytes())
    assert verify(parsed, context(None)).verdict is Verdict.INVALID


@pytest.mark.parametrize("name", ["1_0_basic_instance_missing_badge_prop.json", "1_0_basic_issuer_invalid_json.json"])
def test_legacy_broken_objects_are_typed_errors(name: str) -> None:
    from wallet.errors import InputError

    with pytest.raises(InputError):
        read((BADGR / name).read_bytes(), name)


def test_legacy_assertion_with_errors_is_not_valid() -> None:
    parsed = read((LEGACY / "1_0_assertion_with_errors.json").read_bytes())
    assert verify(parsed, context(None)).verdict is not Verdict.VALID
