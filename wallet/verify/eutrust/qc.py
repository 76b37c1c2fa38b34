"""What a certificate itself claims about its qualification: ETSI EN 319 412-5 QCStatements.

``QcCompliance`` (0.4.0.1862.1.1) says the certificate is an EU qualified certificate; ``QcType``
(0.4.0.1862.1.6) says for what: ``id-etsi-qct-esign`` (…6.1), ``id-etsi-qct-eseal`` (…6.2) or
``id-etsi-qct-web`` (…6.3). An absent QcType means e-signature (EN 319 412-5 §4.2.3). The claim is
only believed when the issuing CA is a qualified service in a trusted list (TS 119 615 §4.3).
"""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import core
from cryptography import x509

__all__ = ["QC_COMPLIANCE", "QC_TYPE_ESEAL", "QcClaims", "qc_claims"]

QC_STATEMENTS_OID = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")
QC_COMPLIANCE = "0.4.0.1862.1.1"
QC_SSCD = "0.4.0.1862.1.4"
QC_TYPE = "0.4.0.1862.1.6"
QC_TYPE_ESIGN = "0.4.0.1862.1.6.1"
QC_TYPE_ESEAL = "0.4.0.1862.1.6.2"
QC_TYPE_WEB = "0.4.0.1862.1.6.3"


class _QcStatement(core.Sequence):  # type: ignore[misc]
    _fields = [("statement_id", core.ObjectIdentifier), ("statement_info", core.Any, {"optional": True})]


class _QcStatements(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _QcStatement


class _QcTypes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = core.ObjectIdentifier


@dataclass(frozen=True)
class QcClaims:
    """The QCStatements of one certificate; ``readable`` is ``False`` when the extension was damaged."""

    compliance: bool = False
    sscd: bool = False
    types: frozenset[str] = frozenset()
    readable: bool = True

    @property
    def for_eseal(self) -> bool:
        return QC_TYPE_ESEAL in self.types


def qc_claims(cert: x509.Certificate) -> QcClaims:
    """The certificate's QCStatements; a certificate without the extension claims nothing.

    Never raises: a malformed extension gives ``QcClaims(readable=False)`` (it then claims nothing).
    """
    try:
        ext = cert.extensions.get_extension_for_oid(QC_STATEMENTS_OID)
    except x509.ExtensionNotFound:
        return QcClaims()
    value = ext.value
    raw = value.value if isinstance(value, x509.UnrecognizedExtension) else value.public_bytes()
    try:
        statements = _QcStatements.load(raw, strict=True)
        ids = {s["statement_id"].dotted for s in statements}
        types: set[str] = set()
        for s in statements:
            if s["statement_id"].dotted == QC_TYPE and s["statement_info"].native is not None:
                types.update(t.dotted for t in _QcTypes.load(s["statement_info"].dump(), strict=True))
    except (ValueError, TypeError, KeyError):
        return QcClaims(readable=False)
    return QcClaims(compliance=QC_COMPLIANCE in ids, sscd=QC_SSCD in ids, types=frozenset(types))
