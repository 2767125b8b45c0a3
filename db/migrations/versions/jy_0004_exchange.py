"""jy: schema jh 交换控制 — row positions, routing rules and decisions, unforwarded/pending rows, dead letters

Revision ID: jy_0004
Revises: jy_0003
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0004_exchange.up.sql and .down.sql;
never edit a revision once it is on main: add a new one. The functions that use these tables are
procedure files under db/procedures/jh/.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0004"
down_revision = "jy_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
