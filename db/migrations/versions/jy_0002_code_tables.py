"""jy: code tables (zd 字典) and the foreign keys of production code columns

Revision ID: jy_0002
Revises: 'jy_0001'
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0002_code_tables.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0002"
down_revision = 'jy_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
