"""Named, reviewed corrections (数据修正, seed §5.2.3): the catalog xz.gc, the correction procedures xz.*, the
runner xz.run, the set-based stg.correct_rows under stg.correct, the Python module jydj.corrections and the
``jydj correct`` command. Validation itself: test_validation.py; the rules: test_validation_rules.py.
"""

from __future__ import annotations

import datetime
import json
from contextlib import closing
from pathlib import Path

import psycopg2
import pytest
from click.testing import CliRunner
from stagekit import (
    COUNTY,
    TS,
    flat,
    link,
    linked_flat,
    mortgage,
    new_ywh,
    one,
    ownership,
    party,
    premortgage,
    prenotice,
    q,
    release,
    scan,
    seizure,
    stage,
    status,
    unit_code,
    validate,
)

from jydj.codes import make_sfzh
from jydj.commands.correct import correct
from jydj.corrections import fields_of, list_procedures, run_correction

PROCEDURES = [
    "xz.zd_sz",
    "xz.mj_lpb",
    "xz.fwbm_gj",
    "xz.rq_gs",
    "xz.zjhm_gs",
    "xz.ss_xs",
    "xz.jf_cf",
    "xz.qxdm_dyh",
]


# --- helpers ------------------------------------------------------------------------------------------


def rid(c, lybm: str, lyzj: str) -> int:
    return one(c, "SELECT id FROM stg.djsj WHERE lybm = %s AND lyzj = %s", (lybm, lyzj))


def xz_run(
    c,
    name: str,
    ids: list[int],
    params: dict | None = None,
    dry: bool = True,
    reason: str | None = "核对原件",
):
    return one(
        c,
        "SELECT xz.run(%s, %s::bigint[], %s::jsonb, %s, '张三', %s, 'web', '10.0.0.8')",
        (name, ids, json.dumps(params or {}, ensure_ascii=False), dry, reason),
    )


def refused(c, error: type[Exception], message: str, name: str, ids: list[int], params=None, **kw) -> None:
    """xz.run raises ``error`` matching ``message``; nothing of it remains (savepoint)."""
    with c.cursor() as cur:
        cur.execute("SAVEPOINT s")
    with pytest.raises(error, match=message):
        xz_run(c, name, ids, params, **kw)
    with c.cursor() as cur:
        cur.execute("ROLLBACK TO SAVEPOINT s")


def snapshot(c, ids: list[int]) -> list[tuple]:
    return q(c, "SELECT id, sjnr, jyzt, jyjg FROM stg.djsj WHERE id = ANY (%s) ORDER BY id", (ids,))


def audit_count(c) -> int:
    return one(c, "SELECT count(*) FROM audit.czrz WHERE czlx IN ('修正暂存行', '执行修正')")


def dry_then_apply(c, name: str, row: int, field: str, old, new, params: dict | None = None) -> dict:
    """Dry run shows old → new and writes nothing; the applied run returns the re-validated row."""
    before, logged = snapshot(c, [row]), audit_count(c)
    dry = xz_run(c, name, [row], params)
    assert dry["sy"] is True and dry["gcm"] == name and dry["unchanged"] == []
    assert len(dry["rows"]) == 1
    shown = dry["rows"][0]
    assert (shown["id"], shown["bgq"], shown["bgh"]) == (row, {field: old}, {field: new})
    assert {"lybm", "lyzj", "djzl", "bdcdyh"} <= set(shown)
    assert snapshot(c, [row]) == before and audit_count(c) == logged
    res = xz_run(c, name, [row], params, dry=False)
    assert audit_count(c) == logged + 2
    assert res["sy"] is False and res["unchanged"] == []
    assert res["rows"][0]["bgq"] == {field: old} and res["rows"][0]["bgh"] == {field: new}
    assert one(c, "SELECT sjnr -> %s FROM stg.djsj WHERE id = %s", (field, row)) == new
    return res


def loaded(c, row: int) -> bool:
    return one(c, "SELECT jyzt FROM stg.djsj WHERE id = %s", (row,)) == "已入库"


def fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in text)


# --- the catalog --------------------------------------------------------------------------------------


