"""The meetings kind's own schema steps (``Feature.migrations`` of features/meetings.py). The meeting tables
themselves are the core's (core steps 1-2); the kind's steps only add to them.

Step 1 (issue 24): the covering index headquarters' oversight reads a year's meetings of every branch from
(repos/oversight.held_meetings): 250,000 meetings, their minutes in the rows, so a read that has to visit the
rows walks their overflow pages for ``lecturer`` and ``group_id``; from this index it reads nothing else."""

from __future__ import annotations

from typing import Any

# models_meetings.MeetingRow declares the same index for new stores (one text, two places that must agree)
HELD_INDEX_NAME = "meeting_held_by_branch"
HELD_INDEX = (f'CREATE INDEX IF NOT EXISTS "{HELD_INDEX_NAME}" ON "meeting" '
              '("date", "branch_id", "types", "group_id", "lecturer", "uuid")')


def _v1_held_index(database: Any) -> None:
    database.execute_sql(HELD_INDEX)


STEPS = [(1, _v1_held_index)]
