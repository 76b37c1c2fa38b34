"""The ``status`` check: W3C spec examples, the DCC status lists (valid / expired / not yet valid / missing type /
tampered) and revoked credentials, the 1EdTech revoked OB3 credential, our own lists, and hostile lists."""

from __future__ import annotations

import base64
import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.badges import (
    DCC_CORE,
    DCC_FIXTURES,
    OB30,
    OB30_TESTLIST,
    VECTORS,
    bitstring_list,
    context,
    dcc_cache,
)
from wallet.errors import WalletError
from wallet.verify import Verdict, verify
from wallet.verify.cache import LocalCache
from wallet.verify.report import Outcome
from wallet.verify.status import (
    MAX_BITSTRING_BYTES,
    StatusListError,
    check_status,
    decode_bitstring,
    status_value_unverified,
)

W3C = VECTORS / "status-lists-w3c-specs"
CREDS = DCC_FIXTURES / "verifiableCredentials"


def _json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


# --- spec examples (unsigned): the bit itself -----------------------------------------------------------


def test_bsl_spec_example_index_94567_not_set() -> None:
    credential = _json(W3C / "bsl-03-a-revocable-verifiable-credential.json")
    status_list = _json(W3C / "bsl-04-a-status-list-verifiable-credential.json")
    assert status_value_unverified(status_list, credential["credentialStatus"]) == 0
    assert len(decode_bitstring(status_list["credentialSubject"]["encodedList"], multibase=True)) == 16384


def test_rl2020_spec_example_index_94567_not_set() -> None:
    credential = _json(W3C / "rl2020-01-example-revocationlist2020status.json")
    status_list = _json(W3C / "rl2020-02-example-revocationlist2020-credential.json")
    assert status_value_unverified(status_list, credential["credentialStatus"]) == 0


def test_unsigned_spec_list_is_not_trusted_for_not_revoked(tmp_path: Path) -> None:
    """An unsigned list cannot confirm "not revoked": the check is skipped, with the reason."""
    credential = _json(W3C / "bsl-03-a-revocable-verifiable-credential.json")
    cache = LocalCache(tmp_path)
    cache.put(
        credential["credentialStatus"]["statusListCredential"], (W3C / "bsl-04-a-status-list-verifiable-credential.json").read_bytes()
    )
    check = check_status(credential, context(cache))
    assert check.outcome is Outcome.SKIP and check.code == "status.list-unverifiable"
    assert "checked_at" in check.data


def test_multiple_entries_example_reads_both_purposes() -> None:
    credential = _json(W3C / "bsl-01-example-statuslistcredential-using-simple-entries.json")
    entries = credential["credentialStatus"]
    assert {e["statusPurpose"] for e in entries} == {"revocation", "suspension"}


# --- DCC status lists (signed, Ed25519Signature2020): bits per EXPECTED-RESULTS.tsv -----------------------


def _expected_rows() -> list[tuple[str, str]]:
    rows = []
    for line in (DCC_FIXTURES / "EXPECTED-RESULTS.tsv").read_text().splitlines():
        if line.startswith(("#", "file\t")) or not line.strip():
            continue
        cols = line.split("\t")
        if cols[0].startswith("verifiableCredentials/") and len(cols) > 3 and "bit[" in cols[3]:
            rows.append((cols[0], cols[3]))
    return rows


@pytest.mark.parametrize(("file", "expected"), _expected_rows())
def test_dcc_status_bit(tmp_path: Path, file: str, expected: str) -> None:
    credential = _json(DCC_FIXTURES / file)
    check = check_status(credential, context(dcc_cache(tmp_path)))
    list_name = expected.rsplit(" in ", 1)[1]
    if list_name != "e5WK8CbZ1GjycuPombrj":
        # The list is expired / not yet valid / missing its type: the status check fails, never "not revoked".
        assert check.outcome is Outcome.FAIL, check
        assert check.code in ("status.list-invalid", "status.list-malformed")
    elif "=1" in expected:
        assert (check.outcome, check.code) == (Outcome.FAIL, "status.revoked"), check
    else:
        assert (check.outcome, check.code) == (Outcome.PASS, "status.valid"), check
    assert check.data["checked_at"] == "2026-11-01T12:00:00+00:00"


