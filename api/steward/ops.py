"""运行监控 (issue 8 item 4): the streams S1–S4, their dead letters (with 重试 / 全部重试), the daily
reconcile reports, the push backlog to the one-window platform, the S1 outbox and the scheduler's jobs.

Everyone signed in may look; admins and stewards may retry dead letters. The dead letters (``jh.sx``) and
the retry functions live in each stream's *target* database (S1, S3 ``jy_front``; S2 ``dj_front``; S4
``jy``), whose front databases have no ``audit.czrz``: a retry runs in the target, the audit row is written
in ``jy`` by ``gj.rz_yw`` and committed, and only then is the target committed (no audit row, no retry).
For S4 both happen in one transaction of ``jy``. A failed attempt is audited too (``cgbz`` false).

The page may stay open all day (``static/ops.js`` refreshes it every 10 s): every query is a key or index
lookup with a limit, and the figures are shared between requests of a process for a few seconds.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import psycopg2
from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required

from api.db import DatabaseDown
from api.steward.web import TZ, client_ip, context, db, error_text, is_refusal, operator, roles_required
from connector.streams import STREAMS, Stream
from jydj.database import connect, dsn_of
from jydj.errors import JydjError

bp = Blueprint("ops", __name__)

#: Seconds the page's figures are shared between requests of one process (the page refreshes every 10 s).
FIGURES_TTL_S = 5.0
#: Dead letters on the page itself (newest first, all streams); the list shows the rest, page by page.
NEWEST_DEAD = 10
PAGE_SIZE = 50
#: Earlier reconcile reports shown under each stream's latest one.
RECONCILE_HISTORY = 4
#: Rows of the push outbox shown: the longest waiting, the latest given up.
PUSH_ROWS = 5
#: A retry applies rows through the same path as the stream; allow it more than a page query's 10 s.
RETRY_TIMEOUT_MS = 120_000
OUTBOX_COUNT_CAP = 100_000

STREAM_STATES = {"running": ("运行中", "ok"), "stopped": ("已停止", "warn"), "failed": ("失败", "bad")}
RECONCILE_TAGS = {
    "一致": "ok",
    "已补齐": "ok",
    "仍有缺失": "bad",
    "失败": "bad",
    "待应用": "warn",
    "仅报告": "warn",
    "运行中": "warn",
}
RUN_TAGS = {"成功": "ok", "失败": "bad", "跳过": "warn"}
DEAD_STATES = ("待重试", "已重试", "已放弃")
DEAD_TAGS = {"待重试": "bad", "已重试": "ok", "已放弃": "warn"}
OPERATIONS = {"I": "新增", "U": "修改", "D": "删除"}
DATABASE_NAMES = {
    "jy": "交易库 jy",
    "jy_front": "房产端前置库 jy_front",
    "dj_front": "不动产端前置库 dj_front",
}

_REPORT_KEYS = (
    "id",
    "started_at",
    "finished_at",
    "checked",
    "different",
    "missing",
    "held_back",
    "repushed",
    "still_missing",
    "status",
    "message",
)
_TABLE_NAME = re.compile(r"[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*")
_DEAD_COLUMNS = "s.id, s.lsl, s.bm, s.zj, s.ywh, s.czlx, s.cwdm, s.cwxx, s.jrsj, s.cscs, s.cssj, s.cszt"


# --------------------------------------------------------------------------------------------------------
# formatting (given to the templates of this blueprint)
# --------------------------------------------------------------------------------------------------------


def fmt_time(value: Any) -> str:
    """A time (datetime or ISO text) as Dazhou local time, to the second; '—' when absent."""
    if value is None or value == "":
        return "—"
    if isinstance(value, (int, float)):
        value = datetime.fromtimestamp(value, TZ)
    elif isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is not None:
        value = value.astimezone(TZ)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def fmt_age(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = int(seconds)
    if s < 60:
        return f"{s} 秒"
    if s < 3600:
        return f"{s // 60} 分 {s % 60} 秒"
    if s < 86400:
        return f"{s // 3600} 小时 {s % 3600 // 60} 分"
    return f"{s // 86400} 天 {s % 86400 // 3600} 小时"


def fmt_bytes(n: int | None) -> str:
    if n is None:
        return "—"
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if abs(n) >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"


def fmt_lag(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms:,.0f} 毫秒" if ms < 10_000 else fmt_age(ms / 1000)


def fmt_num(n: Any) -> str:
    return "—" if n is None else f"{int(n):,}"


def fmt_lsn(value: int | None) -> str:
    """A WAL position (bigint) as PostgreSQL writes it, e.g. ``0/1A2B3C4``."""
    return "—" if value is None else f"{value >> 32:X}/{value & 0xFFFFFFFF:X}"


def fmt_json(value: Any, limit: int | None = None) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


@bp.context_processor
def _helpers() -> dict[str, Any]:
    return {
        "fmt_time": fmt_time,
        "fmt_age": fmt_age,
        "fmt_bytes": fmt_bytes,
        "fmt_lag": fmt_lag,
        "fmt_num": fmt_num,
        "fmt_lsn": fmt_lsn,
        "fmt_json": fmt_json,
        "stream_states": STREAM_STATES,
        "reconcile_tags": RECONCILE_TAGS,
        "run_tags": RUN_TAGS,
        "dead_tags": DEAD_TAGS,
        "operations": OPERATIONS,
        "database_names": DATABASE_NAMES,
        "all_streams": STREAMS,
    }


# --------------------------------------------------------------------------------------------------------
# database access
# --------------------------------------------------------------------------------------------------------


@contextmanager
def reading(name: str) -> Iterator[Any]:
    """A read-only cursor on database ``name``: ``jy`` from the tool's pool, a front database on a connection
    of its own (closed at the end)."""
    if name == "jy":
        with db().reading() as cur:
            yield cur
        return
    conn = connect(dsn_of(context().settings, name), name, application="jydj-steward")
    try:
        conn.set_session(readonly=True)
        with conn.cursor() as cur:
            cur.execute("SET statement_timeout = 10000")
            yield cur
    finally:
        if not conn.closed:
            conn.rollback()
        conn.close()


def _targets() -> dict[str, list[str]]:
    """Target database → its streams (S1 and S3 share jy_front)."""
    out: dict[str, list[str]] = {}
    for stream in STREAMS.values():
        out.setdefault(stream.target, []).append(stream.name)
    return out


def _stream(name: str) -> Stream:
    stream = STREAMS.get(name)
    if stream is None:
        abort(404)
    return stream


def _dead_row(row: tuple) -> dict[str, Any]:
    keys = ("id", "lsl", "bm", "zj", "ywh", "czlx", "cwdm", "cwxx", "jrsj", "cscs", "cssj", "cszt")
    return dict(zip(keys, row, strict=True))


# --------------------------------------------------------------------------------------------------------
# the figures of the page
# --------------------------------------------------------------------------------------------------------

_cache_lock = threading.Lock()


def _cache() -> dict[str, Any]:
    return current_app.extensions.setdefault("jydj.steward.ops", {"at": 0.0, "figures": None})


def forget_figures() -> None:
    with _cache_lock:
        _cache()["figures"] = None


def figures() -> dict[str, Any]:
    """Everything the page shows, shared for :data:`FIGURES_TTL_S` seconds between requests of a process."""
    cache = _cache()
    with _cache_lock:
        if cache["figures"] is not None and time.monotonic() - cache["at"] < FIGURES_TTL_S:
            return cache["figures"]
    fresh = _collect()
    with _cache_lock:
        cache.update(at=time.monotonic(), figures=fresh)
    return fresh


def _collect() -> dict[str, Any]:
    from jydj.status import stream_status

    settings = context().settings
    streams = stream_status(settings)
    dead: list[dict[str, Any]] = []
    history: dict[str, list[dict[str, Any]]] = {}
    problems: dict[str, str] = {}
    latest = {s["name"]: (s.get("reconcile") or {}).get("id") for s in streams}
    for target, names in _targets().items():
        try:
            with reading(target) as cur:
                cur.execute(
                    f"""SELECT {_DEAD_COLUMNS} FROM jh.sx s
                         WHERE s.lsl = ANY (%s) AND s.cszt = '待重试'
                         ORDER BY s.id DESC LIMIT %s""",
                    (names, NEWEST_DEAD),
                )
                dead += [_dead_row(r) for r in cur.fetchall()]
                for name in names:
                    if latest[name] is None:
                        history[name] = []
                        continue
                    cur.execute(
                        """SELECT b.id, b.kssj, b.jssj, b.checked, b.different, b.missing, b.held_back,
                                  b.repushed, b.still_missing, b.zt, b.sm
                             FROM jh.btbg b
                            WHERE b.lsl = %s AND b.id < %s
                            ORDER BY b.id DESC LIMIT %s""",
                        (name, latest[name], RECONCILE_HISTORY),
                    )
                    history[name] = [dict(zip(_REPORT_KEYS, r, strict=True)) for r in cur.fetchall()]
        except (JydjError, psycopg2.Error) as exc:
            problems[target] = error_text(exc)
    dead.sort(key=lambda d: d["jrsj"], reverse=True)
    with reading("jy") as cur:
        push = _push(cur)
        outbox = _outbox(cur)
        jobs = _jobs(cur)
    return {
        "at": datetime.now(TZ),
        "streams": streams,
        "dead": dead[:NEWEST_DEAD],
        "history": history,
        "problems": problems,
        "push": push,
        "outbox": outbox,
        "jobs": jobs,
    }


def _push(cur: Any) -> dict[str, Any]:
    """The outbox of pushes to the one-window platform (ycsl.ts): backlog figures, the longest waiting, the
    latest given up."""
    from jydj.onewindow.sender import push_backlog

    out = push_backlog(cur.connection)
    cols = "t.id, t.cz, t.slbh, t.cs, t.cjsj, t.xcsj, t.zhcw"
    keys = ("id", "cz", "slbh", "cs", "cjsj", "xcsj", "zhcw")
    cur.execute(
        f"SELECT {cols} FROM ycsl.ts t WHERE t.zt = '待发送' ORDER BY t.xcsj, t.id LIMIT %s", (PUSH_ROWS,)
    )
    out["waiting_rows"] = [dict(zip(keys, r, strict=True)) for r in cur.fetchall()]
    cur.execute(
        f"SELECT {cols} FROM ycsl.ts t WHERE t.zt = '已放弃' ORDER BY t.id DESC LIMIT %s", (PUSH_ROWS,)
    )
    out["given_up_rows"] = [dict(zip(keys, r, strict=True)) for r in cur.fetchall()]
    return out


def _outbox(cur: Any) -> dict[str, Any]:
    """Stream S1's source, the outbox ``outbox.fjx``: it has no sent flag (S1's backlog is its slot's
    unconfirmed WAL), so the page shows when it was last written and how much in the last hour."""
    cur.execute("SELECT max(f.cjsj) FROM outbox.fjx f")
    last = cur.fetchone()[0]
    cur.execute(
        """SELECT count(*) FROM (SELECT 1 FROM outbox.fjx f
                                   WHERE f.cjsj > now() - interval '1 hour' LIMIT %s) t""",
        (OUTBOX_COUNT_CAP + 1,),
    )
    hour = int(cur.fetchone()[0])
    return {"last_at": last, "last_hour": hour, "capped": hour > OUTBOX_COUNT_CAP}


def _jobs(cur: Any) -> list[dict[str, Any]]:
    """The timed jobs: schedule (``[jobs]`` or the default), next run and pause from the APScheduler job store
    ``jh.dsrw`` (read as is: the page does not open a scheduler), the last run from ``jh.rwjl``."""
    from scheduler.jobs import JOBS, job_cron

    settings = context().settings
    cur.execute("SELECT d.id, d.next_run_time FROM jh.dsrw d WHERE d.id = ANY (%s)", (list(JOBS),))
    stored = dict(cur.fetchall())
    out = []
    for name, job in JOBS.items():
        cur.execute(
            """SELECT r.kssj, r.jssj, r.zt, r.jg, r.cwxx FROM jh.rwjl r
                WHERE r.rwmc = %s ORDER BY r.kssj DESC LIMIT 1""",
            (name,),
        )
        last = cur.fetchone()
        entry: dict[str, Any] = {
            "name": name,
            "title": job.title,
            "cron": job_cron(settings, name),
            "registered": name in stored,
            "paused": name in stored and stored[name] is None,
            "next_run_at": stored.get(name),
            "last": None,
        }
        if last:
            started, finished, status, result, error = last
            entry["last"] = {
                "started_at": started,
                "finished_at": finished,
                "seconds": (finished - started).total_seconds() if started and finished else None,
                "status": status,
                "result": result,
                "error": (error or "").split("\n", 1)[0] or None,
                "error_full": error,
            }
        out.append(entry)
    return out


# --------------------------------------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------------------------------------


@bp.get("/ops")
@login_required
def index() -> Any:
    data = figures()
    return render_template(
        "ops/index.html",
        **data,
        idle_minutes=max(1.0, context().config.session_minutes / 2),
    )


@bp.get("/ops/sx")
@login_required
def dead_letters() -> Any:
    """One stream's dead letters, newest first, by state, page by page."""
    stream = _stream(request.args.get("lsl", "S1"))
    state = request.args.get("zt", "待重试")
    if state not in DEAD_STATES:
        state = "全部"
    try:
        page = max(1, int(request.args.get("p", "1")))
    except ValueError:
        page = 1
    where, args = "s.lsl = %s", [stream.name]
    if state != "全部":
        where += " AND s.cszt = %s"
        args.append(state)
    problem = None
    rows: list[dict[str, Any]] = []
    total = waiting = 0
    try:
        with reading(stream.target) as cur:
            cur.execute(f"SELECT count(*) FROM jh.sx s WHERE {where}", args)
            total = int(cur.fetchone()[0])
            cur.execute(
                f"SELECT {_DEAD_COLUMNS} FROM jh.sx s WHERE {where} ORDER BY s.id DESC LIMIT %s OFFSET %s",
                [*args, PAGE_SIZE, (page - 1) * PAGE_SIZE],
            )
            rows = [_dead_row(r) for r in cur.fetchall()]
            if state == "待重试":
                waiting = total
            else:
                cur.execute(
                    "SELECT count(*) FROM jh.sx s WHERE s.lsl = %s AND s.cszt = '待重试'", (stream.name,)
                )
                waiting = int(cur.fetchone()[0])
    except (JydjError, psycopg2.Error) as exc:
        problem = error_text(exc)
    pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
    return render_template(
        "ops/dead_letters.html",
        stream=stream,
        state=state,
        states=DEAD_STATES,
        rows=rows,
        total=total,
        waiting=waiting,
        page=page,
        pages=pages,
        problem=problem,
    )


