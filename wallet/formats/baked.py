"""Baked badges: a credential carried inside a PNG or SVG image (Open Badges Baking).

Specifications followed:

* Open Badges 3.0 §5.3 "Baked badges": PNG ``iTXt`` chunk with keyword ``openbadgecredential``, not
  compressed, exactly one; SVG ``<openbadges:credential>`` in namespace
  ``https://purl.imsglobal.org/ob/v3p0`` whose text is the JSON credential or whose ``verify``
  attribute is the compact JWS.
* Open Badges 2.0 Baking: PNG ``iTXt`` keyword ``openbadges`` (legacy 1.x bakers wrote ``tEXt``);
  SVG ``<openbadges:assertion verify="...">`` in namespace ``http://openbadges.org``.

The PNG is walked chunk by chunk (length, type, CRC): pixels are never decoded, the only
decompression a reader could be tricked into (a compressed ``iTXt``/``zTXt``) is refused outright.
The SVG is parsed with DTD entity declarations and external references forbidden; nothing in the
image (``<script>``, ``xlink:href``) is ever followed or run.

Every problem raises a :class:`wallet.errors.InputError` subclass.
"""

from __future__ import annotations

import dataclasses
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _defused_fromstring

from wallet.errors import InputError, InputTooLarge, MalformedInput, UnsupportedFormat
from wallet.formats.base import MAX_INPUT_BYTES, Parsed
from wallet.formats.jsonsafe import loads

__all__ = [
    "MAX_CHUNKS",
    "MAX_CREDENTIAL_BYTES",
    "MAX_PIXELS",
    "MAX_SVG_BYTES",
    "BakedText",
    "extract_png_unverified",
    "extract_svg_unverified",
    "read_png",
    "read_svg",
]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

MAX_CHUNKS = 2048
"""More chunks than any real badge image has (an 8 MB image in 8 KB IDAT chunks has ~1000)."""

MAX_CREDENTIAL_BYTES = 2 * 1024 * 1024
"""The largest credential text accepted from an image (a credential with an embedded image fits)."""

MAX_PIXELS = 2 * 89_478_485
"""Pillow's decompression-bomb error threshold (``2 * Image.MAX_IMAGE_PIXELS``): larger images are refused."""

MAX_SVG_BYTES = 4 * 1024 * 1024

# OB 3.0 §5.3.1 and OB 2.0 Baking (PNG): the keywords of the credential chunk.
OB3_KEYWORD = "openbadgecredential"
OB2_KEYWORD = "openbadges"
_KEYWORDS = (OB3_KEYWORD, OB2_KEYWORD)

# OB 3.0 §5.3.2 and OB 2.0 Baking (SVG): the namespaces of the credential element.
OB3_SVG_NS = "https://purl.imsglobal.org/ob/v3p0"
OB2_SVG_NS = "http://openbadges.org"
_SVG_ELEMENTS = {(OB3_SVG_NS, "credential"), (OB2_SVG_NS, "assertion")}

_URL = re.compile(r"^https?://[^\s<>\"']+$")


class DocumentCache(Protocol):
    """What a reader may consult to find the hosted copy of an assertion (a ``LocalCache``)."""

    def get(self, url: str) -> Any: ...


@dataclass(frozen=True)
class BakedText:
    """The credential text found in an image, before any verification.

    ``kind`` names where it was found (``iTXt:openbadgecredential``, ``tEXt:openbadges``,
    ``svg:credential``, ...); ``verify`` is an SVG element's ``verify`` attribute, if any.
    """

    text: str
    kind: str
    verify: str | None = None


