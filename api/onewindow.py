"""OneWindowService (一窗受理, seed §5.2.2.2): the ten operations the one-window platform calls (SOAP, JSON).

Reads are SQL here; every write is one call of a ``ycsl.*`` procedure (db/procedures/ycsl/) in one
transaction, which records the steps (``getProgress``), writes the pushes back to the platform into the
outbox ``ycsl.ts`` and keeps the first answer per (operation, business key, request id ``qqid``): a repeat
returns it and changes nothing. Attachments are checked and stored outside the rows
(:mod:`api.attachments`) before the transaction; a file is kept once, by its SHA-256.

Parameters arrive as a dict (JSON object, or the spyne objects turned into dicts); each is checked here with
a Chinese message naming the field (:class:`api.fields.InputError`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import decimal
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg2

from api import econtract
from api.attachments import AttachmentStore
from api.fields import KEYS, InputError, NotFound, one_key
from api.operations import Row, _rows, contract_rows, get_house_info

SERVICE = "OneWindowService"

LCS = {"CLFWQ": "存量房网签", "JYBA": "交易备案", "DYBA": "抵押备案"}
ROLES = ("出卖人", "买受人", "抵押人", "抵押权人", "代理人")

#: 申报基本信息 fields: name → (title, kind) with kind text/money/date/fwbm/htbh/zjhm
SBXX_FIELDS: dict[str, tuple[str, str]] = {
    "fwbm": ("房屋编码", "fwbm"),
    "htbh": ("合同编号", "htbh"),
    "htje": ("成交金额（元）", "money"),
    "fkfs": ("付款方式", "text"),
    "jzmj": ("建筑面积（平方米）", "money"),
    "bdcqzh": ("不动产权证书号", "text"),
    "dylx": ("抵押类型", "text"),
    "dyr": ("抵押人", "text"),
    "dyrzjhm": ("抵押人证件号码", "zjhm"),
    "dyqr": ("抵押权人", "text"),
    "dyqrzjhm": ("抵押权人证件号码", "zjhm"),
    "bdbzzqse": ("被担保主债权数额（元）", "money"),
    "zwlxqssj": ("债务履行起始日期", "date"),
    "zwlxjssj": ("债务履行结束日期", "date"),
    "bz": ("备注", "text"),
}


class Refused(Exception):
    """A business rule refused the request (already received, a hold, a guard): ``Client.Refused``."""


@dataclass
class Context:
    """What one OneWindowService call needs."""

    db: Any
    store: AttachmentStore
    operator: str


# -- checks -----------------------------------------------------------------------------------------------


def _text(params: Mapping[str, Any], name: str, required: bool = True) -> str | None:
    value = params.get(name)
    if value is None or (isinstance(value, str) and value.strip() == ""):
        if required:
            raise InputError(name, f"{name}（{KEYS[name].title}）不能为空")
        return None
    if not isinstance(value, str):
        raise InputError(name, f"{name}（{KEYS[name].title}）须为字符串")
    value = value.strip()
    if not KEYS[name].check(value):
        raise InputError(name, f"{name}（{KEYS[name].title}）无效：{KEYS[name].rule}")
    return value


def _plain(field: str, title: str, value: Any, limit: int, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(field, f"{field}（{title}）不能为空")
        return None
    if not isinstance(value, str) or len(value) > limit or any(ord(ch) < 32 for ch in value):
        raise InputError(field, f"{field}（{title}）须为不超过 {limit} 个字符的文本，不含控制字符")
    return value.strip()


def _sbxx(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise InputError("sbxx", "sbxx（申报基本信息）须为对象")
    unknown = [k for k in value if k not in SBXX_FIELDS]
    if unknown:
        raise InputError(f"sbxx.{unknown[0]}", f"sbxx.{unknown[0]} 不是申报基本信息的字段")
    out: dict[str, str] = {}
    for name, raw in value.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        title, kind = SBXX_FIELDS[name]
        field = f"sbxx.{name}"
        text = str(raw).strip() if isinstance(raw, int | float | decimal.Decimal | dt.date) else raw
        if not isinstance(text, str):
            raise InputError(field, f"{field}（{title}）须为文本")
        if kind in ("fwbm", "htbh", "zjhm"):
            if not KEYS[kind].check(text):
                raise InputError(field, f"{field}（{title}）无效：{KEYS[kind].rule}")
        elif kind == "money":
            try:
                number = decimal.Decimal(text)
            except decimal.InvalidOperation:
                raise InputError(field, f"{field}（{title}）须为数字，如 650000.00") from None
            if not number.is_finite() or number < 0 or number >= decimal.Decimal("1e16"):
                raise InputError(field, f"{field}（{title}）须为 0 到 10¹⁶ 之间的数")
            text = str(number)
        elif kind == "date":
            try:
                text = dt.date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                raise InputError(field, f"{field}（{title}）须为日期 YYYY-MM-DD") from None
        else:
            text = _plain(field, title, text, 200) or ""
        out[name] = text
    if "fwbm" not in out:
        raise InputError("sbxx.fwbm", "sbxx.fwbm（房屋编码）不能为空")
    return out


def _applicants(value: Any) -> list[dict[str, str | None]]:
    if not isinstance(value, list) or not value:
        raise InputError("sbr", "sbr（申报人）至少一人")
    out = []
    for i, item in enumerate(value, 1):
        field = f"sbr[{i}]"
        if not isinstance(item, Mapping):
            raise InputError(field, f"{field}（申报人）须为对象")
        jslx = item.get("jslx")
        if jslx not in ROLES:
            raise InputError(f"{field}.jslx", f"{field}.jslx（角色）须为 {'、'.join(ROLES)} 之一")
        zjhm = item.get("zjhm")
        if zjhm is not None and not KEYS["zjhm"].check(str(zjhm).strip()):
            raise InputError(f"{field}.zjhm", f"{field}.zjhm（证件号码）无效：{KEYS['zjhm'].rule}")
        out.append(
            {
                "jslx": jslx,
                "mc": _plain(f"{field}.mc", "名称", item.get("mc"), 100, required=True),
                "zjzl": _plain(f"{field}.zjzl", "证件种类", item.get("zjzl"), 10),
                "zjhm": str(zjhm).strip().upper() if zjhm is not None else None,
                "dh": _plain(f"{field}.dh", "电话", item.get("dh"), 30),
            }
        )
    return out


def _files(ctx: Context, field: str, value: Any, required: bool) -> list[tuple[str, str, bytes]]:
    if value is None:
        value = []
    if not isinstance(value, list):
        raise InputError(field, f"{field}（附件）须为数组")
    if required and not value:
        raise InputError(field, f"{field}（附件）至少一个")
    out = []
    for i, item in enumerate(value, 1):
        name = f"{field}[{i}]"
        if not isinstance(item, Mapping):
            raise InputError(name, f"{name}（附件）须为对象：wjm 文件名、wjlx 类型、nr 内容")
        data = item.get("nr")
        if isinstance(data, str):  # JSON: base64
            try:
                data = base64.b64decode(data, validate=True)
            except (binascii.Error, ValueError):
                raise InputError(f"{name}.nr", f"{name}.nr（文件内容）须为 base64") from None
        out.append(ctx.store.check(f"{name}", item.get("wjm"), item.get("wjlx"), data))
    return out


# -- calling the procedures ----------------------------------------------------------------------------


def _call(ctx: Context, sql: str, args: tuple) -> dict[str, Any]:
    try:
        with ctx.db.writing(ctx.operator) as cur:
            cur.execute(sql, args)
            answer = cur.fetchone()[0]
    except psycopg2.Error as exc:
        message = exc.diag.message_primary or "请求被拒绝"
        if exc.pgcode == "P0001":
            # the procedures say which kind of refusal in DETAIL: InvalidInput / NotFound / Conflict
            kind = exc.diag.message_detail
            if kind == "InvalidInput":
                raise InputError("", message) from None
            if kind == "NotFound":
                raise NotFound(message) from None
            raise Refused(message) from None
        if exc.pgcode == "JYAQ1":
            raise Refused(message) from None
        raise
    return answer


def _stored(ctx: Context, files: list[tuple[str, str, bytes]]) -> list[dict[str, object]]:
    return [ctx.store.put(*f).as_dict() for f in files]


def receive_application(ctx: Context, p: Mapping[str, Any]) -> dict[str, Any]:
    qqid = _text(p, "qqid")
    slbh = _text(p, "slbh")
    lc = p.get("lc")
    if lc not in LCS:
        raise InputError("lc", f"lc（流程）须为 {'、'.join(f'{k} {v}' for k, v in LCS.items())} 之一")
    sbr = _applicants(p.get("sbr"))
    sbxx = _sbxx(p.get("sbxx"))
    files = _stored(ctx, _files(ctx, "fj", p.get("fj"), required=False))
    if files:  # the procedure records them (ycsl.fj_jl), once per file, after the repeat check
        sbxx["fj"] = files
    return _call(
        ctx,
        "SELECT ycsl.sj_js(%s, %s, %s, %s::jsonb, %s::jsonb, %s)",
        (
            slbh,
            lc,
            qqid,
            json.dumps(sbr, ensure_ascii=False),
            json.dumps(sbxx, ensure_ascii=False),
            ctx.operator,
        ),
    )


def receive_signature_images(ctx: Context, p: Mapping[str, Any]) -> dict[str, Any]:
    qqid = _text(p, "qqid")
    htbh = _text(p, "htbh")
    files = _stored(ctx, _files(ctx, "images", p.get("images"), required=True))
    return _call(
        ctx,
        "SELECT ycsl.qmy_js(%s, %s, %s::jsonb, %s)",
        (htbh, qqid, json.dumps(files, ensure_ascii=False), ctx.operator),
    )


def withdraw_application(ctx: Context, p: Mapping[str, Any]) -> dict[str, Any]:
    qqid = _text(p, "qqid")
    slbh = _text(p, "slbh")
    reason = _plain("yy", "撤件原因", p.get("yy"), 500, required=True)
    return _call(ctx, "SELECT ycsl.cj(%s, %s, %s, %s)", (slbh, reason, qqid, ctx.operator))


def receive_registration_completed(ctx: Context, p: Mapping[str, Any]) -> dict[str, Any]:
    qqid = _text(p, "qqid")
    slbh = _text(p, "slbh", required=False)  # without it, the application is found through djywh
    djywh = _text(p, "djywh")
    dbxx = {
        "bdcqzh": _plain("bdcqzh", "不动产权证书号", p.get("bdcqzh"), 100),
        "djsj": _plain("djsj", "登簿时间", p.get("djsj"), 40),
        "dbr": _plain("dbr", "登簿人", p.get("dbr"), 50),
    }
    if dbxx["djsj"]:
        try:
            dt.datetime.fromisoformat(dbxx["djsj"])
        except ValueError:
            raise InputError(
                "djsj", "djsj（登簿时间）须为 ISO 8601 时间，如 2026-11-27T10:00:00+08:00"
            ) from None
    return _call(
        ctx,
        "SELECT ycsl.dbwc(%s, %s, %s, %s::jsonb, %s)",
        (slbh, djywh, qqid, json.dumps(dbxx, ensure_ascii=False), ctx.operator),
    )


# -- reads -------------------------------------------------------------------------------------------------


def _application(cur: Any, slbh: str) -> Row:
    rows = _rows(
        cur, "SELECT slbh, lc, zt, fwbm, htbh, jssj, xd, xdyy FROM ycsl.sj WHERE slbh = %(v)s", {"v": slbh}
    )
    if not rows:
        raise NotFound(f"一窗受理号 {slbh} 不存在")
    return rows[0]


def get_house_by_slbh(ctx: Context, p: Mapping[str, Any]) -> list[Row]:
    slbh = _text(p, "slbh")
    with ctx.db.reading() as cur:
        app = _application(cur, slbh)
        if not app["fwbm"]:
            return []
        return get_house_info(cur, "fwbm", app["fwbm"])


def query_contracts(ctx: Context, p: Mapping[str, Any]) -> list[Row]:
    key, value = one_key(("htbah", "htbh", "zjhm"), {k: p.get(k) for k in ("htbah", "htbh", "zjhm")})
    with ctx.db.reading() as cur:
        rows = []
        for table, kind in (("spfht", "商品房"), ("clfht", "存量房")):
            rows += [r | {"htlx": kind} for r in contract_rows(cur, table, key, value)]
    if not rows and key != "zjhm":
        raise NotFound(f"{KEYS[key].title} {value} 没有对应的合同")
    return rows


def get_progress(ctx: Context, p: Mapping[str, Any]) -> Row:
    slbh = _text(p, "slbh")
    with ctx.db.reading() as cur:
        app = _application(cur, slbh)
        app["steps"] = _rows(
            cur, "SELECT xh, hjmc, jg, sm, sj FROM ycsl.bz WHERE slbh = %(v)s ORDER BY xh", {"v": slbh}
        )
    return app


PROPERTY_SQL = """
SELECT f.bdcdyh, coalesce(f.fwbm, g.fwbm) AS fwbm, f.fdzl AS zl, f.bdcqzh, f.jzmj, f.ghyt, f.djsj,
       q.gyfs, q.qlbl, h.fwzt, coalesce(h.dyzt, 0) AS dyzt, coalesce(h.cfzt, 0) AS cfzt,
       coalesce(h.ygzt, 0) AS ygzt, coalesce(h.yyzt, 0) AS yyzt, coalesce(h.xzzt, 0) AS xzzt
  FROM djjg.qlr q
  JOIN djjg.fdcq f ON f.ywh = q.ywh AND f.qszt = '1' AND (q.bdcdyh IS NULL OR q.bdcdyh = f.bdcdyh)
  LEFT JOIN gl.fw_dy g ON g.bdcdyh = f.bdcdyh AND g.zt = '有效'
  LEFT JOIN lpb.h h ON h.fwbm = coalesce(f.fwbm, g.fwbm)
 WHERE q.zjhm = upper(%(v)s) AND q.sqrlb = '权利人'
 ORDER BY f.djsj, f.bdcdyh