def test_dcc_tampered_list_fails(tmp_path: Path) -> None:
    credential = _json(CREDS / "v2/ed25519/didKey/legacy-tamperedStatus-noExpiry.json")
    check = check_status(credential, context(dcc_cache(tmp_path)))
    assert check.outcome is Outcome.FAIL and check.code in ("status.list-invalid", "status.list-malformed")


def test_dcc_no_status_passes(tmp_path: Path) -> None:
    check = check_status(_json(CREDS / "v2/ed25519/didKey/legacy-noStatus-noExpiry.json"), context(dcc_cache(tmp_path)))
    assert (check.outcome, check.code) == (Outcome.PASS, "status.none")
    assert check.detail == "the issuer publishes no revocation status for this credential"


def test_dcc_list_not_cached_is_skipped() -> None:
    check = check_status(_json(CREDS / "v2/ed25519/didKey/noRegistry-revokedStatus-notExpired.json"), context(None))
    assert (check.outcome, check.code) == (Outcome.SKIP, "status.not-cached")
    assert "not in the local cache" in check.detail


@pytest.mark.parametrize(
    ("file", "verdict"),
    [
        ("credentials/v2/v2Revoked.json", Verdict.INVALID),
        ("credentials/v1/v1Revoked.json", Verdict.INVALID),
        ("credentials/v2/v2WithValidStatus.json", Verdict.VALID),
        ("credentials/eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json", Verdict.VALID),  # status skipped, not failed
    ],
)
def test_dcc_core_full_verdict(tmp_path: Path, file: str, verdict: Verdict) -> None:
    """Needs the Data Integrity verifier (the credential's and the list's proofs)."""
    from wallet.formats import read

    report = verify(read((DCC_CORE / file).read_bytes()), context(dcc_cache(tmp_path)))
    assert report.verdict is verdict, report.to_json()


# --- 1EdTech OB3 revoked via BitstringStatusList ----------------------------------------------------------


@pytest.mark.parametrize("name", ["credential-status-revoked.json", "credential-status-revoked-blank-nodes.json"])
def test_1edtech_bitstring_revoked(tmp_path: Path, name: str) -> None:
    cache = LocalCache(tmp_path)
    cache.put(OB30_TESTLIST, (OB30 / "bit-string-list" / "testlist").read_bytes())
    credential = _json(OB30 / "bit-string-list" / name)
    check = check_status(credential, context(cache))
    # Bit 23 is set. The list's proof names a key only its issuer's profile can confirm; a "revoked"
    # from it is still believed (it can only hide the credential), so the status fails either way.
    assert (check.outcome, check.code) == (Outcome.FAIL, "status.revoked"), check


def test_1edtech_revocation_list_method(tmp_path: Path) -> None:
    credential = _json(OB30 / "credential-status-revoked.json")
    url = credential["credentialStatus"]["id"]
    assert check_status(credential, context(None)).code == "status.not-cached"
    cache = LocalCache(tmp_path)
    cache.put(url, json.dumps({"id": url, "revokedCredentials": [{"id": credential["id"], "revocationReason": "test"}]}).encode())
    check = check_status(credential, context(cache))
    assert (check.outcome, check.code, check.data["reason"]) == (Outcome.FAIL, "status.revoked", "test")
    cache.put(url, json.dumps({"id": url, "revokedCredentials": []}).encode())
    assert check_status(credential, context(cache)).code == "status.valid"


# --- our own lists (unsigned → only the bit and the shape are judged here) ----------------------------------


def _entry(index: int, purpose: str = "revocation", url: str = "https://issuer.test/status/1") -> dict[str, Any]:
    return {"type": "BitstringStatusListEntry", "statusPurpose": purpose, "statusListIndex": str(index), "statusListCredential": url}


