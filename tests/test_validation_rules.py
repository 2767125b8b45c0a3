"""The validation rules of ``stg.jygz`` one by one (seed §5.2.1.6 数据效检, §5.2.1.7 第 2–3 项).

Every enabled rule has a case in ``RULE_CASES``: a setup that stages a row tripping it and a setup that
stages a row passing it (both through the real S4 apply, see ``stagekit``), validated in one run of
``stg.validate_batch``. A new rule without a case fails ``test_every_enabled_rule_has_a_case``. The 赋码申请
rules (FM*) are tested with the house-code procedures. Then the harder semantics of the set-based check
procedures (``db/procedures/stg/stg.jc_*.sql``): bad data never raises, one message per row, predecessor,
current-ownership, cancellation and release chains. The run as a whole is in test_validation.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import psycopg2
import pytest
from stagekit import (
    COUNTY,
    TS,
    cancellation,
    certificate,
    flat,
    house_code,
    image,
    link,
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
    unit_code,
    validate,
)

from jydj.codes import make_uscc

Key = tuple[str, str]
Setup = Callable[[Any], Key]

#: Flat/unit numbers of this module (stagekit's other users take small numbers).
_n = itertools.count(5000)
#: 28 chars, but XX is no 宗地特征码 (GB/T 37346).
BAD_UNIT = "511702001001XX00001F00010001"
FUTURE = "2099-01-01T00:00:00.000000Z"
NOPE = "2026TNOSUCH01"
KEY_COLUMNS = {
    "dbjg": ("ywh",),
    "dbjg_dy": ("ywh", "bdcdyh"),
    "qlr": ("ywh", "sqrlb", "sxh"),
    "zs": ("bdcqzh",),
    "yx": ("ywh", "sha256"),
    "bdcdy": ("bdcdyh",),
    "td": ("zddm",),
    "sf": ("ywh", "sxh"),
    "gxzb": ("ywh",),
}


# --- staging and results -----------------------------------------------------------------------------


def put(c, table: str, row: dict[str, Any]) -> Key:
    """Stage one share_dj row; return its (lybm, lyzj)."""
    stage(c, table, row)
    return table, "|".join("" if row[k] is None else str(row[k]) for k in KEY_COLUMNS[table])


def result(c, key: Key) -> tuple[str, dict[str, str]]:
    """(jyzt, {rule code: message}) of a staged row."""
    jyzt, jyjg = q(c, "SELECT jyzt, jyjg FROM stg.djsj WHERE lybm = %s AND lyzj = %s", key)[0]
    return jyzt, {r["gzdm"]: r["xx"] for r in (jyjg or [])}


def codes(c, key: Key) -> list[str]:
    return sorted(k for k in result(c, key)[1] if k != "RK00")


def unit(c) -> tuple[str, str]:
    """A fresh flat linked to a fresh unit: (fwbm, bdcdyh)."""
    return linked_flat(c, next(_n))


def loose_unit() -> str:
    """A valid unit code with no flat and no link."""
    return unit_code(next(_n))


# --- production rows (as if loaded earlier) ----------------------------------------------------------


def loaded_fdcq(c, ywh: str, dy: str, qszt: str = "1", syywh: str | None = None) -> None:
    q(
        c,
        "INSERT INTO djjg.fdcq (ywh, bdcdyh, djlx, qllx, qszt, syywh) VALUES (%s, %s, '200', '4', %s, %s)"
        " RETURNING id",
        (ywh, dy, qszt, syywh),
    )


def loaded_ygdj(c, ywh: str, dy: str, ygdjzl: str = "1", zxygywh: str | None = None, qszt: str = "1") -> None:
    q(
        c,
        "INSERT INTO djjg.ygdj (ywh, bdcdyh, djlx, ygdjzl, zxygywh, qszt) VALUES (%s, %s, '700', %s, %s, %s)"
        " RETURNING id",
        (ywh, dy, ygdjzl, zxygywh, qszt),
    )


def loaded_cfdj(c, ywh: str, dy: str, jfywh: str | None = None) -> None:
    q(
        c,
        "INSERT INTO djjg.cfdj (ywh, bdcdyh, djlx, jfywh, qszt) VALUES (%s, %s, '800', %s, '1') RETURNING id",
        (ywh, dy, jfywh),
    )


def loaded_dyaq(c, ywh: str, zxdyywh: str | None = None) -> None:
    q(
        c,
        "INSERT INTO djjg.dyaq (ywh, djlx, zxdyywh, qszt) VALUES (%s, '100', %s, '1') RETURNING id",
        (ywh, zxdyywh),
    )


def loaded_zxdj(c, ywh: str, dy: str, zxywh: str) -> None:
    q(
        c,
        "INSERT INTO djjg.zxdj (ywh, bdcdyh, zxywh, zxlx, djlx) VALUES (%s, %s, %s, '抵押权', '400')"
        " RETURNING id",
        (ywh, dy, zxywh),
    )


# --- valid rows of each kind (kw overrides one field to trip a rule) ---------------------------------


def own(c, **kw: Any) -> Key:
    fwbm, dy = unit(c)
    return put(c, "dbjg", ownership(new_ywh(), kw.pop("bdcdyh", dy), kw.pop("fwbm", fwbm), **kw))


def own_unlinked(c) -> Key:
    return put(c, "dbjg", ownership(new_ywh(), loose_unit(), None))


def own_by_house_code(c) -> Key:
    """A unit with no link whose row names a flat's house code (linked on loading)."""
    n = next(_n)
    _, fwbm = flat(c, n)
    return put(c, "dbjg", ownership(new_ywh(), unit_code(n), fwbm))


