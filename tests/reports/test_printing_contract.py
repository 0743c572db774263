"""One printing contract for every declared document: it ends with the closing block (the 本表由…生成 note on the
last page, once), and a character no font has makes it refuse to print unless the one switch allows it."""

from __future__ import annotations

import pytest

from dangjian_desktop import features
from dangjian_desktop.domain.errors import MissingGlyphsError
from dangjian_desktop.services import documents
from tests.conftest import demo_year, pdf_pages

NOTE = "本表由党支部工作台账于"


def _printable_documents() -> list[str]:
    """A branch's documents that need nothing but a year (those of one record need its id; headquarters' 汇总表 is
    checked on imported branches in tests/exchange/test_oversight.py)."""
    return [d.key for d in features.documents() if not any(o.required for o in d.options) and not d.headquarters]


@pytest.fixture
def printed(demo_documents):  # noqa: ANN001
    """Each printable document of the demo (the session's prints: ``demo_documents``, tests/conftest.py)."""
    made = demo_documents()
    assert set(_printable_documents()) <= set(made)
    return {key: made[key] for key in _printable_documents()}


def test_every_document_ends_with_the_closing_block(printed):
    assert set(printed) >= {"ledger", "roster", "minutes-book", "pledges", "pledge-summary", "inspection"}
    for key, path in printed.items():
        pages = [t.replace(" ", "") for t in pdf_pages(path)]
        assert sum(t.count(NOTE) for t in pages) == 1, key
        assert NOTE in pages[-1], key


def test_a_character_no_font_has_refuses_every_document_unless_allowed(demo_services, tmp_path):
    branch = demo_services.branch.require_profile()
    branch.name = "𠮷祥党支部"  # CJK Ext-B: no shipped font has it, and the branch name is on every page
    demo_services.branch.save_profile(branch)
    for key in _printable_documents():
        out = tmp_path / f"{key}.pdf"
        with pytest.raises(MissingGlyphsError, match="𠮷"):
            documents.make(demo_services, key, out, demo_year())
        assert not out.exists() and not list(tmp_path.glob("*.part"))  # nothing half-written left behind
        assert documents.make(demo_services, key, out, demo_year(), allow_missing_glyphs=True).stat().st_size > 0
