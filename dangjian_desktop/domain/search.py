"""Full-text search of the minutes: the query's terms and the snippets shown around each hit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dangjian_desktop.domain.meetings import MeetingType


# -- search snippets ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    uuid: str
    date: dt.date
    types: tuple[MeetingType, ...]
    title: str
    snippets: tuple[tuple[tuple[str, bool], ...], ...]  # each snippet: (text, is_match) segments


def search_terms(query: str) -> list[str]:
    return [t for t in (query or "").replace("　", " ").split(" ") if t]


def make_snippets(text: str, terms: list[str], width: int = 30, limit: int = 3) -> list[list[tuple[str, bool]]]:
    """Up to ``limit`` excerpts of ``text`` around the matches of ``terms`` (case-insensitive), split into
    (segment, is_match) runs so a UI can highlight the matches."""
    low = text.lower()
    spans: list[tuple[int, int]] = []
    for t in terms:
        tl = t.lower()
        start = 0
        while tl and (i := low.find(tl, start)) >= 0:
            spans.append((i, i + len(tl)))
            start = i + len(tl)
    if not spans:
        return []
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    windows: list[list[int]] = []
    for s, e in merged:
        ws, we = max(0, s - width), min(len(text), e + width)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    out = []
    for ws, we in windows[:limit]:
        segs: list[tuple[str, bool]] = []
        pos = ws
        if ws > 0:
            segs.append(("…", False))
        for s, e in merged:
            if e <= ws or s >= we:
                continue
            if s > pos:
                segs.append((text[pos:s], False))
            segs.append((text[max(s, pos):e], True))
            pos = e
        if pos < we:
            segs.append((text[pos:we], False))
        if we < len(text):
            segs.append(("…", False))
        out.append([(seg.replace("\n", " "), m) for seg, m in segs])
    return out
