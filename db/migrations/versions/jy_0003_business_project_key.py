"""jy: yw.jyyw.xmbh — the project a 测绘入库 business belongs to, so its completion can push the 楼盘表

Revision ID: jy_0003
Revises: jy_0002
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0003_business_project_key.up.sql
and .down.sql; never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0003"
down_revision = "jy_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
