"""Describing European Digital Credentials (ELM 3 JSON-LD) as the EU micro-credential elements.

The European Learning Model 3 states a credential as claims about a ``credentialSubject`` (Person):
``hasClaim`` holds learning achievements (and activities, assessments, entitlements), each
``specifiedBy`` a specification or ``Qualification`` (title, EQF level, credit points, volume of
learning, learning outcomes, entry requirements, mode, learning setting, accreditation),
``awardedBy`` an awarding process (awarding body, date), ``provenBy`` assessments (grade, ID
verification, assessment type). Controlled values are SKOS ``Concept`` objects whose ``prefLabel``
is a language map: every language the credential carries is kept.

Where the Council Recommendation's element (Annex I) sits in ELM 3:

============================  =========================================================================
learner                       credentialSubject fullName, else givenName + familyName
title                         the first achievement's title, else its specification's, else the credential's
issuer_country                issuer location address countryCode (EU authority country code)
awarding_body                 awardedBy awardingBody legalName, else the issuer's legalName
issued                        issued, else issuanceDate, else awardedBy awardingDate
learning_outcomes             specification learningOutcome titles
workload                      creditPoint with an ECTS framework -> ects; volumeOfLearning (or an
                              activity's workload) -> hours
level                         eqfLevel concept (http://data.europa.eu/snb/eqf/6); QF-EHEA concept
assessment                    provenBy assessment specification type (dcType) label, else its title
participation                 specification mode label, with the learningSetting label
quality_assurance             accreditation; else the credential's Evidence type (e.g. Mandate)
prerequisites                 entryRequirement
supervision                   provenBy idVerification (supervision and ID verification concept)
grade                         provenBy grade
stackability                  hasPart / isPartOf titles, integrationOptions notes
further_information           additionalNote, supplementaryDocument / homepage of the specification
valid_until                   validUntil, else expirationDate
============================  =========================================================================
"""

from __future__ import annotations

from typing import Any

from wallet.formats.base import Parsed
from wallet.formats.describe_common import (
    Languages,
    as_dict,
    dicts,
    duration_hours,
    first_dict,
    ident,
    iso_date,
    number,
    short,
    text,
)
from wallet.formats.describe_elements import (
    eqf_level,
    mentions_ects,
    qf_ehea_cycle,
)
from wallet.formats.jsonsafe import loads
from wallet.model import CredentialRecord, Level, Text, Workload, text_in

__all__ = ["describe_edc", "describe_edc_document"]

MAX_CLAIMS = 16
MAX_OUTCOMES = 50

# EU Publications Office country authority codes (ISO 3166-1 alpha-3) -> alpha-2, for the EEA and neighbours.
_ALPHA3 = {
    "AUT": "AT", "BEL": "BE", "BGR": "BG", "HRV": "HR", "CYP": "CY", "CZE": "CZ", "DNK": "DK", "EST": "EE",
    "FIN": "FI", "FRA": "FR", "DEU": "DE", "GRC": "GR", "HUN": "HU", "IRL": "IE", "ITA": "IT", "LVA": "LV",
    "LTU": "LT", "LUX": "LU", "MLT": "MT", "NLD": "NL", "POL": "PL", "PRT": "PT", "ROU": "RO", "SVK": "SK",
    "SVN": "SI", "ESP": "ES", "SWE": "SE", "ISL": "IS", "LIE": "LI", "NOR": "NO", "CHE": "CH", "GBR": "GB",
    "TUR": "TR", "MKD": "MK", "SRB": "RS", "MNE": "ME", "ALB": "AL", "BIH": "BA", "UKR": "UA", "MDA": "MD",
}  # fmt: skip
_ECTS_FRAMEWORK = "http://data.europa.eu/snb/education-credit/6fcec5c5af"


def _label(value: Any, langs: Languages) -> Text | None:
    """The ``prefLabel`` of a Concept (all languages), or the value itself when it is a text."""
    obj = as_dict(value)
    if obj is not None and ("prefLabel" in obj or obj.get("type") == "Concept"):
        return text(obj.get("prefLabel"), langs)
    return text(value, langs)


def _labels(value: Any, langs: Languages) -> list[Text]:
    items = value if isinstance(value, list) else [value]
    return [t for t in (_label(v, langs) for v in items[:MAX_OUTCOMES]) if t]


def _note(value: Any, langs: Languages) -> Text | None:
    """An ELM ``Note`` (``noteLiteral``), a text, or the first of a list of them."""
    for item in value if isinstance(value, list) else [value]:
        obj = as_dict(item)
        found = text(obj.get("noteLiteral"), langs) if obj is not None and "noteLiteral" in obj else _label(item, langs)
        if found:
            return found
    return None


