"""EU trusted lists: the bundled 2020 snapshot, list signatures, installing newer lists, the trust CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support import eu_pki
from wallet.cli import main
from wallet.errors import MalformedInput
from wallet.verify.eutrust import EuTrustLists, assess_seal
from wallet.verify.eutrust.listsig import verify_list_signature
from wallet.verify.eutrust.store import ListRefused, bundled_dir, install_list, load_lists
from wallet.verify.eutrust.tsl import parse_trusted_list_unverified
from wallet.verify.xades import XadesFailure

VECTOR_LISTS = Path(__file__).parents[1] / "vectors" / "edc-edci-european-digital-credentials" / "trusted-lists"


def _bundled() -> EuTrustLists:
    return load_lists(include_installed=False)


def test_bundled_snapshot_is_the_2020_vectors() -> None:
    for name in ("EU.xml", "BE.xml", "IE.xml"):
        assert (bundled_dir() / name).read_bytes() == (VECTOR_LISTS / name).read_bytes()
    assert (bundled_dir() / "README.md").is_file()


def test_bundled_lists_parse_with_their_dates() -> None:
    lists = _bundled()
    lotl = lists.lotl
    assert lotl is not None and lotl.sequence == 264
    assert lotl.issued == datetime(2020, 4, 29, 8, tzinfo=UTC) and lotl.next_update == datetime(2020, 10, 29, tzinfo=UTC)
    be, ie = lists.national("BE"), lists.national("IE")
    assert be is not None and ie is not None
    assert be.issued.date().isoformat() == "2020-03-19" and len(be.services) == 37
    assert ie.next_update is not None and ie.next_update.date().isoformat() == "2020-09-05"
    assert lists.list_name(be) == "EU LOTL → BE TL"
    assert len(lotl.pointers_to("SI")) == 1


@pytest.mark.parametrize("territory", ["BE", "IE"])
def test_national_list_signatures_verify_with_the_signer_the_lotl_names(territory: str) -> None:
    lotl = _bundled().lotl
    assert lotl is not None
    signers = [c for p in lotl.pointers_to(territory) for c in p.certificates]
    verify_list_signature((VECTOR_LISTS / f"{territory}.xml").read_bytes(), signers)


def test_lotl_signature_verifies_with_its_own_pinned_certificates() -> None:
    lotl = _bundled().lotl
    assert lotl is not None
    signers = [c for p in lotl.pointers_to("EU", lotl=True) for c in p.certificates]
    verify_list_signature((VECTOR_LISTS / "EU.xml").read_bytes(), signers)


def test_a_list_signed_by_another_territorys_signer_is_refused() -> None:
    lotl = _bundled().lotl
    assert lotl is not None
    ie_signers = [c for p in lotl.pointers_to("IE") for c in p.certificates]
    with pytest.raises(XadesFailure):
        verify_list_signature((VECTOR_LISTS / "BE.xml").read_bytes(), ie_signers)


def _one_byte_tampered(data: bytes) -> bytes:
    i = data.index(b"Belgian Trusted List")
    return data[:i] + b"X" + data[i + 1 :]


def test_tampered_list_is_refused_and_folder_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "eu"
    folder.mkdir()
    (folder / "BE.xml").write_bytes((VECTOR_LISTS / "BE.xml").read_bytes())
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(ListRefused):
        install_list(_one_byte_tampered((VECTOR_LISTS / "BE.xml").read_bytes()), folder=folder, current=_bundled())
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_bundled_list_is_recognised_as_already_installed(tmp_path: Path) -> None:
    done = install_list((VECTOR_LISTS / "IE.xml").read_bytes(), folder=tmp_path, current=_bundled())
    assert done.unchanged and not list(tmp_path.iterdir())


def test_newer_test_lists_install_through_the_lotl_and_rollback_is_refused(tmp_path: Path) -> None:
    pki = eu_pki.make_pki()
    base = EuTrustLists([parse_trusted_list_unverified(eu_pki.lotl_xml(pki), source="test")])
    # A newer LOTL signed by the pinned operator key installs; one signed by anyone else does not.
    newer_lotl = eu_pki.lotl_xml(pki, sequence=2)
    done = install_list(newer_lotl, folder=tmp_path, current=base)
    assert done.path.name == "EU.xml" and done.installed.sequence == 2
    intruder = eu_pki.make_pki(name="Intruder")
    forged = eu_pki.lotl_xml(pki, sequence=3, signer=(intruder.lotl_signer_key, intruder.lotl_signer_cert))
    with pytest.raises(ListRefused):
        install_list(forged, folder=tmp_path, current=base)
    # The national list must be signed by the signer the LOTL names for its territory.
    tl = eu_pki.trusted_list_xml(pki, sequence=5)
    assert install_list(tl, folder=tmp_path, current=base).path.name == "ZZ.xml"
    wrong = eu_pki.trusted_list_xml(pki, sequence=6, signer=(pki.lotl_signer_key, pki.lotl_signer_cert))
    with pytest.raises(ListRefused):
        install_list(wrong, folder=tmp_path, current=load_lists(installed=tmp_path, bundled=tmp_path / "none"))
    with pytest.raises(ListRefused):
        install_list(
            eu_pki.trusted_list_xml(pki, sequence=4), folder=tmp_path, current=load_lists(installed=tmp_path, bundled=tmp_path / "none")
        )
    installed = load_lists(installed=tmp_path, bundled=tmp_path / "none")
    national = installed.national(eu_pki.TEST_TERRITORY)
    assert national is not None and national.sequence == 5
    _, cert = pki.seal()
    a = assess_seal([cert, *pki.chain_tail], signing_time=eu_pki.NOW, now=eu_pki.NOW, lists=installed)
    assert a.level == "qualified" and a.list_name == "EU LOTL → ZZ TL"


def test_hostile_list_is_malformed_input(tmp_path: Path) -> None:
    hostile = Path(__file__).parents[1] / "vectors" / "edc-edci-european-digital-credentials" / "hostile-xml" / "xxe_file.xml"
    with pytest.raises(MalformedInput):
        install_list(hostile.read_bytes(), folder=tmp_path, current=_bundled())


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The trust commands as ``satchel`` runs them."""
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_show_lists_dates_and_update_refuses_tampering(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = str(tmp_path / "vault")
    code, out, _ = _run(["--vault", vault, "trust", "show", "--json"], capsys)
    assert code == 0
    rows = {r["territory"]: r for r in json.loads(out)["lists"]}
    assert rows["BE"]["issued"].startswith("2020-03-19") and rows["BE"]["next_update"].startswith("2020-09-16")
    assert rows["BE"]["outdated"] is True and rows["EU"]["type"] == "lotl"
    bad = tmp_path / "BE.xml"
    bad.write_bytes(_one_byte_tampered((VECTOR_LISTS / "BE.xml").read_bytes()))
    code, _, err = _run(["--vault", vault, "trust", "update", str(bad)], capsys)
    assert code == 1 and "refused" in err and "unchanged" in err
    assert not (tmp_path / "trust" / "eu" / "BE.xml").exists()
    truncated = tmp_path / "cut.xml"
    truncated.write_bytes((VECTOR_LISTS / "BE.xml").read_bytes()[:4000])
    assert _run(["--vault", vault, "trust", "update", str(truncated)], capsys)[0] == 2
    assert _run(["--vault", vault, "trust", "update", str(tmp_path / "missing.xml")], capsys)[0] == 2
    code, out, _ = _run(["--vault", vault, "trust", "show"], capsys)
    assert code == 0 and "OUTDATED" in out
