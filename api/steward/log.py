"""数据修正日志 (seed §5.2.3): the audit log ``audit.czrz``, newest first, 50 rows a page, searchable by
操作人, 操作类型, 对象, 来源, 时间范围, 关键字 and 结果; each row's before/after (``bgq``/``bgh``) as a
field-by-field comparison. The current search exports to Excel or CSV (all matching rows up to
:data:`EXPORT_CAP`), and every export is itself audited (``gj.rz_dc``) before the file is sent.

Everyone signed in may look and export; the page only reads. The file formats are :mod:`api.steward.export`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from flask import Blueprint, flash, render_template, request
from flask_login import login_required

from api.steward.export import audit_export, csv_bytes, csv_response, excel_time, xlsx_bytes, xlsx_response
from api.steward.web import TZ, db, local, parse_date

bp = Blueprint("log", __name__)

PAGE = 50
#: Most rows one export holds (the newest); the page and the file say when a search matched more.
EXPORT_CAP = 100_000
CUT_NOTE = f"符合条件的日志超过 {EXPORT_CAP:,} 行，只导出了最新的 {EXPORT_CAP:,} 行；请缩小时间范围分次导出"
#: Seconds the lists of known operators and actions (the search form's choices) are shared between requests.
CHOICES_TTL_S = 60.0
SOURCES = {"web": "对接工具", "cli": "命令行", "api": "接口", "job": "调度任务"}
RESULTS = {"1": "成功", "0": "失败"}

#: Columns of the export: title, width (characters).
EXPORT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("日志ID", 10),
    ("操作时间", 20),
    ("操作人", 14),
    ("操作类型", 18),
    ("对象表", 16),
    ("对象主键", 24),
    ("来源", 10),
    ("IP 地址", 16),
    ("操作原因", 36),
    ("是否成功", 9),
    ("变更前", 48),
    ("变更后", 48),
)


# --------------------------------------------------------------------------------------------------------
# the search
# --------------------------------------------------------------------------------------------------------


@dataclass
class Search:
    """The search form's values (empty string: not given)."""

    czr: str = ""
    czlx: str = ""
    dx: str = ""
    ly: str = ""
    q: str = ""
    z: str = ""
    kw: str = ""
    cg: str = ""

    @classmethod
    def from_request(cls) -> tuple[Search, list[str]]:
        """The search of the request, and the messages of values that were ignored (bad dates …)."""
        args = {name: (request.args.get(name) or "").strip()[:200] for name in cls.__dataclass_fields__}
        problems = []
        for name, title in (("q", "起始日期"), ("z", "截止日期")):
            if args[name] and parse_date(args[name]) is None:
                problems.append(f"{title}「{args[name]}」不是 YYYY-MM-DD 格式的日期，已忽略")
                args[name] = ""
        if args["ly"] not in SOURCES:
            args["ly"] = ""
        if args["cg"] not in RESULTS:
            args["cg"] = ""
        return cls(**args), problems

    def params(self) -> dict[str, str]:
        """The non-empty values (for links, the export and its audit row)."""
        return {k: v for k, v in self.__dict__.items() if v}

    def where(self) -> tuple[str, list[Any]]:
        """SQL condition on ``audit.czrz c`` and its parameters; ``TRUE`` when nothing is given."""
        parts: list[str] = []
        args: list[Any] = []
        if self.czr:
            parts.append("c.czr = %s")
            args.append(self.czr)
        if self.czlx:
            parts.append("c.czlx = %s")
            args.append(self.czlx)
        if self.dx:
            parts.append("(strpos(c.dxb, %s) > 0 OR strpos(c.dxzj, %s) > 0)")
            args += [self.dx, self.dx]
        if self.ly:
            parts.append("c.ly = %s")
            args.append(self.ly)
        if self.q:
            parts.append("c.czsj >= %s")
            args.append(day_start(parse_date(self.q)))
        if self.z:
            parts.append("c.czsj < %s")
            args.append(day_start(parse_date(self.z) + timedelta(days=1)))
        if self.kw:
            parts.append("(strpos(c.yy, %s) > 0 OR strpos(c.dxzj, %s) > 0)")
            args += [self.kw, self.kw]
        if self.cg:
            parts.append("c.cgbz = %s")
            args.append(self.cg == "1")
        return (" AND ".join(parts) or "TRUE"), args


