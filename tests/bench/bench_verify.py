"""Verification throughput for JSON-LD credentials (run: ``.venv/bin/python tests/bench/bench_verify.py``).

Prints, for an Open Badges 3.0 credential: credentials verified per second (warm) under
eddsa-rdfc-2022, ecdsa-rdfc-2019 (P-256) and eddsa-jcs-2022; the time of the first verification in a
fresh process; and the canonicalisation engines compared (pyld vs pyoxigraph). Not collected by pytest.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.di_issuer import NOW, DidKeyIssuer  # noqa: E402
from wallet.formats import read  # noqa: E402
from wallet.verify import Verdict, verify  # noqa: E402
from wallet.verify.context import VerifyContext  # noqa: E402

FIRST = """
import json, sys, time
t0 = time.perf_counter()
from datetime import datetime, UTC
from wallet.formats import read
from wallet.verify import verify
from wallet.verify.context import VerifyContext
report = verify(read(sys.stdin.buffer.read()), VerifyContext.offline(at=datetime(2026, 3, 1, tzinfo=UTC)))
print(f"{(time.perf_counter() - t0) * 1000:.0f} {report.verdict}")
"""


def warm(suite: str, kind: str, seconds: float = 3.0) -> float:
    issuer = DidKeyIssuer.fresh(kind)
    raw = json.dumps(issuer.sign(issuer.ob3(), suite)).encode()
    ctx = VerifyContext.offline(at=NOW)
    assert verify(read(raw), ctx).verdict is Verdict.VALID
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        verify(read(raw), ctx)
        count += 1
    return count / (time.perf_counter() - start)


def first(suite: str, kind: str) -> str:
    issuer = DidKeyIssuer.fresh(kind)
    raw = json.dumps(issuer.sign(issuer.ob3(), suite)).encode()
    out = subprocess.run([sys.executable, "-c", FIRST], input=raw, capture_output=True, cwd=ROOT, check=True)
    return out.stdout.decode().strip()


def engines(n: int = 200) -> None:
    """pyld (what the wallet uses) vs pyoxigraph (JSON-LD with contexts inlined) on the OB 3.0 vector."""
    import pyoxigraph as ox

    from wallet.verify.jsonld.canon import canonicalize
    from wallet.verify.jsonld.loader import BundledContexts

    loader = BundledContexts.default()
    doc = json.loads((ROOT / "tests/vectors/1edtech-ob3-spec/ldp-test-vector-ob/signed.json").read_text())
    doc.pop("proof")
    expected = (ROOT / "tests/vectors/1edtech-ob3-spec/ldp-test-vector-ob/document-canon.nq").read_text()

    def inline(ctx: object) -> object:
        if isinstance(ctx, str):
            return inline(loader.load(ctx)["@context"])
        if isinstance(ctx, list):
            return [inline(c) for c in ctx]
        if isinstance(ctx, dict):
            return {k: ({**v, "@context": inline(v["@context"])} if isinstance(v, dict) and "@context" in v else v) for k, v in ctx.items()}
        return ctx

    def oxi() -> str:
        text = json.dumps({**doc, "@context": inline(doc["@context"])})
        dataset = ox.Dataset(ox.parse(text, ox.RdfFormat.JSON_LD))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        return "".join(sorted(f"{q} .\n" for q in dataset))

    for name, fn in (("pyld", lambda: canonicalize(doc, loader)), ("pyoxigraph", oxi)):
        ok = fn() == expected
        start = time.perf_counter()
        for _ in range(n):
            fn()
        per = (time.perf_counter() - start) / n * 1000
        print(f"  {name:<11} {per:6.2f} ms per canonicalisation of the OB 3.0 vector  (matches vector: {ok})")


def main() -> None:
    print("warm, one process, OB 3.0 OpenBadgeCredential:")
    for suite, kind in (("eddsa-rdfc-2022", "ed25519"), ("ecdsa-rdfc-2019", "p256"), ("eddsa-jcs-2022", "ed25519")):
        print(f"  {suite:<16} {kind:<8} {warm(suite, kind):7.0f} credentials/s")
    print("first verification in a fresh process (imports included), eddsa-rdfc-2022:")
    ms, verdict = first("eddsa-rdfc-2022", "ed25519").split()
    print(f"  {ms} ms ({verdict})")
    print("canonicalisation engines:")
    engines()


if __name__ == "__main__":
    main()
