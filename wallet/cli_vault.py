"""The vault commands of ``satchel``: init, unlock-check, passwd, recover, check, backup, restore,
list, show, delete, tag, untag."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from wallet.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    check_new_password,
    credential_json,
    open_vault,
    print_json,
    print_report,
    read_new_password,
    read_password,
    read_recovery_code,
    vault_dir,
)


def cmd_init(args: argparse.Namespace) -> int:
    from wallet.vault import KdfParams, Vault
    from wallet.vault.header import calibrate

    path = vault_dir(args)
    password = read_password(args, confirm=True)
    check_new_password(password)
    kdf = None
    if args.kdf_memory or args.kdf_iterations:
        base = KdfParams.floor()
        kdf = KdfParams(
            (args.kdf_memory or base.memory_kib // 1024) * 1024,
            args.kdf_iterations or base.iterations,
            base.lanes,
            base.salt,
        )
    vault, code = Vault.create(path, password, kdf=kdf or calibrate())
    vault.lock()
    if args.json:
        print_json({"vault": str(path), "recovery_code": code.formatted()})
    else:
        print(f"Created a vault in {path}.")
        print("Your recovery code (shown only this once; write it down and keep it somewhere safe):")
        print(f"\n    {code.formatted()}\n")
    return EXIT_OK


def cmd_unlock_check(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    count = vault.count()
    vault.lock()
    if args.json:
        print_json({"vault": str(vault_dir(args)), "unlocked": True, "credentials": count})
    else:
        print(f"The password opens the vault ({count} credentials).")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    new = read_new_password()
    check_new_password(new)
    vault.set_password(new)
    vault.lock()
    print("Password changed.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from wallet.vault import Vault

    code = read_recovery_code()
    new = read_new_password()
    check_new_password(new)
    vault = Vault.recover(vault_dir(args), code, new)
    vault.lock()
    print("Vault recovered; the new password is set. Your recovery code still works.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    report = vault.check()
    vault.lock()
    if args.json:
        print_json({"ok": report.ok, "problems": list(report.problems), "credentials": report.credentials})
    elif report.ok:
        print(f"The vault is sound ({report.credentials} credentials).")
    else:
        print("The vault has problems:")
        for problem in report.problems:
            print(f"  {problem}")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from wallet.vault.backup import write_backup

    vault = open_vault(args)
    count = write_backup(vault, Path(args.out))
    vault.lock()
    if args.json:
        print_json({"backup": args.out, "credentials": count})
    else:
        print(f"Backed up {count} credentials to {args.out}. It opens with this vault's current password or recovery code.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from wallet.vault.backup import restore_backup

    target = vault_dir(args)
    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"no backup file {source}", EXIT_USAGE)
    if os.environ.get("SATCHEL_RECOVERY_CODE") and not os.environ.get("SATCHEL_PASSWORD") and not args.password_file:
        result = restore_backup(source, target, recovery=read_recovery_code())
    else:
        result = restore_backup(source, target, password=read_password(args), target_password=os.environ.get("SATCHEL_TARGET_PASSWORD"))
    result.vault.lock()
    if args.json:
        print_json({"vault": str(target), "added": result.added, "already_present": result.already_present})
    else:
        print(f"Restored into {target}: {result.added} added, {result.already_present} already there.")
    return EXIT_OK


def summary_json(s: Any) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "awarding_body": s.awarding_body,
        "issued": s.issued,
        "format": s.format,
        "verdict": s.verdict,
        "trust": s.trust,
        "ects": s.ects,
        "eqf": s.eqf,
        "tags": list(s.tags),
        "imported_at": s.imported_at.isoformat(),
        "checked_at": s.checked_at.isoformat() if s.checked_at else None,
        "content_hash": s.content_hash,
    }


def cmd_list(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    rows = vault.summaries(search=args.search, tag=args.tag)
    vault.lock()
    if args.json:
        print_json([summary_json(s) for s in rows])
        return EXIT_OK
    if not rows:
        print("No credentials." if not (args.search or args.tag) else "No credentials match.")
        return EXIT_OK
    for s in rows:
        tags = f"  [{', '.join(s.tags)}]" if s.tags else ""
        print(f"{s.id:>5}  {s.verdict:<12} {s.issued or '':<10}  {s.title or '(untitled)'} — {s.awarding_body or '?'}{tags}")
    return EXIT_OK


def credential_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CliError(f"not a credential id: {text!r}", EXIT_USAGE) from None


def cmd_show(args: argparse.Namespace) -> int:
    from wallet.model import MANDATORY_ELEMENTS, OPTIONAL_ELEMENTS, text_in

    vault = open_vault(args)
    stored = vault.get(credential_id(args.id))
    vault.lock()
    s = stored.summary
    if args.json:
        body = credential_json(stored.report, s.record, file=stored.source_name, extra={"id": s.id})
        body.update({"tags": list(s.tags), "note": stored.note, "imported_at": s.imported_at.isoformat(), "content_hash": s.content_hash})
        body.setdefault("format", s.format)
        body.setdefault("verdict", s.verdict)
        print_json(body)
        return EXIT_OK
    record = s.record.to_json()
    print(f"#{s.id} {s.title or '(untitled)'}  [{s.format}]  {s.verdict.upper()}")
    for key in (*MANDATORY_ELEMENTS, *OPTIONAL_ELEMENTS):
        value = record.get(key)
        if isinstance(value, dict) and set(value) <= {"ects", "hours", "eqf", "qf_ehea"}:
            value = ", ".join(f"{k} {v}" for k, v in value.items() if v is not None) or None
        elif isinstance(value, list):
            value = "; ".join(filter(None, (text_in(v) for v in value))) or None
        elif isinstance(value, dict):
            value = text_in(value)
        print(f"  {key.replace('_', ' '):<20} {value if value not in (None, '') else '— missing' if key in MANDATORY_ELEMENTS else '—'}")
    if s.tags:
        print(f"  tags                 {', '.join(s.tags)}")
    if stored.note:
        print(f"  note                 {stored.note}")
    if stored.report:
        print()
        print_report(stored.source_name or f"#{s.id}", stored.report, None)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    vault.delete(credential_id(args.id))
    vault.lock()
    print(f"Deleted credential {args.id}.")
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        method = vault.tag if args.command == "tag" else vault.untag
        tags = method(credential_id(args.id), *args.tags)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    finally:
        vault.lock()
    if args.json:
        print_json({"id": int(args.id), "tags": list(tags)})
    else:
        print(f"{args.id}: {', '.join(tags) if tags else '(no tags)'}")
    return EXIT_OK