def test_catalog_rows_are_installed_read_only_and_well_specified(jy_tx) -> None:
    c = jy_tx
    rows = q(c, "SELECT gcm, cs, qy FROM xz.gc ORDER BY pxh")
    assert [r[0] for r in rows] == PROCEDURES and all(r[2] for r in rows)
    for gcm, cs, _ in rows:
        fn = one(c, "SELECT to_regprocedure(%s || '(bigint[], jsonb)')::oid", (gcm,))
        assert fn is not None, gcm
        assert one(c, "SELECT provolatile FROM pg_proc WHERE oid = %s", (fn,)) == "s", f"{gcm} must be STABLE"
        assert one(c, "SELECT pg_get_function_result(%s)", (fn,)) == "TABLE(id bigint, gx jsonb)", gcm
        for spec in cs:
            assert {"name", "label", "type", "required", "help"} <= set(spec), (gcm, spec)
            assert spec["type"] in ("field", "text", "number", "choice")
            assert isinstance(spec["required"], bool)
            assert spec["type"] != "choice" or spec["choices"]
    with c.cursor() as cur:
        cur.execute("SAVEPOINT s")
        with pytest.raises(psycopg2.errors.CheckViolation):
            cur.execute("INSERT INTO xz.gc (gcm, mc, sm, cs) VALUES ('stg.correct', 'x', 'x', '[]')")
        cur.execute("ROLLBACK TO SAVEPOINT s")


def test_list_procedures_filters_by_kind_and_rule(jy_tx) -> None:
    c = jy_tx
    everything = list_procedures(c)
    assert [p["name"] for p in everything] == PROCEDURES
    first = everything[0]
    assert set(first) == {"name", "title", "description", "kinds", "rules", "params", "order"}
    assert first["title"] == "字段改值" and first["kinds"] is None
    assert [p["name"] for p in list_procedures(c, rule="SYQ06")] == ["xz.mj_lpb"]
    assert [p["name"] for p in list_procedures(c, rule="CF06")] == ["xz.jf_cf"]
    kinds = [p["name"] for p in list_procedures(c, kind="权利人")]
    assert "xz.zjhm_gs" in kinds and "xz.zd_sz" in kinds and "xz.mj_lpb" not in kinds
    q(c, "UPDATE xz.gc SET qy = false WHERE gcm = 'xz.mj_lpb' RETURNING gcm")
    assert list_procedures(c, rule="SYQ06") == []


# --- the procedures: a row each fixes, a row each leaves alone ---------------------------------------


def test_zd_sz_sets_a_field_and_empty_means_null(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 501)
    y, other = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, djsj=None))
    stage(c, "dbjg", ownership(other, unit_code(502), fj="附记"))
    validate(c)
    row, alone = rid(c, "dbjg", y), rid(c, "dbjg", other)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ01"])
    # the other row already has this value: left alone
    dry = xz_run(c, "xz.zd_sz", [row, alone], {"zd": "djsj", "z": TS})
    assert [r["id"] for r in dry["rows"]] == [row] and dry["unchanged"] == [alone]
    res = dry_then_apply(c, "xz.zd_sz", row, "djsj", None, TS, {"zd": "djsj", "z": TS})
    assert res["rows"][0]["jyzt"] == "已入库" and res["rows"][0]["jyjg"] is None
    assert (res["loaded"], res["qualified"], res["unqualified"]) == (1, 1, 0)
    assert one(c, "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s", (y,)) == 1
    # an empty value sets null; a JSON number stays a number
    res = xz_run(c, "xz.zd_sz", [alone], {"zd": "fj", "z": ""}, dry=False)
    assert res["rows"][0]["bgh"] == {"fj": None}
    assert one(c, "SELECT sjnr -> 'fj' FROM stg.djsj WHERE id = %s", (alone,)) is None
    stage(c, "yx", scan(y))
    image = rid(c, "yx", f"{y}|{'0' * 63}1")
    assert xz_run(c, "xz.zd_sz", [image], {"zd": "dx", "z": "2048"})["rows"][0]["bgh"] == {"dx": 2048}
    assert xz_run(c, "xz.zd_sz", [image], {"zd": "wjmc", "z": 7})["rows"][0]["bgh"] == {"wjmc": "7"}


def test_audit_rows_record_before_and_after(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 503)
    y = new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, djsj=None))
    validate(c)
    row = rid(c, "dbjg", y)
    xz_run(c, "xz.zd_sz", [row], {"zd": "djsj", "z": TS}, dry=False, reason="按登簿原件补登记时间")
    audit = q(
        c,
        """SELECT czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy FROM audit.czrz
            WHERE czlx IN ('修正暂存行', '执行修正') ORDER BY id""",
    )
    assert audit[0] == (
        "张三", "修正暂存行", "stg.djsj", str(row), {"djsj": None}, {"djsj": TS}, "web", "10.0.0.8",
        "按登簿原件补登记时间",
    )  # fmt: skip
    czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy = audit[1]
    assert (czr, czlx, dxb, dxzj, bgq, ly, ip, yy) == (
        "张三", "执行修正", "xz.gc", "xz.zd_sz", None, "web", "10.0.0.8", "按登簿原件补登记时间",
    )  # fmt: skip
    assert bgh == {
        "cs": {"zd": "djsj", "z": TS},
        "ids": [row],
        "results": {"changed": [row], "unchanged": [], "loaded": 1, "qualified": 1, "unqualified": 0},
    }
    assert len(audit) == 2