def own_transfer(c) -> Key:
    """A transfer whose predecessor is the unit's loaded current ownership."""
    fwbm, dy = unit(c)
    y0 = new_ywh()
    loaded_fdcq(c, y0, dy)
    return put(c, "dbjg", ownership(new_ywh(), dy, fwbm, syywh=y0))


def own_second_owner(c) -> Key:
    """An ownership of a unit that already has an unrelated current ownership."""
    fwbm, dy = unit(c)
    loaded_fdcq(c, new_ywh(), dy)
    return put(c, "dbjg", ownership(new_ywh(), dy, fwbm))


def mort(c, **kw: Any) -> Key:
    _, dy = unit(c)
    return put(c, "dbjg", mortgage(new_ywh(), kw.pop("bdcdyh", dy), **kw))


def mort_unlinked(c) -> Key:
    return put(c, "dbjg", mortgage(new_ywh(), loose_unit()))


def mort_on_staged_ownership(c) -> Key:
    """A mortgage whose predecessor is an ownership of the same batch."""
    fwbm, dy = unit(c)
    y0 = new_ywh()
    put(c, "dbjg", ownership(y0, dy, fwbm))
    return put(c, "dbjg", mortgage(new_ywh(), dy, syywh=y0))


def mort_no_units(c) -> Key:
    return put(c, "dbjg", mortgage(new_ywh(), None))


def mort_unit_rows(c) -> Key:
    """A mortgage of two units given as 登簿结果单元 rows (多证抵押)."""
    y = new_ywh()
    key = put(c, "dbjg", mortgage(y, None))
    for _ in range(2):
        fwbm, dy = unit(c)
        put(c, "dbjg_dy", image("dbjg_dy", ywh=y, bdcdyh=dy, fwbm=fwbm, jzmj="100.00"))
    return key


def unit_row(c, unlinked: bool = False, **kw: Any) -> Key:
    """A 登簿结果单元 row of a mortgage without a unit of its own."""
    y = new_ywh()
    put(c, "dbjg", mortgage(y, None))
    fwbm, dy = (None, loose_unit()) if unlinked else unit(c)
    return put(
        c, "dbjg_dy", image("dbjg_dy", **({"ywh": y, "bdcdyh": dy, "fwbm": fwbm, "jzmj": "100.00"} | kw))
    )


def pre(c, **kw: Any) -> Key:
    _, dy = unit(c)
    return put(c, "dbjg", prenotice(new_ywh(), kw.pop("bdcdyh", dy), **kw))


def pre_unlinked(c) -> Key:
    return put(c, "dbjg", prenotice(new_ywh(), loose_unit()))


def pre_with_contract(c) -> Key:
    n = next(_n)
    h_id, fwbm = flat(c, n)
    dy = unit_code(n)
    link(c, fwbm, dy)
    htbh = f"HT{n:08d}"
    q(
        c,
        "INSERT INTO ht.spfht (htbh, h_id, fwbm, htje, htzt)"
        " VALUES (%s, %s, %s, 800000, '已签约') RETURNING id",
        (htbh, h_id, fwbm),
    )
    return put(c, "dbjg", prenotice(new_ywh(), dy, htbh=htbh))


