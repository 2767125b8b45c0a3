"""front: stream runtime — heartbeat (jh.xt) and signal (jh.xh) tables, run state columns on jh.lzt

Revision ID: front_0003
Revises: front_0002
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/front_0003_stream_runtime.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "front_0003"
down_revision = "front_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