@bp.get("/ops/sx/<lsl>/<int:sxid>")
@login_required
def dead_letter(lsl: str, sxid: int) -> Any:
    """One dead letter: the full row image (with the target table's column comments) and its error, and what
    people did with it (audit rows in jy)."""
    stream = _stream(lsl)
    try:
        dead, columns = _read_dead_letter(stream, sxid)
    except JydjError as exc:
        return render_template("error.html", title="数据库不可用", message=str(exc)), 503
    if dead is None:
        abort(404)
    image = _image_rows(dead["sjnr"], columns)
    with reading("jy") as cur:
        cur.execute(
            """SELECT a.czsj, a.czr, a.czlx, a.cgbz, a.bgh FROM audit.czrz a
                WHERE a.dxb = 'jh.sx'
                  AND (a.dxzj = %s OR (a.dxzj = %s AND a.bgq -> 'ids' @> %s::jsonb))
                ORDER BY a.id DESC LIMIT 20""",
            (f"{stream.name}:{sxid}", stream.name, json.dumps([sxid])),
        )
        actions = cur.fetchall()
    return render_template(
        "ops/dead_letter.html",
        stream=stream,
        dead=dead,
        image=image,
        raw=json.dumps(dead["sjnr"], ensure_ascii=False, indent=2) if dead["sjnr"] is not None else None,
        actions=actions,
    )