def premort(c, cancelled: bool = False, unlinked: bool = False, **kw: Any) -> Key:
    """A 预抵押 on the unit's loaded 预告 (cancelled: that 预告 was cancelled)."""
    dy = loose_unit() if unlinked else unit(c)[1]
    y0 = new_ywh()
    loaded_ygdj(c, y0, dy, zxygywh=new_ywh() if cancelled else None, qszt="2" if cancelled else "1")
    return put(c, "dbjg", premortgage(new_ywh(), kw.pop("bdcdyh", dy), y0, **kw))


def seize(c, **kw: Any) -> Key:
    _, dy = unit(c)
    return put(c, "dbjg", seizure(new_ywh(), kw.pop("bdcdyh", dy), **kw))


def seize_unlinked(c) -> Key:
    return put(c, "dbjg", seizure(new_ywh(), loose_unit()))


def rel(c, cf_ywh: str | None = None, **kw: Any) -> Key:
    """A 解封 of the unit's loaded 查封 (or of ``cf_ywh``)."""
    _, dy = unit(c)
    if cf_ywh is None:
        cf_ywh = new_ywh()
        loaded_cfdj(c, cf_ywh, dy)
    return put(c, "dbjg", release(new_ywh(), kw.pop("bdcdyh", dy), cf_ywh, **kw))


def obj(c, **kw: Any) -> Key:
    _, dy = unit(c)
    return put(c, "dbjg", objection(new_ywh(), kw.pop("bdcdyh", dy), **kw))


def obj_unlinked(c) -> Key:
    return put(c, "dbjg", objection(new_ywh(), loose_unit()))


def cancel(c, zxywh: str | None = "", **kw: Any) -> Key:
    """A 注销 of a loaded mortgage (or of ``zxywh`` when given)."""
    _, dy = unit(c)
    if zxywh == "":
        zxywh = new_ywh()
        loaded_dyaq(c, zxywh)
    return put(c, "dbjg", cancellation(new_ywh(), kw.pop("bdcdyh", dy), zxywh, **kw))


def unknown_kind(c) -> Key:
    return put(
        c, "dbjg", image("dbjg", ywh=new_ywh(), djlx="900", djxl="其他登记", qllx="99", djsj=TS, qxdm=COUNTY)
    )


def qlr_row(c, **kw: Any) -> Key:
    return put(c, "qlr", party(new_ywh(), **kw))


def zs_row(c, **kw: Any) -> Key:
    y = new_ywh()
    return put(
        c, "zs", certificate(y, f"川（2026）达州市不动产权第{y[-7:]}号", kw.pop("bdcdyh", loose_unit()), **kw)
    )


def yx_row(c, **kw: Any) -> Key:
    return put(c, "yx", scan(new_ywh(), **({"sha256": f"{next(_n):064x}"} | kw)))


def bdcdy_row(c, **kw: Any) -> Key:
    n = next(_n)
    return put(
        c,
        "bdcdy",
        image(
            "bdcdy",
            **(
                {
                    "bdcdyh": unit_code(n),
                    "ywh": new_ywh(),
                    "fwbm": house_code(n),
                    "zl": "通川区测试小区1栋",
                    "dyh": "1",
                    "szc": "1",
                    "hh": "101",
                    "jzmj": "100.00",
                    "tnjzmj": "80.00",
                    "ftjzmj": "20.00",
                    "ghyt": "11",
                    "qxdm": COUNTY,
                }
                | kw
            ),
        ),
    )


def td_row(c, **kw: Any) -> Key:
    zddm = f"{COUNTY}001001GB{next(_n):05d}"
    return put(
        c,
        "td",
        image(
            "td",
            **(
                {
                    "zddm": zddm,
                    "ywh": new_ywh(),
                    "bdcdyh": zddm + "W00000000",
                    "zl": "通川区测试小区",
                    "zdmj": "1000.00",
                    "tdsyqssj": "2000-01-01",
                    "tdsyjssj": "2070-01-01",
                    "qxdm": COUNTY,
                }
                | kw
            ),
        ),
    )


def sf_row(c, **kw: Any) -> Key:
    y = new_ywh()
    return put(
        c,
        "sf",
        image(
            "sf",
            **(
                {
                    "ywh": y,
                    "sxh": 1,
                    "djywh": y,
                    "sfxm": "登记费",
                    "je": "80.00",
                    "sfsj": TS,
                    "sfzt": "已收",
                }
                | kw
            ),
        ),
    )


def gx_row(c, **kw: Any) -> Key:
    return put(c, "gxzb", main_row(new_ywh(), **kw))