"""


def get_property_report(ctx: Context, p: Mapping[str, Any]) -> list[Row]:
    zjhm = _text(p, "zjhm")
    with ctx.db.reading() as cur:
        return _rows(cur, PROPERTY_SQL, {"v": zjhm})


HISTORY_SQL = """
SELECT * FROM (
SELECT coalesce(c.qyrq::timestamptz, c.cjsj) AS sj, '商品房合同' AS lx, c.htbh AS bh, c.htzt AS zt,
       coalesce('备案号 ' || c.htbah, '') AS sm
  FROM ht.spfht c WHERE c.h_id = %(h)s
UNION ALL
SELECT coalesce(c.qyrq::timestamptz, c.cjsj), '存量房合同', c.htbh, c.htzt, coalesce('备案号 ' || c.htbah, '')
  FROM ht.clfht c WHERE c.h_id = %(h)s
UNION ALL
SELECT coalesce(d.basj, d.cjsj), '抵押备案', d.dybah, d.bazt, coalesce('抵押权人 ' || d.dyqr, '')
  FROM ht.dyba d WHERE d.id IN (SELECT x.dyba_id FROM ht.dyba_h x WHERE x.h_id = %(h)s)
UNION ALL
SELECT coalesce(r.xzqssj::timestamptz, r.cjsj), '行政限制', r.xzbh, r.xzzt,
       r.xzlx || coalesce(' ' || r.xzwh, '')
  FROM ht.xzxz r WHERE r.h_id = %(h)s
UNION ALL
SELECT f.djsj, '房地产权登记', f.ywh, q.mc, coalesce('证书 ' || f.bdcqzh, '')
  FROM djjg.fdcq f LEFT JOIN zd.qszt q ON q.dm = f.qszt
 WHERE f.bdcdyh IN (SELECT u.bdcdyh FROM gl.dy_of_fw(%(f)s) u) OR f.fwbm = %(f)s
UNION ALL
SELECT a.djsj, '抵押权登记', a.ywh, q.mc, coalesce('抵押权人 ' || a.dyqr, '')
  FROM djjg.dyaq a LEFT JOIN zd.qszt q ON q.dm = a.qszt
 WHERE a.ywh IN (SELECT d.ywh FROM djjg.dyaq_dy d
                  WHERE d.bdcdyh IN (SELECT u.bdcdyh FROM gl.dy_of_fw(%(f)s) u) OR d.fwbm = %(f)s)
UNION ALL
SELECT c.djsj, '查封登记', c.ywh, q.mc, coalesce(c.cfjg || ' ' || c.cfwh, '')
  FROM djjg.cfdj c LEFT JOIN zd.qszt q ON q.dm = c.qszt
 WHERE c.bdcdyh IN (SELECT u.bdcdyh FROM gl.dy_of_fw(%(f)s) u) OR c.fwbm = %(f)s
) x
 ORDER BY x.sj NULLS FIRST, x.lx, x.bh
