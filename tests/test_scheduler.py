"""The scheduler: jobs in jy's job store, listed, paused, resumed and run from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from jydj.config import Settings
from jydj.errors import JydjError
from scheduler.jobs import JOBS, run_job


@pytest.fixture
def dsns(make_db) -> dict[str, str]:
    return {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}


def _env(dsns: dict[str, str], home: Path, jobs_toml: str = "") -> dict[str, str]:
    config = home / "jydj.toml"
    config.write_text(jobs_toml, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env.update(
        JYDJ_HOME=str(home),
        JYDJ_CONFIG=str(config),
        JYDJ_JY_DSN=dsns["jy"],
        JYDJ_JY_FRONT_DSN=dsns["jy_front"],
        JYDJ_DJ_FRONT_DSN=dsns["dj_front"],
    )
    return env


def _jydj(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "jydj.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


def _jobs(env: dict[str, str]) -> dict[str, dict]:
    result = _jydj(env, "jobs", "list", "--json")
    assert result.returncode == 0, result.stderr
    return {job["name"]: job for job in json.loads(result.stdout)}


def test_jobs_live_in_the_database_and_pause_survives(dsns: dict[str, str], tmp_path: Path) -> None:
    env = _env(dsns, tmp_path, '[jobs]\nreconcile = "15 1 * * *"\n')
    jobs = _jobs(env)
    assert set(jobs) == set(JOBS)
    assert jobs["reconcile"]["cron"] == "15 1 * * *"  # configured
    assert jobs["purge_outbox"]["cron"] == JOBS["purge_outbox"].cron  # default
    assert "T01:15:00+08:00" in jobs["reconcile"]["next_run_at"]
    conn = psycopg2.connect(dsns["jy"])
    with conn.cursor() as cur:
        cur.execute("SELECT id, next_run_time IS NULL FROM jh.dsrw ORDER BY id")
        assert cur.fetchall() == sorted((name, False) for name in JOBS)
    conn.close()
    assert _jydj(env, "jobs", "pause", "reconcile").returncode == 0
    jobs = _jobs(env)  # a new process syncs the jobs again: the pause stays
    assert jobs["reconcile"]["paused"] is True and jobs["reconcile"]["next_run_at"] is None
    assert jobs["retry_dead_letters"]["paused"] is False
    assert _jydj(env, "jobs", "resume", "reconcile").returncode == 0
    assert _jobs(env)["reconcile"]["paused"] is False


def test_run_now_records_the_run_and_a_held_lock_skips(dsns: dict[str, str], tmp_path: Path) -> None:
    env = _env(dsns, tmp_path)
    result = _jydj(env, "jobs", "run", "retry_dead_letters")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"status": "成功", "retried": {"S1": 0, "S2": 0, "S3": 0, "S4": 0}}
    jobs = _jobs(env)
    assert jobs["retry_dead_letters"]["last_status"] == "成功"
    # another process holds the job's lock: the run is skipped, not doubled
    settings = Settings(home=tmp_path, dsns=dsns)
    holder = psycopg2.connect(dsns["jy"])
    holder.autocommit = True
    with holder.cursor() as cur:
        cur.execute("SELECT pg_advisory_lock(hashtext('jydj.job.' || 'purge_outbox'))")
    try:
        assert run_job("purge_outbox", settings) == {"status": "跳过"}
    finally:
        holder.close()
    assert run_job("purge_outbox", settings)["status"] == "成功"
    conn = psycopg2.connect(dsns["jy"])
    with conn.cursor() as cur:
        cur.execute("SELECT rwmc, zt FROM jh.rwjl ORDER BY id")
        assert cur.fetchall() == [
            ("retry_dead_letters", "成功"),
            ("purge_outbox", "跳过"),
            ("purge_outbox", "成功"),
        ]
    conn.close()


def test_bad_cron_and_unknown_job_are_explained(dsns: dict[str, str], tmp_path: Path) -> None:
    env = _env(dsns, tmp_path, '[jobs]\nreconcile = "every night"\n')
    result = _jydj(env, "jobs", "list")
    assert result.returncode != 0
    assert "定时任务 reconcile 的 cron 表达式“every night”无效" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(JydjError, match="未知的定时任务 nightly"):
        run_job("nightly", Settings(home=tmp_path, dsns=dsns))
