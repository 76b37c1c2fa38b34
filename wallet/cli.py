"""``satchel``: the command line (DESIGN.md, CLI contract). Thin: parse, call the core, print.

Exit codes: 0 success / valid, 1 invalid credential or failed operation, 2 usage error or unreadable
input, 3 unverifiable. Passwords come from ``SATCHEL_PASSWORD`` or ``--password-file``, else a
prompt; a new password from ``SATCHEL_NEW_PASSWORD``, a recovery code from ``SATCHEL_RECOVERY_CODE``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from wallet import cli_cache, cli_trust
from wallet.cli_common import EXIT_FAILED, EXIT_USAGE, CliError, Parser
from wallet.cli_vault import (
    cmd_backup,
    cmd_check,
    cmd_delete,
    cmd_init,
    cmd_list,
    cmd_passwd,
    cmd_recover,
    cmd_restore,
    cmd_show,
    cmd_tag,
    cmd_unlock_check,
)
from wallet.cli_verify import cmd_import, cmd_reverify, cmd_verify
from wallet.errors import InputError, InvalidPassword, NotFound, VaultNotFound, WalletError


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="satchel", description="Satchel: your learning credentials, verified and in your hands.")
    parser.add_argument("--vault", metavar="DIR", help="the vault folder (default: $SATCHEL_HOME or the user data folder)")
    parser.add_argument("--password-file", metavar="FILE", help="read the password from FILE (else $SATCHEL_PASSWORD, else a prompt)")
    parser.add_argument("--version", action="version", version="satchel 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

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
    cli_trust.register(sub)
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
    except BrokenPipeError:
        # The reader went away (`satchel list | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
