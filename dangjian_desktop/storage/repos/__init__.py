"""Repositories: queries and writes that take and return domain objects. Callers wrap writes in Store.atomic()."""
