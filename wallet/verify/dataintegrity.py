"""Data Integrity proofs: eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-jcs-2019, and the
older Ed25519Signature2020; proof sets and proof chains (VC Data Integrity 1.0 §4.4–§4.6).

The same transformation and hashing serve the verifier here and the signer in
``wallet.signing.dataintegrity``: :func:`transform_document` and :func:`transform_proof_config`
give the canonical forms (RDFC-1.0 N-Quads or JCS), :func:`hash_data` the bytes that are signed.
:func:`verify_proofs` verifies every proof of a secured document and never raises for a bad one;
each :class:`ProofResult` says what was established.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from wallet.errors import KeyResolutionError, MalformedInput, VerificationError, WalletError
from wallet.verify.context import ContextLoader, VerifyContext
from wallet.verify.jsonld.canon import HASHES, jcs
from wallet.verify.keys import PublicKey, VerificationMethod, resolve_verification_method
from wallet.verify.multibase import decode_multibase
from wallet.verify.validity import parse_datetime

ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1"
DATA_INTEGRITY_CONTEXTS = ("https://www.w3.org/ns/credentials/v2", "https://w3id.org/security/data-integrity/v2")
DATA_INTEGRITY_V1_CONTEXT = "https://w3id.org/security/data-integrity/v1"
MAX_PROOFS = 16
"""More proofs than any real credential carries; a longer proof set is refused (work bound)."""


class UnsupportedSuite(VerificationError):
    """A proof type or cryptosuite this wallet does not verify (e.g. ecdsa-sd-2023, bbs-2023)."""

    code = "verify.unsupported-suite"


class ProofError(VerificationError):
    """A proof that is malformed or does not verify; ``reason`` says which step failed."""

    code = "verify.proof"


@dataclass(frozen=True)
class Suite:
    """How one cryptosuite canonicalises, hashes and signs (vc-di-eddsa §3, vc-di-ecdsa §3)."""

    name: str
    canonical: str
    """``rdfc`` (RDFC-1.0 N-Quads) or ``jcs`` (RFC 8785)."""
    algorithm: str
    """``ed25519`` or ``ecdsa``."""


SUITES: dict[str, Suite] = {
    "eddsa-rdfc-2022": Suite("eddsa-rdfc-2022", "rdfc", "ed25519"),
    "eddsa-jcs-2022": Suite("eddsa-jcs-2022", "jcs", "ed25519"),
    "ecdsa-rdfc-2019": Suite("ecdsa-rdfc-2019", "rdfc", "ecdsa"),
    "ecdsa-jcs-2019": Suite("ecdsa-jcs-2019", "jcs", "ecdsa"),
    "Ed25519Signature2020": Suite("Ed25519Signature2020", "rdfc", "ed25519"),
}

_EC_HASH: dict[str, tuple[str, int]] = {"secp256r1": ("sha256", 32), "secp384r1": ("sha384", 48)}


def suite_of(proof: Mapping[str, Any]) -> Suite:
    """The suite a proof names: ``DataIntegrityProof`` + ``cryptosuite``, or a legacy proof type.

    Raises :class:`UnsupportedSuite` for anything else.
    """
    kind = proof.get("type")
    if kind == "DataIntegrityProof":
        name = proof.get("cryptosuite")
        suite = SUITES.get(name) if isinstance(name, str) else None
        if suite is None or suite.name == "Ed25519Signature2020":
            raise UnsupportedSuite(f"cryptosuite {str(name)[:64]} is not supported", suite=str(name)[:64])
        return suite
    if kind == "Ed25519Signature2020":
        return SUITES["Ed25519Signature2020"]
    raise UnsupportedSuite(f"proof type {str(kind)[:64]} is not supported", suite=str(kind)[:64])


def hash_name_for(suite: Suite, key: PublicKey | None) -> str:
    """SHA-256, except ECDSA over P-384, which uses SHA-384 throughout (vc-di-ecdsa §3.3.4)."""
    if suite.algorithm == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
        return _EC_HASH.get(key.curve.name, ("sha256", 32))[0]
    return "sha256"


def _contexts(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def proof_config(proof: Mapping[str, Any], unsecured: Mapping[str, Any], suite: Suite) -> dict[str, Any]:
    """The proof options that are signed: the proof minus ``proofValue``, with the document's context.

    vc-di-eddsa §3.3.5 / vc-di-ecdsa §3.3.5 step 5: ``proofConfig.@context = unsecuredDocument.@context``.
    Ed25519Signature2020 (its suite spec §2.2) keeps a proof's own ``@context`` and otherwise uses the
    document's, with the suite context added when the document lacks it.
    """
    config = {k: v for k, v in proof.items() if k not in ("proofValue", "jws", "signatureValue")}
    if suite.name == "Ed25519Signature2020":
        if "@context" not in config:
            ctx = _contexts(unsecured.get("@context"))
            if ED25519_2020_CONTEXT not in ctx:
                ctx.append(ED25519_2020_CONTEXT)
            config["@context"] = ctx
    elif "@context" in unsecured:
        config["@context"] = unsecured["@context"]
    return config


def _canonical(doc: Mapping[str, Any], suite: Suite, hash_name: str, loader: ContextLoader, time_limit: float) -> str:
    if suite.canonical == "jcs":
        return jcs(doc)
    from wallet.verify.jsonld.canon import canonicalize

    return canonicalize(dict(doc), loader, hash_name=hash_name, time_limit=time_limit)


def transform_document(
    unsecured: Mapping[str, Any], suite: Suite, *, hash_name: str, loader: ContextLoader, time_limit: float = 10.0
) -> str:
    """The canonical form of the unsecured document (vc-di-eddsa §3.3.3 / §3.4.3 Transformation).

    Raises :class:`UnknownContext`, :class:`UnsafeJsonLd`, :class:`ProcessingLimit` or ``JsonLdFailure``.
    """
    return _canonical(unsecured, suite, hash_name, loader, time_limit)


def transform_proof_config(
    config: Mapping[str, Any], suite: Suite, *, hash_name: str, loader: ContextLoader, time_limit: float = 10.0
) -> str:
    """The canonical form of the proof configuration (vc-di-eddsa §3.3.5 step 6); errors as above."""
    created = config.get("created")
    if created is not None and parse_datetime(created) is None:
        raise ProofError("proof.created is not a dateTime", reason="bad-created")
    return _canonical(config, suite, hash_name, loader, time_limit)


def hash_data(proof_canonical: str, document_canonical: str, hash_name: str) -> bytes:
    """H(canonical proof config) ‖ H(canonical document) (vc-di-eddsa §3.3.4 Hashing)."""
    h = HASHES[hash_name]
    return bytes(h(proof_canonical.encode("utf-8")).digest()) + bytes(h(document_canonical.encode("utf-8")).digest())


def verify_signature(suite: Suite, key: PublicKey, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``data`` verifies under ``key`` for ``suite``.

    EdDSA: Ed25519 (RFC 8032). ECDSA: IEEE P1363 r‖s with SHA-256 (P-256) or SHA-384 (P-384).
    Raises :class:`ProofError` (``reason="key-type"``) when the key does not fit the suite.
    """
    if suite.algorithm == "ed25519":
        if not isinstance(key, Ed25519PublicKey):
            raise ProofError(f"{suite.name} needs an Ed25519 key", reason="key-type")
        if len(signature) != 64:
            return False
        try:
            key.verify(signature, data)
        except InvalidSignature:
            return False
        return True
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name not in _EC_HASH:
        raise ProofError(f"{suite.name} needs a P-256 or P-384 key", reason="key-type")
    hash_name, size = _EC_HASH[key.curve.name]
    if len(signature) != 2 * size:
        return False
    r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
    algorithm: hashes.HashAlgorithm = hashes.SHA256() if hash_name == "sha256" else hashes.SHA384()
    try:
        key.verify(encode_dss_signature(r, s), data, ec.ECDSA(algorithm))
    except InvalidSignature:
        return False
    return True


