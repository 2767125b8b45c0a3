"""jy: 一窗受理 (one-window) — applications, steps, attachments, idempotent requests, the push outbox

Revision ID: jy_0012
Revises: jy_0011
Create Date: 2026-11-28

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0012_onewindow.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0012"
down_revision = "jy_0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