def _bad_sfzh() -> str:
    good = person_id(1)
    return good[:-1] + ("0" if good[-1] != "0" else "1")


# --- one failing and one passing row per rule ----------------------------------------------------------

RULE_CASES: dict[str, tuple[Setup, Setup]] = {
    # 所有权
    "SYQ01": (lambda c: own(c, djsj=None), own),
    "SYQ02": (lambda c: own(c, bdcdyh=BAD_UNIT), own),
    "SYQ03": (lambda c: own(c, fwbm="OLD-0001"), own),  # 警告
    "SYQ04": (lambda c: own(c, ghyt="QQ"), own),
    "SYQ05": (own_unlinked, own_by_house_code),
    "SYQ06": (lambda c: own(c, jzmj="150.00"), lambda c: own(c, jzmj="102.50")),
    "SYQ07": (lambda c: own(c, syywh=NOPE), own_transfer),
    "SYQ08": (own_second_owner, own_transfer),
    "SYQ09": (lambda c: own(c, fdcjyjg="-1"), own),
    "SYQ10": (lambda c: own(c, djsj=FUTURE), own),
    # 抵押权
    "DYQ01": (lambda c: mort(c, dyqr=None), mort),
    "DYQ02": (lambda c: mort(c, bdcdyh=BAD_UNIT), mort),
    "DYQ03": (lambda c: mort(c, dyfs="9"), mort),
    "DYQ04": (lambda c: mort(c, bdbzzqse=None), lambda c: mort(c, bdbzzqse=None, zgzqse="300000.00")),
    "DYQ05": (lambda c: mort(c, zwlxqssj="2047-01-01"), lambda c: mort(c, zwlxjssj="2026-11-20")),
    "DYQ06": (lambda c: mort(c, djsj=FUTURE), mort),
    "DYQ07": (mort_unlinked, mort),
    "DYQ08": (lambda c: mort(c, syywh=NOPE), mort_on_staged_ownership),
    "DYQ09": (mort_no_units, mort_unit_rows),
    # 预告
    "YG01": (lambda c: pre(c, ygdjzl=None), pre),
    "YG02": (lambda c: pre(c, bdcdyh=BAD_UNIT), pre),
    "YG03": (lambda c: pre(c, ygdjzl="9"), pre),
    "YG04": (pre_unlinked, pre),
    "YG05": (lambda c: pre(c, htbh="HT-NO-SUCH"), pre_with_contract),  # 警告
    "YG06": (lambda c: pre(c, qdjg="0"), pre),
    "YG07": (lambda c: pre(c, djsj=FUTURE), pre),
    "YG08": (lambda c: pre(c, jzmj="90.00"), pre),
    # 预抵押
    "YDY01": (lambda c: premort(c, dyqr=None), premort),
    "YDY02": (lambda c: premort(c, bdcdyh=BAD_UNIT), premort),
    "YDY03": (lambda c: premort(c, qxdm="999999"), premort),
    "YDY04": (lambda c: premort(c, cancelled=True), premort),
    "YDY05": (lambda c: premort(c, bdbzzqse=None), premort),
    "YDY06": (lambda c: premort(c, zwlxqssj="2047-01-01"), premort),
    "YDY07": (lambda c: premort(c, unlinked=True), premort),
    # 查封与解封
    "CF01": (lambda c: seize(c, cfwh=None), seize),
    "CF02": (lambda c: seize(c, bdcdyh=BAD_UNIT), seize),
    "CF03": (lambda c: seize(c, cflx="9"), seize),
    "CF04": (lambda c: seize(c, cfqssj="2030-01-01"), seize),
    "CF05": (seize_unlinked, seize),
    "CF06": (lambda c: rel(c, cf_ywh=NOPE), rel),
    "CF07": (lambda c: seize(c, djsj=FUTURE), seize),
    # 异议
    "YY01": (lambda c: obj(c, yysx=None), obj),
    "YY02": (lambda c: obj(c, bdcdyh=BAD_UNIT), obj),
    "YY03": (lambda c: obj(c, qxdm="999999"), obj),
    "YY04": (obj_unlinked, obj),
    "YY05": (lambda c: obj(c, djsj=FUTURE), obj),
    # 注销
    "ZX01": (lambda c: cancel(c, zxywh=None), cancel),
    "ZX02": (lambda c: cancel(c, zxywh=NOPE), cancel),
    "ZX03": (lambda c: cancel(c, qxdm="999999"), cancel),
    "ZX04": (lambda c: cancel(c, djsj=FUTURE), cancel),
    # 其他
    "QT01": (unknown_kind, own),
    # 登簿结果单元
    "DJDY01": (lambda c: unit_row(c, bdcdyh=""), unit_row),
    "DJDY02": (lambda c: unit_row(c, bdcdyh=BAD_UNIT), unit_row),
    "DJDY03": (lambda c: unit_row(c, unlinked=True), unit_row),
    # 权利人
    "QLR01": (lambda c: qlr_row(c, qlrmc=None), qlr_row),
    "QLR02": (lambda c: qlr_row(c, zjhm=_bad_sfzh()), qlr_row),
    "QLR03": (lambda c: qlr_row(c, gyfs="9"), qlr_row),
    "QLR04": (lambda c: qlr_row(c, qlbl="150%"), lambda c: qlr_row(c, qlbl="1/2")),
    # 证书
    "ZS01": (lambda c: zs_row(c, zslx=None), zs_row),
    "ZS02": (lambda c: zs_row(c, bdcdyh=BAD_UNIT), zs_row),
    "ZS03": (lambda c: zs_row(c, qxdm="999999"), zs_row),
    # 影像
    "YX01": (lambda c: yx_row(c, wjmc=None), yx_row),
    "YX02": (lambda c: yx_row(c, sha256="ABCDEF-not-a-digest"), yx_row),
    "YX03": (lambda c: yx_row(c, dx=-1), lambda c: yx_row(c, dx=0)),
    # 不动产单元
    "DY01": (lambda c: bdcdy_row(c, ywh=None), bdcdy_row),
    "DY02": (lambda c: bdcdy_row(c, bdcdyh=BAD_UNIT), bdcdy_row),
    "DY03": (lambda c: bdcdy_row(c, fwbm="OLD-0001"), bdcdy_row),  # 警告
    "DY04": (lambda c: bdcdy_row(c, jzmj="-1.00"), lambda c: bdcdy_row(c, ftjzmj="0")),
    # 土地
    "TD01": (lambda c: td_row(c, ywh=None), td_row),
    "TD02": (lambda c: td_row(c, zdmj="-5"), td_row),
    "TD03": (lambda c: td_row(c, tdsyqssj="2080-01-01"), td_row),
    # 收费
    "SF01": (lambda c: sf_row(c, sfxm=None), sf_row),
    "SF02": (lambda c: sf_row(c, je="-1.00"), lambda c: sf_row(c, je="0.00")),
    # 共享主表
    "GX01": (lambda c: gx_row(c, ywzt=None), gx_row),
}


