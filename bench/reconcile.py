"""Benchmark: the daily reconcile (补推, §5.2.1.4) of 1 million rows, against a plain EXCEPT comparison.

    .venv/bin/python bench/reconcile.py [--rows 1000000] [--keep]

It starts a private cluster under ``var/bench-pg`` (the demo's data is untouched), builds fresh ``jy``,
``jy_front`` and ``dj_front`` from the migrations, fills ``share_jy.chh_sc`` with the same ``--rows`` rows on
both sides of stream S2 (jy_front → dj_front), then deletes 100 rows and changes 50 at the target behind the
stream's back. Then:

1. **ours**: ``jydj reconcile --stream S2 --no-repush`` (``connector.reconcile.run_reconcile``): hashes per
   bucket on both sides, only differing buckets compared row by row, missing and different rows named;
2. **peer**: the obvious way without buckets — copy the whole target table into the source database
   (``COPY … TO`` / ``COPY … FROM``), one ``EXCEPT`` for the source rows the target lacks or holds otherwise,
   then sort those into missing and different by key. (It does not look for rows only the target has; ours
   does.)

Both must find the same 100 missing and 50 different rows. It prints both times and the ratio, and writes
``bench/results/reconcile.json``. Target: 1 million rows in ≤ 60 s.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import sys
import time
from contextlib import closing
from pathlib import Path

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from connector.reconcile import run_reconcile  # noqa: E402
from jydj.config import Settings  # noqa: E402
from jydj.database import with_database  # noqa: E402
from jydj.embedded import EmbeddedCluster  # noqa: E402
from jydj.migrate import drop_databases, ensure_databases, migrate_database  # noqa: E402

DATABASES = {"jy": "bench_r_jy", "jy_front": "bench_r_jy_front", "dj_front": "bench_r_dj_front"}
RESULTS = ROOT / "bench" / "results" / "reconcile.json"
MISSING, DIFFERENT = 100, 50

FILL = """
INSERT INTO share_jy.chh_sc (fwbm, bdcdyh, xmbh, zrzh, ljzh, ch, ywh, zl, zh, dyh, szc, sjc, fh,
                             hx, fwyt, jzmj, tnjzmj, ftjzmj, ftxs, fwzt, qxdm, gxsj)
SELECT '5117020012015' || lpad(g::text, 10, '0'), '511702001001GB00001F' || lpad(g::text, 8, '0'),
       'XM-' || g / 5000, 'Z' || g / 500, 'L' || g / 500, (g % 30)::text, 'CH-' || g / 5000,
       '通川区测试小区' || g || '号', '1栋', '1', (g % 30)::text, g % 30, (g % 100)::text,
       '三室两厅', '住宅', 100 + g % 50, 85 + g % 50, 15, 0.15, '正常', '511702',
       timestamptz '2026-11-20 08:00:00+08' + g * interval '1 second'
  FROM generate_series(1, {rows}) g
