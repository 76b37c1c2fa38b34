"""A test JAdES sealer (ETSI TS 119 182-1) and a test time-stamping authority (RFC 3161).

Everything is real: keys and certificates from ``cryptography``, time-stamp tokens built with
``asn1crypto`` as CMS SignedData over a DER TSTInfo and signed by the test TSA's key. Nothing is
mocked, so the verifier meets the same bytes it would meet from a real sealing service.

* :func:`make_tsa` — a test TSA (its own root and a TSA certificate with the critical
  ``timeStamping`` extended key usage);
* :func:`timestamp_token` — an RFC 3161 token over some data at some time;
* :func:`seal` — a JWS JSON serialization of an EDC: ``b64: false``, ``crit``, ``sigT``, ``x5c``,
  ``x5t#S256`` (level B), plus ``adoTst`` and an ``etsiU`` ``sigTst`` (level T).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SealKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | Ed25519PrivateKey


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


# --- the test TSA -------------------------------------------------------------------------------


@dataclass
class TestTsa:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    root_cert: x509.Certificate

    __test__ = False


def make_tsa(*, not_before: datetime = datetime(2020, 1, 1, tzinfo=UTC), not_after: datetime = datetime(2040, 1, 1, tzinfo=UTC)) -> TestTsa:
    """A TSA certificate (EKU timeStamping, critical, RFC 3161 §2.3) under its own test root."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "ZZ"), x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA Root")])
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "ZZ"), x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(root_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    return TestTsa(key, cert, root)


def timestamp_token(tsa: TestTsa, data: bytes, *, at: datetime, serial: int = 1, digest: str = "sha256") -> bytes:
    """An RFC 3161 time-stamp token (DER ContentInfo) over ``data`` at ``at``, signed by ``tsa``."""
    tst_info = tsp.TSTInfo(
        {
            "version": "v1",
            "policy": "1.2.3.4.1",
            "message_imprint": {"hash_algorithm": {"algorithm": digest}, "hashed_message": hashlib.new(digest, data).digest()},
            "serial_number": serial,
            "gen_time": at.astimezone(UTC),
        }
    )
    econtent = tst_info.dump()
    tsa_der = der(tsa.cert)
    tsa_asn1 = asn1_x509.Certificate.load(tsa_der)
    signed_attrs = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
            cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(econtent).digest()]}),
            cms.CMSAttribute(
                {
                    "type": "signing_certificate_v2",
                    "values": [{"certs": [{"hash_algorithm": {"algorithm": "sha256"}, "cert_hash": hashlib.sha256(tsa_der).digest()}]}],
                }
            ),
        ]
    )
    to_sign = signed_attrs.dump()  # a SET OF (tag 0x31): what RFC 5652 §5.4 signs
    signature = tsa.key.sign(to_sign, ec.ECDSA(hashes.SHA256()))
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                "issuer_and_serial_number",
                cms.IssuerAndSerialNumber({"issuer": tsa_asn1.issuer, "serial_number": tsa_asn1.serial_number}),
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
            "signed_attrs": signed_attrs,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
            "signature": signature,
        }
    )
    signed_data = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
            "encap_content_info": {"content_type": "tst_info", "content": core.ParsableOctetString(econtent)},
            "certificates": [tsa_asn1],
            "signer_infos": [signer_info],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()


def token_container(*tokens: bytes) -> dict[str, Any]:
    """The JAdES time-stamp container ``{"tstTokens": [{"val": base64}]}`` (TS 119 182-1 §5.2.8.1)."""
    return {"tstTokens": [{"val": base64.b64encode(t).decode("ascii")} for t in tokens]}


# --- the sealer ---------------------------------------------------------------------------------


def alg_for(key: SealKey) -> str:
    if isinstance(key, Ed25519PrivateKey):
        return "EdDSA"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {"secp256r1": "ES256", "secp384r1": "ES384"}[key.curve.name]
    return "RS256"


def sign_bytes(key: SealKey, alg: str, data: bytes) -> bytes:
    """A JWS signature value (RFC 7518 §3) of ``data`` with ``key``."""
    if isinstance(key, Ed25519PrivateKey):
        return key.sign(data)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        size = (key.curve.key_size + 7) // 8
        digest = hashes.SHA256() if alg == "ES256" else hashes.SHA384()
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(digest)))
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")
    if alg == "PS256":
        return key.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def payload_text(credential: dict[str, Any]) -> str:
    """The credential as the sealed payload string (compact JSON, UTF-8 kept)."""
    return json.dumps(credential, ensure_ascii=False, separators=(",", ":"))


