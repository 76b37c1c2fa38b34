"""Is an electronic seal backed by the EU trusted lists, and how strongly?

:func:`assess_seal` takes the certificate chain a seal carries (seal certificate first), the time
the seal says it was made and the current time, and returns a :class:`SealAssessment`:

* ``qualified`` — the path ends at a qualified CA service (``CA/QC``) whose status was granted at
  the signing time, the service issues certificates for seals, and the seal certificate is a
  qualified certificate for electronic seals (its QCStatements, or the list's qualifiers, say so);
* ``advanced`` — the path ends at a listed service granted at the signing time, but the
  certificate is not shown to be a qualified seal certificate;
* ``untrusted`` — no path to any listed service, a service that was not granted at the signing
  time, a broken chain, or a certificate unusable for signing.

This follows ETSI TS 119 615 §4 (procedures for using EU trusted lists) and TS 119 172-4 in a
reduced form: no revocation data is consulted (the wallet works offline), and of the list's
``Qualifications`` only policy and key-usage criteria are applied (TS 119 612 §5.5.9.2).

:class:`EuTrustLists` holds the parsed lists (:mod:`.tsl`); :func:`default_lists` gives the snapshot
shipped in ``resources/trust/eu/``, replaced territory by territory by any newer list the learner
installed with ``satchel trust update`` (see :mod:`.store`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization

from wallet.verify.eutrust.qc import qc_claims
from wallet.verify.eutrust.tsl import TrustedList, TrustService

EU_TRUST_LISTS_OPTION = "eutrust.lists"
"""Key in ``VerifyContext.options`` for an :class:`EuTrustLists` to use instead of :func:`default_lists`."""

__all__ = [
    "EU_TRUST_LISTS_OPTION",
    "EuTrustLists",
    "SealAssessment",
    "TrustService",
    "TrustedList",
    "assess_seal",
    "default_lists",
    "readable_name",
]

SVC_CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
SVC_CA_PKC = "http://uri.etsi.org/TrstSvc/Svctype/CA/PKC"
_STATUS = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/"
# TS 119 612 §5.5.4: "granted" since eIDAS (2016-07-01); before that, "undersupervision",
# "supervisionincessation" and "accredited" (Directive 1999/93/EC) meant the same for this purpose.
GRANTED_STATUSES = frozenset(
    _STATUS + s for s in ("granted", "undersupervision", "supervisionincessation", "accredited", "setbynationallaw")
)
_ASI = "http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/"
ASI_FOR_ESEALS = _ASI + "ForeSeals"
ASI_USAGES = frozenset(_ASI + s for s in ("ForeSignatures", "ForeSeals", "ForWebSiteAuthentication"))
Q_FOR_ESEAL = _ASI + "QCForESeal"
Q_FOR_ESIG = _ASI + "QCForESig"
Q_FOR_WSA = _ASI + "QCForWSA"
Q_STATEMENT = _ASI + "QCStatement"
Q_NOT_QUALIFIED = _ASI + "NotQualified"

MAX_PATH = 8

TERRITORIES: dict[str, str] = {
    "AT": "Austrian", "BE": "Belgian", "BG": "Bulgarian", "CY": "Cypriot", "CZ": "Czech", "DE": "German",
    "DK": "Danish", "EE": "Estonian", "EL": "Greek", "ES": "Spanish", "FI": "Finnish", "FR": "French",
    "HR": "Croatian", "HU": "Hungarian", "IE": "Irish", "IS": "Icelandic", "IT": "Italian", "LI": "Liechtenstein",
    "LT": "Lithuanian", "LU": "Luxembourg", "LV": "Latvian", "MT": "Maltese", "NL": "Dutch", "NO": "Norwegian",
    "PL": "Polish", "PT": "Portuguese", "RO": "Romanian", "SE": "Swedish", "SI": "Slovenian", "SK": "Slovak",
    "UK": "United Kingdom",
}  # fmt: skip


@dataclass(frozen=True)
class SealAssessment:
    """How far the EU trusted lists back one seal certificate (see the module docstring for levels).

    ``valid_at_signing`` / ``valid_now`` concern the seal certificate's own validity period; a
    certificate that expired after a (time-stamped) signing is not a failure, one not valid at the
    signing time is. ``problems`` lists short English phrases, e.g. ``"no path to a trust anchor"``.
    """

    level: str  # "qualified" | "advanced" | "untrusted"
    anchor: str | None  # the trust service / CA name the path ended at, if any
    list_name: str | None  # which trusted list (e.g. "EU LOTL → BE TL" or "test list")
    list_issued: date | None
    valid_at_signing: bool  # the seal certificate was within its validity at the signing time
    valid_now: bool
    subject: str  # the seal certificate's subject, readable (CN, O, C, organizationIdentifier)
    detail: str  # one English sentence
    problems: tuple[str, ...] = ()

    def to_data(self) -> dict[str, object]:
        """JSON-ready fields for a check's ``data``."""
        return {
            "level": self.level,
            "anchor": self.anchor,
            "list": self.list_name,
            "list_issued": self.list_issued.isoformat() if self.list_issued else None,
            "valid_at_signing": self.valid_at_signing,
            "valid_now": self.valid_now,
            "subject": self.subject,
            "problems": list(self.problems),
        }


