"""jy: 交易安全 guards — rule catalog, settings, overrides, mortgagee consent

Revision ID: jy_0010
Revises: jy_0009
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0010_guards.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0010"
down_revision = "jy_0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
