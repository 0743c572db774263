"""What the previews of a spreadsheet import share (名册, 承诺, 党费基数): the rows with errors, whether the whole
file can be saved (all of it or nothing), and the errors told one line a row. No spreadsheet code here: a service
that reads its file lazily can declare its preview without loading the reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, Protocol, TypeVar


class CheckedRow(Protocol):
    row_number: int  # as the user sees it in the spreadsheet
    errors: list[str]


R = TypeVar("R", bound=CheckedRow)


def errors_text(rows: Iterable[R], name: Callable[[R], str]) -> str:
    """One line a row: ``第3行（张三）：身份证号不正确；…`` (``无姓名`` where the row names no one)."""
    return "\n".join(f"第{r.row_number}行（{name(r) or '无姓名'}）：{'；'.join(r.errors)}" for r in rows)


class RowsPreview(Generic[R]):
    """A preview whose rows are each checked before anything is saved."""

    rows: list[R]

    @property
    def error_rows(self) -> list[R]:
        return [r for r in self.rows if r.errors]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.error_rows
