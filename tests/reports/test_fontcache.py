"""The fonts' parsed tables kept on disk (reports/_fontcache.py): a font loaded from them is the font ReportLab
parses, attribute for attribute; anything amiss with the kept file and the font is parsed again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from dangjian_desktop.paths import resource
from dangjian_desktop.reports import _fontcache


@pytest.fixture
def font_file(tmp_path: Path) -> Path:
    # the smaller shipped font, copied: its time and size are the cache key's
    path = tmp_path / "zenhei.ttc"
    shutil.copyfile(resource("fonts", "wqy-zenhei.ttc"), path)
    return path


@pytest.fixture
def folder(tmp_path: Path):
    _fontcache.use_folder(tmp_path / "kept")
    yield tmp_path / "kept"
    _fontcache.use_folder(None)


def _assert_same_font(got: TTFont, parsed: TTFont) -> None:
    mine, theirs = dict(vars(got)), dict(vars(parsed))
    assert mine.keys() == theirs.keys()
    for k in mine.keys() - {"face", "state", "encoding"}:
        assert mine[k] == theirs[k], k
    assert type(got.encoding) is type(parsed.encoding)
    face, ref = vars(got.face), vars(parsed.face)
    assert face.keys() == ref.keys()
    for k in face.keys() - {"_pdfScale"}:
        assert type(face[k]) is type(ref[k]) and face[k] == ref[k], k
        if hasattr(ref[k], "ustr"):  # the font's name strings keep their text
            assert face[k].ustr == ref[k].ustr
    assert [got.face._pdfScale(x) for x in (0, 1, 7, 500, 1023, 2048)] == \
        [parsed.face._pdfScale(x) for x in (0, 1, 7, 500, 1023, 2048)]
    text = "党支部工作台账，2026年：ABC abc 。"
    assert got.stringWidth(text, 10.5) == parsed.stringWidth(text, 10.5)


def test_a_kept_font_is_the_parsed_font(font_file: Path, folder: Path) -> None:
    first = _fontcache.load("DJ-T1", font_file)  # parsed, and kept
    assert len(list(folder.glob("*.metrics"))) == 1
    again = _fontcache.load("DJ-T1", font_file)  # from the kept file
    parsed = TTFont("DJ-T1", str(font_file))
    _assert_same_font(first, parsed)
    _assert_same_font(again, parsed)
    subset = [ord(c) for c in "党支部工作台账"]
    assert again.face.makeSubset(subset) == parsed.face.makeSubset(subset)


def test_a_damaged_or_stale_kept_file_is_parsed_again(font_file: Path, folder: Path) -> None:
    _fontcache.load("DJ-T2", font_file)
    (kept,) = folder.glob("*.metrics")
    kept.write_bytes(b"\x00 not marshal data")
    parsed = TTFont("DJ-T2", str(font_file))
    _assert_same_font(_fontcache.load("DJ-T2", font_file), parsed)  # parsed, and kept again
    _assert_same_font(_fontcache.load("DJ-T2", font_file), parsed)
    # the font file changed (another time): another key, parsed afresh, the old entry never read for it
    st = font_file.stat()
    os.utime(font_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    _assert_same_font(_fontcache.load("DJ-T2", font_file), TTFont("DJ-T2", str(font_file)))
    assert len(list(folder.glob("*.metrics"))) == 2


def test_without_a_folder_nothing_is_kept(font_file: Path, tmp_path: Path) -> None:
    _fontcache.use_folder(None)
    _assert_same_font(_fontcache.load("DJ-T3", font_file), TTFont("DJ-T3", str(font_file)))
    assert not list(tmp_path.rglob("*.metrics"))


def test_a_kept_file_with_one_byte_changed_is_not_believed(font_file: Path, folder: Path) -> None:
    # a bit flipped inside a glyph width still unmarshals; the digest in front of it refuses it
    _fontcache.load("DJ-T4", font_file)
    (kept,) = folder.glob("*.metrics")
    raw = bytearray(kept.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    kept.write_bytes(bytes(raw))
    before = kept.stat().st_mtime_ns
    parsed = TTFont("DJ-T4", str(font_file))
    _assert_same_font(_fontcache.load("DJ-T4", font_file), parsed)
    assert kept.read_bytes() != bytes(raw)  # kept again, whole
    assert kept.stat().st_mtime_ns >= before
