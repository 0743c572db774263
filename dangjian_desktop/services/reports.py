"""Printing: every document the app prints is made here, from the store, into a PDF file."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import MissingGlyphsError  # noqa: F401 - where callers have imported it from
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.roster import RosterService


class ReportService:
    def __init__(self, branches: BranchService, roster: RosterService):
        self.branches = branches
        self.roster = roster

    def roster_pdf(self, out: Path | str, *, show_ids: bool = False) -> Path:
        """党员名册 of the members on the roster today (身份证号 masked unless ``show_ids``)."""
        from dangjian_desktop.reports.roster import build_roster_pdf

        branch = self.branches.require_profile()
        members = self.roster.members(MemberFilter())
        return build_roster_pdf(out, branch, members, show_ids=show_ids, as_of=clock.today())
