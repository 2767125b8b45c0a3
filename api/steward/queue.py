"""修正及挂接: the queues of unqualified registration data per kind, one row's detail, and corrections.

A correction is a named, reviewed procedure of the catalog ``xz.gc`` (db/procedures/xz/): the form lists
the ones for the row's kind and failing rules with their parameters; 预览 runs it as a dry run (``xz.run``
with ``p_sy`` true: nothing written) and shows each row before and after; 执行 runs it again in one
transaction after the permission check ``gj.qx_hs``, re-validates, loads what passes and logs before/after,
who, when, why (audit.czrz). No SQL text comes from the page: only a catalog name and parameter values.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import psycopg2
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from api.steward.web import (
    QUEUE_KINDS,
    client_ip,
    db,
    error_text,
    field_labels,
    is_refusal,
    local_path,
    operator,
    roles_required,
    scope_clause,
)
from jydj.corrections import fields_of, list_procedures, run_correction

bp = Blueprint("queue", __name__)

PAGE = 50
#: Most rows one correction may change from the web (a larger clean-up is a reviewed job, not a form).
MAX_ROWS = 500


@bp.get("/queue")
@login_required
def index() -> Any:
    return redirect(url_for("queue.kind", kind=QUEUE_KINDS[0]))


@bp.get("/queue/<kind>")
@login_required
def kind(kind: str) -> Any:
    if kind not in QUEUE_KINDS:
        abort(404)
    rule = request.args.get("rule") or None
    search = (request.args.get("q") or "").strip() or None
    page = max(1, request.args.get("page", 1, type=int))
    where, args = scope_clause(current_user)
    filters = (
        " AND (%s::text IS NULL OR d.jyjg @> json_build_array(json_build_object('gzdm', %s::text))::jsonb)"
    )
    filters += " AND (%s::text IS NULL OR d.bdcdyh LIKE %s OR d.ywh LIKE %s OR d.lyzj LIKE %s)"
    like = f"{search}%" if search else None
    params = [kind, *args, rule, rule, search, like, like, like]
    with db().reading() as cur:
        cur.execute(
            f"""SELECT count(*) FROM stg.dcl q JOIN stg.djsj d ON d.id = q.id
                 WHERE q.jyzt = '不合格' AND q.djzl = %s{where}{filters}""",
            params,
        )
        total = int(cur.fetchone()[0])
        cur.execute(
            f"""SELECT d.id, d.lybm, d.lyzj, d.ywh, d.bdcdyh, gj.xzq(d.sjnr, d.bdcdyh), x.mc, d.jssj, d.jyjg
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                  LEFT JOIN zd.xzqh x ON x.dm = gj.xzq(d.sjnr, d.bdcdyh)
                 WHERE q.jyzt = '不合格' AND q.djzl = %s{where}{filters}
                 ORDER BY q.id
                 LIMIT %s OFFSET %s""",
            [*params, PAGE, (page - 1) * PAGE],
        )
        rows = [
            {
                "id": r[0],
                "lybm": r[1],
                "lyzj": r[2],
                "ywh": r[3],
                "bdcdyh": r[4],
                "district": r[5],
                "district_name": r[6],
                "received": r[7],
                "failures": r[8] or [],
                "editable": current_user.covers(kind, r[5]),
            }
            for r in cur.fetchall()
        ]
        cur.execute(
            f"""SELECT f ->> 'gzdm', max(f ->> 'gzmc'), count(*)
                  FROM stg.dcl q
                  JOIN stg.djsj d ON d.id = q.id
                  CROSS JOIN LATERAL jsonb_array_elements(d.jyjg) f
                 WHERE q.jyzt = '不合格' AND q.djzl = %s{where}
                 GROUP BY 1 ORDER BY 3 DESC, 1""",
            [kind, *args],
        )
        rules = cur.fetchall()
        procedures = list_procedures(cur.connection, kind)
    return render_template(
        "queue/kind.html",
        kind=kind,
        rows=rows,
        rules=rules,
        rule=rule,
        q=search or "",
        page=page,
        pages=max(1, -(-total // PAGE)),
        total=total,
        procedures=procedures,
    )


@bp.get("/queue/batch")
@login_required
@roles_required("admin", "steward")
def batch() -> Any:
    """From a queue's check boxes to the correction form of the chosen procedure."""
    gcm = request.args.get("gcm") or ""
    ids = request.args.getlist("ids")
    if not ids:
        flash("请先勾选要修正的数据", "error")
        return redirect(_back(request.referrer) or url_for("queue.index"))
    return redirect(url_for("queue.correct", gcm=gcm, ids=ids, back=_back(request.referrer)))


def _back(referrer: str | None) -> str | None:
    """Where 返回 leads: the referring page of this site (path and query only)."""
    if not referrer:
        return None
    parts = urlsplit(referrer)
    return local_path(parts.path + (f"?{parts.query}" if parts.query else ""))


def _row(cur: Any, row_id: int) -> dict[str, Any]:
    cur.execute(
        """SELECT d.id, d.lybm, d.lyzj, d.ywh, d.djzl, d.bdcdyh, d.fwbm, d.jyzt, d.jyjg, d.sjnr, d.jssj,
                  d.jysj, d.rksj, gj.xzq(d.sjnr, d.bdcdyh), x.mc
             FROM stg.djsj d LEFT JOIN zd.xzqh x ON x.dm = gj.xzq(d.sjnr, d.bdcdyh)
            WHERE d.id = %s""",
        (row_id,),
    )
    r = cur.fetchone()
    if r is None:
        abort(404)
    keys = (
        "id",
        "lybm",
        "lyzj",
        "ywh",
        "djzl",
        "bdcdyh",
        "fwbm",
        "jyzt",
        "jyjg",
        "sjnr",
        "jssj",
        "jysj",
        "rksj",
    )
    row = dict(zip(keys, r[:13], strict=True))
    row["district"], row["district_name"] = r[13], r[14]
    row["failures"] = row["jyjg"] or []
    return row


