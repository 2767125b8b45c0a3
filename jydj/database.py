"""Connections to the three databases, and the one place where connection errors become Chinese.

Python never builds SQL from strings: callers pass fixed statements with bound parameters, or run the
SQL files of ``db/``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import psycopg2.extensions

from jydj.config import DATABASE_TITLES, DATABASES, Settings
from jydj.embedded import EmbeddedCluster
from jydj.errors import ConfigError, DatabaseUnavailable

CONNECT_TIMEOUT_S = 10


def cluster_of(settings: Settings) -> EmbeddedCluster:
    if settings.embedded_dir is None:
        raise ConfigError("已配置外部数据库连接串，内置数据库集群不可用")
    return EmbeddedCluster(settings.embedded_dir)


def dsn_of(settings: Settings, name: str) -> str:
    """The connection URI of one of the three databases."""
    if name not in DATABASES:
        raise ConfigError(f"未知的数据库 {name}；可选：{'、'.join(DATABASES)}")
    if settings.embedded:
        return cluster_of(settings).uri(name)
    return settings.dsns[name]


def mask_dsn(dsn: str) -> str:
    """The DSN without its password, for messages and logs."""
    try:
        parts = urlsplit(dsn)
    except ValueError:
        return "<无法解析的连接串>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in userinfo else f"{user}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


_REASONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"password authentication failed|no password supplied|SASL authentication", re.I),
        "用户名或密码错误",
    ),
    (re.compile(r"database \".*\" does not exist", re.I), "数据库不存在"),
    (re.compile(r"role \".*\" does not exist", re.I), "数据库用户不存在"),
    (re.compile(r"could not translate host name|Name or service not known", re.I), "主机名无法解析"),
    (re.compile(r"Connection refused", re.I), "连接被拒绝（数据库服务未启动，或地址、端口错误）"),
    (re.compile(r"timeout expired|timed out", re.I), "连接超时（网络不通或防火墙拦截）"),
    (re.compile(r"no pg_hba.conf entry", re.I), "数据库服务器拒绝该来源地址（pg_hba.conf 未放行）"),
    (re.compile(r"too many (connections|clients)", re.I), "数据库连接数已满"),
    (
        re.compile(r"invalid (dsn|connection option|URI)|missing \"=\"|invalid integer value", re.I),
        "连接串格式错误",
    ),
]


def explain_connect_error(name: str, dsn: str, exc: Exception) -> DatabaseUnavailable:
    text = str(exc)
    reason = next((label for pattern, label in _REASONS if pattern.search(text)), "无法连接")
    title = DATABASE_TITLES.get(name, name)
    return DatabaseUnavailable(f"无法连接数据库 {name}（{title}，{mask_dsn(dsn)}）：{reason}")


def connect(dsn: str, name: str = "", *, autocommit: bool = False, application: str = "jydj"):
    """Open a psycopg2 connection; failures become a Chinese ``DatabaseUnavailable``."""
    try:
        conn = psycopg2.connect(dsn, connect_timeout=CONNECT_TIMEOUT_S, application_name=application)
    except (psycopg2.Error, UnicodeError, ValueError) as exc:
        raise explain_connect_error(name or "?", dsn, exc) from None
    conn.autocommit = autocommit
    return conn


@contextlib.contextmanager
def connection(settings: Settings, name: str, *, autocommit: bool = False) -> Iterator:
    """A connection to one of the three databases, closed at the end; commits if the block succeeds."""
    conn = connect(dsn_of(settings, name), name, autocommit=autocommit)
    try:
        yield conn
        if not autocommit:
            conn.commit()
    except BaseException:
        if not autocommit and conn.closed == 0:
            conn.rollback()
        raise
    finally:
        conn.close()


def with_database(dsn: str, dbname: str) -> str:
    """The same server and credentials, another database."""
    parts = urlsplit(dsn)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


def sqlalchemy_url(dsn: str) -> str:
    """The DSN in the form SQLAlchemy (Alembic) wants."""
    for prefix in ("postgresql://", "postgres://"):
        if dsn.startswith(prefix):
            return "postgresql+psycopg2://" + dsn[len(prefix) :]
    return dsn
