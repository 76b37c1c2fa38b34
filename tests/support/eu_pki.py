"""A test PKI for EU seals: root CA, intermediate CA, seal certificates, and signed trusted lists.

Everything is generated at test time with ``cryptography`` (no fixture files, no mocks):

* :func:`make_pki` — a root CA and an intermediate ("issuing") CA, plus the keys that sign the test
  trusted list and the test list of trusted lists;
* :meth:`TestPki.seal` — a seal certificate issued by the intermediate, with the key usage, the
  ``organizationIdentifier`` and the QCStatements (QcCompliance + QcType eseal) of a qualified
  certificate for electronic seals (each can be turned off or changed to build negative cases);
* :func:`trusted_list_xml` — an ETSI TS 119 612 trusted list naming a CA as a ``CA/QC`` service
  for seals (status granted), XAdES-signed by the test scheme operator;
* :func:`lotl_xml` — a list of trusted lists pointing to that list and to itself;
* :func:`eu_lists` — an :class:`wallet.verify.eutrust.EuTrustLists` built from the signed list (its
  signature is checked), named ``"test list"`` in reports.

Typical use::

    pki = make_pki()
    seal_key, seal_cert = pki.seal()
    lists = eu_lists(pki)
    a = assess_seal([seal_cert, pki.intermediate_cert], signing_time=NOW, now=NOW, lists=lists)
    assert a.level == "qualified"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from lxml import etree

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
"""The instant the test PKI is built around (certificates valid 2024-01-01 … 2027-01-01)."""
NOT_BEFORE = datetime(2024, 1, 1, tzinfo=UTC)
NOT_AFTER = datetime(2027, 1, 1, tzinfo=UTC)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

ORG_ID = x509.ObjectIdentifier("2.5.4.97")  # organizationIdentifier (EN 319 412-1 §5.1.4)
QC_STATEMENTS = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")
TSL = "http://uri.etsi.org/02231/v2#"
ECC = "http://uri.etsi.org/TrstSvc/SvcInfoExt/eSigDir-1999-93-EC-TrustedList/#"
SVC_CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted"
WITHDRAWN = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn"
FOR_ESEALS = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSeals"
FOR_ESIGNATURES = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSignatures"
LOTL_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUlistofthelists"
GENERIC_TYPE = "http://uri.etsi.org/TrstSvc/TrustedList/TSLType/EUgeneric"
TEST_TERRITORY = "ZZ"


@lru_cache(maxsize=16)
def _rsa(slot: str) -> rsa.RSAPrivateKey:
    # RSA generation is the slow part of a test; one key per role and process is enough.
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def new_key(kind: str = "ec", *, slot: str = "") -> PrivateKey:
    """A private key: ``"ec"`` (P-256, fresh) or ``"rsa"`` (2048, cached per ``slot``)."""
    if kind == "rsa":
        return _rsa(slot or "default")
    return ec.generate_private_key(ec.SECP256R1())


def _name(cn: str, *, org: str | None = None, org_id: str | None = None, country: str = TEST_TERRITORY) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, country)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if org_id:
        attrs.append(x509.NameAttribute(ORG_ID, org_id))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


def _der_oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytearray([parts[0] * 40 + parts[1]])
    for n in parts[2:]:
        chunk = [n & 0x7F]
        n >>= 7
        while n:
            chunk.append(0x80 | (n & 0x7F))
            n >>= 7
        body.extend(reversed(chunk))
    return b"\x06" + bytes([len(body)]) + bytes(body)


def _der_seq(*items: bytes) -> bytes:
    body = b"".join(items)
    if len(body) < 128:
        return b"\x30" + bytes([len(body)]) + body
    n = len(body).to_bytes((len(body).bit_length() + 7) // 8, "big")
    return b"\x30" + bytes([0x80 | len(n)]) + n + body


def qc_statements(*, compliance: bool = True, qc_type: str | None = "0.4.0.1862.1.6.2") -> x509.UnrecognizedExtension:
    """EN 319 412-5 QCStatements: QcCompliance and QcType (default eseal; ``…6.1`` esign)."""
    statements = []
    if compliance:
        statements.append(_der_seq(_der_oid("0.4.0.1862.1.1")))
    if qc_type:
        statements.append(_der_seq(_der_oid("0.4.0.1862.1.6"), _der_seq(_der_oid(qc_type))))
    return x509.UnrecognizedExtension(QC_STATEMENTS, _der_seq(*statements))


def _ca_cert(
    subject: x509.Name, key: PrivateKey, issuer: x509.Name, issuer_key: PrivateKey, *, not_before: datetime, not_after: datetime
) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(issuer_key, hashes.SHA256())
    )


def _leaf(
    subject: x509.Name,
    key: PrivateKey,
    issuer_cert: x509.Certificate,
    issuer_key: PrivateKey,
    *,
    not_before: datetime,
    not_after: datetime,
    key_usage: x509.KeyUsage | None,
    extra: tuple[Any, ...] | list[Any] = (),
) -> x509.Certificate:
    b = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if key_usage is not None:
        b = b.add_extension(key_usage, critical=True)
    for ext in extra:
        b = b.add_extension(ext, critical=False)
    return b.sign(issuer_key, hashes.SHA256())


SEAL_KEY_USAGE = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
"""digitalSignature + nonRepudiation, as EN 319 412-3 asks of a seal certificate."""
ENCIPHER_ONLY_KEY_USAGE = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
"""keyEncipherment only: a certificate that must not seal."""


@dataclass
class TestPki:
    """A root CA, an issuing CA and scheme-operator signers; see the module docstring."""

    root_key: PrivateKey
    root_cert: x509.Certificate
    intermediate_key: PrivateKey
    intermediate_cert: x509.Certificate
    tl_signer_key: PrivateKey
    tl_signer_cert: x509.Certificate
    lotl_signer_key: PrivateKey
    lotl_signer_cert: x509.Certificate
    key_kind: str = "ec"
    issued: list[x509.Certificate] = field(default_factory=list)

    __test__ = False  # not a pytest test class

    def seal(
        self,
        *,
        cn: str = "Test University Seal",
        organisation: str = "Test University",
        org_id: str | None = "VATZZ-12345678",
        country: str = TEST_TERRITORY,
        not_before: datetime = NOT_BEFORE,
        not_after: datetime = NOT_AFTER,
        key_usage: x509.KeyUsage | None = SEAL_KEY_USAGE,
        qualified: bool = True,
        qc_type: str | None = "0.4.0.1862.1.6.2",
        key: PrivateKey | None = None,
        issuer: str = "intermediate",
    ) -> tuple[PrivateKey, x509.Certificate]:
        """A seal key and certificate (issued by the intermediate, or ``issuer="root"``)."""
        key = key or new_key(self.key_kind, slot="seal")
        extra: list[Any] = [qc_statements(qc_type=qc_type)] if qualified else []
        issuer_cert, issuer_key = (self.root_cert, self.root_key) if issuer == "root" else (self.intermediate_cert, self.intermediate_key)
        cert = _leaf(
            _name(cn, org=organisation, org_id=org_id, country=country),
            key,
            issuer_cert,
            issuer_key,
            not_before=not_before,
            not_after=not_after,
            key_usage=key_usage,
            extra=extra,
        )
        self.issued.append(cert)
        return key, cert

    @property
    def chain_tail(self) -> list[x509.Certificate]:
        """The CA certificates a seal carries after its own: intermediate, root."""
        return [self.intermediate_cert, self.root_cert]


def make_pki(*, key_kind: str = "ec", name: str = "Test") -> TestPki:
    """A fresh root + intermediate CA and list signers (``key_kind`` ``"ec"`` or ``"rsa"``)."""
    root_key = new_key(key_kind, slot=f"{name}-root")
    root_name = _name(f"{name} Root CA", org=f"{name} Trust Services")
    root = _ca_cert(
        root_name, root_key, root_name, root_key, not_before=datetime(2020, 1, 1, tzinfo=UTC), not_after=datetime(2040, 1, 1, tzinfo=UTC)
    )
    int_key = new_key(key_kind, slot=f"{name}-int")
    inter = _ca_cert(
        _name(f"{name} Qualified Seal CA", org=f"{name} Trust Services", org_id="VATZZ-00000001"),
        int_key,
        root_name,
        root_key,
        not_before=datetime(2021, 1, 1, tzinfo=UTC),
        not_after=datetime(2035, 1, 1, tzinfo=UTC),
    )
    signing_usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    tl_key = new_key(key_kind, slot=f"{name}-tl")
    tl_cert = _leaf(
        _name(f"{name} Trusted List Scheme Operator", org=f"{name} Supervisory Body"),
        tl_key,
        root,
        root_key,
        not_before=datetime(2020, 1, 1, tzinfo=UTC),
        not_after=datetime(2040, 1, 1, tzinfo=UTC),
        key_usage=signing_usage,
    )
    lotl_key = new_key(key_kind, slot=f"{name}-lotl")
    lotl_cert = _leaf(
        _name(f"{name} LOTL Scheme Operator", org=f"{name} Commission", country="EU"),
        lotl_key,
        root,
        root_key,
        not_before=datetime(2020, 1, 1, tzinfo=UTC),
        not_after=datetime(2040, 1, 1, tzinfo=UTC),
        key_usage=signing_usage,
    )
    return TestPki(root_key, root, int_key, inter, tl_key, tl_cert, lotl_key, lotl_cert, key_kind)


# -- trusted lists ---------------------------------------------------------------------------


def _sub(parent: etree._Element, tag: str, text: str | None = None, ns: str = TSL, **attrib: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{tag}", attrib)
    if text is not None:
        el.text = text
    return el


def _names(parent: etree._Element, tag: str, text: str) -> None:
    holder = _sub(parent, tag)
    _sub(holder, "Name", text, **{"{http://www.w3.org/XML/1998/namespace}lang": "en"})


def _cert_b64(cert: x509.Certificate) -> str:
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding

    return base64.b64encode(cert.public_bytes(Encoding.DER)).decode()


def _scheme_info(
    root: etree._Element, *, tsl_type: str, territory: str, sequence: int, issued: datetime, next_update: datetime, operator: str
) -> etree._Element:
    info = _sub(root, "SchemeInformation")
    _sub(info, "TSLVersionIdentifier", "5")
    _sub(info, "TSLSequenceNumber", str(sequence))
    _sub(info, "TSLType", tsl_type)
    _names(info, "SchemeOperatorName", operator)
    _sub(info, "SchemeTerritory", territory)
    _sub(info, "ListIssueDateTime", issued.strftime("%Y-%m-%dT%H:%M:%SZ"))
    nu = _sub(info, "NextUpdate")
    _sub(nu, "dateTime", next_update.strftime("%Y-%m-%dT%H:%M:%SZ"))
    return info


def sign_list(root: etree._Element, key: PrivateKey, cert: x509.Certificate) -> bytes:
    """XAdES-B enveloped signature over the whole list (TS 119 612 §5.7), returned as bytes."""
    from signxml.xades import XAdESSigner

    alg = "rsa-sha256" if isinstance(key, rsa.RSAPrivateKey) else "ecdsa-sha256"
    # signxml's default C14N 1.1: its XAdES signer digests SignedProperties with the configured
    # algorithm but lists no transform, so any other choice would not verify anywhere.
    signer = XAdESSigner(signature_algorithm=alg, digest_algorithm="sha256")
    signed = signer.sign(root, key=key, cert=[cert], always_add_key_value=False)
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


def trusted_list_xml(
    pki: TestPki,
    *,
    territory: str = TEST_TERRITORY,
    sequence: int = 1,
    issued: datetime = datetime(2025, 1, 1, tzinfo=UTC),
    next_update: datetime = datetime(2025, 7, 1, tzinfo=UTC),
    service_cert: x509.Certificate | None = None,
    service_type: str = SVC_CA_QC,
    status: str = GRANTED,
    status_since: datetime = datetime(2016, 7, 1, tzinfo=UTC),
    additional_info: tuple[str, ...] = (FOR_ESEALS,),
    qualifiers: tuple[str, ...] = (),
    signer: tuple[PrivateKey, x509.Certificate] | None = None,
) -> bytes:
    """A signed TS 119 612 national list with one provider and one service (default: the
    intermediate CA as a granted ``CA/QC`` service for seals)."""
    root = etree.Element(
        f"{{{TSL}}}TrustServiceStatusList", nsmap={None: TSL, "ecc": ECC}, Id="tsl-test", TSLTag="http://uri.etsi.org/19612/TSLTag"
    )
    _scheme_info(
        root,
        tsl_type=GENERIC_TYPE,
        territory=territory,
        sequence=sequence,
        issued=issued,
        next_update=next_update,
        operator="Test Supervisory Body",
    )
    tsps = _sub(root, "TrustServiceProviderList")
    tsp = _sub(tsps, "TrustServiceProvider")
    tinfo = _sub(tsp, "TSPInformation")
    _names(tinfo, "TSPName", "Test Trust Services")
    services = _sub(tsp, "TSPServices")
    svc = _sub(services, "TSPService")
    info = _sub(svc, "ServiceInformation")
    _sub(info, "ServiceTypeIdentifier", service_type)
    _names(info, "ServiceName", "Test Qualified Seal CA")
    sdi = _sub(info, "ServiceDigitalIdentity")
    _sub(_sub(sdi, "DigitalId"), "X509Certificate", _cert_b64(service_cert or pki.intermediate_cert))
    _sub(info, "ServiceStatus", status)
    _sub(info, "StatusStartingTime", status_since.strftime("%Y-%m-%dT%H:%M:%SZ"))
    if additional_info or qualifiers:
        exts = _sub(info, "ServiceInformationExtensions")
        for uri in additional_info:
            asi = _sub(_sub(exts, "Extension", Critical="true"), "AdditionalServiceInformation")
            _sub(asi, "URI", uri, **{"{http://www.w3.org/XML/1998/namespace}lang": "en"})
        if qualifiers:
            quals = _sub(_sub(exts, "Extension", Critical="true"), "Qualifications", ns=ECC)
            element = _sub(quals, "QualificationElement", ns=ECC)
            qs = _sub(element, "Qualifiers", ns=ECC)
            for q in qualifiers:
                _sub(qs, "Qualifier", ns=ECC, uri=q)
            crit = _sub(element, "CriteriaList", ns=ECC, assert_="all")
            crit.attrib.pop("assert_", None)
            crit.set("assert", "all")
            ku = _sub(crit, "KeyUsage", ns=ECC)
            _sub(ku, "KeyUsageBit", "true", ns=ECC, name="nonRepudiation")
    key, cert = signer or (pki.tl_signer_key, pki.tl_signer_cert)
    return sign_list(root, key, cert)


def lotl_xml(
    pki: TestPki,
    *,
    sequence: int = 1,
    issued: datetime = datetime(2025, 1, 1, tzinfo=UTC),
    next_update: datetime = datetime(2025, 7, 1, tzinfo=UTC),
    territory: str = TEST_TERRITORY,
    tl_signers: tuple[x509.Certificate, ...] | None = None,
    lotl_signers: tuple[x509.Certificate, ...] | None = None,
    signer: tuple[PrivateKey, x509.Certificate] | None = None,
) -> bytes:
    """A signed list of trusted lists: a pointer to itself (naming ``lotl_signers``, default the
    test LOTL signer) and one to ``territory``'s list (naming ``tl_signers``)."""
    root = etree.Element(f"{{{TSL}}}TrustServiceStatusList", nsmap={None: TSL}, Id="lotl-test", TSLTag="http://uri.etsi.org/19612/TSLTag")
    info = _scheme_info(
        root, tsl_type=LOTL_TYPE, territory="EU", sequence=sequence, issued=issued, next_update=next_update, operator="Test Commission"
    )
    pointers = _sub(info, "PointersToOtherTSL")
    for terr, kind, certs in (
        ("EU", LOTL_TYPE, lotl_signers or (pki.lotl_signer_cert,)),
        (territory, GENERIC_TYPE, tl_signers or (pki.tl_signer_cert,)),
    ):
        ptr = _sub(pointers, "OtherTSLPointer")
        sdis = _sub(ptr, "ServiceDigitalIdentities")
        for c in certs:
            _sub(_sub(_sub(sdis, "ServiceDigitalIdentity"), "DigitalId"), "X509Certificate", _cert_b64(c))
        _sub(ptr, "TSLLocation", f"https://tl.example.invalid/{terr}.xml")
        add = _sub(ptr, "AdditionalInformation")
        _sub(_sub(add, "OtherInformation"), "TSLType", kind)
        _sub(_sub(add, "OtherInformation"), "SchemeTerritory", terr)
        _sub(_sub(add, "OtherInformation"), "MimeType", "application/vnd.etsi.tsl+xml", ns="http://uri.etsi.org/02231/v2/additionaltypes#")
    key, cert = signer or (pki.lotl_signer_key, pki.lotl_signer_cert)
    return sign_list(root, key, cert)


