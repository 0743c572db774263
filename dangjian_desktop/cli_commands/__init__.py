"""Subcommands of the `dangjian` CLI, one module per feature (see cli.py for the register() contract; what they
share is in cli_support.py)."""
