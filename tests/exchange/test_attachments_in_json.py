"""Pledge evidence and inspection photos are kept as JSON lists of attachments; their files travel too."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from tests.pg.cluster import on_both_engines, open_hq


def _png(path: Path, colour: tuple[int, int, int]) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 30), colour).save(path)
    return path


@on_both_engines  # PostgreSQL too (issue 22)
def test_photos_in_json_columns_travel_to_headquarters(tmp_path, demo_services, make_hq):
    s = demo_services
    insp = s.room.inspection(s.room.inspections()[0].uuid)
    att = s.room.add_photo(_png(tmp_path / "现场照片.png", (200, 30, 30)))
    insp.results[0].photos.append(att)
    s.room.save_inspection(insp)
    stored = s.room.photo_path(s.room.inspection(insp.uuid).results[0].photos[-1])
    assert stored.exists()
    pkg = s.exchange.export(tmp_path / "out", password=None, allow_unencrypted=True, today=clock.today()).path
    s.close()

    hq = open_hq(make_hq(tmp_path / "hq"))
    try:
        hq.branch.init_headquarters("测试上级党委")
        result = hq.exchange.import_packages([Path(pkg)], passwords=[])[0]
        assert result.outcome.value == "imported", result.reason
        copies = list((tmp_path / "hq" / "attachments").rglob(stored.name))
        assert copies, f"photo {stored.name} missing at headquarters"
        assert copies[0].read_bytes() == stored.read_bytes()
    finally:
        hq.close()


@on_both_engines  # PostgreSQL too (issue 22)
def test_meetings_imported_at_headquarters_are_searchable(tmp_path, demo_services, make_hq):
    """The full-text index follows merged rows (triggers), for short and long queries alike."""
    s = demo_services
    local = {q: {h.uuid for h in s.meetings.search(q)} for q in ("党", "党课", "第一议题")}
    assert all(local.values())
    pkg = s.exchange.export(tmp_path / "out", password=None, allow_unencrypted=True, today=clock.today()).path
    s.close()
    hq = open_hq(make_hq(tmp_path / "hq"))
    try:
        hq.branch.init_headquarters("测试上级党委")
        assert hq.exchange.import_packages([Path(pkg)], passwords=[])[0].outcome.value == "imported"
        for q, uuids in local.items():
            assert {h.uuid for h in hq.meetings.search(q)} == uuids, q
    finally:
        hq.close()