def protected_header(
    chain: list[x509.Certificate],
    *,
    signing_time: datetime,
    alg: str,
    ado_token: bytes | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    header: dict[str, Any] = {
        "alg": alg,
        "cty": "json",
        "typ": "jose+json",
        "x5c": [base64.b64encode(der(c)).decode("ascii") for c in chain],
        "x5t#S256": b64url(hashlib.sha256(der(chain[0])).digest()),
        "b64": False,
        "sigT": signing_time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "crit": ["b64", "sigT"],
    }
    if ado_token is not None:
        header["adoTst"] = token_container(ado_token)
        header["crit"] = ["b64", "sigT", "adoTst"]
    header.update(extra or {})
    return header


def seal(
    credential: dict[str, Any] | str,
    key: SealKey,
    chain: list[x509.Certificate],
    *,
    signing_time: datetime,
    tsa: TestTsa | None = None,
    tst_delay: timedelta = timedelta(seconds=2),
    alg: str | None = None,
    header_extra: dict[str, Any] | None = None,
    flattened: bool = False,
) -> dict[str, Any]:
    """Seal ``credential`` (a dict, or the exact payload string) as JAdES: level B, or T with ``tsa``.

    With a TSA the protected header carries an ``adoTst`` over the payload (§5.2.8.3) and the
    unprotected header an ``etsiU`` ``sigTst`` over the base64url signature value (§5.3.4), both
    stamped ``tst_delay`` after ``signing_time``. The result is the JWS JSON serialization object.
    """
    payload = credential if isinstance(credential, str) else payload_text(credential)
    alg = alg or alg_for(key)
    stamp_at = signing_time + tst_delay
    ado = timestamp_token(tsa, payload.encode("utf-8"), at=signing_time, serial=11) if tsa else None
    header = protected_header(chain, signing_time=signing_time, alg=alg, ado_token=ado, extra=header_extra)
    protected = b64url(json.dumps(header, separators=(",", ":")).encode("utf-8"))
    signature = sign_bytes(key, alg, protected.encode("ascii") + b"." + payload.encode("utf-8"))
    entry: dict[str, Any] = {"protected": protected, "signature": b64url(signature)}
    if tsa is not None:
        sig_tst = timestamp_token(tsa, entry["signature"].encode("ascii"), at=stamp_at, serial=12)
        component = {"sigTst": token_container(sig_tst)}
        entry["header"] = {"etsiU": [b64url(json.dumps(component, separators=(",", ":")).encode("utf-8"))]}
    if flattened:
        return {"payload": payload, **entry}
    return {"payload": payload, "signatures": [entry]}


def to_bytes(jws: dict[str, Any]) -> bytes:
    return json.dumps(jws, ensure_ascii=False, indent=1).encode("utf-8")


def edc_credential(
    *, issuer_name: str = "Test University", org_id: str | None = "12345678", valid_from: str = "2024-06-01T00:00:00Z"
) -> dict[str, Any]:
    """A small ELM 3 EuropeanDigitalCredential carrying every mandatory EU element."""
    concept = lambda cid, label: {"id": cid, "type": "Concept", "prefLabel": {"en": label}}  # noqa: E731
    issuer: dict[str, Any] = {
        "id": "urn:epass:org:1",
        "type": "Organisation",
        "legalName": {"en": issuer_name, "fr": issuer_name + " (fr)"},
        "location": {
            "id": "urn:epass:location:1",
            "type": "Location",
            "address": {
                "id": "urn:epass:address:1",
                "type": "Address",
                "countryCode": concept("http://publications.europa.eu/resource/authority/country/BEL", "Belgium"),
            },
        },
    }
    if org_id:
        issuer["vatIdentifier"] = {"id": "urn:epass:legalIdentifier:1", "type": "LegalIdentifier", "notation": org_id}
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:0b5c1f0e-6f7e-4c55-9d3f-2f7c4b1b9a10",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": issuer,
        "issuanceDate": "2024-06-01T10:00:00Z",
        "issued": "2024-06-01T10:00:00Z",
        "validFrom": valid_from,
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "fullName": {"en": "Ada Learner"},
            "hasClaim": {
                "id": "urn:epass:learningAchievement:1",
                "type": "LearningAchievement",
                "title": {"en": "Data stewardship", "fr": "Gestion des données"},
                "awardedBy": {"id": "urn:epass:awardingProcess:1", "type": "AwardingProcess", "awardingBody": issuer},
                "provenBy": {
                    "id": "urn:epass:learningAssessment:1",
                    "type": "LearningAssessment",
                    "title": {"en": "Final project"},
                    "grade": {"id": "urn:epass:note:1", "type": "Note", "noteLiteral": {"en": "Excellent"}},
                    "idVerification": concept("http://data.europa.eu/snb/supervision-verification/1", "Supervised with ID verification"),
                    "specifiedBy": {
                        "id": "urn:epass:assessmentSpec:1",
                        "type": "LearningAssessmentSpecification",
                        "dcType": concept("urn:epass:concept:project", "project assessment"),
                    },
                },
                "specifiedBy": {
                    "id": "urn:epass:qualification:1",
                    "type": "Qualification",
                    "title": {"en": "Data stewardship"},
                    "eqfLevel": concept("http://data.europa.eu/snb/eqf/5", "Level 5"),
                    "creditPoint": {
                        "id": "urn:epass:creditPoint:1",
                        "type": "CreditPoint",
                        "framework": concept("http://data.europa.eu/snb/education-credit/6fcec5c5af", "European Credit Transfer System"),
                        "point": "3",
                    },
                    "volumeOfLearning": "PT75H",
                    "learningOutcome": [
                        {"id": "urn:epass:learningOutcome:1", "type": "LearningOutcome", "title": {"en": "Curate research data"}},
                        {"id": "urn:epass:learningOutcome:2", "type": "LearningOutcome", "title": {"en": "Write a data management plan"}},
                    ],
                    "mode": concept("http://data.europa.eu/snb/learning-assessment/920fbb3cbe", "Online"),
                    "accreditation": {
                        "id": "urn:epass:accreditation:1",
                        "type": "Accreditation",
                        "title": {"en": "Programme accreditation by the Test Quality Agency"},
                    },
                    "entryRequirement": {"id": "urn:epass:note:2", "type": "Note", "noteLiteral": {"en": "A bachelor's degree"}},
                },
            },
        },
    }
