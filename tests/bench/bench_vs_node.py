"""Whole-process comparison with the JavaScript reference stack (run by ``make bench``).

Signs 200 distinct Open Badges 3.0 credentials with eddsa-rdfc-2022 (a fresh did:key issuer each) into
a temporary folder, then times, as separate processes, ``satchel verify <200 files> --json`` and the
reference verifier ``tests/bench/node/verify.mjs`` (@digitalbazaar/vc with
@digitalbazaar/eddsa-rdfc-2022-cryptosuite and a static document loader built from
``resources/contexts``) on the same files, and the same for one file (start-up cost). Prints the
median wall time of each, credentials per second and the ratio; the goal is satchel at least 1.5x as
fast as the reference on the 200 files.

The reference needs Node and its packages in ``$SATCHEL_NODEBENCH_DIR`` (default ``/tmp/nodebench``,
outside the repository); without them only satchel is timed and the set-up command is printed.
``SATCHEL_BENCH_RUNS`` sets the number of timed runs (default 5, after one warm-up run).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.di_issuer import NOW, DidKeyIssuer  # noqa: E402

COUNT = 200
AT = NOW.isoformat().replace("+00:00", "Z")
"""Both verifiers judge validity at the issuer's reference date, so the figures do not depend on today."""

NODE_DIR = Path(os.environ.get("SATCHEL_NODEBENCH_DIR", "/tmp/nodebench"))
NODE_SCRIPT = ROOT / "tests/bench/node/verify.mjs"
NODE_PACKAGES: tuple[str, ...] = tuple(json.loads((ROOT / "tests/bench/node/package.json").read_text())["dependencies"])
CONTEXTS = ROOT / "resources/contexts"


def generate(folder: Path, count: int = COUNT) -> list[Path]:
    """``count`` signed OB 3.0 credentials, each from its own fresh did:key issuer."""
    files = []
    for i in range(count):
        issuer = DidKeyIssuer.fresh("ed25519")
        doc = issuer.ob3(subject=f"did:example:learner-{i}")
        doc["id"] = f"urn:uuid:2b5e4f0a-1c1d-4a55-9b8e-{i:012x}"
        path = folder / f"credential-{i:03d}.json"
        path.write_text(json.dumps(issuer.sign(doc, "eddsa-rdfc-2022"), indent=2), encoding="utf-8")
        files.append(path)
    return files


def satchel_command(files: Sequence[Path]) -> list[str]:
    script = Path(sys.executable).with_name("satchel")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "wallet.cli"]
    return [*head, "verify", *map(str, files), "--json", "--at", AT]


def node_command(files: Sequence[Path]) -> list[str]:
    return ["node", str(NODE_DIR / "satchel-verify.mjs"), "--contexts", str(CONTEXTS), "--now", AT, *map(str, files)]


def node_ready() -> str | None:
    """Why the reference cannot run, or ``None`` when it can."""
    if shutil.which("node") is None:
        return "node is not on PATH"
    missing = [p for p in NODE_PACKAGES if not (NODE_DIR / "node_modules" / p / "package.json").exists()]
    if missing:
        return f"{NODE_DIR} lacks {', '.join(missing)}"
    return None


def median_seconds(command: Sequence[str], runs: int) -> float:
    """Median wall time of ``command`` over ``runs`` runs, after one warm-up run."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if i:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def check_satchel(files: Sequence[Path]) -> int:
    out = subprocess.run(satchel_command(files), capture_output=True, check=False, cwd=ROOT)
    reports = json.loads(out.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    return sum(1 for r in reports if r.get("verdict") == "valid")


def check_node(files: Sequence[Path]) -> int:
    out = subprocess.run(node_command(files), capture_output=True, text=True, check=False)
    words = out.stdout.split()  # "verified N of M"
    return int(words[1]) if len(words) == 4 and words[0] == "verified" else 0


def setup_hint() -> str:
    return (
        f"  set it up (outside the repository):\n"
        f"    mkdir -p {NODE_DIR} && cd {NODE_DIR} && npm init -y && npm install {' '.join(NODE_PACKAGES)}\n"
        f"  or set SATCHEL_NODEBENCH_DIR to a folder where those packages are installed"
    )


def main() -> int:
    runs = int(os.environ.get("SATCHEL_BENCH_RUNS", "5"))
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp))
        sets = {f"{COUNT} files": files, "1 file": files[:1]}
        print(f"{COUNT} eddsa-rdfc-2022 OB 3.0 credentials, validity judged at {AT}; median of {runs} runs, whole process")
        valid = check_satchel(files)
        print(f"  satchel verify: {valid} of {COUNT} valid")
        why_not = node_ready()
        if why_not is None:
            shutil.copyfile(NODE_SCRIPT, NODE_DIR / "satchel-verify.mjs")  # ESM resolves packages beside the script
            verified = check_node(files)
            print(f"  reference (node): {verified} of {COUNT} verified")
            if verified != COUNT:
                why_not = "the reference did not verify every credential"
        else:
            print(f"  reference not run: {why_not}")
            print(setup_hint())
        if valid != COUNT:
            print("  satchel did not find every credential valid: figures not comparable")
            return 1
        for label, chosen in sets.items():
            ours = median_seconds(satchel_command(chosen), runs)
            line = f"  {label:<9} satchel {ours * 1000:7.0f} ms ({len(chosen) / ours:6.1f} credentials/s)"
            if why_not is None:
                theirs = median_seconds(node_command(chosen), runs)
                line += f"   node {theirs * 1000:7.0f} ms ({len(chosen) / theirs:6.1f}/s)   satchel is {theirs / ours:.2f}x as fast"
            print(line)
        if why_not is None:
            print("  goal: at least 1.50x as fast on 200 files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
