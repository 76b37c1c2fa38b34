"""Property tests over ``wallet.formats.read``: whatever the bytes, only :class:`InputError`
subclasses escape, and what reads is described and verified without any other exception."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import VECTORS
from wallet.errors import InputError
from wallet.formats import describe, read
from wallet.formats.base import FORMATS, Parsed
from wallet.verify import Verdict, VerifyContext, verify

AT = datetime(2026, 11, 22, tzinfo=UTC)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

KEYS = st.sampled_from(
    ["@context", "type", "id", "issuer", "credentialSubject", "proof", "vc", "vct", "badge", "recipient", "verifiableCredential",
     "validFrom", "issuanceDate", "name", "achievement", "_sd", "payload", "signatures", "@type", "verification"]
)  # fmt: skip
TYPES = st.sampled_from(["VerifiableCredential", "VerifiablePresentation", "Assertion", "OpenBadgeCredential", "EuropeanDigitalCredential"])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30) | TYPES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS | st.text(max_size=8), children, max_size=5),
    max_leaves=16,
)
DOCUMENTS = st.dictionaries(KEYS, JSON, max_size=8) | JSON


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _read(data: bytes) -> Parsed | None:
    """``read(data)``: a Parsed, or ``None`` when refused with an InputError; anything else fails the test."""
    try:
        parsed = read(data, "property")
    except InputError:
        return None
    assert isinstance(parsed, Parsed)
    assert parsed.format in FORMATS
    assert isinstance(parsed.document, dict)
    return parsed


def _use(parsed: Parsed | None, *, may_be_valid: bool = False) -> None:
    if parsed is None:
        return
    try:
        describe(parsed)
    except InputError:
        pass  # refusing to describe a shape is fine; any other exception fails the test
    report = verify(parsed, VerifyContext.offline(at=AT))
    if not may_be_valid:
        assert report.verdict != Verdict.VALID


@SETTINGS
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    _use(_read(data))


@SETTINGS
@given(
    prefix=st.sampled_from([b"", b"{", b"[", b'"', b"<", b"<svg ", b"\x89PNG\r\n\x1a\n", b"eyJ", b"\xef\xbb\xbf{"]),
    tail=st.binary(max_size=2048),
)
def test_arbitrary_bytes_after_a_format_signature(prefix: bytes, tail: bytes) -> None:
    _use(_read(prefix + tail))


@SETTINGS
@given(value=DOCUMENTS)
def test_arbitrary_json_values(value: Any) -> None:
    _use(_read(json.dumps(value).encode()))


@SETTINGS
@given(header=DOCUMENTS, payload=DOCUMENTS, signature=st.binary(max_size=64), disclosures=st.lists(JSON, max_size=4))
def test_arbitrary_tokens(header: Any, payload: Any, signature: bytes, disclosures: list[Any]) -> None:
    token = ".".join(_b64(json.dumps(part).encode()) for part in (header, payload)) + "." + _b64(signature)
    _use(_read(token.encode()))
    if disclosures:
        sd = token + "~" + "~".join(_b64(json.dumps(d).encode()) for d in disclosures) + "~"
        _use(_read(sd.encode()))
        _use(_read(json.dumps(sd).encode()))


SEEDS = [
    VECTORS / "1edtech-dc-public-validator" / "ob30" / "simple.json",
    VECTORS / "1edtech-dc-public-validator" / "ob30" / "simple.jwt",
    VECTORS / "sd-jwt-vc-ietf" / "fig08-presented-sd-jwt-kb-identity.txt",
    VECTORS / "1edtech-dc-public-validator" / "ob20" / "simple.jwt",
    VECTORS / "1edtech-dc-public-validator" / "ob30" / "simple-json.svg",
]
SEED_BYTES = [p.read_bytes() for p in SEEDS]


@SETTINGS
@given(seed=st.sampled_from(range(len(SEED_BYTES))), data=st.data())
def test_real_credentials_with_bytes_flipped(seed: int, data: st.DataObject) -> None:
    original = bytearray(SEED_BYTES[seed])
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        position = data.draw(st.integers(min_value=0, max_value=len(original) - 1))
        original[position] = data.draw(st.integers(min_value=0, max_value=255))
    # A flipped byte may land in ignorable whitespace or an unsigned part, so validity is not asserted here.
    _use(_read(bytes(original)), may_be_valid=True)


@SETTINGS
@given(seed=st.sampled_from(range(len(SEED_BYTES))), cut=st.floats(min_value=0.0, max_value=1.0))
def test_real_credentials_truncated(seed: int, cut: float) -> None:
    original = SEED_BYTES[seed]
    _use(_read(original[: int(len(original) * cut)]), may_be_valid=True)