class EuTrustLists:
    """A set of parsed trusted lists: at most one list of lists (LOTL) and national lists.

    ``name`` overrides how reports name the list a path ended in (e.g. ``"test list"``); otherwise a
    national list reached through the LOTL is named ``"EU LOTL → BE TL"``. Immutable once built.
    """

    def __init__(self, lists: Iterable[TrustedList], *, name: str | None = None) -> None:
        self._lists = tuple(lists)
        self._name = name
        self._lotl = next((tl for tl in self._lists if tl.is_lotl), None)
        self._anchors = [(cert, svc, tl) for tl in self._lists for svc in tl.services for cert in svc.certificates]

    @property
    def lists(self) -> tuple[TrustedList, ...]:
        return self._lists

    @property
    def lotl(self) -> TrustedList | None:
        """The EU list of trusted lists, if one is loaded."""
        return self._lotl

    def national(self, territory: str) -> TrustedList | None:
        """The national list of ``territory`` (``BE``), if loaded."""
        return next((tl for tl in self._lists if not tl.is_lotl and tl.territory == territory), None)

    def list_name(self, tl: TrustedList) -> str:
        if self._name:
            return self._name
        if not tl.is_lotl and self._lotl is not None and self._lotl.pointers_to(tl.territory):
            return f"{self._lotl.label} → {tl.label}"
        return tl.label

    def anchors(self) -> list[tuple[x509.Certificate, TrustService, TrustedList]]:
        """Every service certificate in the lists, with its service and list."""
        return list(self._anchors)

    def anchors_issuing(self, cert: x509.Certificate) -> list[tuple[x509.Certificate, TrustService, TrustedList]]:
        """The listed service certificates that are ``cert`` itself or directly issued it (signature checked)."""
        found = []
        for anchor, svc, tl in self._anchors:
            if _same_key_and_name(anchor, cert) or _issued_by(cert, anchor):
                found.append((anchor, svc, tl))
        return found

    def __len__(self) -> int:
        return len(self._lists)


