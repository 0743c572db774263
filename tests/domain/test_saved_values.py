"""Saved rules read back value by value: the right kind and in range, or the default."""

from dataclasses import dataclass

from dangjian_desktop.domain.saved_values import SavedValues


@dataclass
class _Defaults:
    months: int = 6
    strict: bool = True


def test_a_value_is_taken_only_when_it_is_of_its_kind_and_in_range():
    v = SavedValues({"months": 12, "strict": False}, _Defaults())
    assert v.whole("months", 1, 12) == 12 and v.flag("strict") is False
    assert SavedValues({"months": 13}, _Defaults()).whole("months", 1, 12) == 6  # out of range
    assert SavedValues({"months": True}, _Defaults()).whole("months", 0, 12) == 6  # true is not the number 1
    assert SavedValues({"months": "9"}, _Defaults()).whole("months", 1, 12) == 6  # text is not a number
    assert SavedValues({"strict": 0}, _Defaults()).flag("strict") is True  # 0 is not false
    assert SavedValues({}, _Defaults()).whole("months", 1, 12) == 6 and SavedValues({}, _Defaults()).flag("strict")


def test_what_is_not_an_object_gives_every_default():
    for damaged in (None, [12, False], "months=12", 12):
        v = SavedValues(damaged, _Defaults())
        assert v.whole("months", 1, 12) == 6 and v.flag("strict") is True and v.data == {}
