"""The verification report in the learner's words (STYLE rule 13: the core returns codes, the UI words them).

:class:`CheckText` words a :class:`~wallet.verify.report.Check` by its stable ``code`` with the check's
``data`` as parameters; a code it does not know falls back to the core's English ``detail``. It also
names the checks, their outcomes, the list badges and the EU elements. Every sentence goes through
``tr()`` with ``%1``-style placeholders so translations stay checkable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt

from wallet.verify.summary import (
    EXPIRED,
    INVALID,
    NOT_YET_VALID,
    REVOKED,
    TAMPERED,
    UNCHECKED,
    VERIFIED,
    VERIFIED_UNRECOGNISED,
    WRONG_ISSUER,
)


def arg(text: str, *values: object) -> str:
    """Qt's ``QString.arg`` in one pass: ``%1`` … ``%9`` replaced, a value's own ``%2`` left alone."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit() and text[i + 1] != "0":
            n = int(text[i + 1])
            if n <= len(values):
                out.append(str(values[n - 1]))
                i += 2
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


class CheckText(QObject):
    """Words for verification results and EU elements, in the interface language at the time of the call
    (dates in the default ``QLocale``, which follows a language switch)."""

    # -- badges -------------------------------------------------------------------------------

    def badge_text(self, badge: str) -> str:
        """The badge in words (never colour or an icon alone)."""
        return {
            VERIFIED: self.tr("Verified"),
            VERIFIED_UNRECOGNISED: self.tr("Verified — issuer not recognised"),
            UNCHECKED: self.tr("Cannot check offline"),
            EXPIRED: self.tr("Not valid: expired"),
            NOT_YET_VALID: self.tr("Not valid yet"),
            REVOKED: self.tr("Not valid: revoked"),
            WRONG_ISSUER: self.tr("Not valid: wrong signer"),
            INVALID: self.tr("Not valid"),
            TAMPERED: self.tr("Tampered"),
        }.get(badge, self.tr("Not valid"))

    def badge_explanation(self, badge: str) -> str:
        return {
            VERIFIED: self.tr("The signature checks out and the issuer is in a trust list you accept."),
            VERIFIED_UNRECOGNISED: self.tr("The signature checks out, but the issuer is not in a trust list you accept."),
            UNCHECKED: self.tr("Nothing failed, but the credential could not be checked offline, or it is not signed."),
            EXPIRED: self.tr("The credential's validity period has ended."),
            NOT_YET_VALID: self.tr("The credential's validity period has not begun yet."),
            REVOKED: self.tr("The issuer has revoked or suspended this credential."),
            WRONG_ISSUER: self.tr("It was signed with a key that does not belong to the issuer it names."),
            INVALID: self.tr("A check failed; open the credential to see which."),
            TAMPERED: self.tr("The signature does not match: the credential was changed after it was signed."),
        }.get(badge, self.tr("A check failed; open the credential to see which."))

    # -- checks -------------------------------------------------------------------------------

    def check_title(self, check_id: str) -> str:
        return {
            "format": self.tr("Format"),
            "signature": self.tr("Signature"),
            "issuer-key": self.tr("Issuer's key"),
            "validity-period": self.tr("Validity period"),
            "status": self.tr("Revocation"),
            "issuer-trust": self.tr("Issuer recognised"),
            "eu-elements": self.tr("EU elements"),
            "holder": self.tr("Holder"),
        }.get(check_id, check_id)

    def outcome_text(self, outcome: str) -> str:
        return {
            "pass": self.tr("Passed"),
            "fail": self.tr("Failed"),
            "warn": self.tr("Warning"),
            "skip": self.tr("Not checked"),
        }.get(outcome, outcome)

    def sentence(self, code: str, data: Mapping[str, Any], detail: str) -> str:
        """The check's sentence in the learner's language; ``detail`` (English) for an unknown code."""
        d = data
        sentences: dict[str, str] = {
            # format
            "format.ok": self.tr("The document is a well-formed verifiable credential."),
            "format.jwt": self.tr("The document is a well-formed signed token, and its claims agree with the credential."),
            "format.ob2": self.tr("The document is a well-formed Open Badges 2.0 assertion."),
            "format.sd-jwt-vc": self.tr("The document is a well-formed SD-JWT credential."),
            "format.structure": self.tr("The document lacks parts its format requires."),
            "format.unknown-context": self.tr("The document uses a vocabulary Satchel does not know, so it cannot be checked."),
            "format.context": self.tr("The document's vocabulary could not be read."),
            # signature
            "signature.verified": self.tr("The signature is intact: nothing was changed since the issuer signed it."),
            "signature.jws": self.tr("The signature is intact: nothing was changed since the issuer signed it."),
            "signature.ob2-jws": self.tr("The signature is intact: nothing was changed since the issuer signed it."),
            "signature.hosted-match": arg(self.tr("The badge matches the copy the issuer hosts at %1."), d.get("url", "")),
            "signature.hosted-mismatch": self.tr("The badge differs from the copy the issuer hosts: it may have been changed."),
            "signature.hosted-not-cached": self.tr("The issuer's hosted copy is not in the local cache; refresh it to check this badge."),
            "signature.invalid": self.tr(
                "The signature does not match: the credential was changed after it was signed, or the signature is broken."
            ),
            "signature.no-proof": self.tr("The credential is not signed, so its integrity cannot be checked."),
            "signature.unsupported-suite": self.tr("The credential is signed in a way Satchel cannot check yet."),
            "signature.key-unresolved": self.tr("The issuer's key could not be found offline, so the signature cannot be checked."),
            "signature.key-unavailable": self.tr(
                "The signature cannot be checked without the issuer's key, which is not available offline."
            ),
            "signature.unknown-context": self.tr(
                "The signature cannot be checked: the credential uses a vocabulary Satchel does not know."
            ),
            "signature.unsafe-jsonld": self.tr("The signature is refused: the signed document could be read in more than one way."),
            "signature.limit": self.tr("The signature was not checked: the document is too large or too deeply nested."),
            # issuer key
            "issuer-key.match": self.tr("The signing key belongs to the issuer named in the credential."),
            "issuer-key.ob2-owner": self.tr("The signing key belongs to the issuer named in the badge."),
            "issuer-key.controller": self.tr("The signing key belongs to the issuer named in the credential."),
            "issuer-key.mismatch": arg(
                self.tr("The signing key belongs to %1, not to the issuer %2 named in the credential."),
                d.get("controller", "?"),
                d.get("issuer", "?"),
            ),
            "issuer-key.not-listed": self.tr("The issuer's profile does not list the key that signed the badge."),
            "issuer-key.not-cached": self.tr("The issuer's profile is not available offline; refresh the cache to check who signed."),
            "issuer-key.unchecked": self.tr("Who signed could not be checked."),
            "issuer-key.not-checked": self.tr("Who signed could not be checked."),
            # validity period
            "validity.no-expiry": self.tr("The credential does not expire."),
            "validity.until": arg(self.tr("Valid until %1."), self.date(d.get("valid_until"))),
            "validity.expired": arg(self.tr("The credential expired on %1."), self.date(d.get("valid_until"))),
            "validity.not-yet-valid": arg(self.tr("The credential is not valid until %1."), self.date(d.get("valid_from"))),
            "validity.malformed": arg(self.tr("The date in “%1” cannot be read."), d.get("field", "?")),
            "validity.expires-before-issued": self.tr("The credential expires before it was issued."),
            # status
            "status.valid": arg(self.tr("Not revoked, according to the issuer's status list as of %1."), self.date(d.get("checked_at"))),
            "status.none": self.tr("The issuer publishes no revocation list for this credential."),
            "status.revoked": arg(
                self.tr("Revoked by the issuer, according to their status list as of %1."), self.date(d.get("checked_at"))
            ),
            "status.suspended": arg(
                self.tr("Suspended by the issuer, according to their status list as of %1."), self.date(d.get("checked_at"))
            ),
            "status.not-cached": self.tr("The issuer's status list is not in the local cache; refresh it to check for revocation."),
            "status.unsupported": self.tr("The credential uses a revocation method Satchel cannot check yet."),
            "status.list-unverifiable": self.tr("The issuer's status list could not be authenticated offline."),
            "status.list-invalid": self.tr("The issuer's status list is not authentic, so revocation could not be checked."),
            "status.no-profile": self.tr("The issuer's profile is not available offline, so revocation could not be checked."),
            # trust
            "trust.listed": arg(self.tr("The issuer is in a trust list you accept (%1)."), d.get("source", "")),
            "trust.unknown": self.tr("The issuer is not in any trust list you accept. That does not make it false: check who they are."),
            "trust.no-issuer": self.tr("The credential names no issuer to look up."),
            "trust.list-refused": self.tr("The trust list could not be read, so the issuer could not be looked up."),
            # EU elements
            "eu.complete": self.tr("All 11 mandatory EU elements are present."),
            "eu.partial": arg(
                self.tr("%1 of 11 mandatory EU elements are present. Missing: %2."),
                11 - len(d.get("missing") or ()),
                self.elements_list(d.get("missing") or ()),
            ),
            "eu.unreadable": self.tr("The credential's contents could not be read."),
            # holder
            "holder.ok": self.tr("The presentation was signed by the holder the credential names."),
            "holder.not-subject": self.tr("The presentation was signed by someone other than the credential's holder."),
            "holder.bad-proof": self.tr("The holder's signature on the presentation does not match."),
            "holder.unsigned": self.tr("The presentation is not signed by its holder."),
        }
        return sentences.get(code) or detail or self.tr("No further information.")

    # -- EU elements --------------------------------------------------------------------------

    def element_name(self, key: str) -> str:
        return {
            "learner": self.tr("Learner"),
            "title": self.tr("Title"),
            "issuer_country": self.tr("Country of the issuer"),
            "awarding_body": self.tr("Awarding body"),
            "issued": self.tr("Date issued"),
            "learning_outcomes": self.tr("Learning outcomes"),
            "workload": self.tr("Workload"),
            "level": self.tr("Level"),
            "assessment": self.tr("Assessment"),
            "participation": self.tr("Form of participation"),
            "quality_assurance": self.tr("Quality assurance"),
            "prerequisites": self.tr("Prerequisites"),
            "supervision": self.tr("Supervision and identity check"),
            "grade": self.tr("Grade"),
            "stackability": self.tr("Integration and stackability"),
            "further_information": self.tr("Further information"),
            "valid_until": self.tr("Valid until"),
        }.get(key, key)

    def elements_list(self, keys: Sequence[str]) -> str:
        return self.tr(", ").join(self.element_name(str(k)) for k in keys)

    # -- values -------------------------------------------------------------------------------

    def date(self, value: object) -> str:
        """An ISO date or date-time as the locale writes dates; the text itself when unreadable."""
        if value is None or value == "":
            return self.tr("an unknown date")
        if isinstance(value, datetime):
            value = value.isoformat()
        text = str(value)
        moment = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            moment = QDateTime.fromString(text, Qt.DateFormat.ISODate)
        if moment.isValid():
            return QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)
        return text

    def moment(self, value: datetime | None) -> str:
        """A date and time (local) for "last checked"."""
        if value is None:
            return self.tr("never")
        moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


__all__ = ["CheckText", "arg"]
