"""What is running and what the databases hold, for ``jydj status``.

Everything is read from the databases (and the embedded cluster's directory), so the command works
from any shell while other jydj processes run elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
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


#: A `running` stream whose process has not reported for this long is shown as `stopped` (killed).
STALE_AFTER_S = 20

_STREAM_SQL = """
SELECT lsl, zt, jcid, xtsj, extract(epoch FROM clock_timestamp() - xtsj), last_lag_ms, last_event_at,
       last_source_ts, applied, filtered, dead_letters, pending, skipped, cwxx, cqcs
  FROM jh.lzt WHERE lsl = %s
"""
_SLOT_SQL = """
SELECT active, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint,
       pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint
  FROM pg_replication_slots WHERE slot_name = %s
"""


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def stream_status(settings: Settings) -> list[dict[str, Any]]:
    """Each stream's figures, read from its target (jh.lzt) and its source (the replication slot)."""
    from connector.streams import STREAMS

    out = []
    for stream in STREAMS.values():
        entry: dict[str, Any] = {
            "name": stream.name,
            "title": stream.title,
            "source": stream.source,
            "target": stream.target,
            "state": "stopped",
            "lag_ms": None,
            "last_event_at": None,
            "applied": 0,
            "filtered": 0,
            "dead_letters": 0,
            "pending": 0,
            "slot": stream.slot,
            "slot_active": False,
            "retained_wal_bytes": None,
            "unconfirmed_wal_bytes": None,
        }
        try:
            with (
                closing(connect(dsn_of(settings, stream.target), stream.target)) as conn,
                conn.cursor() as cur,
            ):
                cur.execute(
                    "SELECT to_regclass('jh.lzt') IS NOT NULL, to_regproc('jh.reconcile_latest') IS NOT NULL"
                )
                has_state, has_reconcile = cur.fetchone()
                row = None
                if has_state:
                    cur.execute(_STREAM_SQL, (stream.name,))
                    row = cur.fetchone()
                if has_reconcile:
                    cur.execute("SELECT jh.reconcile_latest(%s)", (stream.name,))
                    entry["reconcile"] = cur.fetchone()[0]
            if row:
                (
                    _,
                    state,
                    pid,
                    alive_at,
                    silent_s,
                    lag,
                    last_event,
                    last_source,
                    applied,
                    filtered,
                    dead,
                    pending,
                    skipped,
                    error,
                    restarts,
                ) = row
                if state in ("running", "failed") and (silent_s is None or silent_s > STALE_AFTER_S):
                    state = "stopped"  # its process stopped reporting: killed or gone
                entry.update(
                    state=state,
                    pid=pid,
                    alive_at=_iso(alive_at),
                    lag_ms=lag,
                    last_event_at=_iso(last_event),
                    last_source_at=_iso(last_source),
                    applied=applied,
                    filtered=filtered,
                    dead_letters=dead,
                    pending=pending,
                    skipped=skipped,
                    error=error,
                    restarts=restarts,
                )
        except (JydjError, psycopg2.Error) as exc:
            entry["error"] = str(exc)
        try:
            with (
                closing(connect(dsn_of(settings, stream.source), stream.source)) as conn,
                conn.cursor() as cur,
            ):
                cur.execute(_SLOT_SQL, (stream.slot,))
                slot = cur.fetchone()
            if slot:
                entry.update(slot_active=slot[0], retained_wal_bytes=slot[1], unconfirmed_wal_bytes=slot[2])
        except (JydjError, psycopg2.Error) as exc:
            entry.setdefault("error", str(exc))
        out.append(entry)
    return out


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
    result["streams"] = stream_status(settings) if all_reachable(result) else []
    result["staging"] = staging_status(settings) if all_reachable(result) else None
    result["linking"] = linking_status(settings) if all_reachable(result) else None
    result["api"] = api_status(settings) if all_reachable(result) else None
    result["onewindow"] = onewindow_status(settings) if all_reachable(result) else None
    return result


def onewindow_status(settings: Settings) -> dict[str, Any] | None:
    """The push outbox to the one-window platform (``ycsl.ts``): backlog, oldest, given up."""
    from jydj.onewindow.sender import push_backlog

    return _jy_counts(settings, "ycsl.ts_qc", push_backlog)


def api_status(settings: Settings) -> dict[str, Any] | None:
    """The web services: enabled partners and the last hour's calls by result (``jk.dyrz``)."""
    from api.calllog import call_counts

    return _jy_counts(settings, "jk.hzf_xz", call_counts)


def linking_status(settings: Settings) -> dict[str, Any] | None:
    """Links of flats and units (数据挂接) by method, what is still unlinked, candidates waiting."""
    from jydj.linking import link_counts

    return _jy_counts(settings, "gl.link_run", link_counts)


def staging_status(settings: Settings) -> dict[str, Any] | None:
    """Staged registration rows by validation state (数据效检与入库), from ``jy``'s ``stg.djsj``."""
    from jydj.validation import queue_counts

    return _jy_counts(settings, "stg.validate_batch", queue_counts)


