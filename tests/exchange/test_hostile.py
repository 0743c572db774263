"""Every damaged or hostile package is refused with a clear Chinese message, and the receiving store is left
exactly as it was (rows, settings and files). The packages are rebuilt and signed with the branch's own key (an
insider at the branch, or a bug there): what the reader and the merge check beyond the signature."""

from __future__ import annotations

import json
import random
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome, PackageError
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.services import exchange

from tests.pg.cluster import bind_hq, on_both_engines, store_query

from . import hostile
from .conftest import PASSWORD, export, import_, opened, store_snapshot


@pytest.fixture(scope="module")
def _genuine(tmp_path_factory: pytest.TempPathFactory, demo_copy) -> dict:
    """Made once for the module: headquarters holding the branch, the encrypted package it imported, and a plain
    package of the same branch. Each test gets its own copy of headquarters' folder."""
    base = tmp_path_factory.mktemp("hostile")
    branch = demo_copy(base / "branch")
    hq = base / "hq"
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(fmt.KDF_DEFAULT, "n", 2**10)  # as the autouse fixtures fast_kdf and roster_document_only
        real = exchange.package_documents  # do for each test
        mp.setattr(exchange, "package_documents", lambda services: [d for d in real(services) if d[0] == "党员名册"])
        with opened(hq) as s:
            s.branch.init_headquarters("示范能源公司党委")
        (base / "stick").mkdir()
        enc = Path(export(branch, base / "stick").path)
        assert import_(hq, enc)[0].outcome is ImportOutcome.IMPORTED
        (base / "plain").mkdir()
        plain = Path(export(branch, base / "plain", password=None).path)
    return {"hq": hq, "encrypted": enc, "plain": plain, "signer": hostile.signer_of(branch)}


@pytest.fixture(scope="module")
def _genuine_pg(_genuine: dict, pg_server, pg_hq_template: str, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN001
    """The same headquarters on PostgreSQL (issue 22), made once for the module: a database that importing the
    same encrypted package filled, copied for each test (``CREATE DATABASE … TEMPLATE``)."""
    import contextlib

    hq = tmp_path_factory.mktemp("hostile-pg") / "hq"
    name = f"dangjian_hostile_{id(hq)}"
    with contextlib.closing(pg_server.admin()) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_hq_template}"')
    bind_hq(hq, pg_server.url(name))
    try:
        with opened(hq) as s:
            s.branch.init_headquarters("示范能源公司党委")
        assert import_(hq, _genuine["encrypted"])[0].outcome is ImportOutcome.IMPORTED
        yield {"hq": hq, "database": name}
    finally:
        bind_hq(hq, None)
        with contextlib.closing(pg_server.admin()) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def setup(_genuine: dict, tmp_path: Path, hq_engine: str, make_hq, request: pytest.FixtureRequest):  # noqa: ANN001
    """Headquarters already holds the branch; ``genuine`` is a plain (unencrypted) package of it. On the engine of
    ``hq_engine`` (the tests marked ``on_both_engines``: the refusals that reach the merge, PostgreSQL too)."""
    hq = tmp_path / "hq"
    source = _genuine["hq"]
    if hq_engine == "postgresql":
        pg = request.getfixturevalue("_genuine_pg")
        source = pg["hq"]
        make_hq(hq, like=pg["database"])
    shutil.copytree(source, hq, ignore=shutil.ignore_patterns("*.lock"))
    return {**_genuine, "hq": hq, "tmp": tmp_path}


def _refused(setup, data: bytes, fragment: str, password: str | None = None, *, intact: bool = False) -> None:
    """Import is refused with ``fragment`` in the reason and nothing changes; unless the package is ``intact``
    (a merge-level refusal), verifying it fails with the same reason."""
    bad = setup["tmp"] / "bad.djpkg"
    bad.write_bytes(data)
    before = store_snapshot(setup["hq"])
    [res] = import_(setup["hq"], bad, password=password)
    assert res.outcome is ImportOutcome.REFUSED
    assert fragment in res.reason, res.reason
    assert store_snapshot(setup["hq"]) == before
    if intact:
        return
    with opened(setup["hq"]) as s, pytest.raises(PackageError, match=fragment):
        s.exchange.verify(bad, password)


def _rebuilt(setup, change: Callable[[dict, dict], tuple[list, object]], password: str | None = None) -> bytes:
    manifest, entries = hostile.parts(setup["plain"], None)
    items, new_manifest = change(manifest, entries)
    return hostile.container(hostile.zip_bytes(items, new_manifest), password, setup["signer"])


