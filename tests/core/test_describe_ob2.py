"""Open Badges 2.0 (and legacy) assertions described onto the EU elements."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import VECTORS
from wallet.errors import InputError
from wallet.formats import describe, read
from wallet.formats.base import Parsed
from wallet.model import CredentialRecord

CORE = VECTORS / "ob2-imsglobal-validator-core" / "components"
OB20 = VECTORS / "1edtech-dc-public-validator" / "ob20"
BADGR = VECTORS / "ob-badgr-server-testfiles" / "backpack"
HASH = "ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"


def load(path: Path) -> dict[str, Any]:
    doc = json.loads(path.read_text())
    assert isinstance(doc, dict)
    return doc


def ob2(doc: dict[str, Any], extras: dict[str, Any] | None = None) -> CredentialRecord:
    raw = json.dumps(doc).encode()
    return describe(Parsed(format="openbadges-2", original=raw, payload=raw, document=doc, extras=extras or {}))


def test_hosted_assertion_alone_shows_only_what_it_embeds() -> None:
    record = describe(read((CORE / "2_0_basic_assertion.json").read_bytes()))
    assert record.learner == "hashed:email"
    assert record.issued == "2016-12-31"
    assert record.title is None  # the BadgeClass is a URL: never fetched
    assert HASH not in json.dumps(record.to_json())
    assert record.subject_id is None


def test_cached_badge_class_and_issuer_are_used_under_their_url() -> None:
    documents = {
        "https://example.org/robotics-badge.json": load(CORE / "2_0_basic_badgeclass.json"),
        "https://example.org/organization.json": load(CORE / "2_0_basic_issuer.json"),
    }
    record = ob2(load(CORE / "2_0_basic_assertion.json"), {"documents": documents})
    assert record.title == "Awesome Robotics Badge"
    assert record.awarding_body == "An Example Badge Issuer"
    assert record.issuer_id == "https://example.org/organization.json"
    assert record.learning_outcomes == ("For doing awesome things with robots that people think is pretty great.",)


def test_cached_document_with_another_id_is_ignored() -> None:
    impostor = load(CORE / "2_0_basic_badgeclass.json") | {"id": "https://evil.example/badge.json", "name": "Impostor"}
    record = ob2(load(CORE / "2_0_basic_assertion.json"), {"documents": {"https://example.org/robotics-badge.json": impostor}})
    assert record.title is None


def test_embedded_badge_class_and_issuer() -> None:
    record = describe(read((BADGR / "2_0_assertion_embedded_badgeclass.json").read_bytes()))
    assert record.title == "Embedded badgeclass"
    assert record.awarding_body == "Basic Issuer"
    assert record.learner == "test@example.com"
    assert record.issued == "2017-06-29"
    assert record.description == "bespoke embedded badgeclass"


def test_legacy_0_5_assertion() -> None:
    record = ob2(load(CORE / "0_5_assertion.json"))
    assert record.title == "Basic McBadge"
    assert record.awarding_body == "Basic Issuer"
    assert record.issuer_id == "http://oldstyle.com"
    assert record.learner == "test@example.com"


def test_legacy_hashed_string_recipient() -> None:
    assert ob2(load(CORE / "0_5_1_assertion.json")).learner == "hashed:email"


def test_unix_timestamp_issued_on() -> None:
    doc = load(CORE / "1_0_basic_assertion.json") | {"issuedOn": 1430352000}
    assert ob2(doc).issued == "2015-04-30"


def test_badge_class_language_is_kept() -> None:
    # OB 2.0 §Multiple Language Support: "@language" on the BadgeClass tags its strings.
    doc = load(OB20 / "basic-assertion-with-language.json")
    doc["badge"] = load(OB20 / "assets" / "badgeclass-with-language.json")
    doc["badge"]["issuer"] = load(OB20 / "assets" / "organization.json")
    record = ob2(doc)
    assert record.title == {"es": "Insignia fantastica"}
    assert record.languages == ("es",)
    assert record.awarding_body == "An Example Badge Issuer"


def test_signed_assertion() -> None:
    parsed = read((OB20 / "simple.jwt").read_bytes())
    assert parsed.format == "openbadges-2"
    record = describe(parsed)
    assert record.issued == "2016-12-31"
    assert record.learner == "hashed:email"


def test_european_extensions() -> None:
    # The Edubadges extensions (OB 2.0 §Extensions): ECTS, EQF, study load, learning outcome, language.
    doc = load(BADGR / "2_0_assertion_embedded_badgeclass.json")
    badge = doc["badge"]
    badge["extensions:ECTSExtension"] = {"type": ["Extension", "extensions:ECTSExtension"], "ECTS": 2.5}
    badge["extensions:EQFExtension"] = {"type": ["Extension", "extensions:EQFExtension"], "EQF": 7}
    badge["extensions:StudyLoadExtension"] = {"type": ["Extension", "extensions:StudyLoadExtension"], "StudyLoad": 70}
    badge["extensions:LearningOutcomeExtension"] = {
        "type": ["Extension", "extensions:LearningOutcomeExtension"],
        "LearningOutcome": "Can design a robot arm controller",
    }
    badge["extensions:LanguageExtension"] = {"type": ["Extension", "extensions:LanguageExtension"], "Language": "en_EN"}
    badge["alignment"] = [{"targetName": "Robotics", "targetUrl": "https://example.org/robotics", "targetFramework": "Skills"}]
    record = ob2(doc)
    assert record.workload.ects == 2.5
    assert record.workload.hours == 70.0
    assert record.level.eqf == 7
    assert record.learning_outcomes == ("Can design a robot arm controller", "Robotics")
    assert "en-EN" in record.languages


def test_eqf_alignment_in_badge_class() -> None:
    doc = load(BADGR / "2_0_assertion_embedded_badgeclass.json")
    doc["badge"]["alignment"] = [{"targetName": "EQF level 5", "targetUrl": "http://data.europa.eu/snb/eqf/5"}]
    record = ob2(doc)
    assert record.level.eqf == 5
    assert record.learning_outcomes == ("bespoke embedded badgeclass",)  # a framework alignment is no outcome


def _ob2_files() -> list[Path]:
    roots = [CORE, OB20, BADGR]
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file() and p.suffix in {".json", ".jwt", ".png", ".svg"})


@pytest.mark.parametrize("path", _ob2_files(), ids=lambda p: str(p.relative_to(VECTORS)))
def test_every_ob2_vector_describes_or_is_refused_cleanly(path: Path) -> None:
    try:
        parsed = read(path.read_bytes(), path.name)
    except InputError:
        return
    json.dumps(describe(parsed).to_json())


def test_documents_from_the_local_cache(tmp_path: Path) -> None:
    from wallet.formats.describe_ob2 import with_cached_documents
    from wallet.verify.cache import LocalCache

    cache = LocalCache(tmp_path)
    cache.put("https://example.org/robotics-badge.json", (CORE / "2_0_basic_badgeclass.json").read_bytes())
    cache.put("https://example.org/organization.json", (CORE / "2_0_basic_issuer.json").read_bytes())
    parsed = with_cached_documents(read((CORE / "2_0_basic_assertion.json").read_bytes()), cache)
    record = describe(parsed)
    assert record.title == "Awesome Robotics Badge"
    assert record.awarding_body == "An Example Badge Issuer"
    empty = with_cached_documents(read((CORE / "2_0_basic_assertion.json").read_bytes()), LocalCache(tmp_path / "empty"))
    assert describe(empty).title is None