def _spki(cert: x509.Certificate) -> bytes:
    return cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _same_key_and_name(a: x509.Certificate, b: x509.Certificate) -> bool:
    return a.subject == b.subject and _spki(a) == _spki(b)


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """``cert``'s issuer name is ``issuer``'s subject and ``issuer``'s key verifies ``cert``'s signature."""
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def readable_name(name: x509.Name) -> str:
    """CN, O, organizationIdentifier and C of an X.509 name, in that order, for people to read."""
    oids = (
        (x509.NameOID.COMMON_NAME, ""),
        (x509.NameOID.ORGANIZATION_NAME, ""),
        (x509.ObjectIdentifier("2.5.4.97"), ""),
        (x509.NameOID.COUNTRY_NAME, ""),
    )
    parts: list[str] = []
    for oid, _ in oids:
        for attr in name.get_attributes_for_oid(oid):
            value = attr.value if isinstance(attr.value, str) else attr.value.decode("utf-8", "replace")
            if value and value not in parts:
                parts.append(value)
    return ", ".join(parts) or name.rfc4514_string()


def _country(name: x509.Name) -> str | None:
    attrs = name.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)
    if attrs and isinstance(attrs[0].value, str):
        code = attrs[0].value.upper()
        return "EL" if code == "GR" else "UK" if code == "GB" else code
    return None


def _within(cert: x509.Certificate, when: datetime) -> bool:
    return cert.not_valid_before_utc <= when <= cert.not_valid_after_utc


def _key_usage_problem(cert: x509.Certificate) -> str | None:
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None  # RFC 5280 §4.2.1.3: without the extension, the key may serve any purpose
    if not (ku.digital_signature or ku.content_commitment):
        return "key usage lacks nonRepudiation/digitalSignature"
    return None


def _build_path(
    chain: Sequence[x509.Certificate], lists: EuTrustLists
) -> tuple[list[x509.Certificate], tuple[x509.Certificate, TrustService, TrustedList] | None]:
    """Steps 2-3: from the seal certificate, follow issuers among the chain's certificates until a
    listed service certificate is the current certificate or its issuer (TS 119 615 §4.2)."""
    path = [chain[0]]
    pool = list(chain[1:])
    current = chain[0]
    for _ in range(MAX_PATH):
        hits = lists.anchors_issuing(current)
        if hits:
            # Prefer a service that is qualified and currently granted; ties keep list order.
            hits.sort(key=lambda h: (h[1].service_type != SVC_CA_QC, h[1].status not in GRANTED_STATUSES))
            return path, hits[0]
        parent = next((c for c in pool if c is not current and _issued_by(current, c)), None)
        if parent is None or parent in path:
            return path, None
        path.append(parent)
        current = parent
    return path, None


def _qualifiers(svc: TrustService, cert: x509.Certificate) -> set[str]:
    found: set[str] = set()
    for q in svc.qualifications:
        if q.applies_to(cert):
            found |= q.qualifiers
    return found


