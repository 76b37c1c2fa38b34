"""A hardened XML parser for everything Satchel reads as XML (EDC/Europass credentials, trusted lists).

Promises (DESIGN.md, Security stance): no DTD of any kind (so no entity, internal or external, and
no billion-laughs expansion), no file or network access, bounded size, depth and element count.
Every refusal is a :class:`wallet.errors.MalformedInput` or :class:`wallet.errors.InputTooLarge`
with a stable ``reason``; nothing else escapes.
"""

from __future__ import annotations

import re

from lxml import etree

from wallet.errors import InputTooLarge, MalformedInput

__all__ = ["MAX_XML_DEPTH", "MAX_XML_ELEMENTS", "parse_xml"]

MAX_XML_DEPTH = 64
"""The deepest element nesting accepted; real credentials and trusted lists stay below 20."""
MAX_XML_ELEMENTS = 250_000
"""The most elements accepted in one document (the EU list of trusted lists has about 6,000)."""

# A document type declaration is where every XML entity attack starts (XXE, parameter entities,
# billion laughs). Neither Europass credentials nor ETSI TS 119 612 lists carry one, so its mere
# presence is a refusal, found before any parser sees the bytes.
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)
_XML_DECL = re.compile(r"^<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def _text(data: bytes) -> str:
    """The document as text; only UTF-8 (what both formats prescribe) and its ASCII subset are accepted,
    so the DTD scan sees the same characters the parser will."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedInput("the XML is not UTF-8", reason="xml-encoding") from exc
    declared = _XML_DECL.match(text.lstrip())
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        raise MalformedInput(f"the XML declares encoding {declared.group(1)!r}; only UTF-8 is read", reason="xml-encoding")
    return text


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=False,
        collect_ids=False,
    )


def parse_xml(data: bytes, *, max_bytes: int) -> etree._Element:
    """Parse ``data`` into its root element, refusing anything unsafe.

    Raises :class:`InputTooLarge` (reason ``too-large``) beyond ``max_bytes``, and
    :class:`MalformedInput` with reason ``xml-dtd`` for any document type declaration or entity,
    ``xml-encoding`` for a non-UTF-8 document, ``xml-syntax`` for XML that is not well-formed, and
    ``xml-limits`` when depth or element count exceed :data:`MAX_XML_DEPTH` / :data:`MAX_XML_ELEMENTS`.
    """
    if len(data) > max_bytes:
        raise InputTooLarge(f"the XML is larger than {max_bytes} bytes", reason="too-large", limit=max_bytes)
    text = _text(data)
    if _DTD.search(text):
        raise MalformedInput("the XML carries a document type declaration (DTD/entities), which is refused", reason="xml-dtd")
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        root = etree.fromstring(body, parser=_parser())
    except etree.XMLSyntaxError as exc:
        raise MalformedInput(f"the XML is not well-formed: {exc.msg}", reason="xml-syntax") from exc
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None or tree.docinfo.doctype:
        raise MalformedInput("the XML carries a document type declaration", reason="xml-dtd")
    _check_limits(root)
    return root


def _check_limits(root: etree._Element) -> None:
    count = 0
    stack: list[tuple[etree._Element, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if depth > MAX_XML_DEPTH:
            raise MalformedInput(f"the XML is nested deeper than {MAX_XML_DEPTH} levels", reason="xml-limits", limit=MAX_XML_DEPTH)
        if count > MAX_XML_ELEMENTS:
            raise MalformedInput(f"the XML has more than {MAX_XML_ELEMENTS} elements", reason="xml-limits", limit=MAX_XML_ELEMENTS)
        if isinstance(node.tag, str):
            stack.extend((child, depth + 1) for child in node)
        elif node.tag is etree.Entity:
            raise MalformedInput("the XML refers to an entity", reason="xml-dtd")