def rule(c, code: str) -> tuple[str, str, str]:
    """(yzcd, zd, jcgc) of a catalog rule."""
    return q(c, "SELECT yzcd, zd, jcgc FROM stg.jygz WHERE gzdm = %s", (code,))[0]


@pytest.mark.parametrize("code", sorted(RULE_CASES))
def test_rule_trips_on_its_failing_row_and_not_on_its_passing_row(jy_tx, code: str) -> None:
    c = jy_tx
    trip, keep = RULE_CASES[code]
    bad, good = trip(c), keep(c)
    validate(c)
    yzcd, fields, _ = rule(c, code)

    jyzt, msgs = result(c, bad)
    assert code in msgs, (jyzt, msgs)
    if yzcd == "错误":
        assert jyzt == "不合格"
    else:  # a warning is recorded, the row still qualifies
        assert jyzt in ("合格", "已入库"), msgs
    # the message is Chinese and names the field (TD/T 1066 name) it is about
    assert re.search(r"[\u4e00-\u9fff]", msgs[code])
    assert any(f in msgs[code] for f in fields.split(",")), msgs[code]

    jyzt, msgs = result(c, good)
    assert code not in msgs
    assert codes(c, good) == [], msgs  # the passing row is clean: no rule trips on a valid row
    assert jyzt != "不合格" or "RK00" in msgs


def test_every_enabled_rule_has_a_case(jy_tx) -> None:
    catalog = {r[0] for r in q(jy_tx, "SELECT gzdm FROM stg.jygz WHERE qy AND gzdm NOT LIKE 'FM%%'")}
    assert catalog - set(RULE_CASES) == set(), "rules without a tripping and a passing row"
    assert set(RULE_CASES) - catalog == set(), "cases of rules no longer in the catalog"


