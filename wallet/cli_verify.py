"""The credential commands of ``satchel``: verify (no vault needed), import, reverify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wallet.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    at_option,
    credential_json,
    error_fields,
    open_vault,
    print_json,
    print_report,
    vault_dir,
    verdict_exit,
)
from wallet.errors import InputError
from wallet.paths import default_cache_dir


def trust_option(args: argparse.Namespace) -> Any:
    if not getattr(args, "trust", None):
        return None
    from wallet.verify.trust import TrustStore

    return TrustStore.bundled().extended_from_file(Path(args.trust))


def cmd_verify(args: argparse.Namespace) -> int:
    from wallet.importer import check_bytes, context_for, read_file

    cache = Path(args.cache) if args.cache else None
    ctx = context_for(None, at=at_option(args), cache_dir=cache, trust=trust_option(args))
    results: list[dict[str, Any]] = []
    verdicts: list[str] = []
    unreadable = False
    for name in args.files:
        path = Path(name)
        try:
            checked = check_bytes(read_file(path), path.name, ctx)
        except InputError as exc:
            unreadable = True
            results.append(
                {"file": name, "format": None, "verdict": None, "error": {"code": exc.code, "message": str(exc), **error_fields(exc)}}
            )
            if not args.json:
                print(f"{name}: cannot be read: {exc}", file=sys.stderr)
            continue
        verdicts.append(str(checked.report.verdict))
        results.append(credential_json(checked.report, checked.record, file=name))
        if not args.json:
            print_report(name, checked.report, checked.record)
    if args.json:
        print_json(results[0] if len(results) == 1 else results)
    if unreadable:
        return EXIT_USAGE
    return verdict_exit(verdicts)


def cmd_import(args: argparse.Namespace) -> int:
    from wallet.importer import Status, context_for, import_paths

    vault = open_vault(args)
    cache = Path(args.cache) if args.cache else default_cache_dir(vault_dir(args))
    try:
        ctx = context_for(vault, at=at_option(args), cache_dir=cache)
        summary = import_paths(vault, [Path(f) for f in args.files], ctx, keep_invalid=args.keep_invalid)
    finally:
        vault.lock()
    out = []
    for o in summary.outcomes:
        entry: dict[str, Any] = {"file": o.source, "status": str(o.status), "id": o.id}
        if o.checked is not None:
            entry.update(credential_json(o.checked.report, o.checked.record))
        if o.error is not None:
            entry["error"] = {"code": o.error.code, "message": str(o.error), **error_fields(o.error)}
        out.append(entry)
        if not args.json:
            if o.checked is not None:
                print_report(o.source, o.checked.report, o.checked.record)
            label = {
                Status.ADDED: f"added as #{o.id}",
                Status.DUPLICATE: f"already in your wallet as #{o.id}",
                Status.REFUSED: "not stored: it failed verification (use --keep-invalid to keep it anyway)",
                Status.UNREADABLE: f"cannot be read: {o.error}",
            }[o.status]
            print(f"  -> {label}")
    if args.json:
        print_json(out)
    else:
        print(
            f"{summary.count(Status.ADDED)} added, {summary.count(Status.DUPLICATE)} already in your wallet, "
            f"{summary.count(Status.REFUSED)} refused, {summary.count(Status.UNREADABLE)} could not be read."
        )
    if not summary.outcomes:
        raise CliError("no files to import", EXIT_USAGE)
    if summary.count(Status.UNREADABLE):
        return EXIT_USAGE
    if summary.count(Status.REFUSED):
        return EXIT_FAILED
    return EXIT_OK


def cmd_reverify(args: argparse.Namespace) -> int:
    from wallet.importer import context_for, reverify

    vault = open_vault(args)
    cache = Path(args.cache) if args.cache else default_cache_dir(vault_dir(args))
    try:
        outcomes = reverify(vault, context_for(vault, at=at_option(args), cache_dir=cache))
    finally:
        vault.lock()
    verdicts = [str(o.report.verdict) for o in outcomes if o.report is not None]
    if args.json:
        print_json(
            [
                {
                    "id": o.id,
                    "before": o.before,
                    "verdict": str(o.report.verdict) if o.report else None,
                    "error": str(o.error) if o.error else None,
                }
                for o in outcomes
            ]
        )
    else:
        for o in outcomes:
            now = str(o.report.verdict) if o.report else f"error: {o.error}"
            change = "" if now == o.before else f" (was {o.before})"
            print(f"{o.id:>5}  {now}{change}")
    return verdict_exit(verdicts)
