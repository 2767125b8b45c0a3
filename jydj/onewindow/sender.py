"""The sender: delivers the outbox ``ycsl.ts`` to the one-window platform with zeep, retrying with backoff.

A push is written by the ``ycsl.*`` procedures in the same transaction as the business change. The sender
claims due pushes (``ycsl.ts_qc``: oldest first, one application's pushes in order, ``FOR UPDATE SKIP
LOCKED`` so two senders never send one push), calls the platform's operation with the request id
``JYDJ-<id>``, and records the attempt (``ycsl.ts_jg``): delivered, or the next attempt after an exponential
backoff (2 s, 4 s, … up to an hour; given up after 50 attempts or three days). The platform keeps the first
answer per request id, so a push whose answer was lost and is sent again counts once ("delivered once in
effect"). Every call and answer is a row of ``ycsl.tsrz``.

``pushContractAttachments`` carries the e-contract (rendered from the contract, :mod:`api.econtract`) and
``pushHouseImages`` the stored images named in the payload (:class:`api.attachments.AttachmentStore`).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg2
import psycopg2.extras
from zeep import Client
from zeep.exceptions import Error as ZeepError
from zeep.exceptions import Fault
from zeep.transports import Transport
from zeep.wsse.username import UsernameToken

from api import econtract
from api.attachments import AttachmentStore

log = logging.getLogger(__name__)

#: Seconds a call to the platform may take.
CALL_TIMEOUT = 10


@dataclass(frozen=True)
class Platform:
    """Where the one-window platform is and how we sign in to it (``[onewindow]`` in jydj.toml)."""

    wsdl: str
    username: str
    secret: str


class _NotSent(Exception):
    """The call was not made (its content could not be prepared)."""


def request_id(push_id: int) -> str:
    return f"JYDJ-{push_id}"


class Sender:
    """Delivers due pushes; :meth:`run_once` for one pass, :meth:`start` for a background thread."""

    def __init__(self, jy_dsn: str, platform: Platform, store: AttachmentStore, batch: int = 20) -> None:
        self.jy_dsn = jy_dsn
        self.platform = platform
        self.store = store
        self.batch = batch
        self._client: Client | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the platform -------------------------------------------------------------------------------------
    def _service(self) -> Any:
        if self._client is None:
            transport = Transport(timeout=CALL_TIMEOUT, operation_timeout=CALL_TIMEOUT)
            self._client = Client(
                self.platform.wsdl,
                wsse=UsernameToken(self.platform.username, self.platform.secret),
                transport=transport,
            )
        return self._client.service

    def _arguments(self, cur: Any, push: dict[str, Any]) -> dict[str, Any]:
        nr = push["nr"]
        args = {
            "qqid": request_id(push["id"]),
            "slbh": push["slbh"],
            "jg": nr.get("jg"),
            "sm": nr.get("sm"),
            "sj": nr.get("sj"),
            "nr": json.dumps(nr, ensure_ascii=False),
        }
        if push["cz"] == "pushContractAttachments":
            wjm, wjlx, data = econtract.render(cur, nr["htbh"])
            args["fj"] = [{"wjm": wjm, "wjlx": wjlx, "sha256": econtract.digest(data), "nr": data}]
        elif push["cz"] == "pushHouseImages":
            args["fj"] = [
                {"wjm": f["wjm"], "wjlx": f["wjlx"], "sha256": f["sha256"], "nr": self.store.get(f["sha256"])}
                for f in nr.get("fj", [])
            ]
        return args

    def business_info(self, slbh: str) -> dict[str, Any]:
        """The platform's ``getBusinessInfo(slbh)`` (通过受理号调用业务办理信息查询): its view of a case."""
        result = self._service().getBusinessInfo(slbh)
        return {k: getattr(result, k) for k in result} if result is not None else {}

    # -- one pass -----------------------------------------------------------------------------------------
    def run_once(self) -> int:
        """Send every push due now; returns how many were delivered. A pass hands out only the oldest
        undelivered push of each application, so passes repeat while they deliver something."""
        delivered = 0
        while not self._stop.is_set():
            sent, ok = self._batch()
            delivered += ok
            if sent == 0 or ok == 0:
                return delivered
        return delivered

    def _batch(self) -> tuple[int, int]:
        conn = psycopg2.connect(self.jy_dsn, application_name="jydj-onewindow-sender")
        ok = 0
        try:
            with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute("SELECT * FROM ycsl.ts_qc(%s)", (self.batch,))
                pushes = [dict(r) for r in cur.fetchall()]
            for push in pushes:
                ok += self._send(conn, push)
        finally:
            conn.close()
        return len(pushes), ok

    def _send(self, conn: Any, push: dict[str, Any]) -> int:
        """One push, in its own transaction: claim it again (locked), call, record."""
        with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT * FROM ycsl.ts WHERE id = %s AND zt = '待发送' FOR UPDATE SKIP LOCKED", (push["id"],)
            )
            if cur.fetchone() is None:
                return 0  # another sender has it, or it was delivered meanwhile
            started = time.perf_counter()
            answer: Any = None
            error: str | None = None
            # building the call reads the database: a failure there must not abort the attempt's record
            cur.execute("SAVEPOINT jydj_push_args")
            try:
                args = self._arguments(cur, push)
            except Exception as exc:
                cur.execute("ROLLBACK TO SAVEPOINT jydj_push_args")
                args = None
                error = f"准备推送内容失败：{type(exc).__name__}: {exc}"[:500]
                log.exception("推送 %s 的内容无法准备", push["id"])
            try:
                if args is None:
                    raise _NotSent()
                result = getattr(self._service(), push["cz"])(**args)
                answer = {"ok": bool(getattr(result, "ok", False)), "sm": getattr(result, "sm", None)}
                if not answer["ok"]:
                    error = f"一窗平台未接受：{answer['sm'] or '无说明'}"
            except _NotSent:
                pass
            except Fault as exc:
                error = f"一窗平台拒绝：{exc.message}"
            except (ZeepError, OSError, ValueError) as exc:
                self._client = None  # fetch the WSDL again next time
                error = f"无法调用一窗平台：{type(exc).__name__}: {exc}"[:500]
            except Exception as exc:  # requests' own errors
                self._client = None
                error = f"无法调用一窗平台：{type(exc).__name__}: {exc}"[:500]
            took = round((time.perf_counter() - started) * 1000, 3)
            cur.execute(
                "SELECT ycsl.ts_jg(%s, %s, %s, %s, %s::jsonb)",
                (push["id"], error is None, took, error, json.dumps(answer, ensure_ascii=False)),
            )
        if error is None:
            log.info("推送 %s %s（%s）已送达（%.0f 毫秒）", push["id"], push["cz"], push["slbh"], took)
            return 1
        log.warning("推送 %s %s（%s）未送达：%s", push["id"], push["cz"], push["slbh"], error)
        return 0

    # -- in the background --------------------------------------------------------------------------------
    def start(self, every: float = 2.0) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.run_once()
                except psycopg2.Error as exc:
                    log.warning("推送发件箱暂不可读：%s", exc)
                except Exception:
                    log.exception("推送失败")
                self._stop.wait(every)

        self._thread = threading.Thread(target=loop, name="jydj-onewindow-sender", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=CALL_TIMEOUT + 5)


