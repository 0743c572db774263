"""Printing: every document the app prints is made here, from the store, into a PDF file."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.roster import RosterService


class MissingGlyphsError(DomainError):
    def __init__(self, chars: list[str]):
        self.chars = chars
        shown = "、".join(f"“{c}”(U+{ord(c):04X})" for c in chars[:10])
        super().__init__(f"以下生僻字在所有可用字体中都没有，打印时会显示为空白方框：{shown}。"
                         "可以先改用同音常用字并在备注中说明，或安装含该字的字体后再打印。")


def check_printable(*texts: str) -> None:
    """Raise MissingGlyphsError if some character would print as a box."""
    from dangjian_desktop.reports.fonts import missing_chars

    missing = missing_chars(*texts)
    if missing:
        raise MissingGlyphsError(missing)


class ReportService:
    def __init__(self, branches: BranchService, roster: RosterService):
        self.branches = branches
        self.roster = roster

    def roster_pdf(self, out: Path | str, *, show_ids: bool = False, allow_missing_glyphs: bool = False) -> Path:
        """党员名册 of the members on the roster today (身份证号 masked unless ``show_ids``)."""
        from dangjian_desktop.reports.roster import build_roster_pdf

        branch = self.branches.require_profile()
        members = self.roster.members(MemberFilter())
        if not allow_missing_glyphs:
            check_printable(branch.name, *(f"{m.name}{m.position}{m.group_name}{m.ethnicity}" for m in members))
        return build_roster_pdf(out, branch, members, show_ids=show_ids, as_of=clock.today())
