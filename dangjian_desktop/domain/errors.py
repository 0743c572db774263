"""Errors that carry a message fit to show a branch secretary (Simplified Chinese)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
T = TypeVar("T")


class DomainError(Exception):
    """Base for every error the user should read. ``str(err)`` is the Chinese message."""


class ValidationError(DomainError):
    """Input that breaks a rule. ``problems`` lists each problem (field, message)."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None):
        self.problems = problems or []
        if self.problems and not message:
            message = "；".join(m for _, m in self.problems)
        super().__init__(message)


class NotFoundError(DomainError):
    pass


def or_none(get: Callable[[K], T], key: K) -> T | None:
    """``get(key)``, or None when there is no such record (``get`` raised NotFoundError)."""
    try:
        return get(key)
    except NotFoundError:
        return None


class ReadOnlyError(DomainError):
    """The store (or record) may not be written: another instance, a locked record, an HQ copy."""


class MissingGlyphsError(DomainError):
    """Characters that no font has (e.g. CJK Ext-B 𠮷) would print as boxes."""

    def __init__(self, chars: list[str]):
        self.chars = chars
        shown = "、".join(f"“{c}”(U+{ord(c):04X})" for c in chars[:10])
        super().__init__(f"以下生僻字在所有可用字体中都没有，打印时会显示为空白方框：{shown}。"
                         "可以先改用同音常用字并在备注中说明，或安装含该字的字体后再打印。")


class Cancelled(DomainError):
    """The user stopped a long action (取消). Raised from a progress callback at a point where stopping is safe;
    whatever the action wrote is rolled back or removed."""

    def __init__(self, message: str = "已取消，没有留下未完成的数据。"):
        super().__init__(message)
