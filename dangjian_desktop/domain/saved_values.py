"""Rules read back from their saved setting (a JSON object that may come from another version of the program, or
be damaged): a value is taken only when it is of the right kind and in range, otherwise the default stands."""

from __future__ import annotations

from typing import Any


class SavedValues:
    """The values of ``data`` (the saved object) over ``defaults`` (the rules' defaults, read by attribute); what is
    not a JSON object at all (nothing saved, or damaged) has no values: every one is its default."""

    def __init__(self, data: object, defaults: object):
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.defaults = defaults

    def whole(self, key: str, lo: int, hi: int) -> int:
        """A whole number from ``lo`` to ``hi`` (true/false is not a number here)."""
        v = self.data.get(key)
        return v if isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi else getattr(self.defaults, key)

    def flag(self, key: str) -> bool:
        v = self.data.get(key)
        return v if isinstance(v, bool) else getattr(self.defaults, key)
