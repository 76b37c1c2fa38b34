"""Shared pieces of the ``satchel`` commands: exit codes, secrets from the environment, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from wallet.errors import InvalidRecoveryCode, WalletError
from wallet.paths import default_vault_dir

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNVERIFIABLE = 0, 1, 2, 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = code


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise CliError(f"{self.prog}: {message}", EXIT_USAGE)


# -- secrets --------------------------------------------------------------------------------


def read_password(args: argparse.Namespace, *, confirm: bool = False) -> str:
    if args.password_file:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot read the password file: {exc.strerror}", EXIT_USAGE) from exc
        return text.rstrip("\r\n")
    env = os.environ.get("SATCHEL_PASSWORD")
    if env is not None:
        return env
    return prompt_secret("Password: ", confirm=confirm)


def read_new_password(prompt: str = "New password: ") -> str:
    env = os.environ.get("SATCHEL_NEW_PASSWORD")
    if env is not None:
        return env
    return prompt_secret(prompt, confirm=True)


def prompt_secret(prompt: str, *, confirm: bool) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("no password given: set SATCHEL_PASSWORD or use --password-file", EXIT_USAGE)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passwords differ", EXIT_USAGE)
    return first


def check_new_password(password: str) -> None:
    if len(password) < 8:
        raise CliError("a vault password needs at least 8 characters", EXIT_USAGE)


def read_recovery_code() -> Any:
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


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def open_vault(args: argparse.Namespace) -> Any:
    from wallet.vault import Vault

    return Vault.unlock(vault_dir(args), read_password(args))


def credential_json(report: Any, record: Any, *, file: str | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
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


def verdict_exit(verdicts: Sequence[str]) -> int:
    if "invalid" in verdicts:
        return EXIT_FAILED
    if "unverifiable" in verdicts:
        return EXIT_UNVERIFIABLE
    return EXIT_OK


MARK = {"pass": "ok  ", "fail": "FAIL", "warn": "warn", "skip": "skip"}


def print_report(name: str, report: Any, record: Any) -> None:
    from wallet.model import text_in

    title = text_in(record.title) if record is not None else None
    print(f"{name}: {report.verdict.upper()} ({report.format})" + (f" — {title}" if title else ""))
    if report.issuer.id or report.issuer.name:
        print(f"  issuer: {report.issuer.name or '?'} <{report.issuer.id or '?'}> trust: {report.issuer.trust}")
    for check in report.checks:
        print(f"  [{MARK.get(str(check.outcome), '?')}] {check.id}: {check.detail}")
    for part in report.parts:
        print(f"  contains: {part.verdict.upper()} ({part.format}) issuer {part.issuer.id or '?'}")


# -- commands -------------------------------------------------------------------------------


def at_option(args: argparse.Namespace) -> datetime | None:
    if not getattr(args, "at", None):
        return None
    from wallet.verify.validity import parse_datetime

    when = parse_datetime(args.at)
    if when is None:
        raise CliError(f"--at takes an ISO 8601 date and time, not {args.at!r}", EXIT_USAGE)
    return when


def error_fields(exc: WalletError) -> dict[str, Any]:
    return {k: v for k, v in exc.fields.items() if isinstance(v, str | int | float | bool)}
