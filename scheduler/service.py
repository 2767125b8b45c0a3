"""APScheduler with its job store in ``jy`` (table ``jh.dsrw``), so schedules live in the database.

``jydj run`` starts a background scheduler; ``jydj jobs`` lists, runs, pauses and resumes jobs from any
shell (it opens the same job store with a paused scheduler, which runs nothing). Cron expressions come
from ``[jobs]`` in jydj.toml, e.g. ``reconcile = "0 2 * * *"``; a job a DBA paused stays paused when
``jydj run`` restarts.
"""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from typing import Any

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from jydj.config import Settings
from jydj.database import connect, dsn_of, sqlalchemy_url
from jydj.errors import JydjError
from scheduler.jobs import JOBS, job_cron

TIMEZONE = "Asia/Shanghai"
JOB_TABLE = "dsrw"  # jh.dsrw, created by the migration with the columns APScheduler expects


def _scheduler(settings: Settings) -> BackgroundScheduler:
    store = SQLAlchemyJobStore(
        url=sqlalchemy_url(dsn_of(settings, "jy")),
        tablename=JOB_TABLE,
        tableschema="jh",
        engine_options={"pool_pre_ping": True, "pool_size": 2},
    )
    return BackgroundScheduler(
        jobstores={"default": store},
        executors={"default": {"type": "threadpool", "max_workers": 2}},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        timezone=TIMEZONE,
    )


def _trigger(settings: Settings, name: str) -> CronTrigger:
    expression = job_cron(settings, name)
    try:
        return CronTrigger.from_crontab(expression, timezone=TIMEZONE)
    except ValueError as exc:
        raise JydjError(f"定时任务 {name} 的 cron 表达式“{expression}”无效：{exc}") from None


def sync_jobs(scheduler: BackgroundScheduler, settings: Settings) -> None:
    """Make the job store hold every job with its configured schedule, keeping paused jobs paused."""
    for name in JOBS:
        existing = scheduler.get_job(name)
        paused = existing is not None and existing.next_run_time is None
        scheduler.add_job(
            "scheduler.jobs:run_job",
            trigger=_trigger(settings, name),
            args=[name],
            id=name,
            name=JOBS[name].title,
            replace_existing=True,
            **({"next_run_time": None} if paused else {}),
        )


def start(settings: Settings) -> BackgroundScheduler:
    """The scheduler of ``jydj run``: jobs synced, then running in background threads."""
    scheduler = _scheduler(settings)
    scheduler.start(paused=True)
    sync_jobs(scheduler, settings)
    scheduler.resume()
    return scheduler


def _open(settings: Settings) -> BackgroundScheduler:
    scheduler = _scheduler(settings)
    scheduler.start(paused=True)  # opens the job store; runs nothing
    sync_jobs(scheduler, settings)
    return scheduler


def list_jobs(settings: Settings) -> list[dict[str, Any]]:
    scheduler = _open(settings)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown(wait=False)
    last = _last_runs(settings)
    out = []
    for name, spec in JOBS.items():
        job = jobs.get(name)
        next_run = job.next_run_time if job else None
        out.append(
            {
                "name": name,
                "title": spec.title,
                "cron": job_cron(settings, name),
                "paused": next_run is None,
                "next_run_at": next_run.isoformat() if next_run else None,
                **last.get(name, {"last_run_at": None, "last_status": None, "last_error": None}),
            }
        )
    return out


def _last_runs(settings: Settings) -> dict[str, dict[str, Any]]:
    with closing(connect(dsn_of(settings, "jy"), "jy")) as conn, conn.cursor() as cur:
        cur.execute(
            """SELECT DISTINCT ON (rwmc) rwmc, kssj, jssj, zt, cwxx
                 FROM jh.rwjl ORDER BY rwmc, kssj DESC"""
        )
        return {
            name: {
                "last_run_at": started.isoformat() if started else None,
                "last_finished_at": finished.isoformat() if finished else None,
                "last_status": status,
                "last_error": (error or "").split("\n", 1)[0] or None,
            }
            for name, started, finished, status, error in cur.fetchall()
        }


def set_paused(settings: Settings, name: str, paused: bool) -> dt.datetime | None:
    if name not in JOBS:
        raise JydjError(f"未知的定时任务 {name}；可选：{'、'.join(JOBS)}")
    scheduler = _open(settings)
    try:
        job = scheduler.pause_job(name) if paused else scheduler.resume_job(name)
        return job.next_run_time if job else None
    finally:
        scheduler.shutdown(wait=False)
