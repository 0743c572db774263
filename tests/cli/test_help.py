"""Every `dangjian` command and subcommand prints its help (a stray % in a help text breaks argparse's help)."""

from __future__ import annotations

import argparse

from dangjian_desktop.cli import build_parser


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):  # noqa: ANN202
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))


def test_every_command_prints_its_help():
    seen = []
    for path, parser in _walk(build_parser()):
        text = parser.format_help()
        assert text.startswith("usage: dangjian"), path
        seen.append(" ".join(path))
    # the walk reached the kinds' nested commands too
    assert {"election check", "dues status", "report ledger", "roster import"} <= set(seen)
