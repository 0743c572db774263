"""Builders of damaged and hostile packages, from the parts of a genuine one."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from dangjian_desktop.exchange import reader, writer


def parts(path: Path, password: str | None) -> tuple[dict[str, Any], dict[str, bytes]]:
    """(manifest, {entry name: bytes}) of a genuine package."""
    with reader.open_package(path, password) as pkg:
        manifest = json.loads(json.dumps(pkg.manifest))
        entries = {e["name"]: pkg.read(e["name"]) for e in pkg.manifest["entries"]}
    return manifest, entries


def zip_bytes(items: list[tuple[str | zipfile.ZipInfo, bytes]], manifest: dict[str, Any] | bytes | None,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        with zipfile.ZipFile(buf, "w", compression) as zf:
            for name, data in items:
                zf.writestr(name, data)
            if manifest is not None:
                raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest, ensure_ascii=False).encode()
                zf.writestr("manifest.json", raw)
    return buf.getvalue()


def manifest_for(base: dict[str, Any], items: list[tuple[str, bytes]]) -> dict[str, Any]:
    import hashlib

    m = dict(base)
    m["entries"] = [{"name": n if isinstance(n, str) else n.filename, "size": len(d),
                     "sha256": hashlib.sha256(d).hexdigest()} for n, d in items]
    return m


def container(payload: bytes, password: str | None, signer: Any = None) -> bytes:
    """Frame ``payload``; with ``signer`` (a branch's ``identity.SigningKey``, as an insider at the branch would
    have it) a signed container of version 2, else an unsigned one of version 1 (an old app's)."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "payload.zip"
        p.write_bytes(payload)
        out = io.BytesIO()
        writer.write_container(p, out, password, signer=signer)
        return out.getvalue()


def signer_of(data_dir: Path) -> Any:
    """The signing key of the branch store in ``data_dir``."""
    from dangjian_desktop.exchange import identity

    return identity.load_key(data_dir)


def patch_central_sizes(data: bytes, name: str, file_size: int) -> bytes:
    """Make the central directory claim another uncompressed size for ``name``."""
    import struct

    raw = bytearray(data)
    sig = b"PK\x01\x02"
    pos = raw.find(sig)
    while pos != -1:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        entry = bytes(raw[pos + 46 : pos + 46 + name_len]).decode()
        if entry == name:
            struct.pack_into("<I", raw, pos + 24, file_size)
            return bytes(raw)
        pos = raw.find(sig, pos + 4)
    raise AssertionError(name)


def old_format(path: Path, out: Path, password: str | None = None,
               extra: list[tuple[str, bytes]] | None = None, **manifest_values: object) -> Path:
    """The genuine package at ``path`` as the first version of the program wrote it: format 1, unsigned, with no
    sequence and no revisions (``extra`` entries added; ``manifest_values`` set in its manifest)."""
    manifest, entries = parts(path, password)
    manifest["format_version"] = 1
    manifest.pop("sequence"), manifest.pop("previous")
    manifest.update(manifest_values)
    for name, raw in list(entries.items()):
        if name.startswith("records/"):
            data = json.loads(raw)
            for row in data["rows"]:
                row.pop("_revision", None)
            entries[name] = json.dumps(data, ensure_ascii=False).encode()
    items = [*entries.items(), *(extra or [])]
    out.write_bytes(container(zip_bytes(items, manifest_for(manifest, items)), password))
    return out
