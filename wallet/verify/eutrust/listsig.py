"""A trusted list's own signature (ETSI TS 119 612 §5.7): enveloped XAdES over the whole list,
made by a certificate the caller pins (TS 119 615 §4.1: the LOTL names each list's signers)."""

from __future__ import annotations

from collections.abc import Sequence

from cryptography import x509

from wallet.formats.xmlsafe import parse_xml
from wallet.verify.eutrust.tsl import MAX_LIST_BYTES
from wallet.verify.xades import XadesFailure, verify_enveloped_xades

__all__ = ["verify_list_signature"]


def verify_list_signature(data: bytes, signers: Sequence[x509.Certificate]) -> x509.Certificate:
    """Check that ``data`` is a list signed by one of ``signers``; return the certificate that signed.

    The signer is pinned by exact certificate, not by a path: its validity period is not judged
    (a list signed in 2020 by a certificate that has since expired still says what it said).
    Raises :class:`wallet.verify.xades.XadesFailure` when the signature is absent, broken, outside
    the accepted profile or made by another key, and the hardened parser's
    :class:`wallet.errors.MalformedInput` for bytes that are not safe XML.
    """
    if not signers:
        raise XadesFailure("no signer is pinned for this list", reason="signing-certificate")
    root = parse_xml(data, max_bytes=MAX_LIST_BYTES)
    result = verify_enveloped_xades(root, pinned=signers)
    return result.certificate
