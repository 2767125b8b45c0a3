"""``jydj seed``: generate the synthetic data and load it with COPY, all or nothing.

The three databases are written in one transaction each and committed together at the end; a failure
anywhere rolls all of them back. As a superuser the load runs with ``session_replication_role =
replica`` (no per-row foreign-key triggers, the way ``pg_restore`` loads) and then checks every
foreign key of the loaded schemas with one set-based query each, failing the load if any row has no
parent. Without superuser rights the foreign keys are checked row by row as usual, which is slower.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import psycopg2
from psycopg2 import sql

from jydj.config import Settings
from jydj.database import connect, dsn_of
from jydj.errors import JydjError
from jydj.seed.copy import CopySender, CopyWriter
from jydj.seed.generate import COLUMNS, Generator

#: Schemas whose tables the seed owns (``zd`` code tables and ``audit`` are kept).
JY_SCHEMAS = ("lpb", "ht", "yw", "djjg", "gl", "stg", "outbox")
FRONT_SCHEMAS = ("share_jy", "share_dj")
_DB_OF_PREFIX = {"jy": "jy", "dj": "dj_front"}
#: Buffered characters (all tables together) before a flush.
FLUSH_CHARS = 16 * 1024 * 1024


@dataclass
class SeedStats:
    households: int = 0
    rows: int = 0
    bytes: int = 0
    seconds: float = 0.0
    skipped: bool = False
    tables: dict[str, int] = field(default_factory=dict)


class _Loader:
    """Routes generated rows to COPY writers; flushes all tables, parents first, when the buffers fill."""

    def __init__(self, conns: dict[str, object]) -> None:
        self.senders = {name: CopySender(conns[name], name) for name in set(_DB_OF_PREFIX.values())}
        self.writers: dict[str, CopyWriter] = {}
        for key, columns in COLUMNS.items():
            prefix, table = key.split(".", 1)
            self.writers[key] = CopyWriter(self.senders[_DB_OF_PREFIX[prefix]], table, columns)
        self.pending = 0

    def __call__(self, table: str, row: tuple) -> None:
        self.pending += self.writers[table].add_plain(row)
        if self.pending >= FLUSH_CHARS:
            self.flush()

    def flush(self) -> None:
        # COLUMNS lists parent tables before their children, so foreign keys hold at every flush.
        for writer in self.writers.values():
            writer.flush()
        self.pending = 0

    def finish(self) -> None:
        """Send what is left and wait for every COPY to complete; raise the first error.

        The senders are always joined, so no thread still uses a connection when the caller rolls back.
        """
        errors: list[BaseException] = []
        try:
            self.flush()
        except BaseException as exc:
            errors.append(exc)
        for sender in self.senders.values():
            try:
                sender.finish()
            except BaseException as exc:
                errors.append(exc)
        if errors:
            raise errors[0]


def _tables_of(conn, schemas: tuple[str, ...]) -> list[tuple[str, str]]:
    with conn.cursor() as cur:
        cur.execute(
            """SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND n.nspname = ANY(%s) ORDER BY 1, 2""",
            (list(schemas),),
        )
        return cur.fetchall()


def _has_rows(conn, table: str) -> bool:
    schema, name = table.split(".")
    with conn.cursor() as cur:
        cur.execute(
            sql.SQL("SELECT EXISTS (SELECT 1 FROM {}.{})").format(
                sql.Identifier(schema), sql.Identifier(name)
            )
        )
        return bool(cur.fetchone()[0])


def _truncate(conn, schemas: tuple[str, ...]) -> None:
    tables = _tables_of(conn, schemas)
    if not tables:
        return
    names = sql.SQL(", ").join(
        sql.SQL("{}.{}").format(sql.Identifier(s), sql.Identifier(t)) for s, t in tables
    )
    with conn.cursor() as cur:
        cur.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY CASCADE").format(names))


def _secondary_indexes(conn, schemas: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Indexes that back no constraint: (schema, index, definition as the catalog prints it)."""
    with conn.cursor() as cur:
        cur.execute(
            """SELECT n.nspname, ic.relname, pg_get_indexdef(i.indexrelid)
                 FROM pg_index i
                 JOIN pg_class ic ON ic.oid = i.indexrelid
                 JOIN pg_namespace n ON n.oid = ic.relnamespace
                WHERE n.nspname = ANY(%s)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
                ORDER BY 1, 2""",
            (list(schemas),),
        )
        return cur.fetchall()


