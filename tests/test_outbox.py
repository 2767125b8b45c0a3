"""Outbox triggers of ``jy``: a completed business writes its share rows into ``outbox.fjx``.

Every test builds a small fixture in SQL inside the ``jy_tx`` transaction (rolled back at the end), completes
a business in ``yw.jyyw`` and checks what the trigger wrote: the rows per target table, key values, the
business number on every row, ``mxsl`` against the detail rows. Each ``sjnr`` is also proved to fit its
target: the ``share_jy`` tables of the front database are created in the test transaction from
``front_0001_base_schema.up.sql`` and every row is inserted there with ``jsonb_populate_record`` (types,
NOT NULL, CHECK constraints, primary keys within one push).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import psycopg2
import pytest
from psycopg2 import errors, sql

from jydj.config import REPO_ROOT

FRONT_DDL = REPO_ROOT / "db" / "migrations" / "sql" / "front_0001_base_schema.up.sql"
QXDM = "511702"
FLAT_TABLES = {"chh_sc", "chh_yc", "spfht_h", "clfht_h", "xzxz", "dyba_h", "fwbm_jg"}


def _share_ddl() -> list[str]:
    text = FRONT_DDL.read_text(encoding="utf-8")
    return re.findall(r"^CREATE TABLE share_jy\.\w+ \(.*?^\);", text, re.M | re.S)


@pytest.fixture
def cur(jy_tx) -> Iterator[Any]:
    """A cursor in the rolled-back ``jy`` transaction, with the front's ``share_jy`` tables created in it."""
    with jy_tx.cursor() as c:
        c.execute("CREATE SCHEMA share_jy")
        for statement in _share_ddl():
            c.execute(statement)
        yield c


def _columns(cur) -> dict[str, list[str]]:
    cur.execute(
        "SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position)"
        "  FROM information_schema.columns WHERE table_schema = 'share_jy' GROUP BY table_name"
    )
    return dict(cur.fetchall())


# --------------------------------------------------------------------------------------------------------
# Fixture builders
# --------------------------------------------------------------------------------------------------------


def make_project(cur, tag: int, buildings: list[dict[str, Any]], xmbh: str | None = None) -> dict[str, Any]:
    """A project; each building dict: floors, per_floor, measured (bool), ljz (count), floor_ljz (bool).

    With several logical buildings the flats of a floor go round-robin over them; ``floor_ljz=False``
    leaves ``lpb.c.ljz_id`` empty. Returns the project id, its xmbh and the flat ids in fwbm order.
    """
    xmbh = xmbh or f"XM{tag}"
    cur.execute(
        "INSERT INTO lpb.xm (xmbh, xmmc, qxdm, zl, kfqy, tyshxydm, zddm, ysxkzh)"
        " VALUES (%s, %s, %s, '通川区朝阳路1号', '达州置业有限公司', '91511700MA00000001',"
        " '511702001001GB00001', '达市房预售证第1号') RETURNING id",
        (xmbh, f"项目{tag}", QXDM),
    )
    xm_id = cur.fetchone()[0]
    for b, spec in enumerate(buildings, start=1):
        floors, per_floor, measured = spec["floors"], spec["per_floor"], spec["measured"]
        n_ljz = spec.get("ljz", 1)
        zrzh = f"Z{tag}F{b:04d}"
        cur.execute(
            "INSERT INTO lpb.zrz (xm_id, zrzh, jzwmc, zl, zcs, dscs, dxcs, ghyt, fwjg, jzwzt, jgrq, ycjzmj,"
            " scjzmj, zts) VALUES (%s, %s, %s, %s, %s, %s, 0, '11', '3', %s, %s, %s, %s, %s) RETURNING id",
            (
                xm_id,
                zrzh,
                f"{b}栋",
                f"通川区朝阳路1号{b}栋",
                floors,
                floors,
                "3" if measured else "2",
                "2020-06-30" if measured else None,
                100 * floors * per_floor,
                101 * floors * per_floor if measured else None,
                floors * per_floor,
            ),
        )
        zrz_id = cur.fetchone()[0]
        ljz_ids = []
        for k in range(1, n_ljz + 1):
            cur.execute(
                "INSERT INTO lpb.ljz (zrz_id, ljzh, mph, fwyt, fwjg, jzwzt, zcs, dscs, dxcs)"
                " VALUES (%s, %s, %s, '11', '3', %s, %s, %s, 0) RETURNING id",
                (zrz_id, f"{zrzh}{k:02d}", f"朝阳路1号{b}栋{k}", "3" if measured else "2", floors, floors),
            )
            ljz_ids.append(cur.fetchone()[0])
        cur.execute(
            "INSERT INTO lpb.c (zrz_id, ljz_id, ch, sjc, myc, cjzmj, cg)"
            " SELECT %s, %s, s::text, s, s::text || '层', 200.00, 2.90 FROM generate_series(1, %s) s",
            (zrz_id, ljz_ids[0] if spec.get("floor_ljz", True) else None, floors),
        )
        areas = (
            "100.00, 80.00, 20.00, 0.2500, 101.00, 80.50, 20.50, 0.2547, '实测'"
            if measured
            else "100.00, 80.00, 20.00, 0.2500, NULL, NULL, NULL, NULL, '预测'"
        )
        cur.execute(
            "INSERT INTO lpb.h (fwbm, ljz_id, c_id, zl, dyh, szc, sjcs, hh, fh, hx, hxjg, fwyt, fwlx, fwjg,"
            " fwxz, ycjzmj, yctnjzmj, ycftjzmj, ycftxs, scjzmj, sctnjzmj, scftjzmj, scftxs, mjlx)"
            " SELECT '51170200' || %(tag)s::text || '2020' || lpad(%(b)s::text, 4, '0')"
            "        || lpad(((c.sjc - 1) * %(per)s + r)::text, 5, '0') || '0',"
            "        (%(ljz)s::bigint[])[1 + (r - 1) %% %(nljz)s], c.id,"
            "        %(zl)s || c.sjc::text || lpad(r::text, 2, '0'), '1', c.myc, c.sjc,"
            "        (c.sjc - 1) * %(per)s + r, c.sjc::text || lpad(r::text, 2, '0'),"
            f"        '2', '1', '11', '1', '3', '0', {areas}"
            "   FROM lpb.c c CROSS JOIN generate_series(1, %(per)s) r WHERE c.zrz_id = %(zrz)s",
            {
                "tag": tag,
                "b": b,
                "per": per_floor,
                "ljz": ljz_ids,
                "nljz": n_ljz,
                "zl": f"通川区朝阳路1号{b}栋1单元",
                "zrz": zrz_id,
            },
        )
    cur.execute(
        "SELECT h.id FROM lpb.h h JOIN lpb.ljz l ON l.id = h.ljz_id JOIN lpb.zrz z ON z.id = l.zrz_id"
        " WHERE z.xm_id = %s ORDER BY h.fwbm",
        (xm_id,),
    )
    return {"xm_id": xm_id, "xmbh": xmbh, "flats": [r[0] for r in cur.fetchall()]}


