"""The verification report: a verdict over an ordered list of checks (DESIGN.md, Verification report)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

CHECK_IDS: tuple[str, ...] = (
    "format",
    "signature",
    "issuer-key",
    "validity-period",
    "status",
    "issuer-trust",
    "eu-elements",
    "holder",
)


class Outcome(StrEnum):
    PASS = "pass"  # noqa: S105 - an outcome, not a secret
    FAIL = "fail"
    WARN = "warn"
    SKIP = "skip"


class Verdict(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Check:
    """One established (or not) fact about a credential.

    ``detail`` is an English sentence for logs and the CLI; ``code`` is the stable key a front end
    words in the learner's language, with ``data`` as its parameters (``missing`` for
    ``eu-elements``, ``checked_at`` for ``status``, ...).
    """

    id: str
    outcome: Outcome
    detail: str
    code: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.id not in CHECK_IDS:
            raise ValueError(f"unknown check id {self.id!r}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "outcome": str(self.outcome), "detail": self.detail}
        if self.code:
            out["code"] = self.code
        out.update(self.data)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Check:
        extra = {k: v for k, v in data.items() if k not in ("id", "outcome", "detail", "code")}
        return cls(str(data["id"]), Outcome(data["outcome"]), str(data.get("detail", "")), str(data.get("code", "")), extra)


@dataclass(frozen=True)
class IssuerInfo:
    """Who the credential says issued it, and whether the learner's trust lists know them."""

    id: str | None = None
    name: str | None = None
    trust: str = "unknown"
    """``trusted`` (in a list the learner accepts), ``unknown``, or ``untrusted``."""
    trust_source: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "trust": self.trust}
        if self.trust_source:
            out["trust_source"] = self.trust_source
        return out


@dataclass(frozen=True)
class Report:
    """The outcome of verifying one credential at ``checked_at``."""

    format: str
    checks: tuple[Check, ...]
    checked_at: datetime
    issuer: IssuerInfo = field(default_factory=IssuerInfo)
    parts: tuple[Report, ...] = ()
    """For a presentation: the report of each credential inside it."""

    @property
    def verdict(self) -> Verdict:
        """``invalid`` if any check failed; ``valid`` if signature and issuer key passed; else unverifiable.

        Issuer trust is reported beside the verdict, never folded into it. A presentation is only as
        good as its weakest credential.
        """
        own = verdict_of(self.checks)
        inner = [p.verdict for p in self.parts]
        if own is Verdict.INVALID or Verdict.INVALID in inner:
            return Verdict.INVALID
        if own is Verdict.UNVERIFIABLE or Verdict.UNVERIFIABLE in inner:
            return Verdict.UNVERIFIABLE
        return Verdict.VALID

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "verdict": str(self.verdict),
            "checked_at": self.checked_at.isoformat(),
            "issuer": self.issuer.to_json(),
            "checks": [c.to_json() for c in self.checks],
            **({"credentials": [p.to_json() for p in self.parts]} if self.parts else {}),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Report:
        issuer = data.get("issuer") or {}
        return cls(
            format=str(data["format"]),
            checks=tuple(Check.from_json(c) for c in data.get("checks", ())),
            checked_at=datetime.fromisoformat(str(data["checked_at"])),
            issuer=IssuerInfo(issuer.get("id"), issuer.get("name"), issuer.get("trust", "unknown"), issuer.get("trust_source")),
            parts=tuple(cls.from_json(p) for p in data.get("credentials", ())),
        )


def verdict_of(checks: Iterable[Check]) -> Verdict:
    """The verdict rule of DESIGN.md over a set of checks (``issuer-trust`` never fails a credential)."""
    checks = list(checks)
    if any(c.outcome is Outcome.FAIL and c.id != "issuer-trust" for c in checks):
        return Verdict.INVALID
    passed = {c.id for c in checks if c.outcome is Outcome.PASS}
    if {"signature", "issuer-key"} <= passed:
        return Verdict.VALID
    return Verdict.UNVERIFIABLE