def assess_seal(
    chain: Sequence[x509.Certificate], *, signing_time: datetime, now: datetime, lists: EuTrustLists | None = None
) -> SealAssessment:
    """Assess the seal certificate ``chain[0]`` (the rest of ``chain``: CA certificates the seal carried).

    ``signing_time`` and ``now`` must be timezone-aware. ``lists`` defaults to :func:`default_lists`.
    Never raises for a hostile or broken chain: every problem is reported in the assessment. Raises
    ``ValueError`` for an empty chain or naive datetimes (programming errors).
    """
    if not chain:
        raise ValueError("assess_seal needs at least the seal certificate")
    if signing_time.tzinfo is None or now.tzinfo is None:
        raise ValueError("signing_time and now must be timezone-aware")
    trust = lists if lists is not None else default_lists()
    seal = chain[0]
    subject = readable_name(seal.subject)
    at_signing, at_now = _within(seal, signing_time), _within(seal, now)
    problems: list[str] = []
    # 1. The seal certificate itself: usable for signing, within its validity at the signing time.
    ku = _key_usage_problem(seal)
    if ku:
        problems.append(ku)
    if not at_signing:
        problems.append("the seal certificate was not valid at the signing time")
    # 2-3. A path to a certificate of a listed trust service.
    path, hit = _build_path(chain, trust)
    for ca in path[1:]:
        if not _within(ca, signing_time):
            problems.append(f"CA certificate {readable_name(ca.subject)} was not valid at the signing time")

    def result(level: str, detail: str, anchor: str | None = None, tl: TrustedList | None = None) -> SealAssessment:
        return SealAssessment(
            level=level,
            anchor=anchor,
            list_name=trust.list_name(tl) if tl is not None else None,
            list_issued=tl.issued.date() if tl is not None else None,
            valid_at_signing=at_signing,
            valid_now=at_now,
            subject=subject,
            detail=detail,
            problems=tuple(problems),
        )

    if hit is None:
        problems.insert(0, "no path to a trust anchor")
        return result("untrusted", _no_path_detail(path, trust))
    _, svc, tl = hit
    anchor = svc.name or svc.provider
    # 4. The service's status at the signing time (TS 119 612 §5.5.4, history §5.6).
    status = svc.status_at(signing_time)
    if status not in GRANTED_STATUSES:
        short = (status or "unknown").rsplit("/", 1)[-1]
        problems.append(f"the trust service's status at the signing time was {short}")
        return result(
            "untrusted",
            f"the seal chains to {anchor} in {trust.list_name(tl)}, but that service was {short} at the signing time",
            anchor,
            tl,
        )
    if ku or problems:
        return result("untrusted", f"the seal chains to {anchor} in {trust.list_name(tl)}, but {problems[0]}", anchor, tl)
    # 5. Qualified for seals? The certificate's QCStatements, overridden by the list's qualifiers
    #    (TS 119 615 §4.3.4-4.3.5); the service must issue certificates for seals (ASI, §5.5.9.4).
    claims = qc_claims(seal)
    quals = _qualifiers(svc, seal)
    qualified = (claims.compliance or Q_STATEMENT in quals) and Q_NOT_QUALIFIED not in quals
    for_seal = (claims.for_eseal and not quals & {Q_FOR_ESIG, Q_FOR_WSA}) or Q_FOR_ESEAL in quals
    usages = svc.additional_info & ASI_USAGES
    service_for_seals = not usages or ASI_FOR_ESEALS in usages
    if svc.service_type == SVC_CA_QC and qualified and for_seal and service_for_seals:
        return result("qualified", f"qualified certificate for electronic seals issued under {anchor} ({trust.list_name(tl)})", anchor, tl)
    why = (
        "the certificate does not claim to be qualified"
        if not qualified
        else "the certificate is not a qualified certificate for electronic seals"
        if not for_seal
        else "the service does not issue qualified certificates for seals"
    )
    return result("advanced", f"advanced seal: the certificate chains to {anchor} ({trust.list_name(tl)}), but {why}", anchor, tl)


def _no_path_detail(path: list[x509.Certificate], trust: EuTrustLists) -> str:
    top = path[-1]
    country = _country(top.issuer) or _country(top.subject)
    issuer = readable_name(top.issuer)
    if not len(trust):
        return f"no EU trusted list is installed, so the seal's issuer {issuer} cannot be checked"
    if country and trust.national(country) is None:
        which = f"the {TERRITORIES[country]} trusted list ({country})" if country in TERRITORIES else f"the trusted list of {country}"
        pointed = trust.lotl is not None and bool(trust.lotl.pointers_to(country))
        note = "; the EU list of trusted lists points to it, install it with `satchel trust update`" if pointed else ""
        return f"the seal's issuer {issuer} is not in the installed lists: {which} is not installed{note}"
    return f"the seal's issuer {issuer} is in none of the installed EU trusted lists"


def default_lists() -> EuTrustLists:
    """The bundled snapshot (``resources/trust/eu/``), each list replaced by a newer one the learner
    installed (user data folder). Read once per change of the installed folder.

    Raises :class:`wallet.errors.MalformedInput` if a bundled or installed list is damaged.
    """
    from wallet.verify.eutrust.store import load_lists

    return load_lists()
