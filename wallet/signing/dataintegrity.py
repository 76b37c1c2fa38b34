"""Creating Data Integrity proofs (VC Data Integrity §4.2 Add Proof; vc-di-eddsa §3.x.1, vc-di-ecdsa §3.x.1).

The transformation and hashing are the verifier's own (``wallet.verify.dataintegrity``), so what this
module signs is exactly what the verifier checks. Private keys stay in memory and never reach logs
or exceptions.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from wallet.errors import WalletError
from wallet.verify.context import ContextLoader
from wallet.verify.dataintegrity import (
    DATA_INTEGRITY_CONTEXTS,
    DATA_INTEGRITY_V1_CONTEXT,
    ED25519_2020_CONTEXT,
    SUITES,
    hash_data,
    hash_name_for,
    proof_config,
    transform_document,
    transform_proof_config,
    unsecured_for,
)
from wallet.verify.multibase import encode_multibase

PrivateKey = Ed25519PrivateKey | ec.EllipticCurvePrivateKey


class SigningError(WalletError):
    """A proof cannot be made: unknown suite, a key that does not fit it, or a document it cannot sign."""

    code = "signing"


def _xsd_datetime(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _with_suite_context(document: dict[str, Any], suite_name: str) -> dict[str, Any]:
    """Add the context that defines the proof's terms when the document lacks it (VC-DI §2.1)."""
    contexts = document.get("@context")
    ctx = list(contexts) if isinstance(contexts, list) else [contexts] if contexts else []
    if suite_name == "Ed25519Signature2020":
        if ED25519_2020_CONTEXT not in ctx:
            ctx.append(ED25519_2020_CONTEXT)
    elif not any(c in ctx for c in (*DATA_INTEGRITY_CONTEXTS, DATA_INTEGRITY_V1_CONTEXT)):
        ctx.append(DATA_INTEGRITY_CONTEXTS[1])
    out = dict(document)
    out["@context"] = ctx
    return out


def sign(
    document: Mapping[str, Any],
    *,
    private_key: PrivateKey,
    verification_method: str,
    suite: str,
    loader: ContextLoader,
    created: datetime | None = None,
    purpose: str = "assertionMethod",
    challenge: str | None = None,
    domain: str | None = None,
    proof_id: str | None = None,
    previous_proof: str | Sequence[str] | None = None,
    expires: datetime | None = None,
    add_context: bool = True,
    time_limit: float = 10.0,
) -> dict[str, Any]:
    """Return a copy of ``document`` with one more proof in ``suite`` (existing proofs are kept: a set,
    or a chain when ``previous_proof`` names earlier proofs by id).

    ``suite`` is a cryptosuite name (``eddsa-rdfc-2022``, ``eddsa-jcs-2022``, ``ecdsa-rdfc-2019``,
    ``ecdsa-jcs-2019``) or ``Ed25519Signature2020``. With ``add_context`` the context defining the
    proof's terms is appended to the document's when missing. Raises :class:`SigningError` for an
    unknown suite or a key that does not fit it, and the verifier's JSON-LD errors (``UnknownContext``,
    ``UnsafeJsonLd``, ``ProcessingLimit``) for a document that cannot be canonicalised.
    """
    spec = SUITES.get(suite)
    if spec is None:
        raise SigningError(f"unknown suite {suite}", reason="suite")
    public = private_key.public_key()
    if spec.algorithm == "ed25519" and not isinstance(private_key, Ed25519PrivateKey):
        raise SigningError(f"{suite} needs an Ed25519 key", reason="key-type")
    if spec.algorithm == "ecdsa" and not (
        isinstance(private_key, ec.EllipticCurvePrivateKey) and private_key.curve.name in ("secp256r1", "secp384r1")
    ):
        raise SigningError(f"{suite} needs a P-256 or P-384 key", reason="key-type")
    doc = copy.deepcopy(dict(document))
    if add_context:
        doc = _with_suite_context(doc, suite)
    existing = doc.get("proof")
    existing_list: list[dict[str, Any]] = [] if existing is None else list(existing) if isinstance(existing, list) else [existing]

    # 1. Proof options (VC-DI §4.2 step 1; suite §3.x.1).
    proof: dict[str, Any] = {}
    if proof_id is not None:
        proof["id"] = proof_id
    if suite == "Ed25519Signature2020":
        proof["type"] = "Ed25519Signature2020"
    else:
        proof["type"] = "DataIntegrityProof"
        proof["cryptosuite"] = suite
    if created is not None:
        proof["created"] = _xsd_datetime(created)
    if expires is not None:
        proof["expires"] = _xsd_datetime(expires)
    proof["verificationMethod"] = verification_method
    proof["proofPurpose"] = purpose
    if challenge is not None:
        proof["challenge"] = challenge
    if domain is not None:
        proof["domain"] = domain
    if previous_proof is not None:
        proof["previousProof"] = previous_proof if isinstance(previous_proof, str) else list(previous_proof)

    # 2. The unsecured document this proof covers (a set: no proofs; a chain: the named ones).
    try:
        unsecured = unsecured_for(doc, proof, existing_list)
    except WalletError as exc:
        raise SigningError(str(exc), reason="previous-proof") from exc

    # 3. Transform, configure, hash (suite §3.x.3-§3.x.5), with the verifier's code.
    hash_name = hash_name_for(spec, public)
    config = proof_config(proof, unsecured, spec)
    doc_form = transform_document(unsecured, spec, hash_name=hash_name, loader=loader, time_limit=time_limit)
    proof_form = transform_proof_config(config, spec, hash_name=hash_name, loader=loader, time_limit=time_limit)
    data = hash_data(proof_form, doc_form, hash_name)

    # 4. Sign: Ed25519, or ECDSA as IEEE P1363 r‖s (vc-di-ecdsa §3.3.6).
    if isinstance(private_key, Ed25519PrivateKey):
        signature = private_key.sign(data)
    else:
        algorithm: hashes.HashAlgorithm = hashes.SHA256() if hash_name == "sha256" else hashes.SHA384()
        r, s = decode_dss_signature(private_key.sign(data, ec.ECDSA(algorithm)))
        size = (private_key.curve.key_size + 7) // 8
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    proof["proofValue"] = encode_multibase(signature)

    # 5. Attach: a single proof stays an object; more make a set (VC-DI §4.2 step 6).
    doc["proof"] = proof if not existing_list else [*existing_list, proof]
    return doc
