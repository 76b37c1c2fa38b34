"""The vault's tables, as SQLModel classes (the current schema version).

The tables are created and changed only by numbered migrations (:mod:`wallet.vault.migrations`);
these classes describe the result, and a test checks that both agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class CredentialRow(SQLModel, table=True):
    """One stored credential: the original bytes exactly as imported, and what was read from them."""

    __tablename__ = "credential"

    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(unique=True, index=True)
    format: str
    container: str = "json"
    original: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    source_name: str | None = None
    record_json: str
    title: str = ""
    awarding_body: str = ""
    issuer_id: str | None = None
    issuer_country: str | None = None
    issued: str | None = Field(default=None, index=True)
    ects: float | None = None
    eqf: int | None = None
    search_text: str = ""
    verdict: str = "unverifiable"
    trust: str = "unknown"
    checked_at: datetime | None = None
    imported_at: datetime = Field(index=True)
    accepted_invalid: bool = False
    note: str = ""


class CheckRow(SQLModel, table=True):
    """One check of the latest verification report of a credential, in report order."""

    __tablename__ = "verification_check"

    id: int | None = Field(default=None, primary_key=True)
    credential_id: int = Field(foreign_key="credential.id", index=True, ondelete="CASCADE")
    position: int
    check_id: str
    outcome: str
    detail: str
    code: str = ""
    data_json: str = "{}"
    checked_at: datetime


class ReportRow(SQLModel, table=True):
    """The whole latest report of a credential (issuer block, presentation parts) as JSON."""

    __tablename__ = "verification_report"

    credential_id: int = Field(foreign_key="credential.id", primary_key=True, ondelete="CASCADE")
    report_json: str


class TagRow(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)


class CredentialTagRow(SQLModel, table=True):
    __tablename__ = "credential_tag"
    __table_args__ = (UniqueConstraint("credential_id", "tag_id"),)

    credential_id: int = Field(foreign_key="credential.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE")


class TrustedIssuerRow(SQLModel, table=True):
    """An issuer the learner chose to trust (schema version 2)."""

    __tablename__ = "trusted_issuer"

    issuer_id: str = Field(primary_key=True)
    name: str | None = None
    added_at: datetime