def test_mj_lpb_takes_the_linked_flats_area(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 510, area=98.5)
    y, far = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, jzmj="150.00"))
    stage(c, "dbjg", ownership(far, unit_code(511), jzmj="150.00"))  # its unit is linked to no flat
    validate(c)
    row, alone = rid(c, "dbjg", y), rid(c, "dbjg", far)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ06"])
    # 实测 only: the flat has no measured area, so nothing changes
    only_measured = xz_run(c, "xz.mj_lpb", [row, alone], {"ly": "实测"})
    assert only_measured["rows"] == [] and only_measured["unchanged"] == [row, alone]
    assert xz_run(c, "xz.mj_lpb", [row, alone])["unchanged"] == [alone]
    res = dry_then_apply(c, "xz.mj_lpb", row, "jzmj", "150.00", "98.50")
    assert res["rows"][0]["jyzt"] == "已入库" and loaded(c, row)
    choices = r"须是以下之一：实测优先、实测、预测"
    refused(c, psycopg2.errors.InvalidParameterValue, choices, "xz.mj_lpb", [alone], {"ly": "估算"})


def test_fwbm_gj_takes_the_house_code_of_the_link(jy_tx) -> None:
    c = jy_tx
    _, fwbm = flat(c, 520)
    dy = unit_code(520)
    y, other = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(y, dy, None))
    stage(c, "dbjg", ownership(other, unit_code(521), None))
    validate(c)
    row, alone = rid(c, "dbjg", y), rid(c, "dbjg", other)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ05"])
    assert xz_run(c, "xz.fwbm_gj", [row])["rows"] == []  # not linked yet: nothing to take
    link(c, fwbm, dy)  # the steward links the flat and the unit
    assert xz_run(c, "xz.fwbm_gj", [row, alone])["unchanged"] == [alone]
    res = dry_then_apply(c, "xz.fwbm_gj", row, "fwbm", None, fwbm)
    assert res["rows"][0]["jyzt"] == "已入库"
    assert one(c, "SELECT fwbm FROM stg.djsj WHERE id = %s", (row,)) == fwbm  # the column follows the image
    assert one(c, "SELECT fwbm FROM djjg.fdcq WHERE ywh = %s", (y,)) == fwbm


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2021年3月5日", "2021-03-05"),
        ("2021/3/5", "2021-03-05"),
        ("2021.03.05", "2021-03-05"),
        ("20210305", "2021-03-05"),
        (" 2021-3-5 ", "2021-03-05"),
        ("２０２１年３月５日", "2021-03-05"),
        ("2021/3/5 14:30", "2021-03-05 14:30:00"),
        ("2021年3月5日 8时5分3秒", "2021-03-05 08:05:03"),
        ("2021-03-05T08:00:00.000000Z", None),  # already standard
        ("2021-03-05 08:00", None),
        ("2021年2月30日", None),  # no such day
        ("2021/3/5 25:00", None),
        ("三月五日", None),
    ],
)
def test_rq_gs_forms(jy_tx, written: str, iso: str | None) -> None:
    c = jy_tx
    y = new_ywh()
    stage(c, "dbjg", ownership(y, unit_code(530), djsj=written))  # staged, not validated: 待校验
    row = rid(c, "dbjg", y)
    res = xz_run(c, "xz.rq_gs", [row], {"zd": "djsj"})
    if iso is None:
        assert res["rows"] == [] and res["unchanged"] == [row]
    else:
        assert res["rows"][0]["bgh"] == {"djsj": iso}


def test_rq_gs_fixes_an_unreadable_date(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 531)
    y = new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, djsj="2021年3月5日"))
    validate(c)
    row = rid(c, "dbjg", y)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ10"])
    res = dry_then_apply(c, "xz.rq_gs", row, "djsj", "2021年3月5日", "2021-03-05", {"zd": "djsj"})
    assert res["rows"][0]["jyzt"] == "已入库"
    assert one(c, "SELECT djsj::date FROM djjg.fdcq WHERE ywh = %s", (y,)) == datetime.date(2021, 3, 5)


def _id_ending_in_x() -> str:
    for n in range(1, 400):
        sfzh = make_sfzh(COUNTY, datetime.date(1985, 1, 1) + datetime.timedelta(days=n), n)
        if sfzh.endswith("X"):
            return sfzh
    raise AssertionError("no ID with check char X")


