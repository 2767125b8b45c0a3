"""Buffered COPY into PostgreSQL tables (text format), sent by one background thread per connection.

The generator (Python, one core) and the server's COPY (another core) then work at the same time:
psycopg2 releases the GIL while it waits on the network and the server.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from psycopg2 import sql

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_value(value: Any) -> str:
    """One value in COPY text format (NULL is ``\\N``)."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    text = value if isinstance(value, str) else str(value)
    return (
        text.translate(_ESCAPES) if ("\\" in text or "\t" in text or "\n" in text or "\r" in text) else text
    )


class CopySender(threading.Thread):
    """Runs the COPY statements of one connection, in the order they were submitted."""

    def __init__(self, conn, name: str) -> None:
        super().__init__(name=f"copy-{name}", daemon=True)
        self.conn = conn
        self.jobs: queue.Queue = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            if self.error is not None:
                continue  # drain after a failure; the caller raises it
            statement, payload = job
            try:
                with self.conn.cursor() as cur:
                    cur.copy_expert(statement, io.BytesIO(payload))
            except BaseException as exc:  # handed to the caller by check()
                self.error = exc

    def submit(self, statement, payload: bytes) -> None:
        self.check()
        self.jobs.put((statement, payload))

    def check(self) -> None:
        if self.error is not None:
            raise self.error

    def finish(self) -> None:
        """Wait for every submitted COPY; raise the first error."""
        if self.is_alive():
            self.jobs.put(None)
            self.join()
        self.check()


class CopyWriter:
    """Collects rows for one table and hands them to its connection's sender on ``flush()``."""

    def __init__(self, sender: CopySender, table: str, columns: Sequence[str]) -> None:
        schema, name = table.split(".")
        self.sender = sender
        self.table = table
        self.columns = tuple(columns)
        self.statement = sql.SQL("COPY {}.{} ({}) FROM STDIN").format(
            sql.Identifier(schema),
            sql.Identifier(name),
            sql.SQL(", ").join(map(sql.Identifier, self.columns)),
        )
        self._lines: list[str] = []
        self.rows = 0
        self.bytes = 0

    def add(self, row: Iterable[Any]) -> int:
        """Buffer one row; returns the number of characters buffered for it."""
        line = "\t".join(map(copy_value, row))
        self._lines.append(line)
        return len(line) + 1

    def add_plain(self, row: Iterable[Any]) -> int:
        """Like ``add`` for values that never hold a tab, newline, carriage return or backslash
        (the generator's own text), without the per-value escaping: about three times faster."""
        line = "\t".join(["\\N" if v is None else v if v.__class__ is str else str(v) for v in row])
        self._lines.append(line)
        return len(line) + 1

    def flush(self) -> None:
        if not self._lines:
            return
        payload = ("\n".join(self._lines) + "\n").encode("utf-8")
        self.sender.submit(self.statement, payload)
        self.rows += len(self._lines)
        self.bytes += len(payload)
        self._lines.clear()
