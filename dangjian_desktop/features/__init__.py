"""Record kinds as declarations: everything the app knows about a kind of record, in one place.

A record kind (the roster, meetings, pledges, the activity room, and the kinds to come: 党费, 发展党员…) is one
:class:`Feature` in its own module ``dangjian_desktop/features/<key>.py``, listed once in :data:`FEATURE_MODULES`.
It names, as ``"module:attribute"`` text, its tables, its service, its CLI commands, its demo data, its 首页
reminders and glance, its ledger chapter, its printed documents, its page, its settings tabs, its autosaved forms,
its schema steps and its headquarters figures. Every registry of the app (``storage.schema.all_models()``,
``Services.<key>``, the CLI, ``services.demo``, ``services.reminders``, ``services.dashboard``,
``services.ledger``, ``services.documents``, ``ui.pages``, ``ui.settings_tabs``, ``ui.autosave``, backups' and
headquarters' labels, the data package) is derived from these declarations by :func:`collect`, lazily.

This package imports nothing of the app (an import-linter contract keeps it so): a declaration is text, and
nothing named in it is imported until some layer asks for it. Start-up pays for reading a few small modules. The
declarations are named tuples (immutable; a changed copy is ``decl._replace(field=value)``), not dataclasses: Python
3.11 compiles every generated method of a dataclass from source at import, ≈ 5 ms of a start for these six.

Adding a record kind = its own modules + one line in :data:`FEATURE_MODULES` (see docs/ENGINEERING.md, and
tests/features/test_throwaway_kind.py, which registers a kind at run time and finds it everywhere).
"""

# no ``from __future__ import annotations`` here: a named tuple's field annotations written as text are each made a
# typing.ForwardRef, which compiles its text (≈ 0.1 M instructions a field, 54 fields at start-up); as the types
# themselves they cost nothing. A method's annotation naming its own class is therefore written as text.
import contextlib
import importlib
from collections.abc import Iterator
from typing import Any, NamedTuple

# The record kinds of this build, in order (pages, ledger chapters and tables follow it where nothing else says).
FEATURE_MODULES: list[str] = [
    "dangjian_desktop.features.core",
    "dangjian_desktop.features.roster",
    "dangjian_desktop.features.meetings",
    "dangjian_desktop.features.pledges",
    "dangjian_desktop.features.room",
    "dangjian_desktop.features.dues",
    "dangjian_desktop.features.development",
    "dangjian_desktop.features.appraisal",
    "dangjian_desktop.features.talks",
    "dangjian_desktop.features.elections",
    "dangjian_desktop.features.first_topic",
    "dangjian_desktop.features.study_hours",
    "dangjian_desktop.features.exchange",
    "dangjian_desktop.features.oversight",
    "dangjian_desktop.features.backups",
]


class Table(NamedTuple):
    """One table of a record kind.

    ``table``: the SQL table name. ``model``: ``"module:Class"`` of its peewee model (a ``storage.models.Record``
    for records that travel in packages; tests check the model's table name is ``table``).
    ``label``: its Chinese name in counts (设置, backups, ``dangjian info``) and at headquarters.
    ``date_column``: the column that dates a row, for "per year" counts at headquarters (None: not dated).
    ``local_fields``: fields that belong to one store and never travel in a package.
    ``refs``: text columns that hold another row's UUID (not a foreign key), and the table each points to.
    ``counted``: shown on its own in backup summaries (else summed up under 其他记录).
    """

    table: str
    model: str
    label: str
    date_column: str | None = None
    local_fields: tuple[str, ...] = ()
    refs: tuple[tuple[str, str], ...] = ()
    counted: bool = False


class Option(NamedTuple):
    """A CLI option of a document (besides ``--out`` and ``--year``), passed to its ``make`` by ``dest``."""

    flag: str
    dest: str
    help: str
    required: bool = False
    is_flag: bool = False


