"""Explicit online actions of the learner (refreshing the local cache). Nothing else in the core uses the network."""

from __future__ import annotations

from wallet.online.fetch import FetchError, fetch_into_cache

__all__ = ["FetchError", "fetch_into_cache"]
