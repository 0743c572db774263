"""The USB data package (数据包) as plain data: what is inside, and what happened when it was exported or imported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dangjian_desktop.domain.errors import DomainError


class PackageError(DomainError):
    """A package that cannot be trusted or read: damaged, altered, too new, wrong password, hostile.

    Nothing is ever written to the store when this is raised. ``str(err)`` is the Chinese reason."""


class WrongPasswordError(PackageError):
    pass


class PasswordRequiredError(PackageError):
    pass


class ExportWriteError(DomainError):
    """The package could not be written to the target (full, read-only, removed midway). No half file is left."""


class PackageKind(StrEnum):
    FULL = "full"  # 完整数据包
    INCREMENTAL = "incremental"  # 增量数据包 (changes since the last export)

    @property
    def label(self) -> str:
        return "完整" if self is PackageKind.FULL else "增量"


class ImportOutcome(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"  # this very package was imported before: nothing to do
    SKIPPED = "skipped"  # older than what headquarters already holds (by the branch's sequence)
    REFUSED = "refused"  # failed verification, not the branch's signature, or could not be merged; nothing written

    @property
    def label(self) -> str:
        return {"imported": "已导入", "unchanged": "无变化", "skipped": "已跳过（较旧）",
                "refused": "已拒绝"}[self.value]

    @property
    def status(self) -> str:
        """The CLI's ``status``: ``imported``, ``skipped`` (nothing applied: older, or imported before) or
        ``refused``."""
        return "skipped" if self is ImportOutcome.UNCHANGED else self.value


class ImportFlag(StrEnum):
    """Something about an imported package headquarters should know, though it did not stop the import."""

    UNSIGNED = "unsigned"  # an old package without a signature, accepted because the branch has no pinned key
    KEY_PINNED = "key_pinned"  # the branch's first signed package: its key is now pinned
    KEY_REPLACED = "key_replaced"  # a replacement key announced at headquarters (rekey) is now pinned
    CLOCK_AHEAD = "clock_ahead"  # exported more than a day ahead of headquarters' clock
    GAP = "gap"  # a full package after missing sequence numbers (it holds everything, so it was applied)


@dataclass(frozen=True)
class PackageSummary:
    """What a verified package holds, from its manifest."""

    path: str
    package_id: str
    format_version: int
    app_version: str
    schema_version: int
    branch_uuid: str
    branch_name: str
    created_at: dt.datetime  # UTC, naive
    kind: PackageKind
    since: dt.datetime | None
    year: int
    encrypted: bool
    counts: dict[str, int]
    tombstones: int
    attachments: int
    documents: list[str]
    size: int  # bytes of the package file
    fingerprint: str | None = None  # short fingerprint of the signing key; None: unsigned (an old package)
    sequence: int | None = None  # the branch's number for this package
    previous_sequence: int | None = None  # the export before this one (an incremental package builds on it)

    @property
    def signed(self) -> bool:
        return self.fingerprint is not None

    def describe(self) -> list[str]:
        """Lines for people (CLI verify, the UI)."""
        lines = [
            f"党支部：{self.branch_name}",
            f"导出时间：{fmt_utc(self.created_at)}",
            f"类型：{self.kind.label}数据包" + (f"（{fmt_utc(self.since)} 以后的变化）" if self.since else ""),
            f"加密：{'是（AES-256-GCM）' if self.encrypted else '否'}",
            f"签名：{'有（密钥指纹 ' + self.fingerprint + '）' if self.fingerprint else '无（旧版程序导出）'}",
            *([f"序号：{self.sequence}"
               + (f"（接在序号 {self.previous_sequence} 之后）" if self.previous_sequence else "")]
              if self.sequence else []),
            f"格式版本：{self.format_version}　程序版本：{self.app_version}　数据版本：{self.schema_version}",
            "记录：" + ("，".join(f"{table_title(t)} {n}" for t, n in self.counts.items() if n) or "无"),
        ]
        if self.tombstones:
            lines.append(f"删除记录：{self.tombstones}")
        lines.append(f"附件：{self.attachments} 个")
        lines.append("打印文档：" + ("、".join(self.documents) if self.documents else "无"))
        return lines


@dataclass
class ExportResult:
    path: str
    summary: PackageSummary
    missing_attachments: list[str] = field(default_factory=list)
    skipped_documents: list[str] = field(default_factory=list)  # documents that could not be printed, with reason
    left_out_attachments: list[str] = field(default_factory=list)  # files not sent: not a picture or PDF, with why


@dataclass
class ImportResult:
    path: str
    outcome: ImportOutcome
    reason: str = ""
    branch_name: str = ""
    branch_uuid: str = ""
    created_at: dt.datetime | None = None
    inserted: int = 0
    updated: int = 0
    deleted: int = 0  # every row removed, those removed with a deleted record (cascade) included
    sequence: int | None = None
    fingerprint: str | None = None
    flags: list[ImportFlag] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # one sentence per flag, for people

    @property
    def status(self) -> str:
        return self.outcome.status

    def flag(self, flag: ImportFlag, note: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)
            self.notes.append(note)

    def text(self) -> str:
        """The reason and every note, for a table cell or a line of output."""
        return "；".join(x for x in (self.reason.rstrip("。"), *self.notes) if x) + ("。" if self.reason else "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "status": self.status,
            "reason": self.reason,
            "branch": self.branch_name,
            "branch_uuid": self.branch_uuid,
            "sequence": self.sequence,
            "fingerprint": self.fingerprint,
            "signed": self.fingerprint is not None,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "inserted": self.inserted,
            "updated": self.updated,
            "deleted": self.deleted,
            "flags": [f.value for f in self.flags],
            "notes": list(self.notes),
            # the names of the first version, kept for scripts written against it
            "path": self.path,
            "outcome": self.outcome.value,
        }


@dataclass
class BranchOverview:
    """One row of the headquarters' consolidated view. ``figures`` holds each record kind's declared figures
    (``Feature.hq_columns``) by key; None: not known for this branch (shown as —)."""

    uuid: str
    name: str
    last_package_at: dt.datetime | None
    members: int
    figures: dict[str, int | None] = field(default_factory=dict)
    fingerprint: str | None = None  # the pinned signing key's short fingerprint; None: no signed package yet
    sequence: int | None = None  # the branch's last applied package number
    rekey_pending: str | None = None  # a replacement fingerprint announced at headquarters, not yet seen

    def as_dict(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid, "name": self.name,
            "last_package_at": self.last_package_at.isoformat() if self.last_package_at else None,
            "members": self.members, **self.figures,
            "fingerprint": self.fingerprint, "sequence": self.sequence, "rekey_pending": self.rekey_pending,
        }


@dataclass(frozen=True)
class RecordTable:
    """A read-only table of one record type of one branch (headquarters drill-in)."""

    table: str
    title: str
    headers: list[str]
    rows: list[list[str]]


def table_title(table: str) -> str:
    """A table's Chinese name, as its record kind declares it (``Table.label``); unknown tables keep their name."""
    from dangjian_desktop import features

    return features.table_label(table)


def fmt_utc(when: dt.datetime | None) -> str:
    """A UTC naive time shown in local time, to the minute."""
    if when is None:
        return ""
    return when.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
