"""Credentials in the vault: add, list, search, show, tag, annotate, re-verify, delete.

Every write is one transaction. Results are plain dataclasses; callers (CLI, UI) decide what to
redraw. Raises :class:`wallet.errors.NotFound` for an unknown id, :class:`VaultLocked` once locked.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy.exc
from sqlalchemy import Engine, delete, func, insert
from sqlmodel import Session, col, select

from wallet.errors import IntegrityError as VaultIntegrityError
from wallet.errors import NotFound, VaultLocked
from wallet.formats.base import Parsed
from wallet.model import CredentialRecord, Text, text_in
from wallet.vault.schema import CheckRow, CredentialRow, CredentialTagRow, ReportRow, TagRow, TrustedIssuerRow
from wallet.verify.report import Report

MAX_TAG_CHARS = 64
MAX_NOTE_CHARS = 20_000


@dataclass(frozen=True)
class CredentialSummary:
    """One row of the credential list: enough to show, sort and filter without loading originals."""

    id: int
    content_hash: str
    format: str
    title: str
    awarding_body: str
    issued: str | None
    imported_at: datetime
    ects: float | None
    eqf: int | None
    verdict: str
    trust: str
    checked_at: datetime | None
    accepted_invalid: bool
    tags: tuple[str, ...]
    record: CredentialRecord
    failed_checks: tuple[str, ...] = ()
    """The ids of the checks that failed in the stored report, in report order (see
    :func:`wallet.verify.summary.badge_for`)."""
    failed_codes: tuple[str, ...] = ()
    """The codes of those failed checks, in the same order."""


@dataclass(frozen=True)
class StoredCredential:
    """Everything stored for one credential."""

    summary: CredentialSummary
    original: bytes
    container: str
    source_name: str | None
    report: Report | None
    note: str

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class AddResult:
    id: int
    duplicate: bool
    """True when the vault already held this credential (same content hash); nothing was written."""


def normalise_tag(tag: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", tag).split())
    if not cleaned or len(cleaned) > MAX_TAG_CHARS:
        raise ValueError(f"a tag has 1 to {MAX_TAG_CHARS} characters")
    return cleaned


def _all_texts(value: Text | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value.values())


def search_text(record: CredentialRecord, tags: Iterable[str] = ()) -> str:
    """What search-as-you-type matches: title, awarding body, outcomes, description, tags; every language."""
    parts: list[str] = []
    for value in (record.title, record.awarding_body, record.description, record.learner):
        parts += _all_texts(value)
    for outcome in record.learning_outcomes:
        parts += _all_texts(outcome)
    parts += list(tags)
    return fold(" \n ".join(parts))


def fold(value: str) -> str:
    """Case- and accent-insensitive form for matching ("Éducation" finds "education")."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Repository:
    """Credential storage over an open engine (the vault's)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._data_key: bytes | None

    @contextmanager
    def _session(self) -> Iterator[Session]:
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        try:
            with Session(self._engine, expire_on_commit=False) as session:
                yield session
        except sqlalchemy.exc.IntegrityError:
            raise  # a constraint: a programming error, not damage
        except sqlalchemy.exc.DatabaseError as exc:
            raise VaultIntegrityError("the vault database is damaged", problems=[str(exc.orig)]) from exc

    # -- writing ----------------------------------------------------------------------------

    def add(
        self,
        parsed: Parsed,
        record: CredentialRecord,
        report: Report | None,
        *,
        accepted_invalid: bool = False,
        imported_at: datetime | None = None,
        note: str = "",
        tags: Sequence[str] = (),
    ) -> AddResult:
        """Store a credential with its record and report in one transaction.

        The same credential (same content hash) is not stored twice: the existing id comes back
        with ``duplicate=True`` and nothing changes.
        """
        return self.add_original(
            **_stored_parts(parsed),
            record=record,
            report=report,
            accepted_invalid=accepted_invalid,
            imported_at=imported_at,
            note=note,
            tags=tags,
        )

    def add_original(
        self,
        *,
        content_hash: str,
        format: str,
        container: str,
        original: bytes,
        source_name: str | None,
        record: CredentialRecord,
        report: Report | None,
        accepted_invalid: bool = False,
        imported_at: datetime | None = None,
        note: str = "",
        tags: Sequence[str] = (),
    ) -> AddResult:
        """:meth:`add` from stored parts (restore uses it: the content hash travels with the backup)."""
        with self._session() as session:
            result = self._insert(
                session,
                content_hash=content_hash,
                format=format,
                container=container,
                original=original,
                source_name=source_name,
                record=record,
                report=report,
                accepted_invalid=accepted_invalid,
                imported_at=imported_at,
                note=note,
                tags=tags,
            )
            session.commit()
            return result

    def add_batch(self, items: Iterable[tuple[Parsed, CredentialRecord, Report | None]]) -> list[AddResult]:
        """Store many credentials in one transaction: all of them, or none if anything fails."""
        with self._session() as session:
            results = [self._insert(session, **_stored_parts(p), record=record, report=report) for p, record, report in items]
            session.commit()
            return results

    def _insert(
        self,
        session: Session,
        *,
        content_hash: str,
        format: str,
        container: str,
        original: bytes,
        source_name: str | None,
        record: CredentialRecord,
        report: Report | None,
        accepted_invalid: bool = False,
        imported_at: datetime | None = None,
        note: str = "",
        tags: Sequence[str] = (),
    ) -> AddResult:
        existing = session.exec(select(CredentialRow.id).where(CredentialRow.content_hash == content_hash)).first()
        if existing is not None:
            return AddResult(existing, True)
        row = CredentialRow(
            content_hash=content_hash,
            format=format,
            container=container,
            original=original,
            source_name=source_name,
            record_json=json.dumps(record.to_json(), ensure_ascii=False),
            title=text_in(record.title) or "",
            awarding_body=text_in(record.awarding_body) or "",
            issuer_id=record.issuer_id,
            issuer_country=record.issuer_country,
            issued=record.issued,
            ects=record.workload.ects,
            eqf=record.level.eqf,
            search_text=search_text(record, tags),
            imported_at=imported_at or datetime.now(UTC),
            accepted_invalid=accepted_invalid,
            note=note[:MAX_NOTE_CHARS],
        )
        if report is not None:
            self._mark(row, report)
        session.add(row)
        session.flush()
        assert row.id is not None
        if report is not None:
            self._write_report(session, row.id, report, fresh=True)
        for tag in tags:
            self._attach_tag(session, row.id, normalise_tag(tag))
        return AddResult(row.id, False)

    @staticmethod
    def _mark(row: CredentialRow, report: Report) -> None:
        row.verdict = str(report.verdict)
        row.trust = report.issuer.trust
        row.checked_at = report.checked_at

    def _write_report(self, session: Session, credential_id: int, report: Report, *, fresh: bool) -> None:
        """Store ``report``'s checks and JSON; ``fresh`` when the credential has none stored yet.

        Plain bulk inserts: an import writes a report per file, and ORM objects per check were half
        the cost of storing a credential.
        """
        if not fresh:
            session.execute(delete(CheckRow).where(col(CheckRow.credential_id) == credential_id))
            session.execute(delete(ReportRow).where(col(ReportRow.credential_id) == credential_id))
        checks = [
            {
                "credential_id": credential_id,
                "position": position,
                "check_id": check.id,
                "outcome": str(check.outcome),
                "detail": check.detail,
                "code": check.code,
                "data_json": json.dumps(dict(check.data), ensure_ascii=False, default=str),
                "checked_at": report.checked_at,
            }
            for position, check in enumerate(report.checks)
        ]
        if checks:
            session.execute(insert(CheckRow), checks)
        report_json = json.dumps(report.to_json(), ensure_ascii=False, default=str)
        session.execute(insert(ReportRow), [{"credential_id": credential_id, "report_json": report_json}])

    def update_report(self, credential_id: int, report: Report) -> None:
        """Replace the stored report (after a re-verification)."""
        with self._session() as session:
            row = self._row(session, credential_id)
            self._mark(row, report)
            session.add(row)
            self._write_report(session, credential_id, report, fresh=False)
            session.commit()

    def delete(self, credential_id: int) -> None:
        with self._session() as session:
            row = self._row(session, credential_id)
            session.execute(delete(CheckRow).where(col(CheckRow.credential_id) == credential_id))
            session.execute(delete(ReportRow).where(col(ReportRow.credential_id) == credential_id))
            session.execute(delete(CredentialTagRow).where(col(CredentialTagRow.credential_id) == credential_id))
            session.delete(row)
            self._drop_unused_tags(session)
            session.commit()

    def set_note(self, credential_id: int, note: str) -> None:
        with self._session() as session:
            row = self._row(session, credential_id)
            row.note = note[:MAX_NOTE_CHARS]
            session.add(row)
            session.commit()

    # -- tags -------------------------------------------------------------------------------

    def tag(self, credential_id: int, *tags: str) -> tuple[str, ...]:
        """Add ``tags`` (normalised; a ``ValueError`` for an empty or overlong one). Returns all tags."""
        names = [normalise_tag(t) for t in tags]
        with self._session() as session:
            row = self._row(session, credential_id)
            for name in names:
                self._attach_tag(session, credential_id, name)
            session.flush()
            self._refresh_search(session, row)
            session.commit()
        return self.tags_of(credential_id)

    def untag(self, credential_id: int, *tags: str) -> tuple[str, ...]:
        names = [normalise_tag(t) for t in tags]
        with self._session() as session:
            row = self._row(session, credential_id)
            tag_ids = session.exec(select(TagRow.id).where(col(TagRow.name).in_(names))).all()
            session.execute(
                delete(CredentialTagRow).where(
                    col(CredentialTagRow.credential_id) == credential_id, col(CredentialTagRow.tag_id).in_(tag_ids)
                )
            )
            session.flush()
            self._drop_unused_tags(session)
            self._refresh_search(session, row)
            session.commit()
        return self.tags_of(credential_id)

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag everywhere; renaming onto an existing tag merges the two."""
        old_name, new_name = normalise_tag(old), normalise_tag(new)
        with self._session() as session:
            source = session.exec(select(TagRow).where(TagRow.name == old_name)).first()
            if source is None:
                raise NotFound(f"no tag {old_name!r}", tag=old_name)
            target = session.exec(select(TagRow).where(TagRow.name == new_name)).first()
            if target is None:
                source.name = new_name
                session.add(source)
            elif target.id != source.id:
                links = session.exec(select(CredentialTagRow.credential_id).where(CredentialTagRow.tag_id == source.id)).all()
                for credential_id in links:
                    self._attach_tag(session, credential_id, new_name)
                session.execute(delete(CredentialTagRow).where(col(CredentialTagRow.tag_id) == source.id))
                session.delete(source)
            session.flush()
            affected = session.exec(
                select(CredentialRow)
                .join(CredentialTagRow, col(CredentialTagRow.credential_id) == col(CredentialRow.id))
                .join(TagRow)
                .where(TagRow.name == new_name)
            ).all()
            for row in affected:
                self._refresh_search(session, row)
            session.commit()

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag with how many credentials carry it, by name."""
        with self._session() as session:
            rows = session.exec(
                select(TagRow.name, func.count(col(CredentialTagRow.credential_id)))
                .join(CredentialTagRow, col(CredentialTagRow.tag_id) == col(TagRow.id))
                .group_by(col(TagRow.name))
                .order_by(col(TagRow.name))
            ).all()
            return [(name, int(count)) for name, count in rows]

    def tags_of(self, credential_id: int) -> tuple[str, ...]:
        with self._session() as session:
            return self._tags(session, [credential_id]).get(credential_id, ())

    def _attach_tag(self, session: Session, credential_id: int, name: str) -> None:
        tag = session.exec(select(TagRow).where(TagRow.name == name)).first()
        if tag is None:
            tag = TagRow(name=name)
            session.add(tag)
            session.flush()
        assert tag.id is not None
        link = session.get(CredentialTagRow, (credential_id, tag.id))
        if link is None:
            session.add(CredentialTagRow(credential_id=credential_id, tag_id=tag.id))

    def _drop_unused_tags(self, session: Session) -> None:
        used = select(CredentialTagRow.tag_id)
        session.execute(delete(TagRow).where(col(TagRow.id).not_in(used)))

    def _refresh_search(self, session: Session, row: CredentialRow) -> None:
        assert row.id is not None
        tags = self._tags(session, [row.id]).get(row.id, ())
        row.search_text = search_text(CredentialRecord.from_json(json.loads(row.record_json)), tags)
        session.add(row)

    def _tags(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        if not ids:
            return {}
        rows = session.exec(
            select(CredentialTagRow.credential_id, TagRow.name)
            .join(TagRow, col(TagRow.id) == col(CredentialTagRow.tag_id))
            .where(col(CredentialTagRow.credential_id).in_(ids))
            .order_by(col(TagRow.name))
        ).all()
        out: dict[int, list[str]] = {}
        for credential_id, name in rows:
            out.setdefault(credential_id, []).append(name)
        return {k: tuple(v) for k, v in out.items()}

    # -- reading ----------------------------------------------------------------------------

    def _row(self, session: Session, credential_id: int) -> CredentialRow:
        row = session.get(CredentialRow, credential_id)
        if row is None:
            raise NotFound(f"no credential {credential_id}", id=credential_id)
        return row

    def count(self) -> int:
        with self._session() as session:
            return int(session.exec(select(func.count()).select_from(CredentialRow)).one())

    def summaries(
        self,
        *,
        search: str | None = None,
        tag: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[CredentialSummary]:
        """Summaries, most recently imported first; ``search`` matches words anywhere (all must match)."""
        columns: tuple[Any, ...] = (
            CredentialRow.id,
            CredentialRow.content_hash,
            CredentialRow.format,
            CredentialRow.title,
            CredentialRow.awarding_body,
            CredentialRow.issued,
            CredentialRow.imported_at,
            CredentialRow.ects,
            CredentialRow.eqf,
            CredentialRow.verdict,
            CredentialRow.trust,
            CredentialRow.checked_at,
            CredentialRow.accepted_invalid,
            CredentialRow.record_json,
        )
        with self._session() as session:
            query: Any = select(*columns)
            if search:
                for word in fold(search).split():
                    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    query = query.where(col(CredentialRow.search_text).like(f"%{escaped}%", escape="\\"))
            if tag:
                query = (
                    query.join(CredentialTagRow, col(CredentialTagRow.credential_id) == col(CredentialRow.id))
                    .join(TagRow, col(TagRow.id) == col(CredentialTagRow.tag_id))
                    .where(TagRow.name == normalise_tag(tag))
                )
            order = col(CredentialRow.imported_at)
            query = query.order_by(order.desc() if newest_first else order.asc(), col(CredentialRow.id).desc())
            if limit is not None:
                query = query.limit(limit)
            if offset:
                query = query.offset(offset)
            rows = session.exec(query).all()
            ids = [r[0] for r in rows]
            tags = self._tags(session, ids)
            failures = self._failures(session, ids)
        return [self._summary(r, tags.get(r[0], ()), failures.get(r[0], ())) for r in rows]

    def _failures(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[tuple[str, str], ...]]:
        """The (check id, code) of every failed check of the stored reports of ``ids``, in report order."""
        if not ids:
            return {}
        rows = session.exec(
            select(CheckRow.credential_id, CheckRow.check_id, CheckRow.code)
            .where(col(CheckRow.credential_id).in_(ids), CheckRow.outcome == "fail")
            .order_by(col(CheckRow.credential_id), col(CheckRow.position))
        ).all()
        out: dict[int, list[tuple[str, str]]] = {}
        for credential_id, check_id, code in rows:
            out.setdefault(credential_id, []).append((check_id, code))
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def _summary(r: Any, tags: tuple[str, ...], failures: tuple[tuple[str, str], ...] = ()) -> CredentialSummary:
        return CredentialSummary(
            id=r[0],
            content_hash=r[1],
            format=r[2],
            title=r[3],
            awarding_body=r[4],
            issued=r[5],
            imported_at=_aware(r[6]),
            ects=r[7],
            eqf=r[8],
            verdict=r[9],
            trust=r[10],
            checked_at=_aware(r[11]) if r[11] else None,
            accepted_invalid=bool(r[12]),
            tags=tags,
            record=CredentialRecord.from_json(json.loads(r[13])),
            failed_checks=tuple(check_id for check_id, _code in failures),
            failed_codes=tuple(code for _check_id, code in failures),
        )

    def get(self, credential_id: int) -> StoredCredential:
        """Everything stored for one credential. Raises :class:`NotFound`."""
        with self._session() as session:
            row = self._row(session, credential_id)
            report_row = session.get(ReportRow, credential_id)
            tags = self._tags(session, [credential_id]).get(credential_id, ())
            failures = self._failures(session, [credential_id]).get(credential_id, ())
        summary = self._summary(
            (
                row.id,
                row.content_hash,
                row.format,
                row.title,
                row.awarding_body,
                row.issued,
                row.imported_at,
                row.ects,
                row.eqf,
                row.verdict,
                row.trust,
                row.checked_at,
                row.accepted_invalid,
                row.record_json,
            ),
            tags,
            failures,
        )
        report = Report.from_json(json.loads(report_row.report_json)) if report_row else None
        return StoredCredential(summary, row.original, row.container, row.source_name, report, row.note)

    def find_by_hash(self, content_hash: str) -> int | None:
        with self._session() as session:
            return session.exec(select(CredentialRow.id).where(CredentialRow.content_hash == content_hash)).first()

    def ids(self) -> list[int]:
        with self._session() as session:
            return [i for i in session.exec(select(CredentialRow.id).order_by(col(CredentialRow.id))).all() if i is not None]

    def originals(self) -> Iterator[tuple[int, bytes, str | None]]:
        """Every credential's id, original bytes and source name, one at a time (re-verify, backup)."""
        for credential_id in self.ids():
            with self._session() as session:
                row = session.get(CredentialRow, credential_id)
                if row is not None:
                    yield credential_id, row.original, row.source_name

    # -- issuers the learner trusts ---------------------------------------------------------

    def trusted_issuers(self) -> list[tuple[str, str | None]]:
        with self._session() as session:
            return [(r.issuer_id, r.name) for r in session.exec(select(TrustedIssuerRow).order_by(col(TrustedIssuerRow.issuer_id))).all()]

    def trust_issuer(self, issuer_id: str, name: str | None = None) -> None:
        with self._session() as session:
            session.merge(TrustedIssuerRow(issuer_id=issuer_id, name=name, added_at=datetime.now(UTC)))
            session.commit()

    def distrust_issuer(self, issuer_id: str) -> None:
        with self._session() as session:
            session.execute(delete(TrustedIssuerRow).where(col(TrustedIssuerRow.issuer_id) == issuer_id))
            session.commit()


def _stored_parts(parsed: Parsed) -> dict[str, Any]:
    """What the vault keeps of a parsed credential besides its record and report."""
    return {
        "content_hash": parsed.content_hash,
        "format": parsed.format,
        "container": parsed.container,
        "original": parsed.original,
        "source_name": parsed.name,
    }


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


__all__ = [
    "AddResult",
    "CredentialSummary",
    "Repository",
    "StoredCredential",
    "fold",
    "normalise_tag",
]
