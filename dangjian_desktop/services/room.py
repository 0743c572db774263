"""党员活动室 “五有十上墙”: the versioned checklist, inspections with photos, rectifications, comparison, report."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain.attachments import Attachment
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.room import (
    ChecklistItem,
    ChecklistTemplate,
    Inspection,
    InspectionSummary,
    ItemComparison,
    ItemResult,
    Rectification,
    RectStatus,
    Result,
    default_deadline,
    new_key,
    sorted_by_section,
    validate_inspection,
    validate_rectification,
    validate_template_items,
)
from dangjian_desktop.domain.validation import clean_fields, one_by_prefix, clean_text
from dangjian_desktop.paths import resource
from dangjian_desktop.services.attachments import AttachmentService
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import room as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

DEFAULT_TEMPLATE_FILE = ("templates", "room_checklist_default.json")
DEFAULT_ROOM = "党员活动室"


def load_default_items() -> list[ChecklistItem]:
    """The shipped default checklist (resources/templates/room_checklist_default.json)."""
    data = json.loads(resource(*DEFAULT_TEMPLATE_FILE).read_text(encoding="utf-8"))
    return [ChecklistItem(key=d["key"], section=d["section"], text=d["text"]) for d in data["items"]]


class RoomService:
    def __init__(self, store: Store, branches: BranchService, attachments: AttachmentService):
        self.store = store
        self.branches = branches
        self.attachments = attachments

    # -- checklist template ----------------------------------------------------------------------------------
    def template(self) -> ChecklistTemplate:
        """The current checklist: the latest saved version, or the shipped default (version 1) before any."""
        return repo.latest_template() or ChecklistTemplate(version=1, items=tuple(load_default_items()),
                                                           note="默认检查表")

    def template_version(self, version: int) -> ChecklistTemplate:
        t = repo.get_template(version)
        if t is None:
            current = self.template()
            if current.version == version:
                return current
            raise NotFoundError(f"找不到第{version}版检查表。")
        return t

    def template_versions(self) -> list[ChecklistTemplate]:
        return repo.list_templates() or [self.template()]

    def _ensure_template_stored(self) -> ChecklistTemplate:
        stored = repo.latest_template()
        if stored is not None:
            return stored
        t = self.template()
        return repo.add_template(t.version, t.items, t.note)

    def save_template(self, items: list[ChecklistItem], note: str = "") -> ChecklistTemplate:
        """Save edited items as a new version (nothing is written when nothing changed)."""
        cleaned = [ChecklistItem(key=it.key or new_key(), section=it.section, text=clean_text(it.text, 200))
                   for it in items]
        cleaned = sorted_by_section(cleaned)
        problems = validate_template_items(cleaned)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            current = self._ensure_template_stored()
            if current.same_items(cleaned):
                return current
            return repo.add_template(current.version + 1, cleaned, clean_text(note, 500))

    def reset_template(self) -> ChecklistTemplate:
        """Go back to the shipped default list (as a new version)."""
        return self.save_template(load_default_items(), note="恢复为默认检查表")

    # -- inspections -----------------------------------------------------------------------------------------
    def new_inspection(self, on: dt.date | None = None, room: str = "", inspectors: str = "") -> Inspection:
        """An unsaved inspection with one line per item of the current checklist."""
        t = self.template()
        return Inspection(
            inspected_on=on or clock.today(), room=room or self._last_room(), inspectors=inspectors,
            template_version=t.version,
            results=[ItemResult(key=i.key, section=i.section, text=i.text) for i in t.items],
        )

    def _last_room(self) -> str:
        found = repo.list_inspections()
        return found[0].room if found else DEFAULT_ROOM

    def add_photo(self, source: Path | str) -> Attachment:
        """Copy a photo into the data folder (checked first: a non-picture is refused and nothing is saved)."""
        return self.attachments.add(Path(source), image=True)

    def photo_path(self, att: Attachment) -> Path:
        return self.attachments.path_of(att)

    def save_inspection(self, ins: Inspection, today: dt.date | None = None) -> Inspection:
        """Save an inspection. Each failed item gets a rectification (to be filled in); items that no longer
        fail lose theirs."""
        today = today or clock.today()
        clean_fields(ins, room=200, inspectors=300, note=2000)
        for r in ins.results:
            r.remark = clean_text(r.remark, 1000)
        problems = validate_inspection(ins, today)
        for r in ins.rectifications:
            clean_fields(r, measure=1000, responsible=100, note=1000)
            problems += validate_rectification(r, ins.inspected_on, today)
        if problems:
            raise ValidationError("", problems)
        by_key = {r.item_key: r for r in ins.rectifications}
        rects = []
        for res in ins.failed:
            r = by_key.get(res.key) or Rectification(item_key=res.key, item_text=res.text,
                                                     deadline=default_deadline(ins.inspected_on))
            r.item_text = res.text
            rects.append(r)
        ins.rectifications = rects
        with self.store.atomic():
            self._ensure_template_stored()
            if repo.get_template(ins.template_version) is None:
                raise ValidationError(f"检查表第{ins.template_version}版不存在。")
            return repo.save_inspection(ins)

    def inspection(self, uuid: str) -> Inspection:
        return repo.get_inspection(uuid)

    def resolve_id(self, id_or_prefix: str) -> str:
        """A full UUID or a unique prefix of one (as typed on the command line)."""
        return one_by_prefix(id_or_prefix, repo.uuids_with_prefix, "检查记录")

    def inspections(self, today: dt.date | None = None) -> list[InspectionSummary]:
        today = today or clock.today()
        return [
            InspectionSummary(
                uuid=i.uuid or "", inspected_on=i.inspected_on, room=i.room, inspectors=i.inspectors,
                template_version=i.template_version, score=i.score, rectifications=len(i.rectifications),
                open_rectifications=len(i.open_rectifications()),
                overdue_rectifications=sum(1 for r in i.rectifications if r.is_overdue(today)),
            )
            for i in repo.list_inspections()
        ]

    def delete_inspection(self, uuid: str) -> None:
        with self.store.atomic():
            repo.delete_inspection(uuid)

    # -- rectifications --------------------------------------------------------------------------------------
    def rectifications(self, open_only: bool = False) -> list[Rectification]:
        return repo.list_rectifications(open_only)

    def save_rectification(self, r: Rectification, today: dt.date | None = None) -> Rectification:
        today = today or clock.today()
        clean_fields(r, measure=1000, responsible=100, note=1000)
        if r.completed_on and r.status is not RectStatus.DONE:
            r.status = RectStatus.DONE  # a completion date means it is done
        old = repo.get_rectification(r.uuid or "")
        problems = validate_rectification(r, old.inspection_date, today)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            return repo.save_rectification(r)

    def complete_rectification(self, uuid: str, on: dt.date, measure: str = "",
                               today: dt.date | None = None) -> Rectification:
        r = repo.get_rectification(uuid)
        r = replace(r, completed_on=on, status=RectStatus.DONE, measure=measure or r.measure)
        return self.save_rectification(r, today)

    # -- comparison ------------------------------------------------------------------------------------------
    def previous(self, uuid: str) -> Inspection | None:
        return repo.previous_inspection(repo.get_inspection(uuid))

    def compare_with_previous(self, uuid: str) -> tuple[Inspection | None, list[ItemComparison]]:
        from dangjian_desktop.domain.room import compare

        current = repo.get_inspection(uuid)
        prev = repo.previous_inspection(current)
        if prev is None:
            return None, []
        return prev, compare(prev, current)

    # -- paper -----------------------------------------------------------------------------------------------
    def report_pdf(self, uuid: str, out: Path | str) -> Path:
        """The inspection report: results, photo thumbnails, rectification list, signature lines."""
        from dangjian_desktop.reports.inspection import build_inspection_pdf

        branch = self.branches.require_profile()
        ins = repo.get_inspection(self.resolve_id(uuid))
        photos: list[tuple[str, Path]] = []
        for r in ins.results:
            for p in r.photos:
                path = self.attachments.path_of(p)
                if path.is_file():
                    photos.append((r.text, path))
        prev, changes = self.compare_with_previous(ins.uuid or "")
        return build_inspection_pdf(out, branch, ins, photos, prev, changes, today=clock.today())


# -- documents on 报表 ------------------------------------------------------------------------------------------------


# -- reminders ----------------------------------------------------------------------------------------------------


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """Rectifications overdue or due within two weeks, on 首页."""
    out: list[Reminder] = []
    for r in services.room.rectifications(open_only=True):
        where = f"{r.room}{r.inspection_date:%Y年%m月%d日}检查" if r.inspection_date else r.room
        who = f"，责任人{r.responsible}" if r.responsible else ""
        if r.is_overdue(today):
            days = (today - r.deadline).days if r.deadline else 0
            out.append(Reminder("rectification_overdue", f"活动室整改已逾期{days}天：{r.item_text}",
                                f"{where}发现的问题，整改期限{r.deadline:%Y年%m月%d日}{who}。请督促完成并登记完成日期。",
                                r.deadline, Urgency.OVERDUE, page="room", record_kind="rectification",
                                record_uuid=r.uuid or ""))
        elif r.is_due_soon(today):
            out.append(Reminder("rectification_due", f"活动室整改即将到期：{r.item_text}",
                                f"{where}发现的问题，整改期限{r.deadline:%Y年%m月%d日}{who}。", r.deadline,
                                Urgency.SOON, page="room", record_kind="rectification", record_uuid=r.uuid or ""))
    return out


# -- demo ---------------------------------------------------------------------------------------------------------


def _demo_photo(folder: Path, name: str, rng: random.Random, wall: tuple[int, int, int]) -> Path:
    """A simple picture of a wall with frames (no text), so the report shows real thumbnails."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (640, 480), wall)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 380, 640, 480), fill=(150, 120, 90))
    for i in range(3):
        x = 60 + i * 190
        d.rectangle((x, 90, x + 150, 290), fill=(250, 250, 245), outline=(120, 20, 20), width=6)
        for k in range(6):
            y = 120 + k * 26
            d.line((x + 18, y, x + 132 - rng.randint(0, 40), y), fill=(90, 90, 90), width=4)
    path = folder / name
    img.save(path, "JPEG", quality=80)
    return path


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    """The half-yearly inspections: one about seven months ago (the flag worn, replaced within three weeks) and
    one 45 days ago with two failed items: one rectification overdue, one due soon."""
    import tempfile

    svc = services.room
    members = services.roster.members()
    secretary = services.branch.profile().secretary_name if services.branch.profile() else ""
    inspectors = "、".join(n for n in [secretary, members[5].name if len(members) > 5 else ""] if n)
    before = today - dt.timedelta(days=227)
    earlier = svc.new_inspection(before, room="党员活动室（办公楼三楼）", inspectors=inspectors)
    for r in earlier.results:
        r.result = Result.FAIL if r.key == "wy-flag" else Result.PASS
        r.remark = "党旗褪色、边角破损，需更换。" if r.key == "wy-flag" else ""
        if r.key == "qt-honours":
            r.result, r.remark = Result.NOT_APPLICABLE, "支部近三年未获集体荣誉，暂不设荣誉墙。"
    earlier.rectifications = [Rectification(
        item_key="wy-flag", item_text="", measure="向公司党委办公室申领新党旗并更换。",
        responsible=members[6].name if len(members) > 6 else "", deadline=before + dt.timedelta(days=30),
        completed_on=before + dt.timedelta(days=20), status=RectStatus.DONE)]
    svc.save_inspection(earlier, today=before + dt.timedelta(days=20))
    on = today - dt.timedelta(days=45)
    ins = svc.new_inspection(on, room="党员活动室（办公楼三楼）", inspectors=inspectors)
    with tempfile.TemporaryDirectory() as tmp:
        wall = svc.add_photo(_demo_photo(Path(tmp), "上墙制度.jpg", rng, (236, 228, 214)))
        flag = svc.add_photo(_demo_photo(Path(tmp), "党旗.jpg", rng, (226, 222, 230)))
    failed = {"sw-develop": "发展党员工作流程图为2015年旧版，未按现行细则更新。",
              "qt-usage": "电教设备无使用登记记录。"}
    for r in ins.results:
        if r.key in failed:
            r.result, r.remark = Result.FAIL, failed[r.key]
        elif r.key == "qt-honours":
            r.result, r.remark = Result.NOT_APPLICABLE, "支部近三年未获集体荣誉，暂不设荣誉墙。"
        else:
            r.result = Result.PASS
        if r.key == "sw-sanhui":
            r.photos = [wall]
        if r.key == "wy-flag":
            r.photos = [flag]
    resp = members[6].name if len(members) > 6 else ""
    ins.rectifications = [
        Rectification(item_key="sw-develop", item_text="", measure="按《中国共产党发展党员工作细则》重新制作流程图并上墙。",
                      responsible=resp, deadline=on + dt.timedelta(days=30), status=RectStatus.IN_PROGRESS),
        Rectification(item_key="qt-usage", item_text="", measure="建立电教设备使用登记本，每次使用后登记。",
                      responsible=members[7].name if len(members) > 7 else resp, deadline=today + dt.timedelta(days=10)),
    ]
    svc.save_inspection(ins, today=today)
