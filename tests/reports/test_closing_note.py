"""The 本表由…生成 note stays on the page of the signature lines it closes, wherever the page break falls."""

from __future__ import annotations

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from dangjian_desktop.reports.styles import FormalDocument, closing_block, signature_block


def test_note_never_stands_alone_on_the_last_page(tmp_path):
    counts = set()
    # filler heights that move the end of the signature block over the foot of the first page
    for step in range(31):
        doc = FormalDocument(tmp_path / f"{step}.pdf", title="测试表", branch_name="测试党支部")
        s = doc.styles
        filler = doc.frame_height - 120 * mm + step * 3 * mm
        story = [Spacer(1, filler), closing_block(s, signature_block(s, ["制表人", "党支部书记"], doc.frame_width))]
        pages = PdfReader(str(doc.build(story))).pages
        counts.add(len(pages))
        last = pages[-1].extract_text()
        assert "生成" in last and "签字" in last, (step, len(pages), last)
    assert counts == {1, 2}  # the sweep crossed the page break
