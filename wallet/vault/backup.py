"""Encrypted backups: one file that the vault's password or recovery code (at backup time) opens.

Layout::

    b"SATCHEL-BACKUP\\x00\\x01"  magic and format version
    u32 big-endian             length of the header
    header                     the vault's ``vault.json`` at backup time (canonical bytes)
    16 bytes                   salt for the payload key
    12 bytes                   nonce
    rest                       AES-256-GCM(zlib(JSON payload)), associated data = everything before it

The header's wraps give the data key from the password or the recovery code; the payload key is
derived from the data key with HKDF, so the backup holds nothing a stolen vault would not.
The payload is logical (credentials with their original bytes, reports, tags, notes, trusted
issuers), so a backup restores into any later schema, and merging into an existing vault is a
de-duplicating import by content hash.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from wallet.atomic import atomic_write
from wallet.errors import BackupError, InvalidPassword, VaultExists
from wallet.model import CredentialRecord
from wallet.vault import header as header_mod
from wallet.vault.db import open_engine
from wallet.vault.header import VaultHeader
from wallet.vault.migrations import migrate
from wallet.vault.recovery import RecoveryCode
from wallet.vault.vault import DB_NAME, HEADER_NAME, Vault, vault_exists
from wallet.verify.report import Report

MAGIC = b"SATCHEL-BACKUP\x00\x01"
MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024
MAX_PAYLOAD_BYTES = 4 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class RestoreResult:
    added: int
    already_present: int
    vault: Vault


def _payload_key(data_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"satchel backup v1").derive(data_key)


def write_backup(vault: Vault, out: Path | str) -> int:
    """Write an encrypted backup of ``vault`` to ``out`` (atomically). Returns the credential count."""
    items: list[dict[str, Any]] = []
    for credential_id in vault.ids():
        stored = vault.get(credential_id)
        s = stored.summary
        items.append(
            {
                "content_hash": s.content_hash,
                "format": s.format,
                "container": stored.container,
                "original": base64.b64encode(stored.original).decode("ascii"),
                "source_name": stored.source_name,
                "record": s.record.to_json(),
                "report": stored.report.to_json() if stored.report else None,
                "imported_at": s.imported_at.isoformat(),
                "accepted_invalid": s.accepted_invalid,
                "note": stored.note,
                "tags": list(s.tags),
            }
        )
    payload = {
        "vault_id": vault.header.vault_id,
        "created_at": datetime.now(UTC).isoformat(),
        "credentials": items,
        "trusted_issuers": [{"id": i, "name": n} for i, n in vault.trusted_issuers()],
    }
    header_bytes = header_mod.serialize(vault.header)
    salt, nonce = secrets.token_bytes(16), os.urandom(12)
    prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + salt + nonce
    plaintext = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    ciphertext = AESGCM(_payload_key(vault.data_key_for_backup, salt)).encrypt(nonce, plaintext, prefix)
    out = Path(out)
    atomic_write(out, prefix + ciphertext)
    return len(items)


@dataclass(frozen=True)
class _Opened:
    header: VaultHeader
    header_bytes: bytes
    data_key: bytes
    payload: dict[str, Any]


def _open_backup(data: bytes, password: str | None, recovery: RecoveryCode | None) -> _Opened:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BackupError("not a Satchel backup", reason="magic")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > header_mod.MAX_HEADER_BYTES or start + length + 28 > len(data):
        raise BackupError("the backup is truncated or damaged", reason="truncated")
    header_bytes = data[start : start + length]
    header = header_mod.parse(header_bytes)
    if password is not None:
        data_key = header.unwrap_with_password(password)
    elif recovery is not None:
        data_key = header.unwrap_with_recovery(recovery)
    else:
        raise InvalidPassword()
    salt = data[start + length : start + length + 16]
    nonce = data[start + length + 16 : start + length + 28]
    prefix = data[: start + length + 28]
    try:
        compressed = AESGCM(_payload_key(data_key, salt)).decrypt(nonce, data[start + length + 28 :], prefix)
    except InvalidTag:
        raise BackupError("the backup is damaged or was altered", reason="tag") from None
    inflater = zlib.decompressobj()
    plaintext = inflater.decompress(compressed, MAX_PAYLOAD_BYTES)
    if inflater.unconsumed_tail:
        raise BackupError("the backup is larger than Satchel restores", reason="too-large")
    try:
        payload = json.loads(plaintext)
    except ValueError as exc:
        raise BackupError("the backup's contents are damaged", reason="payload") from exc
    return _Opened(header, header_bytes, data_key, payload)


def restore_backup(
    backup: Path | str,
    target: Path | str,
    *,
    password: str | None = None,
    recovery: RecoveryCode | None = None,
    target_password: str | None = None,
) -> RestoreResult:
    """Restore ``backup`` into ``target``.

    An empty or missing ``target`` becomes a copy of the backed-up vault, opened by the same
    password and recovery code. A ``target`` that already is a vault (unlocked with
    ``target_password``, default ``password``) receives the credentials it does not hold yet.
    Raises :class:`InvalidPassword`, :class:`BackupError`, :class:`VaultExists` (a non-empty folder
    that is not a vault).
    """
    backup, target = Path(backup), Path(target)
    if backup.stat().st_size > MAX_BACKUP_BYTES:
        raise BackupError("the backup is larger than Satchel restores", reason="too-large")
    opened = _open_backup(backup.read_bytes(), password, recovery)
    if vault_exists(target):
        vault = Vault.unlock(target, target_password if target_password is not None else password or "")
    else:
        if target.exists() and any(target.iterdir()):
            raise VaultExists(f"{target} is not empty and holds no vault", path=str(target))
        vault = _new_vault_from(opened, target)
    added = present = 0
    for item in opened.payload.get("credentials", []):
        try:
            result = vault.add_original(
                content_hash=str(item["content_hash"]),
                format=str(item["format"]),
                container=str(item.get("container", "json")),
                original=base64.b64decode(item["original"], validate=True),
                source_name=item.get("source_name"),
                record=CredentialRecord.from_json(item["record"]),
                report=Report.from_json(item["report"]) if item.get("report") else None,
                accepted_invalid=bool(item.get("accepted_invalid", False)),
                imported_at=datetime.fromisoformat(item["imported_at"]),
                note=str(item.get("note", "")),
                tags=[str(t) for t in item.get("tags", [])],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise BackupError("the backup's contents are damaged", reason="item") from exc
        if result.duplicate:
            present += 1
        else:
            added += 1
    known = {i for i, _ in vault.trusted_issuers()}
    for issuer in opened.payload.get("trusted_issuers", []):
        if issuer.get("id") and issuer["id"] not in known:
            vault.trust_issuer(str(issuer["id"]), issuer.get("name"))
    return RestoreResult(added, present, vault)


def _new_vault_from(opened: _Opened, target: Path) -> Vault:
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = open_engine(target / DB_NAME, opened.data_key)
    with engine.connect() as conn:
        migrate(conn)
    # The header last, as in Vault.create: until it exists the folder is not a vault.
    atomic_write(target / HEADER_NAME, opened.header_bytes)
    return Vault(target, opened.header, opened.data_key, engine)
