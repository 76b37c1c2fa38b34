"""Bounded JSON-LD → RDF → RDFC-1.0 canonical N-Quads, and JCS, for Data Integrity proofs.

Engine choice (measured, see docs/PERFORMANCE.md): pyld does expansion and RDF conversion — it is the
only engine here that reproduces every vector (pyoxigraph's JSON-LD parser dropped the type-scoped
terms of the citizenship/v4rc1 context) and it caches processed contexts per loader, so it is also
the faster one on real credentials. RDFC-1.0 itself runs in :class:`_BoundedRdfc`, pyld's URDNA2015
with a selectable hash (RDFC-1.0 §4.2: the hash is a parameter; ecdsa-rdfc-2019 with P-384 needs
SHA-384) and with the limits below.

Why in-process and not a killed worker: every super-linear step is in Python code we control. Input
size, JSON value count and nesting depth are capped before processing; expansion checks the
deadline at every node (``_BoundedProcessor._expand``, ``_create_node_map``); quads and blank nodes are counted before
canonicalisation; and the one exponential part of RDFC-1.0 — the permutations of Hash N-Degree Quads
(§4.8.3 step 5.4) — checks the deadline on every permutation and counts its calls (RDFC-1.0 §4.8
"poison graphs": implementations should bound this work). A hostile document therefore stops with
:class:`ProcessingLimit` within the time limit, without a second process to start or kill.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import itertools
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wallet.errors import ProcessingLimit, UnknownContext, VerificationError, WalletError
from wallet.verify.context import ContextLoader
from wallet.verify.jsonld.safemode import DroppedTerms, check_safe

HASHES: dict[str, Callable[..., Any]] = {"sha256": hashlib.sha256, "sha384": hashlib.sha384}


class JsonLdFailure(VerificationError):
    """The document is not valid JSON-LD (pyld rejected it); ``reason`` says how."""

    code = "verify.jsonld"


@dataclass(frozen=True)
class Limits:
    """Caps checked before and during canonicalisation; far above any real credential."""

    max_json_values: int = 50_000
    max_array_items: int = 1_000
    """JSON-LD expansion compares each new value of a property with those already there, so one long
    array costs quadratic time (5,000 entries took 12 s); real credentials stay far below this."""
    max_depth: int = 64
    max_quads: int = 20_000
    max_blank_nodes: int = 1_000
    max_ndegree_calls: int = 5_000


DEFAULT_LIMITS = Limits()


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def check(self, stage: str) -> None:
        if time.monotonic() > self.at:
            raise ProcessingLimit(f"JSON-LD {stage} took longer than {self.seconds:g} s", reason="time", limit=self.seconds)


def check_json_limits(doc: Any, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`ProcessingLimit` if ``doc`` holds too many JSON values or nests too deep.

    Iterative, so a deep document cannot exhaust the interpreter's stack here.
    """
    count = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > limits.max_json_values:
            raise ProcessingLimit(f"more than {limits.max_json_values} JSON values", reason="values", limit=limits.max_json_values)
        if depth > limits.max_depth:
            raise ProcessingLimit(f"nested deeper than {limits.max_depth} levels", reason="depth", limit=limits.max_depth)
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            if len(item) > limits.max_array_items:
                raise ProcessingLimit(f"a list of more than {limits.max_array_items} entries", reason="array", limit=limits.max_array_items)
            stack.extend((v, depth + 1) for v in item)


def _wallet_error_in(exc: BaseException) -> WalletError | None:
    """The WalletError pyld wrapped (document loader errors arrive as a JsonLdError's cause)."""
    seen: set[int] = set()
    current: Any = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, WalletError):
            return current
        details = getattr(current, "details", None)
        if isinstance(details, dict) and isinstance(details.get("cause"), BaseException):
            nested = _wallet_error_in(details["cause"])
            if nested is not None:
                return nested
        current = current.__cause__ or current.__context__
    return None


