"""SD-JWT (RFC 9901) and SD-JWT VC draft examples, verified offline.

The examples' issuer key is published in keys.json but not inside the tokens (kid only, or none). A
real wallet finds it through JWT VC Issuer Metadata (SD-JWT VC draft §5); the test puts that
metadata, holding the published public key, into the local cache, as `satchel cache refresh` would.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import VECTORS
from tests.core._jose_helpers import check_text, context, outcome
from wallet.formats import read
from wallet.formats.jose_readers import disclosed_claims_unverified
from wallet.verify.cache import LocalCache

VC_DIR = VECTORS / "sd-jwt-vc-ietf"
RFC_DIR = VECTORS / "sd-jwt-rfc9901-ietf"
AT = datetime(2026, 11, 22, tzinfo=UTC)
"""The vectors' dates were judged at this instant (tests/vectors/INDEX.md); KB-JWTs are dated 2025-2026."""
ISSUERS = (
    "https://example.com/issuer",
    "https://issuer.example.com",
    "https://pid-issuer.bund.de.example",
    "https://pid-issuer.aendgard.example",
)


def _public(jwk: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in jwk.items() if k != "d"}


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    keys = json.loads((VC_DIR / "keys.json").read_text())
    issuer_jwk = {**_public(keys["issuer_key"]), "kid": "doc-signer-05-25-2022"}
    cache = LocalCache(tmp_path)
    for iss in ISSUERS:
        host, _, path = iss[len("https://") :].partition("/")
        url = f"https://{host}/.well-known/jwt-vc-issuer" + (f"/{path}" if path else "")
        cache.put(url, json.dumps({"issuer": iss, "jwks": {"keys": [issuer_jwk]}}).encode())
    return tmp_path


ALL_FILES = sorted(p.name for p in VC_DIR.glob("*.txt")) + sorted(p.name for p in RFC_DIR.glob("*.txt"))


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_example_is_valid(name: str, cache_dir: Path) -> None:
    path = VC_DIR / name if (VC_DIR / name).exists() else RFC_DIR / name
    report = check_text(path.read_bytes(), context(cache_dir, at=AT))
    assert report.format == "sd-jwt-vc"
    assert str(report.verdict) == "valid", json.dumps(report.to_json(), indent=1)
    assert outcome(report, "signature") == "pass"
    assert outcome(report, "issuer-key") == "pass"
    holder = report.check("holder")
    assert holder is not None
    expected = "pass" if "-kb" in name and "no-kb" not in name else "skip"
    assert str(holder.outcome) == expected


def test_key_binding_with_the_verifiers_nonce_and_audience(cache_dir: Path) -> None:
    text = (VC_DIR / "fig08-presented-sd-jwt-kb-identity.txt").read_bytes()
    good = check_text(text, context(cache_dir, at=AT, nonce="1234567890", aud="https://example.com/verifier"))
    assert outcome(good, "holder") == "pass"
    replay = check_text(text, context(cache_dir, at=AT, nonce="another-nonce", aud="https://example.com/verifier"))
    assert replay.check("holder").code == "holder.nonce"  # type: ignore[union-attr]
    elsewhere = check_text(text, context(cache_dir, at=AT, nonce="1234567890", aud="https://evil.example"))
    assert elsewhere.check("holder").code == "holder.aud"  # type: ignore[union-attr]
    assert str(elsewhere.verdict) == "invalid"


def test_disclosed_claims_of_the_identity_presentation(cache_dir: Path) -> None:
    # Figure 9 of the draft: is_over_65 and address are disclosed, nothing else of the optional claims.
    text = (VC_DIR / "fig08-presented-sd-jwt-kb-identity.txt").read_bytes()
    report = check_text(text, context(cache_dir, at=AT))
    assert report.check("signature").data["disclosed"] == ["/is_over_65", "/address"]  # type: ignore[union-attr]
    parsed = read(text)
    claims = disclosed_claims_unverified(parsed)
    assert claims["is_over_65"] is True
    assert claims["address"]["locality"] == "Anytown"
    assert "given_name" not in claims and "_sd" not in claims and "_sd_alg" not in claims
    assert parsed.document == claims


def test_rfc9901_nationalities_array_elements(cache_dir: Path) -> None:
    parsed = read((RFC_DIR / "s5.2-presented-sd-jwt-kb.txt").read_bytes())
    assert parsed.extras["disclosed"] == ["/nationalities/0", "/family_name", "/address", "/given_name"]
    assert parsed.document["nationalities"] == ["US"] or len(parsed.document["nationalities"]) == 1
    issued = read((RFC_DIR / "s5.1-issued-sd-jwt.txt").read_bytes())
    assert len(issued.document["nationalities"]) == 2


def test_pid_presentation_nested_disclosures(cache_dir: Path) -> None:
    report = check_text((VC_DIR / "fig26-presented-sd-jwt-kb-pid.txt").read_bytes(), context(cache_dir, at=AT))
    assert report.check("signature").data["disclosed"] == ["/age_equal_or_over", "/age_equal_or_over/18", "/nationalities"]  # type: ignore[union-attr]


def test_without_issuer_metadata_unverifiable_with_reason() -> None:
    report = check_text((VC_DIR / "fig07-issued-sd-jwt-vc-identity.txt").read_bytes(), context())
    assert str(report.verdict) == "unverifiable"
    check = report.check("issuer-key")
    assert check is not None and str(check.outcome) == "skip" and "refresh the cache" in check.detail


def _tamper_disclosure(text: str) -> str:
    parts = text.split("~")
    parts[1] = parts[1][:-2] + ("A" if parts[1][-2] != "A" else "B") + parts[1][-1]
    return "~".join(parts)


def test_tampering_is_caught(cache_dir: Path) -> None:
    text = (VC_DIR / "fig08-presented-sd-jwt-kb-identity.txt").read_text().strip()
    ctx = context(cache_dir, at=AT)
    # An altered disclosure matches no signed digest.
    altered = check_text(_tamper_disclosure(text), ctx)
    assert outcome(altered, "signature") == "fail"
    # A disclosure from another credential (the issued one) added to the presentation.
    issued = (VC_DIR / "fig07-issued-sd-jwt-vc-identity.txt").read_text().strip().split("~")
    jwt, *rest = text.split("~")
    foreign = check_text("~".join([jwt, *rest[:-1], issued[1], rest[-1]]), ctx)
    assert outcome(foreign, "signature") == "fail" or outcome(foreign, "holder") == "fail"
    # Dropping a disclosure after the KB-JWT was made breaks sd_hash.
    dropped = check_text("~".join([jwt, *rest[1:]]), ctx)
    assert dropped.check("holder").code == "holder.sd-hash"  # type: ignore[union-attr]
    # A byte of the issuer signature changed.
    head, body, sig = jwt.split(".")
    bad_sig = sig[:10] + ("A" if sig[10] != "A" else "B") + sig[11:]
    assert outcome(check_text("~".join([f"{head}.{body}.{bad_sig}", *rest]), ctx), "signature") == "fail"


def test_after_expiry_is_invalid(cache_dir: Path) -> None:
    report = check_text(
        (VC_DIR / "fig07-issued-sd-jwt-vc-identity.txt").read_bytes(), context(cache_dir, at=datetime(2030, 1, 1, tzinfo=UTC))
    )
    assert report.check("validity-period").code == "validity.expired"  # type: ignore[union-attr]