def test_zjhm_gs_normalises_id_numbers(jy_tx) -> None:
    c = jy_tx
    x_id = _id_ending_in_x()
    new18 = make_sfzh(COUNTY, datetime.date(1981, 6, 15), 123)
    old15 = new18[:6] + new18[8:17]
    wrong = new18[:17] + ("0" if new18[17] != "0" else "1")
    y = new_ywh()
    written = {
        1: f"  {fullwidth(x_id[:17])}ｘ ",  # full-width, blanks, lower-case x
        2: wrong,  # wrong check digit: rewriting cannot fix it
        3: x_id[:17] + "x",  # lower-case x (valid as it is, so staged after the run)
        4: old15,  # 15 digits → 18 with the check digit
        5: new18,  # valid: nothing to do
    }
    stage(c, "qlr", party(y, 1, zjhm=written[1]))
    stage(c, "qlr", party(y, 2, zjhm=written[2]))
    validate(c)
    assert status(c, "qlr", f"{y}|权利人|1") == ("不合格", ["QLR02"])
    assert status(c, "qlr", f"{y}|权利人|2") == ("不合格", ["QLR02"])
    for sxh in (3, 4, 5):
        stage(c, "qlr", party(y, sxh, zjhm=written[sxh]))  # 待校验
    ids = {sxh: rid(c, "qlr", f"{y}|权利人|{sxh}") for sxh in written}
    dry = xz_run(c, "xz.zjhm_gs", list(ids.values()))
    assert {r["id"]: r["bgh"]["zjhm"] for r in dry["rows"]} == {ids[1]: x_id, ids[3]: x_id, ids[4]: new18}
    assert dry["unchanged"] == [ids[2], ids[5]]
    res = dry_then_apply(c, "xz.zjhm_gs", ids[1], "zjhm", written[1], x_id)
    assert res["rows"][0]["jyzt"] == "已入库"
    assert one(c, "SELECT zjhm FROM djjg.qlr WHERE ywh = %s AND sxh = 1", (y,)) == x_id


def test_ss_xs_takes_the_current_ownership_or_prenotice(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 540)
    first = new_ywh()
    stage(c, "dbjg", ownership(first, dy, fwbm))
    validate(c)
    assert status(c, "dbjg", first) == ("已入库", [])
    transfer = new_ywh()
    stage(c, "dbjg", ownership(transfer, dy, fwbm, syywh="NO-SUCH"))
    fwbm2, dy2 = linked_flat(c, 541)  # a unit without any ownership
    lonely = new_ywh()
    stage(c, "dbjg", ownership(lonely, dy2, fwbm2, syywh="NO-SUCH"))
    validate(c)
    row, alone = rid(c, "dbjg", transfer), rid(c, "dbjg", lonely)
    assert status(c, "dbjg", transfer) == ("不合格", ["SYQ07", "SYQ08"])
    assert xz_run(c, "xz.ss_xs", [row, alone])["unchanged"] == [alone]
    res = dry_then_apply(c, "xz.ss_xs", row, "syywh", "NO-SUCH", first)
    assert res["rows"][0]["jyzt"] == "已入库"
    assert one(c, "SELECT qszt FROM djjg.fdcq WHERE ywh = %s", (first,)) == "2"  # transferred: 历史

    # 预抵押 → the unit's current 预告
    _, dy3 = linked_flat(c, 542)
    pre = new_ywh()
    stage(c, "dbjg", prenotice(pre, dy3))
    validate(c)
    assert status(c, "dbjg", pre)[0] == "已入库"
    pm = new_ywh()
    stage(c, "dbjg", premortgage(pm, dy3, "NO-SUCH"))
    validate(c)
    assert status(c, "dbjg", pm) == ("不合格", ["YDY04"])
    res = dry_then_apply(c, "xz.ss_xs", rid(c, "dbjg", pm), "syywh", "NO-SUCH", pre)
    assert res["rows"][0]["jyzt"] == "已入库"

    # 抵押权 on a unit with two current ownerships: not exactly one candidate, left alone
    _, dy4 = linked_flat(c, 543)
    for ywh in ("DUP-A", "DUP-B"):
        q(c, "INSERT INTO djjg.fdcq (ywh, bdcdyh, qszt) VALUES (%s, %s, '1') RETURNING id", (ywh, dy4))
    m = new_ywh()
    stage(c, "dbjg", mortgage(m, dy4, syywh="NO-SUCH"))
    validate(c)
    assert status(c, "dbjg", m) == ("不合格", ["DYQ08"])
    assert xz_run(c, "xz.ss_xs", [rid(c, "dbjg", m)])["rows"] == []


