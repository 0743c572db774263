"""docs/PACKAGE_FORMAT.md describes what the code writes: the tables section is the generated one (every
travelling table, its columns, the table each UUID column points to, the values of the closed vocabularies),
and the constants named in the text are the code's."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.services import exchange_doc
from dangjian_desktop.storage.repos.records_schema import describe_tables

DOC = Path(__file__).resolve().parents[2] / "docs" / "PACKAGE_FORMAT.md"


def test_the_tables_section_is_up_to_date():
    text = DOC.read_text(encoding="utf-8")
    assert exchange_doc.tables_markdown() in text, "run: python -m dangjian_desktop.services.exchange_doc --write"


def test_every_table_column_and_reference_is_documented():
    text = DOC.read_text(encoding="utf-8")
    for table, cols in describe_tables():
        section = text.split(f"#### `{table}`", 1)[1].split("####", 1)[0]
        for c in cols:
            assert f"| `{c['name']}` |" in section, (table, c["name"])
            if c["references"]:
                line = next(x for x in section.splitlines() if x.startswith(f"| `{c['name']}` |"))
                assert f"`{c['references']}`" in line
    # a hand-checked sample: a member's 党小组 and a pledge sheet's member, and the member statuses
    member = text.split("#### `member`", 1)[1].split("####", 1)[0]
    assert "| `group` | UUID | 是 |  | `party_group`（被引用的记录删除时：置空） |" in member
    assert "`在册`、`转出`、`去世`、`出党`、`停止党籍`" in member
    sheet = text.split("#### `pledge_sheet`", 1)[1].split("####", 1)[0]
    assert "| `member` | UUID |  |  | `member`（被引用的记录删除时：随之删除） |" in sheet


def test_the_constants_in_the_text_are_the_codes():
    text = DOC.read_text(encoding="utf-8")
    assert f"format version {fmt.FORMAT_VERSION}" in text
    assert f"| container (outer framing) | {fmt.CONTAINER_VERSION} |" in text
    assert '"djpkg signature v2"' in text and fmt.SIGNATURE_CONTEXT == b"djpkg signature v2\x00"
    for suffix in fmt.ALLOWED_FILE_TYPES:
        assert f"`{suffix}`" in text
    assert f"`{fmt.REVISION_KEY}`" in text