def _join(parts: list[Text], sep: str = "; ") -> Text | None:
    """Several texts as one: per language when any is a language map (a plain text joins every language)."""
    parts = [p for p in parts if p]
    if not parts:
        return None
    if all(isinstance(p, str) for p in parts):
        return sep.join(dict.fromkeys(p for p in parts if isinstance(p, str)))
    langs = [k for p in parts if isinstance(p, dict) for k in p]
    out: dict[str, str] = {}
    for lang in dict.fromkeys(langs):
        pieces = []
        for p in parts:
            if isinstance(p, str):
                pieces.append(p)
            elif lang in p:
                pieces.append(p[lang])
            elif p:
                pieces.append(next(iter(p.values())))
        out[lang] = sep.join(dict.fromkeys(pieces))
    return out


def _person(subject: dict[str, Any], langs: Languages) -> Text | None:
    full = text(subject.get("fullName"), langs)
    if full:
        return full
    given, family = text(subject.get("givenName"), langs), text(subject.get("familyName"), langs)
    return _join([t for t in (given, family) if t], " ")


def _country(org: dict[str, Any] | None) -> str | None:
    if org is None:
        return None
    for location in dicts(org.get("location"))[:4]:
        for address in dicts(location.get("address"))[:4]:
            code = ident(address.get("countryCode"))
            if code:
                tail = code.rstrip("/").rsplit("/", 1)[-1].upper()
                return _ALPHA3.get(tail, tail[:8])
    return None


def _org_name(org: dict[str, Any] | None, langs: Languages) -> Text | None:
    if org is None:
        return None
    return text(org.get("legalName"), langs) or text(org.get("prefLabel"), langs) or text(org.get("altLabel"), langs)


def _workload(specs: list[dict[str, Any]], claims: list[dict[str, Any]]) -> Workload:
    ects = hours = None
    # ELM 3: a LearningActivity states the time actually spent as its own ``workload`` duration.
    for claim in claims:
        hours = hours if hours is not None else duration_hours(claim.get("workload"))
    for spec in specs:
        for credit in dicts(spec.get("creditPoint")):
            framework = credit.get("framework")
            framework_obj = as_dict(framework) or {}
            label = framework_obj.get("prefLabel") if framework_obj else framework
            if ident(framework) == _ECTS_FRAMEWORK or mentions_ects(label) or mentions_ects(ident(framework)):
                ects = ects if ects is not None else number(credit.get("point"))
        if hours is None:
            hours = duration_hours(spec.get("volumeOfLearning"))
    return Workload(ects=ects, hours=hours)


def _concepts(value: Any) -> list[Any]:
    return [v for v in (value if isinstance(value, list) else [value])[:16] if v is not None]


def _level(specs: list[dict[str, Any]]) -> Level:
    eqf: int | None = None
    qf: str | None = None
    for spec in specs:
        # EQF: the eqfLevel concept (http://data.europa.eu/snb/eqf/6); an NQF level URI of the EQF scheme too.
        for concept in _concepts(spec.get("eqfLevel")) + _concepts(spec.get("nqfLevel")):
            eqf = eqf if eqf is not None else eqf_level(ident(concept))
        # QF-EHEA: a cycle concept, given under its own property or as an NQF level of the QF-EHEA scheme.
        for key in ("qfEheaLevel", "eheaLevel", "nqfLevel"):
            for concept in _concepts(spec.get(key)):
                obj = as_dict(concept) or {}
                scheme = (ident(obj.get("inScheme")) or "").lower()
                cid = ident(concept) or ""
                if qf is None and (key != "nqfLevel" or "ehea" in cid.lower() or "ehea" in scheme):
                    qf = qf_ehea_cycle(cid) or qf_ehea_cycle(short(obj.get("notation")))
    return Level(eqf=eqf, qf_ehea=qf)


def _achievements(subject: dict[str, Any]) -> list[dict[str, Any]]:
    claims = dicts(subject.get("hasClaim"))[:MAX_CLAIMS]
    # ELM 3 ordering does not matter; achievements describe the learning, so they come first.
    return sorted(claims, key=lambda c: 0 if "LearningAchievement" in str(c.get("type")) else 1)


