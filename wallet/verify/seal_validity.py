"""The seal certificate's validity period, judged at the signing time: one rule for every EU seal.

Both European Digital Credential verifiers — Europass XML sealed with XAdES
(:mod:`wallet.verify.edc_xml`) and ELM JSON-LD sealed with JAdES (:mod:`wallet.verify.edc_jsonld`)
— end their ``validity-period`` check here, after the credential's own dates:

1. a credential whose own dates fail stays failed (the certificate cannot repair it);
2. the seal certificate must be within its validity period at the signing time (EN 319 102-1
   §5.2.6: X.509 validation at the time the signature is known to have existed), and at the
   signer's claimed signing time as well when a time-stamp is what fixes the signing time;
3. a certificate still valid now passes;
4. a certificate that expired *after* a time-stamped signing passes: the verified RFC 3161
   time-stamp (EN 319 102-1, validation of a signature with time) proves the seal existed while the certificate was valid;
5. a certificate that has expired with no time-stamp is a warning: only the signer's claim says
   when the seal was made.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from wallet.verify.report import Check, Outcome

__all__ = ["seal_validity_check"]


def seal_validity_check(
    own: Check,
    *,
    not_before: datetime,
    not_after: datetime,
    signing_time: datetime | None,
    timestamped: bool,
    at: datetime,
    claimed_signing_time: datetime | None = None,
    data: Mapping[str, Any] | None = None,
) -> Check:
    """The ``validity-period`` check: the credential's ``own`` check joined with the seal certificate's.

    ``signing_time`` is the time the certificate is judged at: a verified signature time-stamp when
    ``timestamped``, else the signer's claimed signing time (``None`` when the seal states none: the
    certificate is then judged at ``at``, the verification time). ``claimed_signing_time`` is also
    checked when it is not ``signing_time``. ``data`` adds to the check's data, which always carries
    ``own.data``, ``certificate_not_before``/``certificate_not_after`` and, when known,
    ``signing_time``; ``certificate_expired`` is set once the certificate has expired at ``at``.

    Codes: ``validity.certificate-at-signing`` (fail), ``validity.certificate-expired-no-timestamp``
    (warn), else ``own.code`` (pass). Never raises.
    """
    # 1. The credential's own dates come first.
    if own.outcome is Outcome.FAIL:
        return own
    out: dict[str, Any] = {
        **own.data,
        "certificate_not_before": not_before.isoformat(),
        "certificate_not_after": not_after.isoformat(),
        **(data or {}),
    }
    if signing_time is not None:
        out["signing_time"] = signing_time.isoformat()
    # 2. Within the validity period when the seal was made (and when the signer says it was made).
    label = "time-stamped signing time" if timestamped else "claimed signing time" if signing_time else "verification time"
    judged = [(label, signing_time or at)]
    if claimed_signing_time is not None and claimed_signing_time != signing_time:
        judged.append(("claimed signing time", claimed_signing_time))
    for what, when in judged:
        if not not_before <= when <= not_after:
            return Check(
                "validity-period",
                Outcome.FAIL,
                f"the seal certificate was not valid at the {what} {when.isoformat()} "
                f"(valid {not_before.isoformat()} to {not_after.isoformat()})",
                "validity.certificate-at-signing",
                out,
            )
    prefix = f"{own.detail}; " if own.detail else ""
    # 3. Still valid now.
    if at <= not_after:
        return Check("validity-period", own.outcome, f"{prefix}the seal certificate is valid until {not_after.isoformat()}", own.code, out)
    out["certificate_expired"] = True
    # 4. Expired, but a time-stamp proves the seal was made while it was valid.
    if timestamped and signing_time is not None:
        return Check(
            "validity-period",
            own.outcome,
            f"{prefix}the seal certificate expired on {not_after.isoformat()}, "
            f"after the time-stamped signing at {signing_time.isoformat()}",
            own.code,
            out,
        )
    # 5. Expired, and only the signer's claim says when the seal was made.
    return Check(
        "validity-period",
        Outcome.WARN,
        f"{prefix}the seal certificate expired on {not_after.isoformat()} and no time-stamp proves the seal was made before",
        "validity.certificate-expired-no-timestamp",
        out,
    )
