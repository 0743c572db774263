"""Chinese fonts for PDFs: Windows system fonts when present, else the free TrueType fonts shipped in resources/fonts.

Roles: ``song`` (宋体-like body), ``hei`` (黑体-like titles and table heads), ``fang`` (仿宋-like), ``kai`` (楷体-like).
Each distinct font file gets its own alias (ReportLab confuses two fonts with one internal PostScript name).
Text goes through :func:`markup`, which falls back glyph by glyph to another registered font, so no character
prints as a box; a character that no font has (e.g. Ext-B 𠮷) is noted by the paragraph builder
(``styles.Styles.p``) and the document refuses to print (``MissingGlyphsError``) unless the caller is inside
:func:`allowing_missing_glyphs` — the one switch every document shares (the data package uses it: a document is
never left out of a package for a rare name).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from dangjian_desktop.paths import resource
from dangjian_desktop.reports import _fontcache
from dangjian_desktop.reports._speed import glyf_in_place


@dataclass(frozen=True)
class FontFile:
    alias: str
    path: Path
    subfont: int = 0


def _windows_fonts_dir() -> Path | None:
    if sys.platform != "win32":
        return None
    windir = os.environ.get("WINDIR", r"C:\Windows")
    d = Path(windir) / "Fonts"
    return d if d.is_dir() else None


def _candidates() -> dict[str, list[FontFile]]:
    shipped_song = FontFile("DJ-UMingCN", resource("fonts", "uming.ttc"), 0)
    shipped_hei = FontFile("DJ-ZenHei", resource("fonts", "wqy-zenhei.ttc"), 0)
    roles: dict[str, list[FontFile]] = {"song": [], "hei": [], "fang": [], "kai": []}
    win = _windows_fonts_dir()
    if win is not None and os.environ.get("DANGJIAN_NO_SYSTEM_FONTS") != "1":
        for role, alias, name, sub in (
            ("song", "DJ-SimSun", "simsun.ttc", 0),
            ("hei", "DJ-SimHei", "simhei.ttf", 0),
            ("fang", "DJ-SimFang", "simfang.ttf", 0),
            ("kai", "DJ-SimKai", "simkai.ttf", 0),
        ):
            p = win / name
            if p.exists():
                roles[role].append(FontFile(alias, p, sub))
    roles["song"].append(shipped_song)
    roles["hei"].append(shipped_hei)
    roles["fang"].append(shipped_song)
    roles["kai"].append(shipped_song)
    return roles


def font_files() -> list[Path]:
    """Every font file the documents may print with (the shipped ones, and Windows' own where present)."""
    return list(dict.fromkeys(ff.path for files in _candidates().values() for ff in files))


def renderer_fingerprint() -> str:
    """What the printed pages depend on besides the program and the data: reportlab's version and every font
    file the documents may use (path, size, time). Another value: pages may print differently."""
    import reportlab

    parts = [f"reportlab {reportlab.Version}"]
    for path in font_files():
        try:
            st = path.stat()
        except OSError:
            continue
        parts.append(f"{path} {st.st_size} {st.st_mtime_ns}")
    return "\n".join(parts)


class FontSet:
    """The registered fonts for one process. Use :func:`font_set`."""

    def __init__(self) -> None:
        self.role_alias: dict[str, str] = {}
        self._cmaps: dict[str, frozenset[int] | dict[int, int]] = {}
        self._covered: dict[str, frozenset[str]] = {}
        self._plain: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
        self._order: list[str] = []
        for role, files in _candidates().items():
            for ff in files:
                if self._register(ff):
                    self.role_alias[role] = ff.alias
                    break
        if "song" not in self.role_alias or "hei" not in self.role_alias:
            raise RuntimeError("找不到可用的中文字体，无法生成PDF。程序安装可能不完整。")
        # fallback order: body font first, then the others (the shipped ones cover CJK Ext-A)
        self._order = list(dict.fromkeys([self.role_alias["song"], self.role_alias["hei"], *self._cmaps]))

    def _register(self, ff: FontFile) -> bool:
        if ff.alias in self._cmaps:
            return True
        if not ff.path.exists():
            return False
        try:
            font = _fontcache.load(ff.alias, ff.path, ff.subfont)
        except Exception:  # a damaged or unsupported system font: skip to the next candidate
            return False
        glyf_in_place(font.face)
        pdfmetrics.registerFont(font)
        self._cmaps[ff.alias] = font.face.charToGlyph
        return True

    @property
    def body(self) -> str:
        return self.role_alias["song"]

    @property
    def title(self) -> str:
        return self.role_alias["hei"]

    def font_for(self, role: str) -> str:
        return self.role_alias.get(role, self.body)

    def has_glyph(self, alias: str, ch: str) -> bool:
        return ord(ch) in self._cmaps.get(alias, {})

    def fallback_for(self, ch: str, preferred: str) -> str | None:
        if ch in "\n\r\t " or self.has_glyph(preferred, ch):
            return preferred
        for alias in self._order:
            if self.has_glyph(alias, ch):
                return alias
        return None

    def covered(self, alias: str) -> frozenset[str]:
        """Every character ``alias`` prints itself (plus the white space kept as is): a string made only of
        these needs no fallback."""
        chars = self._covered.get(alias)
        if chars is None:
            chars = frozenset(map(chr, self._cmaps.get(alias, ()))) | frozenset("\n\r\t ")
            self._covered[alias] = chars
        return chars

    def plain(self, alias: str, excluded: frozenset[str]) -> frozenset[str]:
        """The characters ``alias`` prints itself, less ``excluded``: a text made only of these passes one
        ``issuperset`` (a compiled character class would be faster per text, but compiling one for a font with
        thousands of gaps in its coverage takes 70–100 ms, more than a whole book saves)."""
        key = (alias, excluded)
        chars = self._plain.get(key)
        if chars is None:
            chars = self._plain[key] = self.covered(alias) - excluded
        return chars

    def missing_chars(self, text: str) -> list[str]:
        if self.covered(self.body).issuperset(text):
            return []
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in seen and ord(ch) >= 32 and self.fallback_for(ch, self.body) is None:
                seen[ch] = None
        return list(seen)

    def runs(self, text: str, preferred: str) -> list[tuple[str, str]]:
        """Split text into (font alias, text) runs; characters no font has are kept in the preferred font."""
        out: list[tuple[str, str]] = []
        for ch in text:
            alias = self.fallback_for(ch, preferred) or preferred
            if out and out[-1][0] == alias:
                out[-1] = (alias, out[-1][1] + ch)
            else:
                out.append((alias, ch))
        return out

    def markup(self, text: str, preferred: str | None = None) -> str:
        """Paragraph markup of plain ``text``: XML-escaped, newlines as <br/>, fallback fonts per glyph."""
        preferred = preferred or self.body
        text = text or ""
        if self.covered(preferred).issuperset(text):  # the usual case: one run in the preferred font
            return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")
        parts = []
        for alias, run in self.runs(text or "", preferred):
            esc = escape(run).replace("\r\n", "\n").replace("\n", "<br/>")
            parts.append(esc if alias == preferred else f'<font name="{alias}">{esc}</font>')
        return "".join(parts)


_lock = threading.Lock()


def keep_parsed_fonts(folder: Path | None) -> None:
    """Keep the fonts' parsed tables in ``folder`` for the next process that registers them (reports/_fontcache.py);
    fonts registered already are not affected."""
    _fontcache.use_folder(folder)


@functools.cache
def _cached_font_set() -> FontSet:
    return FontSet()


def font_set() -> FontSet:
    with _lock:
        return _cached_font_set()


def missing_chars(*texts: str) -> list[str]:
    fs = font_set()
    out: dict[str, None] = {}
    for t in texts:
        for ch in fs.missing_chars(t or ""):
            out[ch] = None
    return list(out)


_allow_missing = contextvars.ContextVar("allow_missing_glyphs", default=False)


@contextlib.contextmanager
def allowing_missing_glyphs(allow: bool = True) -> Iterator[None]:
    """Documents made inside print characters no font has as boxes instead of refusing to print."""
    token = _allow_missing.set(allow)
    try:
        yield
    finally:
        _allow_missing.reset(token)


def missing_glyphs_allowed() -> bool:
    return _allow_missing.get()