def test_corrupted_file(setup):
    data = bytearray(setup["encrypted"].read_bytes())
    data[len(data) // 2] ^= 0x40
    _refused(setup, bytes(data), "已损坏或被改动过", PASSWORD)


def test_corrupted_plain_file(setup):
    data = bytearray(setup["plain"].read_bytes())
    data[len(data) // 2] ^= 0x01
    _refused(setup, bytes(data), "已损坏或被改动过")


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_truncated_file(setup, keep):
    data = setup["encrypted"].read_bytes()
    _refused(setup, data[: int(len(data) * keep)], "不完整", PASSWORD)


def test_truncated_at_a_chunk_boundary(setup, branch_dir):
    """Dropping whole chunks is detected too (the last-chunk flag is part of the nonce)."""
    from dangjian_desktop.exchange import reader, writer

    payload = hostile.zip_bytes([], None) + b"\0" * 10000
    p = setup["tmp"] / "p.zip"
    p.write_bytes(payload)
    import io

    out = io.BytesIO()
    writer.write_container(p, out, PASSWORD, chunk_size=4096)
    data = out.getvalue()
    header_len = int.from_bytes(data[8:12], "big")
    cut = 12 + header_len + 2 * (4096 + 16)  # keep the first two of three chunks
    header = json.loads(data[12 : 12 + header_len])
    bad = setup["tmp"] / "cut.djpkg"
    bad.write_bytes(data[:cut])
    with pytest.raises(PackageError, match="不完整"):
        reader.open_package(bad, PASSWORD)
    assert header["payload_size"] == len(payload)


def test_tampered_entry_hash_mismatch(setup):
    def change(manifest, entries):
        data = entries["records/member.json"].replace("在册".encode(), "转出".encode(), 1)
        entries["records/member.json"] = data
        return list(entries.items()), manifest  # the manifest keeps the old hash

    _refused(setup, _rebuilt(setup, change), "校验值不符")


def test_unknown_format_version(setup):
    def change(manifest, entries):
        manifest["format_version"] = 99
        return list(entries.items()), manifest

    _refused(setup, _rebuilt(setup, change), "格式版本为 99")


def test_unknown_container_version(setup):
    data = setup["plain"].read_bytes()
    header_len = int.from_bytes(data[8:12], "big")
    header = json.loads(data[12 : 12 + header_len])
    header["container_version"] = 7
    raw = json.dumps(header).encode()
    _refused(setup, data[:8] + len(raw).to_bytes(4, "big") + raw + data[12 + header_len :], "格式版本为 7")


def test_wrong_password(setup):
    _refused(setup, setup["encrypted"].read_bytes(), "密码不正确", "not-the-password")


def test_missing_password(setup):
    _refused(setup, setup["encrypted"].read_bytes(), "已加密，请输入", None)


@pytest.mark.parametrize("name", ["../evil.txt", "attachments/../../evil.txt", "/etc/cron.d/evil",
                                  "C:/Windows/evil.txt", "attachments\\..\\evil.txt", "documents/./a.pdf",
                                  "attachments/evil. "])
def test_unsafe_entry_names(setup, name):
    def change(manifest, entries):
        items = [*entries.items(), (name, b"evil")]
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change), "不安全的文件名")
    assert not (setup["tmp"] / "evil.txt").exists()


@pytest.mark.parametrize("password", [None, PASSWORD])
def test_symlink_entry(setup, password):
    def change(manifest, entries):
        info = zipfile.ZipInfo("attachments/link.jpg")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        items = [*entries.items(), (info, b"/etc/passwd")]
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change, password), "符号链接", password)


def test_decompression_bomb_actual_size(setup):
    def change(manifest, entries):
        items = [*entries.items(), ("attachments/bomb.jpg", b"\0" * (64 * 1024 * 1024))]
        return items, hostile.manifest_for(manifest, items)

    data = _rebuilt(setup, change)
    assert len(data) < 2 * 1024 * 1024  # 64 MiB of zeros squeezed into a small file
    _refused(setup, data, "压缩炸弹")


def test_decompression_bomb_declared_size(setup):
    manifest, entries = hostile.parts(setup["plain"], None)
    items = [*entries.items(), ("attachments/huge.jpg", b"x" * 1000)]
    z = hostile.zip_bytes(items, hostile.manifest_for(manifest, items), compression=zipfile.ZIP_STORED)
    z = hostile.patch_central_sizes(z, "attachments/huge.jpg", 0xFFFFFFF0)
    _refused(setup, hostile.container(z, None, setup["signer"]), "压缩炸弹")


def test_entry_larger_than_declared(setup):
    manifest, entries = hostile.parts(setup["plain"], None)
    items = [*entries.items(), ("attachments/liar.jpg", b"y" * 5000)]
    m = hostile.manifest_for(manifest, items)
    m["entries"][-1]["size"] = 100
    z = hostile.zip_bytes(items, m)
    z = hostile.patch_central_sizes(z, "attachments/liar.jpg", 100)
    _refused(setup, hostile.container(z, None, setup["signer"]), "已损坏或被改动过")


@pytest.mark.parametrize("second", ["records/member.json", "RECORDS/member.json"])
def test_duplicate_entry_names(setup, second):
    def change(manifest, entries):
        items = [*entries.items(), (second, entries["records/member.json"])]
        return items, manifest

    _refused(setup, _rebuilt(setup, change), "重复的文件名")


