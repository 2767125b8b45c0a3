"""The query operations of QueryService and RegistrationStateService, shared by SOAP and JSON.

Each operation takes an open cursor and its one query key (already checked by :mod:`api.fields`) and
returns plain rows (dicts with the TD/T 1066 field names). Single-object keys that match nothing raise
:class:`~api.fields.NotFound`; so do the state queries for a flat or unit that does not exist at all, so a
partner never reads "no seizure" for a code it mistyped. Otherwise an empty list means "nothing".

Units of a flat come from ``gl.dy_of_fw`` (the linking of issue 5), the same notion the guards use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from api.db import execute_prepared
from api.fields import NotFound

Row = dict[str, Any]

#: Upper bound of rows one call returns (a person's contracts, a building's flats).
MAX_ROWS = 2000


def _rows(cur: Any, sql: str, params: dict[str, Any]) -> list[Row]:
    cur.execute(sql, params)
    return _fetch(cur)


def _fetch(cur: Any) -> list[Row]:
    names = [c.name for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _exists(cur: Any, sql: str, params: dict[str, Any]) -> bool:
    cur.execute(sql, params)
    return cur.fetchone() is not None


# -- QueryService.getHouseInfo --------------------------------------------------------------------------

HOUSE_SQL = """
SELECT h.fwbm,
       (SELECT min(u.bdcdyh) FROM gl.dy_of_fw(h.fwbm) u) AS bdcdyh,
       x.xmmc, coalesce(h.zl, z.zl) AS zl, z.zrzh, z.jzwmc AS zh, l.ljzh, h.dyh, h.szc, h.sjcs, h.fh, h.shbw,
       h.fwjg, jg.mc AS fwjgmc, h.fwyt, yt.mc AS fwytmc, h.fwxz, xz.mc AS fwxzmc, h.mjlx,
       CASE WHEN h.mjlx = '实测' THEN h.scjzmj ELSE h.ycjzmj END AS jzmj,
       CASE WHEN h.mjlx = '实测' THEN h.sctnjzmj ELSE h.yctnjzmj END AS tnjzmj,
       CASE WHEN h.mjlx = '实测' THEN h.scftjzmj ELSE h.ycftjzmj END AS ftjzmj,
       h.ycjzmj, h.scjzmj, h.fwzt, h.djzt, h.dyzt, h.cfzt, h.ygzt, h.yyzt, h.xzzt, x.qxdm
  FROM lpb.h h
  LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
  LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
  LEFT JOIN lpb.xm x ON x.id = z.xm_id
  LEFT JOIN zd.fwjg jg ON jg.dm = h.fwjg
  LEFT JOIN zd.fwyt yt ON yt.dm = h.fwyt
  LEFT JOIN zd.fwxz xz ON xz.dm = h.fwxz
 WHERE {where}
 ORDER BY l.ljzh, h.dyh, h.sjcs, h.hh, h.fwbm
 LIMIT {limit}