@functools.cache
def _processor_class() -> type:
    from pyld.jsonld import JsonLdProcessor

    class _BoundedProcessor(JsonLdProcessor):  # type: ignore[misc]
        """pyld's processor with a deadline at every expanded node; keeps the expanded form."""

        def __init__(self, deadline: _Deadline, dropped: DroppedTerms) -> None:
            super().__init__(on_property_dropped=dropped)
            self.deadline = deadline
            self.expanded: Any = None

        def _expand(self, *args: Any, **kwargs: Any) -> Any:
            self.deadline.check("expansion")
            return super()._expand(*args, **kwargs)

        def _create_node_map(self, *args: Any, **kwargs: Any) -> Any:
            # Node-map generation merges values per subject with a linear duplicate check, which is
            # quadratic for one huge property; the deadline is checked at every element.
            self.deadline.check("flattening")
            return super()._create_node_map(*args, **kwargs)

        def process_context(self, *args: Any, **kwargs: Any) -> Any:
            self.deadline.check("context processing")
            return super().process_context(*args, **kwargs)

        def _process_context(
            self,
            active_ctx: Any,
            local_ctx: Any,
            options: dict[str, Any],
            *,
            override_protected: bool = False,
            propagate: bool = True,
            validate_scoped: bool = True,
            cycles: set[str] | None = None,
        ) -> Any:
            # pyld caches a processed context under the active context it was applied to, but a
            # type-scoped context (``propagate`` false) is applied to a fresh clone each time, so
            # pyld reprocesses it for every node of every credential. Memoised here per resolver,
            # keyed by everything the result depends on (see ``_ProcessedContexts``).
            memo = _ProcessedContexts.of(options.get("contextResolver"))
            key = memo.key(active_ctx, local_ctx, options, (override_protected, propagate, validate_scoped)) if cycles is None else None
            if key is not None:
                found = memo.get(key)
                if found is not None:
                    return found
            result = super()._process_context(
                active_ctx,
                local_ctx,
                options,
                override_protected=override_protected,
                propagate=propagate,
                validate_scoped=validate_scoped,
                cycles=cycles,
            )
            if key is not None:
                memo.put(key, result)
            return result

        def expand(self, input_: Any, options: Any) -> Any:
            self.expanded = super().expand(input_, options)
            return self.expanded

    return _BoundedProcessor


class _ProcessedContexts:
    """Active contexts produced by ``_process_context``, kept on the pyld context resolver.

    The key is the input active context's ``_uuid`` (pyld's own cache key: an active context is
    never changed once frozen; unfrozen ones, still being built, are skipped), the local context's
    content (a URL, or its JSON with sorted keys), the base IRI, the processing mode and the
    processing flags — everything context processing reads. Only frozen results are kept, and
    only for calls not nested inside another context's processing (``cycles`` is ``None``), so
    the partial contexts pyld builds while pre-validating scoped contexts are never reused. Kept
    on the resolver, so a loader's contexts never serve another loader: the bundle's resolver
    lives as long as the bundle, any other loader gets a fresh resolver per operation.
    """

    MAX_ENTRIES = 256

    def __init__(self) -> None:
        from pyld.jsonld import LRUCache

        self._entries: Any = LRUCache(maxsize=self.MAX_ENTRIES)
        self._lock = threading.Lock()

    @classmethod
    def of(cls, resolver: Any) -> _ProcessedContexts:
        memo = getattr(resolver, "_wallet_processed_contexts", None)
        if memo is None:
            memo = cls()
            if resolver is not None:
                resolver._wallet_processed_contexts = memo
        return memo

    @staticmethod
    def key(active_ctx: Any, local_ctx: Any, options: dict[str, Any], flags: tuple[bool, ...]) -> tuple[Any, ...] | None:
        uid = active_ctx.get("_uuid") if isinstance(active_ctx, Mapping) else None
        if not isinstance(uid, str) or not _is_frozen(active_ctx):
            return None
        if isinstance(local_ctx, str):
            content = "url:" + local_ctx
        else:
            try:
                content = json.dumps(local_ctx, sort_keys=True, separators=(",", ":"), default=_plain_mapping)
            except (TypeError, ValueError):
                return None
        return (uid, content, options.get("base"), options.get("processingMode"), flags)

    def get(self, key: tuple[Any, ...]) -> Any:
        with self._lock:
            return self._entries.get(key)

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        if _is_frozen(value):
            with self._lock:
                self._entries[key] = value


