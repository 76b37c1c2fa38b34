"""The learner-facing record of a credential: the EU micro-credential elements.

The Council Recommendation of 16 June 2022 (Annex I) lists eleven mandatory elements and several
optional ones. :class:`CredentialRecord` holds them under the fixed keys of DESIGN.md, whatever the
format the credential came in. Text may carry several languages: such a value is a ``{lang: text}``
map, a plain string otherwise (see :data:`Text`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

Text = str | dict[str, str]
"""A text element: a plain string, or a map from language tag to text."""

MANDATORY_ELEMENTS: tuple[str, ...] = (
    "learner",
    "title",
    "issuer_country",
    "awarding_body",
    "issued",
    "learning_outcomes",
    "workload",
    "level",
    "assessment",
    "participation",
    "quality_assurance",
)
"""The eleven mandatory elements, in the Recommendation's order, by their fixed keys."""

OPTIONAL_ELEMENTS: tuple[str, ...] = (
    "prerequisites",
    "supervision",
    "grade",
    "stackability",
    "further_information",
    "valid_until",
)


@dataclass(frozen=True)
class Workload:
    """Notional workload: ECTS credits where the credential gives them, hours otherwise (or both)."""

    ects: float | None = None
    hours: float | None = None

    def present(self) -> bool:
        return self.ects is not None or self.hours is not None

    def to_json(self) -> dict[str, float | None]:
        return {"ects": self.ects, "hours": self.hours}


@dataclass(frozen=True)
class Level:
    """Level of the learning: EQF 1-8 and/or the QF-EHEA cycle (short, first, second, third)."""

    eqf: int | None = None
    qf_ehea: str | None = None

    def present(self) -> bool:
        return self.eqf is not None or self.qf_ehea is not None

    def to_json(self) -> dict[str, int | str | None]:
        return {"eqf": self.eqf, "qf_ehea": self.qf_ehea}


def text_in(value: Text | None, languages: Sequence[str] = ("en",)) -> str | None:
    """The best plain string of ``value`` for a reader of ``languages`` (first match wins).

    Falls back to a language-neutral entry, then to the first language the credential carries.
    """
    if value is None or isinstance(value, str):
        return value
    if not value:
        return None
    for lang in languages:
        lang = lang.lower()
        for key, text in value.items():
            if key.lower() == lang or key.lower().split("-")[0] == lang.split("-")[0]:
                return text
    for neutral in ("", "und", "@none"):
        if neutral in value:
            return value[neutral]
    return next(iter(value.values()))


def _text_present(value: Text | None) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return any(v.strip() for v in value.values())


def _text_from_json(value: Any) -> Text | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    raise ValueError(f"not a text value: {type(value).__name__}")


@dataclass(frozen=True)
class CredentialRecord:
    """What a learner sees of one credential, mapped onto the EU elements.

    Every reader's ``describe`` fills what its format carries and leaves the rest ``None`` (or empty);
    :meth:`missing` names the mandatory elements that are absent.
    """

    # The eleven mandatory elements.
    learner: Text | None = None
    title: Text | None = None
    issuer_country: str | None = None
    awarding_body: Text | None = None
    issued: str | None = None
    learning_outcomes: tuple[Text, ...] = ()
    workload: Workload = field(default_factory=Workload)
    level: Level = field(default_factory=Level)
    assessment: Text | None = None
    participation: Text | None = None
    quality_assurance: Text | None = None
    # The optional elements.
    prerequisites: Text | None = None
    supervision: Text | None = None
    grade: Text | None = None
    stackability: Text | None = None
    further_information: Text | None = None
    valid_until: str | None = None
    # Context a learner needs beside the elements.
    description: Text | None = None
    issuer_id: str | None = None
    subject_id: str | None = None
    achievement_type: str | None = None
    languages: tuple[str, ...] = ()

    def missing(self) -> list[str]:
        """The keys of the mandatory elements this credential does not carry, in order."""
        absent = []
        for key in MANDATORY_ELEMENTS:
            value = getattr(self, key)
            if isinstance(value, Workload | Level):
                ok = value.present()
            elif key == "learning_outcomes":
                ok = any(_text_present(v) for v in value)
            else:
                ok = _text_present(value)
            if not ok:
                absent.append(key)
        return absent

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict with the contract's keys (DESIGN.md, ``credential``)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Workload | Level):
                out[f.name] = value.to_json()
            elif isinstance(value, tuple):
                out[f.name] = list(value)
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CredentialRecord:
        """The inverse of :meth:`to_json`; unknown keys are ignored, so old records still load.

        Raises ``ValueError`` on values of the wrong shape.
        """
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key == "workload":
                kwargs[key] = Workload(**(value or {}))
            elif key == "level":
                kwargs[key] = Level(**(value or {}))
            elif key == "learning_outcomes":
                kwargs[key] = tuple(t for t in (_text_from_json(v) for v in value or ()) if t is not None)
            elif key == "languages":
                kwargs[key] = tuple(str(v) for v in value or ())
            elif key in ("issuer_country", "issued", "valid_until", "issuer_id", "subject_id", "achievement_type"):
                kwargs[key] = None if value is None else str(value)
            else:
                kwargs[key] = _text_from_json(value)
        return cls(**kwargs)
