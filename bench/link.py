"""Benchmark: linking flats and units (数据挂接, seed §5.2.4) — our PostgreSQL linker against Splink.

    .venv/bin/python bench/link.py [--flats 1000000] [--seed 5] [--no-splink]

It generates noisy legacy data with known truth (``jydj.linkgen``: the noise of real registration data, in
the address text and the structured columns), starts a private cluster under ``var/bench-pg`` (the
demo's data is untouched), migrates a fresh ``jy`` database, and then:

1. **ours**: ``jydj link import`` of both files (the two sides concurrently, one connection each), then
   ``jydj link run`` (all steps of ``gl.link_run``: exact, blocking and scoring, one-to-one automatic
   links, candidates) — timed separately; quality from the exported links and candidates;
2. **Splink** (PyPI ``splink`` on DuckDB, ``bench/link_splink.py``: trained and tuned as its documentation
   advises) on the same cleaned features our normaliser produced (exported from ``gl.fwtz``/``gl.dytz``),
   with Splink's one-to-one clustering; its threshold is the lowest whose precision reaches ours, so the
   two recalls are compared at the same precision.

Prints precision, recall, F1, top-3 rate and time of both, and writes them to ``bench/results/link.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jydj.database import with_database  # noqa: E402
from jydj.embedded import EmbeddedCluster  # noqa: E402
from jydj.linkgen import evaluate, generate  # noqa: E402
from jydj.linking import import_file, read_results, run_link  # noqa: E402
from jydj.migrate import drop_databases, ensure_databases, migrate_database  # noqa: E402

DATABASE = "bench_l_jy"
RESULTS = ROOT / "bench" / "results" / "link.json"
DATA = ROOT / "var" / "bench-link"
TARGET_SECONDS = 180

FEATURE_SQL = {
    "jy": "SELECT fwbm AS id, gz_xm AS xm, gz_dl AS dl, gz_zh AS zh, gz_dy AS dy, gz_c AS c, "
    "gz_fh AS fh, jzmj::float8 AS jzmj, tnmj::float8 AS tnmj, zjhm, qlrmc, gz_dz AS dz FROM gl.fwtz",
    "dj": "SELECT d.bdcdyh AS id, coalesce(a.gz_xm, d.gz_xm) AS xm, d.gz_dl AS dl, d.gz_zh AS zh, "
    "d.gz_dy AS dy, d.gz_mc AS c, d.gz_mfh AS fh, d.jzmj::float8 AS jzmj, d.tnmj::float8 AS tnmj, d.zjhm, "
    "d.qlrmc, d.gz_dz AS dz FROM gl.dytz d LEFT JOIN gl.xmbm a ON a.bm = d.gz_xm",
}


def _say(message: str) -> None:
    print(message, flush=True)


def _ours(dsn: str, data: Any) -> dict[str, Any]:
    def load(side: str, path: Path) -> tuple[str, float, int]:
        started = time.perf_counter()
        with closing(psycopg2.connect(dsn)) as conn:
            result = import_file(conn, side, path, "bench:link")
        return side, time.perf_counter() - started, result.rows

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        loads = list(pool.map(lambda a: load(*a), [("jy", data.jy_csv), ("dj", data.dj_csv)]))
    import_seconds = time.perf_counter() - started
    for side, seconds, rows in loads:
        _say(f"  导入 {side}：{rows:,} 行，{seconds:.1f} 秒")

    steps: dict[str, Any] = {}

    def progress(step: str, title: str, result: dict[str, Any]) -> None:
        steps[step] = result
        _say(f"  {title}：{result['n']:,}（{result['ms'] / 1000:.1f} 秒）")

    started = time.perf_counter()
    with closing(psycopg2.connect(dsn)) as conn:
        summary = run_link(conn, "bench:link", progress=progress)
    link_seconds = time.perf_counter() - started
    with closing(psycopg2.connect(dsn)) as conn:
        links, candidates = read_results(conn)
    quality = evaluate(links, candidates, data.truth_csv)
    return {
        "import_seconds": round(import_seconds, 1),
        "link_seconds": round(link_seconds, 1),
        "total_seconds": round(import_seconds + link_seconds, 1),
        "steps": steps,
        "links_by_method": summary["links_by_method"],
        "candidates": summary["candidates"],
        **{
            k: quality[k]
            for k in ("precision", "recall", "f1", "top3_rate", "links", "false_links", "true_pairs")
        },
    }


def _splink(dsn: str, data: Any, precision: float) -> dict[str, Any]:
    import pandas as pd

    sys.path.insert(0, str(ROOT / "bench"))
    from link_splink import run_splink, threshold_for_precision

    frames: dict[str, pd.DataFrame] = {}
    with closing(psycopg2.connect(dsn)) as conn, conn.cursor() as cur:
        for side, sql in FEATURE_SQL.items():
            cur.execute(sql)
            frames[side] = pd.DataFrame(cur.fetchall(), columns=[c.name for c in cur.description])
    for frame in frames.values():
        frame["c"] = frame["c"].astype("Int64")
    result = run_splink(frames["jy"], frames["dj"], threads=2)
    try:
        threshold = threshold_for_precision(result, data.truth_csv, precision)
        out: dict[str, Any] = {"timings": result.timings, "threshold": threshold}
        if threshold != float("inf"):
            links = result.links_at(threshold)
            quality = evaluate(links, result.candidates(3), data.truth_csv)
            out |= {k: quality[k] for k in ("precision", "recall", "f1", "top3_rate", "links", "false_links")}
        default_links = result.links_at(0.5)
        default_quality = evaluate(default_links, [], data.truth_csv)
        out["at_0_5"] = {k: default_quality[k] for k in ("precision", "recall", "f1", "links", "false_links")}
        out["seconds"] = round(result.total_seconds + result.links_seconds, 1)
    finally:
        result.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flats", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--no-splink", action="store_true", help="只测本平台（不跑 Splink）")
    args = parser.parse_args(argv)

    data_dir = DATA / f"{args.flats}-{args.seed}"
    started = time.perf_counter()
    data = generate(args.flats, args.seed, data_dir)
    _say(
        f"生成 {args.flats:,} 套房的挂接数据：交易端 {data.jy_rows:,} 行，登记端 {data.dj_rows:,} 行，"
        f"真实对 {data.true_pairs:,}（{time.perf_counter() - started:.0f} 秒）"
    )

    cluster = EmbeddedCluster(ROOT / "var" / "bench-pg")
    cluster.init()
    cluster.start()
    server = cluster.uri("postgres")
    drop_databases(server, (DATABASE,))
    ensure_databases(server, (DATABASE,))
    dsn = with_database(server, DATABASE)
    migrate_database(dsn, "jy")

    _say("本平台（PostgreSQL 过程）：")
    ours = _ours(dsn, data)
    _say(
        f"  精确率 {ours['precision']:.4%}，召回率 {ours['recall']:.4%}，F1 {ours['f1']:.4f}，"
        f"前 3 候选命中 {ours['top3_rate']:.2%}；"
        f"导入 {ours['import_seconds']} 秒，挂接 {ours['link_seconds']} 秒"
    )
    peer: dict[str, Any] | None = None
    if not args.no_splink:
        _say("Splink（DuckDB）：")
        peer = _splink(dsn, data, ours["precision"])
        if "recall" in peer:
            _say(
                f"  同精确率（≥ {ours['precision']:.4%}，阈值 {peer['threshold']:.4f}）："
                f"召回率 {peer['recall']:.4%}，"
                f"F1 {peer['f1']:.4f}；用时 {peer['seconds']} 秒"
            )
        else:
            _say("  Splink 在任何阈值下都达不到本平台的精确率")
        _say(f"  阈值 0.5：精确率 {peer['at_0_5']['precision']:.4%}，召回率 {peer['at_0_5']['recall']:.4%}")

    results = {
        "benchmark": "link",
        "machine": {"cpus": __import__("os").cpu_count(), "python": platform.python_version()},
        "flats": args.flats,
        "seed": args.seed,
        "jy_rows": data.jy_rows,
        "dj_rows": data.dj_rows,
        "true_pairs": data.true_pairs,
        "ours": ours,
        "splink": peer,
        "target_seconds": TARGET_SECONDS,
        "link_vs_target": round(ours["link_seconds"] / TARGET_SECONDS, 3),
        "recall_ratio_vs_splink": (
            round(ours["recall"] / peer["recall"], 4) if peer and peer.get("recall") else None
        ),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    _say(f"结果已写入 {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