def _is_frozen(value: Any) -> bool:
    from frozendict import frozendict

    return isinstance(value, frozendict)


def _plain_mapping(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _resolver_for(loader: ContextLoader) -> Any:
    make = getattr(loader, "pyld_resolver", None)
    if callable(make):
        return make()
    from pyld.context_resolver import ContextResolver
    from pyld.jsonld import LRUCache

    from wallet.verify.jsonld.loader import pyld_document_loader

    return ContextResolver(LRUCache(maxsize=64), pyld_document_loader(loader))


def to_dataset(doc: dict[str, Any], loader: ContextLoader, *, deadline: _Deadline, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """The RDF dataset (pyld's dict form) of ``doc``, in safe mode, with limits.

    Raises :class:`UnknownContext`, :class:`UnsafeJsonLd` (dropped terms), :class:`ProcessingLimit`
    or :class:`JsonLdFailure`; never fetches (contexts come only from ``loader``).
    """
    from pyld.jsonld import IdentifierIssuer, JsonLdError

    check_json_limits(doc, limits)
    dropped = DroppedTerms()
    processor = _processor_class()(deadline, dropped)
    resolver = _resolver_for(loader)
    options = {
        # No base IRI: pyld resolves relative references against "http://example.org/base/" when
        # given "" — a relative @id or @type must stay relative so safe mode reports it.
        "base": None,
        "documentLoader": resolver.document_loader,
        "contextResolver": resolver,
        "identifierIssuer": IdentifierIssuer("_:b"),
    }
    try:
        # pyld's processor may mutate its input's nested lists; it gets a private copy.
        dataset: dict[str, Any] = processor.to_rdf(copy.deepcopy(doc), options)
    except JsonLdError as exc:
        inner = _wallet_error_in(exc)
        if inner is not None:
            raise inner from exc
        raise JsonLdFailure(f"not valid JSON-LD: {str(exc.args[0])[:200]}", reason=str(getattr(exc, "type", ""))) from exc
    except RecursionError as exc:
        raise ProcessingLimit("JSON-LD nesting too deep", reason="depth") from exc
    check_safe(dropped, processor.expanded)
    quads = sum(len(v) for v in dataset.values())
    if quads > limits.max_quads:
        raise ProcessingLimit(f"more than {limits.max_quads} RDF statements", reason="quads", limit=limits.max_quads)
    return dataset


@functools.cache
def _rdfc_class() -> type:
    from pyld.canon import URDNA2015

    class _BoundedRdfc(URDNA2015):  # type: ignore[misc]
        """RDFC-1.0 = URDNA2015 with a chosen hash, a deadline and a Hash N-Degree Quads budget."""

        def __init__(self, hash_name: str, deadline: _Deadline, limits: Limits) -> None:
            super().__init__()
            self.hash_factory = HASHES[hash_name]
            self.deadline = deadline
            self.limits = limits
            self.calls = 0

        def create_hash(self) -> Any:
            return self.hash_factory()

        def hash_n_degree_quads(self, id_: str, issuer: Any) -> dict[str, Any]:
            # RDFC-1.0 §4.8.3, with steps 5.4.x as in pyld but over itertools.permutations: the
            # chosen path is the least over all permutations, so their order does not matter.
            self.calls += 1
            if self.calls > self.limits.max_ndegree_calls:
                raise ProcessingLimit("canonicalisation needs too much work (poison graph)", reason="ndegree")
            hash_to_related = self.create_hash_to_related(id_, issuer)
            md = self.create_hash()
            for related_hash, blank_nodes in sorted(hash_to_related.items()):
                md.update(related_hash.encode("utf8"))  # 5.1
                chosen_path = ""
                chosen_issuer = None
                for permutation in itertools.permutations(sorted(blank_nodes)):  # 5.4
                    self.deadline.check("canonicalisation")
                    issuer_copy = _copy_issuer(issuer)
                    path = ""
                    recursion_list = []
                    skip = False
                    for related in permutation:  # 5.4.4
                        if self.canonical_issuer.has_id(related):
                            path += self.canonical_issuer.get_id(related)
                        else:
                            if not issuer_copy.has_id(related):
                                recursion_list.append(related)
                            path += issuer_copy.get_id(related)
                        if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                            skip = True
                            break
                    if skip:
                        continue
                    for related in recursion_list:  # 5.4.5
                        result = self.hash_n_degree_quads(related, issuer_copy)
                        path += issuer_copy.get_id(related)
                        path += "<" + result["hash"] + ">"
                        issuer_copy = result["issuer"]
                        if chosen_path and len(path) >= len(chosen_path) and path > chosen_path:
                            skip = True
                            break
                    if skip:
                        continue
                    if not chosen_path or path < chosen_path:  # 5.4.6
                        chosen_path = path
                        chosen_issuer = issuer_copy
                md.update(chosen_path.encode("utf8"))  # 5.5
                issuer = chosen_issuer  # 5.6
            return {"hash": md.hexdigest(), "issuer": issuer}

    return _BoundedRdfc


def _copy_issuer(issuer: Any) -> Any:
    # pyld deep-copies the identifier issuer per permutation; its state is a counter, a dict and a
    # list of strings, so a shallow copy of those is equivalent and much cheaper.
    clone = copy.copy(issuer)
    clone.existing = dict(issuer.existing)
    clone.order = list(issuer.order)
    return clone


def canonicalize_dataset(dataset: dict[str, Any], *, hash_name: str, deadline: _Deadline, limits: Limits = DEFAULT_LIMITS) -> str:
    """RDFC-1.0 canonical N-Quads of a pyld dataset (consumed). Raises :class:`ProcessingLimit`."""
    blank_nodes: set[str] = set()
    for triples in dataset.values():
        for triple in triples:
            for part in triple.values():
                if part.get("type") == "blank node":
                    blank_nodes.add(part["value"])
        if len(blank_nodes) > limits.max_blank_nodes:
            raise ProcessingLimit(f"more than {limits.max_blank_nodes} blank nodes", reason="blank-nodes", limit=limits.max_blank_nodes)
    try:
        result: str = _rdfc_class()(hash_name, deadline, limits).main(dataset, {"format": "application/n-quads"})
    except RecursionError as exc:
        raise ProcessingLimit("canonicalisation recursed too deep", reason="depth") from exc
    return result


def canonicalize(
    doc: dict[str, Any],
    loader: ContextLoader,
    *,
    hash_name: str = "sha256",
    time_limit: float = 10.0,
    limits: Limits = DEFAULT_LIMITS,
) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, in safe mode, within ``time_limit`` seconds.

    ``hash_name`` is RDFC-1.0's internal hash (``sha256`` or ``sha384``). Raises
    :class:`UnknownContext`, :class:`UnsafeJsonLd`, :class:`ProcessingLimit` or :class:`JsonLdFailure`.
    """
    if hash_name not in HASHES:
        raise ValueError(f"unsupported RDFC-1.0 hash {hash_name}")
    deadline = _Deadline(time_limit)
    dataset = to_dataset(doc, loader, deadline=deadline, limits=limits)
    return canonicalize_dataset(dataset, hash_name=hash_name, deadline=deadline, limits=limits)


def jcs(value: Any) -> str:
    """RFC 8785 JSON Canonicalization Scheme. Raises :class:`JsonLdFailure` for non-JSON values."""
    import rfc8785

    try:
        return rfc8785.dumps(value).decode("utf-8")
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise JsonLdFailure(f"cannot be canonicalised with JCS: {exc}", reason="jcs") from exc


__all__ = [
    "DEFAULT_LIMITS",
    "JsonLdFailure",
    "Limits",
    "ProcessingLimit",
    "UnknownContext",
    "canonicalize",
    "check_json_limits",
    "jcs",
]