class _DocumentFields(NamedTuple):
    """The fields of a :class:`Document`."""

    key: str
    title: str
    description: str
    make: str
    uses_year: bool = False
    file_stem: str = ""
    in_package: bool = True
    on_reports_page: bool = True
    options: tuple[Option, ...] = ()
    headquarters: bool = False  # printed from a headquarters store (the branches' imported records)
    progress: bool = False  # ``make`` takes ``progress=`` (domain.progress): the window shows 第 n / N and 取消


class Document(_DocumentFields):
    """A printed document. ``key`` is the one name used by the 报表 page, ``dangjian report KEY`` and the data
    package. ``make`` is ``"module:function"`` of ``fn(services, out: Path, year: int | None, **options) ->
    Path``; ``options`` are its further CLI options. ``in_package``: printed into the USB package each year
    (a document of one record, e.g. a receipt, is not). ``on_reports_page``: listed on 报表 (documents of one
    record are printed from that record's page). ``uses_year``: takes ``--year`` (this year by default).
    ``headquarters``: made only in a headquarters store. ``file_stem``: the PDF's file name, the title unless given."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> "Document":
        document = super().__new__(cls, *args, **kwargs)
        # the file is named after the document unless it says otherwise
        return document if document.file_stem else document._replace(file_stem=document.title)

    @property
    def summary(self) -> str:
        """The description as shown: ``{chapters}`` names the 年度台账 chapters of every kind of this build."""
        return self.description.replace("{chapters}", "、".join(f.title for f in features() if f.ledger))


def record_document(key: str, title: str, description: str, make: str, *options: Option) -> Document:
    """A document of one record (the minutes of one meeting, a receipt): printed from that record's page and by
    ``dangjian report KEY`` with the ``options`` that pick the record, never on 报表 nor in the package."""
    return Document(key, title, description, make, in_package=False, on_reports_page=False, options=options)


class Page(NamedTuple):
    """A page of the left navigation: ``factory`` is ``"module:function"`` of ``fn(services, window) -> QWidget``;
    pages are shown by ``order`` (首页 0, 党员 10, 会议 20 … 设置 100)."""

    key: str
    title: str
    icon: str
    factory: str
    order: int


class HqFigure(NamedTuple):
    """A figure per branch at headquarters (a column of 数据交换 and of the 汇总表).

    ``key`` names it in the figures each package carries (computed by the branch's ``hq_figures`` with its own
    rules). ``fallback`` says how headquarters counts it from the imported rows when a package lacks it:
    ``"rows_in_year:<table>"`` (rows dated in the year by the table's ``date_column``), ``"open:<table>"`` (rows
    whose ``status`` is not a finished one), ``"items_of_year:<table>"`` (rows whose campaign/parent carries the
    year; see storage/repos/hq_overview.py), or ``""`` (no fallback: shown as —). ``shown_as``: how the value reads
    (:meth:`text`); the JSON of ``dangjian branches --json`` keeps the number. ``attention``: the reason
    headquarters' 首页 shows when the figure is above zero, ``{n}`` standing for it (``"{n} 名党员欠交党费"``);
    ``""``: it never asks for a call."""

    key: str
    label: str
    fallback: str = ""
    shown_as: str = ""  # "" a number; "year_month": yyyymm shown as 2021年12月
    attention: str = ""

    def text(self, value: int | None) -> str:
        """The figure as headquarters reads it on screen, on paper and in the CLI's table; "—" where unknown."""
        if value is None:
            return "—"
        if self.shown_as == "year_month":
            return f"{value // 100}年{value % 100}月"
        return str(value)


_NO_EXTRA: dict[str, Any] = {}  # the default ``extra``, replaced by a new dict in each Feature


class _FeatureFields(NamedTuple):
    """The fields of a :class:`Feature`."""

    key: str
    title: str
    tables: tuple[Table, ...] = ()
    services: tuple[tuple[str, str], ...] = ()
    cli: str | None = None
    demo: str | None = None
    reminders: str | None = None
    glance: str | None = None
    ledger: str | None = None
    documents: tuple[Document, ...] = ()
    pages: tuple[Page, ...] = ()
    settings_tabs: tuple[tuple[str, str], ...] = ()
    drafts: tuple[tuple[str, str], ...] = ()
    hq_figures: str | None = None
    meeting_years: str | None = None
    hq_columns: tuple[HqFigure, ...] = ()
    migrations: str | None = None
    schema_version: int = 0
    ledger_module: str | None = None
    models: str | None = None
    extra: dict[str, Any] = _NO_EXTRA  # last: not hashed (see Feature.__hash__); each Feature has its own


