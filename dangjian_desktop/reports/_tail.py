"""The end of a record or document kept together: signature lines never stand alone on a page
(:class:`KeepWithTail`, :func:`end_with`; re-exported by ``reports.styles``)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _FUZZ, _listWrapOn

from dangjian_desktop.reports._fastdraw import FastParagraph
from dangjian_desktop.reports._grid import GridForm

# what goes over to the page of the signature lines with them at least: about four lines of body text
MIN_TAIL = 4 * 21.0
_PLAIN = (Paragraph, Table, GridForm, Spacer)  # GridForm: a Table drawn without Table, treated as one


# flowables whose wrap adds no generated content to the frame: summed without ReportLab's copy of the frame
_MEASURABLE = {Paragraph, FastParagraph, Table, GridForm, Spacer}


def _flat(flowables: list) -> list:
    flat: list = []
    for f in flowables:
        flat.extend(f._content if isinstance(f, KeepTogether) else [f])  # noqa: SLF001
    return flat


def _sum_heights(flowables: list, width: float, canv, state: tuple[float, float, bool]):  # noqa: ANN001, ANN202
    """``reportlab.platypus.flowables._listWrapOn``'s height sum (mergeSpace on) continued from ``state`` (sum,
    last space after, at top); the height is ``sum - space after``. The same arithmetic in the same order, without
    the deep copy of the frame it makes on every call (for flowables that add content to the frame)."""
    total, space, at_top = state
    for f in flowables:
        # a record's end is measured again on each page it runs over: a flowable's figures at this width are kept
        # (a paragraph's or table's height at a width does not change; the height offered here is unlimited)
        got = f.__dict__.get("_dj_measure")
        if got is None or got[0] != width:
            _w, h = f.wrapOn(canv, width, 0xFFFFFFF)
            got = f.__dict__["_dj_measure"] = (width, h, f.getSpaceBefore(), f.getSpaceAfter(),
                                               getattr(f, "_SPACETRANSFER", False))
        _width, h, before, after, transfer = got
        if h <= _FUZZ:
            continue
        total += h
        if not at_top:
            h = space if transfer else before
            h = max(h - space, 0)
            total += h
        else:
            at_top = False
        space = space if transfer else after
        total += space
    return total, space, at_top


class KeepWithTail(Flowable):
    """The end of a record or document: its last ``content`` (paragraphs, tables) and the ``closing`` block
    (signature lines, date, the 本表由…生成 note). Where the whole does not fit on the page, the content is split
    so that at least ``min_tail`` points of it go over with the closing block: signature lines never stand alone
    on a page, nor under a lone 「散会。」.

    Like KeepTogether it never draws itself: the frame always asks it to split and places what it returns."""

    def __init__(self, content: Sequence[Flowable], closing: Flowable, min_tail: float = MIN_TAIL):
        super().__init__()
        self.content = list(content)
        self.closing = closing
        self.min_tail = min_tail

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # force a split, as KeepTogether does

    def _height(self, flowables: list, avail_width: float) -> float:
        return self._heights(flowables, [], avail_width)[0]

    def _heights(self, first: list, then: list, avail_width: float) -> tuple[float, float]:
        """Heights of ``first`` and of ``first`` followed by ``then``, as ReportLab's ``_listWrapOn`` sums them
        (spaces between flowables merged), in one pass. A KeepTogether reports an endless height (it forces its
        own split): what it holds is measured instead."""
        a, b = _flat(first), _flat(then)
        if not all(type(f) in _MEASURABLE for f in a + b):  # anything else: ReportLab's own sum (slower)
            h1 = _listWrapOn(a, avail_width, self.canv)[1] if a else 0.0
            return h1, (_listWrapOn(a + b, avail_width, self.canv)[1] if a + b else 0.0)
        state = _sum_heights(a, avail_width, self.canv, (0.0, 0.0, True))
        h1 = state[0] - state[1]
        state = _sum_heights(b, avail_width, self.canv, state)
        return h1, state[0] - state[1]

    def split(self, avail_width: float, avail_height: float) -> list:
        closing = self.closing
        content_h, whole_h = self._heights(self.content, [closing], avail_width)
        # the frame adds the first flowable's space before it (a heading's) unless it stands at the top of the page
        lead = self.content[0].getSpaceBefore() if self.content else 0
        if lead + whole_h + 1 <= avail_height:
            return [*self.content, closing]
        room = min(avail_height - lead, content_h - min(self.min_tail, content_h))
        first, rest = self._split_content(avail_width, room)
        if not first:
            frame = getattr(self, "_frame", None)
            if frame is not None and getattr(frame, "_atTop", False):
                return [*self.content, closing]  # nothing splits here even on a fresh page: let the frame cope
            return [FrameBreak(), KeepWithTail(rest, closing, self.min_tail)]
        return [*first, KeepWithTail(rest, closing, self.min_tail)]

    def _split_content(self, avail_width: float, room: float) -> tuple[list, list]:
        """As much of the content as fits in ``room`` (splitting a paragraph or table where it must), and the rest.
        A heading is never left last on the page."""
        first: list = []
        items = list(self.content)
        left = room
        while items:
            f = items[0]
            if isinstance(f, CondPageBreak):
                items.pop(0)
                if left < f.height:
                    break
                continue
            space = f.getSpaceBefore() if first else 0
            _w, h = f.wrapOn(self.canv, avail_width, max(left - space, 0))
            if h + space <= left:
                first.append(items.pop(0))
                left -= h + space + f.getSpaceAfter()
                continue
            parts = f.split(avail_width, max(left - space, 0)) if left - space > 0 else []
            if len(parts) >= 2:
                items.pop(0)
                first.append(parts[0])
                items[:0] = parts[1:]
            break
        while first and _is_heading(first[-1]):
            items.insert(0, first.pop())
        return first, items


def _is_heading(f: Flowable) -> bool:
    """A title or heading paragraph, also in a style derived from one (the ledger's chapter and table headings)."""
    style = f.style if isinstance(f, Paragraph) else None
    while style is not None:
        if getattr(style, "name", "") in ("h1", "h2", "title", "subtitle"):
            return True
        style = getattr(style, "parent", None)
    return False


def end_with(story: list, closing: Flowable, min_tail: float = MIN_TAIL) -> list:
    """Replace the end of ``story`` (its trailing run of paragraphs, tables and spacers) and ``closing`` by one
    :class:`KeepWithTail`, so the closing block never stands alone on a page."""
    i = len(story)
    while i > 0 and isinstance(story[i - 1], _PLAIN) and not isinstance(story[i - 1], CondPageBreak):
        i -= 1
    tail = story[i:]
    del story[i:]
    story.append(KeepWithTail(tail, closing, min_tail) if tail else closing)
    return story
