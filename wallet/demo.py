"""A demo wallet: sample micro-credentials signed by demo issuers, in a throw-away vault.

``satchel-app --demo`` (and ``make demo``) open it. Every credential is a real, signed Open Badges 3.0
credential (VC Data Model 2.0, ``eddsa-rdfc-2022`` over fresh did:key issuers made at run time), so
the wallet verifies them exactly as it verifies any other: nothing here is faked for the UI. They
carry the EU micro-credential elements the describers map (DESIGN.md; ``describe_common``): a title
and learning outcomes in English with Dutch or Danish variants, ECTS credits made unambiguous by an
EQF alignment, EQF levels, assessment, participation, quality assurance. One has expired; one comes
from an issuer the learner has chosen to trust.

The demo password is public by design (:data:`DEMO_PASSWORD`): the folder is temporary and holds
nothing but these samples.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = ["DEMO_PASSWORD", "DemoIssuer", "DemoWallet", "demo_credentials", "fill_vault"]

DEMO_PASSWORD = "satchel-demo"  # noqa: S105 (public by design: a throw-away demo vault)
"""The demo vault's password, shown in the demo window's title. Never use it for a real wallet."""

LEARNER = "did:example:demo-learner"

_ELM = "http://data.europa.eu/snb/model/elm/"
_CONTEXTS: list[Any] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    # The EU elements Open Badges has no terms for, named in the European Learning Model's
    # vocabulary (an inline context: nothing to fetch, and every term is signed).
    {
        "learningOutcomes": {"@id": f"{_ELM}learningOutcome", "@container": "@set"},
        "LearningOutcome": f"{_ELM}LearningOutcome",
        "assessment": f"{_ELM}assessment",
        "participation": f"{_ELM}mode",
        "qualityAssurance": f"{_ELM}accreditation",
        "volumeOfLearning": f"{_ELM}volumeOfLearning",
    },
]


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _lang(**variants: str) -> list[dict[str, str]]:
    """A text in several languages (VC Data Model 2.0 §11.1: a list of language value objects)."""
    return [{"@value": text, "@language": tag} for tag, text in variants.items()]


@dataclass
class DemoIssuer:
    """A fresh Ed25519 key as a did:key, with an OB 3.0 issuer profile."""

    name: str
    country: str
    url: str
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)

    @property
    def did(self) -> str:
        from wallet.verify.multibase import encode_multikey

        return f"did:key:{encode_multikey(self.key.public_key())}"

    @property
    def method(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    def profile(self) -> dict[str, Any]:
        return {
            "id": self.did,
            "type": ["Profile"],
            "name": self.name,
            "url": self.url,
            "address": {"type": ["Address"], "addressCountryCode": self.country},
        }

    def sign(self, document: dict[str, Any], created: datetime) -> dict[str, Any]:
        from wallet.signing.dataintegrity import sign
        from wallet.verify.jsonld.loader import BundledContexts

        return sign(
            document,
            private_key=self.key,
            verification_method=self.method,
            suite="eddsa-rdfc-2022",
            loader=BundledContexts.default(),
            created=created,
        )


@dataclass(frozen=True)
class _Sample:
    slug: str
    title: dict[str, str]
    description: dict[str, str]
    outcomes: tuple[dict[str, str], ...]
    ects: float | None
    hours: float | None
    eqf: int
    assessment: str
    participation: str
    issued_days_ago: int
    valid_days: int | None = None
    issuer: int = 0
    achievement_type: str = "Course"


_ISSUERS = (
    ("Hogeschool Voorbeeld", "NL", "https://hogeschool-voorbeeld.example"),
    ("Eksempel Universitet", "DK", "https://eksempel-universitet.example"),
    ("European Digital Skills Academy", "BE", "https://digital-skills-academy.example"),
    ("Technical Training Institute", "DE", "https://technical-training.example"),
)
TRUSTED_ISSUER = 2
"""The index of the issuer the demo learner has chosen to trust (added to the vault's trust list)."""

_SAMPLES = (
    _Sample(
        "data-literacy",
        {"en": "Data Literacy for Professionals", "nl": "Datageletterdheid voor professionals"},
        {
            "en": "Reading, questioning and presenting data in everyday work.",
            "nl": "Data lezen, bevragen en presenteren in het dagelijkse werk.",
        },
        (
            {"en": "Interpret common charts and summary statistics", "nl": "Veelgebruikte grafieken en kengetallen interpreteren"},
            {"en": "Judge the quality and bias of a data set", "nl": "De kwaliteit en vertekening van een dataset beoordelen"},
            {"en": "Present findings to a non-specialist audience", "nl": "Bevindingen presenteren aan een niet-specialistisch publiek"},
        ),
        5.0,
        None,
        6,
        "Written exam and an individual data project, supervised",
        "Blended: online lessons and four on-site workshops",
        120,
        issuer=0,
    ),
    _Sample(
        "sustainable-energy",
        {"en": "Sustainable Energy Systems", "da": "Bæredygtige energisystemer"},
        {
            "en": "Planning and assessing renewable energy systems for buildings and districts.",
            "da": "Planlægning og vurdering af vedvarende energisystemer til bygninger og bydele.",
        },
        (
            {"en": "Size a heat-pump and solar installation for a building", "da": "Dimensionere et varmepumpe- og solcelleanlæg"},
            {"en": "Compare energy scenarios by cost and emissions", "da": "Sammenligne energiscenarier efter pris og udledning"},
        ),
        3.0,
        None,
        7,
        "Project report and oral examination",
        "On site, full time for three weeks",
        60,
        issuer=1,
    ),
    _Sample(
        "python-programming",
        {
            "en": "Introduction to Python Programming",
            "nl": "Inleiding tot programmeren in Python",
            "da": "Introduktion til Python-programmering",
        },
        {
            "en": "Writing small, tested programs in Python.",
            "nl": "Kleine, geteste programma's schrijven in Python.",
            "da": "Skrive små, testede programmer i Python.",
        },
        (
            {
                "en": "Write functions and tests for everyday tasks",
                "nl": "Functies en tests schrijven voor alledaagse taken",
                "da": "Skrive funktioner og test til hverdagsopgaver",
            },
            {
                "en": "Read and write CSV and JSON files",
                "nl": "CSV- en JSON-bestanden lezen en schrijven",
                "da": "Læse og skrive CSV- og JSON-filer",
            },
        ),
        4.0,
        None,
        5,
        "Automatically graded exercises and a final online exam with identity check",
        "Online, self-paced",
        30,
        issuer=TRUSTED_ISSUER,
    ),
    _Sample(
        "first-aid",
        {"en": "Workplace First Aid", "nl": "Eerste hulp op de werkplek"},
        {"en": "First aid for common workplace injuries.", "nl": "Eerste hulp bij veelvoorkomende letsels op de werkplek."},
        (
            {"en": "Give basic life support and use a defibrillator", "nl": "Basale reanimatie geven en een AED gebruiken"},
            {
                "en": "Treat burns, cuts and fractures until help arrives",
                "nl": "Brandwonden, snijwonden en breuken verzorgen tot hulp komt",
            },
        ),
        None,
        16.0,
        4,
        "Practical assessment by a certified instructor",
        "On site, two days",
        800,
        valid_days=730,
        issuer=3,
        achievement_type="Certificate",
    ),
    _Sample(
        "circular-economy",
        {"en": "Circular Economy Fundamentals", "nl": "Basis van de circulaire economie", "da": "Grundlæggende cirkulær økonomi"},
        {
            "en": "Designing products and services that keep materials in use.",
            "nl": "Producten en diensten ontwerpen die materialen in gebruik houden.",
            "da": "Design af produkter og tjenester, der holder materialer i brug.",
        },
        (
            {
                "en": "Map the material flows of a product",
                "nl": "De materiaalstromen van een product in kaart brengen",
                "da": "Kortlægge et produkts materialestrømme",
            },
            {
                "en": "Propose a circular business model",
                "nl": "Een circulair bedrijfsmodel voorstellen",
                "da": "Foreslå en cirkulær forretningsmodel",
            },
        ),
        2.0,
        None,
        6,
        "Peer-reviewed case study",
        "Online, with live seminars",
        10,
        issuer=0,
    ),
)


def _credential(sample: _Sample, issuer: DemoIssuer, at: datetime) -> dict[str, Any]:
    issued = at - timedelta(days=sample.issued_days_ago)
    achievement: dict[str, Any] = {
        "id": f"{issuer.url}/achievements/{sample.slug}",
        "type": ["Achievement"],
        "achievementType": sample.achievement_type,
        "name": _lang(**sample.title),
        "description": _lang(**sample.description),
        "criteria": {"narrative": sample.assessment},
        "alignment": [
            {
                "type": ["Alignment"],
                "targetName": f"EQF level {sample.eqf}",
                "targetFramework": "European Qualifications Framework",
                "targetUrl": f"http://data.europa.eu/snb/eqf/{sample.eqf}",
                "targetType": "ext:EQFLevel",
            }
        ],
        "inLanguage": "en",
    }
    if sample.ects is not None:
        achievement["creditsAvailable"] = sample.ects
    doc: dict[str, Any] = {
        "@context": json.loads(json.dumps(_CONTEXTS)),
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer.profile(),
        "validFrom": _iso(issued),
        "name": sample.title["en"],
        "credentialSubject": {"id": LEARNER, "type": ["AchievementSubject"], "achievement": achievement},
        # The EU elements Open Badges has no terms for (see _CONTEXTS); the describers look here too.
        "learningOutcomes": [{"type": ["LearningOutcome"], "name": _lang(**outcome)} for outcome in sample.outcomes],
        "assessment": sample.assessment,
        "participation": sample.participation,
        "qualityAssurance": f"Accredited by the national quality assurance agency ({issuer.country})",
    }
    if sample.hours is not None:
        doc["volumeOfLearning"] = f"PT{sample.hours:g}H"
    if sample.valid_days is not None:
        doc["validUntil"] = _iso(issued + timedelta(days=sample.valid_days))
    return issuer.sign(doc, issued)


def demo_issuers() -> list[DemoIssuer]:
    """Fresh issuers (new keys every time)."""
    return [DemoIssuer(name, country, url) for name, country, url in _ISSUERS]


def demo_credentials(issuers: Sequence[DemoIssuer] | None = None, *, at: datetime | None = None) -> list[tuple[str, bytes]]:
    """The sample credentials as ``(file name, JSON bytes)``, signed now (or ``at``). The first-aid
    certificate has expired by ``at``; the others are valid."""
    at = at or datetime.now(UTC)
    issuers = list(issuers) if issuers is not None else demo_issuers()
    out = []
    for sample in _SAMPLES:
        document = _credential(sample, issuers[sample.issuer], at)
        out.append((f"{sample.slug}.json", json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")))
    return out


def fill_vault(vault: Any, *, at: datetime | None = None) -> int:
    """Trust the demo's trusted issuer, then import every sample into ``vault`` (keeping the expired
    one, which fails its validity check). Returns how many were added."""
    from wallet.importer import Status, context_for, import_one

    issuers = demo_issuers()
    trusted = issuers[TRUSTED_ISSUER]
    vault.trust_issuer(trusted.did, trusted.name)
    ctx = context_for(vault, at=at)
    added = 0
    for name, data in demo_credentials(issuers, at=at):
        outcome = import_one(vault, data, name, ctx, keep_invalid=True)
        added += outcome.status is Status.ADDED
    return added


@dataclass(frozen=True)
class DemoWallet:
    """A temporary folder holding a demo vault (``vault/``) and its own settings file."""

    root: Path
    password: str = DEMO_PASSWORD

    @property
    def vault_dir(self) -> Path:
        return self.root / "vault"

    @property
    def settings_path(self) -> Path:
        return self.root / "satchel.ini"

    @classmethod
    def create(cls, *, at: datetime | None = None, kdf: Any = None) -> DemoWallet:
        """Make the folder, the vault (Argon2id at its floor unless ``kdf`` is given: the password is
        public anyway) and the samples; the vault is left locked."""
        from wallet.vault import KdfParams, Vault

        root = Path(tempfile.mkdtemp(prefix="satchel-demo-"))
        demo = cls(root)
        vault, _code = Vault.create(demo.vault_dir, demo.password, kdf=kdf or KdfParams.floor())
        try:
            fill_vault(vault, at=at)
        finally:
            vault.lock()
        return demo

    def remove(self) -> None:
        """Delete the folder and everything in it."""
        shutil.rmtree(self.root, ignore_errors=True)
