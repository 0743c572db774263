"""Pure-Python speed-ups for ReportLab when its optional C accelerator (``rl_accel``) is not installed.

``fp_str`` turns every coordinate, colour and font size of a page into PDF number text; the pure-Python version
was a fifth of the time to print a minutes book. The same numbers recur on every page (margins, line positions,
colours), so each number's text is kept once it has been made — the text is exactly what ``fp_str`` returns.
"""

from __future__ import annotations

import sys
from typing import Any

from reportlab.lib import rl_accel
from reportlab.lib.utils import isSeq

_py_fp_str = rl_accel._py_funcs.get("fp_str")  # noqa: SLF001 - None when the C accelerator is installed
_MAX_CACHED = 200_000
_texts: dict[Any, str] = {}


def fp_str(*a: Any) -> str:
    if len(a) == 1 and isSeq(a[0]):
        a = a[0]
    out = []
    for x in a:
        try:
            s = _texts.get(x)
        except TypeError:  # unhashable: a "lazy" number object
            s = None
            out.append(_py_fp_str(x))
            continue
        if s is None:
            s = _py_fp_str(x)
            if len(_texts) >= _MAX_CACHED:
                _texts.clear()
            _texts[x] = s
        out.append(s)
    return " ".join(out)


def install() -> None:
    """Use :func:`fp_str` in every ReportLab module that took the pure-Python one (a no-op with rl_accel)."""
    if _py_fp_str is None or rl_accel.fp_str is not _py_fp_str:
        return
    rl_accel.fp_str = fp_str
    for name, module in list(sys.modules.items()):
        if name.startswith("reportlab.") and getattr(module, "fp_str", None) is _py_fp_str:
            module.fp_str = fp_str