def test_jf_cf_names_the_units_open_seizure(jy_tx) -> None:
    c = jy_tx
    _, dy = linked_flat(c, 550)
    cf = new_ywh()
    stage(c, "dbjg", seizure(cf, dy))
    validate(c)
    assert status(c, "dbjg", cf)[0] == "已入库"
    jf = new_ywh()
    stage(c, "dbjg", release(jf, dy, "NO-SUCH"))
    validate(c)
    row = rid(c, "dbjg", jf)
    assert status(c, "dbjg", jf) == ("不合格", ["CF06"])
    res = dry_then_apply(c, "xz.jf_cf", row, "syywh", "NO-SUCH", cf)
    assert res["rows"][0]["jyzt"] == "已入库"
    assert one(c, "SELECT jfywh FROM djjg.cfdj WHERE ywh = %s", (cf,)) == jf

    # two open seizures on one unit: left alone unless the 查封文号 says which
    _, dy2 = linked_flat(c, 551)
    a, b = new_ywh(), new_ywh()
    stage(c, "dbjg", seizure(a, dy2, cfwh="（2026）川1702执1号"))
    stage(c, "dbjg", seizure(b, dy2, cfwh="（2026）川1702执2号"))
    jf2 = new_ywh()
    stage(c, "dbjg", release(jf2, dy2, None))
    validate(c)
    row2 = rid(c, "dbjg", jf2)
    assert status(c, "dbjg", jf2) == ("不合格", ["CF06"])
    assert xz_run(c, "xz.jf_cf", [row2])["unchanged"] == [row2]
    assert xz_run(c, "xz.jf_cf", [row2], {"cfwh": "（2026）川1702执9号"})["rows"] == []
    res = dry_then_apply(c, "xz.jf_cf", row2, "syywh", None, b, {"cfwh": " （2026）川1702执2号 "})
    assert res["rows"][0]["jyzt"] == "已入库"


def test_qxdm_dyh_takes_the_county_of_the_unit(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 560)
    y, bad_unit = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, qxdm="QQ"))
    stage(c, "dbjg", ownership(bad_unit, "999999" + dy[6:], qxdm="QQ"))
    validate(c)
    row, alone = rid(c, "dbjg", y), rid(c, "dbjg", bad_unit)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ04"])
    assert xz_run(c, "xz.qxdm_dyh", [row, alone])["unchanged"] == [alone]
    res = dry_then_apply(c, "xz.qxdm_dyh", row, "qxdm", "QQ", COUNTY)
    assert res["rows"][0]["jyzt"] == "已入库"


def test_an_apply_that_still_fails_keeps_the_row_in_the_queue_with_its_reasons(jy_tx) -> None:
    c = jy_tx
    y = new_ywh()
    stage(c, "dbjg", ownership(y, unit_code(570), djsj="2021/3/5"))
    validate(c)
    row = rid(c, "dbjg", y)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ05", "SYQ10"])
    res = xz_run(c, "xz.rq_gs", [row], {"zd": "djsj"}, dry=False)
    assert (res["loaded"], res["qualified"], res["unqualified"]) == (0, 0, 1)
    assert res["rows"][0]["jyzt"] == "不合格" and [r["gzdm"] for r in res["rows"][0]["jyjg"]] == ["SYQ05"]


# --- the runner refuses ------------------------------------------------------------------------------


