"""front: base schema of jy_front and dj_front — share_jy 共享交易库, share_dj 共享登记库

Revision ID: front_0001
Revises: (none)
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/front_0001_base_schema.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "front_0001"
down_revision = None
branch_labels = ('front',)
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
