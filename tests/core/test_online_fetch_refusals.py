"""wallet.online.fetch refuses unsafe targets before any connection (the suite blocks the network)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wallet.online import FetchError, fetch_into_cache
from wallet.online.fetch import check_address, plan_unverified
from wallet.verify.cache import LocalCache


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://college.example/did.json", "scheme"),
        ("ftp://college.example/did.json", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("https://user:pw@college.example/", "url"),
        ("https://127.0.0.1/did.json", "address-refused"),
        ("https://127.1.2.3:8443/x", "address-refused"),
        ("https://[::1]/did.json", "address-refused"),
        ("https://[::ffff:127.0.0.1]/", "address-refused"),
        ("https://10.0.0.8/status.json", "address-refused"),
        ("https://172.16.5.4/", "address-refused"),
        ("https://192.168.1.1/", "address-refused"),
        ("https://169.254.169.254/latest/meta-data/", "address-refused"),
        ("https://100.64.0.1/", "address-refused"),
        ("https://0.0.0.0/", "address-refused"),
        ("https://224.0.0.1/", "address-refused"),
        ("https://240.0.0.1/", "address-refused"),
        ("https://[fe80::1]/", "address-refused"),
        ("https://[fc00::1]/", "address-refused"),
        ("https://[ff02::1]/", "address-refused"),
        ("https://localhost/did.json", "address-refused"),
        ("https://printer.local/", "address-refused"),
    ],
)
def test_refused_without_connecting(url: str, reason: str, tmp_path: Path, no_network: list[object]) -> None:
    cache = LocalCache(tmp_path)
    with pytest.raises(FetchError) as info:
        fetch_into_cache(url, cache, timeout=1.0)
    assert info.value.fields["reason"] == reason
    assert no_network == []
    assert cache.urls() == []


def test_public_literal_passes_the_address_check(no_network: list[object]) -> None:
    assert str(check_address("93.184.215.14")) == "93.184.215.14"
    assert plan_unverified("https://93.184.215.14:8443/x") == ("93.184.215.14", 8443)
    assert no_network == []