def test_the_runner_refuses_in_chinese_and_writes_nothing(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 580)
    y, done, p = new_ywh(), new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, djsj=None))
    stage(c, "qlr", party(p, zjhm="1"))  # QLR02
    fwbm2, dy2 = linked_flat(c, 581)
    stage(c, "dbjg", ownership(done, dy2, fwbm2))
    validate(c)
    row, loaded_row, party_row = rid(c, "dbjg", y), rid(c, "dbjg", done), rid(c, "qlr", f"{p}|权利人|1")
    assert loaded(c, loaded_row) and not loaded(c, row)
    before = snapshot(c, [row, party_row])
    bad = psycopg2.errors.InvalidParameterValue
    fix = {"zd": "djsj", "z": TS}
    for name in ("xz.nosuch", "stg.correct", "xz.zd_sz; DROP TABLE stg.djsj", "", None):
        refused(c, bad, "不在修正过程目录 xz.gc 中或已停用", name, [row], fix)
    refused(c, bad, r"缺少必填参数：字段（zd）", "xz.zd_sz", [row], {"z": TS})
    refused(c, bad, r"缺少必填参数：字段（zd）", "xz.zd_sz", [row], {"zd": " ", "z": TS})
    refused(c, bad, "没有参数 zz", "xz.zd_sz", [row], {"zd": "djsj", "zz": 1})
    refused(c, bad, r"参数 字段（zd）须是字段名", "xz.zd_sz", [row], {"zd": 5})
    refused(c, bad, r"字段 nosuch 不是来源表 dbjg 的列（暂存行 \d+），不能修正", "xz.zd_sz", [row],
            {"zd": "nosuch", "z": "1"})  # fmt: skip
    refused(c, bad, "字段 djsj 不是来源表 qlr 的列", "xz.zd_sz", [row, party_row], fix)
    refused(c, bad, "字段 ywh 是来源表 dbjg 的主键，不能修正", "xz.zd_sz", [row], {"zd": "ywh", "z": "X"})
    refused(c, bad, "已入库，不能在此修正", "xz.zd_sz", [row, loaded_row], fix)
    refused(c, bad, "已入库，不能在此修正", "xz.zd_sz", [loaded_row], fix, dry=False)
    refused(c, bad, "修正原因 yy 必填", "xz.zd_sz", [row], fix, dry=False, reason=" ")
    refused(c, bad, "修正原因 yy 必填", "xz.zd_sz", [row], fix, dry=False, reason=None)
    refused(c, bad, "须至少选择一个暂存行", "xz.zd_sz", [], fix)
    refused(c, psycopg2.errors.NoDataFound, "暂存行 999999999 不存在", "xz.zd_sz", [row, 999999999], fix)
    refused(
        c, bad, r"登记种类不适用修正过程 xz.zjhm_gs（证件号码规范化），它只用于：权利人", "xz.zjhm_gs", [row]
    )
    q(c, "UPDATE xz.gc SET qy = false WHERE gcm = 'xz.zd_sz' RETURNING gcm")
    refused(c, bad, "不在修正过程目录 xz.gc 中或已停用", "xz.zd_sz", [row], fix, dry=False)
    assert snapshot(c, [row, party_row]) == before
    assert audit_count(c) == 0
    # a dry run needs no reason, and the refusals above left the row as it was
    q(c, "UPDATE xz.gc SET qy = true WHERE gcm = 'xz.zd_sz' RETURNING gcm")
    assert xz_run(c, "xz.zd_sz", [row], fix, reason=None)["rows"][0]["bgh"] == {"djsj": TS}


def test_a_failing_apply_leaves_nothing_written(make_db) -> None:
    """The runner's own log fails after the rows were corrected, audited and loaded: all of it rolls back."""
    dsn = make_db("jy")
    with closing(psycopg2.connect(dsn)) as c:
        fwbm, dy = linked_flat(c, 590)
        y = new_ywh()
        stage(c, "dbjg", ownership(y, dy, fwbm, djsj=None))
        validate(c)
        row = rid(c, "dbjg", y)
        q(
            c,
            """CREATE FUNCTION public.t_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN
                   IF NEW.czlx = '执行修正' THEN RAISE EXCEPTION 'refused by test'; END IF;
                   RETURN NEW;
               END $$;
               CREATE TRIGGER t_refuse BEFORE INSERT ON audit.czrz
                   FOR EACH ROW EXECUTE PROCEDURE public.t_refuse();
               SELECT 1""",
        )
        c.commit()
        before = snapshot(c, [row])
        with pytest.raises(psycopg2.errors.RaiseException, match="refused by test"):
            run_correction(c, "xz.zd_sz", [row], {"zd": "djsj", "z": TS}, False, "张三", "补时间", "web")
        c.rollback()
        assert snapshot(c, [row]) == before
        assert audit_count(c) == 0
        assert one(c, "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s", (y,)) == 0
        # without the trigger the same call goes through
        q(c, "DROP TRIGGER t_refuse ON audit.czrz; SELECT 1")
        res = run_correction(c, "xz.zd_sz", [row], {"zd": "djsj", "z": TS}, False, "张三", "补时间", "web")
        c.commit()
        assert res["loaded"] == 1 and audit_count(c) == 2


# --- stg.correct_rows and stg.correct ----------------------------------------------------------------