@bp.get("/row/<int:row_id>")
@login_required
def row(row_id: int) -> Any:
    with db().reading() as cur:
        item = _row(cur, row_id)
        codes = [f["gzdm"] for f in item["failures"]]
        cur.execute(
            "SELECT gzdm, gzmc, gzsm, zd, yzcd, yj FROM stg.jygz WHERE gzdm = ANY (%s) ORDER BY pxh", (codes,)
        )
        rules = {r[0]: {"gzmc": r[1], "gzsm": r[2], "zd": (r[3] or "").split(","), "yj": r[5]} for r in cur}
        procedures = list_procedures(cur.connection, item["djzl"])
        link_needed = bool(item["bdcdyh"]) and bool(set(codes) & _link_rules(cur))
        cur.execute(
            """SELECT czsj, czr, czlx, bgq, bgh, yy FROM audit.czrz
                WHERE dxb = 'stg.djsj' AND dxzj = %s ORDER BY id DESC LIMIT 20""",
            (str(row_id),),
        )
        history = cur.fetchall()
    bad_fields = {f for code in codes for f in rules.get(code, {}).get("zd", []) if f}
    labels = field_labels(item["lybm"])
    suggested = {p["name"] for p in procedures if set(p.get("rules") or []) & set(codes)}
    return render_template(
        "queue/row.html",
        item=item,
        rules=rules,
        bad_fields=bad_fields,
        procedures=procedures,
        suggested=suggested,
        link_needed=link_needed,
        history=history,
        labels=labels,
        editable=current_user.covers(item["djzl"], item["district"]) and item["jyzt"] != "已入库",
    )


def _link_rules(cur: Any) -> set[str]:
    """Codes of the rules 单元挂接房屋 (the unit must be linked to a flat): the row page offers linking."""
    cur.execute("SELECT gzdm FROM stg.jygz WHERE jcgc = 'stg.jc_gj'")
    return {r[0] for r in cur.fetchall()}


def _selected_ids() -> list[int]:
    values = request.values.getlist("ids")
    try:
        ids = sorted({int(v) for v in values})
    except ValueError:
        abort(400)
    if not ids:
        flash("请先勾选要修正的数据", "error")
    if len(ids) > MAX_ROWS:
        flash(f"一次最多修正 {MAX_ROWS} 行，请缩小范围", "error")
        ids = []
    return ids


def _params(procedure: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in procedure.get("params") or []:
        value = (request.form.get(f"p_{spec['name']}") or "").strip()
        if value == "":
            continue
        if spec.get("type") == "number":
            try:
                out[spec["name"]] = float(value) if "." in value else int(value)
            except ValueError:
                out[spec["name"]] = value  # xz.run names the parameter and the rule
        else:
            out[spec["name"]] = value
    return out


@bp.route("/correct/<gcm>", methods=["GET", "POST"])
@login_required
@roles_required("admin", "steward")
def correct(gcm: str) -> Any:
    ids = _selected_ids()
    with db().reading() as cur:
        catalog = {p["name"]: p for p in list_procedures(cur.connection)}
        if gcm not in catalog:
            abort(404)
        procedure = catalog[gcm]
        fields = fields_of(cur.connection, ids) if ids else []
        cur.execute(
            "SELECT d.id, d.djzl, d.lybm, d.lyzj, d.bdcdyh, d.jyzt FROM stg.djsj d"
            " WHERE d.id = ANY (%s) ORDER BY d.id",
            (ids,),
        )
        targets = cur.fetchall()
    back = _back(request.values.get("back"))
    if back is None and len(ids) == 1:
        back = url_for("queue.row", row_id=ids[0])
    params = _params(procedure) if request.method == "POST" else {}
    action = request.form.get("action") if request.method == "POST" else None
    preview = result = None
    reason = (request.form.get("reason") or "").strip()
    if action in ("preview", "apply") and ids:
        try:
            if action == "preview":  # a dry run only reads: a read-only transaction, rolled back
                with db().reading() as cur:
                    cur.execute("SELECT gj.qx_hs(%s, %s)", (operator(), ids))
                    preview = run_correction(
                        cur.connection, gcm, ids, params, True, operator(), reason or None, "web", client_ip()
                    )
            else:
                with db().writing(operator(), "web") as cur:
                    cur.execute("SELECT gj.qx_hs(%s, %s)", (operator(), ids))
                    result = run_correction(
                        cur.connection, gcm, ids, params, False, operator(), reason, "web", client_ip()
                    )
        except psycopg2.Error as exc:
            if not is_refusal(exc):
                raise
            flash(error_text(exc), "error")
            preview = result = None
        if result is not None:
            changed = len(result.get("rows") or [])
            loaded, unqualified = result.get("loaded", 0), result.get("unqualified", 0)
            flash(
                f"已执行「{procedure['title']}」：修改 {changed} 行；重新校验后入库 {loaded} 行，"
                f"合格 {result.get('qualified', 0)} 行，仍不合格 {unqualified} 行",
                "success",
            )
            if len(ids) == 1:
                return redirect(url_for("queue.row", row_id=ids[0]))
    return render_template(
        "queue/correct.html",
        procedure=procedure,
        ids=ids,
        targets=targets,
        fields=fields,
        params=params,
        preview=preview,
        result=result,
        reason=reason,
        back=back,
        labels=field_labels(targets[0][2]) if targets else {},
    )
