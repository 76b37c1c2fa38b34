"""Hostile input: every reader refuses it with an :class:`InputError` subclass, quickly, without the
network (the suite's socket guard fails any attempt), and what does parse never verifies as valid."""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.conftest import VECTORS
from wallet.errors import InputError, InputTooLarge, MalformedInput
from wallet.formats import describe, read
from wallet.formats.base import MAX_INPUT_BYTES
from wallet.verify import Verdict, VerifyContext, verify

AT = datetime(2026, 11, 22, tzinfo=UTC)


def b64(value: Any) -> str:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def refused(data: bytes, within: float = 2.0) -> InputError:
    """``read(data)`` raises an InputError subclass (and nothing else) within ``within`` seconds."""
    start = time.monotonic()
    with pytest.raises(InputError) as info:
        read(data, "hostile")
    assert time.monotonic() - start < within
    return info.value


def not_valid(data: bytes, within: float = 15.0) -> None:
    """Either ``read`` refuses ``data`` or the report's verdict is not ``valid``; ``describe`` is safe too."""
    start = time.monotonic()
    try:
        parsed = read(data, "hostile")
    except InputError:
        return
    report = verify(parsed, VerifyContext.offline(at=AT))
    assert report.verdict != Verdict.VALID
    try:
        describe(parsed)
    except InputError:
        pass  # refusing to describe is fine; any other exception is not
    assert time.monotonic() - start < within


# --- JSON ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000, b"[" * 100_000],
    ids=["arrays", "objects", "unclosed"],
)
def test_json_nested_100000_deep(data: bytes) -> None:
    error = refused(data, within=1.0)
    assert isinstance(error, MalformedInput)


def test_json_duplicate_keys() -> None:
    # Two readers of one credential must not disagree on what it says (first vs last key wins).
    doc = b'{"type": ["VerifiableCredential"], "issuer": "did:example:a", "issuer": "did:example:b", "credentialSubject": {}}'
    assert isinstance(refused(doc), MalformedInput)
    nested = b'{"type": ["VerifiableCredential"], "credentialSubject": {"id": "a", "id": "b"}}'
    assert isinstance(refused(nested), MalformedInput)


@pytest.mark.parametrize("wrap", [b'{"a": %s}', b"[%s]", b"%s", b'{"a": -%s.5e7}'], ids=["in-object", "in-array", "bare", "float"])
def test_number_of_a_million_digits(wrap: bytes) -> None:
    refused(wrap.replace(b"%s", b"7" * 1_000_000))


def test_fifty_megabyte_file_is_rejected_before_parsing() -> None:
    # A valid-looking JSON document: only the size cap can stop it before the parser runs.
    data = b'{"type": ["VerifiableCredential"], "name": "' + b"x" * (50 * 1024 * 1024) + b'"}'
    start = time.monotonic()
    error = refused(data, within=1.0)
    assert time.monotonic() - start < 1.0
    assert isinstance(error, InputTooLarge)
    assert error.fields.get("limit") == MAX_INPUT_BYTES


def test_just_over_the_cap() -> None:
    assert isinstance(refused(b"{" + b" " * MAX_INPUT_BYTES + b"}"), InputTooLarge)


@pytest.mark.parametrize("data", [b"", b" ", b"\n\t\r ", b"\xef\xbb\xbf", b"\x00" * 64], ids=["empty", "space", "whitespace", "bom", "nul"])
def test_empty_files(data: bytes) -> None:
    refused(data)


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes(seed: int) -> None:
    data = os.urandom(1 + seed * 997)
    refused(data)
    refused(b"{" + data)
    refused(b"\x89PNG\r\n\x1a\n" + data)
    refused(b"<svg " + data)


@pytest.mark.parametrize(
    "data",
    [
        '{"name": "café'.encode()[:-1],
        '{"type": ["VerifiableCredential"], "name": "Ærø"}'.encode()[:-4],
        '{"name": "\u00e9"}'.encode("latin-1"),
        '"€'.encode()[:-1],
        '{"a": 1}'.encode("utf-16"),
    ],
    ids=["cut-in-char", "cut-document", "latin-1", "cut-string", "utf-16"],
)
def test_truncated_or_wrong_utf8(data: bytes) -> None:
    refused(data)


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e999"])
def test_nan_and_infinity(literal: bytes) -> None:
    refused(b'{"type": ["VerifiableCredential"], "credentialSubject": {"creditsEarned": ' + literal + b"}}")


@pytest.mark.parametrize(
    "text",
    [
        '"garbage"',
        '"\\u0000\\u0001~~..~"',
        '"' + "A" * 100_000 + '"',
        '"a.b.c"',
        '"x~y~z"',
        '"data:application/vc+jwt,@@@"',
        '"\\ud800"',
        "42",
        "true",
        "null",
    ],
)
def test_json_string_holding_garbage(text: str) -> None:
    refused(text.encode())


def test_huge_arrays() -> None:
    refused(b"[" + b"0," * 1_000_000 + b"0]", within=2.0)
    refused(b"[" + b"{}," * 500_000 + b"{}]", within=2.0)


def test_huge_array_inside_a_credential() -> None:
    alignment = b'{"targetName": "x"},' * 200_000
    doc = (
        b'{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "OpenBadgeCredential"],'
        b' "issuer": "did:example:issuer", "credentialSubject": {"achievement": {"name": "x", "alignment": ['
        + alignment
        + b'{"targetName": "y"}]}}}'
    )
    not_valid(doc)