class Feature(_FeatureFields):
    """Everything about one record kind. Every reference is ``"module:attribute"`` text, imported on first use.

    services:     ``(name, "module:function")`` of ``fn(services) -> service``: reachable as ``services.<name>``,
                  built on first use
    cli:          module with ``register(sub, report)`` adding its ``dangjian`` subcommands
    demo:         ``fn(services, rng, today)``, run inside the demo transaction after the roster exists
    reminders:    ``fn(services, today) -> list[Reminder]`` for 首页
    glance:       ``fn(services, year, today) -> Glance`` (首页's year at a glance)
    ledger:       ``fn(services, year, today) -> list[LedgerSection]`` (年度台账 chapters)
    meeting_years: ``fn() -> dict[meeting_uuid, year]`` (reads the open store): meetings of this kind that belong to another
                  年度 than the year they were held in (a 组织生活会 for 2025 held in January 2026); the 会议 calendar
                  counts them for that 年度
    hq_figures:   ``fn(services, year, today) -> dict[str, int | None]``: figures the branch computes by its own
                  rules and sends in each package, shown per branch at headquarters as ``hq_columns``
    migrations:   ``"module:STEPS"``: this kind's schema steps, ``[(version, fn(database))…]`` from 1 (see
                  storage/migrations.py); version 1 creates the kind's tables from frozen DDL
    schema_version: the number of steps in ``migrations``, declared so that opening a store compares versions
                  without importing them (checked whenever they are loaded; 0: not declared, the steps are counted)
    pages:        pages of the left navigation
    settings_tabs: ``(title, "module:name")`` on 设置: a settings-tab class (ui/widgets/settings_tab.py) built over
                  ``services.<key>``, or ``fn(services, window) -> QWidget``
    drafts:       autosave key prefix -> the page whose ``open_record("draft", key)`` reopens it
    ledger_module: the kind's module of 首页 and ledger parts, ``"dangjian_desktop.services.dues_ledger"``: its
                  ``glance``, ``chapters`` and ``hq_figures`` functions are the kind's ``glance``, ``ledger`` and
                  ``hq_figures`` unless these are given, and a document's ``make`` written as a bare name
                  (``"make_register"``) is a function of it
    models:       the kind's module of table models, ``"dangjian_desktop.storage.models_dues"``: a table's ``model``
                  written as a bare class name (``"DuesPaymentRow"``) is a class of it, and its ``STEPS`` are the
                  kind's ``migrations`` when ``schema_version`` is declared and ``migrations`` is not given

    Most record kinds are laid out the same way: :func:`record_kind` declares one with those modules named after
    its key, so that the declaration lists only what is particular to it.
    """

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> "Feature":
        f = super().__new__(cls, *args, **kwargs)
        # its own ``extra``, and what the kind's ledger module and models module name by convention
        derived: dict[str, Any] = {"extra": {}} if f.extra is _NO_EXTRA else {}
        if f.ledger_module:
            for attribute, function in (("glance", "glance"), ("ledger", "chapters"), ("hq_figures", "hq_figures")):
                if getattr(f, attribute) is None:
                    derived[attribute] = f"{f.ledger_module}:{function}"
            derived["documents"] = tuple(d._replace(make=_within(f.ledger_module, d.make)) for d in f.documents)
        if f.models:
            derived["tables"] = tuple(t._replace(model=_within(f.models, t.model)) for t in f.tables)
            if f.schema_version and f.migrations is None:
                derived["migrations"] = f"{f.models}:STEPS"
        return f._replace(**derived) if derived else f

    def __hash__(self) -> int:
        return hash(self[:-1])  # as a frozen dataclass's: ``extra`` (a dict, say) is left out


