"""``satchel``: the command line (DESIGN.md, CLI contract). Thin: parse, call the core, print.

Exit codes: 0 success / valid, 1 invalid credential or failed operation, 2 usage error or unreadable
input, 3 unverifiable. Passwords come from ``SATCHEL_PASSWORD`` or ``--password-file``, else a
prompt; a new password from ``SATCHEL_NEW_PASSWORD``, a recovery code from ``SATCHEL_RECOVERY_CODE``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from wallet import cli_cache
from wallet.errors import InputError, InvalidPassword, InvalidRecoveryCode, NotFound, VaultNotFound, WalletError
from wallet.paths import default_cache_dir, default_vault_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNVERIFIABLE = 0, 1, 2, 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise CliError(f"{self.prog}: {message}", EXIT_USAGE)


# -- secrets --------------------------------------------------------------------------------


def _password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    if args.password_file:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot read the password file: {exc.strerror}", EXIT_USAGE) from exc
        return text.rstrip("\r\n")
    env = os.environ.get("SATCHEL_PASSWORD")
    if env is not None:
        return env
    return _prompt("Password: ", confirm=confirm)


def _new_password(prompt: str = "New password: ") -> str:
    env = os.environ.get("SATCHEL_NEW_PASSWORD")
    if env is not None:
        return env
    return _prompt(prompt, confirm=True)


def _prompt(prompt: str, *, confirm: bool) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("no password given: set SATCHEL_PASSWORD or use --password-file", EXIT_USAGE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passwords differ", EXIT_USAGE)
    return first


def _check_new_password(password: str) -> None:
    if len(password) < 8:
        raise CliError("a vault password needs at least 8 characters", EXIT_USAGE)


def _recovery_code() -> Any:
    from wallet.vault.recovery import RecoveryCode

    text = os.environ.get("SATCHEL_RECOVERY_CODE")
    if text is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("no recovery code given: set SATCHEL_RECOVERY_CODE", EXIT_USAGE)
        text = input("Recovery code: ")
    try:
        return RecoveryCode.parse(text)
    except InvalidRecoveryCode as exc:
        group = exc.fields.get("group")
        where = f" (group {group} looks mistyped)" if group else ""
        raise CliError(f"that is not a valid recovery code{where}", EXIT_USAGE) from exc


# -- output ---------------------------------------------------------------------------------


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def _open(args: argparse.Namespace) -> Any:
    from wallet.vault import Vault

    return Vault.unlock(_vault_dir(args), _password(args))


def _credential_json(report: Any, record: Any, *, file: str | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if file is not None:
        out["file"] = file
    if extra:
        out.update(extra)
    if report is not None:
        body = report.to_json()
        out.update(
            {
                "format": body["format"],
                "verdict": body["verdict"],
                "issuer": body["issuer"],
                "checks": body["checks"],
                "checked_at": body["checked_at"],
            }
        )
        if "credentials" in body:
            out["credentials"] = body["credentials"]
    out["credential"] = record.to_json() if record is not None else None
    return out


def _verdict_exit(verdicts: Sequence[str]) -> int:
    if "invalid" in verdicts:
        return EXIT_FAILED
    if "unverifiable" in verdicts:
        return EXIT_UNVERIFIABLE
    return EXIT_OK


_MARK = {"pass": "ok  ", "fail": "FAIL", "warn": "warn", "skip": "skip"}


def _print_report(name: str, report: Any, record: Any) -> None:
    from wallet.model import text_in

    title = text_in(record.title) if record is not None else None
    print(f"{name}: {report.verdict.upper()} ({report.format})" + (f" — {title}" if title else ""))
    if report.issuer.id or report.issuer.name:
        print(f"  issuer: {report.issuer.name or '?'} <{report.issuer.id or '?'}> trust: {report.issuer.trust}")
    for check in report.checks:
        print(f"  [{_MARK.get(str(check.outcome), '?')}] {check.id}: {check.detail}")
    for part in report.parts:
        print(f"  contains: {part.verdict.upper()} ({part.format}) issuer {part.issuer.id or '?'}")


# -- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from wallet.vault import KdfParams, Vault
    from wallet.vault.header import calibrate

    path = _vault_dir(args)
    password = _password(args, confirm=True)
    _check_new_password(password)
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
        _print_json({"vault": str(path), "recovery_code": code.formatted()})
    else:
        print(f"Created a vault in {path}.")
        print("Your recovery code (shown only this once; write it down and keep it somewhere safe):")
        print(f"\n    {code.formatted()}\n")
    return EXIT_OK


def cmd_unlock_check(args: argparse.Namespace) -> int:
    vault = _open(args)
    count = vault.count()
    vault.lock()
    if args.json:
        _print_json({"vault": str(_vault_dir(args)), "unlocked": True, "credentials": count})
    else:
        print(f"The password opens the vault ({count} credentials).")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    vault = _open(args)
    new = _new_password()
    _check_new_password(new)
    vault.set_password(new)
    vault.lock()
    print("Password changed.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from wallet.vault import Vault

    code = _recovery_code()
    new = _new_password()
    _check_new_password(new)
    vault = Vault.recover(_vault_dir(args), code, new)
    vault.lock()
    print("Vault recovered; the new password is set. Your recovery code still works.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    vault = _open(args)
    report = vault.check()
    vault.lock()
    if args.json:
        _print_json({"ok": report.ok, "problems": list(report.problems), "credentials": report.credentials})
    elif report.ok:
        print(f"The vault is sound ({report.credentials} credentials).")
    else:
        print("The vault has problems:")
        for problem in report.problems:
            print(f"  {problem}")
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from wallet.vault.backup import write_backup

    vault = _open(args)
    count = write_backup(vault, Path(args.out))
    vault.lock()
    if args.json:
        _print_json({"backup": args.out, "credentials": count})
    else:
        print(f"Backed up {count} credentials to {args.out}. It opens with this vault's current password or recovery code.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from wallet.vault.backup import restore_backup

    target = _vault_dir(args)
    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"no backup file {source}", EXIT_USAGE)
    if os.environ.get("SATCHEL_RECOVERY_CODE") and not os.environ.get("SATCHEL_PASSWORD") and not args.password_file:
        result = restore_backup(source, target, recovery=_recovery_code())
    else:
        result = restore_backup(source, target, password=_password(args), target_password=os.environ.get("SATCHEL_TARGET_PASSWORD"))
    result.vault.lock()
    if args.json:
        _print_json({"vault": str(target), "added": result.added, "already_present": result.already_present})
    else:
        print(f"Restored into {target}: {result.added} added, {result.already_present} already there.")
    return EXIT_OK


def _summary_json(s: Any) -> dict[str, Any]:
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
    vault = _open(args)
    rows = vault.summaries(search=args.search, tag=args.tag)
    vault.lock()
    if args.json:
        _print_json([_summary_json(s) for s in rows])
        return EXIT_OK
    if not rows:
        print("No credentials." if not (args.search or args.tag) else "No credentials match.")
        return EXIT_OK
    for s in rows:
        tags = f"  [{', '.join(s.tags)}]" if s.tags else ""
        print(f"{s.id:>5}  {s.verdict:<12} {s.issued or '':<10}  {s.title or '(untitled)'} — {s.awarding_body or '?'}{tags}")
    return EXIT_OK


def _credential_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CliError(f"not a credential id: {text!r}", EXIT_USAGE) from None


def cmd_show(args: argparse.Namespace) -> int:
    from wallet.model import MANDATORY_ELEMENTS, OPTIONAL_ELEMENTS, text_in

    vault = _open(args)
    stored = vault.get(_credential_id(args.id))
    vault.lock()
    s = stored.summary
    if args.json:
        body = _credential_json(stored.report, s.record, file=stored.source_name, extra={"id": s.id})
        body.update({"tags": list(s.tags), "note": stored.note, "imported_at": s.imported_at.isoformat(), "content_hash": s.content_hash})
        body.setdefault("format", s.format)
        body.setdefault("verdict", s.verdict)
        _print_json(body)
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
        _print_report(stored.source_name or f"#{s.id}", stored.report, None)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    vault = _open(args)
    vault.delete(_credential_id(args.id))
    vault.lock()
    print(f"Deleted credential {args.id}.")
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        method = vault.tag if args.command == "tag" else vault.untag
        tags = method(_credential_id(args.id), *args.tags)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    finally:
        vault.lock()
    if args.json:
        _print_json({"id": int(args.id), "tags": list(tags)})
    else:
        print(f"{args.id}: {', '.join(tags) if tags else '(no tags)'}")
    return EXIT_OK


def _at(args: argparse.Namespace) -> datetime | None:
    if not getattr(args, "at", None):
        return None
    from wallet.verify.validity import parse_datetime

    when = parse_datetime(args.at)
    if when is None:
        raise CliError(f"--at takes an ISO 8601 date and time, not {args.at!r}", EXIT_USAGE)
    return when


def _trust(args: argparse.Namespace) -> Any:
    if not getattr(args, "trust", None):
        return None
    from wallet.verify.trust import TrustStore

    return TrustStore.bundled().extended_from_file(Path(args.trust))


def cmd_verify(args: argparse.Namespace) -> int:
    from wallet.importer import check_bytes, context_for, read_file

    cache = Path(args.cache) if args.cache else None
    ctx = context_for(None, at=_at(args), cache_dir=cache, trust=_trust(args))
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
                {"file": name, "format": None, "verdict": None, "error": {"code": exc.code, "message": str(exc), **_fields(exc)}}
            )
            if not args.json:
                print(f"{name}: cannot be read: {exc}", file=sys.stderr)
            continue
        verdicts.append(str(checked.report.verdict))
        results.append(_credential_json(checked.report, checked.record, file=name))
        if not args.json:
            _print_report(name, checked.report, checked.record)
    if args.json:
        _print_json(results[0] if len(results) == 1 else results)
    if unreadable:
        return EXIT_USAGE
    return _verdict_exit(verdicts)


def _fields(exc: WalletError) -> dict[str, Any]:
    return {k: v for k, v in exc.fields.items() if isinstance(v, str | int | float | bool)}


def cmd_import(args: argparse.Namespace) -> int:
    from wallet.importer import Status, context_for, import_paths

    vault = _open(args)
    cache = Path(args.cache) if args.cache else default_cache_dir(_vault_dir(args))
    try:
        ctx = context_for(vault, at=_at(args), cache_dir=cache)
        summary = import_paths(vault, [Path(f) for f in args.files], ctx, keep_invalid=args.keep_invalid)
    finally:
        vault.lock()
    out = []
    for o in summary.outcomes:
        entry: dict[str, Any] = {"file": o.source, "status": str(o.status), "id": o.id}
        if o.checked is not None:
            entry.update(_credential_json(o.checked.report, o.checked.record))
        if o.error is not None:
            entry["error"] = {"code": o.error.code, "message": str(o.error), **_fields(o.error)}
        out.append(entry)
        if not args.json:
            if o.checked is not None:
                _print_report(o.source, o.checked.report, o.checked.record)
            label = {
                Status.ADDED: f"added as #{o.id}",
                Status.DUPLICATE: f"already in your wallet as #{o.id}",
                Status.REFUSED: "not stored: it failed verification (use --keep-invalid to keep it anyway)",
                Status.UNREADABLE: f"cannot be read: {o.error}",
            }[o.status]
            print(f"  -> {label}")
    if args.json:
        _print_json(out)
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

    vault = _open(args)
    cache = Path(args.cache) if args.cache else default_cache_dir(_vault_dir(args))
    try:
        outcomes = reverify(vault, context_for(vault, at=_at(args), cache_dir=cache))
    finally:
        vault.lock()
    verdicts = [str(o.report.verdict) for o in outcomes if o.report is not None]
    if args.json:
        _print_json(
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
    return _verdict_exit(verdicts)


# -- wiring ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="satchel", description="Satchel: your learning credentials, verified and in your hands.")
    parser.add_argument("--vault", metavar="DIR", help="the vault folder (default: $SATCHEL_HOME or the user data folder)")
    parser.add_argument("--password-file", metavar="FILE", help="read the password from FILE (else $SATCHEL_PASSWORD, else a prompt)")
    parser.add_argument("--version", action="version", version="satchel 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def command(name: str, fn: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
        p.set_defaults(fn=fn)
        return p

    p = command("init", cmd_init, "create a new vault and show its recovery code once")
    p.add_argument("--kdf-memory", type=int, metavar="MIB", help="Argon2id memory in MiB (default: calibrated, at least 64)")
    p.add_argument("--kdf-iterations", type=int, metavar="N", help="Argon2id passes (default: calibrated, at least 3)")
    command("unlock-check", cmd_unlock_check, "check that the password opens the vault")
    command("passwd", cmd_passwd, "change the vault password (new one from $SATCHEL_NEW_PASSWORD or a prompt)")
    command("recover", cmd_recover, "open the vault with the recovery code and set a new password")
    command("check", cmd_check, "check the vault's integrity")
    p = command("backup", cmd_backup, "write an encrypted backup file")
    p.add_argument("out", metavar="OUT")
    p = command("restore", cmd_restore, "restore a backup into --vault (a new folder, or merge into a vault)")
    p.add_argument("file", metavar="FILE")
    p = command("list", cmd_list, "list stored credentials")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--tag", metavar="TAG")
    p = command("show", cmd_show, "show one credential")
    p.add_argument("id", metavar="ID")
    p = command("delete", cmd_delete, "delete one credential")
    p.add_argument("id", metavar="ID")
    for name, help in (("tag", "add tags to a credential"), ("untag", "remove tags from a credential")):
        p = command(name, cmd_tag, help)
        p.add_argument("id", metavar="ID")
        p.add_argument("tags", metavar="TAG", nargs="+")
    p = command("verify", cmd_verify, "verify credential files (no vault needed, never uses the network)")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--at", metavar="ISO8601", help="judge validity at this instant instead of now")
    p.add_argument("--trust", metavar="FILE", help="also trust the issuers listed in FILE")
    p.add_argument("--cache", metavar="DIR", help="a cache folder of fetched documents (did:web, status lists, hosted badges)")
    p = command("import", cmd_import, "verify credential files and store them in the vault")
    p.add_argument("files", metavar="FILE|DIR", nargs="+")
    p.add_argument("--keep-invalid", action="store_true", help="store credentials that fail verification, marked as such")
    p.add_argument("--at", metavar="ISO8601", help=argparse.SUPPRESS)
    p.add_argument("--cache", metavar="DIR", help="the cache folder (default: beside the vault)")
    p = command("reverify", cmd_reverify, "re-run every check on every stored credential")
    p.add_argument("--at", metavar="ISO8601", help="judge validity at this instant instead of now")
    p.add_argument("--cache", metavar="DIR", help="the cache folder (default: beside the vault)")
    cli_cache.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return int(args.fn(args))
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except InvalidPassword:
        print("satchel: the password does not open this vault", file=sys.stderr)
        return EXIT_FAILED
    except VaultNotFound as exc:
        print(f"satchel: {exc} (create one with `satchel init`)", file=sys.stderr)
        return EXIT_USAGE
    except NotFound as exc:
        print(f"satchel: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except InputError as exc:
        print(f"satchel: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WalletError as exc:
        print(f"satchel: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