def flat(cur, h_id: int) -> dict[str, Any]:
    cur.execute("SELECT row_to_json(h)::jsonb FROM lpb.h h WHERE h.id = %s", (h_id,))
    return cur.fetchone()[0]


def link(cur, h_id: int, bdcdyh: str) -> None:
    cur.execute(
        "INSERT INTO gl.fw_dy (fwbm, bdcdyh, ppdf, glfs)"
        " SELECT h.fwbm, %s, 1, '精确' FROM lpb.h h WHERE h.id = %s",
        (bdcdyh, h_id),
    )


def business(cur, ywh: str, ywlx: str, zt: str = "办结", **cols: Any) -> None:
    cols = {"ywh": ywh, "ywlx": ywlx, "zt": zt, "qxdm": QXDM, **cols}
    if zt != "在办":
        cols.setdefault("bjsj", "2024-05-01 10:00:00+08")
    query = sql.SQL("INSERT INTO yw.jyyw ({}) VALUES ({})").format(
        sql.SQL(", ").join(map(sql.Identifier, cols)), sql.SQL(", ").join(sql.Placeholder() * len(cols))
    )
    cur.execute(query, list(cols.values()))


def set_zt(cur, ywh: str, zt: str) -> None:
    cur.execute("UPDATE yw.jyyw SET zt = %s, bjsj = coalesce(bjsj, now()) WHERE ywh = %s", (zt, ywh))


def spf_contract(cur, h_id: int, htbh: str, htzt: str = "已备案", buyers: int = 2) -> int:
    f = flat(cur, h_id)
    cur.execute(
        "INSERT INTO ht.spfht (htbh, htbah, h_id, fwbm, ysxkzh, zl, qxdm, qyrq, barq, htje, jzmj, fkfs, htzt)"
        " VALUES (%s, %s, %s, %s, '达市房预售证第1号', %s, %s, '2024-03-01', %s, 1010000.00, 101.00,"
        " '按揭贷款', %s) RETURNING id",
        (
            htbh,
            f"BA{htbh}" if htzt == "已备案" else None,
            h_id,
            f["fwbm"],
            f["zl"],
            QXDM,
            "2024-03-05" if htzt == "已备案" else None,
            htzt,
        ),
    )
    ht_id = cur.fetchone()[0]
    parties(cur, "ht.spfht_dsr", ht_id, buyers)
    return ht_id


