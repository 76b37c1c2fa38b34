"""Helpers for Open Badges, baking, status-list and trust tests: a fake offline "web" of cached
documents built from the vector folders, a real RSA issuer that signs OB 2.0 assertions, and PNG /
SVG builders for hostile images. No network, no mocks."""

from __future__ import annotations

import atexit
import base64
import gzip
import json
import shutil
import struct
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from wallet.verify.cache import LocalCache
from wallet.verify.cache_seed import seed_cache, seed_from_folder
from wallet.verify.context import VerifyContext

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
OB20 = VECTORS / "1edtech-dc-public-validator" / "ob20"
OB30 = VECTORS / "1edtech-dc-public-validator" / "ob30"
DCC_FIXTURES = VECTORS / "dcc-vc-test-fixtures"
DCC_CORE = VECTORS / "dcc-verifier-core-fixtures"

FETCHED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
"""When the fake web was "fetched" into the cache."""

NOW = datetime(2026, 11, 22, tzinfo=UTC)
"""The date the vectors' expected results were judged against."""

# The upstream 1EdTech tests map http(s)://example.org/<x> and https://www.example.org/<x> to ob20/assets/<x>.
EXAMPLE_ORG = ("http://example.org/", "https://example.org/", "https://www.example.org/")

DCC_RAW_STATUS = (
    "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj"
)
OB30_TESTLIST = (
    "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/"
    "inspector-vc/src/test/resources/ob30/bit-string-list/testlist"
)


_TEMPLATES: dict[str, Path] = {}


def _from_template(name: str, directory: Path, build: Callable[[LocalCache], None]) -> LocalCache:
    """A copy of a cache built once per test session (seeding writes and fsyncs every entry)."""
    if name not in _TEMPLATES:
        root = Path(tempfile.mkdtemp(prefix=f"satchel-{name}-"))
        atexit.register(shutil.rmtree, root, True)
        build(LocalCache(root))
        _TEMPLATES[name] = root
    shutil.copytree(_TEMPLATES[name], directory, dirs_exist_ok=True)
    return LocalCache(directory)


def ob20_cache(directory: Path) -> LocalCache:
    """A cache holding the 1EdTech OB 2.0 assets at their example.org URLs."""
    return _from_template("ob20", directory, _seed_ob20)


def _seed_ob20(cache: LocalCache) -> None:
    seed_from_folder(cache, OB20 / "assets", EXAMPLE_ORG, fetched_at=FETCHED)


def dcc_cache(directory: Path) -> LocalCache:
    """A cache holding the DCC status lists and did:web documents at the URLs the credentials name."""
    return _from_template("dcc", directory, _seed_dcc)


def _seed_dcc(cache: LocalCache) -> None:
    seed_from_folder(
        cache,
        DCC_FIXTURES / "statusLists",
        ["https://digitalcredentials.github.io/vc-test-fixtures/statusLists/"],
        strip_suffix=".json",
        fetched_at=FETCHED,
    )
    seed_from_folder(cache, DCC_FIXTURES / "dids", ["https://digitalcredentials.github.io/vc-test-fixtures/dids/"], fetched_at=FETCHED)
    seed_cache(cache, {DCC_RAW_STATUS: DCC_CORE / "status-lists" / "e5WK8CbZ1GjycuPombrj.json"}, fetched_at=FETCHED)


def context(cache: LocalCache | None, at: datetime = NOW) -> VerifyContext:
    return VerifyContext.offline(at=at, cache_dir=cache.directory if cache is not None else None)


