"""A TrueType font's parsed tables kept on disk, so a fresh process (the package export's documents worker, the
program started again) does not parse the CJK fonts again: ReportLab reads every character's glyph, width and
position in pure Python (``TTFontFile.extractInfo``: 0.15 s of CPU for the two shipped fonts, a tenth of making
the package's 16 documents in a new process).

What is kept is the parsed face's attributes (numbers, texts, lists and dicts of them; its name strings as text),
written with ``marshal`` under a key naming the format, ReportLab's version and the font file (path, size, time,
subfont), behind the SHA-256 of what follows: another ReportLab, a changed font file or a damaged kept file is
parsed afresh. The font file's bytes are read as ReportLab
reads them. Anything amiss with a kept file (unreadable, another key, an attribute of an unexpected kind) and the
font is parsed as before; a face that cannot be kept this way is simply not kept. The folder is the data folder's
``cache/fonts`` (the user's own: ``use_folder``); without one nothing is kept.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import secrets
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

CACHE_VERSION = 2
_PLAIN = (int, float, str, bytes, bool, type(None))
_folder: Path | None = None


def use_folder(folder: Path | None) -> None:
    """Keep parsed fonts in ``folder`` (None: none kept, none read)."""
    global _folder
    _folder = folder


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind in _PLAIN:
        return True
    if kind is list or kind is tuple:
        return all(map(_plain, value))
    if kind is dict:
        return all(map(_plain, value)) and all(map(_plain, value.values()))
    return False


def _key(path: Path, subfont: int) -> str:
    import reportlab

    st = path.stat()
    return json.dumps([CACHE_VERSION, reportlab.Version, str(path.resolve()), st.st_size, st.st_mtime_ns, subfont])


def _scale(units_per_em: int):  # noqa: ANN202 - TTFontFile.extractInfo's _pdfScale, the same arithmetic
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def face_record(face: TTFontFace) -> dict[str, Any] | None:
    """The face's attributes as plain values (its name strings as their text), or None when one is of another
    kind (then the face is not kept)."""
    attrs: dict[str, Any] = {}
    names: dict[str, str] = {}
    for k, v in face.__dict__.items():
        if k in ("_ttf_data", "_pdfScale"):
            continue
        if type(v) is TTFNameBytes:
            names[k] = v.ustr
        elif _plain(v):
            attrs[k] = v
        else:
            return None
    if type(attrs.get("unitsPerEm")) is not int or not attrs["unitsPerEm"]:
        return None
    return {"attrs": attrs, "names": names}


def face_from(record: dict[str, Any], data: bytes) -> TTFontFace:
    """A face with the kept attributes over the font file's bytes ``data``."""
    attrs, names = record["attrs"], record["names"]
    if type(attrs) is not dict or type(names) is not dict or not all(type(v) is str for v in names.values()):
        raise ValueError("not a kept face")
    face = object.__new__(TTFontFace)
    face.__dict__.update(attrs)
    for k, text in names.items():
        face.__dict__[k] = TTFNameBytes(text.encode("utf-8"))
    face._ttf_data = data  # noqa: SLF001
    face._pdfScale = _scale(attrs["unitsPerEm"])  # noqa: SLF001
    return face


def _font_over(alias: str, face: TTFontFace) -> TTFont:
    """``TTFont(alias, …)`` over a face already made (the rest of ``TTFont.__init__``, defaults as there)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    font = object.__new__(TTFont)
    font.fontName = alias
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable  # noqa: SLF001
    font.shapable = not any(fnmatch(alias, g) for g in ttfonts.unShapedFontGlob)
    return font


def load(alias: str, path: Path, subfont: int = 0) -> TTFont:
    """``TTFont(alias, path, subfontIndex=subfont)``, its parsed tables taken from the folder when kept there
    (and kept there when not)."""
    folder = _folder
    if folder is None:
        return TTFont(alias, str(path), subfontIndex=subfont)
    try:
        key = _key(path, subfont)
    except OSError:
        return TTFont(alias, str(path), subfontIndex=subfont)
    kept = folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.metrics"
    try:
        raw = kept.read_bytes()
        digest, payload = raw[:32], raw[32:]
        if hashlib.sha256(payload).digest() != digest:  # a torn or damaged file: parsed afresh, kept again
            raise ValueError("damaged")
        stored = marshal.loads(payload)
        if type(stored) is not dict or stored.get("key") != key:
            raise ValueError("another font")
        data = path.read_bytes()
        if len(data) != json.loads(key)[3]:
            raise ValueError("the font file changed")
        return _font_over(alias, face_from(stored["face"], data))
    except (OSError, ValueError, TypeError, KeyError, EOFError):
        pass
    font = TTFont(alias, str(path), subfontIndex=subfont)
    record = face_record(font.face)
    if record is not None:
        part = kept.with_name(f".{kept.name}.{secrets.token_hex(4)}")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            payload = marshal.dumps({"key": key, "face": record})
            part.write_bytes(hashlib.sha256(payload).digest() + payload)
            os.replace(part, kept)
        except (OSError, ValueError):
            part.unlink(missing_ok=True)
    return font
