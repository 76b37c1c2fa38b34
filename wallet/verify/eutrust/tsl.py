"""Reading ETSI TS 119 612 trusted lists (the EU list of trusted lists and the national lists).

Only what a seal assessment needs is read: the scheme information (type, territory, sequence
number, issue date, next update, operator), the pointers to other lists with their signing
certificates (TS 119 612 §5.3.13), and each trust service with its type, status, status history,
digital identities and extensions (§5.5). Parsing does not authenticate the list: functions that
return a list straight from bytes carry ``unverified`` in their name; :mod:`.listsig` checks the
list's own signature.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cryptography import x509
from lxml import etree

from wallet.errors import MalformedInput
from wallet.formats.xmlsafe import parse_xml

__all__ = [
    "LOTL_TYPE",
    "MAX_LIST_BYTES",
    "TSL_NS",
    "Qualification",
    "TrustService",
    "TrustedList",
    "TslPointer",
    "parse_trusted_list_unverified",
]

TSL_NS = "http://uri.etsi.org/02231/v2#"
ECC_NS = "http://uri.etsi.org/TrstSvc/SvcInfoExt/eSigDir-1999-93-EC-TrustedList/#"
ADD_NS = "http://uri.etsi.org/02231/v2/additionaltypes#"
LOTL_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists"
GENERIC_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric"

MAX_LIST_BYTES = 16 * 1024 * 1024
"""The largest trusted list accepted (the biggest national lists are a few MB)."""
MAX_CERTS_PER_IDENTITY = 64


def _t(name: str, ns: str = TSL_NS) -> str:
    return f"{{{ns}}}{name}"


@dataclass(frozen=True)
class Qualification:
    """One ``QualificationElement`` (TS 119 612 §5.5.9.2): qualifiers that apply to the certificates
    matching the criteria. Only policy-identifier and key-usage criteria are understood; an element
    with any other criterion never applies (``understood`` is ``False``)."""

    qualifiers: frozenset[str]
    assert_: str
    """``all``, ``atLeastOne`` or ``none`` (§5.5.9.2.1)."""
    policy_sets: tuple[frozenset[str], ...]
    key_usage: tuple[tuple[str, bool], ...]
    understood: bool = True

    def applies_to(self, cert: x509.Certificate) -> bool:
        """Whether this element's criteria select ``cert`` (an element not understood selects nothing)."""
        if not self.understood:
            return False
        results: list[bool] = []
        policies = _policies(cert)
        results.extend(bool(policy_set) and policy_set <= policies for policy_set in self.policy_sets)
        if self.key_usage:
            usage = _key_usage(cert)
            results.append(all(usage.get(bit, False) == value for bit, value in self.key_usage))
        if not results:
            return False
        if self.assert_ == "all":
            return all(results)
        if self.assert_ == "none":
            return not any(results)
        return any(results)


def _policies(cert: x509.Certificate) -> frozenset[str]:
    try:
        ext = cert.extensions.get_extension_for_class(x509.CertificatePolicies)
    except x509.ExtensionNotFound:
        return frozenset()
    return frozenset(p.policy_identifier.dotted_string for p in ext.value)


def _key_usage(cert: x509.Certificate) -> dict[str, bool]:
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return {}
    out = {
        "digitalSignature": ku.digital_signature,
        "nonRepudiation": ku.content_commitment,
        "keyEncipherment": ku.key_encipherment,
        "dataEncipherment": ku.data_encipherment,
        "keyAgreement": ku.key_agreement,
        "keyCertSign": ku.key_cert_sign,
        "crlSign": ku.crl_sign,
    }
    return out


@dataclass(frozen=True)
class TrustService:
    """One trust service of a trust service provider (TS 119 612 §5.5), with its history (§5.6)."""

    territory: str
    provider: str
    name: str
    service_type: str
    status: str
    status_since: datetime | None
    certificates: tuple[x509.Certificate, ...]
    additional_info: frozenset[str] = frozenset()
    qualifications: tuple[Qualification, ...] = ()
    history: tuple[tuple[str, datetime], ...] = ()
    """Earlier ``(status, starting time)`` pairs, newest first (§5.6)."""

    def status_at(self, when: datetime) -> str | None:
        """The service status in force at ``when``: the current status if it started by then, else the
        history instance whose starting time is the latest not after ``when`` (§5.5.5, §5.6)."""
        timeline = [(self.status, self.status_since), *self.history]
        best: tuple[str, datetime] | None = None
        for status, since in timeline:
            if since is None:
                if best is None:
                    best = (status, datetime.min.replace(tzinfo=UTC))
                continue
            if since <= when and (best is None or since > best[1]):
                best = (status, since)
        return best[0] if best else None


