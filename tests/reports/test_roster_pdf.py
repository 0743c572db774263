"""党员名册 PDF: content, masking, embedded fonts, rare characters."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.reports import MissingGlyphsError
from tests.conftest import pdf_fonts, pdf_text


def test_roster_pdf_has_names_and_masked_ids_only(demo_services, tmp_path):
    out = demo_services.reports.roster_pdf(tmp_path / "名册.pdf")
    text = pdf_text(out)
    members = demo_services.roster.members()
    assert demo_services.branch.profile().name in text
    assert "党员名册" in text and f"在册党员{len(members)}名" in text
    for m in members:
        assert m.name in text
        assert idcard.mask(m.id_number) in text
        assert m.id_number not in text
    assert "第 1 页" in text and "共" in text


def test_roster_pdf_leaves_out_members_who_left(demo_services, tmp_path):
    from dangjian_desktop.domain.roster import MemberFilter

    gone = [m for m in demo_services.roster.members(MemberFilter(include_inactive=True)) if not m.status.is_active]
    assert gone
    text = pdf_text(demo_services.reports.roster_pdf(tmp_path / "r.pdf"))
    assert all(m.name not in text for m in gone)


def test_every_font_embedded_no_helvetica(demo_services, tmp_path):
    out = demo_services.reports.roster_pdf(tmp_path / "名册.pdf")
    fonts = pdf_fonts(out)
    assert fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    assert b"Helvetica" not in out.read_bytes()


def test_long_roster_repeats_header_on_every_page(services, tmp_path):
    services.branch.save_profile(Branch(name="大党支部"))
    services.roster.import_file(_many_members_csv(tmp_path, 80))
    out = services.reports.roster_pdf(tmp_path / "r.pdf")
    from pypdf import PdfReader

    pages = PdfReader(str(out)).pages
    assert len(pages) >= 3
    assert all("身份证号" in (p.extract_text() or "") for p in pages[:-1])


def _many_members_csv(tmp_path, n):
    path = tmp_path / "many.csv"
    lines = ["姓名,出生日期,岗位/职务"] + [f"党员{i:03d},1980-01-{(i % 28) + 1:02d},岗位{i}" for i in range(n)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_ext_a_name_prints(services, tmp_path):
    services.branch.save_profile(Branch(name="测试党支部"))
    services.roster.save_member(Member(name="王㛃", birth_date=dt.date(1980, 1, 1)))
    out = services.reports.roster_pdf(tmp_path / "r.pdf")
    assert "㛃" in pdf_text(out)
    assert all(embedded for _, embedded in pdf_fonts(out))


def test_ext_b_name_is_refused_before_printing(services, tmp_path):
    services.branch.save_profile(Branch(name="测试党支部"))
    services.roster.save_member(Member(name="𠮷野"))
    target = tmp_path / "r.pdf"
    with pytest.raises(MissingGlyphsError) as err:
        services.reports.roster_pdf(target)
    assert "𠮷" in str(err.value) and err.value.chars == ["𠮷"]
    assert not target.exists()
