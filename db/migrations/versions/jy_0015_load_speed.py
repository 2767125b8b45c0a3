"""jy: faster validation and loading — a pending-rows index, code rules in place of the djjg → zd foreign keys

Revision ID: jy_0015
Revises: jy_0014
Create Date: 2026-11-28

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0015_load_speed.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0015"
down_revision = "jy_0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
