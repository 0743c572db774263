"""Hostile and broken input: each gets a clear Chinese message (or is handled) and the data stays as it was."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangjian_desktop.cli import main as cli
from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.domain.validation import clean_text, excel_serial_to_date, parse_date
from dangjian_desktop.services.roster import ImportFileError
from tests.backup_helpers import manifest_and_database

HYPOTHESIS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def snapshot(services) -> tuple:
    """Everything an import or a save could change."""
    members = sorted((m.uuid, m.name, m.note, m.phone, m.birth_date, m.updated_at)
                     for m in services.roster.members())
    return services.info.counts(), members


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


# -- roster files that are not what they claim ---------------------------------------------------------------
def test_damaged_and_fake_xlsx_files(demo_services, tmp_path):
    before = snapshot(demo_services)
    good = tmp_path / "good.xlsx"
    demo_services.roster.write_template(good)
    raw = good.read_bytes()
    cases = {
        "truncated.xlsx": raw[: len(raw) // 2],
        "garbled.xlsx": raw[:300] + b"\0" * 500 + raw[800:],
        "text.xlsx": "姓名,电话\n张三,138\n".encode(),
        "empty.xlsx": b"",
        "photo.xlsx": b"\xff\xd8\xff\xe0" + os.urandom(2000),
        "notexcel.xlsx": _zip_bytes(tmp_path, {"hello.txt": "not a workbook"}),
    }
    for name, data in cases.items():
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(ImportFileError) as info:
            demo_services.roster.preview_import(f)
        msg = str(info.value)
        assert any(w in msg for w in ("不是有效的 .xlsx", "无法打开这个Excel文件", "文件是空的", "没有党员数据",
                                      "网页", "没有工作簿")), (name, msg)
    assert snapshot(demo_services) == before


def _zip_bytes(tmp_path: Path, entries: dict[str, str]) -> bytes:
    p = tmp_path / "z.zip"
    with zipfile.ZipFile(p, "w") as zf:
        for n, t in entries.items():
            zf.writestr(n, t)
    return p.read_bytes()


def test_wrong_kinds_of_file(demo_services, tmp_path):
    before = snapshot(demo_services)
    expectations = {
        "old.xls": (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "不是有效的 .xls"),
        "damaged.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "无法打开这个Excel文件"),
        "roster.docx": (b"PK", "只能导入 .xlsx、.xls、.ods 或 .csv"),
        "binary.csv": (b"\x00\x01\x02" * 100, "不是文本表格"),
        "latin.csv": (bytes(range(128, 256)) * 4, "文字编码"),
        "headeronly.csv": ("姓名,电话\n".encode(), "没有党员数据"),
        "noheader.csv": ("张三,138\n李四,139\n".encode(), "没有找到表头"),
    }
    for name, (data, expected) in expectations.items():
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(ImportFileError, match=expected):
            demo_services.roster.preview_import(f)
    with pytest.raises(ImportFileError, match="找不到文件"):
        demo_services.roster.preview_import(tmp_path / "missing.csv")
    assert snapshot(demo_services) == before


def test_huge_file_and_100k_rows(demo_services, tmp_path):
    before = snapshot(demo_services)
    huge = tmp_path / "huge.xlsx"
    with open(huge, "wb") as fh:
        fh.truncate(31 * 1024 * 1024)  # sparse: 31 MB without writing them
    with pytest.raises(ImportFileError, match="文件太大"):
        demo_services.roster.preview_import(huge)
    rows = tmp_path / "rows.csv"
    rows.write_text("姓名,联系电话\n" + "".join(f"党员{i},1380000{i % 10000:04d}\n" for i in range(100_000)),
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match="超过20000"):
        demo_services.roster.preview_import(rows)
    assert snapshot(demo_services) == before


def test_control_characters_in_cells_are_stripped(demo_services, tmp_path):
    f = tmp_path / "ctrl.csv"
    f.write_text("姓名,岗位/职务,备注\n张\x01三\x07,检修\x1b[31m班长,第一行\r\n第二行\u0085\n", encoding="utf-8")
    preview = demo_services.roster.preview_import(f)
    assert preview.ok
    m = preview.rows[0].member
    assert m.name == "张三" and m.position == "检修[31m班长"
    assert all(ord(c) >= 32 or c in "\n\t" for c in m.name + m.position + m.note)


def test_formulas_are_refused_and_never_exported_as_formulas(demo_services, tmp_path):
    before = snapshot(demo_services)
    f = tmp_path / "formula.csv"
    f.write_text('姓名,备注\n"=HYPERLINK(""http://x"",""点我"")",正常\n张三,=1+1\n@SUM(A1),\n', encoding="utf-8")
    preview = demo_services.roster.preview_import(f)
    assert not preview.ok
    report = preview.error_report()
    assert "第2行" in report and "像是Excel公式" in report  # a name that is a formula: refused
    assert "第4行" in report
    # other text that starts with "=" is kept as the text it is (and exported as text, below)
    row3 = preview.rows[1]
    assert row3.member.note == "=1+1" and not row3.errors
    with pytest.raises(ValidationError, match="没有保存任何数据"):
        demo_services.roster.commit_import(preview)
    assert snapshot(demo_services) == before
    # text typed in the window that starts with "=" is exported as text, not as a formula Excel would run
    m = demo_services.roster.members()[0]
    m.note = "=1+1 是备注"
    demo_services.roster.save_member(m)
    out = tmp_path / "export.xlsx"
    demo_services.roster.export_xlsx(out)
    import openpyxl

    ws = openpyxl.load_workbook(out).active
    col = [c.value for c in ws[1]].index("备注")
    notes = [row[col] for row in ws.iter_rows(min_row=2) if row[col].value == "=1+1 是备注"]
    assert notes and notes[0].data_type == "s"


def test_cli_import_of_hostile_file_exits_2_with_the_message(demo_services, data_dir, tmp_path, capsys):
    demo_services.close()
    f = tmp_path / "fake.xlsx"
    f.write_text("not a workbook", encoding="utf-8")
    assert cli(["--data-dir", str(data_dir), "roster", "import", str(f)]) == 2
    assert "不是有效的 .xlsx" in capsys.readouterr().err
    f2 = tmp_path / "formula.csv"
    f2.write_text("姓名\n=cmd|'/c calc'!A1\n", encoding="utf-8")
    assert cli(["--data-dir", str(data_dir), "roster", "import", str(f2)]) == 2
    assert "像是Excel公式" in capsys.readouterr().err
    assert cli(["--data-dir", str(data_dir), "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["member"] == 30


def test_dates_as_text_and_as_excel_serials(demo_services, tmp_path):
    xlsx = _xlsx(tmp_path / "dates.xlsx", [
        ["姓名", "出生日期", "入党日期"],
        ["甲", 29285, "2005年7月1日"],  # a number cell: Excel's day number for 1980-03-05
        ["乙", "1980/3/5", 38534.0],
        ["丙", dt.datetime(1975, 1, 1), "20050701"],
    ])
    rows = demo_services.roster.preview_import(xlsx).rows
    assert [(r.member.birth_date, r.member.joined_party_on, r.errors) for r in rows] == [
        (dt.date(1980, 3, 5), dt.date(2005, 7, 1), []),
        (dt.date(1980, 3, 5), dt.date(2005, 7, 1), []),
        (dt.date(1975, 1, 1), dt.date(2005, 7, 1), []),
    ]
    csv = tmp_path / "serial.csv"
    csv.write_text("姓名,出生日期\n丁,29285\n", encoding="utf-8")
    assert demo_services.roster.preview_import(csv).rows[0].member.birth_date == dt.date(1980, 3, 5)


def test_absurd_dates(demo_services, tmp_path):
    before = snapshot(demo_services)
    f = tmp_path / "absurd.csv"
    f.write_text("姓名,出生日期,入党日期\n甲,9999-99-99,\n乙,1990-01-01,2024-02-30\n丙,1800-1-1,\n丁,1990-01-01,3000-01-01\n"
                 "戊,1990-01-01,1921-06-30\n", encoding="utf-8")
    preview = demo_services.roster.preview_import(f)
    errors = {r.member.name: "；".join(r.errors) for r in preview.rows}
    assert "无法识别" in errors["甲"] and "无法识别" in errors["乙"]
    assert "出生日期不合理" in errors["丙"]
    assert "入党日期不合理" in errors["丁"] and "入党日期不合理" in errors["戊"]
    with pytest.raises(ValueError, match="无法识别"):
        excel_serial_to_date(10_000_000)
    m = Member(name="未来人", birth_date=dt.date(2999, 1, 1))
    with pytest.raises(ValidationError, match="出生日期不合理"):
        demo_services.roster.save_member(m)
    assert snapshot(demo_services) == before


# -- pasted text -----------------------------------------------------------------------------------------------
def test_pasted_control_characters_and_100k_characters(demo_services):
    m = demo_services.roster.members()[0]
    m.note = "会议\x00记录\x1b[0m\u200b第二段\n\t缩进"
    saved = demo_services.roster.save_member(m)
    assert saved.note == "会议记录[0m\u200b第二段\n\t缩进"
    before = snapshot(demo_services)
    m.note = "很长的会议记录。" * 12_500  # 100,000 characters pasted into a 2000-character field
    with pytest.raises(ValidationError) as info:
        demo_services.roster.save_member(m)
    assert "备注太长（最多2000字，现在100000字）" in str(info.value)
    m.name = "张" * 31
    with pytest.raises(ValidationError, match="姓名太长"):
        demo_services.roster.save_member(m)
    assert snapshot(demo_services) == before  # nothing cut off and saved behind the user's back


# -- settings, window state, drafts ------------------------------------------------------------------------------
@pytest.mark.parametrize("garbage", ["{not json", '"nonsense"', "42", "null", '["branch"]', "\x00\xff"])
def test_damaged_setting_values_fall_back_to_defaults(demo_services, garbage):
    from dangjian_desktop.storage.repos import settings as repo

    with demo_services.store.atomic():
        demo_services.store.database.execute_sql(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?), (?, ?)",
            ("store.mode", garbage, "hq.name", "42"))
    assert demo_services.branch.mode().value == "branch"
    assert demo_services.branch.hq_name() == ""
    assert demo_services.info.info()["mode"] == "branch"
    assert repo.get("hq.name", "") == ""  # wrong type: the default
    if garbage != '"nonsense"':
        assert repo.get("store.mode", "branch") == "branch"  # not JSON / wrong type: the default


def test_damaged_mode_of_a_headquarters_store_stays_headquarters(services):
    services.branch.init_headquarters("示范公司党委")
    with services.store.atomic():
        services.store.database.execute_sql("UPDATE setting SET value = '\"???\"' WHERE key = 'store.mode'")
    assert services.branch.mode().value == "hq"


def test_damaged_window_ini(qtbot, demo_services):
    from dangjian_desktop.ui.main_window import MainWindow

    ini = demo_services.store.paths.root / "window.ini"
    ini.write_bytes(b"[window]\ngeometry=@ByteArray(\x00\xff\xfe garbage)\npage=\xff\xfe\x00nonsense\n\x00\x01\x02")
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert window.current_key() == "home"
    window.show()
    window.close()
    ini.write_bytes(os.urandom(4096))
    window2 = MainWindow(demo_services)
    qtbot.addWidget(window2)
    assert window2.current_key() == "home"


def test_damaged_draft_files_are_ignored(services):
    folder = services.store.paths.drafts
    services.drafts.save("meeting:ok", "支委会", {"minutes": "正常的草稿"})
    broken = {
        "a.json": b"{not json",
        "b.json": b"\xff\xfe\x00\x00",
        "c.json": json.dumps({"key": "x", "saved_at": 12345, "payload": {}}).encode(),
        "d.json": json.dumps({"key": "y", "saved_at": "2026-01-01T00:00:00", "payload": [1, 2, 3]}).encode(),
        "e.json": json.dumps(["not", "a", "dict"]).encode(),
        "f.json": b"",
    }
    for name, data in broken.items():
        (folder / name).write_bytes(data)
    assert [d.key for d in services.drafts.all()] == ["meeting:ok"]
    assert services.drafts.load("a") is None


# -- property tests ----------------------------------------------------------------------------------------------
@HYPOTHESIS
@given(st.text(max_size=40))
def test_parse_date_only_ever_raises_value_error(text):
    try:
        d = parse_date(text)
    except ValueError as exc:
        assert "日期" in str(exc)
    else:
        assert isinstance(d, dt.date)


@HYPOTHESIS
@given(st.text(max_size=300), st.integers(min_value=0, max_value=200))
def test_clean_text_strips_control_characters_and_limits_length(text, limit):
    out = clean_text(text, limit)
    assert len(out) <= limit
    assert all(ord(c) >= 32 and c != "\x7f" or c in "\n\t" for c in out)
    assert clean_text(out, limit) == out


# (openpyxl itself refuses to write control characters, so generated workbooks hold none)
CELL = st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30), st.integers(-10**6, 10**7), st.floats(allow_nan=True),
                 st.dates(), st.booleans())


@HYPOTHESIS
@given(st.lists(st.lists(CELL, max_size=8), max_size=12), st.sampled_from(["姓名", "名字", ""]))
def test_any_xlsx_content_is_a_preview_or_a_clear_error(demo_services, tmp_path_factory, rows, first_header):
    before = snapshot(demo_services)
    from dangjian_desktop.services.roster import COLUMNS

    headers = [first_header] + [h for h, _ in COLUMNS[1:8]]
    path = tmp_path_factory.mktemp("x") / "fuzz.xlsx"
    _xlsx(path, [headers] + [[c if not isinstance(c, float) or c == c else None for c in r] for r in rows])
    try:
        preview = demo_services.roster.preview_import(path)
    except DomainError as exc:
        assert str(exc)
    else:
        for r in preview.error_rows:
            assert r.errors and all(isinstance(e, str) and e for e in r.errors)
    assert snapshot(demo_services) == before


@HYPOTHESIS
@given(st.binary(max_size=2000))
def test_any_bytes_as_csv_or_xlsx_are_a_preview_or_a_clear_error(demo_services, tmp_path_factory, data):
    before = snapshot(demo_services)
    folder = tmp_path_factory.mktemp("b")
    for name in ("fuzz.csv", "fuzz.xlsx"):
        path = folder / name
        path.write_bytes(data)
        try:
            demo_services.roster.preview_import(path)
        except DomainError as exc:
            assert str(exc)
    assert snapshot(demo_services) == before


NAMES = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=4)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(NAMES, st.text(max_size=50)), min_size=1, max_size=8, unique_by=lambda t: t[0]))
def test_export_then_import_round_trip(services, tmp_path_factory, people):
    from dangjian_desktop.domain.roster import Branch

    folder = tmp_path_factory.mktemp("rt")
    src = services  # shared between examples: the roster grows, the round trip must hold for all of it
    if src.branch.profile() is None:
        src.branch.save_profile(Branch(name="往返测试党支部"))
    before = {m.uuid for m in src.roster.members()}
    for name, note in people:
        src.roster.save_member(Member(name=name, note=note))
    out = folder / "roster.xlsx"
    src.roster.export_xlsx(out)
    rows = src.roster.preview_import(out).rows  # the export reads back: same names and notes, in some order
    exported = {(r.member.name, r.member.note) for r in rows}
    saved = {(m.name, m.note) for m in src.roster.members()}
    assert exported == saved
    assert before <= {m.uuid for m in src.roster.members()}


# -- attachments and backups -------------------------------------------------------------------------------------
def test_big_and_misnamed_attachments_are_backed_up_and_restored_byte_for_byte(demo_services, tmp_path):
    att = demo_services.store.paths.attachments
    (att / "meetings").mkdir(parents=True)
    fake_jpg = att / "meetings" / "photo.jpg"
    fake_jpg.write_bytes(b"%PDF-1.7 this is not an image" + os.urandom(1000))
    big = att / "meetings" / "scan.jpg"
    with open(big, "wb") as fh:  # 20 MB, mostly a hole
        fh.write(os.urandom(4096))
        fh.truncate(20 * 1024 * 1024)
    expected = {p.name: p.read_bytes() for p in (fake_jpg, big)}
    usb = demo_services.backups.backup_to_folder(tmp_path / "usb", "口令123456")
    local = demo_services.backups.create()
    fake_jpg.write_bytes(b"changed")
    big.unlink()
    demo_services.backups.restore(local.path)
    assert {p.name: p.read_bytes() for p in (fake_jpg, big)} == expected
    big.unlink()
    demo_services.backups.restore(usb.path, "口令123456")
    assert big.read_bytes() == expected["scan.jpg"]


def test_a_backup_with_unsafe_paths_is_refused(demo_services, tmp_path):
    good = demo_services.backups.create()
    evil = tmp_path / "evil.zip"
    manifest, db = manifest_and_database(good.path)
    import hashlib

    payload = b"owned"
    manifest["attachments"] = {"../../outside.txt": {"sha256": hashlib.sha256(payload).hexdigest(), "size": 5}}
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("dangjian.sqlite3", db)
        zf.writestr("attachments/../../outside.txt", payload)
    before = snapshot(demo_services)
    with pytest.raises(DomainError, match="不安全的路径"):
        demo_services.backups.restore(evil)
    assert snapshot(demo_services) == before
    assert not (demo_services.store.paths.root.parent / "outside.txt").exists()
    assert not (demo_services.store.paths.root / "outside.txt").exists()


def test_attachment_service_refuses_huge_files_and_non_images_named_jpg(demo_services, tmp_path):
    att = demo_services.store.paths.attachments
    before = _tree_of(att)
    huge = tmp_path / "扫描件.pdf"
    with open(huge, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    with pytest.raises(ValidationError, match="超过50MB"):
        demo_services.attachments.add(huge)
    word = tmp_path / "活动照片.jpg"
    word.write_bytes(b"PK\x03\x04 this is a .docx renamed" + os.urandom(500))
    with pytest.raises(ValidationError, match="不是图片文件"):
        demo_services.attachments.add(word, image=True)
    broken = tmp_path / "损坏.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)  # starts like a JPEG, is not one
    with pytest.raises(ValidationError, match="已损坏或无法打开"):
        demo_services.attachments.add(broken)
    empty = tmp_path / "空.png"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="是空的"):
        demo_services.attachments.add(empty)
    assert _tree_of(att) == before  # nothing copied in, not even half a file


def _tree_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
