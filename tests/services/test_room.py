"""党员活动室 without Qt: template versions, scoring, rectifications and the overdue rule, comparison, photos."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.reminders import Urgency
from dangjian_desktop.domain.room import (
    Change,
    ChecklistItem,
    Inspection,
    ItemResult,
    Rectification,
    RectStatus,
    Result,
    compare,
    score,
)
from dangjian_desktop.domain.roster import Branch

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def room(services):
    services.branch.save_profile(Branch(name="测试党支部"))
    return services


def _fill(ins: Inspection, fail: dict[str, str] | None = None, na: tuple[str, ...] = ()) -> Inspection:
    fail = fail or {}
    for r in ins.results:
        if r.key in fail:
            r.result, r.remark = Result.FAIL, fail[r.key]
        elif r.key in na:
            r.result = Result.NOT_APPLICABLE
        else:
            r.result = Result.PASS
    return ins


def _photo(path, color=(200, 30, 30)):
    from PIL import Image

    Image.new("RGB", (64, 48), color).save(path, "JPEG")
    return path


# -- domain rules -----------------------------------------------------------------------------------------------


def test_score_is_share_of_applicable_items_met():
    rs = [ItemResult("a", "五有", "A", Result.PASS), ItemResult("b", "五有", "B", Result.PASS),
          ItemResult("c", "五有", "C", Result.FAIL), ItemResult("d", "五有", "D", Result.NOT_APPLICABLE)]
    sc = score(rs)
    assert (sc.met, sc.failed, sc.not_applicable, sc.applicable) == (2, 1, 1, 3)
    assert sc.percent == 66.7
    assert score([ItemResult("d", "五有", "D", Result.NOT_APPLICABLE)]).percent is None
    assert score([ItemResult("a", "五有", "A", Result.PASS)]).text == "100分"


def test_rectification_status_and_overdue_rule():
    r = Rectification("k", "党旗", deadline=dt.date(2026, 11, 1))
    assert r.is_overdue(dt.date(2026, 11, 2)) and not r.is_overdue(dt.date(2026, 11, 1))
    assert r.status_text(dt.date(2026, 11, 2)) == "已逾期（待整改）"
    assert r.is_due_soon(dt.date(2026, 10, 25)) and not r.is_due_soon(dt.date(2026, 10, 1))
    done = replace(r, status=RectStatus.DONE, completed_on=dt.date(2026, 11, 5))
    assert not done.is_overdue(dt.date(2026, 12, 1)) and done.status_text(dt.date(2026, 12, 1)) == "已完成"
    assert not Rectification("k", "党旗").is_overdue(dt.date(2030, 1, 1))  # no deadline, never overdue


def test_comparison_improved_slipped_unchanged_new_dropped():
    def ins(pairs):
        return Inspection(TODAY, "活动室", "甲", 1, [ItemResult(k, "五有", k, r) for k, r in pairs])

    before = ins([("a", Result.FAIL), ("b", Result.PASS), ("c", Result.PASS), ("gone", Result.PASS),
                  ("n", Result.NOT_APPLICABLE)])
    after = ins([("a", Result.PASS), ("b", Result.FAIL), ("c", Result.PASS), ("new", Result.FAIL),
                 ("n", Result.PASS)])
    changes = {c.key: c.change for c in compare(before, after)}
    assert changes == {"a": Change.IMPROVED, "b": Change.SLIPPED, "c": Change.UNCHANGED, "new": Change.NEW,
                       "n": Change.UNCHANGED, "gone": Change.DROPPED}


# -- template versions ------------------------------------------------------------------------------------------


def test_default_template_is_shipped_grouped_and_editable_as_new_versions(room):
    r = room.room
    t = r.template()
    assert t.version == 1
    sections = t.by_section()
    assert len(sections["五有"]) == 5 and len(sections["十上墙"]) == 10
    assert any("入党誓词" in i.text for i in sections["十上墙"])
    # an inspection keeps version 1 ...
    ins = r.save_inspection(_fill(r.new_inspection(TODAY - dt.timedelta(days=10), "活动室", "王书记")), today=TODAY)
    assert ins.template_version == 1
    # ... while the user renames one item, removes one, adds one and reorders
    items = list(t.items)
    items[6] = replace(items[6], text="入党誓词（红底金字）")
    removed = items.pop(-1)
    items.insert(0, ChecklistItem(key="", section="其他", text="有党建宣传栏"))
    items[1], items[2] = items[2], items[1]
    v2 = r.save_template(items, note="按集团标准调整")
    assert v2.version == 2
    assert v2.items[0].section == "五有"  # grouped 五有 → 十上墙 → 其他, order kept inside each
    assert [i.text for i in v2.items if i.section == "其他"][0] == "有党建宣传栏"
    assert removed.key not in {i.key for i in v2.items}
    assert r.save_template(list(v2.items)).version == 2  # unchanged: no new version
    # the old inspection is untouched
    old = r.inspection(ins.uuid)
    assert old.template_version == 1
    assert "入党誓词" in [x.text for x in old.results] and removed.key in {x.key for x in old.results}
    assert r.template_version(1).items == t.items
    # a new inspection uses version 2
    assert r.new_inspection(TODAY).template_version == 2
    assert [v.version for v in r.template_versions()] == [1, 2]
    assert r.reset_template().version == 3


def test_template_validation(room):
    with pytest.raises(ValidationError, match="至少"):
        room.room.save_template([])
    with pytest.raises(ValidationError, match="重名"):
        room.room.save_template([ChecklistItem("a", "五有", "党旗"), ChecklistItem("b", "五有", "党旗")])
    with pytest.raises(ValidationError, match="分类"):
        room.room.save_template([ChecklistItem("a", "六有", "党旗")])


# -- inspections and rectifications ---------------------------------------------------------------------------


def test_failed_items_become_rectifications_and_follow_the_results(room):
    r = room.room
    on = TODAY - dt.timedelta(days=40)
    ins = _fill(r.new_inspection(on, "党员活动室（三楼）", "王书记、李委员"),
                fail={"sw-develop": "流程图为旧版", "qt-usage": "无使用登记"}, na=("qt-honours",))
    saved = r.save_inspection(ins, today=TODAY)
    assert saved.score.percent == round(100 * 15 / 17, 1)
    assert [x.item_key for x in saved.rectifications] == ["sw-develop", "qt-usage"]
    rect = saved.rectifications[0]
    assert rect.status is RectStatus.PENDING and rect.deadline == on + dt.timedelta(days=30)
    assert rect.is_overdue(TODAY)
    # fill in the rectification, then complete it
    rect.measure, rect.responsible = "按现行细则重新制作流程图", "苏德明"
    r.save_rectification(rect, today=TODAY)
    with pytest.raises(ValidationError, match="不能晚于今天"):
        r.complete_rectification(rect.uuid, TODAY + dt.timedelta(days=1), today=TODAY)
    with pytest.raises(ValidationError, match="早于检查日期"):
        r.complete_rectification(rect.uuid, on - dt.timedelta(days=1), today=TODAY)
    done = r.complete_rectification(rect.uuid, TODAY - dt.timedelta(days=2), today=TODAY)
    assert done.status is RectStatus.DONE and not done.is_overdue(TODAY)
    assert [x.item_key for x in r.rectifications(open_only=True)] == ["qt-usage"]
    # re-checked and now met: its rectification goes away; a newly failed item gets one
    again = r.inspection(saved.uuid)
    for x in again.results:
        if x.key == "qt-usage":
            x.result, x.remark = Result.PASS, ""
        if x.key == "wy-books":
            x.result, x.remark = Result.FAIL, "学习资料陈旧"
    again = r.save_inspection(again, today=TODAY)
    assert sorted(x.item_key for x in again.rectifications) == ["sw-develop", "wy-books"]
    kept = next(x for x in again.rectifications if x.item_key == "sw-develop")
    assert kept.status is RectStatus.DONE and kept.responsible == "苏德明"


def test_inspection_validation(room):
    r = room.room
    ins = r.new_inspection(TODAY, "", "")
    assert ins.room == "党员活动室"  # the default (or the last inspected) room is offered
    ins.room = ""
    with pytest.raises(ValidationError) as err:
        r.save_inspection(ins, today=TODAY)
    msgs = " ".join(m for _, m in err.value.problems)
    assert "活动室" in msgs and "检查人" in msgs and "未填写检查结果" in msgs
    ins = _fill(r.new_inspection(TODAY, "活动室", "甲"), fail={"wy-flag": ""})
    with pytest.raises(ValidationError, match="写明存在的问题"):
        r.save_inspection(ins, today=TODAY)
    with pytest.raises(ValidationError, match="晚于今天"):
        r.save_inspection(_fill(r.new_inspection(TODAY + dt.timedelta(days=1), "活动室", "甲")), today=TODAY)


def test_compare_with_previous_inspection_across_template_versions(room):
    r = room.room
    first = r.save_inspection(_fill(r.new_inspection(dt.date(2026, 3, 1), "活动室", "甲"),
                                    fail={"sw-oath": "未上墙", "wy-books": "资料少"}), today=TODAY)
    items = [replace(i, text="入党誓词（新）") if i.key == "sw-oath" else i for i in r.template().items]
    r.save_template(items)
    second = r.save_inspection(_fill(r.new_inspection(dt.date(2026, 9, 1), "活动室", "乙"),
                                     fail={"wy-flag": "党旗褪色", "wy-books": "仍少"}), today=TODAY)
    assert second.template_version == 2
    prev, changes = r.compare_with_previous(second.uuid)
    assert prev.uuid == first.uuid
    by_key = {c.key: c for c in changes}
    assert by_key["sw-oath"].change is Change.IMPROVED and by_key["sw-oath"].text == "入党誓词（新）"
    assert by_key["wy-flag"].change is Change.SLIPPED
    assert by_key["wy-books"].change is Change.UNCHANGED
    assert r.compare_with_previous(first.uuid) == (None, [])


def test_photos_are_content_addressed_and_non_images_refused(room, tmp_path):
    r = room.room
    a = _photo(tmp_path / "a.jpg")
    copy = tmp_path / "same.jpg"
    copy.write_bytes(a.read_bytes())
    att1, att2 = r.add_photo(a), r.add_photo(copy)
    assert att1.sha256 == att2.sha256 and att2.name == "same.jpg"
    stored = [p for p in room.store.paths.attachments.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name == att1.sha256 + ".jpg"
    fake = tmp_path / "会议纪要.jpg"
    fake.write_bytes(b"PK\x03\x04 this is a docx renamed to jpg")
    with pytest.raises(ValidationError, match="不是图片"):
        r.add_photo(fake)
    broken = tmp_path / "坏.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    with pytest.raises(ValidationError, match="损坏"):
        r.add_photo(broken)
    with pytest.raises(ValidationError, match="不是照片"):
        r.add_photo(_txt(tmp_path))
    assert len([p for p in room.store.paths.attachments.rglob("*") if p.is_file()]) == 1
    # photos are kept with the inspection
    ins = _fill(r.new_inspection(TODAY, "活动室", "甲"))
    ins.results[0].photos = [att1]
    saved = r.save_inspection(ins, today=TODAY)
    assert saved.results[0].photos == [att1]
    assert r.photo_path(att1).is_file()


def _txt(tmp_path):
    p = tmp_path / "说明.txt"
    p.write_text("文字", encoding="utf-8")
    return p


def test_resolve_id_accepts_unique_prefix(room):
    r = room.room
    ins = r.save_inspection(_fill(r.new_inspection(TODAY, "活动室", "甲")), today=TODAY)
    assert r.resolve_id(ins.uuid[:8]) == ins.uuid
    assert r.resolve_id(ins.uuid.upper()) == ins.uuid
    with pytest.raises(NotFoundError):
        r.resolve_id("ffffffff-0000")
    with pytest.raises(ValidationError, match="太短"):
        r.resolve_id("ab")


def test_reminders_for_overdue_and_due_soon_rectifications(demo_services):
    from dangjian_desktop.services.reminders import all_reminders

    today = clock.today()
    rs = [x for x in all_reminders(demo_services, today) if x.kind.startswith("rectification")]
    kinds = sorted((x.kind, x.urgency) for x in rs)
    assert kinds == [("rectification_due", Urgency.SOON), ("rectification_overdue", Urgency.OVERDUE)]
    assert all(x.page == "room" and x.record_uuid for x in rs)
    latest, earlier = demo_services.room.inspections()  # newest first; the earlier one's flag was replaced
    assert latest.score.failed == 2 and latest.overdue_rectifications == 1
    assert earlier.score.failed == 1 and earlier.open_rectifications == 0


def test_a_deleted_inspection_leaves_tombstones_for_it_and_its_rectifications(room):
    from dangjian_desktop.storage.models import Tombstone

    r = room.room
    first_key = r.new_inspection(TODAY).results[0].key
    ins = r.save_inspection(_fill(r.new_inspection(TODAY, "活动室", "王书记"), {first_key: "制度未上墙"}), today=TODAY)
    [rect] = ins.rectifications
    r.delete_inspection(ins.uuid)
    gone = {(t.table, t.uuid) for t in Tombstone.select()}
    assert {("room_inspection", ins.uuid), ("room_rectification", rect.uuid)} <= gone
    assert r.inspections() == [] and r.rectifications() == []
    r.delete_inspection(ins.uuid)  # deleting it again is nothing, not an error
