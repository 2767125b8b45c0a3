"""Validation and loading of staged registration data (seed §5.2.1.6), from Python.

All the work is in SQL (``stg.validate_batch``, ``stg.correct``, ``stg.requeue``; docs/validation.md). This
module only loops batches, one transaction each, and reads the queue for the CLI, the scheduler and
``jydj status``.
"""

from __future__ import annotations

import json
from contextlib import closing
from typing import Any

from jydj.database import connect

#: The registration kinds of ``stg.djsj.djzl`` (its CHECK constraint).
KINDS: tuple[str, ...] = (
    "所有权", "抵押权", "预告", "预抵押", "查封", "异议", "注销",
    "权利人", "证书", "影像", "单元", "土地", "收费", "赋码申请", "其他",
)  # fmt: skip

#: Staged rows claimed per transaction.
DEFAULT_BATCH = 100_000


def run_validation(
    dsn: str, kind: str | None = None, batch: int = DEFAULT_BATCH, czr: str = "job:validate"
) -> dict:
    """Validate and load every waiting staged row (of ``kind``), a batch per transaction.

    Returns the run's totals: ``qualified``, ``unqualified``, ``loaded``, ``waiting`` (qualified rows whose
    parent registration is not loaded yet), ``batches`` and ``by_rule`` (rows failing each rule).
    """
    total: dict[str, Any] = {"qualified": 0, "unqualified": 0, "loaded": 0, "waiting": 0, "batches": 0}
    by_rule: dict[str, int] = {}
    with closing(connect(dsn, "jy")) as conn:
        while True:
            with conn.cursor() as cur:
                cur.execute("SELECT stg.validate_batch(%s, %s, %s, NULL)", (kind, batch, czr))
                res = cur.fetchone()[0]
            conn.commit()
            total["batches"] += 1
            for key in ("qualified", "unqualified", "loaded"):
                total[key] += res[key]
            total["waiting"] = res["waiting"]
            for code, n in res["by_rule"].items():
                by_rule[code] = by_rule.get(code, 0) + n
            if res["new"] == 0:
                break
    total["by_rule"] = dict(sorted(by_rule.items()))
    return total


def queue_counts(conn) -> dict[str, Any]:
    """Staged rows by state and, for the unqualified ones, by failing rule (``jydj status``)."""
    with conn.cursor() as cur:
        # the rows not loaded are the queue stg.dcl; the loaded ones are the rest of the staging table
        cur.execute("SELECT jyzt, count(*) FROM stg.dcl GROUP BY jyzt")
        states = {name: int(n) for name, n in cur.fetchall()}
        cur.execute("SELECT count(*) FROM stg.djsj")
        states["已入库"] = int(cur.fetchone()[0]) - sum(states.values())
        cur.execute(
            """SELECT r ->> 'gzdm', count(*)
                 FROM stg.dcl q
                 JOIN stg.djsj d ON d.id = q.id
                 CROSS JOIN LATERAL jsonb_array_elements(d.jyjg) r
                WHERE q.jyzt = '不合格' AND r ->> 'yzcd' = '错误'
                GROUP BY 1 ORDER BY 2 DESC, 1"""
        )
        rules = {code: int(n) for code, n in cur.fetchall()}
    return {
        "pending": states.get("待校验", 0),
        "qualified_waiting": states.get("合格", 0),
        "unqualified": states.get("不合格", 0),
        "loaded": states.get("已入库", 0),
        "unqualified_by_rule": rules,
    }


def queue_rows(conn, kind: str | None = None, rule: str | None = None, limit: int = 20) -> list[dict]:
    """The unqualified rows (the queue), oldest first, with their reasons."""
    with conn.cursor() as cur:
        cur.execute(
            """SELECT d.id, d.lybm, d.lyzj, d.djzl, d.bdcdyh, d.jysj, d.jyjg
                 FROM stg.dcl q
                 JOIN stg.djsj d ON d.id = q.id
                WHERE q.jyzt = '不合格'
                  AND (%(kind)s::text IS NULL OR q.djzl = %(kind)s)
                  AND (%(rule)s::text IS NULL
                       OR d.jyjg @> json_build_array(json_build_object('gzdm', %(rule)s::text))::jsonb)
                ORDER BY d.id
                LIMIT %(limit)s""",
            {"kind": kind, "rule": rule, "limit": limit},
        )
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def correct(
    dsn: str,
    row_id: int,
    changes: dict[str, Any],
    czr: str,
    reason: str,
    source: str = "cli",
    ip: str | None = None,
) -> dict[str, Any]:
    """Correct one staged row (``stg.correct``) and return its new state; the change is audited."""
    with closing(connect(dsn, "jy")) as conn:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT stg.correct(%s, %s::jsonb, %s, %s, %s, %s)",
                (row_id, json.dumps(changes, ensure_ascii=False), czr, reason, source, ip),
            )
            res = cur.fetchone()[0]
        conn.commit()
    return res


def requeue(
    dsn: str, rule: str | None, bdcdyh: str | None, czr: str, source: str = "cli", reason: str | None = None
) -> int:
    """Put unqualified rows back to 待校验 (``stg.requeue``); returns how many."""
    with closing(connect(dsn, "jy")) as conn:
        with conn.cursor() as cur:
            cur.execute("SELECT stg.requeue(%s, %s, %s, %s, %s)", (rule, bdcdyh, czr, source, reason))
            n = int(cur.fetchone()[0])
        conn.commit()
    return n
