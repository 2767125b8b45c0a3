"""What is running and what the databases hold, for ``jydj status``.

Everything is read from the databases (and the embedded cluster's directory), so the command works
from any shell while other jydj processes run elsewhere.
"""

from __future__ import annotations

from typing import Any

import psycopg2
from psycopg2 import sql

from jydj.config import DATABASE_TITLES, DATABASES, Settings
from jydj.database import cluster_of, connect, dsn_of, mask_dsn
from jydj.errors import JydjError

# Tables of the platform's own schemas; `public` only holds alembic_version.
_TABLES_SQL = """
SELECT n.nspname, coalesce(obj_description(n.oid, 'pg_namespace'), ''), c.relname,
       coalesce(s.n_live_tup, 0)
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
 WHERE c.relkind IN ('r', 'p')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
   AND n.nspname NOT LIKE 'pg\\_%'
 ORDER BY n.nspname, c.relname
"""


def _database_status(dsn: str, name: str, exact: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": name, "title": DATABASE_TITLES[name], "dsn": mask_dsn(dsn)}
    try:
        conn = connect(dsn, name)
    except JydjError as exc:
        entry.update(reachable=False, error=str(exc))
        return entry
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT current_setting('server_version'), current_setting('wal_level')")
            version, wal_level = cur.fetchone()
            cur.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            revision = None
            if cur.fetchone()[0]:
                cur.execute("SELECT string_agg(version_num, ',') FROM public.alembic_version")
                revision = cur.fetchone()[0]
            cur.execute(_TABLES_SQL)
            groups: dict[str, dict[str, Any]] = {}
            for schema, title, table, estimate in cur.fetchall():
                rows = int(estimate)
                if exact:
                    cur.execute(
                        sql.SQL("SELECT count(*) FROM {}.{}").format(
                            sql.Identifier(schema), sql.Identifier(table)
                        )
                    )
                    rows = int(cur.fetchone()[0])
                group = groups.setdefault(schema, {"title": title, "tables": 0, "rows": 0})
                group["tables"] += 1
                group["rows"] += rows
        conn.rollback()
    except psycopg2.Error as exc:
        entry.update(reachable=False, error=f"读取数据库 {name} 状态失败：{exc.pgerror or exc}")
        return entry
    finally:
        conn.close()
    entry.update(
        reachable=True,
        server_version=version,
        wal_level=wal_level,
        revision=revision,
        row_counts="exact" if exact else "estimate",
        groups=groups,
        rows_total=sum(g["rows"] for g in groups.values()),
    )
    return entry


def collect(settings: Settings, exact: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {"mode": "embedded" if settings.embedded else "configured"}
    if settings.embedded:
        cluster = cluster_of(settings)
        running = cluster.initialized and cluster.is_running()
        result["cluster"] = {
            "dir": str(cluster.root),
            "initialized": cluster.initialized,
            "running": running,
            "port": cluster.info().port if cluster.initialized else None,
            "log": str(cluster.log_file),
        }
        if not running:
            result["databases"] = [
                {"name": n, "title": DATABASE_TITLES[n], "reachable": False, "error": "内置数据库集群未运行"}
                for n in DATABASES
            ]
            return result
    result["databases"] = [_database_status(dsn_of(settings, n), n, exact) for n in DATABASES]
    return result


def render_text(status: dict[str, Any]) -> str:
    lines: list[str] = []
    if status["mode"] == "embedded":
        c = status["cluster"]
        state = "运行中" if c["running"] else ("已停止" if c["initialized"] else "未初始化")
        lines.append(f"内置数据库集群：{state}（目录 {c['dir']}，端口 {c['port'] or '-'}）")
    else:
        lines.append("数据库：使用配置的连接串（外部数据库）")
    for db in status["databases"]:
        head = f"\n[{db['name']}] {db['title']}"
        if not db.get("reachable"):
            lines.append(f"{head}：不可用 —— {db.get('error', '')}")
            continue
        lines.append(
            f"{head}：PostgreSQL {db['server_version']}，wal_level={db['wal_level']}，"
            f"迁移版本 {db['revision'] or '未迁移'}，共 {db['rows_total']:,} 行"
            + ("" if db["row_counts"] == "exact" else "（估算，--exact 精确计数）")
        )
        for schema, group in db["groups"].items():
            lines.append(
                f"  {schema:<10} {group['title'][:24]:<26} {group['tables']:>3} 张表 {group['rows']:>13,} 行"
            )
    return "\n".join(lines)


def all_reachable(status: dict[str, Any]) -> bool:
    return all(db.get("reachable") for db in status["databases"])
