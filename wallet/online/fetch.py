"""The one place the core reaches the network: an explicit "refresh the cache" by the learner.

:func:`fetch_into_cache` downloads one HTTPS document into the :class:`LocalCache` that verification
reads. Defences against a credential that names a URL chosen to hurt the learner (server-side
request forgery against their own machine or network):

1. HTTPS only, no user info in the URL, a port in range;
2. every address the host resolves to must be a public unicast address (no private, loopback,
   link-local, multicast, reserved, unspecified, shared or IPv4-mapped private address) — an IP
   literal is checked without any lookup;
3. the connection goes to the address that was checked (the host name is used only for TLS SNI and
   certificate verification), so a second DNS answer cannot swap in another address;
4. a size cap on the body, read incrementally; no content decoding;
5. redirects are followed only to HTTPS, at most :data:`MAX_REDIRECTS`, each re-checked from step 1.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from wallet.errors import WalletError
from wallet.verify.cache import MAX_ENTRY_BYTES, CachedDocument, LocalCache

__all__ = ["FetchError", "check_address", "fetch_into_cache", "plan_unverified"]

MAX_REDIRECTS = 3
USER_AGENT = "Satchel-cache-refresh/0.1"


class FetchError(WalletError):
    """The document was not fetched; ``reason``: ``scheme``, ``url``, ``address-refused``, ``dns``,
    ``network``, ``status``, ``redirect``, ``too-large``."""

    code = "online.fetch"


@dataclass(frozen=True)
class _Target:
    url: str
    host: str
    port: int
    path: str


def _parse(url: str) -> _Target:
    # Step 1.
    if not isinstance(url, str) or len(url) > 2048:
        raise FetchError("not a usable URL", reason="url")
    parts = urlsplit(url)
    if parts.scheme.lower() != "https":
        raise FetchError(f"only https:// URLs are fetched, not {parts.scheme or 'this'}", reason="scheme", scheme=parts.scheme[:16])
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise FetchError("URLs with user information are refused", reason="url")
    try:
        port = parts.port or 443
    except ValueError as exc:
        raise FetchError("the URL's port is not valid", reason="url") from exc
    host = parts.hostname
    if not host:
        raise FetchError("the URL has no host", reason="url")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return _Target(url, host, port, path)


def check_address(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """``address`` if it is a public unicast address; raises :class:`FetchError` (``address-refused``) otherwise."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError as exc:
        raise FetchError("not an IP address", reason="address-refused") from exc
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    bad = (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global  # also shared address space (100.64/10), documentation ranges, 6to4 of private
    )
    if bad:
        raise FetchError(f"refusing to connect to the non-public address {ip}", reason="address-refused", address=str(ip))
    return ip


def _resolve_checked(target: _Target) -> str:
    # Step 2. An IP literal is checked as is: no lookup for what needs none.
    literal = target.host.strip("[]")
    try:
        ipaddress.ip_address(literal.split("%", 1)[0])
    except ValueError:
        pass
    else:
        return str(check_address(literal))
    lowered = target.host.lower().rstrip(".")
    if lowered == "localhost" or lowered.endswith((".localhost", ".local", ".internal", ".home.arpa")):
        raise FetchError(f"refusing to connect to the local name {target.host}", reason="address-refused")
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {target.host}", reason="dns") from exc
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise FetchError(f"{target.host} has no address", reason="dns")
    # Every answer must be public: an attacker's DNS may mix a public and a private address.
    checked = [check_address(a) for a in addresses]
    return str(checked[0])


def plan_unverified(url: str) -> tuple[str, int]:
    """(host, port) that :func:`fetch_into_cache` would connect to, after steps 1-2; no connection made.

    Raises :class:`FetchError` for a refused URL or address (the DNS lookup itself may still happen
    for a host name).
    """
    target = _parse(url)
    return _resolve_checked(target), target.port


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a fixed, already checked address; ``host`` only for SNI, the Host header and the certificate."""

    def __init__(self, host: str, address: str, port: int, timeout: float, context: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address
        self._tls = context

    def connect(self) -> None:
        # Step 3: connect to the checked address, never re-resolve the name.
        family = socket.AF_INET6 if ":" in self._address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect((self._address, self.port))
            self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def _get_once(target: _Target, address: str, timeout: float, max_bytes: int) -> tuple[int, str | None, bytes]:
    conn = _PinnedHTTPSConnection(target.host, address, target.port, timeout, ssl.create_default_context())
    try:
        conn.request("GET", target.path, headers={"User-Agent": USER_AGENT, "Accept": "application/json, */*;q=0.5"})
        response = conn.getresponse()
        location = response.getheader("Location")
        if response.status != 200:
            return response.status, location, b""
        length = response.getheader("Content-Length")
        if length is not None and length.isdigit() and int(length) > max_bytes:
            raise FetchError("the document is too large", reason="too-large", limit=max_bytes)
        body = response.read(max_bytes + 1)  # step 4
        if len(body) > max_bytes:
            raise FetchError("the document is too large", reason="too-large", limit=max_bytes)
        return 200, None, body
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(f"could not fetch {target.url}: {exc.__class__.__name__}", reason="network") from exc
    finally:
        conn.close()


def fetch_into_cache(url: str, cache: LocalCache, *, timeout: float, max_bytes: int = MAX_ENTRY_BYTES) -> CachedDocument:
    """Fetch ``url`` over HTTPS (steps 1-5 of the module docstring) and store the body in ``cache`` under ``url``.

    Raises :class:`FetchError` for a refused URL, address or redirect, a network failure, a status
    other than 200, or a body over ``max_bytes``. Nothing is stored on failure.
    """
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        target = _parse(current)
        address = _resolve_checked(target)
        status, location, body = _get_once(target, address, timeout, max_bytes)
        if status == 200:
            return cache.put(url, body)
        if status in (301, 302, 303, 307, 308) and location:
            current = urljoin(current, location)  # step 5: re-checked by _parse and _resolve_checked
            if urlsplit(current).scheme.lower() != "https":
                raise FetchError("a redirect to a non-HTTPS URL was refused", reason="redirect")
            continue
        raise FetchError(f"the server answered {status}", reason="status", status=status)
    raise FetchError("too many redirects", reason="redirect")