def test_every_check_procedure_of_the_catalog_exists(jy_tx) -> None:
    missing = q(
        jy_tx,
        "SELECT DISTINCT jcgc FROM stg.jygz WHERE to_regprocedure(jcgc || '(jsonb)') IS NULL"
        " AND jcgc <> 'stg.jc_fm' ORDER BY 1",
    )
    assert missing == []


# --- bad data never raises; one message per row ------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-30",
        "2026-13-01",
        "0000-01-15",
        "2026-11-20Tgarbage",
        "2026-11-20T25:00:00Z",
        "20261120",
        "2026-11-20T08:00:00+99",
        "yesterday",
        "2026-02-29",
    ],
)
def test_a_bad_date_fails_the_date_rule_without_an_exception(jy_tx, value: str) -> None:
    c = jy_tx
    key = own(c, djsj=value)
    validate(c)
    jyzt, msgs = result(c, key)
    assert jyzt == "不合格"
    assert f"登记时间 djsj=「{value}」不是有效的日期或时间" in msgs["SYQ10"]


def test_dates_and_times_compare_as_instants(jy_tx) -> None:
    c = jy_tx
    today = one(c, "SELECT to_char(current_date, 'YYYY-MM-DD')")
    ok = [
        own(c, djsj=v)
        for v in (today, "2026-11-20", "2026-11-20 08:00", "2026-11-20T08:00:00+08:00", "2026-11-20Z")
    ]
    later = own(c, djsj=one(c, "SELECT to_char(now() + interval '2 hours', 'YYYY-MM-DD\"T\"HH24:MI:SSOF')"))
    both_bad = mort(c, zwlxqssj="2026-02-30", zwlxjssj="not a date")
    reversed_ = mort(c, zwlxqssj="2046-11-21", zwlxjssj="2046-11-20")
    same_day = mort(c, zwlxqssj="2046-11-20", zwlxjssj="2046-11-20")
    validate(c)
    for key in ok:
        assert "SYQ10" not in result(c, key)[1]
    assert "晚于当前时间" in result(c, later)[1]["SYQ10"]
    msg = result(c, both_bad)[1]["DYQ05"]
    assert (
        "债务履行起始时间 zwlxqssj=「2026-02-30」" in msg
        and "债务履行结束时间 zwlxjssj=「not a date」" in msg
    )
    assert result(c, reversed_)[1]["DYQ05"] == (
        "债务履行起始时间 zwlxqssj=「2046-11-21」晚于债务履行结束时间 zwlxjssj=「2046-11-20」"
    )
    assert "DYQ05" not in result(c, same_day)[1]


def test_bad_numbers_and_ratios_fail_without_an_exception(jy_tx) -> None:
    c = jy_tx
    text_area = own(c, jzmj="一百", fdcjyjg="1,000")
    no_amount = mort(c, bdbzzqse=" ", zgzqse=None)
    ratios = {
        v: qlr_row(c, qlbl=v, sxh=i) for i, v in enumerate(("1/0", "0", "abc", "-0.5", "1.5", "100%"), 1)
    }
    validate(c)
    jyzt, msgs = result(c, text_area)
    assert jyzt == "不合格"
    assert msgs["SYQ09"] == "房地产交易价格 fdcjyjg=「1,000」不是数字；建筑面积 jzmj=「一百」不是数字"
    assert "SYQ06" not in msgs  # the area comparison leaves non-numbers to SYQ09
    assert result(c, no_amount)[1]["DYQ04"] == "被担保主债权数额 bdbzzqse、最高债权数额 zgzqse 至少须填一项"
    for v, key in ratios.items():
        failing = result(c, key)[1]
        assert ("QLR04" in failing) == (v != "100%"), (v, failing)
    assert "不是小数、百分数或分数" in result(c, ratios["1/0"])[1]["QLR04"]
    assert "换算为 1.5000" in result(c, ratios["1.5"])[1]["QLR04"]


def test_several_bad_code_fields_give_one_message_naming_each(jy_tx) -> None:
    c = jy_tx
    key = own(c, ghyt="QQ", fwxz="ZZ", qszt="9", qxdm="511721")  # 511721 达县: withdrawn but still a code
    validate(c)
    msg = result(c, key)[1]["SYQ04"]
    for part in (
        "规划用途 ghyt=「QQ」不在代码表 zd.fwyt 中",
        "房屋性质 fwxz=「ZZ」不在代码表 zd.fwxz 中",
        "权属状态 qszt=「9」不在代码表 zd.qszt 中",
    ):
        assert part in msg
    assert "qxdm" not in msg
    # the procedure itself returns one row for the row (the batch is still in stg.jypc)
    n = one(
        c,
        "SELECT count(*) FROM stg.jc_zd((SELECT row_to_json(g)::jsonb FROM stg.jygz g WHERE gzdm = 'SYQ04'))",
    )
    assert n == 1