def parties(cur, table: str, ht_id: int, buyers: int) -> None:
    cur.execute(
        sql.SQL(
            "INSERT INTO {} (ht_id, jslx, sxh, mc, qlrlx, zjzl, zjhm, dh, dz) VALUES"
            " (%s, '出卖人', 1, '达州置业有限公司', '2', '8', '91511700MA00000001', '0818-2000000',"
            " '达州市通川区')"
        ).format(sql.SQL(table)),
        (ht_id,),
    )
    for i in range(1, buyers + 1):
        cur.execute(
            sql.SQL(
                "INSERT INTO {} (ht_id, jslx, sxh, mc, qlrlx, zjzl, zjhm, gyfs, qlbl) VALUES"
                " (%s, '买受人', %s, %s, '1', '1', %s, %s, %s)"
            ).format(sql.SQL(table)),
            (
                ht_id,
                i,
                f"买受人{i}",
                f"51170219900101{i:03d}X",
                "2" if buyers > 1 else "0",
                round(1 / buyers, 4) if buyers > 1 else None,
            ),
        )


# --------------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------------


def rows_of(cur, ywh: str, after: int = 0) -> list[dict[str, Any]]:
    cur.execute(
        "SELECT id, ywh, ywlx, mbb, czlx, sjnr FROM outbox.fjx WHERE ywh = %s AND id > %s ORDER BY id",
        (ywh, after),
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def last_id(cur) -> int:
    cur.execute("SELECT coalesce(max(id), 0) FROM outbox.fjx")
    return cur.fetchone()[0]


def push(cur, ywh: str, after: int = 0, fits: bool = True) -> tuple[dict[str, Any], Counter, list[dict]]:
    """The rows written for ``ywh`` after id ``after``: checks shared by every kind of business.

    Returns (the gxzb sjnr, counts per target table without the schema, the detail rows).
    """
    rows = rows_of(cur, ywh, after)
    assert rows, f"{ywh}: nothing in the outbox"
    assert rows[-1]["mbb"] == "share_jy.gxzb", "the gxzb row comes last"
    counts = Counter(r["mbb"].split(".", 1)[1] for r in rows)
    assert counts["gxzb"] == 1
    for r in rows:
        assert r["ywh"] == ywh and r["sjnr"]["ywh"] == ywh, r
        assert r["mbb"].startswith("share_jy.") and r["czlx"] in ("I", "U")
    gxzb = rows[-1]["sjnr"]
    details = rows[:-1]
    assert gxzb["mxsl"] == len(details)
    if fits:
        assert_fits(cur, rows)
    del counts["gxzb"]
    return gxzb, counts, details


def assert_fits(cur, rows: list[dict[str, Any]]) -> None:
    """Every sjnr has exactly its target's columns and inserts into the target (rolled back afterwards)."""
    columns = _columns(cur)
    for r in rows:
        table = r["mbb"].split(".", 1)[1]
        assert sorted(r["sjnr"]) == sorted(columns[table]), f"{r['mbb']}: keys differ from the target columns"
    cur.execute("SAVEPOINT fits")
    try:
        for mbb in sorted({r["mbb"] for r in rows}):
            ids = [r["id"] for r in rows if r["mbb"] == mbb]
            target = sql.SQL(mbb)
            cur.execute(
                sql.SQL(
                    "INSERT INTO {t} SELECT p.* FROM outbox.fjx f"
                    " CROSS JOIN LATERAL jsonb_populate_record(NULL::{t}, f.sjnr) p WHERE f.id = ANY(%s)"
                ).format(t=target),
                (ids,),
            )
            assert cur.rowcount == len(ids)
    finally:
        cur.execute("ROLLBACK TO SAVEPOINT fits")


def by_table(details: list[dict[str, Any]], table: str) -> list[dict[str, Any]]:
    return [r["sjnr"] for r in details if r["mbb"] == f"share_jy.{table}"]


# --------------------------------------------------------------------------------------------------------
# 测绘入库
# --------------------------------------------------------------------------------------------------------


def test_chrk_pushes_the_building_table_once_when_completed(cur) -> None:
    p = make_project(
        cur,
        1,
        [
            {"floors": 3, "per_floor": 2, "measured": True},  # 6 实测 flats, floors on the one ljz
            {"floors": 2, "per_floor": 2, "measured": False, "ljz": 2, "floor_ljz": False},  # 4 预测
        ],
    )
    first = p["flats"][0]
    link(cur, first, "511702001001GB00001F00010001")
    # the last flat awaits a house code: not pushed
    cur.execute("UPDATE lpb.h SET fwbm = NULL WHERE id = %s", (p["flats"][-1],))

    business(cur, "JY-CHRK-1", "CHRK", zt="在办", xmbh=p["xmbh"])
    assert rows_of(cur, "JY-CHRK-1") == [], "a business in progress pushes nothing"
    set_zt(cur, "JY-CHRK-1", "办结")

    gxzb, counts, details = push(cur, "JY-CHRK-1")
    # floors: 3 on building 1; building 2's 2 floors have no ljz, so one row per ljz (2 × 2)
    assert counts == Counter(chxm=1, chzrz=2, chljz=3, chc=7, chh_sc=6, chh_yc=3)
    assert all(r["czlx"] == "I" and r["ywlx"] == "CHRK" for r in details)
    assert gxzb["ywlx"] == "CHRK" and gxzb["ywzt"] == "办结" and gxzb["xmbh"] == "XM1"
    assert gxzb["qxdm"] == QXDM and gxzb["fwsl"] == 9 and gxzb["mxsl"] == 22
    assert gxzb["fwbm"] == flat(cur, first)["fwbm"] and gxzb["bdcdyh"] == "511702001001GB00001F00010001"

    chxm = by_table(details, "chxm")[0]
    assert chxm["kfqymc"] == "达州置业有限公司" and chxm["kfqyzjhm"] == "91511700MA00000001"
    assert chxm["chlx"] == "实测" and float(chxm["zjzmj"]) == 606 + 400
    sc = {r["fwbm"]: r for r in by_table(details, "chh_sc")}
    one = sc[flat(cur, first)["fwbm"]]
    assert one["bdcdyh"] == "511702001001GB00001F00010001" and one["ycfwbm"] == one["fwbm"]
    assert (one["jzmj"], one["tnjzmj"], one["ftjzmj"], one["ftxs"]) == (101.0, 80.5, 20.5, 0.2547)
    assert one["zrzh"] == "Z1F0001" and one["ljzh"] == "Z1F000101" and one["ch"] == "1" and one["zh"] == "1栋"
    yc = by_table(details, "chh_yc")
    assert {r["ljzh"] for r in yc} == {"Z1F000201", "Z1F000202"}
    assert all((r["jzmj"], r["tnjzmj"], r["ftjzmj"]) == (100.0, 80.0, 20.0) for r in yc)
    chc_keys = {(r["ljzh"], r["ch"]) for r in by_table(details, "chc")}
    assert all((r["ljzh"], r["ch"]) in chc_keys for r in [*yc, *sc.values()]), "each flat's floor is there"

    # an already completed business: changing other columns pushes nothing again
    before = last_id(cur)
    cur.execute("UPDATE yw.jyyw SET slr = '张三', bz = '复核' WHERE ywh = 'JY-CHRK-1'")
    assert rows_of(cur, "JY-CHRK-1", before) == []


def test_chrk_of_3000_flats_is_fast(cur) -> None:
    p = make_project(cur, 2, [{"floors": 25, "per_floor": 40, "measured": m} for m in (True, True, False)])
    assert len(p["flats"]) == 3000
    business(cur, "JY-CHRK-2", "CHRK", zt="在办", xmbh=p["xmbh"])
    started = time.perf_counter()
    set_zt(cur, "JY-CHRK-2", "办结")
    elapsed = time.perf_counter() - started
    print(f"\n测绘入库 3000 户：触发器写发件箱用时 {elapsed * 1000:.0f} ms")
    assert elapsed < 10
    gxzb, counts, _ = push(cur, "JY-CHRK-2")
    assert counts == Counter(chxm=1, chzrz=3, chljz=3, chc=75, chh_sc=2000, chh_yc=1000)
    assert gxzb["fwsl"] == 3000 and gxzb["mxsl"] == 3082


# --------------------------------------------------------------------------------------------------------
# 合同
# --------------------------------------------------------------------------------------------------------


def test_spfba_pushes_contract_flat_and_parties(cur) -> None:
    p = make_project(cur, 3, [{"floors": 2, "per_floor": 2, "measured": True}])
    h_id = p["flats"][0]
    link(cur, h_id, "511702001001GB00003F00010001")
    spf_contract(cur, h_id, "HT-S-1")
    business(cur, "JY-SPF-1", "SPFBA", fwbm=flat(cur, h_id)["fwbm"], h_id=h_id, htbh="HT-S-1", slbh="YC-1")

    gxzb, counts, details = push(cur, "JY-SPF-1")
    assert counts == Counter(spfht=1, spfht_h=1, spfht_cmr=1, spfht_msr=2)
    assert gxzb["ywlx"] == "SPFBA" and gxzb["ywzt"] == "办结" and gxzb["bz"] is None
    assert (gxzb["htbh"], gxzb["htbah"], gxzb["slbh"], gxzb["xmbh"]) == ("HT-S-1", "BAHT-S-1", "YC-1", "XM3")
    assert gxzb["bdcdyh"] == "511702001001GB00003F00010001" and gxzb["fwsl"] == 1
    ht = by_table(details, "spfht")[0]
    assert (ht["htzt"], ht["qyrq"], ht["barq"]) == ("已备案", "2024-03-01", "2024-03-05")
    assert ht["htje"] == 1010000.0
    assert ht["slbh"] == "YC-1" and ht["xmbh"] == "XM3" and ht["fkfs"] == "按揭贷款"
    h = by_table(details, "spfht_h")[0]
    assert h["fwbm"] == flat(cur, h_id)["fwbm"] and h["bdcdyh"] == "511702001001GB00003F00010001"
    assert (h["jzmj"], h["tnjzmj"], h["ftjzmj"], h["dj"], h["zj"]) == (101.0, 80.5, 20.5, 10000.0, 1010000.0)
    assert (h["zh"], h["dyh"], h["szc"], h["fh"]) == ("1栋", "1", "1层", "101")
    cmr = by_table(details, "spfht_cmr")[0]
    assert cmr["cmrmc"] == "达州置业有限公司" and cmr["zjzl"] == "8" and cmr["sxh"] == 1
    msr = sorted(by_table(details, "spfht_msr"), key=lambda r: r["sxh"])
    assert [m["msrmc"] for m in msr] == ["买受人1", "买受人2"]
    assert [(m["gyfs"], m["qlbl"]) for m in msr] == [("2", "0.5000"), ("2", "0.5000")]


def test_spfwq_maps_to_spfba_and_jyqr_repushes_the_contract(cur) -> None:
    p = make_project(cur, 4, [{"floors": 1, "per_floor": 2, "measured": False}])
    h_id = p["flats"][0]
    spf_contract(cur, h_id, "HT-S-2", htzt="已签约", buyers=1)
    business(cur, "JY-WQ-2", "SPFWQ", h_id=h_id, htbh="HT-S-2")
    gxzb, counts, details = push(cur, "JY-WQ-2")
    assert counts == Counter(spfht=1, spfht_h=1, spfht_cmr=1, spfht_msr=1)
    assert gxzb["ywlx"] == "SPFBA" and gxzb["bz"] == "交易业务类型 SPFWQ" and gxzb["htbah"] is None
    assert by_table(details, "spfht_msr")[0]["qlbl"] is None
    assert by_table(details, "spfht_h")[0]["jzmj"] == 101.0  # the contract's area

    cur.execute("UPDATE lpb.h SET fwzt = '已签约' WHERE id = %s", (h_id,))
    business(cur, "JY-QR-2", "JYQR", h_id=h_id, htbh="HT-S-2")
    gxzb, counts, details = push(cur, "JY-QR-2")
    assert counts == Counter(spfht=1)
    assert details[0]["czlx"] == "U" and details[0]["sjnr"]["htzt"] == "已签约"
    assert gxzb["ywlx"] == "JYQR" and gxzb["htbh"] == "HT-S-2" and gxzb["mxsl"] == 1 and gxzb["fwsl"] == 1


def test_clfba_pushes_contract_with_certificate(cur) -> None:
    p = make_project(cur, 5, [{"floors": 1, "per_floor": 2, "measured": True}])
    h_id = p["flats"][1]
    f = flat(cur, h_id)
    cur.execute(
        "INSERT INTO ht.clfht (htbh, htbah, h_id, fwbm, bdcdyh, bdcqzh, zl, qxdm, qyrq, barq, htje,"
        " jzmj, fkfs, jjjg, zjjgbz, htzt) VALUES ('HT-C-1', 'BAHT-C-1', %s, %s,"
        " '511702001001GB00005F00010002', '川(2021)达州市不动产权第0000001号', %s, %s, '2024-04-01',"
        " '2024-04-02', 800000.00, NULL, '一次性付款', '达州安居房产经纪有限公司', true, '已备案')"
        " RETURNING id",
        (h_id, f["fwbm"], f["zl"], QXDM),
    )
    parties(cur, "ht.clfht_dsr", cur.fetchone()[0], 1)
    business(cur, "JY-CLF-1", "CLFBA", fwbm=f["fwbm"], h_id=h_id, htbh="HT-C-1")

    gxzb, counts, details = push(cur, "JY-CLF-1")
    assert counts == Counter(clfht=1, clfht_h=1, clfht_cmr=1, clfht_msr=1)
    assert gxzb["ywlx"] == "CLFBA" and gxzb["htbah"] == "BAHT-C-1"
    ht = by_table(details, "clfht")[0]
    assert ht["bdcqzh"] == "川(2021)达州市不动产权第0000001号" and ht["jjjgmc"] == "达州安居房产经纪有限公司"
    h = by_table(details, "clfht_h")[0]
    assert h["bdcdyh"] == "511702001001GB00005F00010002"  # the contract's snapshot: the flat is not linked
    assert h["bdcqzh"] == ht["bdcqzh"] and h["jzmj"] == 101.0 and h["dj"] == round(800000 / 101, 2)


def test_htcx_and_withdrawal_push_the_cancelled_contract(cur) -> None:
    p = make_project(cur, 6, [{"floors": 1, "per_floor": 2, "measured": True}])
    h1, h2 = p["flats"]
    spf_contract(cur, h1, "HT-S-6")
    business(cur, "JY-BA-6", "SPFBA", h_id=h1, htbh="HT-S-6")
    cur.execute("UPDATE ht.spfht SET htzt = '已撤销', cxsj = now(), cxyy = '双方协商' WHERE htbh = 'HT-S-6'")
    business(cur, "JY-CX-6", "HTCX", h_id=h1, htbh="HT-S-6")
    gxzb, counts, details = push(cur, "JY-CX-6")
    assert counts == Counter(spfht=1)
    assert details[0]["sjnr"]["htzt"] == "已撤销" and details[0]["czlx"] == "U"
    assert (gxzb["ywlx"], gxzb["ywzt"], gxzb["bz"]) == ("SPFBA", "撤销", "交易业务类型 HTCX")

    # a filing withdrawn after completion: 撤销 with the contract's current status, czlx U
    spf_contract(cur, h2, "HT-S-7")
    business(cur, "JY-BA-7", "SPFBA", h_id=h2, htbh="HT-S-7")
    before = last_id(cur)
    cur.execute("UPDATE ht.spfht SET htzt = '已撤销', cxsj = now() WHERE htbh = 'HT-S-7'")
    set_zt(cur, "JY-BA-7", "撤件")
    gxzb, counts, details = push(cur, "JY-BA-7", before)
    assert counts == Counter(spfht=1)
    assert (gxzb["ywlx"], gxzb["ywzt"]) == ("SPFBA", "撤销")
    assert details[0]["sjnr"]["htzt"] == "已撤销"
    assert {r["czlx"] for r in rows_of(cur, "JY-BA-7", before)} == {"U"}


# --------------------------------------------------------------------------------------------------------
# 行政限制、抵押备案、赋码
# --------------------------------------------------------------------------------------------------------


def test_restriction_set_then_lifted(cur) -> None:
    p = make_project(cur, 7, [{"floors": 1, "per_floor": 2, "measured": True}])
    h_id = p["flats"][0]
    f = flat(cur, h_id)
    spf_contract(cur, h_id, "HT-S-8", buyers=1)
    cur.execute(
        "INSERT INTO ht.xzxz (xzbh, h_id, fwbm, szywh, xzlx, xzwh, xzjg, xzyy, xzqssj)"
        " VALUES ('XZ-1', %s, %s, 'JY-XZ-1', '合同限制', '达住建限〔2024〕1号', '达州市住房和城乡建设局',"
        " '涉诉', '2024-05-01')",
        (h_id, f["fwbm"]),
    )
    business(cur, "JY-XZ-1", "XZXZ", h_id=h_id, fwbm=f["fwbm"])
    gxzb, counts, details = push(cur, "JY-XZ-1")
    assert counts == Counter(xzxz=1)
    x = details[0]["sjnr"]
    assert (x["xzbh"], x["xzzt"], x["szywh"], x["jcywh"]) == ("XZ-1", "有效", "JY-XZ-1", None)
    assert x["htbh"] == "HT-S-8"  # 合同限制: the flat's contract
    assert x["zl"] == f["zl"] and details[0]["czlx"] == "I"
    assert (gxzb["ywlx"], gxzb["glywh"], gxzb["fwsl"]) == ("XZXZ", None, 1)

    cur.execute(
        "UPDATE ht.xzxz SET xzzt = '已解除', jcywh = 'JY-XZ-2', jcsj = now(), jcwh = '达住建解〔2024〕1号',"
        " jcyy = '结案' WHERE xzbh = 'XZ-1'"
    )
    business(cur, "JY-XZ-2", "XZJC", zt="在办", h_id=h_id)
    set_zt(cur, "JY-XZ-2", "办结")
    gxzb, counts, details = push(cur, "JY-XZ-2")
    assert counts == Counter(xzxz=1)
    x = details[0]["sjnr"]
    assert (x["xzbh"], x["xzzt"], x["jcywh"]) == ("XZ-1", "已解除", "JY-XZ-2")
    assert x["jcwh"] == "达住建解〔2024〕1号" and x["jcsj"] is not None
    assert details[0]["czlx"] == "U"
    assert (gxzb["ywlx"], gxzb["ywzt"], gxzb["glywh"]) == ("XZJC", "办结", "JY-XZ-1")


def test_mortgage_filing_and_its_cancellation(cur) -> None:
    p = make_project(cur, 8, [{"floors": 1, "per_floor": 3, "measured": False}])
    h1, h2, h3 = p["flats"]
    link(cur, h1, "511702001001GB00008F00010001")
    cur.execute(
        "INSERT INTO ht.dyba (dybah, ywh, dylx, dyfs, dyr, dyrzjzl, dyrzjhm, dyqr, dyqrzjzl, dyqrzjhm,"
        " bdbzzqse, zwlxqssj, zwlxjssj, bazt, basj) VALUES ('DY-1', 'JY-DY-1', '在建工程抵押', '1',"
        " '达州置业有限公司', '8', '91511700MA00000001', '中国建设银行达州分行', '8', '91511700MA00000002',"
        " 5000000.00, '2024-01-01', '2026-12-31', '已备案', now()) RETURNING id"
    )
    dyba_id = cur.fetchone()[0]
    cur.execute(
        "INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm, dymj) SELECT %s, h.id, h.fwbm, NULL FROM lpb.h h"
        " WHERE h.id IN (%s, %s)",
        (dyba_id, h1, h2),
    )
    # a second filing of one flat, with its own business: a single flat carries the amount
    cur.execute(
        "INSERT INTO ht.dyba (dybah, ywh, dylx, dyfs, dyr, dyqr, zgzqse, bazt, basj) VALUES ('DY-2',"
        " 'JY-DY-2', '预售商品房抵押', '2', '买受人1', '中国银行达州分行', 300000.00, '已备案', now())"
        " RETURNING id"
    )
    cur.execute(
        "INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm, dymj) SELECT %s, h.id, h.fwbm, 88.00 FROM lpb.h h"
        " WHERE h.id = %s",
        (cur.fetchone()[0], h3),
    )
    business(cur, "JY-DY-1", "DYBA")
    gxzb, counts, details = push(cur, "JY-DY-1")
    assert counts == Counter(dyba=1, dyba_h=2)
    d = by_table(details, "dyba")[0]
    assert (d["dybah"], d["dylx"], d["bazt"], d["bdbzzqse"]) == ("DY-1", "在建工程抵押", "已备案", 5000000.0)
    assert d["fwbm"] == flat(cur, h1)["fwbm"] and d["bdcdyh"] == "511702001001GB00008F00010001"
    assert all(r["dyje"] is None and r["jzmj"] == 100.0 for r in by_table(details, "dyba_h"))
    assert (gxzb["ywlx"], gxzb["fwsl"], gxzb["mxsl"]) == ("DYBA", 2, 3)

    business(cur, "JY-DY-2", "DYBA")
    _, counts, details = push(cur, "JY-DY-2")
    assert counts == Counter(dyba=1, dyba_h=1)
    single = by_table(details, "dyba_h")[0]
    assert (single["dyje"], single["jzmj"]) == (300000.0, 88.0)

    cur.execute("UPDATE ht.dyba SET bazt = '已注销', zxsj = now(), zxyy = '债务清偿' WHERE dybah = 'DY-1'")
    business(cur, "JY-DY-3", "DYZX", h_id=h2)
    gxzb, counts, details = push(cur, "JY-DY-3")
    assert counts == Counter(dyba=1, dyba_h=2)
    d = by_table(details, "dyba")[0]
    assert d["dybah"] == "DY-1" and d["bazt"] == "已注销" and d["zxsj"] is not None
    assert (gxzb["ywlx"], gxzb["ywzt"], gxzb["bz"]) == ("DYBA", "撤销", "交易业务类型 DYZX")
    assert {r["czlx"] for r in details} == {"U"}


def test_house_code_result_answers_the_request(cur) -> None:
    p = make_project(cur, 9, [{"floors": 1, "per_floor": 1, "measured": True}])
    f = flat(cur, p["flats"][0])
    cur.execute(
        "INSERT INTO stg.djsj (lybm, lyzj, ywh, djzl, bdcdyh, sjnr) VALUES ('fwbm_sq', 'SQ-1', 'DJ-SQ-1',"
        " '赋码申请', '511702001001GB00009F00010001', '{\"sqid\": \"SQ-1\"}')"
    )
    business(cur, "JY-FM-1", "FWBM", fwbm=f["fwbm"], h_id=p["flats"][0], bz="SQ-1")
    gxzb, counts, details = push(cur, "JY-FM-1")
    assert counts == Counter(fwbm_jg=1)
    jg = details[0]["sjnr"]
    assert (jg["sqid"], jg["sqywh"], jg["fwbm"], jg["jgdm"]) == ("SQ-1", "DJ-SQ-1", f["fwbm"], "0")
    assert jg["bdcdyh"] == "511702001001GB00009F00010001" and jg["fmsj"] is not None
    assert (gxzb["ywlx"], gxzb["glywh"], gxzb["fwbm"]) == ("FWBM", "DJ-SQ-1", f["fwbm"])


# --------------------------------------------------------------------------------------------------------
# States, unknown kinds, errors, purge
# --------------------------------------------------------------------------------------------------------


def test_only_completion_and_withdrawal_push(cur) -> None:
    p = make_project(cur, 10, [{"floors": 1, "per_floor": 1, "measured": True}])
    before = last_id(cur)
    business(cur, "JY-S-1", "CHRK", zt="在办", xmbh=p["xmbh"])
    business(cur, "JY-S-2", "CHRK", zt="撤件", xmbh=p["xmbh"])
    business(cur, "JY-S-3", "CHRK", zt="驳回", xmbh=p["xmbh"])
    set_zt(cur, "JY-S-1", "驳回")
    assert last_id(cur) == before

    business(cur, "JY-S-4", "CHRK", xmbh=p["xmbh"])
    _, counts, _ = push(cur, "JY-S-4")
    assert sum(counts.values()) == 5
    mark = last_id(cur)
    set_zt(cur, "JY-S-4", "撤件")  # withdrawn after completion: 撤销, the same details in their current state
    gxzb, counts2, _ = push(cur, "JY-S-4", mark)
    assert counts2 == counts and gxzb["ywzt"] == "撤销"
    assert {r["czlx"] for r in rows_of(cur, "JY-S-4", mark)} == {"U"}
    mark = last_id(cur)
    set_zt(cur, "JY-S-4", "办结")  # completed again
    gxzb, _, _ = push(cur, "JY-S-4", mark)
    assert gxzb["ywzt"] == "办结"


def test_unknown_kind_writes_only_gxzb(cur) -> None:
    business(cur, "JY-QT-1", "QT", fwbm=None)
    gxzb, counts, _ = push(cur, "JY-QT-1", fits=False)
    assert counts == Counter()
    assert (gxzb["ywlx"], gxzb["mxsl"], gxzb["fwsl"]) == ("QT", 0, 0)
    assert gxzb["bz"] == "未知业务类型 QT：只推送共享主表"
    # share_jy.gxzb does not accept the kind: the S1 apply must dead-letter it, not drop it
    with pytest.raises(errors.CheckViolation):
        assert_fits(cur, rows_of(cur, "JY-QT-1"))


def test_push_business_refuses_unknown_and_open_businesses(cur) -> None:
    business(cur, "JY-E-1", "QT", zt="在办")
    cur.execute("SAVEPOINT e")
    with pytest.raises(psycopg2.Error, match="只推送办结或撤件"):
        cur.execute("SELECT outbox.push_business('JY-E-1')")
    cur.execute("ROLLBACK TO SAVEPOINT e")
    with pytest.raises(errors.NoDataFound):
        cur.execute("SELECT outbox.push_business('JY-NONE')")
    cur.execute("ROLLBACK TO SAVEPOINT e")


def test_manual_repush_and_purge(cur) -> None:
    business(cur, "JY-P-1", "QT")
    cur.execute("SELECT outbox.push_business('JY-P-1')")
    assert cur.fetchone()[0] == 1
    rows = rows_of(cur, "JY-P-1")
    assert [r["czlx"] for r in rows] == ["I", "U"]

    cur.execute("UPDATE outbox.fjx SET cjsj = now() - interval '40 days' WHERE id = %s", (rows[0]["id"],))
    cur.execute("SELECT outbox.purge(interval '30 days')")
    assert cur.fetchone()[0] == 1
    assert [r["id"] for r in rows_of(cur, "JY-P-1")] == [rows[1]["id"]]
    cur.execute("SELECT outbox.purge(interval '0')")
    assert cur.fetchone()[0] == 0  # rows of this transaction are not older than now()
    with pytest.raises(errors.InvalidParameterValue):
        cur.execute("SELECT outbox.purge(interval '-1 day')")
