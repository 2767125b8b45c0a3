"""Run the frozen SQL of an Alembic revision.

A revision ``db/migrations/versions/jy_0001_base_schema.py`` runs
``db/migrations/sql/jy_0001_base_schema.up.sql`` on upgrade and ``….down.sql`` on downgrade. The SQL is
sent to the driver as it is (no bind-parameter parsing), in the migration's transaction.
"""

from __future__ import annotations

from pathlib import Path


def revision_sql_path(revision_file: str, direction: str) -> Path:
    if direction not in ("up", "down"):
        raise ValueError(direction)
    path = Path(revision_file).resolve()
    return path.parent.parent / "sql" / f"{path.stem}.{direction}.sql"


def run_revision_sql(revision_file: str, direction: str) -> None:
    from alembic import op

    sql = revision_sql_path(revision_file, direction).read_text(encoding="utf-8")
    # Straight to the DBAPI cursor without parameters, so '%' and ':name' in the SQL stay literal.
    driver_connection = op.get_bind().connection.driver_connection
    with driver_connection.cursor() as cur:
        cur.execute(sql)
