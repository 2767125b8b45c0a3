"""The one-window simulator (一窗受理平台): the partner operations our sender calls, and a counter that calls
OneWindowService like the real one.

:class:`Platform` is a spyne app, ``OneWindowPlatform``, speaking SOAP 1.1 with a WSDL as the real platform
would: ``pushAcceptanceResult``, ``pushContractResult``, ``pushVerificationResult``,
``pushConfirmationResult``, ``pushContractAttachments``, ``pushHouseImages`` (each: request id ``qqid``,
``slbh``, result ``jg``, message ``sm``, time ``sj``, the whole payload ``nr`` as JSON text, attachments
``fj``) and ``getBusinessInfo(slbh)``. It keeps the first answer per request id (a repeat is counted as a
duplicate and answered the same), checks the WS-Security UsernameToken, and can be told to be down (HTTP
503) or to lose its next answers (it processes the push, then fails the HTTP call), so tests can show that
every push arrives exactly once however the link behaves.

:class:`Counter` is the window clerk: it sends applications, signature pages and withdrawals to our
OneWindowService through zeep.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from spyne import Application, Boolean, ByteArray, ComplexModel, Integer, ServiceBase, Unicode, rpc
from spyne.protocol.soap import Soap11
from spyne.server.wsgi import WsgiApplication

NAMESPACE = "urn:ycsl:platform:v1"
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"

PUSHES = (
    "pushAcceptanceResult",
    "pushContractResult",
    "pushVerificationResult",
    "pushConfirmationResult",
    "pushContractAttachments",
    "pushHouseImages",
)


@dataclass
class Received:
    operation: str
    qqid: str
    slbh: str | None
    jg: str | None
    sm: str | None
    nr: dict[str, Any]
    attachments: list[dict[str, Any]]
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


class PlatformState:
    """What the simulated platform has received; thread-safe."""

    def __init__(self, username: str = "jydj", secret: str = "jydj-onewindow") -> None:
        self.username = username
        self.secret = secret
        self.received: list[Received] = []
        self.by_qqid: dict[str, Received] = {}
        self.duplicates = 0
        self.down = False
        self.lose_answers = 0
        self.cases: dict[str, str] = {}
        self._lock = threading.Lock()

    def accept(self, operation: str, qqid: str, **values: Any) -> tuple[bool, str]:
        with self._lock:
            if qqid in self.by_qqid:
                self.duplicates += 1
                return True, "重复推送，已按第一次处理"
            attachments = []
            for f in values.get("fj") or []:
                data = b"".join(f.nr) if isinstance(f.nr, list | tuple) else (f.nr or b"")
                if f.sha256 and hashlib.sha256(data).hexdigest() != f.sha256:
                    return False, f"附件 {f.wjm} 的 SHA-256 不符"
                attachments.append({"wjm": f.wjm, "wjlx": f.wjlx, "sha256": f.sha256, "dx": len(data)})
            record = Received(
                operation,
                qqid,
                values.get("slbh"),
                values.get("jg"),
                values.get("sm"),
                json.loads(values.get("nr") or "{}"),
                attachments,
            )
            self.received.append(record)
            self.by_qqid[qqid] = record
            if record.slbh:
                self.cases[record.slbh] = record.jg or ""
            return True, "已接收"

    def of(self, slbh: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.slbh == slbh]


class PushAnswer(ComplexModel):
    __namespace__ = NAMESPACE
    ok = Boolean(doc="是否接收")
    qqid = Unicode(doc="请求号")
    sm = Unicode(doc="说明")


class PushedFile(ComplexModel):
    __namespace__ = NAMESPACE
    wjm = Unicode(doc="文件名")
    wjlx = Unicode(doc="类型")
    sha256 = Unicode(doc="SHA-256")
    nr = ByteArray(doc="内容")


class BusinessInfo(ComplexModel):
    __namespace__ = NAMESPACE
    slbh = Unicode(doc="一窗受理号")
    zt = Unicode(doc="最近一次推送的结果")
    ts = Integer(doc="收到的推送数")


def _push_method(name: str) -> Callable:
    def method(ctx, qqid, slbh, jg, sm, sj, nr, fj):
        state: PlatformState = ctx.app.state
        ok, message = state.accept(name, qqid, slbh=slbh, jg=jg, sm=sm, sj=sj, nr=nr, fj=fj)
        return PushAnswer(ok=ok, qqid=qqid, sm=message)

    method.__name__ = name
    return rpc(
        Unicode,
        Unicode,
        Unicode,
        Unicode,
        Unicode,
        Unicode,
        PushedFile.customize(max_occurs="unbounded"),
        _returns=PushAnswer,
    )(method)


class OneWindowPlatform(ServiceBase):
    """模拟的一窗受理平台：接收房产交易系统的推送，提供业务办理信息查询。"""

    pushAcceptanceResult = _push_method("pushAcceptanceResult")
    pushContractResult = _push_method("pushContractResult")
    pushVerificationResult = _push_method("pushVerificationResult")
    pushConfirmationResult = _push_method("pushConfirmationResult")
    pushContractAttachments = _push_method("pushContractAttachments")
    pushHouseImages = _push_method("pushHouseImages")

    @rpc(Unicode, _returns=BusinessInfo)
    def getBusinessInfo(ctx, slbh):
        state: PlatformState = ctx.app.state
        return BusinessInfo(slbh=slbh, zt=state.cases.get(slbh), ts=len(state.of(slbh)))


def platform_app(state: PlatformState) -> Callable:
    """The WSGI app of the simulated platform at ``/`` (WSDL at ``/?wsdl``)."""
    app = Application(
        [OneWindowPlatform],
        tns=NAMESPACE,
        name="OneWindowPlatform",
        in_protocol=Soap11(),
        out_protocol=Soap11(),
    )
    app.state = state
    soap = WsgiApplication(app)

    def gate(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        if state.down:
            start_response("503 Service Unavailable", [("Content-Type", "text/plain; charset=utf-8")])
            return ["一窗受理平台维护中".encode()]
        if environ.get("REQUEST_METHOD") == "POST":
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
            try:
                root = etree.fromstring(body, parser)
                user = root.findtext(f".//{{{WSSE}}}Username")
                password = root.findtext(f".//{{{WSSE}}}Password")
            except etree.XMLSyntaxError:
                user = password = None
            if (user, password) != (state.username, state.secret):
                start_response("401 Unauthorized", [("Content-Type", "text/plain; charset=utf-8")])
                return ["未认证".encode()]
            environ["wsgi.input"] = io.BytesIO(body)
            answer = list(soap(environ, start_response))
            with state._lock:
                lose = state.lose_answers > 0
                if lose:
                    state.lose_answers -= 1
            if lose:
                raise ConnectionAbortedError("模拟：应答在途中丢失")
            return answer
        return soap(environ, start_response)

    return gate


# -- the counter -----------------------------------------------------------------------------------------

#: A one-page PDF (what a scanned signature page looks like to the checks: the PDF magic, some bytes).
SIGNED_PAGE = b"%PDF-1.4\n% jydj simulated signature page\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


class Counter:
    """The one-window clerk: calls our OneWindowService (zeep, WS-Security)."""

    def __init__(self, base_url: str, username: str, secret: str) -> None:
        from zeep import Client
        from zeep.wsse.username import UsernameToken

        wsdl = f"{base_url}/soap/OneWindowService?wsdl"
        self.service = Client(wsdl, wsse=UsernameToken(username, secret)).service
        self._ids = itertools.count(1)
        self._prefix = dt.datetime.now().strftime("CTR%Y%m%d%H%M%S")
        self._started = dt.datetime.now().strftime("%Y%m%d%H%M%S")
        self._cases = itertools.count(1)

    def qqid(self) -> str:
        return f"{self._prefix}-{next(self._ids)}"

    def new_slbh(self) -> str:
        """A 一窗受理号 no other case of this or an earlier counter has: start time + sequence."""
        return f"YC{self._started}{next(self._cases):05d}"

    def stock_sale(self, slbh: str, fwbm: str, sellers: list[dict], buyers: list[dict], price: str) -> Any:
        applicants = [dict(p, jslx="出卖人") for p in sellers] + [dict(p, jslx="买受人") for p in buyers]
        return self.service.receiveApplication(
            qqid=self.qqid(),
            slbh=slbh,
            lc="CLFWQ",
            sbr=applicants,
            sbxx={"fwbm": fwbm, "htje": price, "fkfs": "一次性付款"},
            fj=[{"wjm": f"{slbh}-申请表.pdf", "wjlx": "application/pdf", "nr": SIGNED_PAGE + slbh.encode()}],
        )

    def sign(self, htbh: str) -> Any:
        page = {"wjm": f"{htbh}-签字页.pdf", "wjlx": "application/pdf", "nr": SIGNED_PAGE + htbh.encode()}
        return self.service.receiveSignatureImages(qqid=self.qqid(), htbh=htbh, images=[page])

    def file_contract(self, slbh: str, fwbm: str, htbh: str, buyers: list[dict]) -> Any:
        """A distributed 交易备案 case for a signed (or drafted) contract."""
        return self.service.receiveApplication(
            qqid=self.qqid(),
            slbh=slbh,
            lc="JYBA",
            sbr=[dict(b, jslx="买受人") for b in buyers],
            sbxx={"fwbm": fwbm, "htbh": htbh},
        )

    def mortgage(
        self, slbh: str, fwbm: str, owner: dict, bank: str = "中国建设银行股份有限公司达州分行"
    ) -> Any:
        """A 抵押备案 case: the owner mortgages the flat to a bank."""
        today = dt.date.today()
        return self.service.receiveApplication(
            qqid=self.qqid(),
            slbh=slbh,
            lc="DYBA",
            sbr=[dict(owner, jslx="抵押人"), {"jslx": "抵押权人", "mc": bank}],
            sbxx={
                "fwbm": fwbm,
                "dyr": owner["mc"],
                "dyrzjhm": owner["zjhm"],
                "dyqr": bank,
                "bdbzzqse": "300000.00",
                "zwlxqssj": today.isoformat(),
                "zwlxjssj": (today + dt.timedelta(days=7305)).isoformat(),
            },
        )

    def withdraw(self, slbh: str, reason: str) -> Any:
        return self.service.withdrawApplication(qqid=self.qqid(), slbh=slbh, yy=reason)

    def registered(self, slbh: str, djywh: str, bdcqzh: str) -> Any:
        return self.service.receiveRegistrationCompleted(
            qqid=self.qqid(), slbh=slbh, djywh=djywh, bdcqzh=bdcqzh, djsj=dt.datetime.now(dt.UTC).isoformat()
        )
