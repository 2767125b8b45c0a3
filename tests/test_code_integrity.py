"""Code values of the registration tables without per-row foreign keys (revision jy_0015).

The foreign keys from ``djjg.*`` to the dictionaries ``zd.*`` gave way to the set-based code rules
(``stg.jc_zd``) that run before every load, a constraint that keeps those rules enabled and at error level,
and a trigger on the dictionaries (``zd.dm_yy``) that refuses to delete or recode a code still in use. The
catalog ``zd.dmyy`` lists what the foreign keys were. See docs/validation.md.
"""

from __future__ import annotations

import re

import psycopg2
import pytest
from stagekit import linked_flat, new_ywh, one, ownership, q, stage, status, validate

#: The registration kinds whose rows each production table takes, and their code rule (stg.jc_zd).
CODE_RULES = {
    "djjg.fdcq": ("SYQ04",),
    "djjg.dyaq": ("DYQ03",),
    "djjg.ygdj": ("YG03", "YDY03"),
    "djjg.cfdj": ("CF03",),
    "djjg.yydj": ("YY03",),
    "djjg.zxdj": ("ZX03",),
    "djjg.qlr": ("QLR03",),
    "djjg.zs": ("ZS03",),
}
#: Code columns the loaders do not take from the staged row's field of the same name.
NOT_FROM_THE_ROW = {
    ("djjg.fdcq", "fwjg"): "stg.rk_fdcq",  # the shared registration table has no fwjg
    ("djjg.ygdj", "fwjg"): "stg.rk_ygdj",
    ("djjg.ygdj", "ywrzjzl"): "stg.rk_ygdj",  # filled by stg.rk_wsh from the 义务人's qlr row (QLR03)
    ("djjg.qlr", "xb"): "stg.rk_qlr",
}


def _refused(c, sql: str, error: type[psycopg2.Error]) -> psycopg2.Error:
    """Run ``sql`` in a savepoint of the test's transaction; it must fail with ``error`` (returned)."""
    with pytest.raises(error) as err, c.cursor() as cur:
        cur.execute("SAVEPOINT s")
        try:
            cur.execute(sql)
        finally:
            cur.execute("ROLLBACK TO SAVEPOINT s")
    return err.value


def test_every_former_foreign_key_is_checked_by_a_code_rule(jy_tx) -> None:
    c = jy_tx
    catalog = q(c, "SELECT bm, lm, dmb FROM zd.dmyy ORDER BY bm, lm")
    assert len(catalog) == 34
    assert (
        one(
            c,
            """SELECT count(*) FROM pg_catalog.pg_constraint
            WHERE contype = 'f' AND connamespace = 'djjg'::regnamespace
              AND confrelid::regclass::text LIKE 'zd.%%'""",
        )
        == 0
    )
    rules = {code: cs["zd"] for code, cs in q(c, "SELECT gzdm, cs FROM stg.jygz WHERE jcgc = 'stg.jc_zd'")}
    for bm, lm, dmb in catalog:
        if (bm, lm) in NOT_FROM_THE_ROW:
            loader = one(c, "SELECT pg_get_functiondef(%s::regproc)", (NOT_FROM_THE_ROW[bm, lm],))
            inserted = re.search(r"INSERT \(([^)]*)\)", loader).group(1)
            assert lm not in re.split(r"[\s,]+", inserted), (bm, lm)
            continue
        for code in CODE_RULES[bm]:
            assert "zd." + rules[code].get(lm, "?") == dmb, (bm, lm, code)


def test_code_rules_stay_enabled_and_errors(jy_tx) -> None:
    c = jy_tx
    for change in ("qy = false", "yzcd = '警告'"):
        error = _refused(
            c, f"UPDATE stg.jygz SET {change} WHERE gzdm = 'SYQ04'", psycopg2.errors.CheckViolation
        )
        assert "jygz_dmz_ck" in str(error)
    # other rules may still be switched off
    assert q(c, "UPDATE stg.jygz SET qy = false WHERE gzdm = 'SYQ06' RETURNING gzdm") == [("SYQ06",)]


def test_a_code_in_use_cannot_be_deleted_or_recoded(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 7101)
    ywh = new_ywh()
    stage(c, "dbjg", ownership(ywh, dy, fwbm))  # 规划用途 ghyt 11
    validate(c)
    assert status(c, "dbjg", ywh) == ("已入库", [])
    assert one(c, "SELECT ghyt FROM djjg.fdcq WHERE ywh = %s", (ywh,)) == "11"

    for sql in ("DELETE FROM zd.fwyt WHERE dm = '11'", "UPDATE zd.fwyt SET dm = '11X' WHERE dm = '11'"):
        error = _refused(c, sql, psycopg2.errors.ForeignKeyViolation)
        assert "代码 zd.fwyt=「11」仍被 djjg.fdcq.ghyt 引用" in str(error)
        assert "yxbz = false" in str(error)
    assert one(c, "SELECT count(*) FROM zd.fwyt WHERE dm = '11'") == 1

    # what a dictionary may do: rename or withdraw a code in use, add and drop a code nobody uses
    q(c, "UPDATE zd.fwyt SET mc = mc || '（改名）', yxbz = false WHERE dm = '11' RETURNING dm")
    q(c, "INSERT INTO zd.fwyt (dm, mc) VALUES ('ZZ9', '试用') RETURNING dm")
    assert q(c, "DELETE FROM zd.fwyt WHERE dm = 'ZZ9' RETURNING dm") == [("ZZ9",)]
