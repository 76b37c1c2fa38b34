"""Credentials held in a QR code: an image (PNG, JPEG, GIF, BMP) whose QR code carries the credential text.

The image is opened with Pillow, inside Pillow's decompression-bomb limits and a tighter bound of our
own (:data:`MAX_PIXELS`), then decoded with zxing-cpp. The text found is read like any credential file
(JSON-LD, a VC-JWT, an SD-JWT): :func:`read_qr` returns the :class:`Parsed` of that text, whose
``original`` is the credential's exact bytes, not the image (signatures are over the text).

A QR code that holds only a link is refused with reason ``qr-url``: Satchel does not fetch
(DESIGN.md, Security stance). An image with no QR code is refused with ``no-qr-code``.
"""

from __future__ import annotations

import io
import re
import warnings

from wallet.errors import InputTooLarge, MalformedInput, UnsupportedFormat
from wallet.formats.base import Parsed

__all__ = ["IMAGE_SIGNATURES", "MAX_IMAGE_BYTES", "MAX_PIXELS", "MAX_QR_TEXT_BYTES", "decode_qr_texts", "is_image", "read_qr"]

MAX_IMAGE_BYTES = 20 * 1024 * 1024
"""The largest image file accepted for QR decoding."""

MAX_PIXELS = 40_000_000
"""No QR photo needs more (a 48-megapixel phone photo is downscaled first); larger images are refused
before their pixels are decoded, well inside Pillow's own decompression-bomb threshold."""

MAX_QR_TEXT_BYTES = 8 * 1024
"""More than the largest QR code (version 40) can hold: 2,953 bytes in byte mode."""

IMAGE_SIGNATURES: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"BM",  # BMP
)

_FORMATS = {"PNG", "JPEG", "GIF", "BMP"}
_TOKEN = re.compile(rb"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2,}(~[A-Za-z0-9_.~-]*)?")
"""A compact JWS/JWT, or an SD-JWT with its ``~``-separated disclosures."""
_URL_PREFIXES = ("http://", "https://", "openid-credential-offer://", "openid4vp://", "www.")


def is_image(data: bytes) -> bool:
    """Whether ``data`` starts like one of the image formats :func:`read_qr` accepts."""
    return data.startswith(IMAGE_SIGNATURES)


def decode_qr_texts(data: bytes) -> list[bytes]:
    """The contents of every QR code in the image ``data``, in zxing-cpp's order (unverified bytes).

    Raises :class:`InputTooLarge` (file or pixel count), :class:`MalformedInput` (not a readable
    image), :class:`UnsupportedFormat` (an image format other than PNG, JPEG, GIF, BMP).
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise InputTooLarge(f"the image is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB", reason="too-large", limit=MAX_IMAGE_BYTES)
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow warns past MAX_IMAGE_PIXELS and raises past twice that; both are refusals here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=sorted(_FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise InputTooLarge(f"the image has {width}x{height} pixels, more than {MAX_PIXELS}", reason="too-large", limit=MAX_PIXELS)
            image.seek(0)
            image.load()
            gray = image.convert("L")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputTooLarge("the image is too large to decode safely", reason="decompression-bomb", limit=MAX_PIXELS) from exc
    except UnidentifiedImageError as exc:
        raise UnsupportedFormat("not an image format Satchel reads", reason="unknown-format") from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        # Pillow reports truncated or corrupt image data as OSError / SyntaxError.
        raise MalformedInput("the image is damaged", reason="image") from exc

    import zxingcpp

    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.barcode_formats_from_str("QRCode,MicroQRCode"))
    return [bytes(code.bytes) for code in found if code.valid]


def read_qr(data: bytes, name: str | None = None) -> Parsed:
    """The credential carried by the QR code in the image ``data``.

    Raises :class:`UnsupportedFormat` with reason ``no-qr-code`` (no QR code found), ``qr-url`` (the
    code holds a link, which Satchel does not fetch) or that of the text's own reader;
    :class:`InputTooLarge`; :class:`MalformedInput`.
    """
    from wallet.formats import read

    texts = decode_qr_texts(data)
    if not texts:
        raise UnsupportedFormat("the image holds no QR code", reason="no-qr-code")
    first_error: UnsupportedFormat | MalformedInput | None = None
    for raw in texts:
        if len(raw) > MAX_QR_TEXT_BYTES:
            raise InputTooLarge("the QR code holds more text than a QR code can", reason="too-large", limit=MAX_QR_TEXT_BYTES)
        stripped = raw.strip()
        if not stripped or is_image(stripped):
            # An image inside a QR code inside an image is not a credential; never recurse.
            first_error = first_error or UnsupportedFormat("the QR code holds no credential", reason="qr-not-credential")
            continue
        if stripped.lower().startswith(tuple(p.encode() for p in _URL_PREFIXES)):
            first_error = first_error or UnsupportedFormat("the QR code holds a link, not a credential", reason="qr-url")
            continue
        if not (stripped[:1] in (b"{", b"[", b'"') or _TOKEN.fullmatch(stripped)):
            first_error = first_error or UnsupportedFormat("the QR code holds text that is not a credential", reason="qr-not-credential")
            continue
        try:
            return read(stripped, name)
        except (UnsupportedFormat, MalformedInput) as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error
