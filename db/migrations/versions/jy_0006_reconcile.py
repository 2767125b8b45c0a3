"""jy: daily reconcile (补推) — report table jh.btbg (one row per run and stream, in the stream's target)

Revision ID: jy_0006
Revises: jy_0005
Create Date: 2026-11-28

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0006_reconcile.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0006"
down_revision = "jy_0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
