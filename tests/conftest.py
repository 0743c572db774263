"""Shared fixtures. The one headless switch: Qt runs offscreen in every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DANGJIAN_NO_DIALOGS", "1")
os.environ.pop("DANGJIAN_DATA_DIR", None)
os.environ.pop("DANGJIAN_DATABASE", None)  # a headquarters database of the machine running the tests
# One clock (dangjian_desktop/clock.py): a run is reproducible because the suite pins its own date. Set
# DANGJIAN_TODAY to run it on another day (scripts/test-dates.sh runs several), or to "real" for the real calendar.
PINNED_TODAY = "2026-10-15"
os.environ.setdefault("DANGJIAN_TODAY", PINNED_TODAY)

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from dangjian_desktop import clock  # noqa: E402
from dangjian_desktop.services.container import Services  # noqa: E402

# the throwaway PostgreSQL cluster (started only when a test asks for it) and the headquarters store on both
# engines (issue 22)
pytest_plugins = ("tests.pg.cluster",)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture(scope="session")
def _empty_stores(tmp_path_factory: pytest.TempPathFactory):
    """``empty_store(folder)``: ``folder`` given a new, empty branch store, copied from one made once per session
    (tests/store_templates.py)."""
    from tests.store_templates import StoreTemplates

    templates = StoreTemplates(tmp_path_factory, "empty-store")

    def make(template: Path) -> None:
        template.mkdir()
        Services.open(template).close()

    return lambda folder: templates.copy(folder, make)


@pytest.fixture
def services(data_dir: Path, _empty_stores):
    """A new, empty branch store in ``data_dir``, open."""
    s = Services.open(_empty_stores(data_dir))
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_templates() -> dict:
    return {}


@pytest.fixture(scope="session")
def demo_copy(_demo_templates: dict, tmp_path_factory: pytest.TempPathFactory):
    """``demo_copy(folder)`` fills ``folder`` with a branch store holding the demo data. The demo is made once per
    session (per pinned date and set of record kinds) and copied: making it takes seconds, copying it
    milliseconds. Every copy is the same branch (same UUID, same signing key once one is made).
    ``demo_copy(folder, branch=1)`` (2, …): another branch holding the demo (the demo made again: its own UUIDs),
    for a headquarters that imports two; each also made once per session."""
    from dangjian_desktop import features
    from dangjian_desktop.services import demo

    def copy_to(folder: Path, branch: int = 0) -> Path:
        key = (clock.today(), tuple(f.key for f in features.features()), branch)
        template = _demo_templates.get(key)
        if template is None:
            template = tmp_path_factory.mktemp("demo-template") / "data"
            template.mkdir()
            made = Services.open(template)
            try:
                demo.populate(made)
            finally:
                made.close()
            _demo_templates[key] = template
        return copy_store(template, folder)

    return copy_to


def copy_store(made: Path, folder: Path) -> Path:
    """``folder`` filled with a copy of the closed store ``made`` (its database, attachments, keys; not its lock
    or logs): a store prepared once for a module or session and copied for each test that changes it."""
    import shutil

    shutil.copytree(made, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.lock", "logs"))
    return folder


@pytest.fixture(scope="session")
def demo_documents(demo_copy, tmp_path_factory: pytest.TempPathFactory):
    """``demo_documents()``: every document of the 报表 page (``documents.documents()``) printed from the session's
    demo for ``demo_year()``, ``{key: pdf}``, each under its ``documents.suggested_name``. Printed once per session
    (per pinned date and set of record kinds; the year's ledger alone takes seconds) for the tests that only read
    them: never write to these files."""
    from dangjian_desktop import features
    from dangjian_desktop.services import documents

    printed: dict = {}

    def documents_of_the_demo() -> dict[str, Path]:
        key = (clock.today(), tuple(f.key for f in features.features()))
        if key not in printed:
            folder = tmp_path_factory.mktemp("demo-documents")
            s = Services.open(demo_copy(folder / "data"))
            try:
                year = demo_year()
                printed[key] = {d.key: documents.make(s, d.key, folder / documents.suggested_name(s, d.key, year),
                                                      year) for d in documents.documents()}
            finally:
                s.close()
        return dict(printed[key])

    return documents_of_the_demo


@pytest.fixture
def demo_services(request: pytest.FixtureRequest, data_dir: Path, demo_copy):
    """A branch store holding the demo data, in ``data_dir`` (a copy of the session's demo, see ``demo_copy``).
    A test that also uses ``services`` (directly or through another fixture) gets the demo made in that store."""
    from dangjian_desktop.services import demo

    if "services" in request.fixturenames:
        s = request.getfixturevalue("services")
        demo.populate(s)
        yield s
        return
    demo_copy(data_dir)
    s = Services.open(data_dir)
    yield s
    s.close()


def demo_year(today: dt.date | None = None) -> int:
    """A year the demo fills whatever today's date: its meetings cover the twelve months up to today, and its
    current pledge campaign is that year's (last year's in January and February)."""
    from dangjian_desktop.services.pledges_demo import demo_campaign_year

    return demo_campaign_year(today or clock.today())


def gap_year(today: dt.date | None = None) -> int:
    """A year whose compliance calendar shows at least three of the demo's gaps (they lie two to six months back;
    before July last year also lacks the months before the demo began)."""
    today = today or clock.today()
    return today.year if today.month >= 7 else today.year - 1


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


_PAGES: dict[tuple, list[str]] = {}


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pypdf's ``extract_text``), read once per session for the same file: the session's
    shared prints (``demo_documents``) are read by several tests, and reading a long one takes a second or two. The
    file is known by its path, inode, size and modification time in nanoseconds, so a file written again is read
    again."""
    from pypdf import PdfReader

    st = Path(path).stat()
    key = (str(Path(path).resolve()), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _PAGES:
        _PAGES[key] = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    return list(_PAGES[key])


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(BaseFont, embedded?) for every font used on any page."""
    from pypdf import PdfReader

    out = []
    for page in PdfReader(str(path)).pages:
        res = page.get("/Resources") or {}
        fonts = res.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            out.append((str(font.get("/BaseFont")), embedded))
    return out


_exit_status = 0


def pytest_sessionfinish(session, exitstatus):  # noqa: ANN001
    global _exit_status
    _exit_status = int(exitstatus)


def pytest_unconfigure(config):  # noqa: ANN001
    """Leave without the interpreter's final garbage collection.

    After hundreds of pytest-qt tests, tearing down leftover Qt wrappers at interpreter exit can abort inside
    shiboken ("Fatal Python error: bool_dealloc"), turning a green run into exit code 134. Every result is already
    reported here, so end the process with pytest's own exit status.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)
