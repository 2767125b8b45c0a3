"""Benchmark: validating and loading staged registration rows, set-based against a row-by-row baseline.

    .venv/bin/python bench/validate.py [--households 130000] [--batch 100000] [--rowwise-rows 20000]

It starts a private cluster under ``var/bench-pg`` (the demo's data is untouched), seeds fresh databases
(``jydj seed``'s generator), and stages every row the registration side published (``dj_front.share_dj``:
登簿结果, 权利人, 证书, 不动产单元 …) into ``jy``'s ``stg.djsj`` exactly as stream S4 would (same key text,
same registration kind). Flats are first linked to units wherever the unit carries the flat's exact house
code (standing in for the linking step, issue 5); the others fail rule 「单元挂接房屋」 and wait in the
queue, as they would in production. Then, on two identical copies of ``jy``:

1. **set-based**: ``jydj.validation.run_validation`` — ``stg.validate_batch`` per batch of ``--batch`` rows,
   one transaction each, until every staged row is 合格/不合格/已入库;
2. **row-by-row baseline**: a PL/pgSQL loop (bench/sql/validate_rowwise.sql) doing the same checks and the
   same loads one row at a time (the same ``stg.check_and_load``, one row per pass, a commit per row), for
   ``--rowwise-rows`` rows or ``--rowwise-seconds``, whichever comes first.

It prints rows per second for both and the ratio, and writes them to ``bench/results/validate.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from contextlib import closing
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jydj.config import Settings  # noqa: E402
from jydj.database import with_database  # noqa: E402
from jydj.embedded import EmbeddedCluster  # noqa: E402
from jydj.migrate import drop_databases, ensure_databases, migrate_database  # noqa: E402
from jydj.seed.load import load_seed  # noqa: E402
from jydj.seed.stage import stage_share_dj  # noqa: E402
from jydj.validation import DEFAULT_BATCH, run_validation  # noqa: E402

DATABASES = {"jy": "bench_v_jy", "jy_front": "bench_v_jy_front", "dj_front": "bench_v_dj_front"}
ROWWISE_DB = "bench_v_jy_rowwise"
RESULTS = ROOT / "bench" / "results" / "validate.json"
PRE_LINK_SQL = """
INSERT INTO gl.fw_dy (fwbm, bdcdyh, glfs, ppdf, glyj)
SELECT u.fwbm, u.bdcdyh, '导入', 1, '{"ly": "bench/validate.py：单元所记房屋编码与楼盘表相同"}'
  FROM (SELECT d.sjnr ->> 'fwbm' AS fwbm, d.bdcdyh,
               count(*) OVER (PARTITION BY d.sjnr ->> 'fwbm') AS n
          FROM stg.djsj d
         WHERE d.lybm = 'bdcdy' AND d.sjnr ->> 'fwbm' IS NOT NULL) u
  JOIN lpb.h h ON h.fwbm = u.fwbm
 WHERE u.n = 1
