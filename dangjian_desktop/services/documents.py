"""The printed documents of every record kind: one list (``Feature.documents``), one key per document, used alike
by the 报表 page, ``dangjian report KEY`` and the data package.

``make(services, key, out, year, **options)`` prints one. Missing glyphs are checked by the paragraph builder of
every document (reports/styles.py); ``allow_missing_glyphs=True`` prints them as boxes instead of refusing, the
one switch for all documents (the package uses it, so no document drops out of a package for a rare name).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import clock, features
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.features import Document

if TYPE_CHECKING:
    from dangjian_desktop.domain.progress import Progress
    from dangjian_desktop.services.container import Services

DocumentSpec = Document  # the name the 报表 page knew it by


def documents() -> list[Document]:
    """The documents listed on the 报表 page, in declaration order."""
    return [d for d in features.documents() if d.on_reports_page]


def package_documents() -> list[Document]:
    """The year's documents printed into every data package."""
    return [d for d in features.documents() if d.in_package]


def spec(key: str) -> Document:
    found = features.document(key)
    if found is None:
        raise NotFoundError(f"没有名为“{key}”的报表。")
    return found


def suggested_name(services: Services, key: str, year: int | None = None) -> str:
    d = spec(key)
    b = services.branch.profile()
    prefix = b.name if b else ""
    middle = f"{year}" if d.uses_year and year else ""
    name = f"{prefix}{middle}{d.file_stem or d.title}.pdf"
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)


def make(services: Services, key: str, out: Path | str, year: int | None = None, *,
         allow_missing_glyphs: bool = False, progress: Progress | None = None, **options: Any) -> Path:
    """Print the document ``key`` to ``out``: for ``year`` (this year when it takes one and none is given).
    ``progress`` reaches the documents that report theirs (``Document.progress``); the others ignore it."""
    from dangjian_desktop.reports.fonts import allowing_missing_glyphs

    d = spec(key)
    if d.uses_year:
        year = year or clock.today().year
    if progress is not None and d.progress:
        options["progress"] = progress
    with allowing_missing_glyphs(allow_missing_glyphs):
        return features.load(d.make)(services, Path(out), year if d.uses_year else None, **options)


# -- the foundation's documents (features/core.py, features/roster.py) --------------------------------------------


def make_ledger(services: Services, out: Path, year: int | None, *, progress: Progress | None = None,
                **_: Any) -> Path:
    from dangjian_desktop.services import ledger

    return ledger.ledger_pdf(services, year or clock.today().year, out, progress=progress)


def make_roster(services: Services, out: Path, year: int | None, *, show_ids: bool = False, **_: Any) -> Path:
    return services.reports.roster_pdf(out, show_ids=show_ids)
