"""Property tests: the describers take any JSON shape a hostile issuer can send and only ever raise
:class:`wallet.errors.InputError` (in practice: return a record with the fields they could read)."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import VECTORS
from wallet.errors import InputError
from wallet.formats import describe
from wallet.formats.base import Parsed
from wallet.formats.describe_ob2 import describe_ob2
from wallet.formats.describe_vc import describe_sd_jwt_vc, describe_vc
from wallet.model import CredentialRecord

KEYS = st.sampled_from(
    [
        "@context", "@language", "@value", "id", "type", "name", "description", "issuer", "credentialSubject", "achievement",
        "alignment", "targetFramework", "targetCode", "targetName", "targetUrl", "targetType", "creditsAvailable", "creditsEarned",
        "result", "resultDescription", "value", "identifier", "identityHash", "hashed", "identityType", "address",
        "addressCountryCode", "addressCountry", "validFrom", "validUntil", "issuanceDate", "awardedDate", "iat", "nbf", "exp",
        "vc", "vp", "verifiableCredential", "association", "recipient", "identity", "badge", "issuedOn", "expires", "criteria",
        "narrative", "extensions", "extensions:ECTSExtension", "ECTS", "EQF", "workload", "ects", "hours", "studyLoad",
        "volumeOfLearning", "educationalLevel", "inLanguage", "en", "fr", "@none", "_sd", "_sd_alg", "...", "vct", "given_name",
    ]
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(["EQF 6", "http://data.europa.eu/snb/eqf/9", "5 ECTS", "PT40H", "P99999999999D", "sha256$" + "a" * 64, "2024-02-30"])
)
JSON = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS | st.text(max_size=10), children, max_size=6),
    max_leaves=16,
)
DOCUMENTS = st.dictionaries(KEYS, JSON, max_size=12)
FORMATS = st.sampled_from(["vc-jsonld", "vc-jwt", "vp-jsonld", "sd-jwt-vc", "openbadges-2"])

SEEDS = [
    VECTORS / "1edtech-ob3-spec" / "examples" / "full-openbadgecredential.unsigned.json",
    VECTORS / "1edtech-dc-public-validator" / "clr20" / "complex.json",
    VECTORS / "ob-badgr-server-testfiles" / "backpack" / "2_0_assertion_embedded_badgeclass.json",
    VECTORS / "w3c-ccg-citizenship-examples" / "prc-full.jsonld",
]
SEED_DOCS = [json.loads(p.read_text()) for p in SEEDS]


def _run(fmt: str, doc: dict[str, Any], extras: dict[str, Any] | None = None, token: str | None = None) -> None:
    parsed = Parsed(format=fmt, original=b"", payload=b"", document=doc, extras=extras or {}, token=token)
    for fn in (describe, describe_vc, describe_sd_jwt_vc, describe_ob2):
        try:
            record = fn(parsed)
        except InputError:
            continue
        assert isinstance(record, CredentialRecord)
        json.dumps(record.to_json(), allow_nan=False)
        record.missing()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fmt=FORMATS, doc=DOCUMENTS, extras=st.dictionaries(st.sampled_from(["documents", "claims"]), JSON, max_size=2))
def test_arbitrary_documents(fmt: str, doc: dict[str, Any], extras: dict[str, Any]) -> None:
    _run(fmt, doc, extras)


def _mutate(doc: Any, data: st.DataObject) -> Any:
    """Replace one randomly chosen node of a real credential by an arbitrary JSON value."""
    root = copy.deepcopy(doc)
    node = root
    for _ in range(data.draw(st.integers(min_value=0, max_value=8))):
        if isinstance(node, dict) and node:
            key = data.draw(st.sampled_from(sorted(node)))
            if not isinstance(node[key], dict | list) or not node[key]:
                node[key] = data.draw(JSON)
                return root
            node = node[key]
        elif isinstance(node, list) and node:
            node = node[data.draw(st.integers(min_value=0, max_value=len(node) - 1))]
        else:
            break
    if isinstance(node, dict):
        node[data.draw(KEYS)] = data.draw(JSON)
    elif isinstance(node, list):
        node.append(data.draw(JSON))
    return root


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), fmt=FORMATS, seed=st.sampled_from(range(len(SEED_DOCS))))
def test_real_credentials_with_one_part_replaced(data: st.DataObject, fmt: str, seed: int) -> None:
    doc = _mutate(SEED_DOCS[seed], data)
    if isinstance(doc, dict):
        _run(fmt, doc)


@settings(max_examples=100, deadline=None)
@given(doc=DOCUMENTS, token=st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789-_.~", max_size=200))
def test_sd_jwt_with_garbage_token(doc: dict[str, Any], token: str) -> None:
    _run("sd-jwt-vc", {**doc, "_sd": ["x"], "_sd_alg": "sha-256"}, token=token)


def test_deep_and_wide_documents() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(5000):
        node["extensions"] = {"type": "Extension"}
        node = node["extensions"]
    wide = {
        "type": ["VerifiableCredential"],
        "credentialSubject": {"achievement": {"alignment": [{"targetName": str(i)} for i in range(100_000)]}},
    }
    for doc in (deep, wide, {"credentialSubject": deep, "issuer": deep, "vc": deep, "badge": deep}):
        _run("vc-jsonld", doc)
        _run("openbadges-2", doc)
