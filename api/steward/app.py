"""The steward tool's Flask app (数据对接工具), mounted by :func:`api.app.create_app` at ``/steward``.

Server-rendered Chinese pages; every form carries a CSRF token (Flask-WTF); sessions are signed cookies that
expire after ``[steward] session_minutes`` without a request; pages need a signed-in user (Flask-Login) and
the role their action needs. The database is reached through a small pool (application ``jydj-steward``).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg2
from flask import Flask, render_template, request
from flask.sessions import SecureCookieSessionInterface
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException

from api.db import Database, DatabaseDown
from api.steward import auth
from api.steward.oidc import init_oidc
from api.steward.web import KIND_TITLES, QUEUE_KINDS, StewardConfig, StewardContext
from jydj.config import Settings
from jydj.private_file import read_or_create

#: Pages every signed-in user reaches from the menu: endpoint, title, who sees it.
MENU: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("home.index", "概况", ("admin", "steward", "viewer")),
    ("queue.index", "修正及挂接", ("admin", "steward", "viewer")),
    ("link.index", "楼盘表挂接", ("admin", "steward", "viewer")),
    ("log.index", "数据修正日志", ("admin", "steward", "viewer")),
    ("stats.index", "数据情况统计", ("admin", "steward", "viewer")),
    ("ops.index", "运行监控", ("admin", "steward", "viewer")),
    ("users.index", "用户管理", ("admin",)),
)

_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


#: Requests a page makes by itself (the ops page's auto-refresh) send this header; they keep no session alive.
BACKGROUND_HEADER = "X-Requested-With"


class IdleTimeoutSession(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, except that a background request does not re-issue the cookie: the
    idle timeout counts from the user's last own request, so a page left open with auto-refresh still
    signs out after ``session_minutes``."""

    def should_set_cookie(self, app: Flask, session: Any) -> bool:
        if request.headers.get(BACKGROUND_HEADER) and not session.modified:
            return False
        return super().should_set_cookie(app, session)


def secret_key(settings: Settings, configured: str | None) -> bytes:
    """The session-signing key: the file ``[steward] secret_key_file`` (default ``var/steward_secret``), made
    once with 256 random bits and mode 0600, so sessions survive a restart and all workers share it."""
    path = Path(configured) if configured else settings.var_dir / "steward_secret"
    if not path.is_absolute():
        path = settings.home / path
    return read_or_create(path, lambda: secrets.token_hex(32)).encode()


def create_steward_app(settings: Settings, jy_dsn: str | None = None) -> Flask:
    """The steward tool on ``jy`` (default: the configured or embedded one); the ops page reads the other
    databases of ``settings`` too."""
    from jydj.database import dsn_of

    config = StewardConfig.from_settings(settings.steward)
    app = Flask("jydj.steward", root_path=str(Path(__file__).parent))
    app.session_interface = IdleTimeoutSession()
    app.config.update(
        SECRET_KEY=secret_key(settings, settings.steward.get("secret_key_file")),
        SESSION_COOKIE_NAME="jydj_steward",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.cookie_secure,
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=config.session_minutes),
        SESSION_REFRESH_EACH_REQUEST=True,
        REMEMBER_COOKIE_DURATION=timedelta(seconds=0),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session, which times out by itself
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    app.extensions["jydj.steward"] = StewardContext(
        db=Database(jy_dsn or dsn_of(settings, "jy"), maxconn=3, application_name="jydj-steward"),
        settings=settings,
        config=config,
    )
    CSRFProtect(app)
    auth.login_manager.init_app(app)
    app.register_blueprint(auth.bp)
    init_oidc(app, config)
    _register_pages(app)

    @app.before_request
    def _unified_login() -> Any:
        return auth.header_login()

    @app.context_processor
    def _layout() -> dict[str, Any]:
        menu = []
        if current_user.is_authenticated:
            menu = [(e, t) for e, t, roles in MENU if current_user.role in roles]
        return {"menu": menu, "kind_titles": KIND_TITLES, "queue_kinds": QUEUE_KINDS}

    @app.after_request
    def _headers(response: Any) -> Any:
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        if response.mimetype == "text/html":
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(CSRFError)
    def _csrf(exc: CSRFError) -> Any:
        return render_template(
            "error.html", title="表单已失效", message="表单已过期或来源不明，请刷新页面后重试"
        ), 400

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Any:
        titles = {403: "无权访问", 404: "没有这个页面", 405: "不支持该请求方法", 413: "提交的内容过大"}
        messages = {
            403: "您的角色或数据范围不包括此操作；如需开通请联系管理员",
            404: "页面不存在，或数据已被处理",
        }
        code = exc.code or 400
        return (
            render_template(
                "error.html", title=titles.get(code, "请求无效"), message=messages.get(code, "请求无效")
            ),
            code,
        )

    @app.errorhandler(DatabaseDown)
    def _down(exc: DatabaseDown) -> Any:
        return render_template(
            "error.html", title="数据库不可用", message="数据库暂时无法连接，请稍后重试"
        ), 503

    @app.errorhandler(psycopg2.extensions.QueryCanceledError)
    def _timeout(exc: psycopg2.Error) -> Any:
        message = "查询超过 10 秒被中止，未作任何改动；请缩小范围（时间、登记种类、区县）后重试"
        return render_template("error.html", title="查询超时", message=message), 503

    @app.errorhandler(psycopg2.Error)
    def _db_error(exc: psycopg2.Error) -> Any:
        app.logger.exception("数据库错误：%s %s", request.method, request.path)
        return render_template(
            "error.html", title="操作失败", message="数据库操作失败，未作任何改动；请联系管理员"
        ), 500

    return app


def _register_pages(app: Flask) -> None:
    """The page blueprints; each lives in a module of its own."""
    from api.steward import home, link, log, ops, queue, stats, users

    for page in (home, queue, link, log, stats, ops, users):
        app.register_blueprint(page.bp)


__all__ = ["create_steward_app", "login_required"]
