"""How the W3C and Open Badges describers find the EU elements (Annex I of the Recommendation).

The mapping rules shared by the W3C (OB 3.0, CLR 2.0, SD-JWT VC) and Open Badges 2.0 describers:

- **Workload** (Annex I, "notional workload ... in ECTS credits, wherever possible"). Explicit
  fields win: ``workload`` ({"ects", "hours"} or a text such as "5 ECTS"), ``ects`` and its
  spellings (the Edubadges ``ECTSExtension``), ELM ``creditPoint`` with an ECTS framework, hours
  from ``studyLoad`` / ``timeInvestment`` / ``hours`` or an ISO 8601 ``volumeOfLearning`` /
  ``timeRequired`` duration. OB 3.0 ``creditsAvailable`` / ``creditsEarned`` have no unit in the
  standard (OB 3.0 §B.1.2 "credit hours ... generally in semester hours"), so they count as ECTS
  only when the credential says it speaks ECTS: an alignment or credit-system field naming ECTS,
  ECTS mentioned in the achievement's own texts, or an alignment to the EQF (a credential placed
  in the European framework counts European credits). Otherwise they are not shown as workload at
  all: credit hours are not hours of work, and converting them would invent a number.
- **Level**: alignments whose framework is the EQF (name, ``ext:EQFLevel`` type or an
  ``http://data.europa.eu/snb/eqf/N`` URI) or the QF-EHEA; explicit ``eqf`` / ``eqfLevel``
  (Edubadges ``EQFExtension``), ``educationalLevel`` when it names the EQF, ``qfEhea``. The QF-EHEA
  cycle is never derived from the EQF level: an EQF 6 vocational qualification is no first cycle.
- **Learning outcomes** (what the learner can do): explicit ``learningOutcome(s)`` fields, then the
  names of alignments to competencies or skills (CASE ``CFItem``, ``ceasn:Competency``, ESCO skills,
  untyped or ``ext:`` alignments; framework alignments such as EQF/ECTS and links to whole
  credentials are not outcomes); when neither exists, the achievement's description, which in
  OB 3.0 states what the achievement recognises. Criteria narratives say how it was earned: they
  go to ``description`` when there is no description, never to outcomes.
- **Assessment, participation, quality assurance, prerequisites, supervision, stackability, further
  information**: no Open Badges vocabulary carries them; they are read from conventionally named
  properties on the achievement, the subject, the credential or their extension objects, and left
  empty otherwise (never invented).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from wallet.formats.describe_common import (
    HASHED_PREFIX,
    MAX_ITEMS,
    MAX_SCAN_DEPTH,
    MAX_SHORT,
    MAX_TEXT,
    Languages,
    amounts,
    as_dict,
    dicts,
    duration_hours,
    norm_key,
    number,
    short,
    text,
    types_of,
)
from wallet.model import Level, Text, Workload

_ECTS = re.compile(r"\bECTS\b|European\s+Credit\s+Transfer", re.IGNORECASE)
_EHEA_FRAMEWORK = re.compile(r"QF[-\s]?EHEA|European\s+Higher\s+Education\s+Area|\bBologna\b", re.IGNORECASE)
_EQF_FRAMEWORK = re.compile(r"\bEQF\b|European\s+Qualifications?\s+Framework", re.IGNORECASE)
_EQF_TEXT = re.compile(r"\b(?:EQF|European\s+Qualifications?\s+Framework)\b\D{0,24}?([1-8])\b", re.IGNORECASE)
_EQF_URI = re.compile(r"/eqf/([1-8])(?:$|[^0-9])", re.IGNORECASE)
_LEVEL_DIGIT = re.compile(r"(?:^|\D)([1-8])(?:$|\D)")


# --- levels -------------------------------------------------------------------------------------


def is_eqf_framework(value: Any) -> bool:
    """Whether a framework name or URI names the European Qualifications Framework."""
    return isinstance(value, str) and (bool(_EQF_FRAMEWORK.search(value[:MAX_SHORT])) or bool(_EQF_URI.search(value[:MAX_SHORT])))


def is_ehea_framework(value: Any) -> bool:
    """Whether a framework name names the QF for the European Higher Education Area."""
    return isinstance(value, str) and bool(_EHEA_FRAMEWORK.search(value[:MAX_SHORT]))


def mentions_ects(value: Any) -> bool:
    """Whether a (short or long) text mentions ECTS credits."""
    if isinstance(value, dict):
        return any(mentions_ects(v) for v in list(value.values())[:16])
    return isinstance(value, str) and bool(_ECTS.search(value[:MAX_TEXT]))


def eqf_level(value: Any, *, framework_known: bool = False) -> int | None:
    """An EQF level 1-8 from an EU vocabulary URI (``http://data.europa.eu/snb/eqf/6``), a text such as
    ``"EQF 6"``, or, when the framework is already known to be EQF, a bare ``6`` / ``"6"`` / ``"Level 6"``.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if framework_known and isinstance(value, int) and 1 <= value <= 8:
            return value
        if framework_known and isinstance(value, float) and value.is_integer() and 1 <= value <= 8:
            return int(value)
        return None
    if not isinstance(value, str):
        obj = as_dict(value)
        return eqf_level(obj.get("id"), framework_known=framework_known) if obj else None
    head = value[:MAX_SHORT]
    match = _EQF_URI.search(head) or _EQF_TEXT.search(head)
    if match:
        return int(match[1])
    if framework_known:
        digit = _LEVEL_DIGIT.findall(head)
        if len(digit) == 1 and len(head.strip()) <= 16:
            return int(digit[0])
    return None


_CYCLES = {
    "short": "short",
    "0": "short",
    "first": "first",
    "1": "first",
    "1st": "first",
    "second": "second",
    "2": "second",
    "2nd": "second",
    "third": "third",
    "3": "third",
    "3rd": "third",
}


def qf_ehea_cycle(value: Any) -> str | None:
    """A QF-EHEA cycle (``short``, ``first``, ``second``, ``third``) from a code or label, or ``None``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _CYCLES.get(str(value))
    if not isinstance(value, str) or len(value) > MAX_SHORT:
        return None
    key = re.sub(r"[^a-z0-9]", "", value.strip().rsplit("/", 1)[-1].lower())
    for prefix in ("qfehea", "level", "cycle"):
        key = key.removeprefix(prefix)
    return _CYCLES.get(key.removesuffix("cycle"))


# --- finding fields in extensions ---------------------------------------------------------------

_SKIP_DESCENT = frozenset(
    {
        "issuer",
        "creator",
        "endorsement",
        "endorsementjwt",
        "verifiablecredential",
        "credentialsubject",
        "proof",
        "evidence",
        "achievement",
        "result",
        "resultdescription",
        "alignment",
        "related",
        "image",
        "source",
        "parentorg",
        "credentialstatus",
        "credentialschema",
        "refreshservice",
        "termsofuse",
        "context",
        "@context",
    }
)


def _is_extension(key: str, value: Mapping[str, Any]) -> bool:
    # OB 2.0 extensions are objects under "extensions:<Name>" keys typed "Extension" (OB 2.0 §Extensions);
    # OB 3.0 extensions add properties in place or under an "extensions" object (OB 3.0 §Extending the Data Model).
    if key.lower().startswith(("extensions:", "ext:")) or norm_key(key) in ("extensions", "extension"):
        return True
    return any("extension" in t.lower() for t in types_of(value))


def walk_fields(scopes: Iterable[Any]) -> Iterator[tuple[str, Any]]:
    """Every ``(normalised key, value)`` of the objects in ``scopes`` and of the extension objects
    inside them (to :data:`MAX_SCAN_DEPTH`), nearest first. Linked credentials and profiles are not entered.
    """
    queue: list[tuple[dict[str, Any], int]] = [(d, 0) for d in scopes if isinstance(d, dict)]
    visited = 0
    while queue and visited < 2000:
        obj, depth = queue.pop(0)
        nested: list[tuple[dict[str, Any], int]] = []
        for key, value in list(obj.items())[:MAX_ITEMS]:
            visited += 1
            if not isinstance(key, str):
                continue
            norm = norm_key(key)
            yield norm, value
            if depth >= MAX_SCAN_DEPTH or norm in _SKIP_DESCENT:
                continue
            for child in dicts(value) if isinstance(value, list | dict) else []:
                if _is_extension(key, child):
                    nested.append((child, depth + 1))
        queue.extend(nested)


class Fields:
    """The properties of some objects and their extension objects (see :func:`walk_fields`), walked
    once and indexed by normalised name, for the many look-ups one description makes."""

    def __init__(self, scopes: Iterable[Any]) -> None:
        self._index: dict[str, list[tuple[int, Any]]] = {}
        for position, (key, value) in enumerate(walk_fields(scopes)):
            self._index.setdefault(key, []).append((position, value))

    def get(self, names: Iterable[str]) -> list[Any]:
        """The values of the properties named ``names`` (compared loosely), nearest first."""
        hits: list[tuple[int, Any]] = []
        for name in {norm_key(n) for n in names}:
            hits.extend(self._index.get(name, ()))
        hits.sort(key=lambda hit: hit[0])
        return [value for _, value in hits]


Scopes = Sequence[Any] | Fields
"""Where to look for a property: objects (walked on each look-up) or a prepared :class:`Fields`."""


def find_values(scopes: Scopes, names: Iterable[str]) -> list[Any]:
    """The values of properties whose normalised name is in ``names`` (see :func:`norm_key`)."""
    index = scopes if isinstance(scopes, Fields) else Fields(scopes)
    return index.get(names)


def find_text(scopes: Scopes, names: Iterable[str], langs: Languages, default_lang: str | None = None) -> Text | None:
    """The first value of a named property that reads as text (see :func:`text`).

    An object (or list of objects) in that place is read through its conventional text properties,
    as extension objects hold their value, e.g. ``{"assessments": [{"assessmentType": "Exam"}]}``.
    """
    names = tuple(names)
    inner = ("name", "title", "narrative", "description", "value", *names)
    wanted = {norm_key(n) for n in inner}
    for value in find_values(scopes, names):
        found = text(value, langs, default_lang)
        if found is None:
            for obj in dicts(value)[:16]:
                for key, val in obj.items():
                    if isinstance(key, str) and norm_key(key) in wanted:
                        found = text(val, langs, default_lang)
                        if found is not None:
                            return found
        if found is not None:
            return found
    return None


# --- learners -----------------------------------------------------------------------------------


def hashed_label(kind: Any) -> str:
    """The learner value for an identity known only by its hash: ``hashed:<kind>`` (``hashed:email``)."""
    tail = short(kind) or "identifier"
    safe = re.sub(r"[^A-Za-z0-9._-]", "", tail.rsplit(":", 1)[-1])[:64] or "identifier"
    return HASHED_PREFIX + safe


def hashed_kind(learner: Text | None) -> str | None:
    """The identity type of a ``hashed:<kind>`` learner value, ``None`` for a real name or identifier."""
    if isinstance(learner, str) and learner.startswith(HASHED_PREFIX):
        return learner[len(HASHED_PREFIX) :] or "identifier"
    return None


def looks_hashed(value: str) -> bool:
    """Whether an identity string is a hash (``sha256$…``, ``md5$…`` as Open Badges writes them)."""
    return bool(re.match(r"^(?:sha\d*|md5)\$[0-9a-fA-F]{16,}$", value.strip()))


def person_name(obj: Any, langs: Languages, default_lang: str | None = None) -> Text | None:
    """A person's name from ``name`` or the parts schema.org and OpenID Connect use."""
    d = as_dict(obj)
    if d is None:
        return None
    named = text(d.get("name"), langs, default_lang, MAX_SHORT)
    if named is not None:
        return named
    for keys in (("givenName", "additionalName", "familyName"), ("given_name", "family_name")):
        parts = [p for p in (short(d.get(k)) for k in keys) if p]
        if parts:
            return " ".join(parts)
    return text(d.get("fullName"), langs, default_lang, MAX_SHORT)


# --- EU elements (rules in the module docstring) -------------------------------------------------

MAX_OUTCOMES = 50

ECTS_KEYS = ("ects", "ectsCredits", "ectsCredit", "ectsPoints", "creditsEcts", "ectsCreditPoints")
HOUR_KEYS = ("hours", "workloadHours", "studyLoad", "studyLoadHours", "timeInvestment", "notionalHours", "studyHours", "learningHours")
DURATION_KEYS = ("volumeOfLearning", "timeRequired", "notionalWorkload")
CREDIT_SYSTEM_KEYS = ("creditSystem", "creditUnit", "creditType", "creditsType", "creditFramework")
OUTCOME_KEYS = ("learningOutcome", "learningOutcomes", "learningOutcomeSummary")

ELEMENT_KEYS: dict[str, tuple[str, ...]] = {
    "assessment": ("assessment", "assessmentType", "typeOfAssessment", "assessmentMethod", "formOfAssessment", "assessments"),
    "participation": (
        "participation",
        "formOfParticipation",
        "modeOfParticipation",
        "learningMode",
        "modeOfLearning",
        "deliveryMode",
        "modeOfDelivery",
        "mode",
        "learningSetting",
    ),
    "quality_assurance": ("qualityAssurance", "qualityAssuranceType", "typeOfQualityAssurance", "accreditation", "accreditations"),
    "prerequisites": ("prerequisites", "prerequisite", "entryRequirements", "entryRequirement", "admissionRequirements"),
    "supervision": ("supervision", "supervisionAndIdentityVerification", "identityVerification", "idVerification", "supervisionType"),
    "stackability": ("stackability", "integrationStackability", "stackabilityOptions", "integration"),
    "further_information": ("furtherInformation", "additionalInformation", "additionalNote"),
}
"""Property names (compared loosely, see ``norm_key``) read for the elements no standard vocabulary carries."""

LANGUAGE_KEYS = ("inLanguage", "language", "languageOfInstruction", "instructionLanguage")

_FRAMEWORK_WORDS = re.compile(r"\bEQF\b|QF[-\s]?EHEA|\bECTS\b|\bNQF\b|\bISCED\b|Qualifications?\s+Framework|/snb/eqf/", re.IGNORECASE)
_OUTCOME_TYPES = frozenset({"cfitem", "ceasn:competency", "ceterms:competency", "esco:skill"})


def _strings(*values: Any) -> str:
    return " ".join(v[:MAX_SHORT] for v in values if isinstance(v, str))


def is_framework_alignment(alignment: dict[str, Any]) -> bool:
    """Whether an OB alignment places the achievement in a framework (EQF, QF-EHEA, ECTS, NQF, ISCED)."""
    joined = _strings(
        alignment.get("targetFramework"),
        alignment.get("targetType"),
        alignment.get("targetUrl"),
        alignment.get("targetName"),
        alignment.get("targetCode"),
        alignment.get("frameworkName"),
    )
    return bool(_FRAMEWORK_WORDS.search(joined)) or (short(alignment.get("targetType")) or "").lower() == "ext:eqflevel"


def _is_outcome_alignment(alignment: dict[str, Any]) -> bool:
    # OB 3.0 §B.3.1 AlignmentTargetType: competencies and CASE items are what a learner can do;
    # ceterms:Credential and CTDL point at whole credentials or programmes.
    kind = (short(alignment.get("targetType")) or "").lower()
    url = short(alignment.get("targetUrl")) or ""
    if "data.europa.eu/esco/skill" in url:
        return True
    return not kind or kind in _OUTCOME_TYPES or kind.startswith("ext:")


def outcomes(
    scopes: Scopes, alignments: Iterable[Any], fallback: Any, langs: Languages, default_lang: str | None = None
) -> tuple[Text, ...]:
    """Learning outcomes: explicit fields, then competency alignments, else ``fallback`` (a description)."""
    found: list[Text] = []
    seen: set[str] = set()

    def add(value: Text | None) -> None:
        if value is None or len(found) >= MAX_OUTCOMES:
            return
        key = repr(sorted(value.items())) if isinstance(value, dict) else value
        if key not in seen:
            seen.add(key)
            found.append(value)

    for value in find_values(scopes, OUTCOME_KEYS):
        items = value if isinstance(value, list) else [value]
        for item in items[:MAX_ITEMS]:
            got = text(item, langs, default_lang)
            if got is None and isinstance(item, dict):
                for key in ("title", "name", "LearningOutcome", "learningOutcome", "description", "prefLabel"):
                    got = text(item.get(key), langs, default_lang)
                    if got is not None:
                        break
            add(got)
    for alignment in dicts(alignments):
        if is_framework_alignment(alignment) or not _is_outcome_alignment(alignment):
            continue
        add(text(alignment.get("targetName"), langs, default_lang) or text(alignment.get("targetDescription"), langs, default_lang))
        # OB 2.0 AlignmentObject (and OB 1.x) used "name" rather than "targetName".
        if alignment.get("targetName") is None and alignment.get("targetDescription") is None:
            add(text(alignment.get("name"), langs, default_lang))
    if not found:
        add(text(fallback, langs, default_lang))
    return tuple(found)


def ects_context(scopes: Scopes, alignments: Iterable[Any], texts: Iterable[Any]) -> bool:
    """Whether unit-less credits (OB 3.0 ``creditsAvailable``/``creditsEarned``) are ECTS credits."""
    for alignment in dicts(alignments):
        if mentions_ects(_strings(alignment.get("targetFramework"), alignment.get("targetName"), alignment.get("targetType"))):
            return True
        if is_eqf_framework(_strings(alignment.get("targetFramework"), alignment.get("targetUrl"), alignment.get("targetType"))):
            return True
    if any(mentions_ects(v) for v in find_values(scopes, CREDIT_SYSTEM_KEYS)):
        return True
    if find_values(scopes, ("eqf", "eqfLevel")):
        return True
    return any(mentions_ects(t) for t in texts)


def workload(scopes: Scopes, credits: Iterable[Any] = (), *, ects_credits: bool = False) -> Workload:
    """The notional workload (see the module docstring for the rules). ``credits`` are the unit-less
    OB 3.0 credit values, most relevant first, counted as ECTS only when ``ects_credits``."""
    ects: float | None = None
    hours: float | None = None
    for value in find_values(scopes, ("workload", "notionalWorkload", "studyWorkload")):
        obj = as_dict(value)
        if obj is not None:
            ects = ects if ects is not None else number(obj.get("ects"))
            hours = hours if hours is not None else number(obj.get("hours"))
        else:
            e, h = amounts(value)
            ects = ects if ects is not None else e
            hours = hours if hours is not None else h
    if ects is None:
        ects = next((n for n in (number(v) for v in find_values(scopes, ECTS_KEYS)) if n is not None), None)
    if ects is None:
        for value in find_values(scopes, ("creditPoint", "creditPoints", "credit")):
            for point in dicts(value):
                framework = point.get("framework", point.get("creditSystem"))
                if mentions_ects(framework) or mentions_ects(_strings(point.get("id"), point.get("type"))):
                    ects = number(point.get("point", point.get("value")))
                    if ects is not None:
                        break
            if ects is not None:
                break
    if hours is None:
        hours = next((n for n in (number(v) for v in find_values(scopes, HOUR_KEYS)) if n is not None), None)
    if hours is None:
        hours = next((n for n in (duration_hours(v) for v in find_values(scopes, DURATION_KEYS)) if n is not None), None)
    if ects is None and ects_credits:
        ects = next((n for n in (number(c) for c in credits) if n is not None), None)
    return Workload(ects=ects, hours=hours)


def level(scopes: Scopes, alignments: Iterable[Any]) -> Level:
    """The EQF level and QF-EHEA cycle from alignments and explicit fields."""
    eqf: int | None = None
    cycle: str | None = None
    for alignment in dicts(alignments):
        framework = _strings(alignment.get("targetFramework"), alignment.get("frameworkName"), alignment.get("targetType"))
        code = alignment.get("targetCode")
        url = alignment.get("targetUrl")
        name = alignment.get("targetName", alignment.get("name"))
        if eqf is None:
            known = is_eqf_framework(framework) or (short(alignment.get("targetType")) or "").lower() == "ext:eqflevel"
            eqf = eqf_level(url) or eqf_level(code, framework_known=known) or eqf_level(name, framework_known=known)
        if cycle is None and is_ehea_framework(framework):
            cycle = qf_ehea_cycle(code) or qf_ehea_cycle(name)
    if eqf is None:
        eqf = next((n for n in (eqf_level(v, framework_known=True) for v in find_values(scopes, ("eqf", "eqfLevel"))) if n), None)
    if eqf is None:
        eqf = next((n for n in (eqf_level(v) for v in find_values(scopes, ("educationalLevel", "qualificationLevel"))) if n), None)
    if cycle is None:
        cycle = next(
            (c for c in (qf_ehea_cycle(v) for v in find_values(scopes, ("qfEhea", "qfEheaLevel", "qfEheaCycle", "ehea"))) if c), None
        )
    return Level(eqf=eqf, qf_ehea=cycle)


def element_texts(scopes: Scopes, langs: Languages, default_lang: str | None = None) -> dict[str, Any]:
    """The optional and extension-carried elements (see :data:`ELEMENT_KEYS`) by record field name."""
    return {field: find_text(scopes, names, langs, default_lang) for field, names in ELEMENT_KEYS.items()}


def languages_in(scopes: Scopes, langs: Languages) -> None:
    """Add the languages named by ``inLanguage`` and similar fields (Edubadges ``LanguageExtension``)."""
    for value in find_values(scopes, LANGUAGE_KEYS):
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                langs.add(item)
            elif isinstance(item, dict):
                langs.add(item.get("code", item.get("id")))
