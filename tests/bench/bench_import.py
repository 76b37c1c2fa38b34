"""VC-JWT verification rate and the import rate into a vault (files per second, storage included).

Run by ``make bench``; prints, asserts nothing.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from tests.support.di_issuer import NOW, DidKeyIssuer
from tests.support.jose_issuer import JoseIssuer
from wallet.formats import read
from wallet.importer import context_for, import_paths
from wallet.vault import KdfParams, Vault
from wallet.verify import VerifyContext, verify

FILES = 200


def vc_jwt_rate(seconds: float = 3.0) -> float:
    issuer = JoseIssuer.create("EdDSA", method="key")
    data = issuer.vc_jwt().encode()
    ctx = VerifyContext.offline(at=NOW)
    assert verify(read(data), ctx).verdict == "valid"
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        verify(read(data), ctx)
        count += 1
    return count / (time.perf_counter() - start)


def import_rate() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "inbox"
        folder.mkdir()
        for i in range(FILES):
            issuer = DidKeyIssuer.fresh("ed25519")
            (folder / f"{i:03d}.json").write_text(json.dumps(issuer.sign(issuer.ob3(), "eddsa-rdfc-2022")))
        vault, _ = Vault.create(Path(tmp) / "vault", "bench password", kdf=KdfParams.floor())
        ctx = context_for(vault, at=NOW)
        start = time.perf_counter()
        summary = import_paths(vault, [folder], ctx)
        elapsed = time.perf_counter() - start
        assert sum(1 for o in summary.outcomes if o.status == "added") == FILES
        vault.lock()
        return FILES / elapsed


def main() -> None:
    print(f"warm, VC-JWT (VC 1.1, EdDSA, did:key): {vc_jwt_rate():.0f} credentials/s")
    print(f"import into a vault, eddsa-rdfc-2022 OB 3.0, {FILES} files (read, verify, describe, store): {import_rate():.0f} files/s")


if __name__ == "__main__":
    main()
