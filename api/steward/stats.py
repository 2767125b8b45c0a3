"""数据情况统计 (seed §5.2.3): how many staged registration rows (``stg.djsj``) arrived, by push time (day or
month), registration kind, district and qualification state, with filters; a stacked bar chart (Apache
ECharts, ``static/stats.js``), the same figures as a table with totals, the figures as JSON
(``/stats/data.json``) and as an Excel file (audited, like every export).

The counting is one set-based pass in the database (``gj.tj_djsj``). Everyone signed in may look; a steward
limited to some kinds or districts sees that scope unless he chooses 全部 (the figures are counts, which
read-only users see for the whole city anyway).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import psycopg2.errors
from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from api.steward.export import audit_export, xlsx_bytes, xlsx_response
from api.steward.web import TZ, db, parse_date
from jydj.validation import KINDS

bp = Blueprint("stats", __name__)

#: Dimensions: value of ``p_wd`` → title of the table's first column.
DIMENSIONS: dict[str, str] = {
    "日": "日期",
    "月": "月份",
    "种类": "登记种类",
    "区县": "区县",
    "状态": "校验状态",
}
#: Qualification states in the order of the table's columns and the chart's stacks, with their colours.
STATES: tuple[str, ...] = ("待校验", "合格", "不合格", "已入库")
STATE_COLOURS = {"待校验": "#9a6700", "合格": "#5b9bd5", "不合格": "#b3261e", "已入库": "#1d7a3a"}
#: Default period of the page: the last 30 days, by day.
DEFAULT_DAYS = 30
#: Days (or months) between the first and last figure filled with zero rows, so the time axis has no gaps.
FILL_LIMIT = 1000


@dataclass
class Query:
    q: str = ""
    z: str = ""
    djzl: str = ""
    xzqdm: str = ""
    jyzt: str = ""
    wd: str = "日"
    fw: str = "mine"

    @classmethod
    def from_request(cls) -> tuple[Query, list[str]]:
        """The request's filters (defaults: the last 30 days by day, in the user's scope) and the messages of
        values that were ignored."""
        args = request.args
        problems: list[str] = []
        if "wd" not in args:
            today = datetime.now(TZ).date()
            return cls(
                q=(today - timedelta(days=DEFAULT_DAYS - 1)).isoformat(), z=today.isoformat()
            ), problems
        out = cls(
            q=(args.get("q") or "").strip(),
            z=(args.get("z") or "").strip(),
            djzl=args.get("djzl") or "",
            xzqdm=(args.get("xzqdm") or "").strip(),
            jyzt=args.get("jyzt") or "",
            wd=args.get("wd") or "日",
            fw="all" if args.get("fw") == "all" else "mine",
        )
        for name, title in (("q", "起始日期"), ("z", "截止日期")):
            value = getattr(out, name)
            if value and parse_date(value) is None:
                problems.append(f"{title}「{value[:40]}」不是 YYYY-MM-DD 格式的日期，已忽略")
                setattr(out, name, "")
        if out.q and out.z and out.q > out.z:
            problems.append("起始日期晚于截止日期，已对调")
            out.q, out.z = out.z, out.q
        if out.wd not in DIMENSIONS:
            out.wd = "日"
        if out.djzl not in KINDS:
            out.djzl = ""
        if out.jyzt not in STATES:
            out.jyzt = ""
        if not re.fullmatch(r"[0-9]{6}", out.xzqdm):
            out.xzqdm = ""
        return out, problems

    def params(self) -> dict[str, str]:
        """The query as URL parameters (``wd`` always, so a link never falls back to the defaults)."""
        return {k: v for k, v in self.__dict__.items() if v and not (k == "fw" and v == "mine")} | {
            "wd": self.wd
        }


def scope() -> tuple[list[str] | None, list[str] | None]:
    """The signed-in steward's kinds and districts (None: not limited); admins and viewers see everything."""
    if current_user.role != "steward":
        return None, None
    return current_user.kinds, current_user.districts


def scoped(query: Query) -> bool:
    kinds, districts = scope()
    return query.fw == "mine" and (kinds is not None or districts is not None)


def figures(cur: Any, query: Query) -> list[dict[str, Any]]:
    """The groups of ``gj.tj_djsj`` for ``query`` (in the user's scope unless 全部 was chosen), with zero rows
    filled in between the first and last day or month."""
    kinds, districts = scope() if scoped(query) else (None, None)
    cur.execute(
        "SELECT t.fz, t.mc, t.dxy, t.hg, t.bhg, t.yrk, t.hj"
        " FROM gj.tj_djsj(%s, %s, %s, %s, %s, %s, %s::varchar[], %s::varchar[]) t",
        (
            query.q or None,
            query.z or None,
            query.djzl or None,
            query.xzqdm or None,
            query.jyzt or None,
            query.wd,
            kinds,
            districts,
        ),
    )
    rows = [
        {"key": fz, "name": mc or "不明", "counts": [int(n) for n in counts], "total": int(total)}
        for fz, mc, *counts, total in cur.fetchall()
    ]
    return _fill(rows, query)


