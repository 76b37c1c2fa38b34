"""JSON-LD safe mode: what expansion would silently drop is not covered by an RDF signature.

JSON-LD 1.1 Processing Algorithms §5.1.2 (Expansion) step 13.3 drops a key that does not expand to an
IRI or keyword, and RDF conversion (§8.2) drops nodes and types whose IRI is relative. The RDFC-1.0
canonical form then omits them, so a credential may *display* a claim the issuer never signed.
pyld accepts a ``safe`` option but ignores it; this module collects what pyld reports through its
``on_property_dropped`` hook and scans the expanded form for relative references, the way
jsonld.js's safe mode rejects them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wallet.errors import VerificationError

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class UnsafeJsonLd(VerificationError):
    """Terms or references JSON-LD processing would drop; ``terms`` names them (sorted, unique)."""

    code = "verify.jsonld-unsafe"

    def __init__(self, terms: list[str]) -> None:
        shown = ", ".join(terms[:10]) + (f" and {len(terms) - 10} more" if len(terms) > 10 else "")
        super().__init__(f"terms not defined by the credential's contexts are not signed: {shown}", terms=terms)
        self.terms = terms


class DroppedTerms:
    """Collects the keys pyld drops during expansion (its ``on_property_dropped`` hook)."""

    def __init__(self) -> None:
        self.terms: set[str] = set()

    def __call__(self, term: object) -> None:
        self.terms.add(str(term)[:128])


def relative_references(expanded: Any) -> Iterator[str]:
    """Each ``@id`` / ``@type`` value in an *expanded* document that is not an absolute IRI or blank node.

    Such a value is dropped on conversion to RDF (JSON-LD 1.1 API §8.2 step 3.1 / 3.2.1).
    """
    stack: list[Any] = [expanded]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@value" in item:
                continue  # a literal: its @type is a datatype IRI, checked below only for nodes
            ident = item.get("@id")
            if isinstance(ident, str) and not ident.startswith("_:") and not _ABSOLUTE_IRI.match(ident):
                yield f"@id {ident[:64]}"
            types = item.get("@type", [])
            for t in types if isinstance(types, list) else [types]:
                if isinstance(t, str) and not t.startswith("_:") and not _ABSOLUTE_IRI.match(t):
                    yield f"@type {t[:64]}"
            for key, value in item.items():
                if key not in ("@id", "@type", "@context"):
                    stack.append(value)


def check_safe(dropped: DroppedTerms, expanded: Any) -> None:
    """Raise :class:`UnsafeJsonLd` naming every dropped term and relative reference, if any."""
    found = set(dropped.terms)
    found.update(relative_references(expanded))
    if found:
        raise UnsafeJsonLd(sorted(found))