def _read_dead_letter(
    stream: Stream, sxid: int
) -> tuple[dict[str, Any] | None, list[tuple[str, str | None]]]:
    """The dead letter with its image, and the columns (name, comment) of its target table (none for S4,
    whose ``bm`` is the source table)."""
    with reading(stream.target) as cur:
        cur.execute(
            f"""SELECT {_DEAD_COLUMNS}, s.sjnr, s.lywz, s.lysj FROM jh.sx s WHERE s.id = %s AND s.lsl = %s""",
            (sxid, stream.name),
        )
        row = cur.fetchone()
        if row is None:
            return None, []
        dead = _dead_row(row[:12])
        dead.update(sjnr=row[12], lywz=row[13], lysj=row[14])
        if not _TABLE_NAME.fullmatch(dead["bm"] or ""):
            return dead, []
        cur.execute(
            """SELECT a.attname::text, col_description(a.attrelid, a.attnum)
                 FROM pg_attribute a
                WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum""",
            (dead["bm"],),
        )
        return dead, cur.fetchall()


def _image_rows(image: Any, columns: list[tuple[str, str | None]]) -> list[tuple[str, str | None, str, bool]]:
    """(column, its comment, value text, is null) in the target table's column order, then keys the table
    does not have; empty when the image is not an object."""
    if not isinstance(image, dict):
        return []
    out = []
    known = set()
    for name, comment in columns:
        if name in image:
            known.add(name)
            out.append((name, comment, *_value(image[name])))
    for name in sorted(set(image) - known):
        out.append((name, "（目标表无此列）" if columns else None, *_value(image[name])))
    return out


