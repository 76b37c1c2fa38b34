"""SD-JWT VC from the test issuer in every algorithm: issuance, presentation with key binding, forgeries."""

from __future__ import annotations

import json

import pytest

from tests.core._jose_helpers import check_text, context, outcome
from tests.support.jose_issuer import ALGORITHMS, JoseIssuer
from wallet.formats.sdjwt import MAX_DISCLOSURES
from wallet.signing.jose import issue_sd_jwt_vc, make_disclosure
from wallet.verify.jose import b64url_decode, b64url_encode


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_issue_and_present_in_every_algorithm(alg: str) -> None:
    issuer = JoseIssuer.create(alg)
    issued = issuer.sd_jwt_vc(decoys=2)
    report = check_text(issued.token)
    assert str(report.verdict) == "valid", report.to_json()
    assert outcome(report, "holder") == "skip"
    presented = issuer.present(issued, ("/given_name", "/achievement", "/languages/2"))
    report = check_text(presented, context(nonce="n-123", aud="https://verifier.example"))
    assert str(report.verdict) == "valid", report.to_json()
    assert outcome(report, "holder") == "pass"
    disclosed = report.check("signature").data["disclosed"]  # type: ignore[union-attr]
    assert set(disclosed) == {"/given_name", "/achievement", "/languages/1"}


@pytest.mark.parametrize("alg", ALGORITHMS)
def test_every_issuer_claim_change_fails_signature(alg: str) -> None:
    issuer = JoseIssuer.create(alg)
    issued = issuer.sd_jwt_vc(holder=False)
    head, body, sig = issued.issuer_jwt.split(".")
    claims = json.loads(b64url_decode(body))
    for key, value in claims.items():
        changed = dict(claims)
        changed[key] = value + 1 if isinstance(value, int) else ([*value, "x"] if isinstance(value, list) else str(value) + "x")
        forged = f"{head}.{b64url_encode(json.dumps(changed).encode())}.{sig}" + issued.token[len(issued.issuer_jwt) :]
        assert outcome(check_text(forged), "signature") == "fail", key


def test_every_disclosure_change_fails_signature() -> None:
    issuer = JoseIssuer.create("ES256")
    issued = issuer.sd_jwt_vc(holder=False)
    for path, disclosure in issued.disclosures.items():
        salt, *rest = json.loads(b64url_decode(disclosure))
        forged_value = make_disclosure(b64url_decode(salt), rest[0] if len(rest) == 2 else None, "forged")
        report = check_text(issued.token.replace(disclosure, forged_value))
        assert outcome(report, "signature") == "fail", path


def test_key_binding_forgeries() -> None:
    issuer = JoseIssuer.create("EdDSA")
    issued = issuer.sd_jwt_vc()
    ctx = context(nonce="n-123", aud="https://verifier.example")
    # Signed by someone who is not the holder.
    thief = JoseIssuer.create("ES256")
    stolen = thief.present(issued, ("/given_name",))
    assert check_text(stolen, ctx).check("holder").code.startswith("verify.jose")  # type: ignore[union-attr]
    # Replayed for another verifier / nonce.
    assert check_text(issuer.present(issued, ("/given_name",), nonce="old"), ctx).check("holder").code == "holder.nonce"  # type: ignore[union-attr]
    # KB-JWT of the wrong type.
    wrong_typ = issuer.present(issued, ("/given_name",), kb_header={"typ": "JWT"})
    assert check_text(wrong_typ, ctx).check("holder").code == "holder.typ"  # type: ignore[union-attr]
    # KB-JWT with alg none.
    presented = issuer.present(issued, ("/given_name",))
    kb = presented.rsplit("~", 1)[1]
    none_kb = b64url_encode(b'{"alg":"none","typ":"kb+jwt"}') + "." + kb.split(".")[1] + "."
    report = check_text(presented[: -len(kb)] + none_kb, ctx)
    assert outcome(report, "holder") == "fail"
    assert str(report.verdict) == "invalid"


def test_hostile_structures_fail_cleanly() -> None:
    issuer = JoseIssuer.create("EdDSA")
    base = issuer.sd_claims()
    # A digest listed twice.
    issued = issuer.sd_jwt_vc(base, holder=False, disclosable=("/given_name",))
    d = issued.disclosures["/given_name"]
    report = check_text(issued.token + d + "~")
    assert outcome(report, "signature") == "fail"
    # Claims that SD-JWT VC forbids hiding.
    hidden = issuer.sd_jwt_vc(base, holder=False, disclosable=("/exp",))
    assert outcome(check_text(hidden.token), "format") == "fail"
    # Too many disclosures is refused while reading.
    from wallet.errors import MalformedInput
    from wallet.formats import read

    with pytest.raises(MalformedInput):
        read((issued.issuer_jwt + "~" + "WyJhIiwiYiIsMV0~" * (MAX_DISCLOSURES + 1)).encode())
    # A disclosure nested into itself cannot recurse forever: nesting depth is bounded.
    deep = {"iss": issuer.did, "vct": "x", "a": 1}
    node: dict[str, object] = deep
    for _ in range(40):
        node["n"] = {"a": 1}
        node = node["n"]  # type: ignore[assignment]
    paths = ["/" + "/".join(["n"] * i) for i in range(1, 41)]
    nested = issue_sd_jwt_vc(deep, issuer.key, disclosable=paths, kid=issuer.kid)
    assert outcome(check_text(nested.token), "signature") == "fail"
