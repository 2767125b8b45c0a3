"""The timed jobs. Each only calls procedures (or the reconcile, which calls procedures) and is safe to run
twice: a job takes a PostgreSQL advisory lock in ``jy`` for its run, so two schedulers (two ``jydj run``)
never run the same job at once, and what a job does is idempotent anyway.

Every run is recorded in ``jh.rwjl`` (任务运行记录) in ``jy``: start, end, result, error.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import traceback
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from jydj.config import Settings, load_settings
from jydj.database import connect, dsn_of
from jydj.errors import JydjError

log = logging.getLogger("jydj.scheduler")


@dataclass(frozen=True)
class Job:
    name: str
    cron: str  # default schedule; `[jobs]` in jydj.toml overrides it
    title: str
    run: Callable[[Settings], dict[str, Any]]


def _retry_dead_letters(settings: Settings) -> dict[str, Any]:
    """Re-apply the parked rows of every stream in its target database (jh.retry_dead_letters)."""
    from connector.streams import STREAMS

    applied: dict[str, int] = {}
    for stream in STREAMS.values():
        with closing(connect(dsn_of(settings, stream.target), stream.target)) as conn, conn.cursor() as cur:
            cur.execute("SELECT jh.retry_dead_letters(%s)", (stream.name,))
            applied[stream.name] = int(cur.fetchone()[0])
            conn.commit()
    return {"retried": applied}


def _purge_outbox(settings: Settings) -> dict[str, Any]:
    """Delete outbox rows older than 30 days (long since streamed; reconcile re-emits by business)."""
    with closing(connect(dsn_of(settings, "jy"), "jy")) as conn, conn.cursor() as cur:
        cur.execute("SELECT outbox.purge(interval '30 days')")
        deleted = int(cur.fetchone()[0])
        conn.commit()
    return {"deleted": deleted}


def _validate(settings: Settings) -> dict[str, Any]:
    """Validate and load the staged registration data (数据效检与入库, seed §5.2.1.6)."""
    from jydj.validation import run_validation

    return run_validation(dsn_of(settings, "jy"), czr="job:validate")


def _link(settings: Settings) -> dict[str, Any]:
    """Link flats and units not yet linked, and their businesses (数据挂接, seed §5.2.4)."""
    from jydj.linking import run_link

    with closing(connect(dsn_of(settings, "jy"), "jy")) as conn:
        return run_link(conn, "job:link")


def _reconcile(settings: Settings) -> dict[str, Any]:
    """Daily reconcile (补推, seed §5.2.1.4) of all four streams since yesterday."""
    from connector.reconcile import run_reconcile
    from connector.streams import STREAMS

    since = dt.date.today() - dt.timedelta(days=1)
    reports = run_reconcile(settings, list(STREAMS), since, True, 120)
    return {"reports": reports}


JOBS: dict[str, Job] = {
    job.name: job
    for job in (
        Job(
            "reconcile", "0 2 * * *", "每日补推：比对四条数据流的源与目标，补推缺失或不一致的数据", _reconcile
        ),
        Job("validate", "*/5 * * * *", "数据效检与入库：校验暂存的登记数据，合格的写入生产库", _validate),
        Job("link", "7,37 * * * *", "数据挂接：挂接尚未挂接的房屋与单元及其业务，其余生成候选", _link),
        Job("retry_dead_letters", "*/15 * * * *", "死信重试：重新应用各流暂存的死信行", _retry_dead_letters),
        Job("purge_outbox", "30 3 * * *", "清理发件箱：删除 30 天前已推送的发件箱行", _purge_outbox),
    )
}


def job_cron(settings: Settings, name: str) -> str:
    return settings.jobs.get(name, JOBS[name].cron)


def run_job(name: str, settings: Settings | None = None) -> dict[str, Any]:
    """Run one job now, under its advisory lock, and record the run. The scheduler calls this by name."""
    if name not in JOBS:
        raise JydjError(f"未知的定时任务 {name}；可选：{'、'.join(JOBS)}")
    settings = settings or load_settings()
    job = JOBS[name]
    started = dt.datetime.now(dt.UTC)
    with closing(connect(dsn_of(settings, "jy"), "jy", autocommit=True)) as lock_conn:
        with lock_conn.cursor() as cur:
            cur.execute("SELECT pg_try_advisory_lock(hashtext('jydj.job.' || %s))", (name,))
            if not cur.fetchone()[0]:
                _record(settings, name, started, "跳过", {"reason": "另一进程正在运行该任务"}, None)
                return {"status": "跳过"}
        try:
            result = job.run(settings)
        except Exception as exc:  # recorded with its message, then re-raised to the caller
            _record(settings, name, started, "失败", None, f"{exc}\n{traceback.format_exc(limit=3)}")
            log.error("定时任务 %s 失败：%s", name, exc)
            raise
        finally:
            with lock_conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(hashtext('jydj.job.' || %s))", (name,))
    _record(settings, name, started, "成功", result, None)
    return {"status": "成功", **result}


def _record(
    settings: Settings, name: str, started: dt.datetime, status: str, result: dict | None, error: str | None
) -> None:
    payload = json.dumps(result, ensure_ascii=False, default=str) if result is not None else None
    with closing(connect(dsn_of(settings, "jy"), "jy")) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT jh.record_job_run(%s, %s, %s, %s::jsonb, %s, %s)",
            (name, started, status, payload, error, os.getpid()),
        )
        conn.commit()