def describe_edc_document(doc: dict[str, Any]) -> CredentialRecord:
    """The learner-facing record of an ELM 3 credential document (see the module table).

    Never raises for an unexpected shape: missing or ill-typed fields are left empty.
    """
    langs = Languages()
    subject = first_dict(doc.get("credentialSubject")) or {}
    issuer = as_dict(doc.get("issuer"))
    claims = _achievements(subject)
    claim = claims[0] if claims else {}
    specs = [s for c in claims for s in dicts(c.get("specifiedBy"))]
    spec = specs[0] if specs else {}
    awarding = first_dict(claim.get("awardedBy")) or {}
    awarding_body = first_dict(awarding.get("awardingBody"))
    assessments = [a for c in claims for a in dicts(c.get("provenBy"))]
    assessment = assessments[0] if assessments else {}
    assessment_spec = first_dict(assessment.get("specifiedBy")) or {}
    display = first_dict(doc.get("displayParameter")) or {}

    outcomes: list[Text] = []
    for s in specs:
        for outcome in dicts(s.get("learningOutcome"))[:MAX_OUTCOMES]:
            found = text(outcome.get("title"), langs) or _label(outcome, langs)
            if found and found not in outcomes:
                outcomes.append(found)

    assessment_text = (
        _label(assessment_spec.get("dcType"), langs) or text(assessment_spec.get("title"), langs) or text(assessment.get("title"), langs)
    )
    modes = [m for s in specs for m in _labels(s.get("mode"), langs)]
    if not modes:
        activity_specs = [a for c in claims for act in dicts(c.get("influencedBy")) for a in dicts(act.get("specifiedBy"))]
        modes = [m for s in activity_specs for m in _labels(s.get("mode"), langs)]
    settings = [t for s in specs for t in _labels(s.get("learningSetting"), langs)]

    accreditations = [a for holder in (*specs, claim, awarding_body or {}, issuer or {}) for a in dicts(holder.get("accreditation"))]
    quality: Text | None = _join(
        [
            t
            for a in accreditations[:4]
            for t in (
                text(a.get("title"), langs) or _label(a.get("dcType"), langs),
                _org_name(first_dict(a.get("accreditingAgent")), langs),
            )
            if t
        ]
    )
    if quality is None:
        # No accreditation: ELM 3 states the basis on which the claims are made as the credential's
        # Evidence (its dcType from the evidence-type vocabulary, e.g. "Mandate"); that is the
        # assurance the credential itself offers, so it is what the learner is shown.
        evidence = [e for e in dicts(doc.get("evidence"))[:4]]
        quality = _join([t for e in evidence for t in (_label(e.get("dcType"), langs),) if t])
        if quality is None:
            quality = _join([t for e in evidence for t in (text(e.get("evidenceStatement"), langs),) if t])

    supervision = _label(assessment.get("idVerification"), langs) or _label(
        assessment_spec.get("methodOfAssessmentSupervisionAndIdVerification") or spec.get("methodOfAssessmentSupervisionAndIdVerification"),
        langs,
    )
    grade = _note(assessment.get("grade"), langs)

    parts = [text(p.get("title"), langs) for c in claims for key in ("hasPart", "isPartOf") for p in dicts(c.get(key))[:8]]
    parts += [text(p.get("title"), langs) for s in specs for key in ("hasPart", "isPartOf") for p in dicts(s.get(key))[:8]]
    stackability = _join([p for p in parts if p] + [t for s in specs for t in (_note(s.get("integrationOptions"), langs),) if t])

    further: list[Text] = [t for c in claims for t in (_note(c.get("additionalNote"), langs),) if t]
    for s in specs:
        further += [t for t in (_note(s.get("additionalNote"), langs),) if t]
        for key in ("supplementaryDocument", "homepage"):
            further += [u for u in (short(d.get("contentURL")) for d in dicts(s.get(key))) if u]

    issued = iso_date(doc.get("issued")) or iso_date(doc.get("issuanceDate")) or iso_date(awarding.get("awardingDate"))
    valid_until = iso_date(doc.get("validUntil")) or iso_date(doc.get("expirationDate"))
    title = (
        text(claim.get("title"), langs)
        or text(spec.get("title"), langs)
        or text(doc.get("title"), langs)
        or text(display.get("title"), langs)
    )
    description = text(claim.get("description"), langs) or text(spec.get("description"), langs) or text(display.get("description"), langs)

    return CredentialRecord(
        learner=_person(subject, langs),
        title=title,
        issuer_country=_country(issuer) or _country(awarding_body),
        awarding_body=_org_name(awarding_body, langs) or _org_name(issuer, langs),
        issued=issued,
        learning_outcomes=tuple(outcomes),
        workload=_workload(specs, claims),
        level=_level(specs),
        assessment=assessment_text,
        participation=_join(modes + settings),
        quality_assurance=quality,
        prerequisites=_note(spec.get("entryRequirement"), langs),
        supervision=supervision,
        grade=grade,
        stackability=stackability,
        further_information=_join(further),
        valid_until=valid_until,
        description=description,
        issuer_id=ident(issuer) or short(doc.get("issuer")),
        subject_id=ident(subject),
        achievement_type=short(text_in(_label(spec.get("dcType"), langs))),
        languages=langs.tuple(),
    )


def _first_inner_unverified(vp: dict[str, Any]) -> dict[str, Any] | None:
    for item in dicts(vp.get("verifiableCredential"))[:1]:
        payload = item.get("payload")
        if isinstance(payload, str):
            inner = loads(payload)
            return inner if isinstance(inner, dict) else None
        return item
    return None


def describe_edc(parsed: Parsed) -> CredentialRecord:
    """The record of an EDC (sealed or not); for a presentation, of its first credential.

    Raises :class:`wallet.errors.InputError` subclasses only (an embedded sealed payload that is not JSON).
    """
    doc = parsed.document
    types = doc.get("type")
    if "VerifiablePresentation" in (types if isinstance(types, list) else [types]):
        inner = _first_inner_unverified(doc)
        return describe_edc_document(inner) if inner is not None else CredentialRecord()
    return describe_edc_document(doc)
