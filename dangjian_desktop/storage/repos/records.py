"""The data package's records in the store: one name for the exchange service, split by job into

* ``records_schema`` — which tables and fields travel, in dependency order (generic over the declared tables,
  ``schema.record_models()``: no table is named, so a record kind's new tables need no new exchange code);
* ``records_dump`` — the branch's rows as package rows, with their revisions;
* ``records_merge`` (with ``records_values`` and ``records_delete``) — one package merged at headquarters,
  confined to its branch;
* ``records_hq`` — headquarters' counts and read-only listings per branch.
"""

from __future__ import annotations

from dangjian_desktop.storage.repos.records_dump import (  # noqa: F401
    PackageDump,
    RowsJson,
    _to_json,  # noqa: F401,E402  (tests/storage/test_dump.py)
    dump,
    dump_for_package,
    dump_tombstones,
    row_digest,
    rows_of,
    save_revisions,
)
from dangjian_desktop.storage.repos.records_hq import (  # noqa: F401
    _by_branch,
    branch_counts,
    branch_table,
    counts_in_year,
    counts_open,
)
from dangjian_desktop.storage.repos.records_merge import MergeStats, merge  # noqa: F401
from dangjian_desktop.storage.repos.records_schema import (  # noqa: F401
    MAX_TEXT_CHARS,
    dependency_order,
    exportable_models,
    models_by_table,
    table_of,
    tables_in_order,
    travelling_fields,
)