"""


def _run(dsn: str, *statements: str) -> None:
    with closing(psycopg2.connect(dsn)) as conn:
        conn.autocommit = True
        with conn.cursor() as cur:
            for statement in statements:
                cur.execute(statement)


def prepare(server: str, rows: int) -> dict[str, str]:
    drop_databases(server, tuple(DATABASES.values()))
    ensure_databases(server, tuple(DATABASES.values()))
    dsns = {role: with_database(server, name) for role, name in DATABASES.items()}
    for role, dsn in dsns.items():
        migrate_database(dsn, role)
    for role in ("jy_front", "dj_front"):
        _run(dsns[role], FILL.format(rows=rows), "VACUUM ANALYZE share_jy.chh_sc")
    _run(
        dsns["dj_front"],
        "SET session_replication_role = replica",
        "DELETE FROM share_jy.chh_sc WHERE fwbm IN "
        f"(SELECT fwbm FROM share_jy.chh_sc ORDER BY md5(fwbm) LIMIT {MISSING})",
        "UPDATE share_jy.chh_sc SET jzmj = jzmj + 1 WHERE fwbm IN "
        f"(SELECT fwbm FROM share_jy.chh_sc LIMIT {DIFFERENT})",
        "VACUUM ANALYZE share_jy.chh_sc",
    )
    return dsns


def ours(dsns: dict[str, str]) -> tuple[float, dict]:
    settings = Settings(home=ROOT, dsns=dsns)
    started = time.perf_counter()
    [report] = run_reconcile(settings, ["S2"], None, False, 0)
    return time.perf_counter() - started, report


def peer(dsns: dict[str, str]) -> tuple[float, int, int]:
    """Copy the target table into the source database and compare with EXCEPT both ways."""
    started = time.perf_counter()
    buffer = io.BytesIO()
    with closing(psycopg2.connect(dsns["dj_front"])) as conn, conn.cursor() as cur:
        cur.copy_expert("COPY share_jy.chh_sc TO STDOUT", buffer)
    buffer.seek(0)
    with closing(psycopg2.connect(dsns["jy_front"])) as conn, conn.cursor() as cur:
        cur.execute("CREATE TEMP TABLE target_copy (LIKE share_jy.chh_sc)")
        cur.copy_expert("COPY target_copy FROM STDIN", buffer)
        cur.execute(
            """CREATE TEMP TABLE source_only AS
               SELECT * FROM share_jy.chh_sc EXCEPT SELECT * FROM target_copy"""
        )
        cur.execute(
            """SELECT sum(CASE WHEN t.fwbm IS NULL THEN 1 ELSE 0 END),
                      sum(CASE WHEN t.fwbm IS NULL THEN 0 ELSE 1 END)
                 FROM source_only s LEFT JOIN target_copy t ON t.fwbm = s.fwbm"""
        )
        missing, different = cur.fetchone()
        conn.rollback()
    return time.perf_counter() - started, missing, different


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the bench cluster and databases afterwards")
    args = parser.parse_args(argv)
    cluster = EmbeddedCluster(ROOT / "var" / "bench-pg")
    cluster.init()
    cluster.start()
    server = cluster.uri("postgres")
    try:
        print(f"filling {args.rows:,} rows on both sides of S2 …", flush=True)
        dsns = prepare(server, args.rows)
        print("ours: jydj reconcile --stream S2 --no-repush …", flush=True)
        our_s, report = ours(dsns)
        print("peer: COPY the target table over + EXCEPT …", flush=True)
        peer_s, peer_missing, peer_different = peer(dsns)
        found = (report["checked"], report["missing"], report["different"])
        if found != (args.rows, MISSING, DIFFERENT) or (peer_missing, peer_different) != (MISSING, DIFFERENT):
            print(f"wrong result: ours {found}, peer {(peer_missing, peer_different)}", file=sys.stderr)
            return 1
        result = {
            "benchmark": "reconcile",
            "rows": args.rows,
            "missing": MISSING,
            "different": DIFFERENT,
            "ours": {
                "seconds": round(our_s, 2),
                "compare_seconds": report["details"].get("compare_seconds"),
                "buckets": report["buckets"],
            },
            "peer_except": {"seconds": round(peer_s, 2)},
            "ratio_peer_to_ours": round(peer_s / our_s, 2),
            "target": "1,000,000 rows reconciled in ≤ 60 s",
            "target_met": our_s <= 60,
            "machine": {
                "cpus": len(os.sched_getaffinity(0)),
                "python": platform.python_version(),
                "system": platform.platform(),
            },
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        print()
        print(f"ours (buckets):   {our_s:6.1f} s  — found {MISSING} missing, {DIFFERENT} different")
        print(
            f"peer (EXCEPT):    {peer_s:6.1f} s  — found {peer_missing} missing, {peer_different} different"
        )
        met = "met" if our_s <= 60 else "NOT met"
        print(f"ratio peer / ours: {result['ratio_peer_to_ours']}×   target ≤ 60 s: {met}")
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"written to {RESULTS.relative_to(ROOT)}")
        if not args.keep:
            drop_databases(server, tuple(DATABASES.values()))
    finally:
        if not args.keep:
            cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
