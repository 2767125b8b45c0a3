"""Stage the registration side's seeded ``share_dj`` rows into ``jy``'s ``stg.djsj`` as stream S4 would.

Used where the streams are not running: the validation and linking benchmarks, and the tests that go
from a seeded city through validation and linking. The key text and registration kind are the ones S4's
apply computes (``jh.row_key``, ``jh.registration_kind``, the source tables of stream S4 in ``jh.lyb``).
"""

from __future__ import annotations

import tempfile
from contextlib import closing
from pathlib import Path

import psycopg2

SHARE_DJ_TABLES = ("gxzb", "bdcdy", "td", "dbjg", "dbjg_dy", "qlr", "zs", "sf", "yx", "fwbm_sq")
STAGE_SQL = """
INSERT INTO stg.djsj (lybm, lyzj, ywh, djlx, qllx, djzl, bdcdyh, fwbm, czlx, sjnr, lywz)
SELECT b.lybm, jh.row_key(b.sjnr, l.zjl), b.sjnr ->> 'ywh', b.sjnr ->> 'djlx', b.sjnr ->> 'qllx',
       coalesce(jh.registration_kind(b.lybm, b.sjnr), '其他'), b.sjnr ->> 'bdcdyh', b.sjnr ->> 'fwbm', 'I',
       b.sjnr, b.n
  FROM stage_in b
  JOIN jh.lyb l ON l.lsl = 'S4' AND l.lybm = 'share_dj.' || b.lybm
 ORDER BY b.sjnr ->> 'ywh', b.n
"""
QUEUE_SQL = """
INSERT INTO stg.dcl (id, jyzt, djzl)
SELECT d.id, d.jyzt, d.djzl FROM stg.djsj d WHERE d.id > %s AND d.jyzt <> '已入库'
"""


def stage_share_dj(dj_front_dsn: str, jy_dsn: str, spool_dir: Path | None = None) -> int:
    """Copy every ``share_dj`` row of ``dj_front`` into ``jy``'s ``stg.djsj``; returns the rows staged."""
    with tempfile.TemporaryFile(dir=spool_dir) as spool:
        with closing(psycopg2.connect(dj_front_dsn)) as src, src.cursor() as cur:
            for table in SHARE_DJ_TABLES:
                cur.copy_expert(
                    f"COPY (SELECT '{table}', row_to_json(t)::text FROM share_dj.{table} t) TO STDOUT", spool
                )
        spool.seek(0)
        with closing(psycopg2.connect(jy_dsn)) as dst, dst.cursor() as cur:
            cur.execute("CREATE TEMP TABLE stage_in (n bigserial, lybm text, sjnr jsonb)")
            cur.copy_expert("COPY stage_in (lybm, sjnr) FROM STDIN", spool)
            # one set-based statement fills the pending-rows queue, instead of its trigger once per row
            cur.execute("SELECT coalesce(max(id), 0) FROM stg.djsj")
            before = cur.fetchone()[0]
            cur.execute("SELECT set_config('jydj.dcl', 'off', true)")
            cur.execute(STAGE_SQL)
            staged = cur.rowcount
            cur.execute("SELECT set_config('jydj.dcl', '', true)")
            cur.execute(QUEUE_SQL, (before,))
            dst.commit()
    return staged
