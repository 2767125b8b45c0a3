"""The electronic contract (电子合同) of a new-house or stock-house contract, rendered from its rows.

Rendering is deterministic (same rows → same bytes → same SHA-256), so the copy pushed to the one-window
platform (``pushContractAttachments``) and the one downloaded later (``downloadContractAttachment``) are
the same document while the contract does not change. HTML, UTF-8, escaped; the seal line names the
filing authority.
"""

from __future__ import annotations

import hashlib
import re
from html import escape
from typing import Any

from api.fields import NotFound

SEAL = "达州市房地产事务中心 网签备案专用章（电子）"

CONTRACT_SQL = """
SELECT '{kind}' AS htlx, c.id, c.htbh, c.htbah, c.fwbm, coalesce(c.zl, h.zl) AS zl, c.jzmj, c.htje, c.fkfs,
       c.qyrq, c.barq, c.htzt
  FROM ht.{table} c LEFT JOIN lpb.h h ON h.id = c.h_id
 WHERE c.htbh = %(htbh)s
"""

PARTIES_SQL = "SELECT jslx, mc, zjhm FROM ht.{table}_dsr WHERE ht_id = %(id)s ORDER BY jslx, sxh"


def find_contract(cur: Any, htbh: str) -> tuple[str, dict[str, Any]]:
    """(table, row) of the contract ``htbh`` in either table; NotFound otherwise. ``cur`` is a plain
    (tuple) cursor."""
    for table, kind in (("spfht", "商品房买卖合同"), ("clfht", "存量房买卖合同")):
        cur.execute(CONTRACT_SQL.format(table=table, kind=kind), {"htbh": htbh})
        row = cur.fetchone()
        if row is not None:
            return table, dict(zip([c.name for c in cur.description], row, strict=True))
    raise NotFound(f"合同编号 {htbh} 不存在")


def render(cur: Any, htbh: str) -> tuple[str, str, bytes]:
    """(file name, MIME type, bytes) of the e-contract of ``htbh``; reads through a plain cursor of the same
    connection (and transaction), whatever kind ``cur`` is."""
    with cur.connection.cursor() as plain:
        table, c = find_contract(plain, htbh)
        plain.execute(PARTIES_SQL.format(table=table), {"id": c["id"]})
        parties = plain.fetchall()

    def line(label: str, value: object) -> str:
        return f"<tr><th>{escape(label)}</th><td>{escape('' if value is None else str(value))}</td></tr>"

    rows = [
        line("合同编号", c["htbh"]),
        line("合同备案号", c["htbah"]),
        line("房屋编码", c["fwbm"]),
        line("房屋坐落", c["zl"]),
        line("建筑面积（平方米）", c["jzmj"]),
        line("成交金额（元）", c["htje"]),
        line("付款方式", c["fkfs"]),
        line("签约日期", c["qyrq"]),
        line("备案日期", c["barq"]),
        line("合同状态", c["htzt"]),
    ]
    rows += [line(jslx, f"{mc}（证件号码 {zjhm or '—'}）") for jslx, mc, zjhm in parties]
    body = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(c['htlx'])} {escape(c['htbh'])}</title></head><body>"
        f"<h1>{escape(c['htlx'])}（网签）</h1><table>{''.join(rows)}</table>"
        f"<p>{escape(SEAL)}</p></body></html>"
    ).encode()
    return f"{re.sub(r'[^0-9A-Za-z_-]', '_', c['htbh'])}.html", "text/html", body


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
