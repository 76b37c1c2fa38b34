"""``satchel cache ...``: the local cache of public documents that offline verification reads.

``list`` shows what is cached and when it was fetched; ``add URL FILE`` stores a document the learner
obtained some other way; ``fetch URL|did:web:…`` is the one explicit online action (HTTPS only,
private and loopback addresses refused: :mod:`wallet.online.fetch`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from wallet.errors import InputError, KeyResolutionError
from wallet.paths import default_cache_dir, default_vault_dir
from wallet.verify.cache import MAX_ENTRY_BYTES, LocalCache

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FETCH_TIMEOUT = 20.0


def cache_for(args: argparse.Namespace) -> LocalCache:
    if getattr(args, "cache", None):
        return LocalCache(Path(args.cache))
    vault = Path(args.vault).expanduser() if args.vault else default_vault_dir()
    return LocalCache(default_cache_dir(vault))


def url_for(target: str) -> str:
    """The document URL for ``target``: a did:web DID becomes its DID document's URL."""
    if target.startswith("did:web:"):
        from wallet.verify.keys.didweb import did_web_url

        return did_web_url(target.split("#", 1)[0])
    return target


def cmd_list(args: argparse.Namespace) -> int:
    cache = cache_for(args)
    entries = [doc for url in cache.urls() if (doc := cache.get(url)) is not None]
    if args.json:
        print(json.dumps([{"url": d.url, "fetched_at": d.fetched_at.isoformat(), "bytes": len(d.body)} for d in entries], indent=2))
    elif not entries:
        print(f"The cache in {cache.directory} is empty.")
    else:
        for d in entries:
            print(f"{d.fetched_at:%Y-%m-%d %H:%M}  {len(d.body):>8} B  {d.url}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    source = Path(args.file)
    try:
        url = url_for(args.url)
        if source.stat().st_size > MAX_ENTRY_BYTES:
            print(f"satchel: {source} is larger than a cached document may be", flush=True)
            return EXIT_USAGE
        body = source.read_bytes()
    except KeyResolutionError as exc:
        print(f"satchel: {exc}")
        return EXIT_USAGE
    except OSError as exc:
        print(f"satchel: cannot read {source}: {exc.strerror}")
        return EXIT_USAGE
    stored = cache_for(args).put(url, body)
    print(f"Cached {stored.url} ({len(body)} bytes).")
    return EXIT_OK


def cmd_fetch(args: argparse.Namespace) -> int:
    from wallet.online.fetch import FetchError, fetch_into_cache

    try:
        url = url_for(args.url)
        stored = fetch_into_cache(url, cache_for(args), timeout=FETCH_TIMEOUT)
    except (FetchError, KeyResolutionError, InputError) as exc:
        print(f"satchel: {exc}")
        return EXIT_FAILED
    print(f"Fetched {stored.url} ({len(stored.body)} bytes) at {stored.fetched_at:%Y-%m-%d %H:%M} UTC.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``satchel cache list|add|fetch`` to the ``satchel`` parser."""
    parent = sub.add_parser("cache", help="the local cache of public documents verification reads")
    nested = parent.add_subparsers(dest="cache_command", required=True, parser_class=type(parent))
    for name, fn, help in (
        ("list", cmd_list, "list cached documents and when they were fetched"),
        ("add", cmd_add, "store a document you downloaded as the copy of URL (or of a did:web DID)"),
        ("fetch", cmd_fetch, "download URL or a did:web DID document into the cache (uses the network)"),
    ):
        p = nested.add_parser(name, help=help, description=help)
        p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
        p.add_argument("--cache", metavar="DIR", help="the cache folder (default: beside the vault)")
        p.set_defaults(fn=fn)
        if name in ("add", "fetch"):
            p.add_argument("url", metavar="URL")
        if name == "add":
            p.add_argument("file", metavar="FILE")
