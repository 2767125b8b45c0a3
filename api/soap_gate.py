"""The gate in front of each spyne service: size limit, safe XML, WS-Security, allow-list, call log.

spyne parses the SOAP body itself; before it does, the gate

* refuses a body over the size limit (HTTP 413) without reading more than the limit;
* refuses any DTD (``<!DOCTYPE``/``<!ENTITY``: external entities, entity expansion) and malformed XML;
* reads ``wsse:Security/wsse:UsernameToken`` (PasswordText) from the header and authenticates the partner
  (:class:`api.auth.PartnerBook`), who must be allowed from this address and for this service;
* hands spyne the same bytes, with the :class:`api.dispatch.ApiContext` and the :class:`api.calllog.Call`
  in the WSGI environ; records the call when the answer is done.

Refusals are SOAP 1.1 Client faults (HTTP 500, or 413) with a Chinese message and nothing else: no stack
trace, no SQL, no path.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

from api.auth import AuthError
from api.calllog import Call
from api.dispatch import ApiContext

log = logging.getLogger(__name__)

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
PASSWORD_TEXT = (
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"
)

StartResponse = Callable[..., Any]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


def fault_body(code: str, message: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f'<soap11env:Envelope xmlns:soap11env="{SOAP_ENV}"><soap11env:Body><soap11env:Fault>'
        f"<faultcode>soap11env:{escape(code)}</faultcode><faultstring>{escape(message)}</faultstring>"
        "</soap11env:Fault></soap11env:Body></soap11env:Envelope>"
    ).encode()


class Refused(Exception):
    def __init__(self, result: str, code: str, message: str, status: int = 500) -> None:
        super().__init__(message)
        self.result, self.code, self.status = result, code, status


def client_ip(environ: dict[str, Any]) -> str:
    return environ.get("REMOTE_ADDR") or ""


def read_body(environ: dict[str, Any], limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes (by Content-Length or by reading)."""
    length_text = environ.get("CONTENT_LENGTH") or ""
    try:
        length = int(length_text) if length_text else None
    except ValueError:
        raise Refused("请求无效", "Client.InvalidRequest", "Content-Length 无效") from None
    if length is not None and length > limit:
        raise Refused(
            "请求无效", "Client.RequestTooLarge", f"请求体 {length} 字节，超过上限 {limit} 字节", 413
        )
    stream = environ["wsgi.input"]
    body = stream.read(limit + 1 if length is None else length)
    if len(body) > limit:
        raise Refused("请求无效", "Client.RequestTooLarge", f"请求体超过上限 {limit} 字节", 413)
    return body


def parse_envelope(body: bytes) -> etree._Element:
    head = body[:4096].upper()
    if b"<!DOCTYPE" in body.upper() or b"<!ENTITY" in head:
        raise Refused(
            "请求无效", "Client.InvalidRequest", "请求不得含 DTD 或实体声明（<!DOCTYPE>、<!ENTITY>）"
        )
    try:
        root = etree.fromstring(body, _parser())
    except etree.XMLSyntaxError:
        raise Refused("请求无效", "Client.InvalidRequest", "请求体不是格式正确的 XML") from None
    if root.tag != f"{{{SOAP_ENV}}}Envelope":
        raise Refused("请求无效", "Client.InvalidRequest", "请求体不是 SOAP 1.1 信封（soap:Envelope）")
    return root


def username_token(root: etree._Element) -> tuple[str | None, str | None]:
    token = root.find(f"{{{SOAP_ENV}}}Header/{{{WSSE}}}Security/{{{WSSE}}}UsernameToken")
    if token is None:
        return None, None
    username = token.findtext(f"{{{WSSE}}}Username")
    password = token.find(f"{{{WSSE}}}Password")
    if password is None:
        return username, None
    kind = password.get("Type")
    if kind not in (None, PASSWORD_TEXT):
        raise Refused(
            "未认证", "Client.Authentication", "只支持 PasswordText 类型的 UsernameToken 密码（经 TLS 传输）"
        )
    return username, password.text


class SoapGate:
    """WSGI middleware wrapping the spyne app of ``service``."""

    def __init__(self, app: Callable, service: str, api: ApiContext) -> None:
        self.app = app
        self.service = service
        self.api = api

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        ip = client_ip(environ)
        if method == "GET":
            call = Call("wsdl", ip, service=self.service, result="成功")
            return self._pass(environ, start_response, call)
        call = Call("soap", ip, service=self.service)
        if method != "POST":
            return self._refuse(
                start_response, call, Refused("请求无效", "Client", "只接受 POST（SOAP）或 GET ?wsdl", 405)
            )
        try:
            body = read_body(environ, self.api.limit_of(self.service))
            root = parse_envelope(body)
            username, password = username_token(root)
            if username is None:
                raise Refused(
                    "未认证", "Client.Authentication", "缺少 WS-Security UsernameToken（用户名与密钥）"
                )
            body_el = root.find(f"{{{SOAP_ENV}}}Body")
            if body_el is not None and len(body_el):
                call.operation = etree.QName(body_el[0]).localname[:64]
            try:
                partner = self.api.partners.authenticate(
                    username=username, secret=password, ip=ip, service=self.service
                )
            except AuthError as exc:
                raise Refused(exc.result, "Client.Authentication", str(exc)) from None
            call.partner = partner.username
            call.result = "请求无效"  # until the operation runs (spyne refuses unknown operations itself)
        except Refused as exc:
            return self._refuse(start_response, call, exc)
        except Exception:  # the database behind the partner book, most likely
            log.exception("SOAP 请求预处理失败")
            return self._refuse(
                start_response, call, Refused("服务错误", "Server", "服务暂不可用，请稍后重试")
            )
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self._pass(environ, start_response, call)

    def _pass(self, environ: dict[str, Any], start_response: StartResponse, call: Call) -> Iterable[bytes]:
        environ["jydj.api"] = self.api
        environ["jydj.call"] = call

        def _start(status: str, headers: list, exc_info: Any = None) -> Any:
            call.status = int(status.split(" ", 1)[0])
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        try:
            chunks = list(self.app(environ, _start))
        except Exception:
            log.exception("%s 处理失败", self.service)
            call.result = "服务错误"
            self.api.calls.record(call)
            raise
        self.api.calls.record(call)
        return chunks

    def _refuse(self, start_response: StartResponse, call: Call, exc: Refused) -> Iterable[bytes]:
        body = fault_body(exc.code, str(exc))
        reason = {413: "Request Entity Too Large", 405: "Method Not Allowed"}.get(
            exc.status, "Internal Server Error"
        )
        start_response(
            f"{exc.status} {reason}",
            [("Content-Type", "text/xml; charset=utf-8"), ("Content-Length", str(len(body)))],
        )
        call.result = exc.result
        call.status = exc.status
        self.api.calls.record(call)
        return [body]