"""


def get_house_info(cur: Any, key: str, value: str) -> list[Row]:
    """A flat by ``fwbm`` (or all flats of a building by the building's own 房屋编码), or a building's
    flats by 楼栋编号 ``ljzh``."""
    if key == "fwbm":
        execute_prepared(cur, "jydj_house_by_fwbm", HOUSE_SQL.format(where="h.fwbm = $1", limit=1), (value,))
        rows = _fetch(cur)
        if not rows:
            rows = _rows(
                cur,
                HOUSE_SQL.format(where="z.fwbm = %(v)s", limit=MAX_ROWS),
                {"v": value},
            )
        if not rows:
            raise NotFound(f"房屋编码 {value} 不存在（交易楼盘表中既无此户，也无此幢）")
        return rows
    rows = _rows(cur, HOUSE_SQL.format(where="l.ljzh = %(v)s", limit=MAX_ROWS), {"v": value})
    if not rows and not _exists(cur, "SELECT 1 FROM lpb.ljz WHERE ljzh = %(v)s", {"v": value}):
        raise NotFound(f"楼栋编号 {value} 不存在")
    return rows


# -- QueryService.getNewHouseContract / getStockHouseContract ---------------------------------------------

CONTRACT_SQL = """
SELECT c.id, c.htbh, c.htbah, c.fwbm, {extra} coalesce(c.zl, h.zl) AS zl, z.jzwmc AS zh, h.dyh, h.szc, h.fh,
       c.jzmj, c.htje, c.fkfs, c.qyrq, c.barq, c.htzt, c.qxdm
  FROM ht.{table} c
  LEFT JOIN lpb.h h ON h.id = c.h_id
  LEFT JOIN lpb.ljz l ON l.id = h.ljz_id
  LEFT JOIN lpb.zrz z ON z.id = l.zrz_id
 WHERE {where}
 ORDER BY c.qyrq DESC NULLS LAST, c.id DESC
 LIMIT {limit}
"""

PARTIES_SQL = """
SELECT d.ht_id, d.jslx, d.mc, d.zjzl, z.mc AS zjzlmc, d.zjhm, d.gyfs, d.qlbl
  FROM ht.{table}_dsr d
  LEFT JOIN zd.zjzl z ON z.dm = d.zjzl
 WHERE d.ht_id IN (SELECT unnest(%(ids)s::bigint[]))
 ORDER BY d.ht_id, d.jslx, d.sxh
"""

_CONTRACT_WHERE = {
    "htbh": "c.htbh = %(v)s",
    "htbah": "c.htbah = %(v)s",
    "fwbm": "c.fwbm = %(v)s OR c.h_id IN (SELECT h2.id FROM lpb.h h2 WHERE h2.fwbm = %(v)s)",
    "zjhm": "c.id IN (SELECT d.ht_id FROM ht.{table}_dsr d"
    " WHERE d.zjhm = upper(%(v)s) AND d.jslx = '买受人')",
    "bdcqzh": "c.bdcqzh = %(v)s",
}


def contract_rows(cur: Any, table: str, key: str, value: str) -> list[Row]:
    """Contracts of ``ht.<table>`` (spfht, clfht) by one key, with their parties; maybe none."""
    extra = "c.bdcdyh, c.bdcqzh," if table == "clfht" else "c.ysxkzh,"
    where = _CONTRACT_WHERE[key].format(table=table)
    rows = _rows(
        cur, CONTRACT_SQL.format(extra=extra, table=table, where=where, limit=MAX_ROWS), {"v": value}
    )
    if not rows:
        return []
    parties = _rows(cur, PARTIES_SQL.format(table=table), {"ids": [r["id"] for r in rows]})
    by_contract: dict[int, dict[str, list[Row]]] = {}
    for p in parties:
        side = "cmr" if p.pop("jslx") == "出卖人" else "msr"
        by_contract.setdefault(p.pop("ht_id"), {"cmr": [], "msr": []})[side].append(p)
    for r in rows:
        r.update(by_contract.get(r.pop("id"), {"cmr": [], "msr": []}))
    return rows


def _contracts(cur: Any, table: str, key: str, value: str) -> list[Row]:
    rows = contract_rows(cur, table, key, value)
    if not rows:
        if key in ("htbh", "bdcqzh"):
            title = "合同编号" if key == "htbh" else "不动产权证书号"
            kind = "商品房" if table == "spfht" else "存量房"
            raise NotFound(f"{title} {value} 没有对应的{kind}合同")
        if key == "fwbm" and not _exists(cur, "SELECT 1 FROM lpb.h WHERE fwbm = %(v)s", {"v": value}):
            raise NotFound(f"房屋编码 {value} 不存在")
    return rows


def get_new_house_contract(cur: Any, key: str, value: str) -> list[Row]:
    return _contracts(cur, "spfht", key, value)


def get_stock_house_contract(cur: Any, key: str, value: str) -> list[Row]:
    return _contracts(cur, "clfht", key, value)


# -- RegistrationStateService ---------------------------------------------------------------------------


def _unit_filter(alias: str, key: str) -> str:
    """WHERE clause on ``alias`` (a registration table with bdcdyh and fwbm) for a flat or a unit."""
    if key == "bdcdyh":
        return f"{alias}.bdcdyh = %(v)s"
    return f"({alias}.bdcdyh IN (SELECT u.bdcdyh FROM gl.dy_of_fw(%(v)s) u) OR {alias}.fwbm = %(v)s)"


def _require_object(cur: Any, key: str, value: str, table: str) -> None:
    """NotFound when neither the building table, the links, the units nor ``table`` know the key."""
    if key == "fwbm":
        sql = (
            "SELECT 1 FROM lpb.h WHERE fwbm = %(v)s UNION ALL SELECT 1 FROM gl.fw_dy WHERE fwbm = %(v)s"
            f" UNION ALL SELECT 1 FROM {table} WHERE fwbm = %(v)s LIMIT 1"
        )
        if not _exists(cur, sql, {"v": value}):
            raise NotFound(f"房屋编码 {value} 不存在")
    elif key == "bdcdyh":
        sql = (
            "SELECT 1 FROM djjg.bdcdy WHERE bdcdyh = %(v)s"
            " UNION ALL SELECT 1 FROM gl.fw_dy WHERE bdcdyh = %(v)s"
            f" UNION ALL SELECT 1 FROM {table} WHERE bdcdyh = %(v)s LIMIT 1"
        )
        if not _exists(cur, sql, {"v": value}):
            raise NotFound(f"不动产单元号 {value} 不存在")


PRE_NOTICE_SQL = """
SELECT y.ywh, y.bdcdyh, y.fwbm, y.bdczl AS zl, y.ygdjzl, z.mc AS ygdjzlmc, y.djlx, y.qlr, y.ywr, y.htbh,
       y.jzmj, y.qdjg, y.bdbzzqse, y.bdcdjzmh, y.djsj, y.qszt, (y.qszt = '1') AS xs, y.zxygywh, y.zxsj
  FROM djjg.ygdj y
  LEFT JOIN zd.ygdjzl z ON z.dm = y.ygdjzl
 WHERE {where}
 ORDER BY (y.qszt = '1') DESC, y.djsj DESC NULLS LAST, y.ywh
 LIMIT {limit}
"""


def get_pre_notice(cur: Any, key: str, value: str) -> list[Row]:
    _require_object(cur, key, value, "djjg.ygdj")
    return _rows(cur, PRE_NOTICE_SQL.format(where=_unit_filter("y", key), limit=MAX_ROWS), {"v": value})


SEIZURE_SQL = """
SELECT c.ywh, c.bdcdyh, c.fwbm, c.cflx, z.mc AS cflxmc, c.cfjg, c.cfwj, c.cfwh, c.cfqssj, c.cfjssj, c.cffw,
       c.djsj, c.qszt, (c.qszt = '1') AS xs, c.jfywh, c.jfjg, c.jfwh, c.jfsj
  FROM djjg.cfdj c
  LEFT JOIN zd.cflx z ON z.dm = c.cflx
 WHERE {where}
 ORDER BY (c.qszt = '1') DESC, c.djsj DESC NULLS LAST, c.ywh
 LIMIT {limit}
"""


def get_seizure(cur: Any, key: str, value: str) -> list[Row]:
    _require_object(cur, key, value, "djjg.cfdj")
    return _rows(cur, SEIZURE_SQL.format(where=_unit_filter("c", key), limit=MAX_ROWS), {"v": value})


OBJECTION_SQL = """
SELECT y.ywh, y.bdcdyh, y.fwbm, y.yysx, y.bdcdjzmh, y.djsj, y.qszt, (y.qszt = '1') AS xs,
       y.zxyyywh, y.zxyyyy, y.zxyydjsj
  FROM djjg.yydj y
 WHERE {where}
 ORDER BY (y.qszt = '1') DESC, y.djsj DESC NULLS LAST, y.ywh
 LIMIT {limit}
"""


def get_objection(cur: Any, key: str, value: str) -> list[Row]:
    _require_object(cur, key, value, "djjg.yydj")
    return _rows(cur, OBJECTION_SQL.format(where=_unit_filter("y", key), limit=MAX_ROWS), {"v": value})


# Mortgages (抵押权) and pre-mortgages (预抵押: 预告登记种类 3、4) in one list; the mortgage's units from
# djjg.dyaq_dy (多证抵押), a pre-mortgage's unit is its own.
MORTGAGE_SQL = """
SELECT * FROM (
SELECT a.ywh, false AS ydy, a.bdcdjzmh AS dyzmh, a.bdcdyh, a.dyfs, a.dyr, a.dyqr, a.bdbzzqse, a.zgzqse,
       a.zwlxqssj, a.zwlxjssj, a.zjjzwdyfw AS dyfw, a.djsj, a.qszt, (a.qszt = '1') AS xs, a.zxdyywh, a.zxsj
  FROM djjg.dyaq a
 WHERE {dyaq_where}
UNION ALL
SELECT y.ywh, true, y.bdcdjzmh, y.bdcdyh, NULL, y.ywr, y.qlr, y.bdbzzqse, NULL,
       y.zwlxqssj, y.zwlxjssj, NULL, y.djsj, y.qszt, (y.qszt = '1'), y.zxygywh, y.zxsj
  FROM djjg.ygdj y
 WHERE y.ygdjzl IN ('3', '4') AND {ygdj_where}
) m
 ORDER BY m.xs DESC, m.djsj DESC NULLS LAST, m.ywh
 LIMIT {limit}
"""

MORTGAGE_UNITS_SQL = """
SELECT d.ywh, d.bdcdyh, d.fwbm, d.zl, d.bdcqzh, d.dymj
  FROM djjg.dyaq_dy d
 WHERE d.ywh IN (SELECT unnest(%(ywh)s::text[]))
 ORDER BY d.ywh, d.bdcdyh
"""


def get_mortgage(cur: Any, key: str, value: str) -> list[Row]:
    if key == "dyzmh":
        dyaq_where = "a.bdcdjzmh = %(v)s"
        ygdj_where = "y.bdcdjzmh = %(v)s"
    else:
        _require_object(cur, key, value, "djjg.dyaq_dy")
        own = "%(v)s" if key == "bdcdyh" else "SELECT u.bdcdyh FROM gl.dy_of_fw(%(v)s) u"
        in_units = f"SELECT d.ywh FROM djjg.dyaq_dy d WHERE {_unit_filter('d', key)}"
        dyaq_where = f"(a.ywh IN ({in_units}) OR a.bdcdyh IN ({own}))"
        ygdj_where = _unit_filter("y", key)
    rows = _rows(
        cur, MORTGAGE_SQL.format(dyaq_where=dyaq_where, ygdj_where=ygdj_where, limit=MAX_ROWS), {"v": value}
    )
    if key == "dyzmh" and not rows:
        raise NotFound(f"抵押证明号 {value} 没有对应的抵押登记")
    units_of: dict[str, list[Row]] = {}
    ywh = [r["ywh"] for r in rows if not r["ydy"]]
    if ywh:
        for u in _rows(cur, MORTGAGE_UNITS_SQL, {"ywh": ywh}):
            units_of.setdefault(u.pop("ywh"), []).append(u)
    for r in rows:
        r["dydy"] = units_of.get(r["ywh"], [])
    return rows


# -- the catalog --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    service: str
    name: str
    #: the query keys it accepts, exactly one per call
    keys: tuple[str, ...]
    run: Callable[[Any, str, str], list[Row]]
    title: str


OPERATIONS: dict[tuple[str, str], Operation] = {
    (o.service, o.name): o
    for o in (
        Operation("QueryService", "getHouseInfo", ("fwbm", "ljzh"), get_house_info, "房屋信息"),
        Operation(
            "QueryService",
            "getNewHouseContract",
            ("htbh", "fwbm", "zjhm"),
            get_new_house_contract,
            "商品房合同",
        ),
        Operation(
            "QueryService",
            "getStockHouseContract",
            ("htbh", "fwbm", "zjhm", "bdcqzh"),
            get_stock_house_contract,
            "存量房合同",
        ),
        Operation("RegistrationStateService", "getPreNotice", ("bdcdyh", "fwbm"), get_pre_notice, "预告登记"),
        Operation(
            "RegistrationStateService", "getSeizure", ("bdcdyh", "fwbm"), get_seizure, "（预）查封登记"
        ),
        Operation("RegistrationStateService", "getObjection", ("bdcdyh", "fwbm"), get_objection, "异议登记"),
        Operation(
            "RegistrationStateService",
            "getMortgage",
            ("dyzmh", "bdcdyh", "fwbm"),
            get_mortgage,
            "（预）抵押登记",
        ),
    )
}

SERVICES: tuple[str, ...] = ("QueryService", "RegistrationStateService")
