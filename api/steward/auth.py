"""Sign-in of the steward tool: local accounts (Argon2id, lockout after repeated failures) and the unified
platform's login through a trusted header set by the gateway (seed §5.2.3), sessions with a timeout.

Every attempt is recorded by ``gj.dl_jl`` (which also decides lockout, under a row lock); sign-out is
audited too. A session names the user *and* the user's session version (``gj.yh.hhbb``), so disabling a
user or changing the password or role ends the sessions already issued.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, UserMixin, current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from api.steward.web import client_ip, context, db, local, local_path
from jydj.users import ROLES, verify_password

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "请先登录"
login_manager.login_message_category = "info"
login_manager.session_protection = "basic"


class StewardUser(UserMixin):
    """A signed-in user: role and data scope (登记种类, 区县) from ``gj.yh``."""

    def __init__(self, row: tuple) -> None:
        self.name, self.full_name, self.role, kinds, districts, self.version = row
        self.kinds: list[str] | None = list(kinds) if kinds else None
        self.districts: list[str] | None = list(districts) if districts else None

    def get_id(self) -> str:
        return f"{self.version}:{self.name}"

    @property
    def role_title(self) -> str:
        return ROLES[self.role]

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_edit(self) -> bool:
        """Admins and stewards correct and link; viewers only look."""
        return self.role in ("admin", "steward")

    def covers(self, kind: str | None, district: str | None) -> bool:
        """True when the user may change data of ``kind`` in ``district`` (the database checks again)."""
        if not self.can_edit:
            return False
        if self.is_admin:
            return True
        if self.kinds is not None and kind not in self.kinds:
            return False
        return self.districts is None or (district is not None and district in self.districts)

    @property
    def scope_text(self) -> str:
        parts = []
        if self.role == "steward" and self.kinds:
            parts.append("、".join(self.kinds))
        if self.role == "steward" and self.districts:
            parts.append("区县 " + "、".join(self.districts))
        return "；".join(parts) or "不限范围"


_USER_SQL = "SELECT yhm, xm, js, djzl, xzqdm, hhbb FROM gj.yh WHERE yhm = %s AND zt = '启用'"


def load_user(name: str) -> StewardUser | None:
    with db().reading() as cur:
        cur.execute(_USER_SQL, (name,))
        row = cur.fetchone()
    return StewardUser(row) if row else None


@login_manager.user_loader
def _load_session_user(session_id: str) -> StewardUser | None:
    version, _, name = session_id.partition(":")
    user = load_user(name)
    if user is None or str(user.version) != version:
        return None  # disabled, or the password or role changed since this session began
    return user


class LoginForm(FlaskForm):
    username = StringField("用户名", validators=[DataRequired("请填写用户名"), Length(max=64)])
    password = PasswordField("口令", validators=[DataRequired("请填写口令"), Length(max=256)])


def record_attempt(name: str, ok: bool, method: str) -> dict[str, Any]:
    conf = context().config
    with db().writing(name or "anonymous", "web") as cur:
        cur.execute(
            "SELECT gj.dl_jl(%s, %s, %s, %s, %s, %s)",
            (name, ok, method, client_ip(), conf.lockout_failures, conf.lockout_minutes),
        )
        return cur.fetchone()[0]


def start_session(user: StewardUser) -> None:
    session.clear()
    session.permanent = True  # expires after [steward] session_minutes without a request
    login_user(user)


def _safe_next(target: str | None) -> str:
    """Only a path of this site is followed after sign-in."""
    return local_path(target) or url_for("home.index")


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    conf = context().config
    if "local" not in conf.login and "oidc" not in conf.login:
        return render_template("login.html", form=None, header_only=True, oidc=False), 403
    if "local" not in conf.login:
        return render_template("login.html", form=None, header_only=False, oidc=True)
    form = LoginForm()
    if form.validate_on_submit():
        name = form.username.data.strip()
        with db().reading() as cur:
            cur.execute("SELECT mmzy FROM gj.yh WHERE yhm = %s", (name,))
            row = cur.fetchone()
        ok = verify_password(row[0] if row else None, form.password.data)
        result = record_attempt(name, ok, "口令")
        outcome = result["jg"]
        if outcome == "成功":
            user = load_user(name)
            if user is not None:
                start_session(user)
                return redirect(_safe_next(request.args.get("next")))
        if outcome == "锁定":
            until = local(datetime.fromisoformat(result["sdzz"])).strftime("%H:%M")
            flash(
                f"账户已锁定至 {until}（连续 {conf.lockout_failures} 次登录失败），请稍后再试或请管理员解锁",
                "error",
            )
        elif outcome == "停用":
            flash("账户已停用，请联系管理员", "error")
        else:
            flash(
                f"用户名或口令错误（连续 {conf.lockout_failures} 次失败将锁定 {conf.lockout_minutes} 分钟）",
                "error",
            )
    return render_template("login.html", form=form, header_only=False, oidc="oidc" in conf.login)


@bp.post("/logout")
@login_required
def logout() -> Any:
    with db().writing(current_user.name, "web") as cur:
        cur.execute(
            "INSERT INTO audit.czrz (czr, czlx, dxb, dxzj, ly, ip)"
            " VALUES (%s, '退出', 'gj.yh', %s, 'web', %s)",
            (current_user.name, current_user.name, client_ip()),
        )
    logout_user()
    session.clear()
    flash("已退出", "info")
    return redirect(url_for("auth.login"))


def header_login() -> Any:
    """Before each request: with ``login = ["header"]``, a request from a trusted gateway address that names a
    user in the trusted header signs that user in (recorded like a password sign-in). Returns a response to
    send instead of the page, or None."""
    conf = context().config
    if "header" not in conf.login or request.remote_addr not in conf.trusted_proxies:
        return None
    name = (request.headers.get(conf.trusted_header) or "").strip()
    if not name or (current_user.is_authenticated and current_user.name == name):
        return None
    if current_user.is_authenticated:
        logout_user()
        session.clear()
    return platform_sign_in(name, "请求头")


def platform_sign_in(name: str, method: str) -> Any:
    """Sign in ``name``, whom the unified platform has authenticated (``method`` 请求头 or OIDC): recorded by
    ``gj.dl_jl``; the user must exist in ``gj.yh`` and be enabled and unlocked. Returns None when signed
    in, else the refusal page (403) saying why."""
    result = record_attempt(name, True, method)
    user = load_user(name) if result["jg"] == "成功" else None
    if user is None:
        message = {
            "停用": f"统一平台用户「{name}」在对接工具中已停用，请联系管理员",
            "锁定": f"统一平台用户「{name}」已锁定，请联系管理员",
        }.get(result["jg"], f"统一平台用户「{name}」未在对接工具中开通，请联系管理员（jydj user add）")
        return render_template("error.html", title="无法登录", message=message), 403
    start_session(user)
    return None