def test_correct_rows_corrects_several_rows_with_one_validation(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 600)
    fwbm2, dy2 = linked_flat(c, 601)
    a, b = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(a, dy, fwbm, djsj=None))
    stage(c, "dbjg", ownership(b, dy2, fwbm2, jzmj="150.00"))
    validate(c)
    ra, rb = rid(c, "dbjg", a), rid(c, "dbjg", b)
    q(c, "SET LOCAL track_functions = 'pl'; SELECT 1")
    calls_before = one(
        c, "SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions WHERE funcname = 'validate_batch'"
    )
    res = one(
        c,
        "SELECT stg.correct_rows(%s::jsonb, '张三', '按原件', 'web', NULL)",
        (json.dumps({str(ra): {"djsj": TS}, str(rb): {"jzmj": "100.00"}}),),
    )
    assert [(r["id"], r["jyzt"]) for r in res["rows"]] == [(ra, "已入库"), (rb, "已入库")]
    assert (res["loaded"], res["qualified"], res["unqualified"]) == (2, 2, 0)
    calls = one(
        c, "SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions WHERE funcname = 'validate_batch'"
    )
    assert calls - calls_before == 1
    assert q(c, "SELECT dxzj, bgq, bgh FROM audit.czrz WHERE czlx = '修正暂存行' ORDER BY id") == [
        (str(ra), {"djsj": None}, {"djsj": TS}),
        (str(rb), {"jzmj": "150.00"}, {"jzmj": "100.00"}),
    ]


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"x": {"djsj": TS}}, psycopg2.errors.InvalidParameterValue, "键须是暂存行ID"),
        ({}, psycopg2.errors.InvalidParameterValue, "非空对象"),
        ({"A": {"nosuch": "1"}, "B": {"nosuch": "1"}}, psycopg2.errors.InvalidParameterValue,
         r"字段 nosuch 不是来源表 dbjg 的列，不能修正（暂存行 \d+）；字段 nosuch"),
        ({"A": {"djsj": TS}, "B": {}}, psycopg2.errors.InvalidParameterValue, r"非空对象（暂存行 \d+）"),
        ({"A": {"djsj": TS}, "999999999": {"djsj": TS}}, psycopg2.errors.NoDataFound,
         "暂存行 999999999 不存在"),
    ],
)  # fmt: skip
def test_correct_rows_refuses_before_writing(jy_tx, changes, error, message) -> None:
    c = jy_tx
    a, b = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(a, unit_code(610), djsj=None))
    stage(c, "dbjg", ownership(b, unit_code(611), djsj=None))
    validate(c)
    ids = {"A": str(rid(c, "dbjg", a)), "B": str(rid(c, "dbjg", b))}
    payload = {ids.get(k, k): v for k, v in changes.items()}
    before = snapshot(c, [int(i) for i in ids.values()])
    with c.cursor() as cur:
        cur.execute("SAVEPOINT s")
        with pytest.raises(error, match=message):
            cur.execute(
                "SELECT stg.correct_rows(%s::jsonb, '张三', '原因', 'web', NULL)", (json.dumps(payload),)
            )
        cur.execute("ROLLBACK TO SAVEPOINT s")
    assert snapshot(c, [int(i) for i in ids.values()]) == before
    assert audit_count(c) == 0


def test_stg_correct_keeps_its_result_and_messages(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 620)
    y = new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, djsj=None))
    validate(c)
    row = rid(c, "dbjg", y)
    with c.cursor() as cur:
        cur.execute("SAVEPOINT s")
        with pytest.raises(psycopg2.errors.NoDataFound, match=r"(?m)^暂存行 999999999 不存在$"):
            cur.execute("SELECT stg.correct(999999999, '{\"djsj\": \"x\"}', '张三', '原因', 'web', NULL)")
        cur.execute("ROLLBACK TO SAVEPOINT s")
        with pytest.raises(
            psycopg2.errors.InvalidParameterValue, match=r"(?m)^字段 nosuch 不是来源表 dbjg 的列，不能修正$"
        ):
            cur.execute("SELECT stg.correct(%s, '{\"nosuch\": \"1\"}', '张三', '原因', 'web', NULL)", (row,))
        cur.execute("ROLLBACK TO SAVEPOINT s")
        with pytest.raises(
            psycopg2.errors.InvalidParameterValue, match=r"(?m)^修正内容须是 \{字段: 新值\} 的非空对象$"
        ):
            cur.execute("SELECT stg.correct(%s, NULL, '张三', '原因', 'web', NULL)", (row,))
        cur.execute("ROLLBACK TO SAVEPOINT s")
    res = one(
        c, "SELECT stg.correct(%s, %s::jsonb, '张三', '补', 'cli', NULL)", (row, json.dumps({"djsj": TS}))
    )
    assert res == {"id": row, "jyzt": "已入库", "jyjg": None}
    with pytest.raises(
        psycopg2.errors.InvalidParameterValue, match=rf"^暂存行 {row}（dbjg：{y}）已入库，不能在此修正"
    ):
        one(c, "SELECT stg.correct(%s, '{\"jzmj\": \"1.00\"}', '张三', '原因', 'web', NULL)", (row,))


