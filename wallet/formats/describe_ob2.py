"""Describing Open Badges 2.0 (and legacy 0.5 / 1.x) assertions onto the EU elements.

An assertion names its BadgeClass (``badge``) and the BadgeClass its issuer Profile; either may be
embedded as an object or given as a URL. Only what is embedded, or what the reader found in the
learner's local cache and put in ``parsed.extras["documents"]`` (a map from URL to JSON object),
is used: nothing is fetched. A linked document is used only under the exact URL that names it.
The rules shared with the W3C formats are in :mod:`wallet.formats.describe_common`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from wallet.errors import InputError, MalformedInput
from wallet.formats.baked import DocumentCache
from wallet.formats.base import Parsed
from wallet.formats.describe_common import (
    MAX_SHORT,
    Languages,
    as_dict,
    context_language,
    dicts,
    ident,
    iso_date,
    short,
    text,
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
    workload,
)
from wallet.formats.describe_vc import issuer_country
from wallet.formats.jsonsafe import loads
from wallet.model import CredentialRecord, Text

__all__ = ["describe_ob2", "with_cached_documents"]


def describe_ob2(parsed: Parsed) -> CredentialRecord:
    """The learner-facing record of an ``openbadges-2`` assertion (OB 2.0 §Assertion, §BadgeClass, §Profile).

    Raises :class:`MalformedInput` only when the document is not a JSON object.
    """
    assertion = parsed.document
    if not isinstance(assertion, dict):
        raise MalformedInput("the assertion is not a JSON object", reason="structure")
    documents = _documents(parsed.extras)
    badge = _embedded_or_cached(assertion.get("badge"), documents)
    issuer = _embedded_or_cached(badge.get("issuer"), documents)

    langs = Languages()
    # JSON-LD @language on an object applies to its strings (OB 2.0 §Multiple Language Support).
    assertion_lang = context_language(assertion)
    badge_lang = context_language(badge) or assertion_lang
    issuer_lang = context_language(issuer) or assertion_lang  # a Profile is its own document
    criteria = as_dict(badge.get("criteria")) or {}
    alignments = dicts(badge.get("alignment"))
    scopes = Fields([badge, assertion])
    european = ects_context(scopes, alignments, (badge.get("name"), badge.get("description"), criteria.get("narrative")))
    elements = element_texts(scopes, langs, badge_lang)
    elements["quality_assurance"] = elements["quality_assurance"] or find_text(
        [issuer], ("qualityAssurance", "accreditation"), langs, issuer_lang
    )
    languages_in(scopes, langs)
    recipient = assertion.get("recipient")
    record = CredentialRecord(
        learner=_learner(recipient),
        title=text(badge.get("name"), langs, badge_lang, MAX_SHORT),
        issuer_country=issuer_country(issuer),
        awarding_body=text(issuer.get("name"), langs, issuer_lang, MAX_SHORT),
        issued=iso_date(assertion.get("issuedOn")),
        learning_outcomes=outcomes(scopes, alignments, badge.get("description"), langs, badge_lang),
        workload=workload(scopes, ects_credits=european),
        level=level(scopes, alignments),
        grade=find_text(scopes, ("grade", "gradeAchieved", "resultGrade"), langs, assertion_lang),
        valid_until=iso_date(assertion.get("expires")),
        description=text(badge.get("description"), langs, badge_lang) or text(criteria.get("narrative"), langs, badge_lang),
        issuer_id=ident(badge.get("issuer")) or short(issuer.get("origin")),
        subject_id=_subject_id(recipient),
        languages=langs.tuple(),
    )
    return replace(record, **elements)


def with_cached_documents(parsed: Parsed, cache: DocumentCache) -> Parsed:
    """``parsed`` with the BadgeClass and issuer Profile its assertion links to, as found in the
    learner's local ``cache`` (a ``LocalCache``), put in ``extras["documents"]`` for :func:`describe_ob2`.

    Only reads the cache, never the network; unreadable or missing documents are left out.
    """
    documents: dict[str, Any] = dict(_documents(parsed.extras))

    def lookup(ref: Any) -> dict[str, Any]:
        obj = as_dict(ref)
        if obj is not None or not isinstance(ref, str):
            return obj or {}
        if ref not in documents:
            cached = cache.get(ref)
            body = getattr(cached, "body", None)
            if not isinstance(body, bytes):
                return {}
            try:
                doc = loads(body)
            except InputError:
                return {}  # a corrupt cache entry: describe without it
            if not isinstance(doc, dict):
                return {}
            documents[ref] = doc
        found = as_dict(documents.get(ref))
        return found or {}

    badge = lookup(parsed.document.get("badge")) if isinstance(parsed.document, dict) else {}
    lookup(badge.get("issuer"))
    return replace(parsed, extras={**parsed.extras, "documents": documents})


def _documents(extras: Any) -> Mapping[str, Any]:
    found = extras.get("documents") if isinstance(extras, dict) else None
    return found if isinstance(found, dict) else {}


def _embedded_or_cached(value: Any, documents: Mapping[str, Any]) -> dict[str, Any]:
    obj = as_dict(value)
    if obj is not None:
        return obj
    if isinstance(value, str):
        cached = as_dict(documents.get(value))
        # Only a document that is what the URL names: its own id must be that URL (or absent).
        if cached is not None and cached.get("id", value) == value:
            return cached
    return {}


def _learner(recipient: Any) -> Text | None:
    # OB 2.0 §IdentityObject: "identity" is a hash ("sha256$..." with "salt") when "hashed" is true;
    # OB 0.5 gave the email (or its hash) as a bare string. A hash is never shown as a name.
    if isinstance(recipient, str):
        value = short(recipient)
        if value is None:
            return None
        return hashed_label("email") if looks_hashed(value) else value
    obj = as_dict(recipient)
    if obj is None:
        return None
    identity = short(obj.get("identity"))
    if identity is None:
        return None
    if obj.get("hashed") is True or looks_hashed(identity):
        return hashed_label(obj.get("type") or "email")
    return identity


def _subject_id(recipient: Any) -> str | None:
    obj = as_dict(recipient)
    if obj is None or obj.get("hashed") is True:
        return None
    identity = short(obj.get("identity"))
    return None if identity is None or looks_hashed(identity) else identity
