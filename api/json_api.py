"""The JSON side: ``POST /json/<service>/<operation>`` with a JSON object of the parameters (the one query
key of the query services; OneWindowService's objects and arrays, files as base64 in ``nr``), ``GET``
with a query string for the queries; ``Authorization: Bearer <secret>``.

Answers ``{"result": …}`` (200). Errors are ``{"error": {"code": …, "message": …}}`` with 400
(Client.InvalidInput / Client.InvalidRequest), 401 (Client.Authentication), 403 (Client.Forbidden),
404 (Client.NotFound, also an unknown service or operation), 409 (Client.Refused: the business refused,
e.g. an application already received), 413 (Client.RequestTooLarge) or 500/503 (Server) — the same codes and
Chinese messages as the SOAP faults. Decimals are strings (exact), dates ISO, bytes base64.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from typing import Any

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from api.auth import AuthError
from api.calllog import Call
from api.dispatch import ApiContext, ServiceError, run_onewindow, run_operation
from api.fields import InputError, NotFound
from api.onewindow import OPERATIONS as ONEWINDOW_OPERATIONS
from api.onewindow import Refused
from api.operations import OPERATIONS
from api.soap_gate import client_ip

blueprint = Blueprint("json_api", __name__)


def _default(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _answer(status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, default=_default, separators=(",", ":"))
    return Response(body, status=status, headers=headers, content_type="application/json; charset=utf-8")


def error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    return _answer(status, {"error": {"code": code, "message": message}}, headers)


def _params(strings_only: bool = True) -> dict[str, Any]:
    if request.method == "GET":
        return {k: v for k, v in request.args.items()}
    if not request.data:
        return {}
    try:
        data = json.loads(request.data)
    except (ValueError, UnicodeDecodeError):
        raise InputError("", "请求体不是合法的 JSON") from None
    if not isinstance(data, dict):
        raise InputError("", '请求体须为 JSON 对象，如 {"fwbm": "…"}')
    bad = [k for k, v in data.items() if v is not None and not isinstance(v, str)]
    if bad and strings_only:
        raise InputError(bad[0], f"参数 {bad[0]} 须为字符串")
    return data


@blueprint.route("/json/<service>/<operation>", methods=["GET", "POST"])
def call_operation(service: str, operation: str) -> Response:
    api: ApiContext = current_app.extensions["jydj.api"]
    call = Call("json", client_ip(request.environ), service=service[:64], operation=operation[:64])
    try:
        response = _handle(api, call, service, operation)
    except Exception:
        current_app.logger.exception("JSON 调用处理失败")
        call.result = "服务错误"
        response = error(500, "Server", "服务内部错误，请稍后重试或联系平台管理员")
    call.status = response.status_code
    api.calls.record(call)
    return response


def _handle(api: ApiContext, call: Call, service: str, operation: str) -> Response:
    onewindow = service == "OneWindowService"
    if not (onewindow and operation in ONEWINDOW_OPERATIONS) and (service, operation) not in OPERATIONS:
        call.result = "请求无效"
        return error(404, "Client.NotFound", f"没有服务 {service} 的操作 {operation}")
    auth = request.headers.get("Authorization", "")
    secret = auth[7:].strip() if auth[:7].lower() == "bearer " else None
    try:
        partner = api.partners.authenticate(secret=secret, ip=call.ip, service=service)
    except AuthError as exc:
        call.result = exc.result
        code = "Client.Authentication" if exc.status == 401 else "Client.Forbidden"
        headers = {"WWW-Authenticate": 'Bearer realm="jydj"'} if exc.status == 401 else None
        return error(exc.status, code, str(exc), headers)
    call.partner = partner.username
    limit = api.limit_of(service)
    try:
        if (request.content_length or 0) > limit:
            raise RequestEntityTooLarge()
        params = _params(strings_only=not onewindow)
    except RequestEntityTooLarge:
        call.result = "请求无效"
        return error(413, "Client.RequestTooLarge", f"请求体超过上限 {limit} 字节")
    except InputError as exc:
        call.result = "请求无效"
        return error(400, "Client.InvalidRequest", str(exc))
    try:
        if onewindow:
            rows = run_onewindow(api, call, operation, params)
        else:
            rows = run_operation(api, call, service, operation, params)
    except InputError as exc:
        return error(400, "Client.InvalidInput", str(exc))
    except NotFound as exc:
        return error(404, "Client.NotFound", str(exc))
    except Refused as exc:
        return error(409, "Client.Refused", str(exc))
    except ServiceError as exc:
        return error(503 if "数据库" in str(exc) else 500, "Server", str(exc))
    return _answer(200, {"result": rows})
