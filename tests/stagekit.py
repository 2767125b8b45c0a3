"""Staging rows for the validation and loading tests: share_dj images through the real S4 apply.

Each staged row goes through ``jh.apply_changes('S4', …)`` as Debezium would deliver it (a full row image:
every ``share_dj`` column, ``None`` where not given), so ``stg.djsj`` holds what production holds.
Builders give a *valid* row of each kind; a test overrides one field to trip one rule.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from typing import Any

from jydj.codes import make_bdcdyh, make_fwbm, make_sfzh
from jydj.config import REPO_ROOT

TS = "2026-11-20T08:00:00.000000Z"
COUNTY = "511702"
_lsn = itertools.count(10_000_000)
_ids = itertools.count(1)


@cache
def dj_columns() -> dict[str, list[str]]:
    """Columns of every ``share_dj`` table, from the frozen front base revision."""
    sql = (REPO_ROOT / "db/migrations/sql/front_0001_base_schema.up.sql").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for table, body in re.findall(r"CREATE TABLE share_dj\.(\w+) \((.*?)\n\);", sql, flags=re.S):
        out[table] = [
            m.group(1)
            for line in body.splitlines()
            if (m := re.match(r"\s+([a-z_0-9]+)\s+\S", line)) and m.group(1) != "CONSTRAINT"
        ]
    return out


def image(table: str, **values: Any) -> dict[str, Any]:
    """A full row image of ``share_dj.<table>``; unknown column names fail loudly."""
    cols = dj_columns()[table]
    unknown = set(values) - set(cols)
    if unknown:
        raise KeyError(f"share_dj.{table} has no column {sorted(unknown)}")
    row = dict.fromkeys(cols)
    row["gxsj"] = TS
    row.update(values)
    return row


def stage(conn, table: str, row: dict[str, Any], op: str = "c") -> dict[str, Any]:
    """Apply one change of ``share_dj.<table>`` through S4 (``op`` c/u/d; a delete uses ``row`` as before)."""
    change = {
        "tbl": f"share_dj.{table}",
        "op": op,
        "lsn": next(_lsn),
        "ts_ms": 1764230000000,
        "before": row if op == "d" else None,
        "after": None if op == "d" else row,
    }
    with conn.cursor() as cur:
        cur.execute("SELECT jh.apply_changes('S4', %s::jsonb)", (json.dumps([change], ensure_ascii=False),))
        res = cur.fetchone()[0]
    assert res["applied"] == 1 and res["dead_letters"] == 0, res
    return row


def q(conn, sql: str, args: tuple = ()) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall()


def one(conn, sql: str, args: tuple = ()):
    rows = q(conn, sql, args)
    return rows[0][0] if rows else None


def validate(
    conn, djzl: str | None = None, limit: int | None = None, ids: list[int] | None = None, czr: str = "test"
) -> dict[str, Any]:
    """One ``stg.validate_batch`` call in the connection's transaction."""
    return one(conn, "SELECT stg.validate_batch(%s, %s, %s, %s::bigint[])", (djzl, limit, czr, ids))


def validate_all(conn, **kw: Any) -> dict[str, Any]:
    """Call ``stg.validate_batch`` until no new row is claimed; return the summed counts."""
    total: dict[str, Any] = {"qualified": 0, "unqualified": 0, "loaded": 0, "by_rule": {}}
    while True:
        res = validate(conn, **kw)
        for k in ("qualified", "unqualified", "loaded"):
            total[k] += res[k]
        for k, n in res["by_rule"].items():
            total["by_rule"][k] = total["by_rule"].get(k, 0) + n
        if res["new"] == 0:
            return total


def status(conn, lybm: str, lyzj: str) -> tuple[str, list[str]]:
    """(jyzt, failing rule codes) of one staged row."""
    jyzt, jyjg = q(conn, "SELECT jyzt, jyjg FROM stg.djsj WHERE lybm = %s AND lyzj = %s", (lybm, lyzj))[0]
    return jyzt, [r["gzdm"] for r in (jyjg or [])]