def day_start(day: date) -> datetime:
    """Midnight of ``day`` in Dazhou (the log's times are shown and searched in local time)."""
    return datetime(day.year, day.month, day.day, tzinfo=TZ)


_COLUMNS = "c.id, c.czsj, c.czr, c.czlx, c.dxb, c.dxzj, c.ly, c.ip, c.yy, c.cgbz, c.bgq, c.bgh"

_choices_lock = threading.Lock()
_choices: dict[str, tuple[float, dict[str, list[str]]]] = {}


def choices(cur: Any) -> dict[str, list[str]]:
    """Known operators (by a skip scan of the index ``czrz_czr_ix``) and actions, for the search form; shared
    for :data:`CHOICES_TTL_S` seconds per database."""
    key = cur.connection.dsn
    with _choices_lock:
        hit = _choices.get(key)
    if hit and time.monotonic() - hit[0] < CHOICES_TTL_S:
        return hit[1]
    cur.execute(
        """WITH RECURSIVE u (czr) AS (
               (SELECT c.czr FROM audit.czrz c ORDER BY c.czr LIMIT 1)
               UNION ALL
               SELECT (SELECT c.czr FROM audit.czrz c WHERE c.czr > u.czr ORDER BY c.czr LIMIT 1)
                 FROM u WHERE u.czr IS NOT NULL)
           SELECT u.czr FROM u WHERE u.czr IS NOT NULL LIMIT 1000"""
    )
    operators = [r[0] for r in cur.fetchall()]
    cur.execute("SELECT c.czlx FROM audit.czrz c GROUP BY c.czlx ORDER BY c.czlx")
    found = {"czr": operators, "czlx": [r[0] for r in cur.fetchall()]}
    with _choices_lock:
        _choices[key] = (time.monotonic(), found)
    return found


# --------------------------------------------------------------------------------------------------------
# before / after
# --------------------------------------------------------------------------------------------------------


def value_text(value: Any) -> str:
    """One JSON value as text: strings as they are, null as （空）, the rest as compact JSON."""
    if value is None:
        return "（空）"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def compare(before: Any, after: Any) -> dict[str, Any]:
    """The field-by-field comparison of a log row's ``bgq`` and ``bgh``: ``fields`` as (field, before,
    after, changed) — '' for a side that lacks the field — and a one-line ``summary``. ``changed`` is only
    marked when the row has both sides (a record without ``bgq`` is a creation or an event, not a change)."""
    if before is None and after is None:
        return {"fields": [], "summary": "", "both": False, "side": ""}
    old = before if isinstance(before, dict) else ({} if before is None else {"（值）": before})
    new = after if isinstance(after, dict) else ({} if after is None else {"（值）": after})
    both = before is not None and after is not None
    fields = []
    for key in [*old, *(k for k in new if k not in old)]:
        b = value_text(old[key]) if key in old else ""
        a = value_text(new[key]) if key in new else ""
        changed = both and (key not in old or key not in new or old[key] != new[key])
        fields.append((key, b, a, changed))
    if both:
        names = [f[0] for f in fields if f[3]]
        summary = f"改动 {len(names)} 项：" + "、".join(names[:4]) + ("…" if len(names) > 4 else "")
        if not names:
            summary = "无改动"
    else:
        names = [f[0] for f in fields]
        summary = f"{len(names)} 项：" + "、".join(names[:4]) + ("…" if len(names) > 4 else "")
    side = "" if both else ("变更前" if after is None else "变更后")
    return {"fields": fields, "summary": summary, "both": both, "side": side}


def _row(r: Sequence[Any]) -> dict[str, Any]:
    return {
        "id": r[0],
        "czsj": local(r[1]),
        "czr": r[2],
        "czlx": r[3],
        "dxb": r[4],
        "dxzj": r[5],
        "ly": r[6],
        "ip": r[7],
        "yy": r[8],
        "cgbz": r[9],
        "diff": compare(r[10], r[11]),
    }


# --------------------------------------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------------------------------------


