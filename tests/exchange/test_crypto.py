"""The real key derivation and the chunked AES-GCM framing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from dangjian_desktop.domain.exchange import PackageError, WrongPasswordError
from dangjian_desktop.exchange import crypto, reader, writer
from dangjian_desktop.exchange import format as fmt


def _container(tmp_path: Path, payload: bytes, password: str | None, **kw) -> Path:
    p = tmp_path / "payload.bin"
    p.write_bytes(payload)
    out = io.BytesIO()
    writer.write_container(p, out, password, **kw)
    f = tmp_path / "c.djpkg"
    f.write_bytes(out.getvalue())
    return f


def test_default_kdf_is_memory_hard_scrypt(tmp_path: Path, monkeypatch):
    monkeypatch.setitem(fmt.KDF_DEFAULT, "n", 2**17)
    f = _container(tmp_path, b"", "correct horse")
    header = reader.peek_header(f)
    assert header["kdf"]["name"] == "scrypt" and header["kdf"]["n"] == 2**17 and header["kdf"]["r"] == 8
    assert header["encryption"] == "aes-256-gcm-chunked"
    with pytest.raises(WrongPasswordError, match="密码不正确"):
        reader.open_package(f, "Correct horse")


def test_chunks_cannot_be_reordered(tmp_path: Path):
    key = bytes(32)
    prefix = bytes(7)
    sealer = crypto.ChunkSealer(key, prefix, b"aad")
    a, b = sealer.seal(b"one", False), sealer.seal(b"two", True)
    opener = crypto.ChunkOpener(key, prefix, b"aad")
    with pytest.raises(InvalidTag):
        opener.open(b, last=False)
    opener = crypto.ChunkOpener(key, prefix, b"aad")
    assert opener.open(a, last=False) == b"one"
    assert opener.open(b, last=True) == b"two"


def test_password_is_normalised(tmp_path: Path):
    key1 = crypto.derive_key("ｃａｆé", {"salt": b"s" * 16, "n": 2**10, "r": 8, "p": 1})
    key2 = crypto.derive_key("ｃａｆe\u0301", {"salt": b"s" * 16, "n": 2**10, "r": 8, "p": 1})
    assert key1 == key2


def test_hostile_kdf_parameters_are_refused(tmp_path: Path):
    import json

    f = _container(tmp_path, b"x", "pw123456")
    data = f.read_bytes()
    n = int.from_bytes(data[8:12], "big")
    header = json.loads(data[12 : 12 + n])
    header["kdf"]["n"] = 2**20  # within the n range, but with r = 8: 1 GiB of memory
    raw = json.dumps(header).encode()
    f.write_bytes(data[:8] + len(raw).to_bytes(4, "big") + raw + data[12 + n :])
    with pytest.raises(PackageError):
        reader.open_package(f, "pw123456")



def test_export_derives_the_key_once_and_forgets_it(branch_dir: Path, stick: Path, monkeypatch):
    """Writing the package and reading it back to check it share one scrypt; nothing is kept afterwards."""
    from cryptography.hazmat.primitives.kdf import scrypt

    from .conftest import PASSWORD, export

    derived = []
    real = scrypt.Scrypt.derive

    def counting(self, data):  # noqa: ANN001, ANN202
        derived.append(1)
        return real(self, data)

    monkeypatch.setattr(scrypt.Scrypt, "derive", counting)
    result = export(branch_dir, stick)
    assert len(derived) == 1
    assert crypto._remembered == {}  # noqa: SLF001
    derived.clear()
    reader.open_package(result.path, PASSWORD).close()
    reader.open_package(result.path, PASSWORD).close()
    assert len(derived) == 2  # outside a write nothing is remembered
