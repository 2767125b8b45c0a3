"""Daily reconcile (补推, seed §5.2.1.4): compare each stream's source and target, push again what is missing.

Source and target are different databases (in production different servers), so nothing is compared in SQL
across them. Each side computes, with one set-based SQL function, a count and a hash per bucket
(``jh.reconcile_buckets``; bucket = hash of the row key or business number modulo ``buckets``). Python
compares the two bucket lists and, only for the buckets that differ, fetches per-key hashes from both sides
(``jh.reconcile_keys``) to find the missing, different and extra keys. Keys that are missing or different on
purpose (routing held them back, they wait for their business, or they are dead letters) are asked of the
target (``jh.reconcile_held_back``) and reported apart. The rest is re-emitted at the source
(``jh.reconcile_repush``: a no-op UPDATE for S2–S4, ``outbox.push_business`` for S1), so the running stream
applies it again. Then the re-pushed keys are checked again until they arrived or ``wait_s`` ran out.

Every run writes one report row per stream into the stream's target (``jh.btbg``, via ``jh.reconcile_begin``
and ``jh.reconcile_finish``); ``jh.reconcile_latest(stream)`` reads the newest. See docs/reconcile.md.

``run_reconcile`` is what both ``jydj reconcile`` and the scheduler's daily job call.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import psycopg2

from connector.streams import STREAMS, Stream
from jydj.config import Settings
from jydj.database import connect, dsn_of
from jydj.errors import JydjError

log = logging.getLogger("jydj.reconcile")

#: Buckets per table: 1,000,000 rows give ~1,000 rows a bucket, and ~1,000 bucket rows cross the network.
BUCKETS = 1024
#: Differing buckets fetched key by key in one call (bounds the keys held in memory at a time).
GROUP_BUCKETS = 128
#: Keys per re-push call (one transaction each) and per held-back lookup.
CHUNK = 10_000
#: Keys kept per kind in the report's sample.
SAMPLE = 50
#: With the stream running, differing buckets are compared once more after this pause, so rows that were
#: simply in flight are not reported.
SETTLE_S = 2.0
POLL_S = 1.0
#: A running stream whose process has not reported for this long is taken as stopped (as in jydj status).
STALE_AFTER_S = 20
#: Both sides hash the row text, which depends on these session settings; they are pinned on every
#: connection. The time zone also turns --since (a date) into a time: midnight in Dazhou.
TIMEZONE = "Asia/Shanghai"
_SESSION_SQL = (
    "SELECT set_config('TimeZone', %s, false), set_config('DateStyle', 'ISO, YMD', false), "
    "set_config('IntervalStyle', 'postgres', false), set_config('extra_float_digits', '1', false), "
    "set_config('bytea_output', 'hex', false)"
)
_READY_SQL = "SELECT to_regclass('jh.btbg') IS NOT NULL AND to_regproc('jh.reconcile_buckets') IS NOT NULL"
_RUNNING_SQL = """SELECT zt = 'running' AND xtsj > clock_timestamp() - %s * interval '1 second'
                    FROM jh.lzt WHERE lsl = %s"""
_BUCKETS_SQL = (
    "SELECT bm, tno, hs, hz FROM jh.reconcile_buckets(%s, %s, %s::date::timestamptz, %s, %s::jsonb)"
)
_KEYS_SQL = (
    "SELECT zj, ywh, hz FROM jh.reconcile_keys(%s, %s, %s::date::timestamptz, %s, %s::jsonb, %s, "
    "%s::integer[])"
)
_HELD_SQL = "SELECT bm, zj, yy, yysm FROM jh.reconcile_held_back(%s, %s::jsonb)"
_REPUSH_SQL = "SELECT jh.reconcile_repush(%s, %s, %s::text[])"
_KEYMAP_SQL = "SELECT jh.reconcile_key_map('share_jy')"
_BEGIN_SQL = "SELECT jh.reconcile_begin(%s, %s::date, %s, %s, %s)"
_FINISH_SQL = "SELECT jh.reconcile_finish(%s, %s::jsonb)"

#: The query ``jydj status`` runs in each stream's target for its latest report (a JSON object, or NULL).
LATEST_SQL = "SELECT jh.reconcile_latest(%s)"

KINDS = ("missing", "different", "extra", "held_back", "still_missing")

Keys = dict[str, tuple[str | None, str]]  # zj -> (ywh, hz)


def parse_streams(names: Iterable[str] | str | None) -> list[str]:
    """``["S2", "s3,S4"]`` → ``["S2", "S3", "S4"]`` (in S1–S4 order); empty → all four."""
    if isinstance(names, str):
        names = [names]
    wanted = {n.strip().upper() for item in (names or []) for n in str(item).split(",") if n.strip()}
    unknown = sorted(wanted - set(STREAMS))
    if unknown:
        raise JydjError(f"未知的流：{'、'.join(unknown)}；可选：{'、'.join(STREAMS)}")
    return [s for s in STREAMS if s in wanted] if wanted else list(STREAMS)


def parse_since(since: dt.date | dt.datetime | str | None) -> dt.date | None:
    if since is None or since == "":
        return None
    if isinstance(since, dt.datetime):
        return since.date()
    if isinstance(since, dt.date):
        return since
    try:
        return dt.date.fromisoformat(str(since).strip())
    except ValueError:
        raise JydjError(f"起始日期 {since!r} 格式错误，应为 YYYY-MM-DD（如 2026-11-27）") from None


def _both(first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Any, Any]:
    """Run the source and the target query at the same time (each on its own connection)."""
    with ThreadPoolExecutor(2) as pool:
        a, b = pool.submit(first), pool.submit(second)
        return a.result(), b.result()


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class _Table:
    checked: int = 0
    missing: int = 0
    different: int = 0
    extra: int = 0
    held_back: int = 0
    repushed: int = 0
    still_missing: int = 0


@dataclass(eq=False)
class _StreamRun:
    """One stream's reconcile: its two connections, what it found, and what is still being waited for."""

    stream: Stream
    since: dt.date | None
    repush: bool
    buckets: int
    src: Any = None
    tgt: Any = None
    report_id: int | None = None
    running: bool = False
    keymap: str | None = None
    started: float = field(default_factory=time.monotonic)
    compare_s: float = 0.0
    tables: dict[str, _Table] = field(default_factory=dict)
    samples: dict[str, list] = field(default_factory=lambda: {k: [] for k in KINDS})
    #: per table: the differing buckets and the keys re-pushed in them
    pending: dict[str, tuple[list[int], set[str]]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    # -- plumbing -------------------------------------------------------------------------------------------
    def open(self, settings: Settings) -> None:
        self.src = connect(
            dsn_of(settings, self.stream.source), self.stream.source, application="jydj-reconcile"
        )
        self.tgt = connect(
            dsn_of(settings, self.stream.target), self.stream.target, application="jydj-reconcile"
        )
        for conn, name in ((self.src, self.stream.source), (self.tgt, self.stream.target)):
            with conn.cursor() as cur:
                cur.execute(_SESSION_SQL, (TIMEZONE,))
                cur.execute(_READY_SQL)
                if not cur.fetchone()[0]:
                    raise JydjError(
                        f"数据库 {name} 缺少补推对账的表或函数（jh.btbg、jh.reconcile_*），"
                        "请先运行 jydj db migrate"
                    )
            conn.commit()

    def close(self) -> None:
        for conn in (self.src, self.tgt):
            if conn is not None and not conn.closed:
                conn.close()

    def _query(self, conn, sql: str, params: tuple) -> list[tuple]:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
        conn.commit()
        return rows

    def _buckets(self, conn, side: str) -> dict[tuple[str, int], tuple[int, Any]]:
        rows = self._query(
            conn, _BUCKETS_SQL, (self.stream.name, side, self.since, self.buckets, self._keys(side))
        )
        return {(bm, tno): (hs, hz) for bm, tno, hs, hz in rows}

    def _keys(self, side: str) -> str | None:
        return self.keymap if side == "source" else None

    def _fetch(self, conn, side: str, bm: str, tnos: list[int]) -> Keys:
        rows = self._query(
            conn, _KEYS_SQL, (self.stream.name, side, self.since, self.buckets, self._keys(side), bm, tnos)
        )
        return {zj: (ywh, hz) for zj, ywh, hz in rows}

    def _fetch_both(self, bm: str, tnos: list[int]) -> tuple[Keys, Keys]:
        return _both(
            lambda: self._fetch(self.src, "source", bm, tnos),
            lambda: self._fetch(self.tgt, "target", bm, tnos),
        )

    def _sample(self, kind: str, bm: str, keys: Iterable[str], extra: dict[str, dict] | None = None) -> None:
        room = SAMPLE - len(self.samples[kind])
        for zj in sorted(keys)[: max(room, 0)]:
            self.samples[kind].append({"bm": bm, "zj": zj, **((extra or {}).get(zj, {}))})

    # -- the steps ------------------------------------------------------------------------------------------
    def begin(self) -> None:
        with self.tgt.cursor() as cur:
            cur.execute(_BEGIN_SQL, (self.stream.name, self.since, self.repush, self.buckets, os.getpid()))
            self.report_id = cur.fetchone()[0]
            cur.execute(_RUNNING_SQL, (STALE_AFTER_S, self.stream.name))
            row = cur.fetchone()
            self.running = bool(row and row[0])
            if self.stream.name == "S1":  # jy cannot read jy_front's catalog: take the key columns from it
                cur.execute(_KEYMAP_SQL)
                self.keymap = json.dumps(cur.fetchone()[0])
        self.tgt.commit()

    def differing_buckets(self, settle_s: float) -> dict[str, list[int]]:
        def compare() -> dict[str, set[int]]:
            src, tgt = _both(
                lambda: self._buckets(self.src, "source"), lambda: self._buckets(self.tgt, "target")
            )
            self.tables = {}
            for (bm, _), (hs, _) in src.items():
                self.tables.setdefault(bm, _Table()).checked += hs
            for bm, _ in tgt:
                self.tables.setdefault(bm, _Table())
            out: dict[str, set[int]] = {}
            for key in src.keys() | tgt.keys():
                if src.get(key) != tgt.get(key):
                    out.setdefault(key[0], set()).add(key[1])
            return out

        found = compare()
        if found and self.running and settle_s > 0:  # rows in flight: look again a moment later
            time.sleep(settle_s)
            again = compare()
            found = {bm: found[bm] & again[bm] for bm in found.keys() & again.keys() if found[bm] & again[bm]}
        return {bm: sorted(tnos) for bm, tnos in sorted(found.items())}

    def compare_and_repush(self, settle_s: float) -> None:
        t0 = time.monotonic()
        for bm, tnos in self.differing_buckets(settle_s).items():
            table = self.tables.setdefault(bm, _Table())
            for group in _chunks(tnos, GROUP_BUCKETS):
                src, tgt = self._fetch_both(bm, group)
                missing = [k for k in src if k not in tgt]
                different = [k for k in src if k in tgt and src[k][1] != tgt[k][1]]
                extra = [k for k in tgt if k not in src]
                table.extra += len(extra)
                self._sample("extra", bm, extra)
                held = self._held_back(bm, missing + different, src)
                missing = [k for k in missing if k not in held]
                different = [k for k in different if k not in held]
                table.missing += len(missing)
                table.different += len(different)
                table.held_back += len(held)
                self._sample("missing", bm, missing)
                self._sample("different", bm, different)
                self._sample("held_back", bm, held, held)
                todo = missing + different
                if todo:
                    self.pending.setdefault(bm, ([], set()))
                    self.pending[bm][0].extend(group)
                    self.pending[bm][1].update(todo)
                if self.repush and todo:
                    table.repushed += self._repush(bm, todo)
        self.compare_s = time.monotonic() - t0

    def _held_back(self, bm: str, keys: list[str], src: Keys) -> dict[str, dict]:
        held: dict[str, dict] = {}
        for chunk in _chunks(keys, CHUNK):
            rows = json.dumps([{"bm": bm, "zj": k, "ywh": src[k][0]} for k in chunk], ensure_ascii=False)
            for _, zj, yy, yysm in self._query(self.tgt, _HELD_SQL, (self.stream.name, rows)):
                held[zj] = {"yy": yy, "yysm": yysm}
        return held

    def _repush(self, bm: str, keys: list[str]) -> int:
        done = 0
        for chunk in _chunks(sorted(keys), CHUNK):
            del self.src.notices[:]
            done += self._query(self.src, _REPUSH_SQL, (self.stream.name, bm, chunk))[0][0]
            self.failures += [n.strip() for n in self.src.notices if "补推" in n][
                : SAMPLE - len(self.failures)
            ]
        return done

    def recheck(self) -> int:
        """How many re-pushed keys are still missing or different at the target now."""
        still = 0
        sample: list[dict[str, str]] = []
        for bm, (tnos, keys) in self.pending.items():
            count = 0
            for group in _chunks(sorted(set(tnos)), GROUP_BUCKETS):
                src, tgt = self._fetch_both(bm, group)
                left = [k for k in keys if k in src and (k not in tgt or tgt[k][1] != src[k][1])]
                count += len(left)
                sample += [{"bm": bm, "zj": k} for k in sorted(left)[: SAMPLE - len(sample)]]
            self.tables[bm].still_missing = count
            still += count
        self.samples["still_missing"] = sample
        return still

    # -- the report -----------------------------------------------------------------------------------------
    def totals(self) -> dict[str, int]:
        keys = ("checked", "different", "missing", "extra", "held_back", "repushed", "still_missing")
        return {k: sum(getattr(t, k) for t in self.tables.values()) for k in keys}

    def finish(self, waited_s: float, wait_s: float) -> dict[str, Any]:
        totals = self.totals()
        todo = totals["missing"] + totals["different"]
        name = self.stream.name
        notes = []
        if totals["extra"]:
            notes.append(f"目标多出 {totals['extra']} 行（源已没有，只报告，不删除）")
        if totals["held_back"]:
            notes.append(f"{totals['held_back']} 行按路由未转发、在待处理或死信中，不算缺失")
        if todo == 0:
            status, head = "一致", "源与目标一致"
        elif not self.repush:
            status, head = (
                "仅报告",
                f"发现缺失 {totals['missing']}、不一致 {totals['different']}，未补推（--no-repush）",
            )
            totals["still_missing"] = todo
        elif not self.running:
            status = "待应用"
            head = (
                f"流 {name} 未运行（jydj run 未启动或已停止）：已在源库重新发出 {totals['repushed']} "
                "行的变更，流启动后应用；仍缺失按补推数计"
            )
            totals["still_missing"] = totals["repushed"]
        elif totals["still_missing"] == 0:
            status, head = "已补齐", f"补推 {totals['repushed']} 行，{waited_s:.0f} 秒内已全部到达目标"
        else:
            status = "仍有缺失"
            head = (
                f"补推 {totals['repushed']} 行，等待 {wait_s:.0f} 秒后"
                f"仍有 {totals['still_missing']} 行未到达目标"
            )
        if self.failures:
            notes.append(f"{len(self.failures)} 个补推失败（见明细 repush_failures）")
        message = "；".join([head, *notes])
        seconds = time.monotonic() - self.started
        details = {
            "tables": {bm: vars(t) for bm, t in sorted(self.tables.items()) if any(vars(t).values())},
            "samples": {k: v for k, v in self.samples.items() if v},
            "repush_failures": self.failures,
            "compare_seconds": round(self.compare_s, 3),  # buckets, keys, held back, re-push
            "seconds": round(seconds, 3),
            "running": self.running,
        }
        report = {**totals, "status": status, "message": message, "details": details}
        with self.tgt.cursor() as cur:
            cur.execute(_FINISH_SQL, (self.report_id, json.dumps(report, ensure_ascii=False)))
        self.tgt.commit()
        return {
            "stream": name,
            "id": self.report_id,
            "source": self.stream.source,
            "target": self.stream.target,
            "since": self.since.isoformat() if self.since else None,
            "repush": self.repush,
            "buckets": self.buckets,
            **report,
            "seconds": round(seconds, 3),
        }

    def fail(self, settings: Settings, error: str) -> dict[str, Any]:
        """Record a failed run (best effort: the target may be what failed)."""
        entry = {"stream": self.stream.name, "id": self.report_id, "status": "失败", "message": error}
        if self.report_id is None:
            return entry
        try:
            conn = connect(
                dsn_of(settings, self.stream.target), self.stream.target, application="jydj-reconcile"
            )
        except JydjError:
            return entry
        try:
            with conn.cursor() as cur:
                cur.execute(_FINISH_SQL, (self.report_id, json.dumps({"status": "失败", "message": error})))
            conn.commit()
        except psycopg2.Error as exc:
            log.warning("%s: 无法记录补推失败：%s", self.stream.name, exc)
        finally:
            conn.close()
        return entry


def _error_text(exc: Exception) -> str:
    if isinstance(exc, psycopg2.Error):
        return f"数据库错误：{(exc.pgerror or str(exc)).strip()}"
    return str(exc)


def run_reconcile(
    settings: Settings,
    streams: Iterable[str] | str | None = None,
    since: dt.date | dt.datetime | str | None = None,
    repush: bool = True,
    wait_s: float = 60,
    *,
    buckets: int = BUCKETS,
    settle_s: float = SETTLE_S,
) -> list[dict[str, Any]]:
    """Reconcile the given streams (default all four) and return one report per stream.

    Each report: ``stream, id, source, target, since, repush, buckets, checked, different, missing, extra,
    held_back, repushed, still_missing, status, message, details, seconds`` (``status`` 失败 and ``message``
    only when the stream's reconcile failed; the others still run). The same figures are in ``jh.btbg``.
    """
    names = parse_streams(streams)
    day = parse_since(since)
    if not 1 <= buckets <= 1_048_576:
        raise JydjError(f"桶数须在 1 到 1048576 之间（{buckets}）")
    runs: list[_StreamRun] = []
    results: dict[str, dict[str, Any]] = {}
    try:
        for name in names:
            run = _StreamRun(STREAMS[name], day, repush, buckets)
            try:
                run.open(settings)
                run.begin()
                run.compare_and_repush(settle_s)
                runs.append(run)
            except (JydjError, psycopg2.Error) as exc:
                log.error("%s: 补推对账失败：%s", name, exc)
                results[name] = run.fail(settings, _error_text(exc))
            finally:
                if run not in runs:
                    run.close()
        # Wait once for all streams together: the re-pushed rows of every stream arrive in parallel.
        t0 = time.monotonic()
        waiting = [r for r in runs if r.repush and r.running and r.pending]
        while waiting:
            waiting = [r for r in waiting if _recheck(r, settings, results)]
            if not waiting or time.monotonic() - t0 >= wait_s:
                break
            time.sleep(POLL_S)
        waited = time.monotonic() - t0
        for run in runs:
            if run.stream.name in results:
                continue
            try:
                results[run.stream.name] = run.finish(waited, wait_s)
            except (JydjError, psycopg2.Error) as exc:
                results[run.stream.name] = run.fail(settings, _error_text(exc))
    finally:
        for run in runs:
            run.close()
    return [results[name] for name in names]


def _recheck(run: _StreamRun, settings: Settings, results: dict[str, dict[str, Any]]) -> bool:
    """Recheck one stream; True while it still has re-pushed keys missing."""
    try:
        return run.recheck() > 0
    except (JydjError, psycopg2.Error) as exc:
        results[run.stream.name] = run.fail(settings, _error_text(exc))
        return False
