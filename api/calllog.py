"""The call log: one row in ``jk.dyrz`` per web-service call, written in batches by a background thread.

A call is recorded by whoever answered it (the SOAP gate, the JSON view) with partner, service, operation,
query key, result, rows and time. Personal keys (证件号码) are kept as a digest only
(:func:`api.fields.logged_value`); the log line on stderr names the key, never its value.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass, field

import psycopg2
from psycopg2.extras import execute_values

from api.fields import logged_value

log = logging.getLogger("jydj.api.calls")

INSERT_SQL = "INSERT INTO jk.dyrz (dysj, hzf, ip, xy, fw, cz, jm, jz, jg, ts, hs, zt) VALUES %s"

#: Rows kept in memory while the database cannot be written; beyond it the oldest are dropped (and counted).
MAX_BACKLOG = 20000


@dataclass
class Call:
    """One call as it is being answered."""

    protocol: str
    ip: str
    service: str | None = None
    operation: str | None = None
    partner: str | None = None
    key: str | None = None
    value: str | None = None
    result: str = "服务错误"
    rows: int | None = None
    status: int | None = None
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    started: float = field(default_factory=time.perf_counter)

    def set_key(self, name: str, value: str) -> None:
        self.key = name
        self.value = logged_value(name, value)


class CallLog:
    """Queue + writer thread per process (started lazily, so it lives in the gunicorn worker)."""

    def __init__(self, dsn: str, interval: float = 0.2) -> None:
        self.dsn = dsn
        self.interval = interval
        self._queue: queue.Queue[tuple] = queue.Queue()
        self._pid: int | None = None
        self._lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self.dropped = 0

    def record(self, call: Call) -> None:
        took = (time.perf_counter() - call.started) * 1000
        log.info(
            "%s %s %s.%s %s %s %.1fms",
            call.protocol,
            call.partner or "-",
            call.service or "-",
            call.operation or "-",
            call.key or "-",
            call.result,
            took,
        )
        self._ensure_thread()
        self._idle.clear()
        self._queue.put(
            (
                call.at,
                call.partner,
                call.ip[:64],
                call.protocol,
                call.service,
                call.operation,
                call.key,
                call.value,
                call.result,
                call.rows,
                round(took, 3),
                call.status,
            )
        )

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every recorded call is written (tests, worker exit)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._queue.empty() and self._idle.wait(0.05):
                return True
            time.sleep(0.02)
        return False

    def _ensure_thread(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid != os.getpid():
                self._pid = os.getpid()
                threading.Thread(target=self._run, name="jydj-calllog", daemon=True).start()

    def _one_by_one(self, conn, rows: list[tuple]) -> list[tuple]:
        for row in rows:
            try:
                with conn, conn.cursor() as cur:
                    execute_values(cur, INSERT_SQL, [row])
            except (psycopg2.DataError, psycopg2.IntegrityError) as exc:
                self.dropped += 1
                log.error("调用日志一行无法写入，已丢弃：%s（%s）", exc.diag.message_primary, row[3:9])
        return []

    def _run(self) -> None:
        conn = None
        pending: list[tuple] = []
        while True:
            try:
                pending.append(self._queue.get(timeout=self.interval))
                while len(pending) < 1000:
                    pending.append(self._queue.get_nowait())
            except queue.Empty:
                pass
            if not pending:
                self._idle.set()
                continue
            try:
                if conn is None or conn.closed:
                    conn = psycopg2.connect(self.dsn, application_name="jydj-api-log")
                try:
                    with conn, conn.cursor() as cur:
                        execute_values(cur, INSERT_SQL, pending)
                except (psycopg2.DataError, psycopg2.IntegrityError):
                    pending = self._one_by_one(conn, pending)  # a bad row must not hold up the others
                pending = []
                if self._queue.empty():
                    self._idle.set()
            except psycopg2.Error as exc:
                log.warning("调用日志写入失败，稍后重试（%d 行待写）：%s", len(pending), exc.pgerror or exc)
                if conn is not None and not conn.closed:
                    conn.close()
                conn = None
                if len(pending) > MAX_BACKLOG:
                    self.dropped += len(pending) - MAX_BACKLOG
                    pending = pending[-MAX_BACKLOG:]
                time.sleep(1.0)


def call_counts(conn) -> dict[str, object]:
    """For ``jydj status``: enabled partners, and the last hour's calls by result with their mean time."""
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM jk.hzf WHERE zt = '启用'")
        partners = cur.fetchone()[0]
        cur.execute(
            "SELECT jg, count(*), round(avg(hs), 1) FROM jk.dyrz"
            " WHERE dysj > now() - interval '1 hour' GROUP BY jg ORDER BY count(*) DESC"
        )
        by_result = {jg: {"calls": n, "mean_ms": float(ms) if ms is not None else None} for jg, n, ms in cur}
    return {
        "partners": partners,
        "calls_last_hour": sum(v["calls"] for v in by_result.values()),
        "by_result": by_result,
    }
