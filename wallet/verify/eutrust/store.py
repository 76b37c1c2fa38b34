"""Where the EU trusted lists live, and how a newer one is installed.

Two folders: the snapshot shipped in ``resources/trust/eu/`` (read-only, never written) and the
learner's folder (:func:`installed_dir`, in the user data folder) where ``satchel trust update``
puts newer lists. For each list (the LOTL, or one territory's list) the higher sequence number
wins; on a tie the installed copy wins.

Installing (:func:`install_list`) is the only way into the learner's folder, and it authenticates:

1. the file parses as a TS 119 612 list (hardened XML parser);
2. it is a LOTL, signed by one of the certificates the current LOTL's own pointer names
   (TS 119 612 §5.3.13: the LOTL points to itself with the scheme operator's certificates), or
3. it is a national list, signed by one of the certificates the current LOTL names for that
   territory (TS 119 615 §4.1, "trusted list signer");
4. it is not older than the list it replaces (sequence number, §5.3.2) — no rollback;
5. it is written atomically (temporary file, fsync, rename), so a failure leaves the folder as it was.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from wallet.atomic import atomic_write
from wallet.errors import InputError, InputTooLarge, VerificationError
from wallet.resources import resource_path
from wallet.verify.eutrust import EuTrustLists
from wallet.verify.eutrust.listsig import verify_list_signature
from wallet.verify.eutrust.tsl import MAX_LIST_BYTES, TrustedList, parse_trusted_list_unverified

__all__ = ["InstallResult", "ListRefused", "bundled_dir", "install_list", "installed_dir", "load_lists"]


class ListRefused(VerificationError):
    """A trusted list was not installed: bad signature, unknown signer, older than the installed one."""

    code = "trust.list-refused"


def bundled_dir() -> Path:
    """``resources/trust/eu/``: the snapshot shipped with Satchel."""
    return resource_path("trust", "eu")


def installed_dir() -> Path:
    """The learner's folder of installed lists, beside the vault in the user data folder."""
    from wallet.paths import default_vault_dir

    return default_vault_dir().parent / "trust" / "eu"


def _key(tl: TrustedList) -> str:
    return "LOTL" if tl.is_lotl else tl.territory


def _file_name(tl: TrustedList) -> str:
    return "EU.xml" if tl.is_lotl else f"{tl.territory}.xml"


def _read(path: Path, source: str) -> TrustedList:
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise InputTooLarge(f"{path.name} is larger than {MAX_LIST_BYTES} bytes", reason="too-large")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path.name}: {exc.strerror or exc}", reason="unreadable") from exc
    return parse_trusted_list_unverified(data, source=source)


def _folder_state(folder: Path) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob("*.xml") if p.is_file()))


@functools.lru_cache(maxsize=8)
def _load(bundled: Path, installed: Path | None, _b: object, _i: object) -> EuTrustLists:
    chosen: dict[str, TrustedList] = {}
    for folder, source in ((bundled, "bundled"), (installed, "installed")):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            tl = _read(path, source)
            old = chosen.get(_key(tl))
            if old is None or tl.sequence >= old.sequence:
                chosen[_key(tl)] = tl
    lotl = [tl for tl in chosen.values() if tl.is_lotl]
    return EuTrustLists([*lotl, *sorted((tl for tl in chosen.values() if not tl.is_lotl), key=lambda t: t.territory)])


def load_lists(*, installed: Path | None = None, bundled: Path | None = None, include_installed: bool = True) -> EuTrustLists:
    """The lists in force: bundled, each replaced by a newer installed one.

    ``installed`` defaults to :func:`installed_dir`; ``include_installed=False`` gives the bundled
    snapshot alone. Raises :class:`MalformedInput` / :class:`InputError` for a damaged list file.
    """
    b = bundled or bundled_dir()
    i = (installed or installed_dir()) if include_installed else None
    return _load(b, i, _folder_state(b), _folder_state(i) if i else ())


@dataclass(frozen=True)
class InstallResult:
    """What :func:`install_list` did: ``replaced`` is the list it superseded, if any."""

    installed: TrustedList
    path: Path
    replaced: TrustedList | None
    unchanged: bool = False


def _signers_for(tl: TrustedList, current: EuTrustLists) -> list[x509.Certificate]:
    lotl = current.lotl
    if lotl is None:
        raise ListRefused("no list of trusted lists is installed to say who may sign this list", reason="no-lotl")
    if tl.is_lotl:
        # Steps 2: the LOTL's pointer to itself names the scheme operator's signing certificates.
        pointers = lotl.pointers_to(lotl.territory, lotl=True) or [p for p in lotl.pointers if p.tsl_type == lotl.tsl_type]
    else:
        # Step 3: the LOTL's pointer to the territory names that list's signing certificates.
        pointers = lotl.pointers_to(tl.territory)
    certs = [c for p in pointers for c in p.certificates]
    if not certs:
        raise ListRefused(f"the list of trusted lists names no signer for {tl.label}", reason="no-signer", territory=tl.territory)
    return certs


def install_list(data: bytes, *, folder: Path | None = None, current: EuTrustLists | None = None) -> InstallResult:
    """Authenticate ``data`` (a LOTL or national list) and install it into ``folder`` (steps 1-5).

    ``current`` is what signers are pinned from (default: :func:`load_lists` over ``folder``).
    Raises :class:`MalformedInput`/:class:`InputTooLarge` for a file that is not a readable list,
    :class:`ListRefused` for one whose signature or signer is not accepted or that is older than the
    installed one, and :class:`InputError` when the folder cannot be written. On any error the
    folder is left exactly as it was.
    """
    target = folder or installed_dir()
    lists = current if current is not None else load_lists(installed=target)
    # 1. Parse.
    tl = parse_trusted_list_unverified(data, source="installed")
    # 2-3. Signature by a pinned signer.
    signers = _signers_for(tl, lists)
    try:
        signer = verify_list_signature(data, signers)
    except VerificationError as exc:
        raise ListRefused(f"the signature of {tl.label} does not verify: {exc}", reason="bad-signature") from exc
    # 4. No rollback.
    old = lists.lotl if tl.is_lotl else lists.national(tl.territory)
    if old is not None:
        if tl.sequence < old.sequence:
            raise ListRefused(
                f"{tl.label} number {tl.sequence} is older than the one in use (number {old.sequence})",
                reason="older",
                territory=tl.territory,
            )
        if tl.sequence == old.sequence:
            if tl.sha256 == old.sha256:
                return InstallResult(tl, target / _file_name(tl), old, unchanged=True)
            raise ListRefused(f"{tl.label} number {tl.sequence} differs from the one in use with the same number", reason="conflict")
    # 5. Atomic write.
    path = target / _file_name(tl)
    _atomic_write(path, data)
    return InstallResult(TrustedList(**{**tl.__dict__, "signer": signer}), path, old)


def _atomic_write(path: Path, data: bytes) -> None:
    """:func:`wallet.atomic.atomic_write`, with the folder made and a failure worded as an input error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}", reason="unwritable") from exc
