"""Everything a verification depends on besides the credential, passed in explicitly.

The clock, the JSON-LD contexts, the local cache of fetched documents and the trust store are
parameters, so that the same credential verified with the same context always gets the same report,
and tests never patch globals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from wallet.verify.cache import LocalCache


class ContextLoader(Protocol):
    """Gives the JSON-LD context document bundled for an exact URL; raises ``UnknownContext``."""

    def load(self, url: str) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class TrustEntry:
    """An issuer found in a trust list: where it was found and how the list names it."""

    issuer_id: str
    name: str | None
    source: str
    """The list: a registry's name, ``learner`` for issuers the learner added, a trusted list's name."""


class TrustLookup(Protocol):
    def lookup(self, issuer_id: str) -> TrustEntry | None: ...


class _NoTrust:
    def lookup(self, issuer_id: str) -> TrustEntry | None:
        return None


def _default_loader() -> ContextLoader:
    from wallet.verify.jsonld.loader import BundledContexts

    return BundledContexts.default()


def _default_trust() -> TrustLookup:
    try:
        from wallet.verify.trust import TrustStore
    except ImportError:  # the trust store arrives with its module; until then nobody is trusted
        return _NoTrust()
    return TrustStore.bundled()


@dataclass(frozen=True)
class VerifyContext:
    """What a verification may consult. Build one with :meth:`offline`."""

    at: datetime
    """The clock: validity periods and status are judged at this instant (timezone-aware)."""
    cache: LocalCache | None
    trust: TrustLookup
    loader: ContextLoader
    time_limit: float = 5.0
    """Seconds one JSON-LD pass may take before it is stopped; a real credential needs milliseconds."""
    options: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def offline(
        cls,
        *,
        at: datetime | None = None,
        cache_dir: Path | str | None = None,
        trust: TrustLookup | None = None,
        loader: ContextLoader | None = None,
        time_limit: float = 5.0,
    ) -> VerifyContext:
        """A context that never touches the network: bundled contexts, the given cache, bundled trust."""
        when = at or datetime.now(UTC)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return cls(
            at=when,
            cache=LocalCache(cache_dir) if cache_dir is not None else None,
            trust=trust if trust is not None else _default_trust(),
            loader=loader if loader is not None else _default_loader(),
            time_limit=time_limit,
        )
