"""Synthetic data: invariants of what `jydj seed` loads, determinism, and the load's all-or-nothing rules."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import psycopg2
import pytest

from jydj.config import Settings
from jydj.errors import JydjError
from jydj.seed.generate import COLUMNS, Generator
from jydj.seed.load import JY_SCHEMAS, foreign_key_violations, load_seed

HOUSEHOLDS = 4000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, clone, templates) -> dict[str, str]:
    """Three fresh databases loaded once with the seed for this module's read-only checks."""
    dsns = {
        "jy": clone("tpl_jy", "t_seed_jy"),
        "jy_front": clone("tpl_front", "t_seed_jy_front"),
        "dj_front": clone("tpl_front", "t_seed_dj_front"),
    }
    settings = Settings(home=tmp_path_factory.mktemp("seed"), dsns=dsns)
    stats = load_seed(settings, households=HOUSEHOLDS, seed=7, report=lambda _: None)
    assert stats.households == HOUSEHOLDS
    return dsns


def _rows(dsn: str, query: str, params: tuple = ()) -> list[tuple]:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchall()
    finally:
        conn.rollback()
        conn.close()


def _one(dsn: str, query: str, params: tuple = ()):
    return _rows(dsn, query, params)[0][0]


def test_household_count_and_every_district(seeded: dict[str, str]) -> None:
    assert _one(seeded["jy"], "SELECT count(*) FROM lpb.h") == HOUSEHOLDS
    districts = {r[0] for r in _rows(seeded["jy"], "SELECT DISTINCT qxdm FROM lpb.xm")}
    # 4000 flats fill about 40 projects; the big districts are always there
    assert {"511702", "511703"} <= districts
    names = _rows(seeded["jy"], "SELECT x.mc FROM zd.xzqh x WHERE x.dm = ANY(%s)", (sorted(districts),))
    assert all(n[0] in "通川区达川区宣汉县开江县大竹县渠县万源市" for n in names)


def test_areas_are_consistent(seeded: dict[str, str]) -> None:
    bad = _one(
        seeded["jy"],
        """SELECT count(*) FROM lpb.h
            WHERE abs(yctnjzmj + ycftjzmj - ycjzmj) > 0.05
               OR (mjlx = '实测' AND abs(sctnjzmj + scftjzmj - scjzmj) > 0.05)
               OR (mjlx = '实测') <> (scjzmj IS NOT NULL)
               OR ycjzmj <= 0""",
    )
    assert bad == 0
    # 实测 differs from 预测 by at most 1.5 % + rounding; floors add up their flats
    drift = _one(seeded["jy"], "SELECT max(abs(scjzmj / ycjzmj - 1)) FROM lpb.h WHERE mjlx = '实测'")
    assert 0 < drift <= 0.0155
    floors = _one(
        seeded["jy"],
        """SELECT count(*) FROM lpb.c c
            WHERE abs(c.cjzmj - (SELECT sum(h.ycjzmj) FROM lpb.h h WHERE h.c_id = c.id)) > 0.05""",
    )
    assert floors == 0


def test_codes_are_unique_and_valid(seeded: dict[str, str]) -> None:
    jy = seeded["jy"]
    assert _one(jy, "SELECT count(*) FROM lpb.h WHERE NOT std.is_valid_fwbm(fwbm)") == 0
    assert _one(jy, "SELECT count(*) - count(DISTINCT fwbm) FROM lpb.h") == 0
    persons = _one(jy, "SELECT count(*) FROM ht.spfht_dsr WHERE zjzl = '1' AND NOT std.is_valid_sfzh(zjhm)")
    companies = _one(jy, "SELECT count(*) FROM ht.spfht_dsr WHERE zjzl = '8' AND NOT std.is_valid_uscc(zjhm)")
    assert persons == 0 and companies == 0
    assert _one(jy, "SELECT count(*) FROM ht.spfht_dsr WHERE zjzl = '8'") > 0
    dj = seeded["dj_front"]
    assert _one(dj, "SELECT count(*) FROM share_dj.bdcdy WHERE NOT std.is_valid_bdcdyh(bdcdyh)") == 0
    assert _one(dj, "SELECT count(*) FROM share_dj.bdcdy") == HOUSEHOLDS
    assert _one(dj, "SELECT count(*) FROM share_dj.qlr WHERE zjzl = '1' AND NOT std.is_valid_sfzh(zjhm)") == 0
    assert _one(dj, "SELECT count(*) FROM share_dj.qlr WHERE zjzl = '8' AND NOT std.is_valid_uscc(zjhm)") == 0
    for table, key in (("share_dj.zs", "bdcqzh"), ("share_dj.gxzb", "ywh")):
        assert _one(dj, f"SELECT count(*) - count(DISTINCT {key}) FROM {table}") == 0


