"""楼盘表挂接: link a registration unit (不动产单元号) and a flat of the building table (房屋编码) by hand.

The lists start from where work waits: units with ranked candidates the automatic run would not decide
(``gl.hxd``) and units whose staged rows wait in a queue for the rule 单元挂接房屋. A record's page shows it,
its current link and its ranked candidates (``gl.candidates``) with the evidence field by field; 挂接 and
解除挂接 call ``gl.link_manual`` after the permission check ``gj.qx_gj``, in one transaction, audited; linking
re-validates the unit's waiting rows.
"""

from __future__ import annotations

from typing import Any

import psycopg2
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from api.steward.web import db, error_text, is_refusal, operator, roles_required

bp = Blueprint("link", __name__)

PAGE = 50
_FEATURES = "zl, xmmc, zh, dyh, szc, {room}, jzmj, tnmj, qlrmc, zjhm, ly"


def mask_id(value: str | None) -> str:
    """An ID number shown to stewards: region and last four, the rest hidden (个人信息保护法 §51)."""
    if not value:
        return ""
    return value[:6] + "*" * max(0, len(value) - 10) + value[-4:] if len(value) > 10 else value


def _scope(alias: str) -> tuple[str, list[Any]]:
    if current_user.role == "steward" and current_user.districts:
        return f" AND substr({alias}.bdcdyh, 1, 6) = ANY (%s)", [list(current_user.districts)]
    return "", []


@bp.get("/link")
@login_required
def index() -> Any:
    key = (request.args.get("key") or "").strip()
    if key:
        return redirect(url_for("link.record", key=key))
    mode = "queue" if request.args.get("mode") == "queue" else "candidates"
    page = max(1, request.args.get("page", 1, type=int))
    where, args = _scope("u")
    with db().reading() as cur:
        if mode == "candidates":
            cur.execute(
                f"""SELECT u.bdcdyh, count(*), max(u.ppdf), max(u.df)
                      FROM gl.hxd u WHERE true{where}
                     GROUP BY u.bdcdyh ORDER BY max(u.ppdf) DESC, u.bdcdyh LIMIT %s OFFSET %s""",
                [*args, PAGE + 1, (page - 1) * PAGE],
            )
        else:
            cur.execute(
                f"""SELECT u.bdcdyh, count(*), NULL::numeric, NULL::integer
                      FROM stg.dcl q
                      JOIN stg.djsj u ON u.id = q.id
                     WHERE q.jyzt = '不合格' AND u.bdcdyh IS NOT NULL{where}
                       AND EXISTS (SELECT 1 FROM jsonb_array_elements(u.jyjg) f
                                    JOIN stg.jygz r ON r.gzdm = f ->> 'gzdm' AND r.jcgc = 'stg.jc_gj')
                     GROUP BY u.bdcdyh ORDER BY min(u.id) LIMIT %s OFFSET %s""",
                [*args, PAGE + 1, (page - 1) * PAGE],
            )
        found = cur.fetchall()
        units = [r[0] for r in found[:PAGE]]
        cur.execute("SELECT bdcdyh, zl, jzmj FROM gl.dytz WHERE bdcdyh = ANY (%s)", (units,))
        features = {r[0]: r[1:] for r in cur.fetchall()}
    rows = [
        {
            "bdcdyh": r[0],
            "n": r[1],
            "ppdf": r[2],
            "df": r[3],
            "zl": features.get(r[0], (None, None))[0],
            "jzmj": features.get(r[0], (None, None))[1],
        }
        for r in found[:PAGE]
    ]
    return render_template("link/index.html", rows=rows, mode=mode, page=page, more=len(found) > PAGE)


def _features(cur: Any, side: str, keys: list[str]) -> dict[str, dict[str, Any]]:
    table, key, room = ("gl.fwtz", "fwbm", "fh") if side == "fw" else ("gl.dytz", "bdcdyh", "hh")
    cols = ["key", *[c.strip() for c in _FEATURES.format(room=room).split(",")]]
    cur.execute(f"SELECT {key}, {_FEATURES.format(room=room)} FROM {table} WHERE {key} = ANY (%s)", (keys,))
    out = {}
    for r in cur.fetchall():
        item = dict(zip(cols, r, strict=True))
        item["room"] = item.pop(room)
        item["zjhm"] = mask_id(item["zjhm"])
        out[item["key"]] = item
    return out