# --- tokens, images, markup ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "a.b.c",
        "...",
        "~~~",
        "x.y.z~~",
        b64({"alg": "none"}) + "." + b64([1, 2, 3]) + ".",
        b64({"alg": "none"}) + "." + b64(b"\xff\xfe") + ".",
        b64({"alg": "ES256"}) + "." + b64(b"[" * 100_000) + ".c2ln",
        b64({"alg": "ES256"}) + "." + b64({"vct": "x", "a": 1, "a ": 2}) + ".c2ln~" + "WyJhIl0~" * 300,
        b64(b"{" * 10_000) + ".e30.c2ln",
        "eyJ" + "A" * 1_000_000,
    ],
    ids=[
        "letters",
        "dots",
        "tildes",
        "empty-disclosure",
        "array-payload",
        "bytes-payload",
        "deep-payload",
        "many-disclosures",
        "deep-header",
        "long",
    ],
)
def test_malformed_tokens(token: str) -> None:
    refused(token.encode())


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg">&lol2;</svg>',
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "http://example.com/x">]><svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 100_000,
        b"<svg",
        b"<" * 10_000,
        b"\x89PNG\r\n\x1a\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + b"\xff" * 13 + b"\x00\x00\x00\x00",
    ],
    ids=["billion-laughs", "external-entity", "deep-svg", "cut-svg", "angles", "png-signature-only", "png-bad-ihdr"],
)
def test_hostile_markup_and_images(data: bytes) -> None:
    refused(data)


# --- what parses never verifies as valid ---------------------------------------------------------


def _vector(path: str) -> dict[str, Any]:
    doc = json.loads((VECTORS / path).read_text())
    assert isinstance(doc, dict)
    return doc


SIGNED = "1edtech-dc-public-validator/ob30/simple.json"


def _proof(doc: dict[str, Any]) -> dict[str, Any]:
    proof = doc["proof"]
    first = proof[0] if isinstance(proof, list) else proof
    assert isinstance(first, dict)
    return first


MUTATIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "proof-is-a-string": lambda d: d.__setitem__("proof", "x"),
    "proof-list-of-junk": lambda d: d.__setitem__("proof", [1, None, {"type": 5}]),
    "proof-value-huge": lambda d: _proof(d).__setitem__("proofValue", "z" + "1" * 1_000_000),
    "unknown-context": lambda d: d.__setitem__("@context", [*d["@context"], "https://attacker.example/context.json"]),
    "context-object": lambda d: d.__setitem__("@context", [{"@version": 1.1, "@vocab": "https://attacker.example/#"}]),
    "did-web-issuer": lambda d: d.__setitem__("issuer", {"id": "did:web:attacker.example", "name": "x"}),
    "vm-https": lambda d: _proof(d).__setitem__("verificationMethod", "https://attacker.example/key#1"),
    "status-remote": lambda d: d.__setitem__(
        "credentialStatus",
        {
            "type": "BitstringStatusListEntry",
            "statusListCredential": "https://attacker.example/s",
            "statusListIndex": "1",
            "statusPurpose": "revocation",
        },
    ),
    "subject-junk": lambda d: d.__setitem__("credentialSubject", [None, 1, "x", [[]]]),
    "types-wrong": lambda d: d.__setitem__("type", ["VerifiableCredential", 5, None]),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_hostile_credentials_are_never_valid(name: str) -> None:
    doc = _vector(SIGNED)
    MUTATIONS[name](doc)
    not_valid(json.dumps(doc).encode())


def test_hosted_open_badge_is_not_fetched() -> None:
    not_valid((VECTORS / "ob2-imsglobal-validator-core" / "components" / "2_0_basic_assertion.json").read_bytes())


def test_sd_jwt_with_garbage_disclosures() -> None:
    issuer_jwt = (VECTORS / "sd-jwt-vc-ietf" / "fig24-issued-sd-jwt-vc-pid.txt").read_text().strip().split("~")[0]
    for tail in ("~xx~", "~" + b64(["salt", "given_name", "Mallory"]) + "~", "~" + b64({"a": 1}) + "~", "~" + "WyJhIl0" + "~"):
        not_valid((issuer_jwt + tail).encode())


def test_unsigned_jwt_is_never_valid() -> None:
    claims = {"iss": "did:example:x", "vc": {"type": ["VerifiableCredential"], "credentialSubject": {"id": "did:example:y"}}}
    not_valid((b64({"alg": "none", "typ": "JWT"}) + "." + b64(claims) + ".").encode())
    not_valid((b64({"alg": "HS256", "typ": "JWT"}) + "." + b64(claims) + ".c2ln").encode())


@pytest.mark.timeout(60)
def test_json_ld_processing_of_a_huge_credential_keeps_to_the_time_limit() -> None:
    # JSON-LD expansion is superlinear in the entries of one array (about 100 s for 20,000
    # alignments, under 2 MB): the verifier must stop at its time limit and say so, not hang.
    doc = _vector(SIGNED)
    doc["credentialSubject"]["achievement"]["alignment"] = [
        {"type": ["Alignment"], "targetName": f"x{i}", "targetUrl": f"https://a.example/{i}"} for i in range(20_000)
    ]
    parsed = read(json.dumps(doc).encode())
    start = time.monotonic()
    report = verify(parsed, VerifyContext.offline(at=AT, time_limit=1.0))
    assert time.monotonic() - start < 5.0
    assert report.verdict != Verdict.VALID
