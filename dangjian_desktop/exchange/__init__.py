"""The USB data package: format spec, writer, reader/verifier, merge. No Qt, no peewee."""
