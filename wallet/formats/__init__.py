"""Reading credentials: ``read(data, name) -> Parsed`` and ``describe(parsed) -> CredentialRecord``.

The format is sniffed from the bytes, never from the file name: a PNG or SVG may carry a baked
badge, JSON may be a JSON-LD credential, a presentation, an Open Badges 2.0 assertion or a JWS JSON
serialization, and text may be a compact JWT or an SD-JWT. Every reader is bounded in size and
depth and raises :class:`wallet.errors.InputError` subclasses, never anything else, for bad input.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from wallet.errors import InputError, InputTooLarge, MalformedInput, UnsupportedFormat
from wallet.formats.base import FORMATS, MAX_INPUT_BYTES, Parsed
from wallet.formats.jsonsafe import loads
from wallet.jsonshape import type_set
from wallet.model import CredentialRecord

__all__ = ["FORMATS", "Parsed", "describe", "read"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OTHER_IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
"""JPEG, GIF and BMP: images that may show a QR code holding a credential (:mod:`wallet.formats.qr`)."""

_DESCRIBERS: dict[str, str] = {
    "vc-jsonld": "wallet.formats.describe_vc:describe_vc",
    "vp-jsonld": "wallet.formats.describe_vc:describe_vc",
    "vc-jwt": "wallet.formats.describe_vc:describe_vc",
    "sd-jwt-vc": "wallet.formats.describe_vc:describe_sd_jwt_vc",
    "openbadges-2": "wallet.formats.describe_ob2:describe_ob2",
    "edc-jsonld": "wallet.formats.describe_edc:describe_edc",
    "edc-xml": "wallet.formats.describe_edc_xml:describe_edc_xml",
}


def _call(target: str, *args: Any) -> Any:
    module, _, func = target.partition(":")
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        raise UnsupportedFormat(f"{module} is not available", reason="not-supported") from exc
    fn: Callable[..., Any] = getattr(mod, func)
    return fn(*args)


def read(data: bytes, name: str | None = None) -> Parsed:
    """Sniff and parse one credential file.

    Raises :class:`InputTooLarge`, :class:`MalformedInput` or :class:`UnsupportedFormat`.
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB", reason="too-large", limit=MAX_INPUT_BYTES)
    if not data.strip():
        raise MalformedInput("the file is empty", reason="empty")
    if data.startswith(PNG_SIGNATURE):
        try:
            return _call("wallet.formats.baked:read_png", data, name)
        except UnsupportedFormat as exc:
            if exc.fields.get("reason") != "no-credential-in-image":
                raise
            try:
                return _call("wallet.formats.qr:read_qr", data, name)
            except UnsupportedFormat as qr_exc:
                # Neither baked nor a QR code: the PNG reader's own answer is the clearer one.
                if qr_exc.fields.get("reason") == "no-qr-code":
                    raise exc from None
                raise
    if data.startswith(OTHER_IMAGE_SIGNATURES):
        return _call("wallet.formats.qr:read_qr", data, name)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return _read_markup(data, name)
    if head in (b"{", b"["):
        return read_json(loads(data), data, data, name, "json")
    if head == b'"':
        value = loads(data)
        if isinstance(value, str):
            return read_text(value, data, name, "json")
        raise MalformedInput("a JSON string was expected", reason="syntax")
    try:
        text = data.decode("ascii").strip()
    except UnicodeDecodeError as exc:
        raise UnsupportedFormat("not a credential format Satchel reads", reason="unknown-format") from exc
    return read_text(text, data, name, "jwt")


def _read_markup(data: bytes, name: str | None) -> Parsed:
    start = data[:4096].lower()
    if b"<svg" in start:
        return _call("wallet.formats.baked:read_svg", data, name)
    return _call("wallet.formats.edc_xml:read_edc_xml", data, name)


def read_text(text: str, original: bytes, name: str | None, container: str) -> Parsed:
    """A compact JWS / JWT / SD-JWT given as text."""
    return _call("wallet.formats.jose_readers:read_token", text, original, name, container)


def _contexts(doc: dict[str, Any]) -> list[str]:
    value = doc.get("@context")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def read_json(doc: Any, original: bytes, payload: bytes, name: str | None, container: str) -> Parsed:
    """Classify a decoded JSON document; ``payload`` is the exact bytes it was decoded from."""
    if not isinstance(doc, dict):
        raise UnsupportedFormat("a JSON object was expected", reason="not-an-object")
    types = type_set(doc)
    contexts = _contexts(doc)
    if "payload" in doc and ("signatures" in doc or "signature" in doc):
        return _call("wallet.formats.edc_jades:read_jades", doc, original, payload, name, container)
    if "EuropeanDigitalCredential" in types or any("data.europa.eu/snb" in c for c in contexts):
        fmt = "edc-jsonld"
    elif "VerifiablePresentation" in types:
        fmt = "vp-jsonld"
    elif "VerifiableCredential" in types:
        fmt = "vc-jsonld"
    elif types & {"Assertion"} or any("openbadges" in c for c in contexts):
        fmt = "openbadges-2"
    elif "recipient" in doc and "badge" in doc:
        # An Open Badges 0.5 / 1.0 assertion (no JSON-LD type): read, reported unverifiable.
        fmt = "openbadges-2"
    else:
        raise UnsupportedFormat("a JSON document that is not a credential Satchel reads", reason="unknown-json")
    return Parsed(format=fmt, original=original, payload=payload, document=doc, container=container, name=name)


def describe(parsed: Parsed) -> CredentialRecord:
    """The learner-facing record of ``parsed`` (EU elements). Raises :class:`InputError` subclasses."""
    target = _DESCRIBERS.get(parsed.format)
    if target is None:
        raise UnsupportedFormat(f"cannot describe {parsed.format}", reason="not-supported")
    try:
        record = _call(target, parsed)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A describer meets whatever shape a hostile issuer chose; a shape it did not expect is bad input.
        raise MalformedInput(f"unexpected structure: {exc}", reason="structure") from exc
    if not isinstance(record, CredentialRecord):
        raise InputError("describer returned no record")
    return record