# --- Python helpers and the command ------------------------------------------------------------------


def test_fields_of_lists_common_columns_without_source_keys(jy_tx) -> None:
    c = jy_tx
    y = new_ywh()
    stage(c, "dbjg", ownership(y, unit_code(630)))
    stage(c, "qlr", party(y))
    own, pty = rid(c, "dbjg", y), rid(c, "qlr", f"{y}|权利人|1")
    fields = fields_of(c, [own])
    assert "djsj" in fields and "jzmj" in fields and "ywh" not in fields and fields == sorted(fields)
    both = fields_of(c, [own, pty])
    assert "gxsj" in both and "djsj" not in both and "ywh" not in both and "zjhm" not in both
    assert set(both) < set(fields)
    assert fields_of(c, []) == []


def test_cli_list_and_run(make_db, tmp_path: Path) -> None:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    with closing(psycopg2.connect(dsns["jy"])) as c:
        fwbm, dy = linked_flat(c, 640, area=98.5)
        y = new_ywh()
        stage(c, "dbjg", ownership(y, dy, fwbm, jzmj="150.00"))
        validate(c)
        row = rid(c, "dbjg", y)
        c.commit()
    config = tmp_path / "jydj.toml"
    config.write_text(
        "[databases]\n" + "".join(f'{name} = "{dsn}"\n' for name, dsn in dsns.items()), encoding="utf-8"
    )
    env = {
        "JYDJ_CONFIG": str(config),
        "JYDJ_HOME": str(tmp_path),
        "JYDJ_JY_DSN": None,
        "JYDJ_JY_FRONT_DSN": None,
        "JYDJ_DJ_FRONT_DSN": None,
    }
    runner = CliRunner()

    def cli(*args: str):
        return runner.invoke(correct, list(args), env=env, catch_exceptions=False)

    out = cli("list", "--json")
    assert out.exit_code == 0, out.output
    assert [p["name"] for p in json.loads(out.stdout)] == PROCEDURES
    out = cli("list", "--kind", "权利人")
    assert out.exit_code == 0 and "xz.zjhm_gs  证件号码规范化" in out.stdout and "xz.mj_lpb" not in out.stdout
    out = cli("list", "--rule", "SYQ06")
    assert "参数 ly（面积来源，选项，可选，取值：实测优先、实测、预测）" in out.stdout

    out = cli("run", "xz.mj_lpb", "--id", str(row), "--dry-run")
    assert out.exit_code == 0, out.output
    assert "试运行（未写入）：xz.mj_lpb 将修改 1 行，不改 0 行。" in out.stdout
    assert "jzmj：「150.00」 → 「98.50」" in out.stdout
    out = cli("run", "xz.mj_lpb", "--id", str(row), "--param", "ly=实测优先", "--dry-run", "--json")
    assert json.loads(out.stdout)["rows"][0]["bgh"] == {"jzmj": "98.50"}
    with closing(psycopg2.connect(dsns["jy"])) as c:
        assert one(c, "SELECT sjnr ->> 'jzmj' FROM stg.djsj WHERE id = %s", (row,)) == "150.00"

    out = cli("run", "xz.mj_lpb", "--id", str(row))
    assert out.exit_code == 2 and "错误：修正原因 yy 必填" in out.stderr
    out = cli("run", "xz.nosuch", "--id", str(row), "--reason", "x")
    assert out.exit_code == 2 and "错误：修正过程「xz.nosuch」不在修正过程目录 xz.gc 中或已停用" in out.stderr
    out = cli("run", "xz.mj_lpb", "--id", str(row), "--param", "ly", "--reason", "x")
    assert out.exit_code == 2 and "参数名=值" in out.output

    out = cli("run", "xz.mj_lpb", "--id", str(row), "--reason", "按楼盘表实测面积")
    assert out.exit_code == 0, out.output
    assert "已执行 xz.mj_lpb：修改 1 行（入库 1，合格 1，不合格 0），不改 0 行。" in out.stdout
    assert f"暂存行 {row}：已入库" in out.stdout
    with closing(psycopg2.connect(dsns["jy"])) as c:
        assert loaded(c, row)
        czr, yy, ly = q(c, "SELECT czr, yy, ly FROM audit.czrz WHERE czlx = '执行修正'")[0]
        assert czr.startswith("cli:") and yy == "按楼盘表实测面积" and ly == "cli"
    out = cli("run", "xz.mj_lpb", "--id", str(row), "--reason", "again")
    assert out.exit_code == 2 and "已入库，不能在此修正" in out.stderr