def test_every_foreign_key_holds(seeded: dict[str, str]) -> None:
    conn = psycopg2.connect(seeded["jy"])
    try:
        assert foreign_key_violations(conn, JY_SCHEMAS) == []
    finally:
        conn.close()
    # The front database has no declared foreign keys (rows arrive in any order); its references hold too.
    dj = seeded["dj_front"]
    orphans = _one(
        dj,
        """SELECT (SELECT count(*) FROM share_dj.dbjg d WHERE NOT EXISTS
                     (SELECT 1 FROM share_dj.bdcdy u WHERE u.bdcdyh = d.bdcdyh))
              + (SELECT count(*) FROM share_dj.qlr q WHERE NOT EXISTS
                     (SELECT 1 FROM share_dj.gxzb g WHERE g.ywh = q.ywh))
              + (SELECT count(*) FROM share_dj.zs z WHERE NOT EXISTS
                     (SELECT 1 FROM share_dj.dbjg d WHERE d.ywh = z.djywh))
              + (SELECT count(*) FROM share_dj.dbjg d WHERE d.syywh IS NOT NULL AND NOT EXISTS
                     (SELECT 1 FROM share_dj.dbjg p WHERE p.ywh = d.syywh))
              + (SELECT count(*) FROM share_dj.gxzb g WHERE g.ywlx = 'DB' AND NOT EXISTS
                     (SELECT 1 FROM share_dj.dbjg d WHERE d.ywh = g.ywh))""",
    )
    assert orphans == 0
    # Detail counts announced in the 共享主表 match the rows
    mismatched = _one(
        dj,
        """SELECT count(*) FROM share_dj.gxzb g WHERE g.ywlx = 'DB' AND g.mxsl <>
             1 + (SELECT count(*) FROM share_dj.qlr q WHERE q.ywh = g.ywh)
               + (SELECT count(*) FROM share_dj.zs z WHERE z.ywh = g.ywh)""",
    )
    assert mismatched == 0


def test_business_mix_is_realistic(seeded: dict[str, str]) -> None:
    jy, dj = seeded["jy"], seeded["dj_front"]
    flats = HOUSEHOLDS
    mortgaged = _one(dj, "SELECT count(DISTINCT bdcdyh) FROM share_dj.dbjg WHERE dyqr IS NOT NULL")
    assert 0.15 * flats < mortgaged < 0.45 * flats  # about a third
    seized = _one(dj, "SELECT count(*) FROM share_dj.dbjg WHERE djlx = '800'")
    assert 0.002 * flats < seized < 0.02 * flats  # about 1 %
    assert _one(dj, "SELECT count(*) FROM share_dj.dbjg WHERE djlx = '600'") >= 1
    assert _one(dj, "SELECT count(*) FROM share_dj.dbjg WHERE djlx = '700' AND ygdjzl = '1'") > 0
    assert _one(dj, "SELECT count(*) FROM share_dj.dbjg WHERE djlx = '700' AND ygdjzl = '3'") > 0
    assert _one(jy, "SELECT count(*) FROM ht.spfht WHERE htzt = '已备案'") > 0.5 * flats
    assert _one(jy, "SELECT count(*) FROM ht.clfht") > 0
    assert _one(jy, "SELECT count(*) FROM ht.dyba") == _one(
        dj, "SELECT count(*) FROM share_dj.dbjg WHERE dyqr IS NOT NULL"
    )
    # a resale closes the earlier ownership: one current ownership per unit
    assert (
        _one(
            dj,
            """SELECT count(*) FROM (SELECT bdcdyh FROM share_dj.dbjg WHERE djlx = '200' AND qszt = '1'
                                  GROUP BY bdcdyh HAVING count(*) > 1) x""",
        )
        == 0
    )