def _list(bits: list[int], purpose: str = "revocation", **subject: Any) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": "did:example:issuer",
        "credentialSubject": {"type": "BitstringStatusList", "statusPurpose": purpose, "encodedList": bitstring_list(bits), **subject},
    }


def test_bit_order_msb_first() -> None:
    status_list = _list([0, 9, 131071])
    assert [status_value_unverified(status_list, _entry(i)) for i in (0, 1, 8, 9, 10, 131071)] == [1, 0, 0, 1, 0, 1]


def test_purpose_must_match() -> None:
    with pytest.raises(StatusListError) as info:
        status_value_unverified(_list([1], purpose="revocation"), _entry(1, "suspension"))
    assert info.value.fields["reason"] == "purpose"


def test_index_out_of_range() -> None:
    with pytest.raises(StatusListError) as info:
        status_value_unverified(_list([1]), _entry(131072))
    assert info.value.fields["reason"] == "range"


def test_status2021_unprefixed_list() -> None:
    status_list = {
        "type": ["VerifiableCredential", "StatusList2021Credential"],
        "credentialSubject": {"type": "StatusList2021", "statusPurpose": "suspension", "encodedList": bitstring_list([5], multibase=False)},
    }
    entry = {"type": "StatusList2021Entry", "statusPurpose": "suspension", "statusListIndex": "5", "statusListCredential": "x"}
    assert status_value_unverified(status_list, entry) == 1


def test_decompression_bomb_list_is_refused_quickly() -> None:
    bomb = gzip.compress(b"\x00" * (64 * 1024 * 1024), 9)
    encoded = "u" + base64.urlsafe_b64encode(bomb).rstrip(b"=").decode()
    start = time.perf_counter()
    with pytest.raises(StatusListError) as info:
        decode_bitstring(encoded, multibase=True)
    assert info.value.fields["reason"] == "too-large" and info.value.fields["limit"] == MAX_BITSTRING_BYTES
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("encoded", ["", "u!!!", "uAAAA", "H4sI", 42, "u" + "A" * 10])
def test_malformed_encodings(encoded: object) -> None:
    with pytest.raises(StatusListError):
        decode_bitstring(encoded, multibase=True)


def test_unknown_method_is_skipped() -> None:
    check = check_status({"credentialStatus": {"type": "CredentialStatusList2017", "id": "x"}}, context(None))
    assert (check.outcome, check.code) == (Outcome.SKIP, "status.unsupported")


@pytest.mark.parametrize("status", ["nonsense", [1, 2], [{}] * 17, {"type": "BitstringStatusListEntry", "statusPurpose": "revocation"}])
def test_malformed_entries_fail_cleanly(status: object) -> None:
    check = check_status({"credentialStatus": status}, context(None))
    assert check.outcome in (Outcome.FAIL, Outcome.SKIP)


def test_self_referencing_list_does_not_recurse(tmp_path: Path) -> None:
    """A status-list credential whose own status points at itself: its status is not followed."""
    url = "https://issuer.test/status/1"
    status_list = _list([])
    status_list["credentialStatus"] = _entry(3, url=url)
    cache = LocalCache(tmp_path)
    cache.put(url, json.dumps(status_list).encode())
    check = check_status({"credentialStatus": _entry(3, url=url)}, context(cache))
    assert check.outcome is Outcome.SKIP  # the unsigned list cannot confirm "not revoked"


def test_garbage_list_in_cache_fails(tmp_path: Path) -> None:
    url = "https://issuer.test/status/1"
    cache = LocalCache(tmp_path)
    cache.put(url, b"\x89PNG\r\n\x1a\n not a list")
    check = check_status({"credentialStatus": _entry(3, url=url)}, context(cache))
    assert (check.outcome, check.code) == (Outcome.FAIL, "status.list-malformed")


def test_check_status_never_raises_for_bad_input() -> None:
    for credential in ({}, {"credentialStatus": None}, {"credentialStatus": {"type": ["1EdTechRevocationList"]}}):
        try:
            check_status(credential, context(None))
        except WalletError as exc:  # pragma: no cover - the contract is "no exception"
            pytest.fail(f"check_status raised {exc!r}")