def eu_lists(pki: TestPki, *, tl: bytes | None = None, name: str = "test list") -> Any:
    """An ``EuTrustLists`` holding the (signature-checked) test list ``tl`` (default: :func:`trusted_list_xml`)."""
    from wallet.verify.eutrust import EuTrustLists
    from wallet.verify.eutrust.listsig import verify_list_signature
    from wallet.verify.eutrust.tsl import parse_trusted_list_unverified

    data = tl if tl is not None else trusted_list_xml(pki)
    verify_list_signature(data, [pki.tl_signer_cert])
    return EuTrustLists([parse_trusted_list_unverified(data, source="test")], name=name)


def eu_lists_with_lotl(pki: TestPki) -> Any:
    """An ``EuTrustLists`` with the test LOTL and the test national list (named ``EU LOTL → ZZ TL``)."""
    from wallet.verify.eutrust import EuTrustLists
    from wallet.verify.eutrust.tsl import parse_trusted_list_unverified

    return EuTrustLists(
        [parse_trusted_list_unverified(lotl_xml(pki), source="test"), parse_trusted_list_unverified(trusted_list_xml(pki), source="test")]
    )


def later(days: int) -> datetime:
    return NOW + timedelta(days=days)


# -- sealed Europass XML credentials -----------------------------------------------------------