@bp.get("/link/<key>")
@login_required
def record(key: str) -> Any:
    with db().reading() as cur:
        unit = _features(cur, "dy", [key]).get(key)
        flat = None if unit else _features(cur, "fw", [key]).get(key)
        if unit is None and flat is None:
            flash(f"找不到房屋编码或不动产单元号「{key}」（挂接特征中没有：可能尚未导入或刷新）", "error")
            return redirect(url_for("link.index"))
        side = "dy" if unit else "fw"
        cur.execute(
            "SELECT fwbm, bdcdyh, ppdf, glfs, glyj, czr, gjsj FROM gl.fw_dy WHERE "
            + ("bdcdyh" if side == "dy" else "fwbm")
            + " = %s",
            (key,),
        )
        current = cur.fetchone()
        cur.execute("SELECT fwbm, bdcdyh, df, ppdf, mc, ly FROM gl.candidates(%s, 10)", (key,))
        cands = cur.fetchall()
        others = [c[0] if side == "dy" else c[1] for c in cands]
        other_features = _features(cur, "fw" if side == "dy" else "dy", others)
        cur.execute(
            """SELECT count(*) FROM stg.djsj
                WHERE jyzt = '不合格' AND bdcdyh = %s""",
            (key if side == "dy" else (current[1] if current else None),),
        )
        waiting = int(cur.fetchone()[0])
    candidates = [
        {
            "fwbm": c[0],
            "bdcdyh": c[1],
            "df": c[2],
            "ppdf": c[3],
            "rank": c[4],
            "reasons": {k: v for k, v in (c[5] or {}).items() if k != "分项"},
            "other": other_features.get(c[0] if side == "dy" else c[1]),
            "linked": bool(current and current[0] == c[0] and current[1] == c[1]),
        }
        for c in cands
    ]
    return render_template(
        "link/record.html",
        key=key,
        side=side,
        me=unit or flat,
        current=current,
        candidates=candidates,
        waiting=waiting,
    )


def _act(cz: str, key: str) -> Any:
    fwbm = (request.form.get("fwbm") or "").strip()
    bdcdyh = (request.form.get("bdcdyh") or "").strip()
    reason = (request.form.get("reason") or "").strip() or None
    if key not in (fwbm, bdcdyh):
        abort(400)
    try:
        with db().writing(operator(), "web") as cur:
            cur.execute("SELECT gj.qx_gj(%s, %s, %s)", (operator(), fwbm, bdcdyh))
            cur.execute(
                "SELECT gl.link_manual(%s, %s, %s, %s, 'web', %s)", (cz, fwbm, bdcdyh, operator(), reason)
            )
            result = cur.fetchone()[0]
            checked = None
            if cz == "挂接":  # the unit's rows waiting for this link: validate (and load) them now
                cur.execute(
                    """SELECT stg.validate_batch(NULL, NULL, %s,
                              ARRAY(SELECT d.id FROM stg.djsj d
                                     WHERE d.bdcdyh = %s AND d.jyzt = '待校验'))""",
                    (operator(), bdcdyh),
                )
                checked = cur.fetchone()[0]
    except psycopg2.Error as exc:
        if not is_refusal(exc):
            raise
        flash(error_text(exc), "error")
        return redirect(url_for("link.record", key=key))
    if cz == "挂接":
        flash(
            f"已挂接 房屋 {fwbm} — 单元 {bdcdyh}；建立业务挂接 {result.get('business', 0)} 件；"
            f"该单元的暂存数据重新校验：入库 {checked['loaded']} 行，仍不合格 {checked['unqualified']} 行",
            "success",
        )
    else:
        flash(f"已解除 房屋 {fwbm} — 单元 {bdcdyh} 的挂接", "success")
    return redirect(url_for("link.record", key=key))


@bp.post("/link/<key>/link")
@login_required
@roles_required("admin", "steward")
def link(key: str) -> Any:
    return _act("挂接", key)


@bp.post("/link/<key>/unlink")
@login_required
@roles_required("admin", "steward")
def unlink(key: str) -> Any:
    return _act("解除", key)