"""


def _fresh_databases(server: str) -> dict[str, str]:
    drop_databases(server, (*DATABASES.values(), ROWWISE_DB))
    ensure_databases(server, tuple(DATABASES.values()))
    dsns = {role: with_database(server, name) for role, name in DATABASES.items()}
    for role, dsn in dsns.items():
        migrate_database(dsn, role)
    return dsns


def stage_registration_rows(dsns: dict[str, str]) -> int:
    """Stage every share_dj row of dj_front into jy as S4 would, then the stand-in links (see above)."""
    staged = stage_share_dj(dsns["dj_front"], dsns["jy"], ROOT / "var")
    with closing(psycopg2.connect(dsns["jy"])) as conn:
        with conn.cursor() as cur:
            cur.execute(PRE_LINK_SQL)
        conn.commit()
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("VACUUM ANALYZE stg.djsj")
            cur.execute("VACUUM ANALYZE stg.dcl")
            cur.execute("VACUUM ANALYZE gl.fw_dy")
    return staged


def copy_database(server: str, template: str, name: str) -> str:
    with closing(psycopg2.connect(server)) as conn:
        conn.autocommit = True
        with conn.cursor() as cur:
            # FILE_COPY: a checkpoint and a file copy, not gigabytes of WAL the timed run then pays for
            cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY = FILE_COPY')
    return with_database(server, name)


def production_rows(dsn: str) -> dict[str, int]:
    tables = ("djyw", "bdcdy", "fdcq", "dyaq", "dyaq_dy", "ygdj", "cfdj", "yydj", "zxdj", "qlr", "zs", "yx")
    with closing(psycopg2.connect(dsn)) as conn, conn.cursor() as cur:
        out = {}
        for t in tables:
            cur.execute(f"SELECT count(*) FROM djjg.{t}")
            out[f"djjg.{t}"] = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM gl.yw_gl")
        out["gl.yw_gl"] = cur.fetchone()[0]
        return out


def states(dsn: str) -> dict[str, int]:
    with closing(psycopg2.connect(dsn)) as conn, conn.cursor() as cur:
        cur.execute("SELECT jyzt, count(*) FROM stg.djsj GROUP BY jyzt ORDER BY jyzt")
        return dict(cur.fetchall())


def rowwise(dsn: str, rows: int, seconds: int) -> tuple[int, float]:
    with closing(psycopg2.connect(dsn)) as conn:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute((ROOT / "bench" / "sql" / "validate_rowwise.sql").read_text(encoding="utf-8"))
            cur.execute("SET synchronous_commit = off")
            t0 = time.perf_counter()
            cur.execute("CALL public.bench_validate_rowwise(%s, %s, 0)", (rows, seconds))
            done = cur.fetchone()[0]
            return done, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=130_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH)
    parser.add_argument("--rowwise-rows", type=int, default=20_000)
    parser.add_argument("--rowwise-seconds", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the bench cluster and databases afterwards")
    args = parser.parse_args(argv)

    cluster = EmbeddedCluster(ROOT / "var" / "bench-pg")
    cluster.init()
    cluster.start()
    server = cluster.uri("postgres")
    try:
        dsns = _fresh_databases(server)
        print(f"seeding {args.households:,} households …", flush=True)
        load_seed(
            Settings(home=ROOT, dsns=dsns), households=args.households, seed=args.seed, report=lambda m: None
        )
        t0 = time.perf_counter()
        staged = stage_registration_rows(dsns)
        print(f"staged {staged:,} registration rows in {time.perf_counter() - t0:.1f} s", flush=True)
        rowwise_dsn = copy_database(server, DATABASES["jy"], ROWWISE_DB)

        print(f"set-based: stg.validate_batch, {args.batch:,} rows per transaction …", flush=True)
        t0 = time.perf_counter()
        run = run_validation(dsns["jy"], batch=args.batch, czr="bench:set")
        set_s = time.perf_counter() - t0
        set_states = states(dsns["jy"])
        processed = sum(n for state, n in set_states.items() if state != "待校验")

        print(
            f"row-by-row baseline: up to {args.rowwise_rows:,} rows or {args.rowwise_seconds} s …", flush=True
        )
        done, row_s = rowwise(rowwise_dsn, args.rowwise_rows, args.rowwise_seconds)

        set_rate = processed / set_s
        row_rate = done / row_s
        result = {
            "benchmark": "validate",
            "households": args.households,
            "staged_rows": staged,
            "batch_rows": args.batch,
            "set_based": {
                "rows": processed,
                "seconds": round(set_s, 2),
                "rows_per_second": round(set_rate),
                "transactions": run["batches"],
                "states": set_states,
                "unqualified_by_rule": run["by_rule"],
                "production_rows": production_rows(dsns["jy"]),
            },
            "row_by_row": {"rows": done, "seconds": round(row_s, 2), "rows_per_second": round(row_rate, 1)},
            "ratio_set_based_to_row_by_row": round(set_rate / row_rate, 1),
            "target": "1,000,000 staged rows validated and loaded in ≤ 60 s",
            "machine": {"cpus": _cpus(), "python": platform.python_version(), "system": platform.platform()},
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        print()
        print(
            f"set-based:   {processed:,} rows in {set_s:.1f} s = {set_rate:,.0f} rows/s"
            f" ({run['batches']} transactions)"
        )
        print(f"             {set_states}")
        print(f"row-by-row:  {done:,} rows in {row_s:.1f} s = {row_rate:,.1f} rows/s")
        print(f"ratio:       set-based / row-by-row = {result['ratio_set_based_to_row_by_row']:,.1f}×")
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}")
        if not args.keep:
            drop_databases(server, (*DATABASES.values(), ROWWISE_DB))
    finally:
        if not args.keep:
            cluster.stop()
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    raise SystemExit(main())
