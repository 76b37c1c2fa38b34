"""did:web (W3C CCG did:web Method Specification §3.2), read only from the local cache.

``did:web:example.com`` -> ``https://example.com/.well-known/did.json``;
``did:web:example.com:user:alice`` -> ``https://example.com/user/alice/did.json``; a port is
percent-encoded (``did:web:example.com%3A8443``). Verification never fetches: the DID document must
already be in ``ctx.cache`` (the learner refreshes the cache explicitly, ``satchel cache refresh``);
when it is not, :class:`KeyResolutionError` with reason ``not-cached`` makes the check skip.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from wallet.errors import InputError, KeyResolutionError
from wallet.formats.jsonsafe import loads
from wallet.jsonshape import as_list
from wallet.verify.jose import public_key_from_jwk
from wallet.verify.keys import PublicKey, VerificationMethod

if TYPE_CHECKING:
    from wallet.verify.context import VerifyContext

MAX_DID_CHARS = 2048
MAX_DOCUMENT_BYTES = 512 * 1024
MAX_METHODS = 64

_HOST = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
_SEGMENT = re.compile(r"[A-Za-z0-9._~!$&'()*+,;=@-]+")


def did_web_url(did: str) -> str:
    """The HTTPS URL of the DID document of ``did`` (did:web §3.2 Read, steps 1-6).

    Raises :class:`KeyResolutionError` (reason ``malformed``) for anything that is not a plain host
    name with an optional port and path: no IP literals with user info, no ``..`` segments, no
    query or fragment smuggled through percent-encoding.
    """
    if not did.startswith("did:web:") or len(did) > MAX_DID_CHARS:
        raise KeyResolutionError("not a did:web DID", reason="malformed", method="web")
    parts = did[len("did:web:") :].split(":")
    # Step 3: the first part is the host, with ':' for a port percent-encoded as %3A.
    host_port = unquote(parts[0])
    host, _, port = host_port.partition(":")
    if not _HOST.fullmatch(host) or (port and (not port.isdigit() or not 0 < int(port) < 65536)):
        raise KeyResolutionError("the did:web host is not a valid host name", reason="malformed", method="web")
    path = []
    for part in parts[1:]:
        segment = unquote(part)
        # Step 4: ':' separates path segments; a decoded '/', '..' or empty segment would escape them.
        if not _SEGMENT.fullmatch(segment) or segment in (".", ".."):
            raise KeyResolutionError("the did:web path is not acceptable", reason="malformed", method="web")
        path.append(segment)
    authority = host.lower() + (f":{port}" if port else "")
    if not path:
        return f"https://{authority}/.well-known/did.json"  # step 5
    return f"https://{authority}/{'/'.join(path)}/did.json"  # step 6


def _absolute(ref: str, did: str) -> str:
    return did + ref if ref.startswith("#") else ref


def key_from_method_unverified(method: Mapping[str, Any]) -> PublicKey:
    """The public key a verification-method object states (JWK or Multikey), unchecked against any controller.

    Raises :class:`KeyResolutionError` for an unknown type or bad key bytes.
    """
    if isinstance(method.get("publicKeyJwk"), Mapping):
        return public_key_from_jwk(method["publicKeyJwk"])
    try:
        from wallet.verify.keys.methods import key_from_method
    except ImportError as exc:  # Multikey support arrives with the multibase module
        raise KeyResolutionError("Multikey keys are not supported", reason="unsupported-key") from exc
    return key_from_method(method)


def resolve(url: str, ctx: VerifyContext | None) -> VerificationMethod:
    """Resolve a did:web DID URL (``did:web:host#key-1``) to its verification method, from the cache only.

    Steps: 1. derive the document URL; 2. read it from ``ctx.cache`` (absent -> reason
    ``not-cached``); 3. the document's ``id`` must be the DID (did:web §3.2 step 7; a document
    served for another DID proves nothing); 4. find the method by absolute id; 5. its controller must
    be the DID; 6. it must be listed under ``assertionMethod`` (DID Core §5.3.2: the relationship
    for issuing credentials).

    Raises :class:`KeyResolutionError` with reason ``malformed``, ``not-cached``, ``bad-document``,
    ``not-found``, ``controller-mismatch``, ``not-assertion-method`` or a key error.
    """
    did, _, fragment = url.partition("#")
    doc_url = did_web_url(did)  # 1
    cached = ctx.cache.get(doc_url) if ctx is not None and ctx.cache is not None else None  # 2
    if cached is None:
        raise KeyResolutionError(
            f"the DID document of {did} is not in the local cache; refresh the cache to check this issuer",
            reason="not-cached",
            method="web",
            url=doc_url,
        )
    try:
        document = loads(cached.body, max_bytes=MAX_DOCUMENT_BYTES)
    except InputError as exc:
        raise KeyResolutionError(f"the cached DID document of {did} is not valid JSON", reason="bad-document", url=doc_url) from exc
    if not isinstance(document, dict) or document.get("id") != did:  # 3
        raise KeyResolutionError(f"the cached document is not the DID document of {did}", reason="bad-document", url=doc_url)
    if not fragment:
        raise KeyResolutionError("a did:web key needs a fragment naming its verification method", reason="not-found", url=doc_url)
    vm_id = f"{did}#{fragment}"
    methods = as_list(document.get("verificationMethod"))[:MAX_METHODS]
    assertion = as_list(document.get("assertionMethod"))[:MAX_METHODS]
    # Embedded methods under assertionMethod count too (DID Core §5.3).
    candidates = [m for m in methods + assertion if isinstance(m, dict)]
    method = next((m for m in candidates if isinstance(m.get("id"), str) and _absolute(m["id"], did) == vm_id), None)  # 4
    if method is None:
        raise KeyResolutionError(f"{vm_id} is not in the DID document", reason="not-found", url=doc_url)
    controller = method.get("controller", did)
    if not isinstance(controller, str) or _absolute(controller, did) != did:  # 5
        raise KeyResolutionError(f"{vm_id} is controlled by another party", reason="controller-mismatch", url=doc_url)
    listed = {_absolute(a if isinstance(a, str) else str(a.get("id", "")), did) for a in assertion if isinstance(a, str | dict)}
    if vm_id not in listed:  # 6
        raise KeyResolutionError(f"{vm_id} is not an assertion method of {did}", reason="not-assertion-method", url=doc_url)
    key = key_from_method_unverified(method)
    return VerificationMethod(
        id=vm_id,
        controller=did,
        key=key,
        type=str(method.get("type", "")),
        document=document,
        source="cache",
    )
