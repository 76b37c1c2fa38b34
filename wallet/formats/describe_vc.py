"""Describing W3C Verifiable Credentials onto the EU elements: Open Badges 3.0, CLR 2.0, any VC
(JSON-LD, VC-JWT, VC-JOSE) and SD-JWT VCs.

Reads the *unverified* document: the record is what the credential says, and the report says
whether to believe it. Nothing here follows a URL; a wrong shape anywhere leaves that element empty.
The mapping rules shared with Open Badges 2.0 are in :mod:`wallet.formats.describe_common`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from wallet.errors import InputError, MalformedInput, VerificationError
from wallet.formats.base import Parsed
from wallet.formats.describe_common import (
    MAX_ITEMS,
    MAX_SHORT,
    Languages,
    as_dict,
    as_list,
    context_language,
    dicts,
    first_dict,
    ident,
    iso_date,
    number,
    number_text,
    plain_text,
    short,
    text,
    types_of,
)
from wallet.formats.describe_elements import (
    Fields,
    ects_context,
    element_texts,
    find_text,
    hashed_label,
    languages_in,
    level,
    looks_hashed,
    outcomes,
    person_name,
    workload,
)
from wallet.formats.sdjwt import process_disclosures_unverified, split_sd_jwt_unverified
from wallet.model import CredentialRecord, Text, Workload

__all__ = ["describe_credential", "describe_sd_jwt_vc", "describe_vc"]

_GENERIC_TYPES = frozenset({"VerifiableCredential", "VerifiablePresentation", "EnvelopedVerifiableCredential"})
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2,3}$")


def describe_vc(parsed: Parsed) -> CredentialRecord:
    """The learner-facing record of a ``vc-jsonld``, ``vc-jwt`` or ``vp-jsonld`` credential.

    For a VC-JWT (VC Data Model 1.1 §6.3.1) the credential is the ``vc`` claim and the registered
    claims fill what it leaves out (``iss``, ``sub``, ``nbf``, ``iat``, ``exp``); for VC-JOSE
    (VC-JOSE-COSE §3.1.1) the claims are the credential itself. A presentation is described by the
    one credential it embeds, or by its own name and type when it embeds several or none.

    Raises :class:`MalformedInput` only when the document is not a JSON object.
    """
    doc = parsed.document
    if not isinstance(doc, dict):
        raise MalformedInput("the credential is not a JSON object", reason="structure")
    if parsed.format == "vc-jwt":
        vp = as_dict(doc.get("vp"))
        if vp is not None:
            return _describe_presentation(vp)
        vc = as_dict(doc.get("vc"))
        return describe_credential(vc if vc is not None else doc, jwt=doc)
    if parsed.format == "vp-jsonld" or "VerifiablePresentation" in types_of(doc):
        return _describe_presentation(doc)
    return describe_credential(doc)


def describe_sd_jwt_vc(parsed: Parsed) -> CredentialRecord:
    """The learner-facing record of an SD-JWT VC (draft-ietf-oauth-sd-jwt-vc §3.2) from its disclosed claims.

    Uses the processed claim set when the reader or verifier left one (``document`` without ``_sd``
    digests, or ``extras["claims"]``); otherwise applies the disclosures in ``parsed.token`` to the
    issuer-signed claims itself, without verifying anything (RFC 9901 §7.1 steps 3-5). A VC Data
    Model credential secured as SD-JWT is described as a VC.

    Raises :class:`MalformedInput` only when the document is not a JSON object.
    """
    doc = parsed.document
    if not isinstance(doc, dict):
        raise MalformedInput("the credential is not a JSON object", reason="structure")
    claims = _sd_jwt_claims(parsed, doc)
    vc = as_dict(claims.get("vc"))
    if vc is not None:
        return describe_credential(vc, jwt=claims)
    if "credentialSubject" in claims or "@context" in claims:
        return describe_credential(claims, jwt=claims)
    return _describe_sd_jwt_claims(claims)


# --- W3C credentials ----------------------------------------------------------------------------


def describe_credential(vc: dict[str, Any], jwt: dict[str, Any] | None = None) -> CredentialRecord:
    """Describe one VC object; ``jwt`` holds the JWT claims it came in, if any (their registered
    claims fill what the credential leaves out). Never raises for a wrong shape."""
    jwt = jwt or {}
    langs = Languages()
    lang = context_language(vc)
    types = types_of(vc)
    subjects = dicts(vc.get("credentialSubject"))
    subject = subjects[0] if subjects else {}
    issuer = as_dict(vc.get("issuer")) or {}
    issuer_id = ident(vc.get("issuer")) or short(jwt.get("iss"))
    if "ClrCredential" in types or "ClrSubject" in types_of(subject):
        return _describe_clr(vc, subject=subject, issuer=issuer, issuer_id=issuer_id, jwt=jwt, langs=langs, lang=lang)

    achievement = first_dict(subject.get("achievement")) or {}
    scopes = Fields([achievement, subject, vc])
    alignments = dicts(achievement.get("alignment"))
    criteria = as_dict(achievement.get("criteria")) or {}
    title = text(achievement.get("name"), langs, lang, MAX_SHORT) or text(vc.get("name"), langs, lang, MAX_SHORT) or _type_label(types)
    description = (
        text(achievement.get("description"), langs, lang)
        or text(vc.get("description"), langs, lang)
        or text(criteria.get("narrative"), langs, lang)
    )
    european = ects_context(
        scopes,
        alignments,
        (
            achievement.get("name"),
            achievement.get("description"),
            criteria.get("narrative"),
            achievement.get("fieldOfStudy"),
            vc.get("name"),
            vc.get("description"),
        ),
    )
    elements = element_texts(scopes, langs, lang)
    elements["quality_assurance"] = elements["quality_assurance"] or find_text([issuer], ("qualityAssurance", "accreditation"), langs, lang)
    languages_in(scopes, langs)
    record = CredentialRecord(
        learner=_learner(subject, jwt, langs, lang),
        title=title,
        issuer_country=issuer_country(issuer),
        awarding_body=text(issuer.get("name"), langs, lang, MAX_SHORT),
        issued=_issued(vc, jwt),
        learning_outcomes=outcomes(scopes, alignments, achievement.get("description"), langs, lang),
        workload=workload(scopes, (achievement.get("creditsAvailable"), subject.get("creditsEarned")), ects_credits=european),
        level=level(scopes, alignments),
        grade=find_text(scopes, ("grade", "gradeAchieved", "finalGrade"), langs, lang) or _results(subject, achievement, langs, lang),
        valid_until=_valid_until(vc, jwt),
        description=description,
        issuer_id=issuer_id,
        subject_id=short(subject.get("id")) or short(jwt.get("sub")),
        achievement_type=short(achievement.get("achievementType")),
        languages=langs.tuple(),
    )
    return replace(record, **elements)


def _describe_clr(
    vc: dict[str, Any],
    *,
    subject: dict[str, Any],
    issuer: dict[str, Any],
    issuer_id: str | None,
    jwt: dict[str, Any],
    langs: Languages,
    lang: str | None,
) -> CredentialRecord:
    # CLR 2.0 §B.1 ClrCredential: a transcript. Its name is the title; the achievements it holds
    # (ClrSubject.achievement and the AchievementCredentials in ClrSubject.verifiableCredential)
    # are what the learner can show, so their names are its outcomes.
    achievements = _clr_achievements(subject)
    names = [a.get("name") for a in achievements]
    scopes = Fields([subject, vc])
    elements = element_texts(scopes, langs, lang)
    languages_in(scopes, langs)
    record = CredentialRecord(
        learner=_learner(subject, jwt, langs, lang),
        title=text(vc.get("name"), langs, lang, MAX_SHORT) or _type_label(types_of(vc)),
        issuer_country=issuer_country(issuer),
        awarding_body=text(issuer.get("name"), langs, lang, MAX_SHORT),
        issued=_issued(vc, jwt),
        learning_outcomes=outcomes([], [], None, langs, lang) or _distinct_texts(names, langs, lang),
        workload=_clr_workload(subject, vc, achievements),
        level=level(scopes, []),
        valid_until=_valid_until(vc, jwt),
        description=text(vc.get("description"), langs, lang),
        issuer_id=issuer_id,
        subject_id=short(subject.get("id")) or short(jwt.get("sub")),
        languages=langs.tuple(),
    )
    return replace(record, **elements)


def _clr_achievements(subject: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    candidates = list(dicts(subject.get("achievement")))
    for credential in dicts(subject.get("verifiableCredential")):
        inner = first_dict(credential.get("credentialSubject")) or {}
        candidates.extend(dicts(inner.get("achievement"))[:1])
    for achievement in candidates[:MAX_ITEMS]:
        # Keyed by id and name: real transcripts reuse one id for different achievements.
        key = f"{short(achievement.get('id'))}|{repr(achievement.get('name'))[:MAX_SHORT]}"
        if key not in seen:
            seen.add(key)
            found.append(achievement)
    return found


def _clr_workload(subject: dict[str, Any], vc: dict[str, Any], achievements: list[dict[str, Any]]) -> Workload:
    # A CLR's own workload field wins. Otherwise the achievements' workloads are summed only when
    # that is unambiguous: no associations (a programme "isParentOf" its courses would be counted
    # twice), and every achievement with credits states them in the same, known unit.
    own = workload([subject, vc])
    if own.present():
        return own
    if dicts(subject.get("association")):
        return Workload()
    ects_total = hours_total = 0.0
    ects_seen = hours_seen = False
    for achievement in achievements:
        criteria = as_dict(achievement.get("criteria")) or {}
        alignments = dicts(achievement.get("alignment"))
        european = ects_context(
            [achievement], alignments, (achievement.get("name"), achievement.get("description"), criteria.get("narrative"))
        )
        one = workload([achievement], (achievement.get("creditsAvailable"),), ects_credits=european)
        if number(achievement.get("creditsAvailable")) is not None and one.ects is None:
            return Workload()  # credits in an unknown unit: a sum would mix units
        if one.ects is not None:
            ects_total += one.ects
            ects_seen = True
        if one.hours is not None:
            hours_total += one.hours
            hours_seen = True
    return Workload(ects=ects_total if ects_seen else None, hours=hours_total if hours_seen else None)


def _describe_presentation(vp: dict[str, Any]) -> CredentialRecord:
    embedded = dicts(vp.get("verifiableCredential"))
    if len(embedded) == 1 and len(as_list(vp.get("verifiableCredential"))) == 1:
        return describe_credential(embedded[0])
    langs = Languages()
    lang = context_language(vp)
    return CredentialRecord(
        title=text(vp.get("name"), langs, lang, MAX_SHORT) or _type_label(types_of(vp)),
        description=text(vp.get("description"), langs, lang),
        subject_id=ident(vp.get("holder")),
        languages=langs.tuple(),
    )


# --- elements -----------------------------------------------------------------------------------


def _type_label(types: list[str]) -> str | None:
    specific = [t for t in types if t not in _GENERIC_TYPES]
    if specific:
        return specific[-1]
    return types[-1] if types else None


def _learner(subject: dict[str, Any], jwt: dict[str, Any], langs: Languages, lang: str | None) -> Text | None:
    # A person named on the subject, or on a "recipient" node (as the VC examples of vaccination and
    # other certificates nest it).
    named = person_name(subject, langs, lang) or person_name(subject.get("recipient"), langs, lang)
    if named is not None:
        return named
    # OB 3.0 §B.1.4 IdentityObject: identityHash is a hash unless "hashed" is false. A hash is never
    # shown as if it were a name; without a "hashed": false we assume it is one.
    for identity in dicts(subject.get("identifier"))[:16]:
        value = short(identity.get("identityHash"))
        if value is None:
            continue
        if identity.get("hashed") is False and not looks_hashed(value):
            return value
        return hashed_label(identity.get("identityType"))
    return short(subject.get("id")) or short(jwt.get("sub"))


def issuer_country(issuer: dict[str, Any]) -> str | None:
    """The issuer's country: ISO 3166-1 ``addressCountryCode`` (OB 3.0 §B.1.15 Address) when given,
    else ``addressCountry`` (upper-cased when it is a code, as written otherwise)."""
    for address in dicts(issuer.get("address"))[:4]:
        code = short(address.get("addressCountryCode"))
        if code and _COUNTRY_CODE.match(code):
            return code.upper()
        country = address.get("addressCountry")
        name = short(country) or short((as_dict(country) or {}).get("name"))
        if name:
            return name.upper() if _COUNTRY_CODE.match(name) else name[:64]
    return None


def _issued(vc: dict[str, Any], jwt: dict[str, Any]) -> str | None:
    # OB 3.0 awardedDate is when the learner got it; validFrom (VCDM 2.0) / issuanceDate (1.1); then
    # the JWT's nbf (VCDM 1.1 §6.3.1 maps issuanceDate to nbf) and iat.
    for value in (vc.get("awardedDate"), vc.get("validFrom"), vc.get("issuanceDate"), jwt.get("nbf"), jwt.get("iat")):
        found = iso_date(value)
        if found:
            return found
    return None


def _valid_until(vc: dict[str, Any], jwt: dict[str, Any]) -> str | None:
    for value in (vc.get("validUntil"), vc.get("expirationDate"), jwt.get("exp")):
        found = iso_date(value)
        if found:
            return found
    return None


def _results(subject: dict[str, Any], achievement: dict[str, Any], langs: Languages, lang: str | None) -> Text | None:
    # OB 3.0 §B.1.19 Result: "value" is the grade; its ResultDescription (by id) names what was graded.
    names: dict[str, Any] = {}
    for description in dicts(achievement.get("resultDescription")):
        key = short(description.get("id"))
        if key:
            names.setdefault(key, description.get("name"))
    parts: list[str] = []
    for result in dicts(subject.get("result"))[:20]:
        value = number_text(result.get("value"))
        if value is None:
            continue
        label = plain_text(text(names.get(short(result.get("resultDescription")) or ""), langs, lang, MAX_SHORT))
        parts.append(f"{label}: {value}" if label else value)
    joined = "; ".join(parts)
    return joined[: MAX_SHORT * 4] or None


def _distinct_texts(values: list[Any], langs: Languages, lang: str | None) -> tuple[Text, ...]:
    out: list[Text] = []
    seen: set[str] = set()
    for value in values:
        found = text(value, langs, lang, MAX_SHORT)
        key = repr(found)
        if found is not None and key not in seen:
            seen.add(key)
            out.append(found)
    return tuple(out[:50])


# --- SD-JWT VC ----------------------------------------------------------------------------------


def _describe_sd_jwt_claims(claims: dict[str, Any]) -> CredentialRecord:
    # draft-ietf-oauth-sd-jwt-vc §3.2.2: iss, iat, nbf, exp, sub, vct are registered claims; a
    # credential type's own claims (a PID's given_name, issuing_authority, issuing_country ...) follow
    # the type's definition and are read when present.
    langs = Languages()
    scopes = Fields([claims])
    elements = element_texts(scopes, langs)
    languages_in(scopes, langs)
    country = short(claims.get("issuing_country"))
    issued = next((d for d in (iso_date(claims.get(k)) for k in ("iat", "nbf", "issuance_date")) if d), None)
    valid_until = next((d for d in (iso_date(claims.get(k)) for k in ("exp", "expiry_date")) if d), None)
    record = CredentialRecord(
        learner=person_name(claims, langs) or short(claims.get("sub")),
        title=text(claims.get("name"), langs, None, MAX_SHORT)
        or text(claims.get("title"), langs, None, MAX_SHORT)
        or short(claims.get("vct")),
        issuer_country=country.upper() if country and _COUNTRY_CODE.match(country) else country,
        awarding_body=text(claims.get("issuing_authority"), langs, None, MAX_SHORT)
        or text(claims.get("issuer_name"), langs, None, MAX_SHORT),
        issued=issued,
        learning_outcomes=outcomes(scopes, [], None, langs),
        workload=workload(scopes),
        level=level(scopes, []),
        grade=find_text(scopes, ("grade",), langs),
        valid_until=valid_until,
        description=text(claims.get("description"), langs),
        issuer_id=short(claims.get("iss")),
        subject_id=short(claims.get("sub")),
        languages=langs.tuple(),
    )
    return replace(record, **elements)


def _first_text(claims: dict[str, Any], keys: tuple[str, ...], langs: Languages) -> Text | None:
    for key in keys:
        found = text(claims.get(key), langs, None, MAX_SHORT)
        if found is not None:
            return found
    return None


def _sd_jwt_claims(parsed: Parsed, doc: dict[str, Any]) -> dict[str, Any]:
    # The reader leaves the disclosed claim set in ``document`` (wallet.formats.jose_readers). A
    # document still holding digests (built elsewhere, or whose disclosures did not fit) gets the
    # token's disclosures applied here, unverified; failing that, the digests are dropped.
    if "_sd" not in doc and "_sd_alg" not in doc:
        return doc
    if isinstance(parsed.token, str):
        try:
            parts = split_sd_jwt_unverified(parsed.token)
            claims, _paths = process_disclosures_unverified(doc, parts.disclosures)
        except (InputError, VerificationError):
            claims = None  # disclosures that do not fit: show only what the issuer's JWT says
        if claims is not None:
            return claims
    return {k: v for k, v in doc.items() if k not in ("_sd", "_sd_alg")}
