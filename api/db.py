"""Database access of the web services: a small connection pool per worker process; read-only by default.

gunicorn forks its workers after the app is created, so the pool is made lazily in the process that uses
it (a pool inherited across ``fork`` is thrown away, never shared).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg2
import psycopg2.pool

log = logging.getLogger(__name__)


#: Prepared statement names per connection (by id and backend pid, so a reused id is not mistaken).
_PREPARED: dict[tuple[int, int], set[str]] = {}
_PREPARED_LOCK = threading.Lock()


def execute_prepared(cur: Any, name: str, sql: str, args: tuple) -> None:
    """Run ``sql`` (``$1``… parameters) as the prepared statement ``name`` of the cursor's connection, planned
    once per connection: getHouseInfo's plan costs several times its execution (bench/api.py). Prepared
    statements belong to the session, not the transaction, so a rollback keeps them."""
    conn = cur.connection
    key = (id(conn), conn.get_backend_pid())
    with _PREPARED_LOCK:
        known = name in _PREPARED.get(key, ())
    if not known:
        cur.execute(f"PREPARE {name} AS {sql}")
        with _PREPARED_LOCK:
            _PREPARED.setdefault(key, set()).add(name)
    cur.execute(f"EXECUTE {name} ({', '.join(['%s'] * len(args))})", args)


def _forget(conn: Any) -> None:
    with _PREPARED_LOCK:
        for key in [k for k in _PREPARED if k[0] == id(conn)]:
            del _PREPARED[key]


class DatabaseDown(RuntimeError):
    """The database could not be reached or dropped the connection."""


class Database:
    """Connections to ``jy`` for the services: read-only transactions from a per-process pool."""

    def __init__(self, dsn: str, maxconn: int = 4, application_name: str = "jydj-api") -> None:
        self.dsn = dsn
        self.maxconn = maxconn
        self.application_name = application_name
        self._pool: psycopg2.pool.ThreadedConnectionPool | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    def _get_pool(self) -> psycopg2.pool.ThreadedConnectionPool:
        pid = os.getpid()
        if self._pool is None or self._pid != pid:
            with self._lock:
                if self._pool is None or self._pid != pid:
                    # minconn = maxconn: psycopg2's pool closes a returned connection beyond minconn, and a
                    # new backend and login per request cost more than the query (bench/api.py)
                    self._pool = psycopg2.pool.ThreadedConnectionPool(
                        self.maxconn,
                        self.maxconn,
                        self.dsn,
                        application_name=self.application_name,
                        options="-c default_transaction_read_only=on -c statement_timeout=10000",
                    )
                    self._pid = pid
        return self._pool

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        """A cursor of a pooled connection; the transaction is rolled back at the end (a caller that wants
        its work kept commits first), a broken connection is dropped from the pool."""
        try:
            pool = self._get_pool()
            conn = pool.getconn()
        except psycopg2.Error as exc:
            raise DatabaseDown(str(exc)) from exc
        broken = False
        try:
            with conn.cursor() as cur:
                yield cur
        except psycopg2.extensions.QueryCanceledError:
            raise  # statement_timeout: the statement was too slow, the connection is fine
        except (psycopg2.OperationalError, psycopg2.InterfaceError) as exc:
            broken = True
            raise DatabaseDown(str(exc)) from exc
        finally:
            try:
                if not broken and not conn.closed:
                    conn.rollback()
            except psycopg2.Error:
                broken = True
            if broken or conn.closed:
                _forget(conn)
            pool.putconn(conn, close=broken or bool(conn.closed))

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A cursor in a read-only transaction, rolled back at the end; a broken connection is dropped."""
        with self._cursor() as cur:
            yield cur

    @contextmanager
    def writing(self, operator: str, source: str = "api") -> Iterator[Any]:
        """A cursor in a read-write transaction, committed at the end (rolled back on error).

        ``operator`` and ``source`` ('api', 'web') go to the transaction settings ``jydj.czr`` and ``jydj.ly``
        that the audited procedures read.
        """
        with self._cursor() as cur:
            cur.execute("SET TRANSACTION READ WRITE")
            cur.execute(
                "SELECT set_config('jydj.czr', %s, true), set_config('jydj.ly', %s, true)", (operator, source)
            )
            yield cur
            cur.connection.commit()

    def close(self) -> None:
        if self._pool is not None and self._pid == os.getpid():
            self._pool.closeall()
        self._pool = None
