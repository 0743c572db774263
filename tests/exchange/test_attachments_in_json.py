"""Pledge evidence and inspection photos are kept as JSON lists of attachments; their files travel too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dangjian_desktop.services.container import Services


def _png(path: Path, colour: tuple[int, int, int]) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 30), colour).save(path)
    return path


def test_photos_in_json_columns_travel_to_headquarters(tmp_path, demo_services):
    s = demo_services
    insp = s.room.inspection(s.room.inspections()[0].uuid)
    att = s.room.add_photo(_png(tmp_path / "现场照片.png", (200, 30, 30)))
    insp.results[0].photos.append(att)
    s.room.save_inspection(insp)
    stored = s.room.photo_path(s.room.inspection(insp.uuid).results[0].photos[-1])
    assert stored.exists()
    pkg = s.exchange.export(tmp_path / "out", password=None, allow_unencrypted=True, today=dt.date.today()).path
    s.close()

    hq = Services.open(tmp_path / "hq")
    try:
        hq.branch.init_headquarters("测试上级党委")
        result = hq.exchange.import_packages([Path(pkg)], passwords=[])[0]
        assert result.outcome.value == "imported", result.reason
        copies = list((tmp_path / "hq" / "attachments").rglob(stored.name))
        assert copies, f"photo {stored.name} missing at headquarters"
        assert copies[0].read_bytes() == stored.read_bytes()
    finally:
        hq.close()
