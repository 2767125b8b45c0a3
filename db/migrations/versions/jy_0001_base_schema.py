"""jy: base schema — 楼盘表, 合同与备案, 交易业务, 登记结果镜像, 挂接, 暂存, 发件箱, 审计

Revision ID: jy_0001
Revises: (none)
Create Date: 2026-11-27

The SQL of this revision is frozen beside it in db/migrations/sql/jy_0001_base_schema.up.sql and .down.sql;
never edit a revision once it is on main: add a new one.
"""

from jydj.migration_sql import run_revision_sql

revision = "jy_0001"
down_revision = None
branch_labels = ('jy',)
depends_on = None


def upgrade() -> None:
    run_revision_sql(__file__, "up")


def downgrade() -> None:
    run_revision_sql(__file__, "down")