@bp.get("/log")
@login_required
def index() -> Any:
    search, problems = Search.from_request()
    for message in problems:
        flash(message, "error")
    page = max(1, request.args.get("page", 1, type=int))
    where, args = search.where()
    with db().reading() as cur:
        cur.execute(f"SELECT count(*) FROM audit.czrz c WHERE {where}", args)
        total = int(cur.fetchone()[0])
        pages = max(1, -(-total // PAGE))
        page = min(page, pages)
        cur.execute(
            f"SELECT {_COLUMNS} FROM audit.czrz c WHERE {where}"
            " ORDER BY c.czsj DESC, c.id DESC LIMIT %s OFFSET %s",
            [*args, PAGE, (page - 1) * PAGE],
        )
        rows = [_row(r) for r in cur.fetchall()]
        known = choices(cur)
    actions = (
        known["czlx"] if not search.czlx or search.czlx in known["czlx"] else [*known["czlx"], search.czlx]
    )
    return render_template(
        "log/index.html",
        rows=rows,
        search=search,
        params=search.params(),
        page=page,
        pages=pages,
        total=total,
        operators=known["czr"],
        actions=actions,
        sources=SOURCES,
        results=RESULTS,
        cap=EXPORT_CAP,
    )


def _export_rows(search: Search) -> tuple[list[tuple], bool]:
    """The matching rows, newest first, at most :data:`EXPORT_CAP`; and whether there were more."""
    where, args = search.where()
    with db().reading() as cur, cur.connection.cursor(name="jydj_log_export") as rows:
        rows.itersize = 5000
        rows.execute(
            f"SELECT {_COLUMNS} FROM audit.czrz c WHERE {where} ORDER BY c.czsj DESC, c.id DESC LIMIT %s",
            [*args, EXPORT_CAP + 1],
        )
        out = [tuple(r) for r in rows]
    return out[:EXPORT_CAP], len(out) > EXPORT_CAP


def _export_record(r: tuple) -> list[Any]:
    return [
        r[0],
        excel_time(r[1]),
        r[2],
        r[3],
        r[4],
        r[5],
        SOURCES.get(r[6], r[6]),
        r[7],
        r[8],
        "成功" if r[9] else "失败",
        None if r[10] is None else json.dumps(r[10], ensure_ascii=False),
        None if r[11] is None else json.dumps(r[11], ensure_ascii=False),
    ]


def _filter_note(search: Search) -> str:
    titles = {
        "czr": "操作人",
        "czlx": "操作类型",
        "dx": "对象",
        "ly": "来源",
        "q": "起始日期",
        "z": "截止日期",
        "kw": "关键字",
        "cg": "结果",
    }
    shown = {"ly": SOURCES, "cg": RESULTS}
    parts = [f"{titles[k]}：{shown.get(k, {}).get(v, v)}" for k, v in search.params().items()]
    return "；".join(parts) or "全部"


@bp.get("/log/export.xlsx")
@login_required
def export_xlsx() -> Any:
    search, _ = Search.from_request()
    rows, cut = _export_rows(search)
    notes = [
        ("导出内容", "数据修正日志（操作日志 audit.czrz），按操作时间从新到旧"),
        ("查询条件", _filter_note(search)),
        ("导出行数", len(rows)),
    ]
    if cut:
        notes.append(("注意", CUT_NOTE))
    data = xlsx_bytes(
        "数据修正日志",
        EXPORT_COLUMNS,
        (_export_record(r) for r in rows),
        notes=notes,
        text_columns=range(2, 12),
    )
    audit_export("导出数据修正日志", "xlsx", search.params(), len(rows), cut)
    return xlsx_response(data, "数据修正日志")


@bp.get("/log/export.csv")
@login_required
def export_csv() -> Any:
    search, _ = Search.from_request()
    rows, cut = _export_rows(search)
    records = [_export_record(r) for r in rows]
    for rec in records:
        rec[1] = rec[1].strftime("%Y-%m-%d %H:%M:%S") if rec[1] else ""
    if cut:
        records.append([f"（{CUT_NOTE}）"] + [""] * (len(EXPORT_COLUMNS) - 1))
    data = csv_bytes([title for title, _ in EXPORT_COLUMNS], records)
    audit_export("导出数据修正日志", "csv", search.params(), len(rows), cut)
    return csv_response(data, "数据修正日志")