def unit_code(n: int) -> str:
    """A valid 不动产单元号 (house unit n of building 1 of parcel n // 1000)."""
    return make_bdcdyh(COUNTY, 1, 1, "GB", n // 1000 + 1, "F", 1, n % 1000 + 1)


def house_code(n: int) -> str:
    return make_fwbm("511702001", 2015, 1, n + 1)


def person_id(n: int) -> str:
    import datetime

    return make_sfzh(COUNTY, datetime.date(1980, 1, 1) + datetime.timedelta(days=n), n % 999 + 1)


def building(conn) -> tuple[int, int]:
    """The test project/building (created once per transaction): returns (zrz_id, ljz_id)."""
    row = q(conn, "SELECT z.id, l.id FROM lpb.zrz z JOIN lpb.ljz l ON l.zrz_id = z.id WHERE z.zrzh = 'T-ZRZ'")
    if row:
        return row[0]
    xm = one(
        conn, "INSERT INTO lpb.xm (xmbh, xmmc, qxdm) VALUES ('T-XM', '测试小区', %s) RETURNING id", (COUNTY,)
    )
    zrz = one(
        conn,
        "INSERT INTO lpb.zrz (xm_id, zrzh, fwbm) VALUES (%s, 'T-ZRZ', %s) RETURNING id",
        (xm, make_fwbm("511702001", 2015, 1, 0)),
    )
    ljz = one(conn, "INSERT INTO lpb.ljz (zrz_id, ljzh) VALUES (%s, 'T-LJZ') RETURNING id", (zrz,))
    return zrz, ljz


def flat(conn, n: int, area: float = 100.0, coded: bool = True, **cols: Any) -> tuple[int, str | None]:
    """A flat of the test building with 预测 areas; returns (h_id, fwbm)."""
    _, ljz = building(conn)
    fwbm = house_code(n) if coded else None
    values = {
        "fwbm": fwbm,
        "ljz_id": ljz,
        "zl": f"通川区测试小区1栋1单元{n}",
        "ycjzmj": area,
        "yctnjzmj": round(area * 0.8, 2),
        "ycftjzmj": round(area - round(area * 0.8, 2), 2),
    } | cols
    names = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    h_id = one(conn, f"INSERT INTO lpb.h ({names}) VALUES ({marks}) RETURNING id", tuple(values.values()))
    return h_id, fwbm


def link(conn, fwbm: str, bdcdyh: str) -> None:
    q(
        conn,
        "INSERT INTO gl.fw_dy (fwbm, bdcdyh, glfs, ppdf) VALUES (%s, %s, '精确', 1) RETURNING id",
        (fwbm, bdcdyh),
    )


def linked_flat(conn, n: int, area: float = 100.0) -> tuple[str, str]:
    """A coded flat linked to unit n: returns (fwbm, bdcdyh)."""
    _, fwbm = flat(conn, n, area)
    bdcdyh = unit_code(n)
    link(conn, fwbm, bdcdyh)
    return fwbm, bdcdyh


def new_ywh(prefix: str = "2026") -> str:
    return f"{prefix}T{next(_ids):09d}"


# --- valid row builders (share_dj images) -----------------------------------------------------------


def ownership(ywh: str, bdcdyh: str, fwbm: str | None = None, **kw: Any) -> dict[str, Any]:
    """A 房屋所有权转移登记 (所有权) 登簿结果."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "200",
                "qllx": "4",
                "djxl": "房屋所有权转移登记",
                "bdcdyh": bdcdyh,
                "fwbm": fwbm,
                "zl": "通川区测试小区1栋",
                "bdcqzh": f"川（2026）达州市不动产权第{ywh[-7:]}号",
                "djsj": TS,
                "dbr": "登簿员",
                "djjg": "达州市不动产登记中心",
                "qszt": "1",
                "qxdm": COUNTY,
                "jzmj": "100.00",
                "fdcjyjg": "800000.00",
                "ghyt": "11",
                "fwxz": "0",
            }
            | kw
        ),
    )


def mortgage(ywh: str, bdcdyh: str | None, syywh: str | None = None, **kw: Any) -> dict[str, Any]:
    """A 抵押权首次登记 登簿结果 (one unit; more units as dbjg_dy rows)."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "100",
                "qllx": "37",
                "djxl": "抵押权首次登记",
                "bdcdyh": bdcdyh,
                "zl": "通川区测试小区1栋",
                "bdcqzh": f"川（2026）达州市不动产证明第{ywh[-7:]}号",
                "syywh": syywh,
                "djsj": TS,
                "dbr": "登簿员",
                "djjg": "达州市不动产登记中心",
                "qszt": "1",
                "qxdm": COUNTY,
                "dybdclx": "2",
                "dyfs": "1",
                "dyr": "张三",
                "dyqr": "中国建设银行股份有限公司达州分行",
                "bdbzzqse": "500000.00",
                "zwlxqssj": "2026-11-20",
                "zwlxjssj": "2046-11-20",
            }
            | kw
        ),
    )


def prenotice(ywh: str, bdcdyh: str, htbh: str | None = None, **kw: Any) -> dict[str, Any]:
    """A 预售商品房买卖预告登记 (预告)."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "700",
                "djxl": "预售商品房买卖预告登记",
                "ygdjzl": "1",
                "bdcdyh": bdcdyh,
                "htbh": htbh,
                "zl": "通川区测试小区1栋",
                "bdcqzh": f"川（2026）达州市不动产证明第{ywh[-7:]}号",
                "djsj": TS,
                "qszt": "1",
                "qxdm": COUNTY,
                "jzmj": "100.00",
                "qdjg": "800000.00",
            }
            | kw
        ),
    )


def premortgage(ywh: str, bdcdyh: str, syywh: str, **kw: Any) -> dict[str, Any]:
    """A 预售商品房抵押权预告登记 (预抵押) on the 预告 ``syywh``."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "700",
                "djxl": "预售商品房抵押权预告登记",
                "ygdjzl": "3",
                "bdcdyh": bdcdyh,
                "syywh": syywh,
                "zl": "通川区测试小区1栋",
                "djsj": TS,
                "qszt": "1",
                "qxdm": COUNTY,
                "dyr": "张三",
                "dyqr": "中国建设银行股份有限公司达州分行",
                "bdbzzqse": "500000.00",
                "zwlxqssj": "2026-11-20",
                "zwlxjssj": "2046-11-20",
                "jzmj": "100.00",
            }
            | kw
        ),
    )