# ---------------------------------------------------------------------------------------------
# PNG


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield ``(type, body)`` for every chunk up to ``IEND``, checking lengths and CRCs (PNG §5.3)."""
    if not data.startswith(PNG_SIGNATURE):
        raise UnsupportedFormat("not a PNG image", reason="not-png")
    pos = len(PNG_SIGNATURE)
    count = 0
    while True:
        if pos + 8 > len(data):
            raise MalformedInput("the PNG ends before its IEND chunk", reason="png-truncated")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        ctype = data[pos + 4 : pos + 8]
        # PNG §5.3: a length is at most 2^31-1; the chunk type is four ASCII letters.
        if length > 0x7FFFFFFF or not all(65 <= c <= 90 or 97 <= c <= 122 for c in ctype):
            raise MalformedInput("a PNG chunk header is malformed", reason="png-chunk", offset=pos)
        end = pos + 8 + length
        if end + 4 > len(data):
            raise MalformedInput("a PNG chunk runs past the end of the file", reason="png-truncated", offset=pos)
        count += 1
        if count > MAX_CHUNKS:
            raise MalformedInput(f"more than {MAX_CHUNKS} PNG chunks", reason="png-too-many-chunks", limit=MAX_CHUNKS)
        body = data[pos + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(ctype + body) & 0xFFFFFFFF != crc:
            raise MalformedInput(f"PNG chunk {ctype.decode('ascii')} fails its CRC", reason="png-bad-crc", offset=pos)
        yield ctype, body
        if ctype == b"IEND":
            return
        pos = end + 4


def _check_ihdr(body: bytes) -> None:
    if len(body) != 13:
        raise MalformedInput("the PNG header chunk is malformed", reason="png-ihdr")
    width, height = struct.unpack(">II", body[:8])
    if width == 0 or height == 0:
        raise MalformedInput("the PNG has no pixels", reason="png-ihdr")
    # The pixels are never decoded here, but the image will be shown; an image past Pillow's
    # decompression-bomb threshold is refused now rather than later (DESIGN.md, Security stance).
    if width * height > MAX_PIXELS:
        raise MalformedInput(
            f"the PNG claims {width}x{height} pixels, more than {MAX_PIXELS}", reason="decompression-bomb", limit=MAX_PIXELS
        )


def _itxt(body: bytes) -> tuple[str, bool, bytes]:
    """``(keyword, compressed, text bytes)`` of an iTXt chunk (PNG §11.3.4.5)."""
    keyword, sep, rest = body.partition(b"\x00")
    if not sep or len(rest) < 2:
        raise MalformedInput("an iTXt chunk is malformed", reason="png-itxt")
    compressed = rest[0] != 0
    rest = rest[2:]
    _language, sep1, rest = rest.partition(b"\x00")
    _translated, sep2, text = rest.partition(b"\x00")
    if not (sep1 and sep2):
        raise MalformedInput("an iTXt chunk is malformed", reason="png-itxt")
    return keyword.decode("latin-1"), compressed, text


def extract_png_unverified(data: bytes) -> BakedText | None:
    """The credential text baked into PNG ``data``, or ``None`` if the image carries none.

    Walks the chunks (never the pixels). Raises :class:`UnsupportedFormat` if ``data`` is not a
    PNG, :class:`MalformedInput` for a truncated file, a bad CRC, too many chunks, an image past the
    decompression-bomb limit, a compressed credential chunk (OB 3.0 §5.3.1: "MUST NOT be
    compressed") or more than one credential chunk, and :class:`InputTooLarge` for a credential
    text over :data:`MAX_CREDENTIAL_BYTES`.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge("the image is too large", reason="too-large", limit=MAX_INPUT_BYTES)
    found: list[BakedText] = []
    first = True
    for ctype, body in _chunks(data):
        if first:
            if ctype != b"IHDR":
                raise MalformedInput("the PNG does not start with its header chunk", reason="png-ihdr")
            _check_ihdr(body)
            first = False
            continue
        if ctype == b"iTXt":
            keyword, compressed, raw = _itxt(body)
            if keyword not in _KEYWORDS:
                continue
            if compressed:
                # Refused without inflating: a compressed chunk is how a decompression bomb hides.
                raise MalformedInput(f"the {keyword} iTXt chunk is compressed", reason="compressed-itxt")
            found.append(BakedText(_text(raw, "utf-8"), f"iTXt:{keyword}"))
        elif ctype == b"tEXt":
            keyword_b, _, raw = body.partition(b"\x00")
            if keyword_b.decode("latin-1") == OB2_KEYWORD:  # legacy OB 1.x / 2.0 bakers
                found.append(BakedText(_text(raw, "latin-1"), "tEXt:openbadges"))
        elif ctype == b"zTXt":
            keyword_b, _, _ = body.partition(b"\x00")
            if keyword_b.decode("latin-1") in _KEYWORDS:
                raise MalformedInput("the badge chunk is compressed", reason="compressed-itxt")
        if len(found) > 1:
            # OB 3.0 §5.3.1: only one credential per image; two disagreeing ones would be ambiguous.
            raise MalformedInput("the image carries more than one baked credential", reason="duplicate-credential")
    return found[0] if found else None


def _text(raw: bytes, encoding: str) -> str:
    if len(raw) > MAX_CREDENTIAL_BYTES:
        raise InputTooLarge("the baked credential is too large", reason="too-large", limit=MAX_CREDENTIAL_BYTES)
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise MalformedInput("the baked credential is not UTF-8 text", reason="encoding") from exc


def read_png(data: bytes, name: str | None = None, *, cache: DocumentCache | None = None) -> Parsed:
    """Read the credential baked into a PNG (see :func:`extract_png_unverified` for the errors).

    A PNG without a baked credential raises :class:`UnsupportedFormat` with reason
    ``no-credential-in-image``.
    """
    baked = extract_png_unverified(data)
    if baked is None:
        raise UnsupportedFormat("the image carries no baked credential", reason="no-credential-in-image")
    return _classify(baked, data, name, "png", cache)


# ---------------------------------------------------------------------------------------------
# SVG


def _parse_svg(data: bytes) -> Element:
    if len(data) > MAX_SVG_BYTES:
        raise InputTooLarge("the SVG is too large", reason="too-large", limit=MAX_SVG_BYTES)
    try:
        # A DOCTYPE naming the SVG 1.1 DTD is common and harmless (expat never loads it); entity
        # declarations (billion laughs) and external references are refused before any expansion.
        root: Element = _defused_fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise MalformedInput(f"the SVG uses a forbidden XML feature ({type(exc).__name__})", reason="xml-forbidden") from exc
    except ParseError as exc:
        raise MalformedInput(f"the SVG is not well-formed XML: {exc}", reason="xml-syntax") from exc
    except (ValueError, RecursionError) as exc:
        raise MalformedInput("the SVG could not be parsed", reason="xml-syntax") from exc
    return root


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def extract_svg_unverified(data: bytes) -> BakedText | None:
    """The credential text baked into SVG ``data``, or ``None`` if it carries none.

    Raises :class:`UnsupportedFormat` if the document is not an SVG, :class:`MalformedInput` for
    malformed XML, entity declarations, external references, more than one credential element or an
    element with neither text nor a ``verify`` attribute, :class:`InputTooLarge` past the limits.
    """
    root = _parse_svg(data)
    if _split(str(root.tag))[1] != "svg":
        raise UnsupportedFormat("not an SVG image", reason="not-svg")
    found: list[BakedText] = []
    for element in root.iter():
        if not isinstance(element.tag, str):  # comments and processing instructions
            continue
        ns, local = _split(element.tag)
        if (ns, local) not in _SVG_ELEMENTS:
            continue  # <script> and everything else is ignored: never run, never followed
        text = "".join(element.itertext()).strip()
        verify = (element.get("verify") or "").strip() or None
        if len(text) > MAX_CREDENTIAL_BYTES or (verify and len(verify) > MAX_CREDENTIAL_BYTES):
            raise InputTooLarge("the baked credential is too large", reason="too-large", limit=MAX_CREDENTIAL_BYTES)
        if not text and not (verify and not _URL.match(verify)):
            # An empty element (at most a URL in ``verify``) carries no credential to read.
            raise MalformedInput(f"the <openbadges:{local}> element is empty", reason="empty-credential")
        found.append(BakedText(text or (verify or ""), f"svg:{local}", verify))
        if len(found) > 1:
            raise MalformedInput("the image carries more than one baked credential", reason="duplicate-credential")
    return found[0] if found else None


def read_svg(data: bytes, name: str | None = None, *, cache: DocumentCache | None = None) -> Parsed:
    """Read the credential baked into an SVG (see :func:`extract_svg_unverified` for the errors).

    An SVG without a baked credential raises :class:`UnsupportedFormat` with reason
    ``no-credential-in-image``.
    """
    baked = extract_svg_unverified(data)
    if baked is None:
        raise UnsupportedFormat("the image carries no baked credential", reason="no-credential-in-image")
    return _classify(baked, data, name, "svg", cache)


# ---------------------------------------------------------------------------------------------
# What the text is: JSON, a compact JWS, or the URL of a hosted assertion.


def _is_legacy_badge(doc: dict[str, Any]) -> bool:
    """An OB 0.5 / 1.0 assertion: no JSON-LD ``type``, but a recipient and a badge (or a verify URL)."""
    if "recipient" in doc and "badge" in doc:
        return True
    verify = doc.get("verify")
    return isinstance(verify, dict) and isinstance(verify.get("url"), str)


def _classify(baked: BakedText, image: bytes, name: str | None, container: str, cache: DocumentCache | None) -> Parsed:
    from wallet.formats import read_json, read_text

    text = baked.text.strip().lstrip("\ufeff")
    if not text:
        raise MalformedInput("the baked credential is empty", reason="empty-credential")
    payload = text.encode("utf-8")
    extras: dict[str, Any] = {"baked": baked.kind}
    if baked.verify and _URL.match(baked.verify):
        extras["hosted_url"] = baked.verify
    if text[0] in "{[":
        doc = loads(payload)
        legacy = isinstance(doc, dict) and "@context" not in doc and _is_legacy_badge(doc)
        if legacy:
            # An OB 0.5 / 1.0 assertion: read (reported unverifiable), its verify URL kept.
            verify = doc.get("verify")
            if isinstance(verify, dict) and isinstance(verify.get("url"), str):
                extras.setdefault("hosted_url", verify["url"])
            extras["legacy"] = True
            parsed = Parsed(format="openbadges-2", original=image, payload=payload, document=doc, container=container, name=name)
        else:
            parsed = read_json(doc, image, payload, name, container)
        return dataclasses.replace(parsed, extras={**parsed.extras, **extras})
    if _URL.match(text):
        # OB 2.0 Baking: the chunk may hold just the URL of a hosted assertion.
        extras["hosted_url"] = text
        document: dict[str, Any] = {"id": text}
        cached = cache.get(text) if cache is not None else None
        body = getattr(cached, "body", None)
        if isinstance(body, bytes):
            try:
                hosted = loads(body)
            except InputError:
                hosted = None
            if isinstance(hosted, dict):
                document = hosted
        return Parsed(
            format="openbadges-2", original=image, payload=payload, document=document, container=container, name=name, extras=extras
        )
    parsed = read_text(text, image, name, container)
    return dataclasses.replace(parsed, original=image, payload=payload, container=container, extras={**parsed.extras, **extras})