@dataclass(frozen=True)
class ProofResult:
    """What verifying one proof established.

    ``verified`` is true only when the signature checked out under ``method``'s key. When false,
    ``error`` says why: a :class:`ProofError` (bad signature or proof: the credential fails), or a
    reason it could not be checked (:class:`UnsupportedSuite`, :class:`KeyResolutionError`,
    ``UnknownContext``, ``ProcessingLimit``, ``UnsafeJsonLd``).
    """

    proof: Mapping[str, Any]
    suite: str
    verified: bool
    method: VerificationMethod | None = None
    error: WalletError | None = None
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        """True when the proof is wrong, as opposed to could not be checked.

        A document with terms JSON-LD would drop counts as wrong: whatever the proof covers, it is
        not what the document shows (the DCC verifier rejects such credentials the same way).
        """
        from wallet.verify.jsonld.safemode import UnsafeJsonLd

        return not self.verified and isinstance(self.error, ProofError | MalformedInput | UnsafeJsonLd)


def proofs_unverified(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The document's ``proof`` as a list of objects, not yet verified.

    Raises :class:`MalformedInput` for a proof that is not an object or more than ``MAX_PROOFS``.
    """
    value = document.get("proof")
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    if len(items) > MAX_PROOFS:
        raise MalformedInput(f"more than {MAX_PROOFS} proofs", reason="too-many-proofs")
    if not all(isinstance(p, dict) for p in items):
        raise MalformedInput("a proof is not a JSON object", reason="bad-proof")
    return list(items)


def _previous_ids(proof: Mapping[str, Any]) -> list[str] | None:
    value = proof.get("previousProof")
    if value is None:
        return None
    ids = value if isinstance(value, list) else [value]
    if not ids or not all(isinstance(i, str) for i in ids):
        raise ProofError("previousProof must name proofs by id", reason="bad-previous-proof")
    return list(ids)


def unsecured_for(document: Mapping[str, Any], proof: Mapping[str, Any], all_proofs: list[dict[str, Any]]) -> dict[str, Any]:
    """The document a proof was made over (VC Data Integrity §4.6 Verify Proof Sets and Chains).

    A proof in a set covers the document without any proof; a chained proof (``previousProof``)
    covers it with exactly the proofs it names as ``proof``. Raises :class:`ProofError` when a
    named previous proof is absent.
    """
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    previous = _previous_ids(proof)
    if previous is None:
        return unsecured
    matching = [p for p in all_proofs if p.get("id") in previous and p is not proof]
    if len({p.get("id") for p in matching}) != len(set(previous)):
        raise ProofError("a previousProof is missing from the proof chain", reason="missing-previous-proof")
    unsecured["proof"] = matching[0] if len(matching) == 1 else matching
    return unsecured


Resolver = Callable[[str, VerifyContext], VerificationMethod]


class _Memo:
    """Canonical forms computed once per (document, suite kind, hash) within one verification."""

    def __init__(self) -> None:
        self.forms: dict[tuple[str, str, str], str] = {}

    def get(self, doc: Mapping[str, Any], suite: Suite, hash_name: str, compute: Callable[[], str]) -> str:
        key = (json.dumps(doc, sort_keys=True, ensure_ascii=False), suite.canonical, hash_name)
        if key not in self.forms:
            self.forms[key] = compute()
        return self.forms[key]


def verify_proof(
    document: Mapping[str, Any],
    proof: Mapping[str, Any],
    ctx: VerifyContext,
    *,
    all_proofs: list[dict[str, Any]] | None = None,
    purpose: str = "assertionMethod",
    resolver: Resolver = resolve_verification_method,
    memo: _Memo | None = None,
) -> ProofResult:
    """Verify one proof of ``document`` (VC Data Integrity §4.4 Verify Proof; suite §3.x.2).

    Never raises for a bad credential: the result carries the error. ``ctx.options`` may hold
    ``challenge`` and ``domain`` that the proof must repeat exactly.
    """
    suite_label = str(proof.get("cryptosuite") or proof.get("type"))[:64]
    memo = memo or _Memo()
    method: VerificationMethod | None = None
    try:
        # 1. The suite: DataIntegrityProof + cryptosuite, or the legacy type.
        suite = suite_of(proof)
        suite_label = suite.name
        # 2. Proof properties (VC-DI §4.4 steps 1-5): purpose, created, expires, challenge, domain.
        _check_proof_options(proof, ctx, purpose)
        # 3. The document this proof covers (proof sets vs chains, VC-DI §4.6).
        unsecured = unsecured_for(document, proof, all_proofs if all_proofs is not None else [dict(proof)])
        # 4. vc-di-eddsa §3.3.2 step 4: a proof's own @context must open the document's, in order.
        if "@context" in proof and suite.name != "Ed25519Signature2020":
            own, doc_ctx = _contexts(proof["@context"]), _contexts(unsecured.get("@context"))
            if doc_ctx[: len(own)] != own:
                raise ProofError("the proof's @context does not match the document's", reason="context-mismatch")
            unsecured["@context"] = proof["@context"]
        # 5. The key: resolve the verification method offline.
        vm_url = proof.get("verificationMethod")
        if isinstance(vm_url, dict):
            vm_url = vm_url.get("id")
        if not isinstance(vm_url, str) or not vm_url:
            raise ProofError("the proof names no verificationMethod", reason="no-method")
        method = resolver(vm_url, ctx)
        # 6. Decode the proof value: multibase base58btc.
        raw_value = proof.get("proofValue")
        if not isinstance(raw_value, str) or not raw_value.startswith("z"):
            raise ProofError("proofValue must be multibase base58btc", reason="bad-proof-value")
        signature = decode_multibase(raw_value)
        # 7. Transform and hash (suite §3.x.3-§3.x.5); P-384 uses SHA-384 everywhere.
        hash_name = hash_name_for(suite, method.key)
        config = proof_config(proof, unsecured, suite)
        doc_form = memo.get(
            unsecured,
            suite,
            hash_name,
            lambda: transform_document(unsecured, suite, hash_name=hash_name, loader=ctx.loader, time_limit=ctx.time_limit),
        )
        proof_form = transform_proof_config(config, suite, hash_name=hash_name, loader=ctx.loader, time_limit=ctx.time_limit)
        data = hash_data(proof_form, doc_form, hash_name)
        # 8. Verify the signature over hashData with the resolved key.
        if not verify_signature(suite, method.key, data, signature):
            raise ProofError(f"the {suite.name} signature does not verify", reason="bad-signature")
    except WalletError as exc:
        return ProofResult(proof, suite_label, False, method, exc)
    return ProofResult(proof, suite_label, True, method, None, {"hash": hash_name})


def _check_proof_options(proof: Mapping[str, Any], ctx: VerifyContext, purpose: str) -> None:
    if proof.get("proofPurpose") != purpose:
        raise ProofError(f"proofPurpose must be {purpose}", reason="purpose", expected=purpose)
    if "created" in proof and parse_datetime(proof["created"]) is None:
        raise ProofError("proof.created is not a dateTime", reason="bad-created")
    if "expires" in proof:
        expires = parse_datetime(proof["expires"])
        if expires is None or expires < ctx.at:
            raise ProofError("the proof has expired", reason="proof-expired")
    # VC-DI §4.4 steps 7-8: challenge and domain bind a presentation's proof to one request.
    for name in ("challenge", "domain"):
        if purpose != "authentication":
            break
        expected = ctx.options.get(name)
        if expected is None:
            continue
        given = proof.get(name)
        values = given if isinstance(given, list) else [given]
        if expected not in values:
            raise ProofError(f"the proof's {name} does not match", reason=name)


def verify_proofs(
    document: Mapping[str, Any],
    ctx: VerifyContext,
    *,
    purpose: str = "assertionMethod",
    resolver: Resolver = resolve_verification_method,
) -> list[ProofResult]:
    """Verify every proof of a secured document, sets and chains alike (VC-DI §4.6).

    Raises :class:`MalformedInput` only when ``proof`` itself is malformed; each proof's outcome is
    in its :class:`ProofResult`.
    """
    proofs = proofs_unverified(document)
    memo = _Memo()
    return [verify_proof(document, p, ctx, all_proofs=proofs, purpose=purpose, resolver=resolver, memo=memo) for p in proofs]


def method_authorised(method: VerificationMethod, purpose: str) -> bool:
    """Whether the method is listed under ``purpose`` in the document it was resolved from.

    A method without a document (a bare key) cannot show a relationship and is not authorised.
    """
    doc = method.document
    if doc is None:
        return False
    listed = doc.get(purpose)
    if not isinstance(listed, list):
        return False
    base = str(doc.get("id", ""))
    for entry in listed:
        ref = entry.get("id") if isinstance(entry, dict) else entry
        if isinstance(ref, str) and (ref == method.id or (ref.startswith("#") and base + ref == method.id)):
            return True
    return False


__all__ = [
    "SUITES",
    "KeyResolutionError",
    "ProofError",
    "ProofResult",
    "Suite",
    "UnsupportedSuite",
    "hash_data",
    "method_authorised",
    "proof_config",
    "proofs_unverified",
    "suite_of",
    "transform_document",
    "transform_proof_config",
    "unsecured_for",
    "verify_proof",
    "verify_proofs",
    "verify_signature",
]