def test_huge_manifest(setup):
    def change(manifest, entries):
        manifest["padding"] = "党" * (fmt.MAX_MANIFEST_BYTES // 2)
        return list(entries.items()), manifest

    _refused(setup, _rebuilt(setup, change), "清单过大")


def test_too_many_entries(setup, monkeypatch):
    monkeypatch.setattr(fmt, "MAX_ENTRIES", 5)
    _refused(setup, setup["plain"].read_bytes(), "文件数过多")


def test_entry_missing_from_manifest(setup):
    def change(manifest, entries):
        return [*entries.items(), ("attachments/extra.jpg", b"extra")], manifest

    _refused(setup, _rebuilt(setup, change), "已损坏或被改动过")


def test_not_a_package(setup):
    _refused(setup, b"PK\x03\x04 this is a zip file, not a package", "不是党支部工作台账的数据包")


@on_both_engines  # PostgreSQL too (issue 22): refused at the merge, rolled back there
def test_unknown_table_is_refused(setup):
    def change(manifest, entries):
        entries["records/secret_police.json"] = json.dumps({"table": "secret_police", "rows": []}).encode()
        manifest["tables"].append("secret_police")
        manifest["counts"]["secret_police"] = 0
        items = list(entries.items())
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change, PASSWORD), "不认识的记录类型", PASSWORD, intact=True)


@on_both_engines  # PostgreSQL too (issue 22): refused at the merge, rolled back there
def test_bad_value_in_a_record_is_refused_and_rolled_back(setup):
    """A well-formed package whose last table has a bad value: the rows merged before it are rolled back."""
    def change(manifest, entries):
        data = json.loads(entries["records/committee_seat.json"])
        data["rows"][0]["sort_order"] = "很多"
        data["rows"][0]["updated_at"] = "2999-01-01T00:00:00"
        data["rows"][0]["_revision"] += 1  # a new version of the row: its values are taken (and checked)
        entries["records/committee_seat.json"] = json.dumps(data, ensure_ascii=False).encode()
        members = json.loads(entries["records/member.json"])
        members["rows"][0]["updated_at"] = "2999-01-01T00:00:00"
        members["rows"][0]["_revision"] += 1
        members["rows"][0]["name"] = "篡改"
        entries["records/member.json"] = json.dumps(members, ensure_ascii=False).encode()
        manifest["created_at"] = "2999-01-01T00:00:00"
        items = list(entries.items())
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change, PASSWORD), "无法识别的值", PASSWORD, intact=True)


@on_both_engines  # PostgreSQL too (issue 22): refused at the merge, rolled back there
def test_overlong_text_is_refused_by_the_merge(setup):
    """Values are checked once, against their field, by the merge: a text beyond 1,000,000 characters in a
    field without a length limit is refused and nothing changes (the reader checks the rows' structure only)."""
    def change(manifest, entries):
        members = json.loads(entries["records/member.json"])
        rng = random.Random(1)  # varied characters: a run of one would be refused as a zip bomb first
        members["rows"][0]["note"] = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(1_000_001))
        members["rows"][0]["updated_at"] = "2999-01-01T00:00:00"
        members["rows"][0]["_revision"] += 1
        entries["records/member.json"] = json.dumps(members, ensure_ascii=False).encode()
        manifest["created_at"] = "2999-01-01T00:00:00"
        items = list(entries.items())
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change, PASSWORD), "无法识别的值", PASSWORD, intact=True)


@pytest.mark.parametrize("value", [["列表"], {"a": 1}])
def test_nested_value_is_refused_by_the_reader(setup, value):
    def change(manifest, entries):
        members = json.loads(entries["records/member.json"])
        members["rows"][0]["note"] = value
        entries["records/member.json"] = json.dumps(members, ensure_ascii=False).encode()
        items = list(entries.items())
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change), "已损坏或被改动过")


@on_both_engines  # PostgreSQL too (issue 22): refused at the merge, rolled back there
def test_a_new_row_with_the_uuid_of_a_row_made_at_headquarters_is_refused(setup):
    """A row held at headquarters but registered to no branch (made there) is never taken over by a package: a new
    row of the package with its UUID refuses the whole package, and nothing changes. (On SQLite the merge no
    longer looks such rows up before inserting: the unique UUID index refuses the insert.)"""
    made_here = "0badc0de-0000-4000-8000-000000000001"
    from dangjian_desktop.storage.models import MemberRow

    cols = ", ".join(f'"{c}"' for c in MemberRow._meta.columns if c not in ("id", "uuid"))
    store_query(setup["hq"], f'INSERT INTO "member" ("uuid", {cols}) SELECT ?, {cols} FROM "member" LIMIT 1',
                (made_here,), write=True)

    def change(manifest, entries):
        members = json.loads(entries["records/member.json"])
        members["rows"].append(dict(members["rows"][-1], uuid=made_here, name="新来的"))
        entries["records/member.json"] = json.dumps(members, ensure_ascii=False).encode()
        manifest["counts"] = dict(manifest["counts"], member=len(members["rows"]))
        manifest["created_at"] = "2999-01-01T00:00:00"
        items = list(entries.items())
        return items, hostile.manifest_for(manifest, items)

    _refused(setup, _rebuilt(setup, change, PASSWORD), "本机自己录入", PASSWORD, intact=True)
