"""What `dangjian` (cli.py) and every command module (cli_commands/) do alike: JSON out, and a command made of
actions. A module of its own because cli and cli_commands are independent of each other (import-linter)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any


def print_json(data: object) -> None:
    """``--json`` output: indented, Chinese as it is, dates and paths as text, ending with a newline."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def json_or_empty(args: argparse.Namespace, rows: Sequence[Any], empty: str,
                  as_json: Callable[[Any], object] | None = None) -> bool:
    """What a list command does first: with ``--json`` print the rows as JSON (``as_json(row)``, by default
    ``row.as_dict()``); with no rows print the sentence ``empty``. True when that was all there is to print."""
    if args.json:
        print_json([as_json(r) if as_json else r.as_dict() for r in rows])
        return True
    if not rows:
        print(empty)
        return True
    return False


def actions(sub: argparse._SubParsersAction, name: str, help: str, metavar: str = "ACTION"
            ) -> argparse._SubParsersAction:
    """``dangjian NAME ACTION …``: a command whose actions are subcommands, one of them required (its choice lands
    in ``args.<name>_command``)."""
    return sub.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", metavar=metavar, required=True)


def year_listing(sub: argparse._SubParsersAction, name: str, help: str, func: object, *, year_default: int | None = None,
                 year_help: str | None = None, json_help: str | None = None) -> argparse.ArgumentParser:
    """``dangjian NAME [--year Y] [--json]``: a read-only command that lists one year as text or JSON."""
    p = sub.add_parser(name, help=help)
    p.add_argument("--year", type=int, default=year_default, help=year_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=func, writes=False)
    return p
