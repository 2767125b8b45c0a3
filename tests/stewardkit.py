"""Helpers of the steward-tool tests: settings on test databases, users, the app on a real socket, and the
browser (Playwright driving Debian's chromium; tests skip and say why when it is missing).

The server is the real WSGI app (:func:`api.app.create_app` with the steward tool mounted at ``/steward``) in
werkzeug's threaded server in this process.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from werkzeug.serving import make_server

from api.app import create_app
from api.steward.app import create_steward_app
from jydj.config import Settings
from jydj.users import save_user

CHROMIUM = os.environ.get("JYDJ_CHROMIUM", "/usr/bin/chromium")
#: Flags for headless chromium as root on a machine with a closed network (../shared/reference/embedded.md).
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PASSWORD = "Steward-Test-2026"


def settings_for(home: Path, dsns: dict[str, str], **steward: Any) -> Settings:
    """Settings on the given databases (``jy``, ``jy_front``, ``dj_front``) with ``[steward]`` options."""
    return Settings(home=home, dsns=dict(dsns), steward=dict(steward))


def add_user(
    dsn: str,
    name: str,
    role: str,
    *,
    kinds: list[str] | None = None,
    districts: list[str] | None = None,
    password: str | None = PASSWORD,
) -> None:
    conn = psycopg2.connect(dsn)
    try:
        with conn:
            save_user(
                conn,
                name,
                role,
                operator="test",
                source="cli",
                kinds=kinds,
                districts=districts,
                password=password,
            )
    finally:
        conn.close()


@dataclass
class Site:
    url: str  # the steward tool's base, ending in /steward
    app: Any


@contextmanager
def serving(settings: Settings) -> Iterator[Site]:
    steward = create_steward_app(settings)
    app = create_app(settings.dsns["jy"], steward=steward, attachments=settings.home / "attachments")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_port}/steward", steward)
    finally:
        server.shutdown()
        steward.extensions["jydj.steward"].db.close()
        app.extensions["jydj.api"].db.close()


def browser_or_skip(playwright: Any) -> Any:
    """A headless chromium, or skip the test naming what is missing."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(
            f"没有 chromium（{CHROMIUM}）：浏览器测试跳过；"
            "make test 会尝试 apt-get install chromium（需要 root）"
        )
    try:
        return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    except Exception as exc:  # any launch failure means: no browser here
        pytest.skip(f"chromium 无法启动：{str(exc).splitlines()[0]}")


def login(page: Any, site: Site, name: str, password: str = PASSWORD) -> None:
    page.goto(f"{site.url}/login")
    page.get_by_label("用户名").fill(name)
    page.get_by_label("口令").fill(password)
    page.get_by_role("button", name="登录").click()


def csrf_token(html: str) -> str:
    """The CSRF token of the first form on a page."""
    import re

    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'value="([^"]+)"[^>]*name="csrf_token"', html
    )
    assert match, "页面上没有 CSRF 令牌"
    return match.group(1)


def signed_in(site: Site, name: str, password: str = PASSWORD) -> tuple[Any, str]:
    """A requests session signed in as ``name`` and the session's CSRF token (for forged-form tests)."""
    import requests

    s = requests.Session()
    token = csrf_token(s.get(f"{site.url}/login").text)
    r = s.post(f"{site.url}/login", data={"csrf_token": token, "username": name, "password": password})
    assert r.status_code == 200 and "概况" in r.text, r.text[:300]
    return s, csrf_token(r.text)  # signing in starts a new session, with a new token
