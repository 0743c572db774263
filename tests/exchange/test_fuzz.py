"""The reader never fails with anything but PackageError, whatever bytes it is given."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.exchange import reader, writer

from . import hostile


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> dict[str, bytes]:
    """A small valid package, plain and encrypted, old (unsigned, format 1) and signed (format 2), made without a
    store: the fuzzer needs only bytes."""
    import json
    import zipfile

    from dangjian_desktop.exchange.identity import SigningKey

    def package(version: int) -> bytes:
        row = {"uuid": "a" * 8, "updated_at": "2026-01-01T00:00:00", "name": "张三"}
        if version >= 2:
            row["_revision"] = 1
        records = {"table": "member", "rows": [row]}
        items = [("records/member.json", json.dumps(records, ensure_ascii=False).encode()),
                 ("tombstones.json", b'{"tombstones": []}'), ("documents/a.pdf", b"%PDF-1.4 tiny")]
        base = {"format": fmt.FORMAT_NAME, "format_version": version, "package_id": "p", "app_version": "0",
                "schema_version": 1, "created_at": "2026-01-01T00:00:00", "kind": "full", "since": None,
                "year": 2026, "branch": {"uuid": "b" * 8, "name": "支部"}, "tables": ["member"],
                "counts": {"member": 1}, "tombstones": 0}
        if version >= 2:
            base.update({"sequence": 3, "previous": {"sequence": 2, "package_id": "o"}})
        return hostile.zip_bytes(items, hostile.manifest_for(base, items), compression=zipfile.ZIP_DEFLATED)

    key = SigningKey.generate()
    out = {"plain": hostile.container(package(1), None), "signed": hostile.container(package(2), None, key)}
    saved = dict(fmt.KDF_DEFAULT)
    fmt.KDF_DEFAULT["n"] = 2**10
    try:
        out["encrypted"] = hostile.container(package(1), "pw123456")
        out["signed-encrypted"] = hostile.container(package(2), "pw123456", key)
    finally:
        fmt.KDF_DEFAULT.update(saved)
    d = tmp_path_factory.mktemp("fuzz")
    for k, v in out.items():
        p = d / f"{k}.djpkg"
        p.write_bytes(v)
        with reader.open_package(p, "pw123456") as pkg:  # the seeds themselves are valid
            assert pkg.records["member"][0]["name"] == "张三"
    return out


def _open(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "fuzz.djpkg"
    p.write_bytes(data)
    try:
        with reader.open_package(p, "pw123456"):
            pass
    except PackageError as exc:
        assert str(exc)  # always a message for people


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(tmp_path: Path, data: bytes):
    _open(tmp_path, data)


@FUZZ
@given(st.binary(max_size=512))
def test_random_bytes_after_the_magic(tmp_path: Path, data: bytes):
    _open(tmp_path, fmt.MAGIC + data)


@FUZZ
@given(which=st.sampled_from(["plain", "encrypted", "signed", "signed-encrypted"]), data=st.data())
def test_mutated_valid_packages(tmp_path: Path, valid: dict[str, bytes], which: str, data):
    raw = bytearray(valid[which])
    action = data.draw(st.sampled_from(["flip", "truncate", "insert", "splice"]))
    pos = data.draw(st.integers(0, len(raw) - 1))
    if action == "flip":
        raw[pos] ^= data.draw(st.integers(1, 255))
    elif action == "truncate":
        del raw[pos:]
    elif action == "insert":
        raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=64))
    else:
        end = data.draw(st.integers(pos, min(len(raw), pos + 64)))
        raw[pos:end] = data.draw(st.binary(max_size=64))
    _open(tmp_path, bytes(raw))


@FUZZ
@given(st.binary(max_size=2048))
def test_random_payload_in_a_valid_container(tmp_path: Path, payload: bytes):
    """Random bytes as the ZIP inside a correctly framed unencrypted container."""
    p = tmp_path / "payload.zip"
    p.write_bytes(payload)
    import io

    out = io.BytesIO()
    writer.write_container(p, out, None)
    _open(tmp_path, out.getvalue())