def _within(module: str, path: str) -> str:
    """``path`` as written in a declaration: a bare name is an attribute of ``module``."""
    return path if ":" in path else f"{module}:{path}"


APP = "dangjian_desktop"
_UNSET: Any = object()


def record_kind(key: str, title: str, *, services: Any = _UNSET, cli: Any = _UNSET, demo: Any = _UNSET,
                reminders: Any = _UNSET, ledger_module: Any = _UNSET, models: Any = _UNSET,
                **particulars: Any) -> Feature:
    """A record kind laid out the usual way, its modules named after its ``key``: its service
    ``services/<key>.py:build`` (reachable as ``services.<key>``), its CLI ``cli_commands/<key>.py``, its demo
    ``services/<key>_demo.py:demo``, its 首页 and ledger parts, reminders and documents in ``services/<key>_ledger.py``
    and, when it has tables, their models in ``storage/models_<key>.py``. A reference given here wins over the
    convention; ``None`` (``()`` for ``services``) says the kind has none."""
    ledger = f"{APP}.services.{key}_ledger" if ledger_module is _UNSET else ledger_module
    conventional = {
        "services": ((key, f"{APP}.services.{key}:build"),) if services is _UNSET else services,
        "cli": f"{APP}.cli_commands.{key}" if cli is _UNSET else cli,
        "demo": f"{APP}.services.{key}_demo:demo" if demo is _UNSET else demo,
        "reminders": f"{ledger}:reminders" if reminders is _UNSET else reminders,
        "ledger_module": ledger,
        "models": (f"{APP}.storage.models_{key}" if particulars.get("tables") else None) if models is _UNSET
        else models,
    }
    return Feature(key, title, **conventional, **particulars)


_registered: list[Feature] | None = None
_extra: list[Feature] = []  # kinds registered at run time (tests: the throw-away kind)
_cache: dict[str, Any] = {}


def load(path: str) -> Any:
    """The object named by ``"module:attribute"`` (dots in the attribute walk into it)."""
    module, _, attr = path.partition(":")
    obj: Any = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def features() -> list[Feature]:
    """Every record kind of this build, in :data:`FEATURE_MODULES` order (then those registered at run time)."""
    global _registered
    if _registered is None:
        _registered = [importlib.import_module(m).FEATURE for m in FEATURE_MODULES]
    return [*_registered, *_extra]


def feature(key: str) -> Feature:
    for f in features():
        if f.key == key:
            return f
    raise KeyError(key)


def cached(name: str, make: Any) -> Any:
    """A registry derived from the declarations, computed once (and again after :func:`register`)."""
    if name not in _cache:
        _cache[name] = make()
    return _cache[name]


def paths(attribute: str) -> list[str]:
    """The non-empty ``attribute`` of every kind, in order: e.g. ``paths("reminders")``."""
    return [p for f in features() if (p := getattr(f, attribute))]


def documents() -> list[Document]:
    return [d for f in features() for d in f.documents]


def document(key: str) -> Document | None:
    return next((d for d in documents() if d.key == key), None)


def pages() -> list[Page]:
    return sorted((p for f in features() for p in f.pages), key=lambda p: p.order)


def hq_columns() -> list[HqFigure]:
    return [c for f in features() for c in f.hq_columns]


def table_labels() -> dict[str, str]:
    """SQL table name -> its Chinese label, for every declared table."""
    return cached("table_labels", lambda: {t.table: t.label for t in tables()})


def table_label(table: str) -> str:
    return table_labels().get(table, table)


def tables() -> list[Table]:
    return [t for f in features() for t in f.tables]


@contextlib.contextmanager
def registered(extra: Feature) -> Iterator[Feature]:
    """Add a record kind for the duration of a ``with`` block (tests; a plug-in would call :func:`register`)."""
    register(extra)
    try:
        yield extra
    finally:
        _extra.remove(extra)
        _cache.clear()


def register(extra: Feature) -> None:
    if any(f.key == extra.key for f in features()):
        raise ValueError(f"a record kind named {extra.key!r} exists already")
    _extra.append(extra)
    _cache.clear()
