"""Reading Europass (EDCI 1.x/2.x) XML credentials and presentations: format ``edc-xml``.

The bytes go through the hardened parser (:mod:`wallet.formats.xmlsafe`: no DTD, no entities, no
network, bounded size and depth). The document element must be a Europass ``europassCredential``
or ``verifiablePresentation`` (unqualified, as EDCI 1.0 wrote them, or in the
``http://data.europa.eu/snb`` namespaces of EDCI 1.2+). Nothing is authenticated here: the
``edc-xml`` verifier checks the enveloped XAdES seal and that it covers the whole document as read;
:func:`credential_tree_unverified` gives the document with every ``ds:Signature`` removed, which is
all a describer may look at (so nothing inside a signature — a ``ds:Object`` — is ever read).
"""

from __future__ import annotations

from lxml import etree

from wallet.errors import UnsupportedFormat
from wallet.formats.base import MAX_INPUT_BYTES, Parsed
from wallet.formats.xmlsafe import parse_xml

__all__ = ["EDC_NAMESPACES", "ROOTS", "credential_tree_unverified", "read_edc_xml"]

DS_SIGNATURE = "{http://www.w3.org/2000/09/xmldsig#}Signature"
EDC_NAMESPACES = frozenset({"", "http://data.europa.eu/snb", "http://data.europa.eu/snb/vp", "http://data.europa.eu/snb/model"})
ROOTS = {"europassCredential": "credential", "verifiablePresentation": "presentation"}


def _local(el: etree._Element) -> tuple[str, str]:
    q = etree.QName(el)
    return q.namespace or "", q.localname


def read_edc_xml(data: bytes, name: str | None = None) -> Parsed:
    """Parse a Europass XML credential or presentation.

    Raises :class:`wallet.errors.MalformedInput` / :class:`wallet.errors.InputTooLarge` for unsafe
    or broken XML (see :func:`wallet.formats.xmlsafe.parse_xml`) and :class:`UnsupportedFormat`
    (reason ``unknown-xml``) for XML that is not a Europass credential.
    """
    root = parse_xml(data, max_bytes=MAX_INPUT_BYTES)
    ns, local = _local(root)
    if local not in ROOTS or ns not in EDC_NAMESPACES:
        raise UnsupportedFormat(f"XML with document element {local[:60]!r} is not a Europass credential", reason="unknown-xml")
    credentials = [el for el in root.iter() if isinstance(el.tag, str) and _local(el)[1] == "europassCredential"]
    document = {
        "type": local,
        "kind": ROOTS[local],
        "namespace": ns or None,
        "id": root.get("id"),
        "signed": any(True for _ in root.iter(DS_SIGNATURE)),
        "credentials": len(credentials),
    }
    return Parsed(format="edc-xml", original=data, payload=data, document=document, container="xml", name=name)


def credential_tree_unverified(parsed: Parsed) -> etree._Element:
    """The document of ``parsed`` with every ``ds:Signature`` removed: what a describer may read.

    *Unverified*: the ``signature`` check establishes whether the seal covers exactly this.
    Raises the hardened parser's errors if ``parsed.payload`` is not safe XML.
    """
    root = parse_xml(parsed.payload, max_bytes=MAX_INPUT_BYTES)
    for sig in list(root.iter(DS_SIGNATURE)):
        parent = sig.getparent()
        if parent is not None:
            parent.remove(sig)
    return root
