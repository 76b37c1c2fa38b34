"""``satchel trust ...``: show and update the EU trusted lists (wired into :mod:`wallet.cli` by :func:`register`).

``satchel trust show [--json]`` lists the lists in force — territory, issue date, next update,
number of services, bundled or installed — so a learner sees when they are out of date.
``satchel trust update FILE`` authenticates a newer LOTL or national list the learner downloaded
(:func:`wallet.verify.eutrust.store.install_list`) and installs it into the user data folder; the
bundled snapshot in ``resources/`` is never written. Exit codes: 0 done, 1 refused, 2 unreadable.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wallet.errors import InputError, InputTooLarge, MalformedInput, VerificationError

__all__ = ["cmd_trust_show", "cmd_trust_update", "register"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _folder(args: argparse.Namespace) -> Path:
    """The installed-lists folder: beside ``--vault`` when given, else the user data folder."""
    from wallet.verify.eutrust.store import installed_dir

    vault = getattr(args, "vault", None)
    return Path(vault).expanduser().parent / "trust" / "eu" if vault else installed_dir()


def cmd_trust_show(args: argparse.Namespace) -> int:
    """Print the trusted lists in force. 0, or 2 if an installed list cannot be read."""
    from wallet.verify.eutrust.store import load_lists

    try:
        lists = load_lists(installed=_folder(args))
    except InputError as exc:
        print(f"satchel: cannot read the trusted lists: {exc}", file=sys.stderr)
        return EXIT_USAGE
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    for tl in lists.lists:
        rows.append(
            {
                "list": lists.list_name(tl),
                "territory": tl.territory,
                "type": "lotl" if tl.is_lotl else "national",
                "sequence": tl.sequence,
                "issued": tl.issued.isoformat(),
                "next_update": tl.next_update.isoformat() if tl.next_update else None,
                "outdated": tl.next_update is not None and tl.next_update < now,
                "services": len(tl.services),
                "source": tl.source,
                "sha256": tl.sha256,
            }
        )
    if getattr(args, "json", False):
        print(json.dumps({"folder": str(_folder(args)), "lists": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No EU trusted lists are installed.")
        return EXIT_OK
    for r in rows:
        nxt = (r["next_update"] or "none")[:10]
        flag = "  OUTDATED" if r["outdated"] else ""
        head = f"{r['list']:<18} {r['territory']:<3} #{r['sequence']:<5}"
        dates = f"issued {r['issued'][:10]}  next update {nxt}"
        print(f"{head} {dates}  {r['services']:>4} services  ({r['source']}){flag}")
    if any(r["outdated"] for r in rows):
        print("Some lists are past their next update; download newer ones and run `satchel trust update FILE`.")
    return EXIT_OK


def cmd_trust_update(args: argparse.Namespace) -> int:
    """Authenticate and install one list file. 0 installed (or already there), 1 refused, 2 unreadable."""
    from wallet.verify.eutrust.store import install_list
    from wallet.verify.eutrust.tsl import MAX_LIST_BYTES

    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise InputTooLarge("the file is too large to be a trusted list", reason="too-large")
        data = path.read_bytes()
    except OSError as exc:
        print(f"satchel: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except InputTooLarge as exc:
        print(f"satchel: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        done = install_list(data, folder=_folder(args))
    except (MalformedInput, InputTooLarge) as exc:
        print(f"satchel: {path.name} is not a readable trusted list: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except VerificationError as exc:
        print(f"satchel: refused {path.name}: {exc}; the installed lists are unchanged", file=sys.stderr)
        return EXIT_FAILED
    except InputError as exc:
        print(f"satchel: {exc}", file=sys.stderr)
        return EXIT_FAILED
    tl = done.installed
    body = {
        "list": tl.label,
        "territory": tl.territory,
        "sequence": tl.sequence,
        "issued": tl.issued.isoformat(),
        "next_update": tl.next_update.isoformat() if tl.next_update else None,
        "services": len(tl.services),
        "path": str(done.path),
        "unchanged": done.unchanged,
        "replaced_sequence": done.replaced.sequence if done.replaced else None,
    }
    if getattr(args, "json", False):
        print(json.dumps(body, ensure_ascii=False, indent=2))
    elif done.unchanged:
        print(f"{tl.label} number {tl.sequence} is already installed.")
    else:
        print(
            f"Installed {tl.label} number {tl.sequence} (issued {tl.issued.date()}, {len(tl.services)} services) into {done.path.parent}."
        )
    return EXIT_OK


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``satchel trust show|update FILE`` to the ``satchel`` parser."""
    trust = sub.add_parser("trust", help="show or update the EU trusted lists used to judge seals")
    inner = trust.add_subparsers(dest="trust_command", required=True, parser_class=type(trust))
    show = inner.add_parser("show", help="list the trusted lists in force, with their dates")
    show.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    show.set_defaults(fn=cmd_trust_show)
    update = inner.add_parser("update", help="install a newer LOTL or national trusted list you downloaded")
    update.add_argument("file", metavar="FILE")
    update.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    update.set_defaults(fn=cmd_trust_update)