def _drop_indexes(conn, indexes: list[tuple[str, str, str]]) -> None:
    with conn.cursor() as cur:
        for schema, name, _ in indexes:
            cur.execute(sql.SQL("DROP INDEX {}.{}").format(sql.Identifier(schema), sql.Identifier(name)))


def _create_indexes(conn, indexes: list[tuple[str, str, str]]) -> None:
    with conn.cursor() as cur:
        for _, _, definition in indexes:
            cur.execute(definition)  # the catalog's own text of an index that existed a moment ago


def _is_superuser(conn) -> bool:
    with conn.cursor() as cur:
        cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        row = cur.fetchone()
        return bool(row and row[0])


def _sync_sequences(conn, schemas: tuple[str, ...]) -> None:
    """Move each ``id`` sequence of the schemas past the largest loaded id."""
    with conn.cursor() as cur:
        cur.execute(
            """SELECT n.nspname, c.relname
                 FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped
                 JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE c.relkind = 'r' AND n.nspname = ANY(%s)
                  AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%%'""",
            (list(schemas),),
        )
        for schema, table in cur.fetchall():
            cur.execute(
                sql.SQL(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'),"
                    " coalesce((SELECT max(id) FROM {}.{}), 0) + 1, false)"
                ).format(sql.Identifier(schema), sql.Identifier(table)),
                (f'"{schema}"."{table}"',),
            )


def foreign_key_violations(conn, schemas: tuple[str, ...]) -> list[str]:
    """Each foreign key of the schemas checked with one anti-join; returns '<constraint>: N rows'."""
    with conn.cursor() as cur:
        cur.execute(
            """SELECT c.conname, cn.nspname, cc.relname, pn.nspname, pc.relname,
                      ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
                      ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
                 FROM pg_constraint c
                 JOIN pg_class cc ON cc.oid = c.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace
                 JOIN pg_class pc ON pc.oid = c.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                WHERE c.contype = 'f' AND cn.nspname = ANY(%s)
                ORDER BY 1""",
            (list(schemas),),
        )
        fks = cur.fetchall()
        problems = []
        for name, cs, ct, ps, pt, ccols, pcols in fks:
            not_null = sql.SQL(" AND ").join(
                sql.SQL("c.{} IS NOT NULL").format(sql.Identifier(col)) for col in ccols
            )
            match = sql.SQL(" AND ").join(
                sql.SQL("p.{} = c.{}").format(sql.Identifier(p), sql.Identifier(c))
                for c, p in zip(ccols, pcols, strict=True)
            )
            cur.execute(
                sql.SQL(
                    "SELECT count(*) FROM {}.{} c WHERE {} AND NOT EXISTS (SELECT 1 FROM {}.{} p WHERE {})"
                ).format(
                    sql.Identifier(cs),
                    sql.Identifier(ct),
                    not_null,
                    sql.Identifier(ps),
                    sql.Identifier(pt),
                    match,
                )
            )
            bad = cur.fetchone()[0]
            if bad:
                problems.append(f"{cs}.{ct} {name}: {bad} 行")
        return problems


