"""`validation.one_by_prefix`: the record a user means by the first characters of its number (the CLI's
`--id`/`--talk`), worked by hand on three made-up UUIDs."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.validation import one_by_prefix

UUIDS = ["3f2a9c1e-0000-4000-8000-000000000001", "3f2a7b00-0000-4000-8000-000000000002",
         "9d41e6aa-0000-4000-8000-000000000003"]


def starting_with(prefix: str) -> list[str]:
    return [u for u in UUIDS if u.startswith(prefix)]


def test_a_unique_prefix_or_the_whole_number_names_one_record():
    assert one_by_prefix("9d41", starting_with, "检查记录") == UUIDS[2]
    assert one_by_prefix(" 3F2A9 ", starting_with, "检查记录") == UUIDS[0]  # typed with spaces, in capitals
    assert one_by_prefix(UUIDS[1], starting_with, "检查记录") == UUIDS[1]


@pytest.mark.parametrize("typed, error, message", [
    ("3f2", ValidationError, "谈话记录编号太短，请至少输入前4位。"),
    ("", ValidationError, "谈话记录编号太短"),
    ("3f2a", ValidationError, "编号以“3f2a”开头的谈话记录有2条，请多输入几位。"),
    ("abcd", NotFoundError, "找不到编号以“abcd”开头的谈话记录。"),
])
def test_too_short_ambiguous_and_unknown_numbers_are_refused_in_chinese(typed, error, message):
    with pytest.raises(error) as caught:
        one_by_prefix(typed, starting_with, "谈话记录")
    assert message in str(caught.value)
