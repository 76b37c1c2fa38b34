"""Suite-wide fixtures: no network, ever, and the paths of the bundled test vectors."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

VECTORS = Path(__file__).parent / "vectors"


class NetworkAttempt(AssertionError):
    """Raised by the socket guard: the code under test tried to reach the network."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Every test runs with outgoing connections refused; an attempt fails the test loudly.

    Unix-domain sockets (used by some local IPC) stay allowed; any inet connect or DNS lookup fails.
    """
    attempts: list[Any] = []
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        attempts.append(address)
        raise NetworkAttempt(f"network connection attempted: {address!r}")

    def guarded_getaddrinfo(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args[:2])
        raise NetworkAttempt(f"DNS lookup attempted: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: guarded_connect(socket.socket(), a[0]))
    yield attempts
    assert not attempts, f"the test tried to use the network: {attempts}"


@pytest.fixture
def vectors() -> Path:
    return VECTORS
