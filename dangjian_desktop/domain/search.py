"""Full-text search of the minutes: the n-gram tokens a meeting is indexed by, the index query a search term
becomes, the query's terms and the snippets shown around each hit.

The index (storage: an FTS5 table with the ``unicode61`` tokenizer; later PostgreSQL ``to_tsvector('simple', …)``
+ GIN) never sees the text itself, only the two token strings made here, so that one- and two-character queries
are answered from the index like longer ones:

* ``unigrams``: every indexable character of the lowercased text (CJK or latin/digit), space-separated — a
  one-character query is one token;
* ``bigrams``: every adjacent pair of indexable characters inside a run of them, in text order, with ``SEPARATOR``
  between runs (punctuation, spaces and line breaks end a run) — a two-character query is one token, a longer run
  is the phrase of its bigrams (consecutive positions), which matches exactly the texts holding that run.

A term with punctuation or spaces inside is the AND of its runs; every hit is confirmed against the real text
(``contains``) so the index never gives a false hit. Latin letters and digits are n-grams too (not whole words), so
"jian" finds "dangjian" as a substring search must.
"""

from __future__ import annotations

from dataclasses import dataclass

from dangjian_desktop.domain.meetings import MeetingHeading


# -- the n-gram tokens ---------------------------------------------------------------------------------------------

# said with a search while meetings imported last are still being indexed (services/search_index.py)
INDEX_PENDING_NOTICE = "最新导入的数据包仍在建立检索索引，结果可能不全"
SEPARATOR = "0"  # between runs in the bigram column: one character, never a bigram a query could ask for


def runs(text: str) -> list[str]:
    """The maximal runs of indexable characters (letters and digits of any script) of the lowercased text."""
    out: list[str] = []
    current: list[str] = []
    for ch in (text or "").lower():
        if ch.isalnum():
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


@dataclass(frozen=True)
class SearchTokens:
    unigrams: str  # space-separated
    bigrams: str  # space-separated, SEPARATOR between runs


def search_tokens(text: str) -> SearchTokens:
    """The index tokens of a meeting's searchable text."""
    uni: list[str] = []
    bi: list[str] = []
    for run in runs(text):
        uni.extend(run)
        if len(run) >= 2:
            if bi:
                bi.append(SEPARATOR)
            bi.extend(run[i:i + 2] for i in range(len(run) - 1))
    return SearchTokens(" ".join(uni), " ".join(bi))


@dataclass(frozen=True)
class IndexQuery:
    """What the index is asked for one search: every part must match (AND). A part is ("unigrams", "x") for a
    one-character run or ("bigrams", "ab bc cd") for the phrase of a longer run. ``exact``: the index answers the
    query exactly (every term is one run), so a count needs no look at the text; otherwise hits are confirmed
    with ``contains``. No parts: the query has no letter or digit at all (e.g. "、"), the index cannot help."""

    parts: tuple[tuple[str, str], ...]
    exact: bool


def index_query(terms: list[str]) -> IndexQuery:
    parts: list[tuple[str, str]] = []
    exact = True
    for term in terms:
        rs = runs(term)
        if len(rs) != 1 or rs[0] != term.lower():
            exact = False
        for run in rs:
            part = (("unigrams", run) if len(run) == 1
                    else ("bigrams", " ".join(run[i:i + 2] for i in range(len(run) - 1))))
            if part not in parts:
                parts.append(part)
    return IndexQuery(tuple(parts), exact and bool(parts))


def contains(text: str, terms: list[str]) -> bool:
    """Whether ``text`` holds every term, ignoring case: the confirmation of an index hit."""
    low = (text or "").lower()
    return all(t.lower() in low for t in terms)


# -- search snippets ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit(MeetingHeading):
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