def _value(v: Any) -> tuple[str, bool]:
    if v is None:
        return "空", True
    return (v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)), False


# --------------------------------------------------------------------------------------------------------
# actions
# --------------------------------------------------------------------------------------------------------


class _Gone(Exception):
    """The dead letter does not exist (in this stream)."""


@bp.post("/ops/sx/<lsl>/<int:sxid>/retry")
@login_required
@roles_required("admin", "steward")
def retry_one(lsl: str, sxid: int) -> Any:
    stream = _stream(lsl)
    category, message = _retry(stream, sxid)
    forget_figures()
    flash(message, category)
    return redirect(_back(stream, sxid))


@bp.post("/ops/sx/<lsl>/retry")
@login_required
@roles_required("admin", "steward")
def retry_all(lsl: str) -> Any:
    stream = _stream(lsl)
    category, message = _retry(stream, None)
    forget_figures()
    flash(message, category)
    return redirect(_back(stream, None))


def _back(stream: Stream, sxid: int | None) -> str:
    back = request.form.get("back")
    if back == "detail" and sxid is not None:
        return url_for("ops.dead_letter", lsl=stream.name, sxid=sxid)
    if back == "list":
        return url_for("ops.dead_letters", lsl=stream.name)
    return url_for("ops.index")


def _retry(stream: Stream, sxid: int | None) -> tuple[str, str]:
    """Retry one dead letter (``sxid``) or all of a stream in its target and audit it in jy. Returns the
    flash category and the Chinese message."""
    action = "重试死信" if sxid is not None else "全部重试死信"
    if stream.target == "jy":  # S4: retry and audit row in one transaction
        try:
            with db().writing(operator(), "web") as cur:
                cur.execute(f"SET LOCAL statement_timeout = {RETRY_TIMEOUT_MS}")
                result = _run_retry(cur, stream, sxid)
                _audit(cur, action, stream, result["ids"], result["audit"], True)
        except (_Gone, psycopg2.Error, DatabaseDown) as exc:
            return _failed(action, stream, sxid, exc)
        return result["flash"]
    try:
        conn = connect(dsn_of(context().settings, stream.target), stream.target, application="jydj-steward")
    except JydjError as exc:
        return _failed(action, stream, sxid, exc)
    try:
        try:
            with conn.cursor() as cur:
                cur.execute(
                    "SELECT set_config('jydj.czr', %s, true), set_config('jydj.ly', 'web', true)",
                    (operator(),),
                )
                cur.execute(f"SET LOCAL statement_timeout = {RETRY_TIMEOUT_MS}")
                result = _run_retry(cur, stream, sxid)
        except (_Gone, psycopg2.Error) as exc:
            _rollback(conn)
            return _failed(action, stream, sxid, exc)
        # the audit row first: if jy cannot take it, the target is rolled back and nothing happened
        with db().writing(operator(), "web") as jcur:
            _audit(jcur, action, stream, result["ids"], result["audit"], True)
        try:
            conn.commit()
        except psycopg2.Error as exc:
            return _failed(action, stream, sxid, exc, "目标库提交失败，重试未生效")
        return result["flash"]
    finally:
        _rollback(conn)
        conn.close()


