"""用户管理 (admins only): the steward tool's accounts with role, scope, state and lockout; 解锁, 停用, 启用.

Accounts are created and given passwords on the command line (``jydj user add``: the password is printed
once, never shown in a page); here an admin sees them all and unlocks, disables or re-enables one through
``gj.yh_zt`` (audited, source web). An admin cannot disable their own account.
"""

from __future__ import annotations

from typing import Any

import psycopg2
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from api.steward.web import db, error_text, is_refusal, local, operator, roles_required
from jydj.users import ROLES, list_users

bp = Blueprint("users", __name__)

#: Form action → the procedure's operation.
ACTIONS = {"unlock": "解锁", "disable": "停用", "enable": "启用"}


@bp.get("/users")
@login_required
@roles_required("admin")
def index() -> Any:
    with db().reading() as cur:
        users = list_users(cur.connection)
    for u in users:
        u.update(
            role=ROLES[u["role"]],
            locked_until=local(u["locked_until"]) if u["locked"] else None,
            last_login=local(u["last_login"]),
        )
    return render_template("users/index.html", users=users)


@bp.post("/users/<name>/<action>")
@login_required
@roles_required("admin")
def change(name: str, action: str) -> Any:
    if action not in ACTIONS:
        abort(404)
    if action == "disable" and name == current_user.name:
        flash("不能停用自己的账户", "error")
        return redirect(url_for("users.index"))
    reason = (request.form.get("reason") or "").strip() or None
    try:
        with db().writing(operator(), "web") as cur:
            cur.execute("SELECT gj.yh_zt(%s, %s, %s, 'web', %s)", (name, ACTIONS[action], operator(), reason))
            changed = cur.fetchone()[0]
    except psycopg2.Error as exc:
        if not is_refusal(exc):
            raise
        flash(error_text(exc), "error")
        return redirect(url_for("users.index"))
    verb = ACTIONS[action]
    flash(f"已{verb}用户 {name}" if changed else f"用户 {name} 无需{verb}", "success" if changed else "info")
    return redirect(url_for("users.index"))
