"""Benchmark: the web services under gunicorn — getHouseInfo and getSeizure, SOAP and JSON, at 300 requests/s.

    .venv/bin/python bench/api.py [--households 20000] [--rate 300] [--seconds 40] [--workers 3] [--threads 4]

It starts a private cluster under ``var/bench-api-pg`` (the demo's data is untouched), seeds fresh databases
(``jydj seed``'s generator), stages every row the registration side published into ``jy`` as stream S4 would
and validates and loads it (the production path, as bench/validate.py does: so ``djjg.cfdj`` holds the
seizures of the seeded city), adds a partner with ``jydj partner add bench --json`` and runs the services
with ``jydj serve`` (gunicorn, gthread workers) — both the real commands, on these databases. Then, with
locust (``bench/api_locust.py``, FastHttpUser, keep-alive connections, ``constant_throughput`` per user,
random phases) on the same machine:

1. **at the target rate** (``--rate``, default 300/s) for ``--seconds`` after a ``--warmup``: ``/healthz``
   (no authentication, ``SELECT 1``: the floor of this server: HTTP, Flask, one database round trip), then
   getHouseInfo by ``fwbm`` and getSeizure by ``bdcdyh`` or ``fwbm``, each as JSON and as SOAP, keys drawn at
   random from real flats (getSeizure: linked flats and units, every seized one among them). For each:
   achieved rate, p50/p90/p99/max latency, failures, the server's CPU per request (gunicorn master and
   workers plus the whole PostgreSQL cluster, from ``/proc``, over the measured window), the client's CPU,
   p99 against the target (≤ 20 ms JSON, ≤ 40 ms SOAP) and against ``/healthz``'s p99;
2. **maximum throughput**, briefly (``--max-seconds``, 0 to skip): the same calls in a closed loop (no wait)
   — the rate this machine sustains with the load generator sharing its two cores — against the physical
   limit ``CPUs × 1000 / server CPU ms per request``.

It prints a table and writes everything to ``bench/results/api.json``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import platform
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from validate import PRE_LINK_SQL  # noqa: E402

from jydj.config import Settings  # noqa: E402
from jydj.database import with_database  # noqa: E402
from jydj.embedded import EmbeddedCluster  # noqa: E402
from jydj.migrate import drop_databases, ensure_databases, migrate_database  # noqa: E402
from jydj.seed.load import load_seed  # noqa: E402
from jydj.seed.stage import stage_share_dj  # noqa: E402
from jydj.validation import run_validation  # noqa: E402

DATABASES = {"jy": "bench_a_jy", "jy_front": "bench_a_jy_front", "dj_front": "bench_a_dj_front"}
CLUSTER = ROOT / "var" / "bench-api-pg"
WORK = ROOT / "var" / "bench-api"
RESULTS = ROOT / "bench" / "results" / "api.json"
BIN = Path(sys.executable).parent
LOCUSTFILE = ROOT / "bench" / "api_locust.py"

#: p99 targets of issue 6 item 6, ms
TARGET_P99 = {"json": 20.0, "soap": 40.0}
SCENARIOS = ("healthz", "house-json", "house-soap", "seizure-json", "seizure-soap")
TITLES = {
    "healthz": "/healthz (floor)",
    "house-json": "getHouseInfo JSON",
    "house-soap": "getHouseInfo SOAP",
    "seizure-json": "getSeizure JSON",
    "seizure-soap": "getSeizure SOAP",
}
CLK_TCK = os.sysconf("SC_CLK_TCK")
CPUS = os.cpu_count() or 1


def _say(message: str) -> None:
    print(message, flush=True)


# -- data ------------------------------------------------------------------------------------------------


def prepare(server: str, households: int, seed: int) -> tuple[dict[str, str], dict[str, Any]]:
    """Fresh databases with a seeded city whose registration data went through staging and validation."""
    drop_databases(server, tuple(DATABASES.values()))
    ensure_databases(server, tuple(DATABASES.values()))
    dsns = {role: with_database(server, name) for role, name in DATABASES.items()}
    for role, dsn in dsns.items():
        migrate_database(dsn, role)
    t0 = time.perf_counter()
    load_seed(Settings(home=ROOT, dsns=dsns), households=households, seed=seed, report=lambda m: None)
    _say(f"  seeded {households:,} households in {time.perf_counter() - t0:.0f} s")
    t0 = time.perf_counter()
    staged = stage_share_dj(dsns["dj_front"], dsns["jy"], ROOT / "var")
    with closing(psycopg2.connect(dsns["jy"])) as conn:
        with conn.cursor() as cur:
            cur.execute(PRE_LINK_SQL)
        conn.commit()
    run = run_validation(dsns["jy"], batch=50_000, czr="bench:api")
    with closing(psycopg2.connect(dsns["jy"])) as conn:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("VACUUM ANALYZE")
            facts = {"staged_rows": staged, "validation_batches": run["batches"]}
            for name, sql in (
                ("flats", "SELECT count(*) FROM lpb.h"),
                ("linked_flats", "SELECT count(*) FROM gl.fw_dy"),
                ("units", "SELECT count(*) FROM djjg.bdcdy"),
                ("seizures", "SELECT count(*) FROM djjg.cfdj"),
                ("seized_units_in_force", "SELECT count(DISTINCT bdcdyh) FROM djjg.cfdj WHERE qszt = '1'"),
            ):
                cur.execute(sql)
                facts[name] = cur.fetchone()[0]
    _say(
        f"  staged {staged:,} registration rows, validated and loaded in {time.perf_counter() - t0:.0f} s: "
        f"{facts['flats']:,} flats, {facts['linked_flats']:,} linked, {facts['seizures']:,} seizures"
    )
    return dsns, facts


def pick_keys(jy_dsn: str, n: int, seed: int) -> dict[str, Any]:
    """Real keys: random flats (getHouseInfo); random linked flats and units (getSeizure), and apart every
    seized unit with its flat (the locust side draws from these ``--seized-share`` of the getSeizure calls);
    each getSeizure key is the 不动产单元号 or the 房屋编码, half and half."""
    with closing(psycopg2.connect(jy_dsn)) as conn, conn.cursor() as cur:
        cur.execute("SELECT setseed(%s)", (1 / (seed + 1),))
        cur.execute("SELECT fwbm FROM lpb.h ORDER BY random() LIMIT %s", (n,))
        house = [r[0] for r in cur.fetchall()]
        cur.execute("SELECT fwbm, bdcdyh FROM gl.fw_dy ORDER BY random() LIMIT %s", (n,))
        linked = cur.fetchall()
        cur.execute(
            "SELECT DISTINCT g.fwbm, g.bdcdyh FROM djjg.cfdj c JOIN gl.fw_dy g ON g.bdcdyh = c.bdcdyh"
        )
        seized = cur.fetchall()

    def keyed(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [("bdcdyh", b) if i % 2 else ("fwbm", f) for i, (f, b) in enumerate(sorted(pairs))]

    return {"house": house, "seizure": keyed(linked), "seized": keyed(seized), "seized_units": len(seized)}


# -- processes and their CPU -------------------------------------------------------------------------------


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # fields from 3 (state) on


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields:
                kids.setdefault(int(fields[1]), []).append(int(entry.name))
    return kids


def tree_cpu(root: int) -> float:
    """CPU seconds of ``root`` and all its descendants (and of the children they already reaped)."""
    kids = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        fields = _stat(pid)
        if fields:
            total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
            todo.extend(kids.get(pid, []))
    return total / CLK_TCK


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    values = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / CLK_TCK, sum(values[:8]) / CLK_TCK


def postmaster_pid(cluster: EmbeddedCluster) -> int:
    return int((cluster.data / "postmaster.pid").read_text().splitlines()[0])


def free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(dsns: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env |= {f"JYDJ_{role.upper()}_DSN": dsn for role, dsn in dsns.items()}
    env["JYDJ_HOME"] = str(ROOT)
    return env


def add_partner(dsns: dict[str, str]) -> tuple[str, str]:
    out = subprocess.run(
        [BIN / "jydj", "partner", "add", "bench", "--json"],
        env=_env(dsns),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    got = json.loads(out)
    return got["username"], got["secret"]


def start_server(dsns: dict[str, str], port: int, workers: int, threads: int) -> subprocess.Popen:
    log = (WORK / "serve.log").open("w")
    server = subprocess.Popen(
        [
            *(BIN / "jydj", "serve", "--host", "127.0.0.1", "--port", str(port)),
            *("--workers", str(workers), "--threads", str(threads)),
        ],
        env=_env(dsns),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"jydj serve exited ({server.returncode}); see {WORK / 'serve.log'}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return server
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("jydj serve did not answer /healthz within 60 s")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)  # gunicorn: graceful stop of master and workers
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# -- one load run ------------------------------------------------------------------------------------------


def percentile(ordered: list[float], p: float) -> float:
    """Nearest-rank percentile of a sorted list."""
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def run_load(
    scenario: str,
    *,
    port: int,
    rate: float,
    users: int,
    warmup: float,
    seconds: float,
    partner: tuple[str, str],
    keys_file: Path,
    server_pid: int,
    pg_pid: int,
    seized_share: float,
) -> dict[str, Any]:
    """Load ``scenario`` with locust; figures over the window after the warm-up."""
    samples_file = WORK / f"samples-{scenario}-{'max' if rate == 0 else 'rate'}.json"
    samples_file.unlink(missing_ok=True)
    env = os.environ | {
        "BENCH_API_SCENARIO": scenario,
        "BENCH_API_RATE": str(rate / users if rate else 0),
        "BENCH_API_USER": partner[0],
        "BENCH_API_SECRET": partner[1],
        "BENCH_API_KEYS": str(keys_file),
        "BENCH_API_SEIZED_SHARE": str(seized_share),
        "BENCH_API_SAMPLES": str(samples_file),
    }
    run_time = math.ceil(warmup + seconds + 2)
    locust = subprocess.Popen(
        [
            *(BIN / "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary", "--loglevel", "WARNING"),
            *("-u", str(users), "-r", str(users), "-t", f"{run_time}s", "--stop-timeout", "5"),
            *("--host", f"http://127.0.0.1:{port}", "--exit-code-on-error", "0"),
        ],
        env=env,
        stdout=(WORK / f"locust-{scenario}.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    time.sleep(warmup)
    cpu0 = (tree_cpu(server_pid), tree_cpu(pg_pid), tree_cpu(locust.pid), machine_busy())
    t0 = time.time()
    time.sleep(seconds)
    cpu1 = (tree_cpu(server_pid), tree_cpu(pg_pid), tree_cpu(locust.pid), machine_busy())
    t1 = time.time()
    if locust.wait(run_time + 60) != 0:
        raise RuntimeError(f"locust failed; see {WORK / f'locust-{scenario}.log'}")
    window = [s for s in json.loads(samples_file.read_text()) if t0 <= s[0] < t1]
    if not window:
        raise RuntimeError(f"no request finished in the window; see {WORK / f'locust-{scenario}.log'}")
    elapsed = t1 - t0
    n = len(window)
    ok = sorted(s[1] for s in window if s[2])
    failures = n - len(ok)
    lat = ok or [math.nan]
    app_s, db_s, client_s = (cpu1[i] - cpu0[i] for i in range(3))
    machine_cores = (cpu1[3][0] - cpu0[3][0]) / elapsed
    return {
        "scenario": scenario,
        "target_rps": round(rate) or None,
        "users": users,
        "seconds": round(elapsed, 1),
        "requests": n,
        "achieved_rps": round(n / elapsed, 1),
        "failures": failures,
        "p50_ms": round(percentile(lat, 50), 2),
        "p90_ms": round(percentile(lat, 90), 2),
        "p99_ms": round(percentile(lat, 99), 2),
        "max_ms": round(lat[-1], 2),
        "mean_ms": round(sum(lat) / len(lat), 2),
        "server_cpu_ms_per_request": round((app_s + db_s) * 1000 / n, 3),
        "app_cpu_ms_per_request": round(app_s * 1000 / n, 3),
        "db_cpu_ms_per_request": round(db_s * 1000 / n, 3),
        "server_cores_busy": round((app_s + db_s) / elapsed, 2),
        "client_cpu_ms_per_request": round(client_s * 1000 / n, 3),
        "client_cores_busy": round(client_s / elapsed, 2),
        "machine_cores_busy": round(machine_cores, 2),
        # anything else running on the machine meanwhile (it disturbs the latencies: see the table)
        "other_cores_busy": round(max(0.0, machine_cores - (app_s + db_s + client_s) / elapsed), 2),
    }


def call_log_summary(jy_dsn: str) -> list[dict[str, Any]]:
    """What the call log recorded (jk.dyrz), by protocol, operation and result: calls, rows answered, and
    the time the handler took (from the request reaching the app to the answer being ready)."""
    with closing(psycopg2.connect(jy_dsn)) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT xy, cz, jg, count(*), sum(ts), avg(hs), percentile_cont(0.99) WITHIN GROUP (ORDER BY hs)"
            " FROM jk.dyrz WHERE cz IS NOT NULL GROUP BY xy, cz, jg ORDER BY xy, cz, jg"
        )
        return [
            {
                "protocol": xy,
                "operation": cz,
                "result": jg,
                "calls": n,
                "rows": int(rows or 0),
                "handler_mean_ms": round(float(mean), 2),
                "handler_p99_ms": round(float(p99), 2),
            }
            for xy, cz, jg, n, rows, mean, p99 in cur.fetchall()
        ]


# -- output ------------------------------------------------------------------------------------------------


def _protocol(scenario: str) -> str | None:
    return scenario.split("-")[1] if "-" in scenario else None


def annotate(row: dict[str, Any], floor: dict[str, Any]) -> None:
    protocol = _protocol(row["scenario"])
    target = TARGET_P99.get(protocol or "")
    row["target_p99_ms"] = target
    row["p99_vs_target"] = round(row["p99_ms"] / target, 2) if target else None
    if row["target_rps"]:  # the targets hold at the target rate; a closed-loop run only compares
        row["rate_sustained"] = row["achieved_rps"] >= 0.98 * row["target_rps"]
        row["meets_target"] = (
            (row["p99_ms"] <= target and row["failures"] == 0 and row["rate_sustained"]) if target else None
        )
    row["p99_vs_healthz"] = round(row["p99_ms"] / floor["p99_ms"], 2)
    row["cpu_vs_healthz"] = round(row["server_cpu_ms_per_request"] / floor["server_cpu_ms_per_request"], 2)


def print_table(rows: list[dict[str, Any]], title: str) -> None:
    head = (
        f"{'scenario':<20}{'target':>7}{'rps':>8}{'p50':>7}{'p90':>7}{'p99':>7}{'max':>8}{'fail':>6}"
        f"{'srv ms':>8}{'app':>7}{'db':>6}{'cli ms':>8}{'other':>7}{'p99/tgt':>8}{'p99/hz':>8}{'cpu/hz':>8}"
    )
    _say(title)
    _say(head)
    for r in rows:
        tgt = f"{r['p99_vs_target']:.2f}" if r.get("p99_vs_target") is not None else "-"
        _say(
            f"{TITLES[r['scenario']]:<20}{r['target_rps'] or 'max'!s:>7}{r['achieved_rps']:>8.1f}"
            f"{r['p50_ms']:>7.1f}{r['p90_ms']:>7.1f}{r['p99_ms']:>7.1f}{r['max_ms']:>8.1f}{r['failures']:>6}"
            f"{r['server_cpu_ms_per_request']:>8.2f}{r['app_cpu_ms_per_request']:>7.2f}"
            f"{r['db_cpu_ms_per_request']:>6.2f}{r['client_cpu_ms_per_request']:>8.2f}"
            f"{r['other_cores_busy']:>7.2f}{tgt:>8}"
            f"{r.get('p99_vs_healthz', 1.0):>8.2f}{r.get('cpu_vs_healthz', 1.0):>8.2f}"
        )
    _say(
        "  latency in ms (locust, FastHttpUser, keep-alive); srv ms = server CPU ms per request = app"
        " (gunicorn master + workers) + db (the whole PostgreSQL cluster);"
        " cli ms = locust's CPU ms per request;\n  other = cores busy with anything else on the"
        " machine meanwhile (should be ~0); p99/tgt = p99 / target (JSON 20 ms, SOAP 40 ms);"
        " /hz = against /healthz in the same run"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=300, help="target requests per second")
    parser.add_argument("--users", type=int, default=100, help="locust users at the target rate")
    parser.add_argument("--warmup", type=float, default=8)
    parser.add_argument("--seconds", type=float, default=40, help="measured seconds per scenario")
    parser.add_argument("--max-seconds", type=float, default=15, help="seconds per maximum-throughput run")
    parser.add_argument("--max-users", type=int, default=24)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (jydj serve's default here)")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--keys", type=int, default=5000, help="distinct keys per operation")
    parser.add_argument(
        "--seized-share", type=float, default=0.1, help="share of getSeizure calls for a seized unit or flat"
    )
    parser.add_argument(
        "--only",
        help="comma-separated scenarios to run (/healthz, the floor, always runs): "
        + ", ".join(SCENARIOS[1:]),
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help=f"where to write (default {RESULTS})")
    parser.add_argument("--keep", action="store_true", help="keep the bench cluster and databases afterwards")
    args = parser.parse_args(argv)
    scenarios = (
        SCENARIOS if not args.only else ("healthz", *[s for s in SCENARIOS[1:] if s in args.only.split(",")])
    )

    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    cluster = EmbeddedCluster(CLUSTER)
    cluster.init()
    cluster.start()
    server_uri = cluster.uri("postgres")
    server: subprocess.Popen | None = None
    try:
        _say(f"preparing the data (private cluster {CLUSTER.relative_to(ROOT)}) …")
        dsns, facts = prepare(server_uri, args.households, args.seed)
        keys = pick_keys(dsns["jy"], args.keys, args.seed)
        keys_file = WORK / "keys.json"
        keys_file.write_text(json.dumps(keys), encoding="utf-8")
        partner = add_partner(dsns)
        port = free_port()
        server = start_server(dsns, port, args.workers, args.threads)
        pg_pid = postmaster_pid(cluster)
        _say(
            f"jydj serve on 127.0.0.1:{port}: {args.workers} workers × {args.threads} threads"
            f" (pid {server.pid}); PostgreSQL pid {pg_pid}; {len(keys['house']):,} flats and"
            f" {len(keys['seizure']):,} linked flats and units for getSeizure, {keys['seized_units']} seized"
            f" ({args.seized_share:.0%} of the getSeizure calls)"
        )
        common = {
            "port": port,
            "partner": partner,
            "keys_file": keys_file,
            "server_pid": server.pid,
            "pg_pid": pg_pid,
            "seized_share": args.seized_share,
        }
        at_rate: list[dict[str, Any]] = []
        for scenario in scenarios:
            _say(f"  {TITLES[scenario]}: {args.rate:g}/s, {args.warmup:g} s warm-up + {args.seconds:g} s …")
            row = run_load(
                scenario, rate=args.rate, users=args.users, warmup=args.warmup, seconds=args.seconds, **common
            )
            at_rate.append(row)
            _say(
                f"    {row['achieved_rps']}/s, p50 {row['p50_ms']} ms, p99 {row['p99_ms']} ms,"
                f" {row['failures']} failures, server {row['server_cpu_ms_per_request']} ms CPU/request"
            )
        for row in at_rate:
            annotate(row, at_rate[0])
        maximum: list[dict[str, Any]] = []
        if args.max_seconds > 0:
            for scenario in scenarios:
                _say(f"  {TITLES[scenario]}: closed loop, {args.max_users} users, {args.max_seconds:g} s …")
                row = run_load(
                    scenario, rate=0, users=args.max_users, warmup=3, seconds=args.max_seconds, **common
                )
                maximum.append(row)
                _say(f"    {row['achieved_rps']}/s, p99 {row['p99_ms']} ms")
            for row in maximum:
                annotate(row, maximum[0])
                # the rate the server could give with the two cores to itself, by its CPU per request
                row["cpu_limit_rps"] = round(CPUS * 1000 / row["server_cpu_ms_per_request"])
                row["achieved_vs_cpu_limit"] = round(row["achieved_rps"] / row["cpu_limit_rps"], 2)
        time.sleep(1)  # the call log writes every 0.2 s
        calls = call_log_summary(dsns["jy"])

        _say("")
        print_table(at_rate, f"At {args.rate:g} requests/s (measured {args.seconds:g} s each):")
        if maximum:
            _say("")
            print_table(
                maximum,
                f"Maximum throughput (closed loop, {args.max_users} users, load generator on"
                " the same 2 cores):",
            )
            for row in maximum:
                _say(
                    f"  {TITLES[row['scenario']]:<20} {row['achieved_rps']:>7.0f}/s achieved;"
                    f" CPU limit {row['cpu_limit_rps']:>5}/s ({CPUS} cores / server CPU per request);"
                    f" achieved/limit {row['achieved_vs_cpu_limit']:.2f}"
                )
        verdict = [
            f"{TITLES[r['scenario']]}: p99 {r['p99_ms']} ms at {r['achieved_rps']}/s"
            f" (target ≤ {r['target_p99_ms']:g} ms at {r['target_rps']}/s):"
            f" {'met' if r['meets_target'] else 'MISSED'}"
            + ("" if r["rate_sustained"] else " (rate not sustained)")
            + (f", {r['failures']} failures" if r["failures"] else "")
            for r in at_rate
            if r["target_p99_ms"]
        ]
        _say("")
        for line in verdict:
            _say(line)
        disturbed = [r for r in at_rate + maximum if r["other_cores_busy"] > 0.1]
        if disturbed:
            _say(
                f"WARNING: other processes kept up to {max(r['other_cores_busy'] for r in disturbed):.2f}"
                f" cores busy during {len(disturbed)} of the runs: their latencies are disturbed;"
                " rerun on a quiet machine"
            )

        result = {
            "benchmark": "api",
            "households": args.households,
            "data": facts,
            "server": {
                "command": "jydj serve",
                "workers": args.workers,
                "threads": args.threads,
                "worker_class": "gthread",
            },
            "load_generator": {
                "tool": f"locust {importlib.metadata.version('locust')} (FastHttpUser, keep-alive)",
                "users_at_rate": args.users,
                "users_at_max": args.max_users,
                "same_machine": True,
            },
            "keys": {
                "house": len(keys["house"]),
                "seizure": len(keys["seizure"]),
                "seized_units": keys["seized_units"],
                "seized_share_of_get_seizure": args.seized_share,
            },
            "targets_p99_ms": TARGET_P99,
            "at_rate": at_rate,
            "maximum": maximum,
            "call_log": calls,
            "machine": {"cpus": CPUS, "python": platform.python_version(), "system": platform.platform()},
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "wall_seconds": round(time.perf_counter() - started),
        }
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        _say(f"written to {args.results} ({result['wall_seconds']} s in all)")
    finally:
        if server is not None:
            stop_server(server)
        if not args.keep:
            drop_databases(server_uri, tuple(DATABASES.values()))
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
