"""``did:key`` resolution (did:key Method v0.7 §3.1), entirely offline: the key is in the identifier.

Supported: Ed25519 (``z6Mk…``), P-256 (``zDn…``) and P-384 (``z82…``) Multikeys. The verification
method of ``did:key:<mb>`` is ``did:key:<mb>#<mb>``; its controller is ``did:key:<mb>``, and it is
listed under every verification relationship of the derived DID document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wallet.errors import KeyResolutionError
from wallet.verify.keys import VerificationMethod
from wallet.verify.multibase import decode_multikey

if TYPE_CHECKING:
    from wallet.verify.context import VerifyContext

MAX_DID_CHARS = 256


def document_for(did: str, method_type: str = "Multikey") -> dict[str, Any]:
    """The DID document of ``did`` as did:key §3.1.1 derives it (one method, every relationship)."""
    multibase = did[len("did:key:") :]
    vm_id = f"{did}#{multibase}"
    method = {"id": vm_id, "type": method_type, "controller": did, "publicKeyMultibase": multibase}
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [method],
        "authentication": [vm_id],
        "assertionMethod": [vm_id],
        "capabilityInvocation": [vm_id],
        "capabilityDelegation": [vm_id],
    }


def resolve(url: str, ctx: VerifyContext | None = None) -> VerificationMethod:
    """Resolve a ``did:key`` DID or DID URL to its one verification method.

    A fragment, when present, must be the key's own multibase (did:key §3.1.1 step 2); anything else
    raises :class:`KeyResolutionError` (``reason`` ``bad-did``, ``bad-key`` or ``unsupported-key``).
    """
    if not url.startswith("did:key:") or len(url) > MAX_DID_CHARS:
        raise KeyResolutionError("not a did:key", reason="bad-did")
    did, _, fragment = url.partition("#")
    multibase = did[len("did:key:") :]
    if ":" in multibase or "/" in multibase or "?" in multibase or not multibase.startswith("z"):
        raise KeyResolutionError("did:key must be z + base58btc (version 1 only)", reason="bad-did")
    if fragment and fragment != multibase:
        raise KeyResolutionError("the fragment does not name the did:key's key", reason="bad-did")
    _, key = decode_multikey(multibase)
    return VerificationMethod(
        id=f"{did}#{multibase}",
        controller=did,
        key=key,
        type="Multikey",
        document=document_for(did),
        source="derived",
    )
