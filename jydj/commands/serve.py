"""``jydj serve``: the web services (SOAP and JSON) and the steward tool (``/steward/``) under gunicorn.

The app (:func:`api.app.create_app`) is built once and the workers are forked from it; each worker makes
its own database pool and call-log thread. ``[api]`` in the configuration file sets the defaults:
``host``, ``port``, ``workers``, ``threads``, ``max_body_kb``.
"""

from __future__ import annotations

import os
from typing import Any

import click

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8600


def default_workers() -> int:
    return (os.cpu_count() or 1) + 1


def gunicorn_application(app: Any, options: dict[str, Any]) -> Any:
    from gunicorn.app.base import BaseApplication

    class _Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return app

    return _Server()


@click.command("serve", context_settings=CONTEXT)
@click.option("--host", help=f"监听地址（默认 [api] host 或 {DEFAULT_HOST}）。")
@click.option("--port", type=int, help=f"端口（默认 [api] port 或 {DEFAULT_PORT}）。")
@click.option("--workers", type=int, help="工作进程数（默认 [api] workers 或 CPU 数 + 1）。")
@click.option("--threads", type=int, help="每个工作进程的线程数（默认 [api] threads 或 4）。")
def serve(host: str | None, port: int | None, workers: int | None, threads: int | None) -> None:
    """运行 web 服务（gunicorn）：SOAP /soap/<服务>、JSON /json/<服务>/<操作>、数据对接工具 /steward/。"""
    from api.app import DEFAULT_MAX_BODY, create_app
    from api.steward.app import create_steward_app
    from jydj.cli import _say, ensure_running
    from jydj.config import load_settings
    from jydj.database import dsn_of
    from jydj.onewindow.sender import attachments_dir

    settings = load_settings()
    ensure_running(settings)
    conf = settings.api
    host = host or conf.get("host", DEFAULT_HOST)
    port = port if port is not None else int(conf.get("port", DEFAULT_PORT))
    max_body = int(conf.get("max_body_kb", DEFAULT_MAX_BODY // 1024)) * 1024
    app = create_app(
        dsn_of(settings, "jy"),
        max_body=max_body,
        attachments=attachments_dir(settings),
        steward=create_steward_app(settings),
    )
    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers or int(conf.get("workers", default_workers())),
        "worker_class": "gthread",
        "threads": threads or int(conf.get("threads", 4)),
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "limit_request_line": 8190,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "jydj-serve",
        "worker_exit": lambda server, worker: app.extensions["jydj.api"].calls.flush(timeout=5),
    }
    _say(
        f"web 服务：http://{host}:{port}/soap/QueryService?wsdl 、http://{host}:{port}/json/…；"
        f"数据对接工具：http://{host}:{port}/steward/（Ctrl-C 停止）"
    )
    gunicorn_application(app, options).run()