def seizure(ywh: str, bdcdyh: str, **kw: Any) -> dict[str, Any]:
    """A 查封登记."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "800",
                "djxl": "查封登记",
                "bdcdyh": bdcdyh,
                "zl": "通川区测试小区1栋",
                "djsj": TS,
                "qszt": "1",
                "qxdm": COUNTY,
                "cfjg": "达州市通川区人民法院",
                "cflx": "1",
                "cfwj": "协助执行通知书",
                "cfwh": "（2026）川1702执123号",
                "cfqssj": "2026-11-20",
                "cfjssj": "2029-11-19",
                "cffw": "房屋及其分摊土地",
            }
            | kw
        ),
    )


def release(ywh: str, bdcdyh: str, cf_ywh: str, **kw: Any) -> dict[str, Any]:
    """A 解封登记 naming its 查封 by 上手业务号."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "800",
                "djxl": "解封登记",
                "bdcdyh": bdcdyh,
                "syywh": cf_ywh,
                "djsj": TS,
                "qxdm": COUNTY,
                "cfjg": "达州市通川区人民法院",
                "cfwh": "（2026）川1702执恢123号",
            }
            | kw
        ),
    )


def objection(ywh: str, bdcdyh: str, **kw: Any) -> dict[str, Any]:
    """An 异议登记."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "600",
                "djxl": "异议登记",
                "bdcdyh": bdcdyh,
                "djsj": TS,
                "qszt": "1",
                "qxdm": COUNTY,
                "yysx": "申请人认为该房屋登记的权利人有误",
                "bdcqzh": f"川（2026）达州市不动产证明第{ywh[-7:]}号",
            }
            | kw
        ),
    )


def cancellation(ywh: str, bdcdyh: str | None, zxywh: str, **kw: Any) -> dict[str, Any]:
    """A 注销登记 (djlx 400) of the business ``zxywh``."""
    return image(
        "dbjg",
        **(
            {
                "ywh": ywh,
                "djlx": "400",
                "djxl": "抵押权注销登记",
                "bdcdyh": bdcdyh,
                "zxywh": zxywh,
                "djsj": TS,
                "qxdm": COUNTY,
                "zxyy": "主债权消灭",
            }
            | kw
        ),
    )


def party(ywh: str, sxh: int = 1, **kw: Any) -> dict[str, Any]:
    return image(
        "qlr",
        **(
            {
                "ywh": ywh,
                "sqrlb": "权利人",
                "sxh": sxh,
                "qlrmc": "张三",
                "zjzl": "1",
                "zjhm": person_id(sxh),
                "qlrlx": "1",
                "gyfs": "0",
            }
            | kw
        ),
    )


def certificate(ywh: str, bdcqzh: str, bdcdyh: str | None = None, **kw: Any) -> dict[str, Any]:
    return image(
        "zs",
        **(
            {
                "bdcqzh": bdcqzh,
                "ywh": ywh,
                "djywh": ywh,
                "zslx": "不动产权证书",
                "bdcdyh": bdcdyh,
                "qlrmc": "张三",
                "zl": "通川区测试小区1栋",
                "qzysxlh": "510000000001",
                "fzsj": TS,
                "zszt": "有效",
                "qxdm": COUNTY,
            }
            | kw
        ),
    )


def scan(ywh: str, sha256: str = "0" * 63 + "1", **kw: Any) -> dict[str, Any]:
    return image(
        "yx",
        **(
            {
                "ywh": ywh,
                "sha256": sha256,
                "djywh": ywh,
                "clmc": "申请书",
                "wjmc": "sqs.pdf",
                "wjlx": "application/pdf",
                "dx": 1024,
                "cclj": f"/yx/{ywh}/sqs.pdf",
                "scsj": TS,
            }
            | kw
        ),
    )


def main_row(ywh: str, **kw: Any) -> dict[str, Any]:
    """A 共享主表 (gxzb) DB row."""
    return image(
        "gxzb",
        **(
            {
                "ywh": ywh,
                "ywlx": "DB",
                "djlx": "200",
                "qllx": "4",
                "djxl": "房屋所有权转移登记",
                "ywzt": "登簿",
                "qxdm": COUNTY,
                "mxsl": 1,
                "bjsj": TS,
                "tssj": TS,
            }
            | kw
        ),
    )