def test_identity_numbers_by_document_kind(jy_tx) -> None:
    c = jy_tx
    uscc = make_uscc("9", "1", "511702", "MA6XXXXX0")
    rows = {
        "uscc ok": (qlr_row(c, zjzl="8", zjhm=uscc, qlrmc="达州某公司", qlrlx="2"), False),
        "uscc bad": (qlr_row(c, zjzl="8", zjhm=uscc[:-1] + ("0" if uscc[-1] != "0" else "1")), True),
        "id empty": (qlr_row(c, zjzl="1", zjhm=None), True),
        "id lower x": (qlr_row(c, zjzl="1", zjhm="11010519491231002x"), False),
        "passport": (qlr_row(c, zjzl="3", zjhm="E12345678"), False),
        "no kind": (qlr_row(c, zjzl=None, zjhm="whatever"), False),
    }
    validate(c)
    for name, (key, fails) in rows.items():
        assert ("QLR02" in result(c, key)[1]) == fails, name
    assert "统一社会信用代码（GB 32100" in result(c, rows["uscc bad"][0])[1]["QLR02"]
    assert "证件号码 zjhm 为空" in result(c, rows["id empty"][0])[1]["QLR02"]


def test_a_misconfigured_rule_is_refused(jy_tx) -> None:
    with pytest.raises(psycopg2.Error) as err, jy_tx.cursor() as cur:
        cur.execute("""SELECT * FROM stg.jc_bm('{"gzdm": "X", "cs": {"zd": "bdcdyh", "bm": "isbn"}}')""")
    assert err.value.pgcode == "22023"


# --- predecessors, one current ownership, cancellations, releases ------------------------------------