def _rollback(conn: Any) -> None:
    """Roll back what is still open (nothing after a commit); a broken connection is only closed."""
    try:
        if not conn.closed:
            conn.rollback()
    except psycopg2.Error:
        pass


def _run_retry(cur: Any, stream: Stream, sxid: int | None) -> dict[str, Any]:
    """The retry itself, in the target's open transaction: which dead letters, what became of them."""
    if sxid is not None:
        cur.execute("SELECT s.lsl, s.cszt, s.bm, s.zj FROM jh.sx s WHERE s.id = %s FOR UPDATE", (sxid,))
        row = cur.fetchone()
        if row is None or row[0] != stream.name:
            raise _Gone(f"{stream.name} 没有死信 #{sxid}（可能已被清理）")
        _, state, table, key = row
        what = f"{stream.name} 死信 #{sxid}（{table} {key or ''}）".replace(" ）", "）")
        if state != "待重试":
            return {
                "ids": [sxid],
                "audit": {"jg": "未重试", "sm": f"状态为{state}", "ycs": 0, "rsb": []},
                "flash": ("info", f"{what}状态为「{state}」，无需重试"),
            }
        cur.execute("SELECT jh.retry_dead_letter(%s)", (sxid,))
        ok = bool(cur.fetchone()[0])
        cur.execute("SELECT s.cszt, s.cwdm, s.cwxx FROM jh.sx s WHERE s.id = %s", (sxid,))
        state, code, message = cur.fetchone()
        if ok:
            return {
                "ids": [sxid],
                "audit": {"jg": "已重试", "ycs": 1, "rsb": [], "cszt": state},
                "flash": ("success", f"重试成功：{what}已处理，不再待重试"),
            }
        return {
            "ids": [sxid],
            "audit": {"jg": "仍失败", "ycs": 0, "rsb": [sxid], "cwdm": code, "cwxx": message},
            "flash": ("error", f"重试仍失败：{what}，{code} {message}"),
        }
    cur.execute(
        "SELECT s.id FROM jh.sx s WHERE s.lsl = %s AND s.cszt = '待重试' ORDER BY s.id FOR UPDATE",
        (stream.name,),
    )
    ids = [r[0] for r in cur.fetchall()]
    if not ids:
        return {
            "ids": [],
            "audit": {"jg": "未重试", "sm": "没有待重试的死信", "ycs": 0, "rsb": []},
            "flash": ("info", f"{stream.name} 没有待重试的死信"),
        }
    cur.execute("SELECT jh.retry_dead_letters(%s)", (stream.name,))
    done = int(cur.fetchone()[0])
    cur.execute(
        "SELECT s.id, s.cwdm FROM jh.sx s WHERE s.id = ANY (%s) AND s.cszt = '待重试' ORDER BY s.id", (ids,)
    )
    failed = cur.fetchall()
    codes: dict[str, int] = {}
    for _, code in failed:
        codes[code] = codes.get(code, 0) + 1
    audit = {"jg": "已重试" if not failed else "部分仍失败", "ycs": done, "rsb": [f[0] for f in failed]}
    if codes:
        audit["cwdm"] = codes
    if not failed:
        return {
            "ids": ids,
            "audit": audit,
            "flash": ("success", f"{stream.name} 全部重试：{done:,} 条已处理"),
        }
    reasons = "、".join(f"{code} {n:,} 条" for code, n in sorted(codes.items(), key=lambda kv: -kv[1]))
    return {
        "ids": ids,
        "audit": audit,
        "flash": (
            "error",
            f"{stream.name} 全部重试：{done:,} 条已处理，{len(failed):,} 条仍失败（{reasons}）",
        ),
    }


