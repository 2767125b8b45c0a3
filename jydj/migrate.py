"""Create, migrate and reset the three databases.

Order for each database: ``alembic upgrade <branch>@head`` (tables, indexes, data), then every
procedure and trigger file listed in ``db/manifest.toml`` is re-applied with ``CREATE OR REPLACE`` in the
manifest's order, in one transaction.
"""

from __future__ import annotations

import re
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import psycopg2
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, pool

from jydj.config import BRANCH_OF, DATABASES, REPO_ROOT, Settings
from jydj.database import connect, dsn_of, sqlalchemy_url, with_database
from jydj.errors import JydjError

DB_DIR = REPO_ROOT / "db"
MANIFEST = DB_DIR / "manifest.toml"

Report = Callable[[str], None]


def _quiet(_: str) -> None:
    return None


def manifest_files(branch: str) -> list[Path]:
    """The procedure and trigger files of one branch, in the order they are applied."""
    with MANIFEST.open("rb") as fh:
        data = tomllib.load(fh)
    if branch not in data:
        raise JydjError(f"db/manifest.toml 中没有 [{branch}] 段")
    files: list[Path] = []
    missing: list[str] = []
    for entry in data[branch].get("files", []):
        if any(ch in entry for ch in "*?["):
            matched = sorted(DB_DIR.glob(entry))  # a glob: its files in name order (none is fine)
            files.extend(p for p in matched if p not in files)
        elif (DB_DIR / entry).is_file():
            files.append(DB_DIR / entry)
        else:
            missing.append(entry)
    if missing:
        raise JydjError("db/manifest.toml 列出的文件不存在：" + "、".join(missing))
    excluded = {DB_DIR / rel for rel in data[branch].get("exclude", [])}
    return [f for f in files if f not in excluded]


def alembic_config(dsn: str | None = None) -> Config:
    cfg = Config(str(REPO_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(DB_DIR / "migrations"))
    if dsn:
        cfg.set_main_option("sqlalchemy.url", sqlalchemy_url(dsn).replace("%", "%%"))
    return cfg


def _alembic(dsn: str, name: str, action: Callable[[Config], None]) -> None:
    # Check the connection first, so a wrong DSN gives the Chinese message, not a traceback.
    connect(dsn, name).close()
    engine = create_engine(sqlalchemy_url(dsn), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            action(cfg)
            conn.commit()
    finally:
        engine.dispose()


def apply_code(dsn: str, name: str) -> int:
    """Re-apply the procedure and trigger files of the database's branch. Returns the file count."""
    files = manifest_files(BRANCH_OF[name])
    conn = connect(dsn, name)
    try:
        with conn.cursor() as cur:
            for path in files:
                try:
                    cur.execute(path.read_text(encoding="utf-8"))
                except psycopg2.Error as exc:
                    conn.rollback()
                    where = path.relative_to(REPO_ROOT)
                    raise JydjError(
                        f"在数据库 {name} 安装 {where} 失败：{exc.pgerror or exc}".strip()
                    ) from None
        conn.commit()
    finally:
        conn.close()
    return len(files)


def migrate_database(dsn: str, name: str) -> int:
    """Upgrade one database to its branch head and re-apply its code. Returns the file count."""
    branch = BRANCH_OF[name]
    _alembic(dsn, name, lambda cfg: command.upgrade(cfg, f"{branch}@head"))
    return apply_code(dsn, name)


def downgrade_database(dsn: str, name: str, target: str = "base") -> None:
    branch = BRANCH_OF[name]
    _alembic(dsn, name, lambda cfg: command.downgrade(cfg, f"{branch}@{target}"))


def current_revision(dsn: str, name: str) -> str | None:
    conn = connect(dsn, name)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            if not cur.fetchone()[0]:
                return None
            cur.execute("SELECT version_num FROM public.alembic_version")
            row = cur.fetchone()
            return row[0] if row else None
    finally:
        conn.close()


_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def _check_identifier(name: str) -> None:
    # Database names cannot be bound as parameters, so only plain lower-case names are accepted.
    if not _IDENTIFIER.match(name):
        raise JydjError(f"非法的数据库名 {name!r}：只允许小写字母、数字和下划线")


def ensure_databases(server_dsn: str, names: tuple[str, ...] = DATABASES) -> list[str]:
    """Create the missing databases on a server we own (the embedded cluster). Returns those created."""
    conn = connect(with_database(server_dsn, "postgres"), "postgres", autocommit=True)
    created = []
    try:
        with conn.cursor() as cur:
            for name in names:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                if cur.fetchone() is None:
                    _check_identifier(name)
                    cur.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
                    created.append(name)
    finally:
        conn.close()
    return created


def drop_databases(server_dsn: str, names: tuple[str, ...] = DATABASES) -> None:
    """Drop databases on a server we own, with their logical replication slots (which would block it)."""
    conn = connect(with_database(server_dsn, "postgres"), "postgres", autocommit=True)
    try:
        with conn.cursor() as cur:
            for name in names:
                _check_identifier(name)
                drop_slots(cur, name)
                cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        conn.close()


def drop_slots(cur, database: str) -> list[str]:
    """Drop the replication slots of one database (terminating a consumer still attached)."""
    cur.execute(
        """SELECT slot_name, active_pid FROM pg_replication_slots WHERE database = %s""",
        (database,),
    )
    slots = cur.fetchall()
    for slot, pid in slots:
        if pid is not None:
            cur.execute("SELECT pg_terminate_backend(%s)", (pid,))
            for _ in range(100):  # the walsender lets go of the slot a moment later
                cur.execute("SELECT active FROM pg_replication_slots WHERE slot_name = %s", (slot,))
                row = cur.fetchone()
                if not row or not row[0]:
                    break
                time.sleep(0.05)
        cur.execute(
            "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
            " WHERE slot_name = %s AND NOT active",
            (slot,),
        )
    return [s for s, _ in slots]


def remove_stream_objects(dsn: str, name: str) -> list[str]:
    """Drop the streams' replication slots and publications in one database (for `jydj db reset`)."""
    from psycopg2 import sql

    conn = connect(dsn, name, autocommit=True)
    removed: list[str] = []
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT current_database()")
            removed += drop_slots(cur, cur.fetchone()[0])
            cur.execute("SELECT pubname FROM pg_publication WHERE pubname LIKE 'jydj\\_%'")
            for (pub,) in cur.fetchall():
                cur.execute(sql.SQL("DROP PUBLICATION {}").format(sql.Identifier(pub)))
                removed.append(pub)
    finally:
        conn.close()
    return removed


def migrate_all(settings: Settings, report: Report = _quiet) -> None:
    for name in DATABASES:
        count = migrate_database(dsn_of(settings, name), name)
        report(f"数据库 {name}：已迁移到最新版本，已安装 {count} 个过程/触发器文件")
