"""Benchmark: `jydj seed` households per second, against a raw COPY of the same rows.

    .venv/bin/python bench/seed.py [--households 2500000] [--seed 1]

It starts a private cluster under ``var/bench-pg`` (so the demo's data is untouched), builds fresh
databases from the migrations, and then:

1. runs the seed (generate in Python + COPY + index build + foreign-key check) and times it;
2. exports every loaded table (``COPY … TO``) to files, empties the tables, and times loading the very same
   rows again the same way (secondary indexes dropped and rebuilt, replica role), with nothing to generate:
   the physical limit of this machine for these rows.

It prints both figures and their ratio, and writes them to ``bench/results/seed.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg2
from psycopg2 import sql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jydj.config import Settings  # noqa: E402
from jydj.database import with_database  # noqa: E402
from jydj.embedded import EmbeddedCluster  # noqa: E402
from jydj.migrate import drop_databases, ensure_databases, migrate_database  # noqa: E402
from jydj.seed.generate import COLUMNS  # noqa: E402
from jydj.seed.load import (  # noqa: E402
    FRONT_SCHEMAS,
    JY_SCHEMAS,
    _create_indexes,
    _drop_indexes,
    _secondary_indexes,
    _truncate,
    load_seed,
)

DATABASES = {"jy": "bench_jy", "jy_front": "bench_jy_front", "dj_front": "bench_dj_front"}
RESULTS = ROOT / "bench" / "results" / "seed.json"


def _fresh_databases(server: str) -> dict[str, str]:
    drop_databases(server, tuple(DATABASES.values()))
    ensure_databases(server, tuple(DATABASES.values()))
    dsns = {role: with_database(server, name) for role, name in DATABASES.items()}
    for role, dsn in dsns.items():
        migrate_database(dsn, role)
    return dsns


def _tables_by_db() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {"jy": [], "dj_front": []}
    for key, columns in COLUMNS.items():
        prefix, table = key.split(".", 1)
        out["jy" if prefix == "jy" else "dj_front"].append((table, columns))
    return out


def _copy_statement(table: str, columns: tuple[str, ...], direction: str) -> sql.Composed:
    schema, name = table.split(".")
    return sql.SQL("COPY {}.{} ({}) {} STDOUT" if direction == "out" else "COPY {}.{} ({}) {} STDIN").format(
        sql.Identifier(schema),
        sql.Identifier(name),
        sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL("TO" if direction == "out" else "FROM"),
    )


def export_rows(dsns: dict[str, str], folder: Path) -> int:
    total = 0
    for db, tables in _tables_by_db().items():
        conn = psycopg2.connect(dsns[db])
        try:
            with conn.cursor() as cur:
                for table, columns in tables:
                    path = folder / f"{db}.{table}.copy"
                    with path.open("wb") as fh:
                        cur.copy_expert(_copy_statement(table, columns, "out"), fh)
                    total += path.stat().st_size
        finally:
            conn.close()
    return total


def raw_copy(dsns: dict[str, str], folder: Path) -> tuple[float, float]:
    """Load the exported rows the way the seed does, with nothing to generate. Returns (copy s, total s)."""
    conns = {db: psycopg2.connect(dsns[db]) for db in ("jy", "jy_front", "dj_front")}
    try:
        _truncate(conns["jy"], JY_SCHEMAS)
        _truncate(conns["jy_front"], FRONT_SCHEMAS)
        _truncate(conns["dj_front"], FRONT_SCHEMAS)
        for conn in conns.values():
            with conn.cursor() as cur:
                cur.execute("SET LOCAL session_replication_role = replica")
        deferred = {
            "jy": _secondary_indexes(conns["jy"], JY_SCHEMAS),
            "dj_front": _secondary_indexes(conns["dj_front"], FRONT_SCHEMAS),
        }
        for db, indexes in deferred.items():
            _drop_indexes(conns[db], indexes)
        started = time.perf_counter()

        def load(db: str) -> None:
            with conns[db].cursor() as cur:
                for table, columns in _tables_by_db()[db]:
                    with (folder / f"{db}.{table}.copy").open("rb") as fh:
                        cur.copy_expert(_copy_statement(table, columns, "in"), fh, size=1 << 20)

        with ThreadPoolExecutor(max_workers=2) as pool:  # both databases at once, as the seed does
            list(pool.map(load, ("jy", "dj_front")))
        copied = time.perf_counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(lambda item: _create_indexes(conns[item[0]], item[1]), deferred.items()))
        for conn in conns.values():
            conn.commit()
        return copied - started, time.perf_counter() - started
    finally:
        for conn in conns.values():
            conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=2_500_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the bench cluster running afterwards")
    args = parser.parse_args(argv)

    cluster = EmbeddedCluster(ROOT / "var" / "bench-pg")
    cluster.init()
    cluster.start()
    server = cluster.uri("postgres")
    try:
        dsns = _fresh_databases(server)
        settings = Settings(home=ROOT, dsns=dsns)
        print(f"seeding {args.households:,} households …", flush=True)
        t0 = time.perf_counter()
        stats = load_seed(
            settings, households=args.households, seed=args.seed, report=lambda m: print("  " + m)
        )
        seed_wall = time.perf_counter() - t0  # includes ANALYZE after commit
        with tempfile.TemporaryDirectory(dir=ROOT / "var") as tmp:
            folder = Path(tmp)
            exported = export_rows(dsns, folder)
            print(f"exported the same rows: {exported / 1e9:.2f} GB of COPY text; raw COPY …", flush=True)
            raw_copy_s, raw_total_s = raw_copy(dsns, folder)
        result = {
            "benchmark": "seed",
            "households": stats.households,
            "rows": stats.rows,
            "copy_text_bytes": exported,
            "seed_seconds": round(stats.seconds, 2),
            "seed_wall_seconds_with_analyze": round(seed_wall, 2),
            "households_per_second": round(stats.households / stats.seconds),
            "rows_per_second": round(stats.rows / stats.seconds),
            "raw_copy_seconds": round(raw_copy_s, 2),
            "raw_copy_plus_index_build_seconds": round(raw_total_s, 2),
            "ratio_seed_to_raw_copy": round(stats.seconds / raw_total_s, 2),
            "machine": {"cpus": _cpus(), "python": platform.python_version(), "system": platform.platform()},
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        print()
        print(
            f"seed:      {stats.households:,} households, {stats.rows:,} rows in {stats.seconds:.1f} s"
            f" = {result['households_per_second']:,} households/s, {result['rows_per_second']:,} rows/s"
        )
        print(f"raw COPY:  the same rows in {raw_copy_s:.1f} s (+ index build = {raw_total_s:.1f} s)")
        print(f"ratio:     seed / raw COPY = {result['ratio_seed_to_raw_copy']:.2f}×")
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}")
        drop_databases(server, tuple(DATABASES.values()))
    finally:
        if not args.keep:
            cluster.stop()
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    raise SystemExit(main())