SNB = "http://data.europa.eu/snb"
CRED_ID = "urn:credential:test-0001"


def credential_xml(
    *,
    title: str = "Certificate in Applied Testing",
    awarding_body: str = "Test University",
    learner: str = "Alex Learner",
    valid_from: str = "2024-06-01T00:00:00Z",
    valid_until: str | None = "2030-06-01T00:00:00Z",
    issued: str = "2024-06-01T00:00:00Z",
    ects: str = "5",
) -> etree._Element:
    """An unsigned EDCI 1.2 Europass credential (namespace ``http://data.europa.eu/snb``)."""
    root = etree.Element(f"{{{SNB}}}europassCredential", nsmap={None: SNB}, id=CRED_ID)

    def sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
        el = etree.SubElement(parent, f"{{{SNB}}}{tag}", attrib)
        if text is not None:
            el.text = text
        return el

    def lang(parent: etree._Element, tag: str, text: str) -> etree._Element:
        holder = sub(parent, tag)
        sub(holder, "text", text, lang="en")
        return holder

    sub(root, "validFrom", valid_from)
    sub(root, "issued", issued)
    if valid_until:
        sub(root, "validUntil", valid_until)
    sub(root, "issuer", idref="urn:epass:org:1")
    lang(root, "title", title)
    subject = sub(root, "credentialSubject", id="urn:epass:person:1")
    lang(subject, "fullName", learner)
    ach = sub(sub(subject, "achievements"), "learningAchievement", id="urn:epass:learningAchievement:1")
    lang(ach, "title", title)
    sub(ach, "specifiedBy", idref="urn:epass:qualification:1")
    specs = sub(root, "learningSpecificationReferences")
    q = sub(specs, "qualification", id="urn:epass:qualification:1")
    lang(q, "title", title)
    sub(q, "hasECTSCreditPoints", ects)
    sub(q, "eqfLevel", uri="http://data.europa.eu/snb/eqf/6")
    agents = sub(root, "agentReferences")
    org = sub(agents, "organization", id="urn:epass:org:1")
    sub(org, "registration", "VATZZ-12345678", spatialID="ZZ")
    lang(org, "prefLabel", awarding_body)
    return root


