"""Subcommands of the `dangjian` CLI, one module per feature (see cli.py for the register() contract), and the two
things every command module does alike: JSON out, and a command made of actions."""

from __future__ import annotations

import argparse
import json
import sys


def print_json(data: object) -> None:
    """``--json`` output: indented, Chinese as it is, dates and paths as text, ending with a newline."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def actions(sub: argparse._SubParsersAction, name: str, help: str, metavar: str = "ACTION"
            ) -> argparse._SubParsersAction:
    """``dangjian NAME ACTION …``: a command whose actions are subcommands, one of them required (its choice lands
    in ``args.<name>_command``)."""
    return sub.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", metavar=metavar, required=True)
