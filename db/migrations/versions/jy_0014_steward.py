"""jy: 数据对接工具 (the steward web tool) — local accounts, roles and their limits

Revision ID: jy_0014
Revises: jy_0013
Create Date: 2026-11-28

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0014_steward.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0014"
down_revision = "jy_0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