def load_seed(
    settings: Settings,
    *,
    households: int,
    seed: int,
    replace: bool = False,
    if_empty: bool = False,
    report: Callable[[str], None] = print,
) -> SeedStats:
    stats = SeedStats()
    conns = {
        name: connect(dsn_of(settings, name), name, application="jydj seed")
        for name in ("jy", "jy_front", "dj_front")
    }
    try:
        present = _has_rows(conns["jy"], "lpb.h") or _has_rows(conns["dj_front"], "share_dj.gxzb")
        if present and if_empty:
            report("已有演示数据，跳过生成（要重新生成请用 jydj seed --replace）")
            stats.skipped = True
            return stats
        if present and not replace:
            raise JydjError("数据库中已有楼盘表或登记数据；要清空后重新生成请加 --replace")
        if replace:
            _truncate(conns["jy"], JY_SCHEMAS)
            _truncate(conns["jy_front"], FRONT_SCHEMAS)
            _truncate(conns["dj_front"], FRONT_SCHEMAS)
        fast = all(_is_superuser(c) for c in conns.values())
        if fast:
            for conn in conns.values():
                with conn.cursor() as cur:
                    cur.execute("SET LOCAL session_replication_role = replica")
        # Into empty tables, building the secondary indexes once at the end is several times cheaper than
        # maintaining them row by row (what pg_restore does too); the definitions are the catalog's own.
        deferred = {
            name: _secondary_indexes(conns[name], JY_SCHEMAS if name == "jy" else FRONT_SCHEMAS)
            for name in ("jy", "dj_front")
        }
        for name, indexes in deferred.items():
            _drop_indexes(conns[name], indexes)
        started = time.perf_counter()
        loader = _Loader(conns)
        generator = Generator(households, seed, loader)
        report(f"生成 {households:,} 户（种子 {seed}）……")
        try:
            stats.households = generator.run()
        finally:
            loader.finish()  # joins the COPY threads whatever happened
        for conn, schemas in ((conns["jy"], JY_SCHEMAS), (conns["dj_front"], FRONT_SCHEMAS)):
            _sync_sequences(conn, schemas)
        copied = time.perf_counter()
        report(f"已装载 {sum(w.rows for w in loader.writers.values()):,} 行，用时 {copied - started:.1f} 秒")
        with ThreadPoolExecutor(max_workers=len(deferred)) as pool:  # the two databases build in parallel
            list(pool.map(lambda item: _create_indexes(conns[item[0]], item[1]), deferred.items()))
        loaded = time.perf_counter()
        report(f"已重建 {sum(len(i) for i in deferred.values())} 个索引，用时 {loaded - copied:.1f} 秒")
        if fast:
            problems = foreign_key_violations(conns["jy"], JY_SCHEMAS)
            if problems:
                raise JydjError("生成的数据违反外键约束（已全部回滚）：" + "；".join(problems))
            report(f"外键核对完成，用时 {time.perf_counter() - loaded:.1f} 秒")
        with conns["jy"].cursor() as cur:
            cur.execute(
                """INSERT INTO audit.czrz (czr, czlx, dxb, ly, yy, bgh)
                   VALUES (current_user, '生成演示数据', 'lpb.h', 'cli', %s, %s::jsonb)""",
                (
                    "jydj seed" + (" --replace" if replace else ""),
                    json.dumps({"households": households, "seed": seed}),
                ),
            )
        for conn in conns.values():
            conn.commit()
        stats.seconds = time.perf_counter() - started
        for key, writer in loader.writers.items():
            stats.tables[
                key.split(".", 1)[1] if key.startswith("jy.") else "dj_front." + key.split(".", 1)[1]
            ] = writer.rows
            stats.rows += writer.rows
            stats.bytes += writer.bytes
        for name in ("jy", "dj_front"):
            conns[name].autocommit = True
            with conns[name].cursor() as cur:
                cur.execute("ANALYZE")
        return stats
    except BaseException as exc:
        for conn in conns.values():
            if conn.closed == 0:
                conn.rollback()
        if isinstance(exc, psycopg2.Error):
            raise JydjError(f"生成演示数据失败（已全部回滚）：{(exc.pgerror or str(exc)).strip()}") from exc
        raise
    finally:
        for conn in conns.values():
            conn.close()
