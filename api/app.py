"""The Flask app factory of the web services.

``create_app(jy_dsn)`` builds one WSGI app that serves

* ``/soap/<Service>`` (SOAP 1.1; ``?wsdl`` gives the WSDL): spyne apps behind :class:`api.soap_gate.SoapGate`,
  mounted with werkzeug's ``DispatcherMiddleware``;
* ``/json/<Service>/<operation>``: the same operations as JSON (:mod:`api.json_api`);
* ``/``: the list of services and their WSDL addresses; ``/healthz``: database reachable.

Nothing connects at creation: pools and the call-log thread start in the process that serves (gunicorn
forks its workers after the app is built).
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from api.auth import PartnerBook
from api.calllog import CallLog
from api.db import Database, DatabaseDown
from api.dispatch import ApiContext
from api.json_api import blueprint, error
from api.operations import OPERATIONS, SERVICES
from api.soap import soap_application
from api.soap_gate import SoapGate

#: Largest request body, bytes (queries are a few hundred bytes; attachments come with OneWindowService).
DEFAULT_MAX_BODY = 64 * 1024


def create_app(jy_dsn: str | None = None, *, max_body: int = DEFAULT_MAX_BODY) -> Flask:
    """The web-service app on database ``jy`` (default: the configured or embedded one)."""
    if jy_dsn is None:
        from jydj.config import load_settings
        from jydj.database import dsn_of

        jy_dsn = dsn_of(load_settings(), "jy")
    app = Flask("jydj.api")
    app.config["MAX_CONTENT_LENGTH"] = max_body
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    db = Database(jy_dsn)
    api = ApiContext(db=db, partners=PartnerBook(db), calls=CallLog(jy_dsn), max_body=max_body)
    app.extensions["jydj.api"] = api
    app.register_blueprint(blueprint)

    @app.get("/")
    def index() -> Any:
        base = request.host_url.rstrip("/")
        return {
            "name": "房产交易与不动产登记协同共享平台 web 服务",
            "services": [
                {
                    "name": s,
                    "wsdl": f"{base}/soap/{s}?wsdl",
                    "soap": f"{base}/soap/{s}",
                    "json": [f"{base}/json/{s}/{op}" for (svc, op) in OPERATIONS if svc == s],
                }
                for s in SERVICES
            ],
        }

    @app.get("/healthz")
    def healthz() -> Any:
        try:
            with db.reading() as cur:
                cur.execute("SELECT 1")
        except DatabaseDown:
            return error(503, "Server", "数据库不可用")
        return {"status": "ok"}

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        code = (
            "Client.RequestTooLarge"
            if exc.code == 413
            else ("Client.NotFound" if exc.code == 404 else "Client")
        )
        return error(
            exc.code or 400,
            code,
            {404: "没有这个地址", 405: "不支持该请求方法", 413: "请求体过大"}.get(exc.code or 0, "请求无效"),
        )

    @app.errorhandler(Exception)
    def server_error(exc: Exception) -> Response:
        app.logger.exception("未处理的错误")
        return error(500, "Server", "服务内部错误，请稍后重试或联系平台管理员")

    app.wsgi_app = DispatcherMiddleware(  # type: ignore[method-assign]
        app.wsgi_app, {f"/soap/{s}": SoapGate(soap_application(s), s, api) for s in SERVICES}
    )
    return app
