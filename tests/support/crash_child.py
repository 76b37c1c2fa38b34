"""A child process that edits a vault in a loop until it is killed (crash-safety tests).

``python -m tests.support.crash_child edit VAULT PASSWORD START`` adds credentials from START on,
tagging and deleting some, printing one line *after* each commit:
``added HASH`` / ``deleted HASH`` (``deleting HASH`` just before a delete).
``python -m tests.support.crash_child passwd VAULT PASSWORD OTHER`` switches the password between
PASSWORD and OTHER forever, printing ``password N`` after each change has been written.
"""

from __future__ import annotations

import sys

from tests.support.records import sample
from wallet.vault import KdfParams, Vault


def edit(vault_dir: str, password: str, start: int) -> None:
    vault = Vault.unlock(vault_dir, password)
    print("ready", flush=True)
    i = start
    while True:
        parsed, record, report = sample(i)
        result = vault.add(parsed, record, report)
        print(f"added {parsed.content_hash}", flush=True)
        vault.tag(result.id, f"t{i % 5}")
        if i % 7 == 3:
            # Announced first: a kill between the delete's commit and the line below must not
            # make the parent believe the credential should still be there.
            print(f"deleting {parsed.content_hash}", flush=True)
            vault.delete(result.id)
            print(f"deleted {parsed.content_hash}", flush=True)
        i += 1


def passwd(vault_dir: str, password: str, other: str) -> None:
    vault = Vault.unlock(vault_dir, password)
    print("ready", flush=True)
    current, n = password, 0
    while True:
        current = other if current == password else password
        vault.set_password(current, kdf=KdfParams.floor())
        n += 1
        print(f"password {current}", flush=True)


if __name__ == "__main__":
    mode, vault_dir, password, arg = sys.argv[1:5]
    if mode == "edit":
        edit(vault_dir, password, int(arg))
    else:
        passwd(vault_dir, password, arg)
