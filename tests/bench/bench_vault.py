"""Vault figures: unlock (KDF + open), open + first 100 of 10,000, full scan, insert rate.

Run by ``make bench``; prints, asserts nothing. Goal: open + first 100 summaries of a
10,000-credential vault under 50 ms after the KDF.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tests.support.records import sample
from wallet.vault import KdfParams, Vault
from wallet.vault.header import calibrate
from wallet.vault.vault import read_header

N = 10_000


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        params = calibrate()
        print(f"calibrated Argon2id: {params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes}")
        vault, _ = Vault.create(folder, "bench password", kdf=params)
        start = time.perf_counter()
        for i in range(300):
            vault.add(*sample(i))
        per_txn = (time.perf_counter() - start) / 300
        print(f"insert rate, one transaction per credential (import): {1 / per_txn:.0f} credentials/s")
        batch = [sample(i) for i in range(300, N)]
        start = time.perf_counter()
        vault.add_batch(batch)
        print(f"insert rate, batched: {len(batch) / (time.perf_counter() - start):.0f} credentials/s")
        vault.lock()

        unlocks = []
        for _ in range(3):
            start = time.perf_counter()
            Vault.unlock(folder, "bench password").lock()
            unlocks.append(time.perf_counter() - start)
        print(f"unlock (KDF + open), median of 3: {_ms(statistics.median(unlocks))}")

        header = read_header(folder)
        kek = header.kdf.derive("bench password")
        opens, scans = [], []
        for _ in range(5):
            start = time.perf_counter()
            data_key = read_header(folder).unwrap_with_kek(kek)
            vault = Vault._open(folder, header, data_key)
            first = vault.summaries(limit=100)
            opens.append(time.perf_counter() - start)
            assert len(first) == 100
            start = time.perf_counter()
            everything = vault.summaries()
            scans.append(time.perf_counter() - start)
            assert len(everything) == N
            start = time.perf_counter()
            vault.summaries(search="course 99")
            search = time.perf_counter() - start
            vault.lock()
        print(f"open + first 100 of {N} after the KDF, median of 5: {_ms(statistics.median(opens))} (goal < 50 ms)")
        print(f"full scan of {N} summaries: {_ms(statistics.median(scans))}")
        print(f"search over {N}: {_ms(search)}")
        print(f"floor KDF alone: {_ms(_kdf_time(KdfParams.floor()))}")


def _kdf_time(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive("x")
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