def seal_xml(
    root: etree._Element,
    key: PrivateKey,
    chain: list[x509.Certificate],
    *,
    signing_time: datetime = NOW,
    reference_uri: str | None = f"#{CRED_ID}",
    tsa: Any = None,
    timestamp_at: datetime | None = None,
) -> bytes:
    """Seal ``root`` with an enveloped XAdES signature (baseline B; T with ``tsa``, a
    ``tests.support.jades_signer.TestTsa``). ``chain[0]`` is the seal certificate."""
    from signxml.xades import XAdESSigner

    class _Signer(XAdESSigner):  # type: ignore[misc]
        def add_signing_time(self, ssp: etree._Element, sig_root: etree._Element, signing_settings: Any) -> None:
            el = etree.SubElement(ssp, "{http://uri.etsi.org/01903/v1.3.2#}SigningTime")
            el.text = signing_time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    alg = "rsa-sha256" if isinstance(key, rsa.RSAPrivateKey) else "ecdsa-sha256"
    signer = _Signer(signature_algorithm=alg, digest_algorithm="sha256")
    signed = signer.sign(root, key=key, cert=chain, reference_uri=reference_uri, always_add_key_value=False)
    if tsa is not None:
        import base64

        from tests.support.jades_signer import timestamp_token

        ds = "http://www.w3.org/2000/09/xmldsig#"
        xa = "http://uri.etsi.org/01903/v1.3.2#"
        sig = signed.find(f"{{{ds}}}Signature")
        qp = sig.find(f"{{{ds}}}Object/{{{xa}}}QualifyingProperties")
        value = sig.find(f"{{{ds}}}SignatureValue")
        covered = etree.tostring(value, method="c14n", exclusive=False, with_comments=False)
        token = timestamp_token(tsa, covered, at=timestamp_at or signing_time)
        usp = etree.SubElement(etree.SubElement(qp, f"{{{xa}}}UnsignedProperties"), f"{{{xa}}}UnsignedSignatureProperties")
        ts = etree.SubElement(usp, f"{{{xa}}}SignatureTimeStamp")
        etree.SubElement(ts, f"{{{xa}}}EncapsulatedTimeStamp").text = base64.b64encode(token).decode()
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")
