"""QR codes holding credentials: real images made with ``qrcode``, decoded with zxing-cpp (no mocks)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
import qrcode
from PIL import Image

from tests.support.di_issuer import DidKeyIssuer
from tests.support.jose_issuer import JoseIssuer
from wallet.errors import InputTooLarge, MalformedInput, UnsupportedFormat
from wallet.formats import read
from wallet.formats.qr import MAX_PIXELS, decode_qr_texts, read_qr
from wallet.importer import check_bytes, context_for
from wallet.verify.report import Verdict

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def qr_image(text: str, fmt: str = "PNG", *, scale: int = 4) -> bytes:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, box_size=scale, border=4)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    image = code.make_image().get_image().convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": 95} if fmt == "JPEG" else {}))
    return out.getvalue()


@pytest.fixture(scope="module")
def signed_credential() -> str:
    issuer = DidKeyIssuer.fresh()
    doc = issuer.sign(issuer.ob3(), "eddsa-jcs-2022")
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP"])
def test_a_signed_credential_in_a_qr_image_reads_and_verifies(signed_credential: str, fmt: str) -> None:
    image = qr_image(signed_credential, fmt)
    parsed = read(image, f"badge.{fmt.lower()}")
    assert parsed.format == "vc-jsonld"
    assert parsed.original == signed_credential.encode()  # the credential's bytes, not the image's
    checked = check_bytes(image, "badge", context_for(None, at=AT))
    assert checked.report.verdict is Verdict.VALID
    assert checked.record is not None and checked.record.title


def test_a_vc_jwt_in_a_qr_code_reads() -> None:
    token = JoseIssuer.create().vc_jwt()
    parsed = read(qr_image(token), "token.png")
    assert parsed.format == "vc-jwt"
    assert parsed.original == token.encode()


def test_decode_returns_the_exact_text(signed_credential: str) -> None:
    assert decode_qr_texts(qr_image(signed_credential)) == [signed_credential.encode()]


def test_a_qr_code_holding_a_link_is_refused_without_fetching() -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        read(qr_image("https://issuer.example/credentials/42"), "link.png")
    assert caught.value.fields["reason"] == "qr-url"


def test_a_qr_code_holding_plain_text_is_not_a_credential() -> None:
    with pytest.raises(UnsupportedFormat) as caught:
        read_qr(qr_image("hello, world"))
    assert caught.value.fields["reason"] == "qr-not-credential"


def test_an_image_without_a_qr_code() -> None:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(out, format="JPEG")
    with pytest.raises(UnsupportedFormat) as caught:
        read(out.getvalue(), "blank.jpg")
    assert caught.value.fields["reason"] == "no-qr-code"


def test_a_png_with_neither_a_baked_credential_nor_a_qr_code_keeps_the_baked_reason() -> None:
    out = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(out, format="PNG")
    with pytest.raises(UnsupportedFormat) as caught:
        read(out.getvalue(), "blank.png")
    assert caught.value.fields["reason"] == "no-credential-in-image"


def test_a_damaged_jpeg_is_malformed() -> None:
    data = qr_image("hello", "JPEG")[:200]
    with pytest.raises((MalformedInput, UnsupportedFormat)):
        read(data, "broken.jpg")


def test_a_huge_image_is_refused_before_decoding() -> None:
    # A 1-bit PNG of 8000 x 8000 pixels compresses to a few kilobytes; its pixels must never be decoded.
    side = 8000
    assert side * side > MAX_PIXELS
    out = io.BytesIO()
    Image.new("1", (side, side), 1).save(out, format="PNG", optimize=True)
    with pytest.raises(InputTooLarge):
        read(out.getvalue(), "bomb.png")
