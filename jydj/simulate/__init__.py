"""Partner simulators for tests and the demo (docs/simulate.md).

- :mod:`jydj.simulate.housing` — the housing side completes businesses in ``jy`` (contracts, 交易确认,
  mortgage filings, restrictions), so the outbox trigger pushes them through S1 and S2.
- :mod:`jydj.simulate.registration` — the registration system: reads ``dj_front.share_jy`` and answers in
  ``dj_front.share_dj`` (预告, 转移, 预抵押, 抵押权 登簿 results), which S3 and S4 bring back to ``jy``.

:class:`Simulation` runs either side or both in one loop, at a given rate, until a deadline or a stop
event, reporting counts once a minute.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg2
from psycopg2 import errors

from jydj.config import Settings
from jydj.database import connect, dsn_of
from jydj.errors import DatabaseUnavailable
from jydj.simulate.housing import KIND_TITLES, HousingDriver
from jydj.simulate.registration import RegistrationSimulator

__all__ = ["SIDES", "Simulation", "SimulationCounts", "describe"]

SIDES = ("housing", "registration", "both")

#: How often the registration side looks at dj_front.share_jy (seconds).
POLL_INTERVAL_S = 0.25
#: How often a line with the counts is printed (seconds).
REPORT_INTERVAL_S = 60.0
#: Wait before reconnecting after a lost connection (seconds).
RECONNECT_WAIT_S = 2.0


#: Registration answers counted in the report (the other key, 未能定位, is reported apart).
REGISTRATION_TITLES = {"预告": "预告", "转移": "转移", "预抵押": "预抵押", "抵押权": "抵押权"}


@dataclass
class SimulationCounts:
    """What was done: housing businesses by kind, registration answers by kind, errors."""

    housing: Counter[str] = field(default_factory=Counter)
    registration: Counter[str] = field(default_factory=Counter)
    errors: int = 0

    def copy(self) -> SimulationCounts:
        return SimulationCounts(Counter(self.housing), Counter(self.registration), self.errors)


def _kinds_text(counts: Counter[str], titles: dict[str, str]) -> str:
    parts = [f"{titles.get(k, k)} {counts[k]}" for k in titles if counts.get(k)]
    parts += [f"{k} {n}" for k, n in counts.items() if k not in titles and n]
    return "、".join(parts) or "无"


def describe(total: SimulationCounts, since: SimulationCounts | None, side: str) -> str:
    """One Chinese line with the counts (the last interval when ``since`` is given, and the totals)."""
    parts = []
    if side in ("housing", "both"):
        done = sum(total.housing.values())
        recent = f"近一分钟 {done - sum(since.housing.values())} 件，" if since else ""
        parts.append(f"交易端办结 {recent}累计 {done} 件（{_kinds_text(total.housing, KIND_TITLES)}）")
    if side in ("registration", "both"):
        answered = sum(v for k, v in total.registration.items() if k in REGISTRATION_TITLES)
        recent = ""
        if since:
            before = sum(v for k, v in since.registration.items() if k in REGISTRATION_TITLES)
            recent = f"近一分钟 {answered - before} 件，"
        kinds = _kinds_text(
            Counter({k: total.registration[k] for k in REGISTRATION_TITLES}), REGISTRATION_TITLES
        )
        text = f"登记端登簿 {recent}累计 {answered} 件（{kinds}）"
        if total.registration.get("未能定位"):
            text += f"，未能定位不动产单元 {total.registration['未能定位']} 件"
        parts.append(text)
    if total.errors:
        parts.append(f"出错 {total.errors} 次")
    return "；".join(parts)


class Simulation:
    """Runs the housing driver and/or the registration simulator against the configured databases."""

    def __init__(
        self,
        settings: Settings,
        *,
        rate: float = 2.0,
        side: str = "both",
        seed: int | None = None,
        report: Callable[[str], None] = print,
        stop: threading.Event | None = None,
    ) -> None:
        if side not in SIDES:
            raise ValueError(f"side must be one of {SIDES}: {side!r}")
        if rate <= 0:
            raise ValueError(f"rate must be positive: {rate}")
        self.settings = settings
        self.rate = rate
        self.side = side
        self.seed = seed
        self.report = report
        self.stop = stop or threading.Event()
        self.counts = SimulationCounts()
        self.housing: HousingDriver | None = None
        self.registration: RegistrationSimulator | None = None

    # -- connections ------------------------------------------------------------------------------------
    def _open(self, name: str) -> Any:
        return connect(dsn_of(self.settings, name), name, application=f"jydj simulate {name}")

    def open(self) -> None:
        """Connect the sides that run (raises ``DatabaseUnavailable`` in Chinese when a database is down)."""
        if self.side in ("housing", "both") and self.housing is None:
            self.housing = HousingDriver(self._open("jy"), self.seed)
        if self.side in ("registration", "both") and self.registration is None:
            self.registration = RegistrationSimulator(self._open("dj_front"))

    def close(self) -> None:
        for part in (self.housing, self.registration):
            if part is not None and not part.conn.closed:
                part.conn.close()

    def _guarded(
        self, name: str, part: HousingDriver | RegistrationSimulator, action: Callable[[], None]
    ) -> None:
        """Run one round of a side; a lost connection is opened again, a failed business is reported."""
        try:
            if part.conn.closed:
                part.conn = self._open(name)
            action()
        except errors.UniqueViolation:
            part.numbers.forget()  # another writer took a number: read the largest ones again
            self.counts.errors += 1
        except (psycopg2.OperationalError, psycopg2.InterfaceError, DatabaseUnavailable) as exc:
            self.counts.errors += 1
            self.report(f"数据库 {name} 连接中断，{RECONNECT_WAIT_S:.0f} 秒后重连：{str(exc).strip()}")
            if not part.conn.closed:
                part.conn.close()
            self.stop.wait(RECONNECT_WAIT_S)
        except psycopg2.Error as exc:
            self.counts.errors += 1
            self.report(f"办理出错（已回滚，继续）：{exc.pgcode or ''} {str(exc).strip()}")

    def housing_step(self) -> None:
        assert self.housing is not None
        done = self.housing.step()
        if done is not None:
            self.counts.housing[done.ywlx] += 1

    def registration_poll(self) -> None:
        assert self.registration is not None
        before = self.registration.counts["未能定位"]
        for _, kind, _ in self.registration.poll():
            self.counts.registration[kind] += 1
        self.counts.registration["未能定位"] += self.registration.counts["未能定位"] - before

    # -- the loop ---------------------------------------------------------------------------------------
    def run(self, duration: float | None = None) -> SimulationCounts:
        """Run until ``duration`` seconds have passed or :attr:`stop` is set; returns the counts.

        The housing side completes ``rate`` businesses a second (it does not catch up in bursts when the
        database was slow); the registration side polls every :data:`POLL_INTERVAL_S`.
        """
        self.open()
        start = time.monotonic()
        deadline = start + duration if duration is not None else None
        interval = 1.0 / self.rate
        next_business = next_poll = start
        next_report = start + REPORT_INTERVAL_S
        last_report = self.counts.copy()
        try:
            while not self.stop.is_set():
                now = time.monotonic()
                if deadline is not None and now >= deadline:
                    break
                if self.housing is not None and now >= next_business:
                    self._guarded("jy", self.housing, self.housing_step)
                    next_business = max(next_business + interval, time.monotonic() - 1.0)
                if self.registration is not None and now >= next_poll:
                    self._guarded("dj_front", self.registration, self.registration_poll)
                    next_poll = time.monotonic() + POLL_INTERVAL_S
                now = time.monotonic()
                if now >= next_report:
                    stamp = dt.datetime.now().strftime("%H:%M:%S")
                    self.report(f"{stamp} {describe(self.counts, last_report, self.side)}")
                    last_report = self.counts.copy()
                    next_report += REPORT_INTERVAL_S
                wake = [next_report]
                if self.housing is not None:
                    wake.append(next_business)
                if self.registration is not None:
                    wake.append(next_poll)
                if deadline is not None:
                    wake.append(deadline)
                pause = min(wake) - time.monotonic()
                if pause > 0:
                    self.stop.wait(pause)
        finally:
            self.close()
        return self.counts
