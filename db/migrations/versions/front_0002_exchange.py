"""front: schema jh 交换控制 — row positions, routing rules and decisions, unforwarded/pending rows, dead letters

Revision ID: front_0002
Revises: front_0001
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/front_0002_exchange.up.sql and .down.sql;
never edit a revision once it is on main: add a new one. The functions that use these tables are
procedure files under db/procedures/jh/.
"""

from jydj.migration_sql import run_revision_sql

revision = "front_0002"
down_revision = "front_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