"""


def get_house_history(ctx: Context, p: Mapping[str, Any]) -> list[Row]:
    fwbm = _text(p, "fwbm")
    with ctx.db.reading() as cur:
        cur.execute("SELECT id FROM lpb.h WHERE fwbm = %(v)s", {"v": fwbm})
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"房屋编码 {fwbm} 不存在")
        return _rows(cur, HISTORY_SQL, {"h": row[0], "f": fwbm})


def download_contract_attachment(ctx: Context, p: Mapping[str, Any]) -> list[Row]:
    htbh = _text(p, "htbh")
    with ctx.db.reading() as cur:
        wjm, wjlx, data = econtract.render(cur, htbh)
        files = _rows(
            cur,
            "SELECT wjm, wjlx, dx, sha256 FROM ycsl.fj WHERE htbh = %(v)s AND fjlx <> '电子合同' ORDER BY id",
            {"v": htbh},
        )
    out = [{"wjm": wjm, "wjlx": wjlx, "dx": len(data), "sha256": econtract.digest(data), "nr": data}]
    for f in files:
        out.append(f | {"nr": ctx.store.get(f["sha256"])})
    return out


#: operation → (handler, business key for the call log)
OPERATIONS: dict[str, tuple[Callable[[Context, Mapping[str, Any]], Any], str]] = {
    "receiveApplication": (receive_application, "slbh"),
    "getHouseBySlbh": (get_house_by_slbh, "slbh"),
    "receiveRegistrationCompleted": (receive_registration_completed, "slbh"),
    "queryContracts": (query_contracts, "htbh"),
    "withdrawApplication": (withdraw_application, "slbh"),
    "getProgress": (get_progress, "slbh"),
    "getPropertyReport": (get_property_report, "zjhm"),
    "getHouseHistory": (get_house_history, "fwbm"),
    "receiveSignatureImages": (receive_signature_images, "htbh"),
    "downloadContractAttachment": (download_contract_attachment, "htbh"),
}
