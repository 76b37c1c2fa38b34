"""Plain stored-credential fixtures for vault tests: real bytes, records and reports, no signing."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from wallet.formats.base import Parsed
from wallet.model import CredentialRecord, Level, Workload
from wallet.verify.report import Check, IssuerInfo, Outcome, Report


def sample(index: int, *, marker: str = "", title: str | None = None) -> tuple[Parsed, CredentialRecord, Report]:
    """A JSON credential numbered ``index`` (distinct bytes per index) with a matching record and report."""
    name = title or f"Course {index}"
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "id": f"urn:uuid:00000000-0000-4000-8000-{index:012d}",
        "issuer": {"id": "did:example:university", "name": "Université d'Exemple"},
        "credentialSubject": {"name": name, "note": marker},
    }
    raw = json.dumps(doc, ensure_ascii=False).encode()
    parsed = Parsed(format="vc-jsonld", original=raw, payload=raw, document=doc, name=f"course-{index}.json")
    record = CredentialRecord(
        title={"en": name, "nl": f"Cursus {index}"},
        awarding_body="Université d'Exemple",
        issued=f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
        learning_outcomes=(f"Outcome {marker}".strip(),),
        workload=Workload(ects=float(index % 10)),
        level=Level(eqf=1 + index % 8),
        issuer_id="did:example:university",
    )
    report = Report(
        format="vc-jsonld",
        checks=(
            Check("signature", Outcome.PASS, "eddsa-rdfc-2022 proof verified"),
            Check("issuer-key", Outcome.PASS, "the key belongs to the issuer"),
            Check("issuer-trust", Outcome.WARN, "unknown issuer"),
        ),
        checked_at=datetime(2026, 1, 1, tzinfo=UTC),
        issuer=IssuerInfo("did:example:university", "Université d'Exemple"),
    )
    return parsed, record, report
