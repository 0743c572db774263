"""What a record's checks find, for the record kinds whose rules are shown while typing (会议记录, 民主评议): one
vocabulary of severities and one shape of finding."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # cannot be saved like this
    WARNING = "warning"  # saved, but the user is told (and it blocks 定稿 where noted)


@dataclass(frozen=True)
class Issue:
    severity: Severity
    field: str
    message: str
    blocks_final: bool = False  # a warning that still keeps a meeting record from 定稿


def errors(issues: list[Issue]) -> list[Issue]:
    """The findings that refuse the save."""
    return [i for i in issues if i.severity is Severity.ERROR]
