"""jy: data linking — flat and unit features, candidates, estate aliases, import buffer

Revision ID: jy_0009
Revises: jy_0008
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0009_linking.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0009"
down_revision = "jy_0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
