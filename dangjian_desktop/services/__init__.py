"""Use cases. Each public function or method is one thing a user can do; writes run in one transaction.

Services take and return domain objects; the UI and the CLI call only these.
"""
