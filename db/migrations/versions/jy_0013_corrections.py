"""jy: 数据修正 (named, reviewed corrections) — schema xz with the catalog of correction procedures

Revision ID: jy_0013
Revises: jy_0012
Create Date: 2026-11-28

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0013_corrections.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0013"
down_revision = "jy_0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
