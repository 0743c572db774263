"""Compile forms/*.ui into dangjian_desktop/ui/forms/ui_*.py with pyside6-uic (run after editing a form).

    python -m dangjian_desktop.ui.compile_forms          # write all
    python -m dangjian_desktop.ui.compile_forms --check  # exit 1 if a committed module is stale
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FORMS = REPO / "forms"
OUT = Path(__file__).resolve().parent / "forms"
HEADER = "# GENERATED from forms/{name} by dangjian_desktop.ui.compile_forms (pyside6-uic) — do not edit.\n"


def _uic() -> list[str]:
    """The uic that PySide6 ships, run directly where it is a plain program (Linux, macOS): ``pyside6-uic`` is a
    Python script that starts an interpreter only to run it (0.3 s a form, 70 forms); the same output either way."""
    import PySide6

    native = Path(PySide6.__file__).resolve().parent / "Qt" / "libexec" / "uic"
    if sys.platform != "win32" and native.is_file():
        return [str(native), "-g", "python"]
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_one(ui_file: Path) -> str:
    result = subprocess.run([*_uic(), "--no-autoconnection", str(ui_file)], capture_output=True, text=True,
                            check=True, encoding="utf-8")
    body = result.stdout
    # drop uic's own banner (it names the Qt version and the absolute path)
    lines = body.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return HEADER.format(name=ui_file.name) + trim_imports("".join(lines))


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def trim_imports(code: str) -> str:
    """uic imports the same three dozen Qt classes into every form; keep only those the form uses. PySide6 builds a
    class's Python enums the first time the class is imported (the ``Qt`` namespace alone: 94 enums, ≈ 16 ms), so
    an unused name imported by a form on the first page is paid at every start-up."""
    body = _IMPORT.sub("", code)

    def used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        keep = [n for n in names if re.search(rf"\b{n}\b", body)]
        if not keep:
            return ""
        lines, line = [], f"from {match.group(1)} import ("
        for i, n in enumerate(keep):
            piece = n + (", " if i < len(keep) - 1 else ")")
            if len(line) + len(piece) > 100:
                lines.append(line.rstrip())
                line = "    "
            line += piece
        return "\n".join([*lines, line]) + "\n"

    return _IMPORT.sub(used, code)


def target_for(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    (OUT / "__init__.py").touch()
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        code = compile_one(ui_file)
        target = target_for(ui_file)
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.name)
        else:
            target.write_text(code, encoding="utf-8")
    if stale:
        print("stale generated forms: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
