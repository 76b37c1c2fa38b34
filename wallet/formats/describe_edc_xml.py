"""The learner-facing record of a Europass XML credential (EDCI 1.x/2.x), every language kept.

EDCI 1.2+ (namespace ``http://data.europa.eu/snb``) keeps most things in reference sections —
``agentReferences/organization``, ``learningSpecificationReferences``,
``learningOutcomeReferences``, ``assessmentSpecificationReferences``, ``awardingProcessReferences``,
``accreditationReferences`` — that the credential subject points to with ``idref``. EDCI 1.0 (no
namespace) writes them inline (``issuer/preferredName``, ``issuanceDate``). Both are read by local
name. Only the document minus its signatures is read (:func:`credential_tree_unverified`).

Mapping onto the EU elements (Council Recommendation 2022/C 243/02, Annex I):
title ← ``title``; awarding body ← the awarding process's ``awardingBody`` (else the ``issuer``);
issuer country ← that organisation's address country (EU authority table code) or its
registration's ``spatialID``; issued ← ``issued``/``issuanceDate``; valid until ←
``validUntil``/``expirationDate``; learning outcomes ← ``learningOutcome`` labels; workload ←
``hasECTSCreditPoints`` and ``volumeOfLearning``/``workload``; level ← ``eqfLevel``; assessment
and grade ← the achievement's ``wasDerivedFrom``; participation ← ``mode``/``learningSettingType``;
quality assurance ← ``accreditation``; entry requirements ← ``entryRequirementsNote``; supervision
← ``idVerificationMethod``; further information ← ``additionalNote``; learner ← ``fullName``.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from wallet.formats.base import Parsed
from wallet.formats.describe_common import (
    duration_hours,
    iso_date,
    number,
)
from wallet.formats.edc_xml import credential_tree_unverified
from wallet.model import CredentialRecord, Level, Text, Workload

__all__ = ["describe_edc_xml"]

MAX_TEXT = 4000
MAX_OUTCOMES = 100
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# EU Publications Office country table (ISO 3166-1 alpha-3 in its URIs) → the alpha-2 codes the
# EU trusted lists and the rest of Satchel use.
_ALPHA3 = {
    "AUT": "AT", "BEL": "BE", "BGR": "BG", "CYP": "CY", "CZE": "CZ", "DEU": "DE", "DNK": "DK", "EST": "EE",
    "GRC": "EL", "ESP": "ES", "FIN": "FI", "FRA": "FR", "HRV": "HR", "HUN": "HU", "IRL": "IE", "ISL": "IS",
    "ITA": "IT", "LIE": "LI", "LTU": "LT", "LUX": "LU", "LVA": "LV", "MLT": "MT", "NLD": "NL", "NOR": "NO",
    "POL": "PL", "PRT": "PT", "ROU": "RO", "SWE": "SE", "SVN": "SI", "SVK": "SK", "GBR": "UK", "CHE": "CH",
}  # fmt: skip


def _ln(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: etree._Element | None, name: str) -> list[etree._Element]:
    if el is None:
        return []
    return [c for c in el if _ln(c) == name]


def _child(el: etree._Element | None, *path: str) -> etree._Element | None:
    for name in path:
        found = _children(el, name)
        if not found:
            return None
        el = found[0]
    return el


def _descendants(el: etree._Element | None, name: str) -> list[etree._Element]:
    if el is None:
        return []
    return [d for d in el.iter() if _ln(d) == name]


def _plain(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    value = " ".join("".join(str(t) for t in el.itertext()).split())
    return value[:MAX_TEXT] or None


def _text(el: etree._Element | None) -> Text | None:
    """A multilingual element: ``<x><text lang="en">…</text>…</x>`` (EDCI 1.2 ``lang``, 1.0
    ``language``) → ``{lang: text}``; a bare text element → its string."""
    if el is None:
        return None
    texts = _children(el, "text")
    if not texts:
        return _plain(el)
    out: dict[str, str] = {}
    for t in texts:
        lang = (t.get("lang") or t.get("language") or t.get(XML_LANG) or "").strip()[:16]
        value = _plain(t)
        if value and lang not in out:
            out[lang] = value
    if not out:
        return None
    if list(out) == [""]:
        return out[""]
    return out


def _code_label(el: etree._Element | None) -> Text | None:
    """A controlled-vocabulary value: its ``targetName`` (1.2) or ``name``/``content`` (1.0)."""
    if el is None:
        return None
    return _text(_child(el, "targetName")) or _plain(_child(el, "name")) or _plain(_child(el, "content"))


def _join(values: Iterable[Text | None]) -> Text | None:
    """Several texts as one, language by language."""
    items = [v for v in values if v]
    if not items:
        return None
    if all(isinstance(v, str) for v in items):
        return "; ".join(dict.fromkeys(v for v in items if isinstance(v, str)))
    merged: dict[str, list[str]] = {}
    for v in items:
        for lang, text in v.items() if isinstance(v, dict) else [("", v)]:
            merged.setdefault(lang, [])
            if text not in merged[lang]:
                merged[lang].append(text)
    return {lang: "; ".join(texts) for lang, texts in merged.items()}


class _Index:
    """Elements by ``id`` (reference sections), so ``idref`` pointers can be followed."""

    def __init__(self, root: etree._Element) -> None:
        self.by_id: dict[str, etree._Element] = {}
        for el in root.iter():
            if isinstance(el.tag, str) and el.get("id") and len(el) > 0:
                self.by_id.setdefault(el.get("id", ""), el)

    def resolve(self, el: etree._Element | None) -> etree._Element | None:
        if el is None:
            return None
        ref = el.get("idref")
        return self.by_id.get(ref) if ref else el


def _org_name(org: etree._Element | None) -> Text | None:
    return _text(_child(org, "prefLabel")) or _text(_child(org, "preferredName")) or _text(_child(org, "legalName"))


def _country(org: etree._Element | None) -> str | None:
    if org is None:
        return None
    for country in [*_descendants(_child(org, "hasLocation"), "country"), *_descendants(org, "countryCode")]:
        uri = country.get("uri") or _plain(_child(country, "codeId")) or ""
        code = uri.rstrip("/").rsplit("/", 1)[-1].upper()
        if code in _ALPHA3:
            return _ALPHA3[code]
        if len(code) == 2 and code.isalpha():
            return code
    for reg in (_child(org, "registration"), _child(org, "vatIdentifier")):
        spatial = (reg.get("spatialID") or "").upper() if reg is not None else ""
        if len(spatial) == 2 and spatial.isalpha():
            return spatial
    return None


def _issuer_id(cred: etree._Element, issuer: etree._Element | None) -> str | None:
    ref = _child(cred, "issuer")
    value = (issuer.get("id") if issuer is not None else None) or (ref.get("idref") if ref is not None else None)
    return value[:512] if value else None


def _credential(root: etree._Element) -> etree._Element:
    if _ln(root) == "europassCredential":
        return root
    found = _descendants(root, "europassCredential")
    return found[0] if found else root


def describe_edc_xml(parsed: Parsed) -> CredentialRecord:
    """Map a Europass XML credential (or the first credential of a presentation) onto the EU elements.

    Raises :class:`wallet.errors.MalformedInput` (via the hardened parser) for bytes that are not
    safe XML; a credential that lacks an element simply leaves it empty.
    """
    root = credential_tree_unverified(parsed)
    cred = _credential(root)
    idx = _Index(root)
    subject = _child(cred, "credentialSubject")
    achievements = [
        *_descendants(_child(subject, "achievements"), "learningAchievement"),
        *_descendants(_child(subject, "achievements"), "achieved"),
    ]
    main = achievements[0] if achievements else None
    spec = idx.resolve(_child(main, "specifiedBy"))
    # Awarding body: the awarding process of the main achievement, else the credential's issuer.
    process = idx.resolve(_child(main, "wasAwardedBy"))
    awarding = idx.resolve(_child(process, "awardingBody"))
    issuer = idx.resolve(_child(cred, "issuer"))
    if _org_name(awarding) is None:
        awarding = issuer
    assessment_el = _child(main, "wasDerivedFrom")
    assessment_spec = idx.resolve(_child(assessment_el, "specifiedBy"))
    outcomes: list[Text] = []
    for ref in _descendants(_child(spec, "learningOutcomes"), "learningOutcome") or _descendants(cred, "learningOutcome"):
        lo = idx.resolve(ref)
        label = _text(_child(lo, "prefLabel")) or _text(_child(lo, "title")) or _text(_child(lo, "description"))
        if label and label not in outcomes:
            outcomes.append(label)
        if len(outcomes) >= MAX_OUTCOMES:
            break
    ects = number(_plain(_child(spec, "hasECTSCreditPoints")) or _plain(_child(spec, "ECTSCreditPoints")))
    hours = duration_hours(_plain(_child(spec, "volumeOfLearning")) or _plain(_child(spec, "workload")) or "")
    if hours is None:
        activity = _child(subject, "performed")
        hours = duration_hours(_plain(_child(activity, "workload")) or "")
    eqf: int | None = None
    for lvl in [_child(spec, "eqfLevel"), *_descendants(cred, "eqfLevel")]:
        uri = (lvl.get("uri") or "") if lvl is not None else ""
        tail = uri.rstrip("/").rsplit("/", 1)[-1]
        if tail.isdigit() and 1 <= int(tail) <= 8:
            eqf = int(tail)
            break
    modes = [_code_label(_child(spec, "mode")), _code_label(_child(spec, "learningSettingType"))]
    modes += [_code_label(m) for m in _descendants(_child(subject, "performed"), "mode")[:2]]
    accreditations = [idx.resolve(a) for a in _descendants(cred, "accreditation")]
    qa = _join(_text(_child(a, "title")) for a in accreditations if a is not None)
    grade = _plain(_child(assessment_el, "grade"))
    assessment = _join(
        [_text(_child(assessment_el, "title")), _code_label(_child(assessment_spec, "type")), _text(_child(assessment_spec, "title"))]
    )
    learner = _text(_child(subject, "fullName")) or _join([_text(_child(subject, "givenNames")), _text(_child(subject, "familyName"))])
    languages = sorted({t.get("lang") or t.get("language") or "" for t in _descendants(cred, "text")} - {""})[:32]
    return CredentialRecord(
        learner=learner,
        title=_text(_child(cred, "title")) or _text(_child(main, "title")),
        issuer_country=_country(awarding) or _country(issuer),
        awarding_body=_org_name(awarding),
        issued=iso_date(_plain(_child(cred, "issued")) or _plain(_child(cred, "issuanceDate"))),
        learning_outcomes=tuple(outcomes),
        workload=Workload(ects=ects, hours=hours),
        level=Level(eqf=eqf),
        assessment=assessment,
        participation=_join(modes),
        quality_assurance=qa,
        prerequisites=_text(_child(spec, "entryRequirementsNote")),
        supervision=_code_label(_child(assessment_el, "idVerificationMethod")),
        grade=grade,
        further_information=_text(_child(main, "additionalNote")) or _text(_child(spec, "additionalNote")),
        valid_until=iso_date(_plain(_child(cred, "validUntil")) or _plain(_child(cred, "expirationDate"))),
        description=_text(_child(cred, "description")),
        issuer_id=_issuer_id(cred, issuer),
        subject_id=subject.get("id") if subject is not None else None,
        achievement_type=_plain(_child(_child(cred, "type"), "targetName")) or _plain(_child(_child(cred, "type"), "content")),
        languages=tuple(languages),
    )