def _audit(cur: Any, action: str, stream: Stream, ids: list[int], result: dict[str, Any], ok: bool) -> None:
    cur.execute(
        "SELECT gj.rz_yw(%s, %s, %s, %s::bigint[], %s::jsonb, %s, 'web', %s)",
        (operator(), action, stream.name, ids, json.dumps(result, ensure_ascii=False), ok, client_ip()),
    )


def _failed(
    action: str, stream: Stream, sxid: int | None, exc: Exception, note: str | None = None
) -> tuple[str, str]:
    """A retry that did not happen: audited as a failed attempt (cgbz false), told in Chinese."""
    if isinstance(exc, _Gone):
        text = str(exc)
    elif isinstance(exc, (JydjError, DatabaseDown)):
        text = f"{DATABASE_NAMES[stream.target]} 无法连接或已断开，未重试：{exc}"
    else:
        text = error_text(exc)
        if not is_refusal(exc):
            current_app.logger.error("运行监控 %s %s 失败：%s", action, stream.name, exc)
    if note:
        text = f"{note}：{text}"
    ids = [sxid] if sxid is not None else []
    with db().writing(operator(), "web") as cur:
        _audit(cur, action, stream, ids, {"jg": "出错", "cwxx": text}, False)
    return "error", f"重试失败：{text}" if not isinstance(exc, _Gone) else text