def _jy_counts(
    settings: Settings, procedure: str, counts: Callable[[Any], dict[str, Any]]
) -> dict[str, Any] | None:
    """``counts(conn)`` on ``jy``; None while ``procedure`` is not installed (older revision), the error
    message if ``jy`` cannot be read."""
    try:
        with closing(connect(dsn_of(settings, "jy"), "jy")) as conn:
            with conn.cursor() as cur:
                cur.execute("SELECT to_regproc(%s) IS NOT NULL", (procedure,))
                if not cur.fetchone()[0]:
                    return None
            return counts(conn)
    except (JydjError, psycopg2.Error) as exc:
        return {"error": str(exc)}


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
    lines += _render_streams(status.get("streams", []))
    lines += _render_staging(status.get("staging"))
    lines += _render_linking(status.get("linking"))
    lines += _render_api(status.get("api"))
    lines += _render_onewindow(status.get("onewindow"))
    return "\n".join(lines)


def _render_onewindow(backlog: dict[str, Any] | None) -> list[str]:
    if not backlog:
        return []
    if "error" in backlog:
        return ["", f"一窗推送：无法读取 —— {backlog['error']}"]
    oldest = backlog["oldest_waiting_s"]
    age = f"，最早的已等 {oldest:,.0f} 秒" if oldest is not None else ""
    return [
        "",
        f"一窗推送：待发送 {backlog['waiting']:,}{age}；已放弃 {backlog['given_up']:,}；"
        f"近一小时送达 {backlog['delivered_last_hour']:,}",
    ]


def _render_api(api: dict[str, Any] | None) -> list[str]:
    if not api:
        return []
    if "error" in api:
        return ["", f"web 服务：无法读取 —— {api['error']}"]

    def _one(jg: str, v: dict[str, Any]) -> str:
        mean = f"（平均 {v['mean_ms']} 毫秒）" if jg == "成功" and v["mean_ms"] is not None else ""
        return f"{jg} {v['calls']:,}{mean}"

    results = "，".join(_one(jg, v) for jg, v in api["by_result"].items())
    return [
        "",
        f"web 服务：启用的接口合作方 {api['partners']}；近一小时调用 {api['calls_last_hour']:,}"
        + (f"（{results}）" if results else ""),
    ]


def _render_linking(linking: dict[str, Any] | None) -> list[str]:
    if not linking:
        return []
    if "error" in linking:
        return ["", f"数据挂接：无法读取 —— {linking['error']}"]
    methods = "，".join(f"{k} {v:,}" for k, v in linking["links_by_method"].items()) or "无"
    return [
        "",
        f"数据挂接：房屋–单元挂接 {linking['links']:,}（{methods}）；未挂接房屋 {linking['unlinked_fw']:,}、"
        f"单元 {linking['unlinked_dy']:,}；候选对 {linking['candidates']:,}；"
        f"业务挂接 {linking['business_links']:,}",
    ]


def _render_staging(staging: dict[str, Any] | None) -> list[str]:
    if not staging:
        return []
    if "error" in staging:
        return ["", f"登记数据校验：无法读取 —— {staging['error']}"]
    lines = [
        "",
        f"登记数据校验：已入库 {staging['loaded']:,}，不合格（队列）{staging['unqualified']:,}，"
        f"待校验 {staging['pending']:,}，合格待入库 {staging['qualified_waiting']:,}",
    ]
    rules = staging["unqualified_by_rule"]
    if rules:
        lines.append("  不合格原因：" + "，".join(f"{code} {n:,}" for code, n in list(rules.items())[:8]))
    return lines


def _render_streams(streams: list[dict[str, Any]]) -> list[str]:
    if not streams:
        return []
    names = {"running": "运行中", "stopped": "已停止", "failed": "失败"}
    lines = ["", "数据流："]
    for s in streams:
        lag = f"{s['lag_ms']} ms" if s.get("lag_ms") is not None else "-"
        wal = s.get("retained_wal_bytes")
        wal_text = f"{wal / 1048576:.1f} MB" if wal is not None else "无复制槽"
        lines.append(
            f"  {s['name']} {names.get(s['state'], s['state']):<4} 延迟 {lag:>9}  已应用 {s['applied']:>10,}"
            f"  未转发 {s['filtered']:>8,}  死信 {s['dead_letters']:>6,}  槽保留 WAL {wal_text}  {s['title']}"
        )
        if s.get("error") and s["state"] != "running":
            lines.append(f"     最近错误：{str(s['error'])[:200]}")
        rec = s.get("reconcile")
        if rec:
            lines.append(
                f"     最近补推 {rec.get('finished_at') or rec.get('started_at')}：{rec.get('status')}，"
                f"比对 {rec.get('checked')}，缺失 {rec.get('missing')}，不一致 {rec.get('different')}，"
                f"补推 {rec.get('repushed')}，仍缺 {rec.get('still_missing')}"
            )
    return lines


def all_reachable(status: dict[str, Any]) -> bool:
    return all(db.get("reachable") for db in status["databases"])
