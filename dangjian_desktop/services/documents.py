"""The documents 报表 offers: each can be previewed, printed and saved as PDF.

Features add theirs to ``DOCUMENTS``: a :class:`DocumentSpec` whose ``make`` is ``"module:function"`` of
``fn(services, out: Path, year: int | None) -> Path``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import NotFoundError

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    title: str
    description: str
    make: str  # "module:function" of fn(services, out, year) -> Path
    uses_year: bool = False
    file_stem: str = ""  # e.g. "年度党建工作台账" -> 示范党支部2026年度党建工作台账.pdf


def make_ledger(services: Services, out: Path, year: int | None) -> Path:
    from dangjian_desktop.services import ledger

    return ledger.ledger_pdf(services, year or clock.today().year, out)


def make_roster(services: Services, out: Path, year: int | None) -> Path:
    return services.reports.roster_pdf(out)


DOCUMENTS: list[DocumentSpec] = [
    DocumentSpec("ledger", "年度党建工作台账", "封面、支部基本情况、党员队伍、会议、承诺、活动室、任期与换届，一年一册。",
                 "dangjian_desktop.services.documents:make_ledger", uses_year=True, file_stem="年度党建工作台账"),
    DocumentSpec("roster", "党员名册", "在册党员名册（横向A4），身份证号遮挡显示。",
                 "dangjian_desktop.services.documents:make_roster", file_stem="党员名册"),
    DocumentSpec("minutes-book", "三会一课记录本", "一年的会议记录：封面、目录，每次会议另起一页，附主持人、记录人签字栏。",
                 "dangjian_desktop.services.meetings:make_minutes_book", uses_year=True, file_stem="三会一课记录本"),
    DocumentSpec("pledges_notice", "党员承诺公示表", "全体党员通过审核的承诺事项（横向A4），用于公示栏张贴。",
                 "dangjian_desktop.services.pledges:make_notice", uses_year=True, file_stem="党员承诺公示表"),
    DocumentSpec("pledge_summary", "践诺评诺情况汇总", "年终践诺评诺：完成情况、个人自评、党小组意见、支部评定、一带二。",
                 "dangjian_desktop.services.pledges:make_summary", uses_year=True, file_stem="践诺评诺情况汇总"),
    DocumentSpec("room_inspection", "党员活动室检查记录", "该年度最近一次“五有十上墙”检查：结果、照片、整改清单。",
                 "dangjian_desktop.services.room:make_latest_report", uses_year=True, file_stem="党员活动室检查记录"),
]


def documents() -> list[DocumentSpec]:
    return list(DOCUMENTS)


def spec(key: str) -> DocumentSpec:
    for d in DOCUMENTS:
        if d.key == key:
            return d
    raise NotFoundError(f"没有名为“{key}”的报表。")


def suggested_name(services: Services, key: str, year: int | None = None) -> str:
    d = spec(key)
    b = services.branch.profile()
    prefix = b.name if b else ""
    middle = f"{year}" if d.uses_year and year else ""
    name = f"{prefix}{middle}{d.file_stem or d.title}.pdf"
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)


def make(services: Services, key: str, out: Path | str, year: int | None = None) -> Path:
    d = spec(key)
    module, _, fn = d.make.partition(":")
    return getattr(importlib.import_module(module), fn)(services, Path(out), year if d.uses_year else None)
