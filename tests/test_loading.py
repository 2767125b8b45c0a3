"""Loading validated registration rows into production (stg.load_rows and the stg.rk_* loaders) and the data
completion (stg.rk_wsh): mapping per kind, replays that change nothing, tombstones, the 上下手 chain, multi-
certificate mortgages, pre-notices and their contracts, seizures and releases, cancellations, the
building-table flags, and a failed load isolated as RK00. See docs/loading.md.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest
from stagekit import (
    COUNTY,
    TS,
    building,
    cancellation,
    certificate,
    flat,
    image,
    linked_flat,
    main_row,
    mortgage,
    new_ywh,
    objection,
    one,
    ownership,
    party,
    person_id,
    premortgage,
    prenotice,
    q,
    release,
    scan,
    seizure,
    stage,
    status,
    unit_code,
    validate_all,
)

from jydj.codes import make_uscc

PRODUCTION = (
    "djjg.djyw",
    "djjg.bdcdy",
    "djjg.td",
    "djjg.sf",
    "djjg.qlr",
    "djjg.fdcq",
    "djjg.dyaq",
    "djjg.dyaq_dy",
    "djjg.ygdj",
    "djjg.cfdj",
    "djjg.yydj",
    "djjg.zxdj",
    "djjg.zs",
    "djjg.yx",
    "gl.yw_gl",
    "lpb.h",
)
_flat_no = itertools.count(100)
BANK_CODE = make_uscc("9", "1", "511700", "MA62A0001")
DEVELOPER_CODE = make_uscc("9", "1", "511700", "MA62A0002")


@pytest.fixture
def jy(jy_tx):
    """``jy_tx`` with every rule of the catalogue enabled (the rows staged here pass them all)."""
    missing = q(jy_tx, "SELECT gzdm FROM stg.jygz WHERE qy AND to_regproc(jcgc) IS NULL")
    assert missing == [], f"rules without a check procedure: {missing}"
    return jy_tx


def unit_row(ywh: str, bdcdyh: str, fwbm: str | None, jzmj: str = "100.00", **kw: Any) -> dict[str, Any]:
    """A 登簿结果单元 (dbjg_dy) image."""
    return image(
        "dbjg_dy", ywh=ywh, bdcdyh=bdcdyh, fwbm=fwbm, zl=f"通川区测试小区1栋{bdcdyh[-4:]}", jzmj=jzmj, **kw
    )


def new_unit(c) -> tuple[str, str, int]:
    """A fresh flat linked to a fresh unit: (fwbm, bdcdyh, h_id)."""
    n = next(_flat_no)
    fwbm, dy = linked_flat(c, n)
    return fwbm, dy, one(c, "SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm,))


def loaded(c) -> dict[str, Any]:
    res = validate_all(c)
    assert res["unqualified"] == 0, (res, q(c, "SELECT lybm, lyzj, jyjg FROM stg.djsj WHERE jyzt = '不合格'"))
    assert one(c, "SELECT count(*) FROM stg.djsj WHERE jyzt <> '已入库'") == 0
    return res


def row(c, sql: str, args: tuple = ()) -> dict[str, Any] | None:
    with c.cursor() as cur:
        cur.execute(sql, args)
        r = cur.fetchone()
        return None if r is None else dict(zip([d.name for d in cur.description], r, strict=True))


def flags(c, h_id: int) -> tuple:
    return q(c, "SELECT djzt, dyzt, cfzt, ygzt, yyzt, fwzt FROM lpb.h WHERE id = %s", (h_id,))[0]


def snapshot(c) -> dict[str, list]:
    """Every production row with its physical position (an UPDATE that changed nothing moves ``ctid``)."""
    return {t: q(c, f"SELECT ctid::text, to_jsonb(x) - 'rksj' FROM {t} x ORDER BY id") for t in PRODUCTION}


def contract(c, h_id: int, fwbm: str, htbh: str, ywlx: str = "SPFBA") -> str:
    """A filed new-house contract and its housing business (in progress, so no outbox push)."""
    q(
        c,
        "INSERT INTO ht.spfht (htbh, htbah, h_id, fwbm, htje, htzt, qyrq, barq) "
        "VALUES (%s, %s, %s, %s, 800000, '已备案', '2026-10-01', '2026-10-02') RETURNING id",
        (htbh, "BA" + htbh, h_id, fwbm),
    )
    return business(c, "JY" + htbh, ywlx, h_id, fwbm, htbh)


def business(c, ywh: str, ywlx: str, h_id: int, fwbm: str, htbh: str | None = None) -> str:
    """A housing business in progress (so no outbox push)."""
    sql = (
        "INSERT INTO yw.jyyw (ywh, ywlx, fwbm, h_id, htbh, qxdm) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id"
    )
    q(c, sql, (ywh, ywlx, fwbm, h_id, htbh, COUNTY))
    return ywh


# --- every kind -----------------------------------------------------------------------------------


def test_every_kind_loads_with_its_values(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, zs_no = new_ywh(), "川（2026）达州市不动产权第0000001号"
    stage(c, "gxzb", main_row(own, bdcdyh=dy, fwbm=fwbm, htbh="HT-K1"))
    stage(
        c,
        "bdcdy",
        image(
            "bdcdy",
            bdcdyh=dy,
            ywh=own,
            fwbm=fwbm,
            zddm="511702001001GB00001",
            zl="测试小区1栋101",
            szc="1",
            sjc=1,
            jzmj="100.00",
            tnjzmj="80.00",
            ftjzmj="20.00",
            ghyt="11",
            zcs=18,
            qxdm=COUNTY,
        ),
    )
    stage(
        c,
        "td",
        image(
            "td",
            zddm="511702001001GB00001",
            ywh=own,
            zl="测试小区",
            zdmj="5000.50",
            tdyt="071",
            tdsyqssj="2010-01-01",
            tdsyjssj="2080-12-31",
            qxdm=COUNTY,
        ),
    )
    stage(c, "dbjg", ownership(own, dy, fwbm, bdcqzh=None, djyy="买卖"))
    stage(c, "qlr", party(own, 1, qlbl="1/2", gyfs="1", qlrmc="张三", zjhm=person_id(1)))
    stage(c, "qlr", party(own, 2, qlbl="50%", gyfs="1", qlrmc="李四", zjhm=person_id(2)))
    stage(c, "zs", certificate(own, zs_no, dy, zszt=None, fzsj="2026-11-21T02:00:00.000000Z"))
    stage(c, "yx", scan(own))
    stage(
        c, "sf", image("sf", ywh="SF" + own, sxh=1, djywh=own, sfxm="登记费", je="80.00", sl="1.00", sfsj=TS)
    )
    loaded(c)

    assert row(c, "SELECT ywlx, djlx, htbh, bdcdyh FROM djjg.djyw WHERE ywh = %s", (own,)) == {
        "ywlx": "DB",
        "djlx": "200",
        "htbh": "HT-K1",
        "bdcdyh": dy,
    }
    b = row(c, "SELECT * FROM djjg.bdcdy WHERE bdcdyh = %s", (dy,))
    assert (b["ywh"], b["sjc"], b["jzmj"], b["tnjzmj"], b["zcs"]) == (
        own,
        1,
        Decimal("100.00"),
        Decimal("80.00"),
        18,
    )
    t = row(c, "SELECT * FROM djjg.td WHERE zddm = '511702001001GB00001'")
    assert (t["zdmj"], str(t["tdsyqssj"]), str(t["tdsyjssj"])) == (
        Decimal("5000.50"),
        "2010-01-01",
        "2080-12-31",
    )
    f = row(c, "SELECT * FROM djjg.fdcq WHERE ywh = %s", (own,))
    assert (f["bdcdyh"], f["fwbm"], f["djlx"], f["qllx"], f["djyy"], f["qszt"]) == (
        dy,
        fwbm,
        "200",
        "4",
        "买卖",
        "1",
    )
    assert (f["jzmj"], f["fdcjyjg"], f["ghyt"], f["fdzl"]) == (
        Decimal("100.00"),
        Decimal("800000.00"),
        "11",
        "通川区测试小区1栋",
    )
    assert f["djsj"].isoformat().startswith("2026-11-20T16:00")  # 08:00Z in Asia/Shanghai
    assert f["zyjzmj"] is None and f["ftjzmj"] is None
    assert f["bdcqzh"] == zs_no  # completed from the certificate (the dbjg carried none)
    parties = q(
        c,
        "SELECT sxh, qlrmc, qlbl, bdcdyh, djsj IS NOT NULL FROM djjg.qlr WHERE ywh = %s ORDER BY sxh",
        (own,),
    )
    assert parties == [
        (1, "张三", Decimal("0.5000"), dy, True),
        (2, "李四", Decimal("0.5000"), dy, True),
    ]
    z = row(c, "SELECT * FROM djjg.zs WHERE bdcqzh = %s", (zs_no,))
    assert (z["ywh"], z["qlr"], z["zszt"], z["zslx"], z["bdcdyh"]) == (
        own,
        "张三",
        "有效",
        "不动产权证书",
        dy,
    )
    assert z["fzsj"].isoformat().startswith("2026-11-21T10:00") and z["djsj"] == f["djsj"]
    y = row(c, "SELECT * FROM djjg.yx WHERE ywh = %s", (own,))
    assert (y["wjmc"], y["dx"], y["djsj"]) == ("sqs.pdf", 1024, f["djsj"])
    s = row(c, "SELECT * FROM djjg.sf WHERE ywh = %s", ("SF" + own,))
    assert (s["sxh"], s["je"], s["sl"], s["djywh"]) == (1, Decimal("80.00"), Decimal("1.00"), own)
    assert flags(c, h_id) == (1, 0, 0, 0, 0, "已登记")


def test_rights_of_every_kind_and_the_flags(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, dya, cf, yy = new_ywh(), new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", mortgage(dya, dy, syywh=own, zgzqse="600000.00", djyy="贷款"))
    stage(c, "dbjg", seizure(cf, dy, fwbm=fwbm))
    stage(c, "dbjg", objection(yy, dy))
    loaded(c)
    a = row(c, "SELECT * FROM djjg.dyaq WHERE ywh = %s", (dya,))
    assert (a["bdcdyh"], a["dyr"], a["dybdclx"], a["dyfs"], a["bdbzzqse"], a["zgzqse"], a["qszt"]) == (
        dy,
        "张三",
        "2",
        "1",
        Decimal("500000.00"),
        Decimal("600000.00"),
        "1",
    )
    assert (str(a["zwlxqssj"]), str(a["zwlxjssj"]), a["syywh"]) == ("2026-11-20", "2046-11-20", own)
    assert a["bdcdjzmh"] == f"川（2026）达州市不动产证明第{dya[-7:]}号"
    u = row(c, "SELECT * FROM djjg.dyaq_dy WHERE ywh = %s", (dya,))
    own_zh = one(c, "SELECT bdcqzh FROM djjg.fdcq WHERE ywh = %s", (own,))
    assert (u["bdcdyh"], u["fwbm"], u["bdcqzh"], u["dymj"]) == (dy, fwbm, own_zh, None)
    s = row(c, "SELECT * FROM djjg.cfdj WHERE ywh = %s", (cf,))
    assert (s["cfjg"], s["cflx"], s["cfwh"], str(s["cfqssj"]), str(s["cfjssj"]), s["qszt"], s["jfywh"]) == (
        "达州市通川区人民法院",
        "1",
        "（2026）川1702执123号",
        "2026-11-20",
        "2029-11-19",
        "1",
        None,
    )
    o = row(c, "SELECT * FROM djjg.yydj WHERE ywh = %s", (yy,))
    assert (o["yysx"], o["bdcdjzmh"], o["qszt"], o["fwbm"]) == (
        "申请人认为该房屋登记的权利人有误",
        f"川（2026）达州市不动产证明第{yy[-7:]}号",
        "1",
        fwbm,
    )
    assert flags(c, h_id) == (1, 1, 1, 0, 1, "已登记")
    # the views of the registration-results topic see the same
    x = row(c, "SELECT * FROM djzt.dyxz WHERE bdcdyh = %s", (dy,))
    assert (x["fwbm"], x["syqywh"], x["dysl"], x["cfsl"], x["yysl"]) == (fwbm, own, 1, 1, 1)


def test_house_code_is_the_linked_one(jy) -> None:
    c = jy
    fwbm, dy, _ = new_unit(c)
    own = new_ywh()
    stage(c, "dbjg", ownership(own, dy, None))  # the registration side did not record the house code
    loaded(c)
    assert one(c, "SELECT fwbm FROM djjg.fdcq WHERE ywh = %s", (own,)) == fwbm


# --- idempotency and tombstones -------------------------------------------------------------------


def stage_world(c) -> dict[str, Any]:
    """A bit of everything, with links and completions."""
    w: dict[str, Any] = {}
    f1, d1, h1 = new_unit(c)
    f2, d2, h2 = new_unit(c)
    f3, d3, h3 = new_unit(c)
    own1, own2, dya, yg, ydy, cf, jf, zx = (new_ywh() for _ in range(8))
    htbh = "HT" + yg
    w["jyywh"] = contract(c, h3, f3, htbh)
    stage(c, "dbjg", ownership(own1, d1, f1))
    stage(c, "dbjg", ownership(own2, d2, f2))
    stage(c, "dbjg", mortgage(dya, None))
    stage(c, "dbjg_dy", unit_row(dya, d1, f1))
    stage(c, "dbjg_dy", unit_row(dya, d2, f2, jzmj="100.00"))
    stage(
        c, "qlr", party(dya, 1, qlrmc="中国建设银行股份有限公司达州分行", zjzl="8", zjhm=BANK_CODE, qlrlx="2")
    )
    stage(c, "dbjg", prenotice(yg, d3, htbh))
    stage(c, "qlr", party(yg, 1, qlrmc="王五", zjhm=person_id(5)))
    stage(
        c,
        "qlr",
        party(
            yg, 2, sqrlb="义务人", qlrmc="测试房地产开发有限公司", zjzl="8", zjhm=DEVELOPER_CODE, qlrlx="2"
        ),
    )
    stage(c, "dbjg", premortgage(ydy, d3, yg))
    stage(c, "dbjg", seizure(cf, d1))
    stage(c, "dbjg", release(jf, d1, cf))
    stage(c, "dbjg", cancellation(zx, None, dya))
    stage(c, "zs", certificate(yg, "YGZM" + yg, d3, zslx="不动产登记证明"))
    stage(c, "yx", scan(own1))
    w.update(
        own1=own1, own2=own2, dya=dya, yg=yg, ydy=ydy, cf=cf, jf=jf, zx=zx, h=(h1, h2, h3), dy=(d1, d2, d3)
    )
    return w


def restage_all(c) -> None:
    """Re-stage every staged image as a new S4 change (a replay of the source): back to 待校验."""
    for lybm, sjnr, czlx in q(c, "SELECT lybm, sjnr, czlx FROM stg.djsj ORDER BY id"):
        stage(c, lybm, sjnr, op="d" if czlx == "D" else "u")
    assert one(c, "SELECT count(*) FROM stg.djsj WHERE jyzt <> '待校验'") == 0


def test_loading_the_same_rows_again_changes_nothing(jy) -> None:
    c = jy
    stage_world(c)
    loaded(c)
    before = snapshot(c)
    assert sum(len(v) for v in before.values()) > 20
    restage_all(c)
    loaded(c)
    assert snapshot(c) == before
    # and once more, with the rows of the batch in the opposite order of arrival
    for lybm, sjnr in q(c, "SELECT lybm, sjnr FROM stg.djsj ORDER BY id DESC"):
        stage(c, lybm, sjnr, op="u")
    loaded(c)
    assert snapshot(c) == before


def test_world_values(jy) -> None:
    c = jy
    w = stage_world(c)
    loaded(c)
    h1, h2, h3 = w["h"]
    # released seizure, cancelled multi-certificate mortgage
    assert row(
        c, "SELECT jfywh, jfjg, jfwh, jfwj, jfdbr, qszt FROM djjg.cfdj WHERE ywh = %s", (w["cf"],)
    ) == {
        "jfywh": w["jf"],
        "jfjg": "达州市通川区人民法院",
        "jfwh": "（2026）川1702执恢123号",
        "jfwj": None,
        "jfdbr": None,
        "qszt": "2",
    }
    assert q(c, "SELECT zxdyywh, zxdyyy, qszt FROM djjg.dyaq WHERE ywh = %s", (w["dya"],)) == [
        (w["zx"], "主债权消灭", "2")
    ]
    assert q(c, "SELECT bdcdyh, zxlx FROM djjg.zxdj WHERE ywh = %s ORDER BY bdcdyh", (w["zx"],)) == [
        (w["dy"][0], "抵押权"),
        (w["dy"][1], "抵押权"),
    ]
    assert flags(c, h1)[:3] == (1, 0, 0) and flags(c, h2)[:3] == (1, 0, 0)
    # pre-notice: parties, certificate, contract link; pre-mortgage: link to the pre-notice and flags
    g = row(c, "SELECT qlr, ywr, ywrzjzl, ywrzjhm, bdcdjzmh FROM djjg.ygdj WHERE ywh = %s", (w["yg"],))
    assert g == {
        "qlr": "王五",
        "ywr": "测试房地产开发有限公司",
        "ywrzjzl": "8",
        "ywrzjhm": DEVELOPER_CODE,
        "bdcdjzmh": f"川（2026）达州市不动产证明第{w['yg'][-7:]}号",
    }
    assert q(c, "SELECT ygdjzl, qlr, ywr FROM djjg.ygdj WHERE ywh = %s", (w["ydy"],)) == [
        ("3", "中国建设银行股份有限公司达州分行", "张三")
    ]
    links = q(c, "SELECT gllx, jyywh, djywh, sjdjywh, glfs, ppdf FROM gl.yw_gl ORDER BY gllx, djywh")
    assert links == [
        ("BGZX_SL", None, w["jf"], w["cf"], "精确", Decimal("1.0000")),
        ("BGZX_SL", None, w["zx"], w["dya"], "精确", Decimal("1.0000")),
        ("YDY_YG", None, w["ydy"], w["yg"], "精确", Decimal("1.0000")),
        ("YG_HT", w["jyywh"], w["yg"], None, "精确", Decimal("1.0000")),
    ]
    assert flags(c, h3) == (0, 1, 0, 1, 0, "可售")
    assert one(c, "SELECT djsj IS NOT NULL FROM djjg.yx WHERE ywh = %s", (w["own1"],))


def test_tombstones_delete(jy) -> None:
    c = jy
    f1, d1, h1 = new_unit(c)
    f2, d2, h2 = new_unit(c)
    own1, own2, dya = new_ywh(), new_ywh(), new_ywh()
    rows = {
        "o1": ("dbjg", ownership(own1, d1, f1)),
        "o2": ("dbjg", ownership(own2, d2, f2)),
        "m": ("dbjg", mortgage(dya, d1)),
        "mu": ("dbjg_dy", unit_row(dya, d2, f2)),
        "p": ("qlr", party(own1)),
        "z": ("zs", certificate(own1, "ZS" + own1, d1)),
        "y": ("yx", scan(own1)),
        "b": ("bdcdy", image("bdcdy", bdcdyh=d1, ywh=own1, jzmj="100.00")),
    }
    for lybm, img in rows.values():
        stage(c, lybm, img)
    loaded(c)
    assert q(c, "SELECT bdcdyh FROM djjg.dyaq_dy WHERE ywh = %s ORDER BY bdcdyh", (dya,)) == [(d1,), (d2,)]
    assert flags(c, h1)[:2] == (1, 1) and flags(c, h2)[:2] == (1, 1)

    # a deleted unit row of the mortgage removes that unit only
    stage(c, *rows["mu"], op="d")
    loaded(c)
    assert q(c, "SELECT bdcdyh FROM djjg.dyaq_dy WHERE ywh = %s", (dya,)) == [(d1,)]
    assert flags(c, h2)[:2] == (1, 0)
    # a deleted dbjg removes the business (its units cascade); the others by key
    for k in ("m", "o1", "p", "z", "y", "b"):
        stage(c, *rows[k], op="d")
    loaded(c)
    for sql in (
        "SELECT count(*) FROM djjg.dyaq WHERE ywh = %s",
        "SELECT count(*) FROM djjg.dyaq_dy WHERE ywh = %s",
        "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s",
        "SELECT count(*) FROM djjg.qlr WHERE ywh = %s",
        "SELECT count(*) FROM djjg.yx WHERE ywh = %s",
    ):
        assert one(c, sql, (dya if "dyaq" in sql else own1,)) == 0, sql
    assert one(c, "SELECT count(*) FROM djjg.zs WHERE bdcqzh = %s", ("ZS" + own1,)) == 0
    assert one(c, "SELECT count(*) FROM djjg.bdcdy WHERE bdcdyh = %s", (d1,)) == 0
    assert one(c, "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s", (own2,)) == 1
    assert flags(c, h1)[:2] == (0, 0)
    assert status(c, "dbjg", dya) == ("已入库", [])


def test_deleting_a_cancellation_or_release_restores_the_right(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, dya, zx, cf, jf = (new_ywh() for _ in range(5))
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", mortgage(dya, dy))
    stage(c, "dbjg", seizure(cf, dy))
    loaded(c)
    zx_img, jf_img = cancellation(zx, dy, dya), release(jf, dy, cf)
    stage(c, "dbjg", zx_img)
    stage(c, "dbjg", jf_img)
    loaded(c)
    assert flags(c, h_id)[:3] == (1, 0, 0)
    stage(c, "dbjg", zx_img, op="d")
    stage(c, "dbjg", jf_img, op="d")
    loaded(c)
    assert q(c, "SELECT zxdyywh, zxsj, qszt FROM djjg.dyaq WHERE ywh = %s", (dya,)) == [(None, None, "1")]
    assert q(c, "SELECT jfywh, jfsj, qszt FROM djjg.cfdj WHERE ywh = %s", (cf,)) == [(None, None, "1")]
    assert one(c, "SELECT count(*) FROM djjg.zxdj WHERE ywh = %s", (zx,)) == 0
    assert one(c, "SELECT count(*) FROM gl.yw_gl WHERE djywh IN (%s, %s)", (zx, jf)) == 0
    assert flags(c, h_id)[:3] == (1, 1, 1)


# --- completion -----------------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_resale_makes_the_earlier_ownership_history(jy, order: str) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    first, second = new_ywh(), new_ywh()
    rows = [
        ownership(first, dy, fwbm, djlx="100", djxl="房屋所有权首次登记"),
        ownership(second, dy, fwbm, syywh=first, fdcjyjg="900000.00"),
    ]
    for img in rows if order == "forward" else rows[::-1]:
        stage(c, "dbjg", img)
    loaded(c)
    assert q(c, "SELECT ywh, qszt FROM djjg.fdcq WHERE bdcdyh = %s ORDER BY ywh", (dy,)) == sorted(
        [(first, "2"), (second, "1")]
    )
    assert flags(c, h_id)[0] == 1
    assert one(c, "SELECT syqywh FROM djzt.dyxz WHERE bdcdyh = %s", (dy,)) == second
    # replaying the earlier ownership (it still says 现势) keeps it history
    stage(c, "dbjg", rows[0], op="u")
    loaded(c)
    assert one(c, "SELECT qszt FROM djjg.fdcq WHERE ywh = %s", (first,)) == "2"


def test_resale_in_two_runs_and_the_transaction_link(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    first, second = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(first, dy, fwbm, djlx="100", djxl="房屋所有权首次登记"))
    loaded(c)
    # the resale's housing business: a filed resale contract's CLFBA business, named by the contract number
    business(c, "JY-CLF1", "CLFBA", h_id, fwbm, "HT-CLF1")
    business(c, "JY-QR1", "JYQR", h_id, fwbm)
    stage(c, "dbjg", ownership(second, dy, fwbm, syywh=first, htbh="HT-CLF1"))
    stage(c, "gxzb", main_row(second, jyywh="JY-QR1", htbh="HT-CLF1", bdcdyh=dy))
    loaded(c)
    assert q(c, "SELECT ywh, qszt FROM djjg.fdcq WHERE bdcdyh = %s ORDER BY djsj, ywh", (dy,)) == [
        (first, "2"),
        (second, "1"),
    ]
    links = q(
        c,
        "SELECT jyywh, glyj ->> 'yj' FROM gl.yw_gl WHERE gllx = 'SYQ_JY' AND djywh = %s ORDER BY jyywh",
        (second,),
    )
    assert links == [("JY-CLF1", "合同编号"), ("JY-QR1", "交易业务号")]
    # the flat was 已签约 by the resale; registering the new ownership makes it 已登记 again
    q(c, "UPDATE lpb.h SET fwzt = '已签约' WHERE id = %s RETURNING id", (h_id,))
    stage(c, "dbjg", ownership(second, dy, fwbm, syywh=first, htbh="HT-CLF1", fj="更正附记"), op="u")
    loaded(c)
    assert flags(c, h_id) == (1, 0, 0, 0, 0, "已登记")


def test_multi_certificate_mortgage(jy) -> None:
    c = jy
    f1, d1, h1 = new_unit(c)
    f2, d2, h2 = new_unit(c)
    o1, o2, dya = new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(o1, d1, f1))
    stage(c, "dbjg", ownership(o2, d2, f2))
    stage(c, "dbjg", mortgage(dya, None, bdbzzqse="1200000.00", djxl="抵押权首次登记（多证抵押）"))
    stage(c, "dbjg_dy", unit_row(dya, d1, f1, jzmj="100.00"))
    stage(c, "dbjg_dy", unit_row(dya, d2, f2, jzmj="100.50"))
    loaded(c)
    assert one(c, "SELECT count(*) FROM djjg.dyaq WHERE ywh = %s", (dya,)) == 1
    units = q(
        c,
        "SELECT d.bdcdyh, d.fwbm, d.bdcqzh, d.dymj, d.bdcqzh = f.bdcqzh FROM djjg.dyaq_dy d "
        "JOIN djjg.fdcq f ON f.bdcdyh = d.bdcdyh AND f.qszt = '1' WHERE d.ywh = %s ORDER BY d.bdcdyh",
        (dya,),
    )
    assert units == [
        (d1, f1, f"川（2026）达州市不动产权第{o1[-7:]}号", Decimal("100.00"), True),
        (d2, f2, f"川（2026）达州市不动产权第{o2[-7:]}号", Decimal("100.50"), True),
    ]
    a = row(c, "SELECT bdcdyh, bdbzzqse, zjjzwdyfw FROM djjg.dyaq WHERE ywh = %s", (dya,))
    assert a == {
        "bdcdyh": None,
        "bdbzzqse": Decimal("1200000.00"),
        "zjjzwdyfw": "共 2 个不动产单元，抵押面积合计 200.50 平方米",
    }
    assert flags(c, h1)[1] == 1 and flags(c, h2)[1] == 1


def test_mortgage_change_makes_the_earlier_mortgage_history(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, m1, m2 = new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", mortgage(m1, dy, syywh=own))
    loaded(c)
    stage(c, "dbjg", mortgage(m2, dy, syywh=m1, djlx="300", djxl="抵押权变更登记", bdbzzqse="400000.00"))
    loaded(c)
    assert q(c, "SELECT ywh, qszt FROM djjg.dyaq ORDER BY djsj, ywh") == sorted([(m1, "2"), (m2, "1")])
    assert flags(c, h_id)[1] == 1
    assert q(c, "SELECT gllx, sjdjywh FROM gl.yw_gl WHERE djywh = %s", (m2,)) == [("BGZX_SL", m1)]


def test_prenotice_links_to_its_contract_and_premortgage_to_the_prenotice(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    yg, ydy = new_ywh(), new_ywh()
    jyywh = contract(c, h_id, fwbm, "HT-YG-1")
    business(c, "JY-WQ-1", "SPFWQ", h_id, fwbm, "HT-YG-1")
    stage(c, "dbjg", prenotice(yg, dy, "HT-YG-1"))
    loaded(c)
    assert flags(c, h_id) == (0, 0, 0, 1, 0, "可售")
    stage(c, "dbjg", premortgage(ydy, dy, yg))
    loaded(c)
    assert q(c, "SELECT gllx, jyywh, djywh, sjdjywh, glyj ->> 'htbh' FROM gl.yw_gl ORDER BY gllx") == [
        ("YDY_YG", None, ydy, yg, None),
        ("YG_HT", jyywh, yg, None, "HT-YG-1"),
    ]
    assert flags(c, h_id) == (0, 1, 0, 1, 0, "可售")
    x = row(c, "SELECT ygsl, ydysl FROM djzt.dyxz WHERE bdcdyh = %s", (dy,))
    assert x == {"ygsl": 1, "ydysl": 1}
    # the ownership replaces the pre-notice: cancelling it leaves only the ownership and the pre-mortgage
    own, zx = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm, djlx="100", djxl="房屋所有权首次登记"))
    stage(c, "dbjg", cancellation(zx, dy, yg, djxl="预告登记注销"))
    loaded(c)
    assert q(c, "SELECT zxygywh, qszt FROM djjg.ygdj WHERE ywh = %s", (yg,)) == [(zx, "2")]
    assert q(c, "SELECT zxlx FROM djjg.zxdj WHERE ywh = %s", (zx,)) == [("预告",)]
    assert flags(c, h_id) == (1, 1, 0, 0, 0, "已登记")


def test_seizure_release_and_its_restriction_link(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, cf, jf = new_ywh(), new_ywh(), new_ywh()
    business(c, "JY-XZ-1", "XZXZ", h_id, fwbm)
    q(
        c,
        "INSERT INTO ht.xzxz (xzbh, h_id, fwbm, szywh, xzlx, xzwh, xzjg) "
        "VALUES ('XZ-1', %s, %s, 'JY-XZ-1', '查封', %s, '达州市通川区人民法院') RETURNING id",
        (h_id, fwbm, "（2026）川1702执123号"),
    )
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", seizure(cf, dy))
    loaded(c)
    assert flags(c, h_id)[:3] == (1, 0, 1)
    assert q(c, "SELECT jyywh, glyj ->> 'xzbh' FROM gl.yw_gl WHERE gllx = 'CF_XZ' AND djywh = %s", (cf,)) == [
        ("JY-XZ-1", "XZ-1")
    ]
    stage(c, "dbjg", release(jf, dy, cf, dbr="解封登簿员", cfwj="解除查封裁定书"))
    loaded(c)
    r = row(c, "SELECT * FROM djjg.cfdj WHERE ywh = %s", (cf,))
    assert (r["jfywh"], r["jfjg"], r["jfwh"], r["jfwj"], r["jfdbr"], r["qszt"]) == (
        jf,
        "达州市通川区人民法院",
        "（2026）川1702执恢123号",
        "解除查封裁定书",
        "解封登簿员",
        "2",
    )
    assert r["jfsj"] is not None and r["cfwh"] == "（2026）川1702执123号"
    assert (
        one(c, "SELECT count(*) FROM djjg.cfdj WHERE ywh = %s", (jf,)) == 0
    )  # a release adds no seizure row
    assert flags(c, h_id)[:3] == (1, 0, 0)


def test_cancelling_a_mortgage(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, dya, zx = new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", mortgage(dya, dy, syywh=own))
    loaded(c)
    assert flags(c, h_id)[1] == 1
    stage(c, "dbjg", cancellation(zx, dy, dya, dbr="注销登簿员"))
    loaded(c)
    a = row(c, "SELECT zxdyywh, zxdyyy, zxsj, qszt FROM djjg.dyaq WHERE ywh = %s", (dya,))
    assert (a["zxdyywh"], a["zxdyyy"], a["qszt"]) == (zx, "主债权消灭", "2") and a["zxsj"] is not None
    assert q(c, "SELECT bdcdyh, zxywh, zxlx, dbr FROM djjg.zxdj WHERE ywh = %s", (zx,)) == [
        (dy, dya, "抵押权", "注销登簿员")
    ]
    assert flags(c, h_id) == (1, 0, 0, 0, 0, "已登记")
    assert q(c, "SELECT gllx, sjdjywh FROM gl.yw_gl WHERE djywh = %s", (zx,)) == [("BGZX_SL", dya)]


def test_objection_cancelled(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, yy, zx = new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", objection(yy, dy))
    loaded(c)
    assert flags(c, h_id)[4] == 1
    stage(c, "dbjg", cancellation(zx, None, yy, djxl="异议注销登记", zxyy="异议期满"))
    loaded(c)
    assert q(
        c, "SELECT zxyyywh, zxyyyy, zxyydjsj IS NOT NULL, qszt FROM djjg.yydj WHERE ywh = %s", (yy,)
    ) == [(zx, "异议期满", True, "2")]
    assert q(c, "SELECT bdcdyh, zxlx FROM djjg.zxdj WHERE ywh = %s", (zx,)) == [(dy, "异议")]
    assert flags(c, h_id)[4] == 0


def test_mortgage_filing_link(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own, dya = new_ywh(), new_ywh()
    bank = "中国建设银行股份有限公司达州分行"
    business(c, "JY-DYBA-1", "DYBA", h_id, fwbm)
    ba = one(
        c,
        "INSERT INTO ht.dyba (dybah, ywh, dylx, dyfs, dyr, dyqr, bdbzzqse, bazt, basj) VALUES "
        "('DYBA-1', 'JY-DYBA-1', '现房抵押', '1', '张三', %s, 500000, '已备案', now()) RETURNING id",
        (bank,),
    )
    q(
        c,
        "INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm, dymj) VALUES (%s, %s, %s, 100) RETURNING id",
        (ba, h_id, fwbm),
    )
    stage(c, "dbjg", ownership(own, dy, fwbm))
    stage(c, "dbjg", mortgage(dya, dy, syywh=own))
    loaded(c)
    assert q(c, "SELECT jyywh, glfs, ppdf FROM gl.yw_gl WHERE gllx = 'DY_DYBA' AND djywh = %s", (dya,)) == [
        ("JY-DYBA-1", "自动", Decimal("1.0000"))
    ]


def test_certificate_arriving_after_the_right_is_filled_in(jy) -> None:
    c = jy
    fwbm, dy, _ = new_unit(c)
    own, dya = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm, bdcqzh=None))
    stage(c, "dbjg", mortgage(dya, dy, syywh=own, bdcqzh=None))
    loaded(c)
    assert one(c, "SELECT bdcqzh FROM djjg.dyaq_dy WHERE ywh = %s", (dya,)) is None
    stage(c, "zs", certificate(own, "ZS-LATE-1", dy))
    stage(c, "zs", certificate(dya, "ZM-LATE-1", None, zslx="不动产登记证明"))
    stage(c, "qlr", party(dya, 1))
    loaded(c)
    assert one(c, "SELECT bdcqzh FROM djjg.fdcq WHERE ywh = %s", (own,)) == "ZS-LATE-1"
    assert one(c, "SELECT bdcdjzmh FROM djjg.dyaq WHERE ywh = %s", (dya,)) == "ZM-LATE-1"
    assert one(c, "SELECT bdcqzh FROM djjg.dyaq_dy WHERE ywh = %s", (dya,)) == "ZS-LATE-1"
    # replaying the rights (which still carry no certificate number) keeps the filled-in numbers
    stage(c, "dbjg", ownership(own, dy, fwbm, bdcqzh=None), op="u")
    loaded(c)
    assert one(c, "SELECT bdcqzh FROM djjg.fdcq WHERE ywh = %s", (own,)) == "ZS-LATE-1"


# --- failures -------------------------------------------------------------------------------------


def test_a_failed_load_is_isolated_as_rk00(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    own = new_ywh()
    good_zs, bad_zs = "ZS-GOOD-1", "ZS-BAD-1"
    stage(c, "dbjg", ownership(own, dy, fwbm, bdcqzh=None))
    stage(c, "qlr", party(own))
    stage(
        c, "zs", certificate(own, bad_zs, dy, fzsj="not-a-time")
    )  # no rule checks fzsj; the cast refuses it
    stage(c, "zs", certificate(own, good_zs, dy))
    res = validate_all(c)
    assert res["by_rule"] == {"RK00": 1}
    jyzt, codes = status(c, "zs", bad_zs)
    assert (jyzt, codes) == ("不合格", ["RK00"])
    xx = one(c, "SELECT jyjg -> 0 ->> 'xx' FROM stg.djsj WHERE lybm = 'zs' AND lyzj = %s", (bad_zs,))
    assert "not-a-time" in xx
    assert one(c, "SELECT count(*) FROM djjg.zs WHERE bdcqzh = %s", (bad_zs,)) == 0
    for lybm, lyzj in (("dbjg", own), ("qlr", f"{own}|权利人|1"), ("zs", good_zs)):
        assert status(c, lybm, lyzj) == ("已入库", []), lyzj
    assert one(c, "SELECT bdcqzh FROM djjg.fdcq WHERE ywh = %s", (own,)) == good_zs
    assert flags(c, h_id)[0] == 1


def test_a_refused_zszt_is_isolated_and_the_unit_rows_still_load(jy) -> None:
    c = jy
    _, d1, _ = new_unit(c)
    f2, d2, _ = new_unit(c)
    dya = new_ywh()
    stage(c, "dbjg_dy", unit_row(dya, d2, f2))  # the unit row is staged before its mortgage
    stage(c, "dbjg", mortgage(dya, d1))
    stage(
        c, "zs", certificate(dya, "ZM-X", None, zslx="不动产登记证明", zszt="挂失")
    )  # zs_zszt_ck refuses it
    res = validate_all(c)
    assert res["by_rule"] == {"RK00": 1}
    assert status(c, "zs", "ZM-X")[1] == ["RK00"]
    assert q(c, "SELECT bdcdyh FROM djjg.dyaq_dy WHERE ywh = %s ORDER BY bdcdyh", (dya,)) == sorted(
        [(d1,), (d2,)]
    )


def test_nothing_unqualified_reaches_production(jy) -> None:
    c = jy
    fwbm, dy, h_id = new_unit(c)
    bad_own, bad_dya, bad_party = new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(bad_own, dy, fwbm, djsj=None))  # SYQ01
    stage(c, "dbjg", mortgage(bad_dya, dy, dyqr=None))  # DYQ01
    stage(c, "dbjg_dy", unit_row(bad_dya, dy, fwbm))  # waits for its mortgage
    stage(c, "qlr", party(bad_party, qlbl="0"))  # QLR04
    res = validate_all(c)
    assert res["loaded"] == 0
    assert status(c, "dbjg", bad_own)[0] == "不合格" and status(c, "dbjg", bad_dya)[0] == "不合格"
    assert status(c, "dbjg_dy", f"{bad_dya}|{dy}")[0] == "合格"  # qualified, waiting for its mortgage
    for t in ("djjg.fdcq", "djjg.dyaq", "djjg.dyaq_dy", "djjg.qlr", "gl.yw_gl"):
        assert one(c, f"SELECT count(*) FROM {t}") == 0, t
    assert flags(c, h_id) == (0, 0, 0, 0, 0, "可售")


def test_other_building_rows_untouched(jy) -> None:
    """Only the flats of the units the batch touched are recomputed."""
    c = jy
    fwbm, dy, _ = new_unit(c)
    other, _ = flat(c, 999)
    building(c)
    q(c, "UPDATE lpb.h SET djzt = 1, fwzt = '已登记' WHERE id = %s RETURNING id", (other,))
    gxsj = one(c, "SELECT gxsj FROM lpb.h WHERE id = %s", (other,))
    stage(c, "dbjg", ownership(new_ywh(), dy, fwbm))
    loaded(c)
    assert q(c, "SELECT djzt, fwzt, gxsj FROM lpb.h WHERE id = %s", (other,)) == [(1, "已登记", gxsj)]
    assert unit_code(999) != dy