def test_registration_side_carries_legacy_noise(seeded: dict[str, str]) -> None:
    jy, dj = seeded["jy"], seeded["dj_front"]
    rows = _rows(dj, "SELECT bdcdyh, fwbm, zl, zh FROM share_dj.bdcdy")
    held = Counter(
        "none" if f is None else ("legacy" if not f[0].isdigit() else "code") for _, f, _, _ in rows
    )
    assert 0.10 < held["none"] / len(rows) < 0.20
    assert held["legacy"] > 0
    jy_codes = {r[0] for r in _rows(jy, "SELECT fwbm FROM lpb.h")}
    assert sum(1 for _, f, _, _ in rows if f in jy_codes) > 0.65 * len(rows)
    full_width = sum(1 for _, _, zl, _ in rows if any("０" <= ch <= "９" for ch in zl))
    chinese_numerals = sum(1 for _, _, zl, _ in rows if "单元" in zl and any(c in zl for c in "二三四五"))
    text_only = sum(1 for _, _, _, zh in rows if zh is None)
    assert full_width > 0 and chinese_numerals > 0
    assert 0.05 < text_only / len(rows) < 0.15
    # stale codes: a neighbour's 户顺序码 where the unit's own 户号 should be
    mismatched = _one(
        dj,
        """SELECT count(*) FROM share_dj.bdcdy u
            WHERE u.fwbm ~ '^[0-9]' AND right(u.bdcdyh, 4)::int <> substr(u.fwbm, 18, 5)::int""",
    )
    assert 0.03 * len(rows) < mismatched < 0.15 * len(rows)


def _digest(households: int, seed: int) -> str:
    h = hashlib.sha256()

    def sink(table: str, row: tuple) -> None:
        assert len(row) == len(COLUMNS[table])
        for v in row:
            if isinstance(v, str):
                assert not any(c in v for c in "\t\n\r\\"), (table, v)
        h.update(repr((table, row)).encode())

    Generator(households, seed, sink).run()
    return h.hexdigest()


def test_generation_is_deterministic_by_seed() -> None:
    assert _digest(600, 11) == _digest(600, 11)
    assert _digest(600, 11) != _digest(600, 12)


def test_existing_data_is_kept_unless_replace(seeded: dict[str, str], tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, dsns=seeded)
    with pytest.raises(JydjError, match="--replace"):
        load_seed(settings, households=10, seed=1, report=lambda _: None)
    skipped = load_seed(settings, households=10, seed=1, if_empty=True, report=lambda _: None)
    assert skipped.skipped
    assert _one(seeded["jy"], "SELECT count(*) FROM lpb.h") == HOUSEHOLDS


def test_replace_reloads_and_a_failed_load_leaves_nothing_behind(make_db, tmp_path: Path) -> None:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    settings = Settings(home=tmp_path, dsns=dsns)
    load_seed(settings, households=300, seed=3, report=lambda _: None)
    first = _one(dsns["jy"], "SELECT string_agg(fwbm, ',' ORDER BY id) FROM lpb.h")
    load_seed(settings, households=300, seed=3, replace=True, report=lambda _: None)
    assert _one(dsns["jy"], "SELECT string_agg(fwbm, ',' ORDER BY id) FROM lpb.h") == first
    assert _one(dsns["jy"], "SELECT count(*) FROM audit.czrz WHERE czlx = '生成演示数据'") == 2
    # Break the target: a CHECK that generated rows violate; the whole load must roll back.
    conn = psycopg2.connect(dsns["dj_front"])
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("ALTER TABLE share_dj.qlr ADD CONSTRAINT qlr_test_ck CHECK (sxh < 0) NOT VALID")
    conn.close()
    with pytest.raises(JydjError, match="已全部回滚"):
        load_seed(settings, households=300, seed=4, replace=True, report=lambda _: None)
    assert _one(dsns["jy"], "SELECT string_agg(fwbm, ',' ORDER BY id) FROM lpb.h") == first
    assert _one(dsns["jy"], "SELECT count(*) FROM audit.czrz WHERE czlx = '生成演示数据'") == 2
