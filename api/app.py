"""The Flask app factory of the web services.

``create_app(jy_dsn)`` builds one WSGI app that serves

* ``/soap/<Service>`` (SOAP 1.1; ``?wsdl`` gives the WSDL): spyne apps behind :class:`api.soap_gate.SoapGate`,
  mounted with werkzeug's ``DispatcherMiddleware``;
* ``/json/<Service>/<operation>``: the same operations as JSON (:mod:`api.json_api`);
* ``/``: the list of services and their WSDL addresses; ``/healthz``: database reachable;
* ``/steward/``: the steward tool (数据对接工具, :mod:`api.steward`) when ``create_app`` is given it.

Nothing connects at creation: pools and the call-log thread start in the process that serves (gunicorn
forks its workers after the app is built).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from api.attachments import AttachmentStore
from api.auth import PartnerBook
from api.calllog import CallLog
from api.db import Database, DatabaseDown
from api.dispatch import ApiContext
from api.json_api import blueprint, error
from api.onewindow import OPERATIONS as ONEWINDOW_OPERATIONS
from api.operations import OPERATIONS
from api.soap import QueryService, RegistrationStateService, soap_application
from api.soap_gate import SoapGate
from api.soap_onewindow import OneWindowService

#: Largest request body of the query services, bytes (a query is a few hundred bytes).
DEFAULT_MAX_BODY = 64 * 1024
#: Largest request body of OneWindowService, bytes (applications carry attachments, base64).
DEFAULT_MAX_UPLOAD = 32 * 1024 * 1024

#: Every service: name → spyne class.
SOAP_SERVICES: dict[str, type] = {
    "QueryService": QueryService,
    "RegistrationStateService": RegistrationStateService,
    "OneWindowService": OneWindowService,
}


def operations_of(service: str) -> list[str]:
    if service == "OneWindowService":
        return list(ONEWINDOW_OPERATIONS)
    return [op for (svc, op) in OPERATIONS if svc == service]


def create_app(
    jy_dsn: str | None = None,
    *,
    max_body: int = DEFAULT_MAX_BODY,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    attachments: Path | None = None,
    steward: Flask | None = None,
) -> Flask:
    """The web-service app on database ``jy`` (default: the configured or embedded one); attachments under
    ``attachments`` (default ``var/attachments`` of the configuration's home); the steward tool ``steward``
    (:func:`api.steward.app.create_steward_app`), when given, at ``/steward``."""
    if jy_dsn is None or attachments is None:
        from jydj.config import load_settings
        from jydj.database import dsn_of
        from jydj.onewindow.sender import attachments_dir

        settings = load_settings()
        jy_dsn = jy_dsn or dsn_of(settings, "jy")
        attachments = attachments or attachments_dir(settings)
    # spyne logs every Client fault with a stack trace at ERROR; the call log (jk.dyrz) records them instead
    logging.getLogger("spyne.application.client").setLevel(logging.CRITICAL)
    app = Flask("jydj.api")
    app.config["MAX_CONTENT_LENGTH"] = max(max_body, max_upload)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    db = Database(jy_dsn)
    api = ApiContext(
        db=db,
        partners=PartnerBook(db),
        calls=CallLog(jy_dsn),
        store=AttachmentStore(attachments),
        max_body=max_body,
        max_upload=max_upload,
    )
    app.extensions["jydj.api"] = api
    app.register_blueprint(blueprint)

    @app.get("/")
    def index() -> Any:
        base = request.host_url.rstrip("/")
        return {
            "name": "房产交易与不动产登记协同共享平台 web 服务",
            "steward": f"{base}/steward/" if steward is not None else None,
            "services": [
                {
                    "name": s,
                    "wsdl": f"{base}/soap/{s}?wsdl",
                    "soap": f"{base}/soap/{s}",
                    "json": [f"{base}/json/{s}/{op}" for op in operations_of(s)],
                }
                for s in SOAP_SERVICES
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

    mounts: dict[str, Any] = {
        f"/soap/{s}": SoapGate(soap_application(s, cls), s, api) for s, cls in SOAP_SERVICES.items()
    }
    if steward is not None:
        mounts["/steward"] = steward
    app.wsgi_app = DispatcherMiddleware(app.wsgi_app, mounts)  # type: ignore[method-assign]
    return app