@dataclass(frozen=True)
class TslPointer:
    """A pointer to another list (TS 119 612 §5.3.13): where it lives and who may sign it."""

    territory: str
    tsl_type: str
    location: str
    mime_type: str
    certificates: tuple[x509.Certificate, ...]


@dataclass(frozen=True)
class TrustedList:
    """A parsed ETSI TS 119 612 list. ``sha256`` identifies the exact bytes it was read from."""

    tsl_type: str
    territory: str
    sequence: int
    issued: datetime
    next_update: datetime | None
    operator: str
    services: tuple[TrustService, ...]
    pointers: tuple[TslPointer, ...]
    sha256: str
    source: str = "bundled"
    """``bundled``, ``installed`` or a caller's label (``test``)."""
    signer: x509.Certificate | None = field(default=None, compare=False)

    @property
    def is_lotl(self) -> bool:
        return self.tsl_type == LOTL_TYPE

    @property
    def label(self) -> str:
        """``EU LOTL`` for the list of lists, ``BE TL`` for a national list."""
        return "EU LOTL" if self.is_lotl else f"{self.territory} TL"

    def pointers_to(self, territory: str, *, lotl: bool = False) -> list[TslPointer]:
        """The pointers naming ``territory``'s list (XML pointers only; PDF copies are ignored)."""
        return [
            p for p in self.pointers if p.territory == territory and (p.tsl_type == LOTL_TYPE) == lotl and "xml" in (p.mime_type or "xml")
        ]


def _text(node: etree._Element | None) -> str:
    return "".join(str(t) for t in node.itertext()).strip() if node is not None else ""


def _name(parent: etree._Element | None) -> str:
    """The English name of a multilingual name list, else its first name (§5.1.4)."""
    if parent is None:
        return ""
    names = parent.findall(_t("Name"))
    for n in names:
        if n.get("{http://www.w3.org/XML/1998/namespace}lang", "").lower().startswith("en"):
            return _text(n)
    return _text(names[0]) if names else ""


def _datetime(node: etree._Element | None, what: str) -> datetime:
    text = _text(node)
    if not text:
        raise MalformedInput(f"the trusted list has no {what}", reason="tsl-structure")
    try:
        value = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError as exc:
        raise MalformedInput(f"the trusted list's {what} is not a date: {text[:40]!r}", reason="tsl-structure") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _certificates(parent: etree._Element | None) -> tuple[x509.Certificate, ...]:
    if parent is None:
        return ()
    certs: list[x509.Certificate] = []
    for node in parent.iter(_t("X509Certificate")):
        if len(certs) >= MAX_CERTS_PER_IDENTITY:
            raise MalformedInput("a trusted list entry carries too many certificates", reason="tsl-structure")
        try:
            der = base64.b64decode("".join(_text(node).split()), validate=True)
            certs.append(x509.load_der_x509_certificate(der))
        except (binascii.Error, ValueError) as exc:
            raise MalformedInput("a trusted list carries a certificate that cannot be read", reason="tsl-certificate") from exc
    return tuple(certs)


def _extensions(info: etree._Element) -> tuple[frozenset[str], tuple[Qualification, ...]]:
    asi: set[str] = set()
    quals: list[Qualification] = []
    exts = info.find(_t("ServiceInformationExtensions"))
    if exts is None:
        return frozenset(), ()
    for ext in exts.findall(_t("Extension")):
        for uri in ext.iterfind(f"{_t('AdditionalServiceInformation')}/{_t('URI')}"):
            asi.add(_text(uri))
        for element in ext.iter(_t("QualificationElement", ECC_NS)):
            quals.append(_qualification(element))
    return frozenset(asi), tuple(quals)


def _qualification(element: etree._Element) -> Qualification:
    qualifiers = frozenset(q.get("uri", "") for q in element.iter(_t("Qualifier", ECC_NS)))
    criteria = element.find(_t("CriteriaList", ECC_NS))
    if criteria is None:
        return Qualification(qualifiers, "atLeastOne", (), (), understood=False)
    understood = True
    policy_sets: list[frozenset[str]] = []
    key_usage: list[tuple[str, bool]] = []
    for child in criteria:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local == "PolicySet":
            policy_sets.append(frozenset(_text(i) for i in child.iter(_t("Identifier", ADD_NS))))
        elif local == "KeyUsage":
            key_usage.extend((bit.get("name", ""), _text(bit).lower() == "true") for bit in child.iter(_t("KeyUsageBit", ECC_NS)))
        elif local != "Description":
            understood = False  # nested criteria lists, extended key usage, ...: not applied (§5.5.9.2.1)
    return Qualification(qualifiers, criteria.get("assert", "atLeastOne"), tuple(policy_sets), tuple(key_usage), understood)