# ---------------------------------------------------------------------------------------------
# An OB 2.0 issuer with a real RSA key


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass
class Ob2Issuer:
    """An issuer at https://issuer.test with a profile, a badge class, a CryptographicKey and a revocation list."""

    base: str = "https://issuer.test"
    key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048))
    revoked: list[Any] = field(default_factory=list)

    @property
    def profile_url(self) -> str:
        return f"{self.base}/issuer.json"

    @property
    def key_url(self) -> str:
        return f"{self.base}/key.json"

    @property
    def badge_url(self) -> str:
        return f"{self.base}/badge.json"

    @property
    def revocation_url(self) -> str:
        return f"{self.base}/revocations.json"

    def public_pem(self) -> str:
        return self.key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()

    def documents(self, *, owner: str | None = None) -> dict[str, bytes]:
        ctx = "https://w3id.org/openbadges/v2"
        return {
            self.profile_url: json.dumps(
                {
                    "@context": ctx,
                    "type": "Issuer",
                    "id": self.profile_url,
                    "name": "Test Academy",
                    "url": self.base,
                    "publicKey": self.key_url,
                    "revocationList": self.revocation_url,
                }
            ).encode(),
            self.key_url: json.dumps(
                {
                    "@context": ctx,
                    "type": "CryptographicKey",
                    "id": self.key_url,
                    "owner": owner or self.profile_url,
                    "publicKeyPem": self.public_pem(),
                }
            ).encode(),
            self.badge_url: json.dumps(
                {
                    "@context": ctx,
                    "type": "BadgeClass",
                    "id": self.badge_url,
                    "name": "Soldering",
                    "description": "Solders things.",
                    "image": f"{self.base}/badge.png",
                    "criteria": {"narrative": "Solder."},
                    "issuer": self.profile_url,
                }
            ).encode(),
            self.revocation_url: json.dumps(
                {"@context": ctx, "id": self.revocation_url, "type": "RevocationList", "revokedAssertions": self.revoked}
            ).encode(),
        }

    def assertion(self, number: int = 1, **overrides: Any) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "@context": "https://w3id.org/openbadges/v2",
            "type": "Assertion",
            "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}",
            "recipient": {"type": "email", "hashed": False, "identity": "learner@example.test"},
            "badge": self.badge_url,
            "issuedOn": "2025-06-01T00:00:00Z",
            "verification": {"type": "SignedBadge", "creator": self.key_url},
        }
        doc.update(overrides)
        return doc

    def sign(self, payload: dict[str, Any] | bytes, *, header: dict[str, Any] | None = None, key: rsa.RSAPrivateKey | None = None) -> str:
        head = b64url(json.dumps(header or {"alg": "RS256"}).encode())
        body = b64url(payload if isinstance(payload, bytes) else json.dumps(payload).encode())
        signing_input = f"{head}.{body}".encode()
        signature = (key or self.key).sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
        return f"{head}.{body}.{b64url(signature)}"


# ---------------------------------------------------------------------------------------------
# PNG and SVG builders


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(ctype: bytes, body: bytes, *, crc: int | None = None) -> bytes:
    value = zlib.crc32(ctype + body) & 0xFFFFFFFF if crc is None else crc
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", value)


def ihdr(width: int = 1, height: int = 1) -> bytes:
    return chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))


def tiny_idat() -> bytes:
    return chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00"))


def itxt(keyword: str, text: bytes, *, compressed: bool = False) -> bytes:
    payload = zlib.compress(text) if compressed else text
    return chunk(
        b"iTXt", keyword.encode("latin-1") + b"\x00" + (b"\x01" if compressed else b"\x00") + b"\x00" + b"\x00" + b"\x00" + payload
    )


def png(*middle: bytes, width: int = 1, height: int = 1) -> bytes:
    return PNG_SIGNATURE + ihdr(width, height) + b"".join(middle) + tiny_idat() + chunk(b"IEND", b"")


def svg(inner: str, *, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" '
        f'xmlns:ob2="http://openbadges.org" viewBox="0 0 10 10">{inner}<circle r="4"/></svg>'
    ).encode()


def bitstring_list(set_bits: list[int], *, size_bits: int = 131072, multibase: bool = True) -> str:
    """An encodedList with ``set_bits`` set (BSL v1.0 §2.2: GZIP, base64url, multibase ``u``)."""
    raw = bytearray(size_bits // 8)
    for i in set_bits:
        raw[i // 8] |= 1 << (7 - i % 8)
    text = b64url(gzip.compress(bytes(raw)))
    return ("u" + text) if multibase else text