def _fill(rows: list[dict[str, Any]], query: Query) -> list[dict[str, Any]]:
    if query.wd not in ("日", "月") or not rows:
        return rows
    first = parse_date(query.q) if query.q else _period_start(rows[0]["key"])
    last = parse_date(query.z) if query.z else _period_start(rows[-1]["key"])
    keys = []
    step = first if query.wd == "日" else first.replace(day=1)
    while step <= last and len(keys) <= FILL_LIMIT:
        keys.append(step.isoformat() if query.wd == "日" else step.strftime("%Y-%m"))
        step = step + timedelta(days=1) if query.wd == "日" else (step + timedelta(days=32)).replace(day=1)
    if len(keys) > FILL_LIMIT:
        return rows
    found = {r["key"]: r for r in rows}
    zero = [0] * len(STATES)
    return [found.get(k) or {"key": k, "name": k, "counts": zero, "total": 0} for k in keys]


def _period_start(key: str) -> date:
    return date.fromisoformat(key if len(key) == 10 else f"{key}-01")


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "counts": [sum(r["counts"][i] for r in rows) for i in range(len(STATES))],
        "total": sum(r["total"] for r in rows),
    }


def chart(rows: list[dict[str, Any]], query: Query) -> dict[str, Any]:
    """What ``static/stats.js`` draws: categories and one stacked bar series per qualification state."""
    return {
        "dimension": DIMENSIONS[query.wd],
        "categories": [r["name"] for r in rows],
        "series": [
            {"name": state, "color": STATE_COLOURS[state], "data": [r["counts"][i] for r in rows]}
            for i, state in enumerate(STATES)
        ],
    }


def _choices(cur: Any, query: Query) -> dict[str, Any]:
    kinds, districts = scope() if scoped(query) else (None, None)
    cur.execute(
        "SELECT x.dm, x.mc, x.yxbz FROM zd.xzqh x WHERE x.jb IN ('市辖区', '县', '县级市')"
        " ORDER BY x.yxbz DESC, x.pxh, x.dm"
    )
    all_districts = [(dm, mc if yx else f"{mc}（已撤销）") for dm, mc, yx in cur.fetchall()]
    return {
        "kinds": [k for k in KINDS if kinds is None or k in kinds],
        "districts": [d for d in all_districts if districts is None or d[0] in districts],
    }


def _run(query: Query) -> tuple[list[dict[str, Any]] | None, dict[str, Any]]:
    """The figures (None when the database gave up: the statement timeout of the page pool) and the form's
    choices."""
    with db().reading() as cur:
        choices = _choices(cur, query)
        try:
            rows = figures(cur, query)
        except psycopg2.errors.QueryCanceled:
            rows = None
    return rows, choices


_TIMEOUT = "统计超时：所选范围的数据太多，请缩短时间范围或增加筛选条件后重试"


@bp.get("/stats")
@login_required
def index() -> Any:
    query, problems = Query.from_request()
    for message in problems:
        flash(message, "error")
    rows, choices = _run(query)
    if rows is None:
        flash(_TIMEOUT, "error")
    kinds, districts = scope()
    return render_template(
        "stats/index.html",
        query=query,
        params=query.params(),
        rows=rows or [],
        sums=totals(rows or []),
        chart=chart(rows or [], query),
        dimensions=DIMENSIONS,
        states=STATES,
        choices=choices,
        limited=kinds is not None or districts is not None,
        scoped=scoped(query),
    )


@bp.get("/stats/data.json")
@login_required
def data() -> Any:
    query, problems = Query.from_request()
    rows, _ = _run(query)
    if rows is None:
        return jsonify({"error": _TIMEOUT}), 503
    return jsonify(
        {
            "query": query.params(),
            "scoped": scoped(query),
            "dimension": DIMENSIONS[query.wd],
            "states": list(STATES),
            "rows": [
                {
                    "key": r["key"],
                    "name": r["name"],
                    **dict(zip(STATES, r["counts"], strict=True)),
                    "合计": r["total"],
                }
                for r in rows
            ],
            "total": totals(rows)["total"],
            "chart": chart(rows, query),
            "ignored": problems,
        }
    )


def _note(query: Query) -> str:
    parts = [f"维度：{DIMENSIONS[query.wd]}"]
    parts.append(f"推送时间：{query.q or '不限'} 至 {query.z or '不限'}")
    for name, title in (("djzl", "登记种类"), ("xzqdm", "区县"), ("jyzt", "校验状态")):
        if getattr(query, name):
            parts.append(f"{title}：{getattr(query, name)}")
    if scoped(query):
        parts.append(f"数据范围：{current_user.scope_text}")
    return "；".join(parts)


@bp.get("/stats/export.xlsx")
@login_required
def export_xlsx() -> Any:
    query, _ = Query.from_request()
    rows, _ = _run(query)
    if rows is None:
        flash(_TIMEOUT, "error")
        return redirect(url_for("stats.index", **query.params()))
    district = query.wd == "区县"
    columns = [(DIMENSIONS[query.wd], 14 if district else 12)]
    if district:
        columns.append(("区县代码", 10))
    columns += [(state, 10) for state in STATES] + [("合计", 12)]
    records = [[r["name"], *([r["key"]] if district else []), *r["counts"], r["total"]] for r in rows]
    sums = totals(rows)
    footer = ["合计", *([None] if district else []), *sums["counts"], sums["total"]]
    data = xlsx_bytes(
        "数据情况统计",
        columns,
        records,
        notes=[("导出内容", "数据情况统计：暂存登记数据（stg.djsj）的行数"), ("统计条件", _note(query))],
        footer=footer,
    )
    audit_export("导出数据情况统计", "xlsx", query.params() | {"fw": query.fw}, len(rows), False)
    return xlsx_response(data, "数据情况统计")