def _service(node: etree._Element, territory: str, provider: str) -> TrustService:
    info = node.find(_t("ServiceInformation"))
    if info is None:
        raise MalformedInput("a trust service has no ServiceInformation", reason="tsl-structure")
    asi, quals = _extensions(info)
    since_node = info.find(_t("StatusStartingTime"))
    history: list[tuple[str, datetime]] = []
    for inst in node.iterfind(f"{_t('ServiceHistory')}/{_t('ServiceHistoryInstance')}"):
        history.append((_text(inst.find(_t("ServiceStatus"))), _datetime(inst.find(_t("StatusStartingTime")), "status starting time")))
    return TrustService(
        territory=territory,
        provider=provider,
        name=_name(info.find(_t("ServiceName"))),
        service_type=_text(info.find(_t("ServiceTypeIdentifier"))),
        status=_text(info.find(_t("ServiceStatus"))),
        status_since=_datetime(since_node, "status starting time") if since_node is not None else None,
        certificates=_certificates(info.find(_t("ServiceDigitalIdentity"))),
        additional_info=asi,
        qualifications=quals,
        history=tuple(history),
    )


def _pointer(node: etree._Element) -> TslPointer:
    territory = tsl_type = mime = ""
    for other in node.iterfind(f"{_t('AdditionalInformation')}/{_t('OtherInformation')}"):
        for child in other:
            if not isinstance(child.tag, str):
                continue
            local = etree.QName(child).localname
            if local == "SchemeTerritory":
                territory = _text(child)
            elif local == "TSLType":
                tsl_type = _text(child)
            elif local == "MimeType":
                mime = _text(child)
    return TslPointer(
        territory, tsl_type, _text(node.find(_t("TSLLocation"))), mime, _certificates(node.find(_t("ServiceDigitalIdentities")))
    )


def parse_root_unverified(root: etree._Element, data: bytes, *, source: str = "bundled") -> TrustedList:
    """A :class:`TrustedList` from an already parsed document; see :func:`parse_trusted_list_unverified`."""
    if root.tag != _t("TrustServiceStatusList"):
        raise MalformedInput("not an ETSI TS 119 612 trusted list", reason="tsl-structure")
    info = root.find(_t("SchemeInformation"))
    if info is None:
        raise MalformedInput("the trusted list has no SchemeInformation", reason="tsl-structure")
    territory = _text(info.find(_t("SchemeTerritory")))
    if not territory or len(territory) > 8:
        raise MalformedInput("the trusted list names no territory", reason="tsl-structure")
    try:
        sequence = int(_text(info.find(_t("TSLSequenceNumber"))))
    except ValueError as exc:
        raise MalformedInput("the trusted list's sequence number is not a number", reason="tsl-structure") from exc
    next_node = info.find(f"{_t('NextUpdate')}/{_t('dateTime')}")
    services: list[TrustService] = []
    for tsp in root.iterfind(f"{_t('TrustServiceProviderList')}/{_t('TrustServiceProvider')}"):
        provider = _name(tsp.find(f"{_t('TSPInformation')}/{_t('TSPName')}"))
        services.extend(_service(s, territory, provider) for s in tsp.iterfind(f"{_t('TSPServices')}/{_t('TSPService')}"))
    pointers = tuple(_pointer(p) for p in info.iterfind(f"{_t('PointersToOtherTSL')}/{_t('OtherTSLPointer')}"))
    return TrustedList(
        tsl_type=_text(info.find(_t("TSLType"))),
        territory=territory,
        sequence=sequence,
        issued=_datetime(info.find(_t("ListIssueDateTime")), "issue date"),
        # A closed list has no NextUpdate date (§5.3.15).
        next_update=_datetime(next_node, "next update") if next_node is not None and _text(next_node) else None,
        operator=_name(info.find(_t("SchemeOperatorName"))),
        services=tuple(services),
        pointers=pointers,
        sha256=hashlib.sha256(data).hexdigest(),
        source=source,
    )


def parse_trusted_list_unverified(data: bytes, *, source: str = "bundled") -> TrustedList:
    """Parse a TS 119 612 list from bytes, *without* checking its signature.

    Raises :class:`wallet.errors.MalformedInput` (reasons ``xml-*`` from the hardened parser,
    ``tsl-structure``, ``tsl-certificate``) or :class:`wallet.errors.InputTooLarge`.
    """
    return parse_root_unverified(parse_xml(data, max_bytes=MAX_LIST_BYTES), data, source=source)


def all_certificates(lists: Iterable[TrustedList]) -> list[tuple[x509.Certificate, TrustService, TrustedList]]:
    """Every service digital-identity certificate with its service and list."""
    return [(cert, svc, tl) for tl in lists for svc in tl.services for cert in svc.certificates]
