"""Helpers for tests that run `jydj run` in a subprocess against fresh databases and poll for results.

Imported as ``import streamkit`` (pytest puts the tests directory on ``sys.path`` for rootless test modules).
Every wait polls with a timeout; nothing sleeps a fixed time to let data arrive.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg2


def wait_for(check: Callable[[], object], timeout: float = 90, what: str = "condition", every: float = 0.2):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")


def q(dsn: str, sql: str, params: tuple = ()) -> list[tuple]:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall() if cur.description else []
        conn.commit()
        return rows
    finally:
        conn.close()


def one(dsn: str, sql: str, params: tuple = ()):
    return q(dsn, sql, params)[0][0]


#: A filed new-house contract in jy (a project, a building, a flat, the contract and its parties), without
#: its business row: tests add the yw.jyyw row that makes the outbox push it.
FILED_CONTRACT_SQL = """
    INSERT INTO lpb.xm (id, xmbh, xmmc, qxdm) VALUES (1, 'XM1', '凤凰城', '511702');
    INSERT INTO lpb.zrz (id, xm_id, zrzh) VALUES (1, 1, '511702001001GB00001F0001');
    INSERT INTO lpb.ljz (id, zrz_id, ljzh) VALUES (1, 1, '511702001001GB00001F000101');
    INSERT INTO lpb.h (id, fwbm, ljz_id, zl, ycjzmj, yctnjzmj, ycftjzmj)
         VALUES (1, '51170200120150001000011', 1, '通川区凤凰城1栋1单元101', 100.00, 85.00, 15.00);
    INSERT INTO ht.spfht (id, htbh, htbah, h_id, fwbm, qxdm, qyrq, barq, htje, jzmj, htzt)
         VALUES (1, 'SPF-T1', 'BA-T1', 1, '51170200120150001000011', '511702', '2026-11-01', '2026-11-02',
                 '1234567.89', 100.00, '已备案');
    INSERT INTO ht.spfht_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm) VALUES
         (1, '出卖人', 1, '达州凤凰房地产开发有限公司', '8', '91511702MA62X7Q8D0'),
         (1, '买受人', 1, '张三', '1', '511702200001011237');
"""


class Platform:
    """Three fresh databases and a `jydj run` subprocess on them (streams only: no scheduler)."""

    def __init__(self, dsns: dict[str, str], home: Path) -> None:
        self.dsns = dsns
        self.home = home
        self.tag = uuid.uuid4().hex[:8]
        self.proc: subprocess.Popen | None = None
        self.metrics_port = 0
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
        self.env.update(
            JYDJ_HOME=str(home),
            JYDJ_JY_DSN=dsns["jy"],
            JYDJ_JY_FRONT_DSN=dsns["jy_front"],
            JYDJ_DJ_FRONT_DSN=dsns["dj_front"],
            JYDJ_STREAM_TAG=self.tag,  # slots and publications of their own
        )

    def start(self, streams: str = "S1,S2,S3,S4", metrics: bool = False) -> None:
        """Start `jydj run` and wait until the streams report running; /metrics on a free port if asked."""
        from jydj.embedded import free_port

        self.metrics_port = free_port() if metrics else 0
        log = (self.home / "run.log").open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jydj.cli",
                "run",
                "--streams",
                streams,
                "--no-scheduler",
                "--metrics-port",
                str(self.metrics_port),
                "--api-port",
                "0",
            ],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        names = streams.split(",")

        def running() -> bool:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"jydj run exited with {self.proc.returncode}:\n{self.log()}")
            return all(s["state"] == "running" for s in self.streams(names))

        wait_for(running, 90, f"{streams} running")

    def streams(self, names: list[str] | None = None) -> list[dict]:
        out = subprocess.run(
            [sys.executable, "-m", "jydj.cli", "status", "--json"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        data = json.loads(out.stdout)
        return [s for s in data["streams"] if names is None or s["name"] in names]

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, offsets may lag what was applied."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None

    def log(self) -> str:
        path = self.home / "run.log"
        return path.read_text(encoding="utf-8", errors="replace")[-3000:] if path.exists() else ""