def test_predecessor_must_be_registered_of_the_right_kind_and_current(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = unit(c)
    y0, y1 = new_ywh(), new_ywh()
    loaded_fdcq(c, y0, dy, qszt="2")
    loaded_fdcq(c, y1, dy, syywh=y0)  # y0 was transferred to y1 already
    again = put(c, "dbjg", ownership(new_ywh(), dy, fwbm, syywh=y0))
    # two transfers of one staged predecessor in the same batch: both fail
    fwbm2, dy2 = unit(c)
    base = new_ywh()
    put(c, "dbjg", ownership(base, dy2, fwbm2))
    twins = [put(c, "dbjg", ownership(new_ywh(), dy2, fwbm2, syywh=base)) for _ in range(2)]
    # a 预抵押 must name a 预告, not a 预抵押; and must name one at all
    _, dy3 = unit(c)
    ydy0 = new_ywh()
    loaded_ygdj(c, ydy0, dy3, ygdjzl="3")
    wrong_kind = put(c, "dbjg", premortgage(new_ywh(), dy3, ydy0))
    empty = put(c, "dbjg", premortgage(new_ywh(), dy3, None))
    validate(c)

    assert result(c, again)[1]["SYQ07"] == f"上手业务号 syywh=「{y0}」不再现势：已是所有权业务「{y1}」的上手"
    for key in twins:
        assert "不再现势" in result(c, key)[1]["SYQ07"]
    assert result(c, wrong_kind)[1]["YDY04"].startswith(f"上手业务号 syywh=「{ydy0}」未登记为预告")
    assert "上手业务号 syywh 为空" in result(c, empty)[1]["YDY04"]


def test_a_predecessor_in_the_same_batch_counts_an_unqualified_one_does_not(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = unit(c)
    y0 = new_ywh()
    put(c, "dbjg", ownership(y0, dy, fwbm, djsj=None))  # 不合格 (SYQ01), but 待校验 while the batch runs
    same_batch = put(c, "dbjg", mortgage(new_ywh(), dy, syywh=y0))
    validate(c)
    assert "DYQ08" not in result(c, same_batch)[1]
    later = put(c, "dbjg", mortgage(new_ywh(), dy, syywh=y0))
    validate(c)
    assert result(c, later)[1]["DYQ08"] == (
        f"上手业务号 syywh=「{y0}」未登记为所有权或抵押权（生产库与暂存区都没有该业务，或它校验不合格）"
    )


def test_one_current_ownership_per_unit(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = unit(c)
    pair = [put(c, "dbjg", ownership(new_ywh(), dy, fwbm)) for _ in range(2)]
    fwbm2, dy2 = unit(c)
    r1, r2 = new_ywh(), new_ywh()
    chain = [put(c, "dbjg", ownership(r1, dy2, fwbm2)), put(c, "dbjg", ownership(r2, dy2, fwbm2, syywh=r1))]
    fwbm3, dy3 = unit(c)
    loaded_fdcq(c, new_ywh(), dy3, qszt="2")  # a historical ownership does not count
    history = put(c, "dbjg", ownership(new_ywh(), dy3, fwbm3, qszt="2"))
    current = put(c, "dbjg", ownership(new_ywh(), dy3, fwbm3))
    validate(c)
    for key in pair:
        msg = result(c, key)[1]["SYQ08"]
        assert msg.startswith(f"不动产单元号 bdcdyh=「{dy}」已有现势所有权：同批业务「")
    for key in (*chain, history, current):
        assert "SYQ08" not in result(c, key)[1], key


def test_a_cancellation_names_a_registered_right_not_cancelled_yet(jy_tx) -> None:
    c = jy_tx
    _, dy = unit(c)
    m0 = new_ywh()
    loaded_dyaq(c, m0)
    loaded_zxdj(c, new_ywh(), dy, m0)
    done = put(c, "dbjg", cancellation(new_ywh(), dy, m0))
    m1 = new_ywh()
    loaded_dyaq(c, m1)
    twice = [put(c, "dbjg", cancellation(new_ywh(), dy, m1)) for _ in range(2)]
    _, dy2 = unit(c)
    m2 = new_ywh()
    put(c, "dbjg", mortgage(m2, dy2))
    same_batch = put(c, "dbjg", cancellation(new_ywh(), dy2, m2))
    validate(c)
    assert "ZX02" in result(c, done)[1] and "已被注销业务" in result(c, done)[1]["ZX02"]
    for key in twice:
        assert "已被注销业务" in result(c, key)[1]["ZX02"]
    assert "ZX02" not in result(c, same_batch)[1]


def test_a_release_names_a_seizure_not_released_yet(jy_tx) -> None:
    c = jy_tx
    _, dy = unit(c)
    cf0 = new_ywh()
    loaded_cfdj(c, cf0, dy, jfywh=new_ywh())
    released = rel(c, cf_ywh=cf0)
    empty = rel(c, cf_ywh=None, syywh=None)
    _, dy2 = unit(c)
    cf1 = new_ywh()
    put(c, "dbjg", seizure(cf1, dy2))
    same_batch = put(c, "dbjg", release(new_ywh(), dy2, cf1))
    _, dy3 = unit(c)
    cf2 = new_ywh()
    loaded_cfdj(c, cf2, dy3)
    twice = [put(c, "dbjg", release(new_ywh(), dy3, cf2)) for _ in range(2)]
    not_a_seizure = put(c, "dbjg", release(new_ywh(), dy3, twice[0][1]))  # names a release
    validate(c)
    assert "的查封已被解封业务" in result(c, released)[1]["CF06"]
    assert result(c, empty)[1]["CF06"] == "上手业务号 syywh 为空：解封登记须指明所解除的查封"
    assert "CF06" not in result(c, same_batch)[1]
    for key in twice:
        assert "已被解封业务" in result(c, key)[1]["CF06"]
    assert "不是已登记的查封" in result(c, not_a_seizure)[1]["CF06"]
    assert "CF01" not in result(c, same_batch)[1]  # 解封 rows are not held to the seizure's fields


def test_a_premortgage_with_a_bad_use_or_nature_code_fails_ydy03(jy_tx) -> None:
    """YDY03 covers every code column a 预抵押 writes to djjg.ygdj (jy_0015 dropped the foreign keys)."""
    c = jy_tx
    key = premort(c, ghyt="QQ", fwxz="ZZ")
    validate(c)
    jyzt, msgs = result(c, key)
    assert jyzt == "不合格"
    assert "规划用途 ghyt=「QQ」不在代码表 zd.fwyt 中" in msgs["YDY03"]
    assert "房屋性质 fwxz=「ZZ」不在代码表 zd.fwxz 中" in msgs["YDY03"]
    assert one(c, "SELECT count(*) FROM djjg.ygdj WHERE ywh = %s", (key[1],)) == 0