#: The simulator (``jydj onewindow simulate``) that the embedded default talks to when nothing is configured.
SIMULATOR = Platform("http://127.0.0.1:8700/?wsdl", "jydj", "jydj-onewindow")


def platform_from(settings: Any) -> Platform | None:
    """The platform of ``[onewindow]`` (url, username, secret; the secret may come from the environment
    ``JYDJ_ONEWINDOW_SECRET``). Without a url: the local simulator on the embedded default, else None."""
    import os

    conf = settings.onewindow
    if not conf.get("url"):
        return SIMULATOR if settings.embedded else None
    return Platform(
        wsdl=conf["url"],
        username=conf.get("username", "jydj"),
        secret=os.environ.get("JYDJ_ONEWINDOW_SECRET") or conf.get("secret", ""),
    )


def attachments_dir(settings: Any) -> Path:
    path = Path(settings.onewindow.get("attachments_dir", "var/attachments"))
    return path if path.is_absolute() else settings.home / path


def push_backlog(conn: Any) -> dict[str, Any]:
    """For ``jydj status``: pushes waiting, the oldest one's age, given up, delivered in the last hour."""
    with conn.cursor() as cur:
        cur.execute(
            # CASE rather than FILTER: openGauss has no aggregate FILTER clause
            "SELECT sum(CASE WHEN zt = '待发送' THEN 1 ELSE 0 END),"
            " extract(epoch FROM now() - min(CASE WHEN zt = '待发送' THEN cjsj END)),"
            " sum(CASE WHEN zt = '已放弃' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN zt = '已送达' AND sdsj > now() - interval '1 hour' THEN 1 ELSE 0 END)"
            " FROM ycsl.ts"
        )
        waiting, oldest, given_up, delivered = cur.fetchone()
    return {
        "waiting": int(waiting or 0),
        "oldest_waiting_s": round(float(oldest), 1) if oldest is not None else None,
        "given_up": int(given_up or 0),
        "delivered_last_hour": int(delivered or 0),
    }
