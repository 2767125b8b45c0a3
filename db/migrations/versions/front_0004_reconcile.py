"""front: daily reconcile (补推) — report table jh.btbg (one row per run and stream, in the stream's target)

Revision ID: front_0004
Revises: front_0003
Create Date: 2026-11-28

The SQL of this revision is frozen beside it in db/migrations/sql/front_0004_reconcile.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "front_0004"
down_revision = "front_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
