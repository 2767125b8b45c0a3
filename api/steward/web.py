"""What every page of the steward tool shares: its database pool, settings, the signed-in operator, role
checks and the Chinese text of database errors.

Pages write only through procedures (``xz.run``, ``gl.link_manual``, ``jh.retry_dead_letter`` …) in
:meth:`api.db.Database.writing` transactions with source ``web``; no SQL text comes from a request.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import wraps
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import psycopg2
from flask import abort, current_app, request
from flask_login import current_user

from api.db import Database
from jydj.config import Settings
from jydj.errors import message_of

#: The time zone pages show and search in (Dazhou); the database keeps timestamptz.
TZ = ZoneInfo("Asia/Shanghai")

#: Kinds of the queues with correction and linking (修正及挂接, issue 8 / seed §5.2.3), in menu order.
QUEUE_KINDS: tuple[str, ...] = ("所有权", "抵押权", "预告", "预抵押", "查封")

#: Full Chinese names of the queue kinds (seed §5.2.3).
KIND_TITLES: dict[str, str] = {
    "所有权": "所有权（房地产权）",
    "抵押权": "抵押权",
    "预告": "预购商品房预告登记",
    "预抵押": "预购商品房抵押权预告登记",
    "查封": "查封",
}


@dataclass
class StewardConfig:
    """``[steward]`` of the configuration, with defaults (docs/steward.md「配置」)."""

    login: tuple[str, ...] = ("local",)
    trusted_header: str = "X-Remote-User"
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    session_minutes: float = 30.0
    lockout_failures: int = 5
    lockout_minutes: int = 15
    cookie_secure: bool = False
    #: OpenID Connect provider of the unified platform (``login`` includes "oidc")
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_username_claim: str = "preferred_username"

    @classmethod
    def from_settings(cls, section: dict[str, Any]) -> StewardConfig:
        login = section.get("login", ["local"])
        login = (login,) if isinstance(login, str) else tuple(login)
        unknown = set(login) - {"local", "header", "oidc"}
        if unknown or not login:
            raise ValueError(
                "[steward] login 只能取 local（本地账户）、header（网关的可信请求头）与 oidc（统一平台 OIDC）"
            )
        secret = os.environ.get("JYDJ_STEWARD_OIDC_SECRET") or str(section.get("oidc_client_secret", ""))
        if "oidc" in login and not (section.get("oidc_issuer") and section.get("oidc_client_id") and secret):
            raise ValueError(
                "[steward] login 含 oidc 时须配置 oidc_issuer、oidc_client_id 与 oidc_client_secret"
                "（或环境变量 JYDJ_STEWARD_OIDC_SECRET）"
            )
        return cls(
            login=login,
            trusted_header=str(section.get("trusted_header", cls.trusted_header)),
            trusted_proxies=tuple(section.get("trusted_proxies", cls.trusted_proxies)),
            session_minutes=float(section.get("session_minutes", cls.session_minutes)),
            lockout_failures=int(section.get("lockout_failures", cls.lockout_failures)),
            lockout_minutes=int(section.get("lockout_minutes", cls.lockout_minutes)),
            cookie_secure=bool(section.get("cookie_secure", cls.cookie_secure)),
            oidc_issuer=str(section.get("oidc_issuer", "")).rstrip("/"),
            oidc_client_id=str(section.get("oidc_client_id", "")),
            oidc_client_secret=secret,
            oidc_username_claim=str(section.get("oidc_username_claim", cls.oidc_username_claim)),
        )


@dataclass
class StewardContext:
    db: Database
    settings: Settings
    config: StewardConfig


def context() -> StewardContext:
    return current_app.extensions["jydj.steward"]


def db() -> Database:
    return context().db


def operator() -> str:
    """The signed-in user's name, as procedures record it (``czr``)."""
    return current_user.name


def client_ip() -> str | None:
    return request.remote_addr


def roles_required(*roles: str) -> Callable:
    """Refuse (403) a signed-in user whose role is not one of ``roles``."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


def error_text(exc: Exception) -> str:
    """The Chinese message of a database error (the procedures' RAISE text), one line, for a flash."""
    text = message_of(exc)
    return text.splitlines()[0] if text else "操作失败"


def is_refusal(exc: Exception) -> bool:
    """True for errors the procedures raise on purpose (bad input, no permission, not found, conflicts)."""
    code = exc.pgcode if isinstance(exc, psycopg2.Error) else None
    return bool(code) and (code in _REFUSALS or code.startswith("JY"))


#: SQLSTATEs the procedures raise for a person's mistake: bad value, no permission, missing, conflict.
_REFUSALS = frozenset(
    {"22023", "22P02", "22007", "22008", "42501", "P0001", "P0002", "23505", "23503", "23514"}
)


def local_path(target: str | None) -> str | None:
    """``target`` when it is a path of this site (no scheme, no host: never an open redirect), else None."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
            return target
    return None


def scope_clause(user: Any, alias: str = "d") -> tuple[str, list[Any]]:
    """SQL condition (and its parameters) limiting staged rows ``alias`` of ``stg.djsj`` to a steward's
    kinds and districts; empty for admins and viewers (who see everything)."""
    if user.role != "steward":
        return "", []
    parts, args = [], []
    if user.kinds:
        parts.append(f"{alias}.djzl = ANY (%s)")
        args.append(list(user.kinds))
    if user.districts:
        parts.append(f"gj.xzq({alias}.sjnr, {alias}.bdcdyh) = ANY (%s)")
        args.append(list(user.districts))
    return (" AND " + " AND ".join(parts) if parts else ""), args


def local(moment: datetime | None) -> datetime | None:
    """A stored time in Dazhou local time (naive times are left as they are)."""
    return moment.astimezone(TZ) if moment is not None and moment.tzinfo is not None else moment


def parse_date(text: str) -> date | None:
    """A date typed in a form (YYYY-MM-DD), or None."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_LABELS_SQL = """
SELECT c.relname, a.attname, col_description(c.oid, a.attnum)
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = %s AND c.relkind IN ('r', 'p')
"""
_labels: dict[str, dict[str, str]] | None = None


def field_labels(table: str) -> dict[str, str]:
    """Chinese names of the columns of a staged row's source table ``share_dj.<table>`` (the column comments
    in the front database, up to the first parenthesis), for showing fields to office staff; read once per
    process. Falls back to the comments of the production tables ``djjg.*`` in ``jy`` (by column name) when
    the front database cannot be read."""
    global _labels
    if _labels is None:
        from jydj.database import connect, dsn_of
        from jydj.errors import JydjError

        labels: dict[str, dict[str, str]] = {}
        try:
            conn = connect(dsn_of(context().settings, "jy_front"), "jy_front")
            try:
                with conn.cursor() as cur:
                    cur.execute(_LABELS_SQL, ("share_dj",))
                    rows = cur.fetchall()
            finally:
                conn.close()
        except (JydjError, psycopg2.Error):  # the front database is down: the production tables' comments
            with db().reading() as cur:
                cur.execute(_LABELS_SQL, ("djjg",))
                rows = [("*", column, text) for _, column, text in cur.fetchall()]
        for relname, column, text in rows:
            if text:
                labels.setdefault(relname, {}).setdefault(column, text.split("（")[0].split("：")[0].strip())
        _labels = labels
    return _labels.get(table) or _labels.get("*", {})
