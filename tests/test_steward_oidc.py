"""Sign-in to the steward tool through the unified platform's OpenID Connect provider (the simulator in
jydj/simulate/oidc.py speaks the real protocol: discovery, authorization code, RS256 ID token, JWKS)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import stewardkit as kit
from streamkit import q
from werkzeug.serving import make_server

from jydj.simulate.oidc import Client, Provider, provider_app

CLIENT_ID, CLIENT_SECRET = "jydj-steward", "client-secret-for-tests"


@contextmanager
def platform(users: dict[str, tuple[str, str]]) -> Iterator[Provider]:
    provider = Provider(issuer="", users=users, clients={})
    server = make_server("127.0.0.1", 0, provider_app(provider), threaded=True)
    provider.issuer = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()


def test_unified_platform_login_by_oidc(steward_dsns, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "sun", "steward", password=None)
    users = {"sun": ("sun-platform-pw", "孙七"), "stranger": ("stranger-pw", "路人")}
    with platform(users) as provider:
        settings = kit.settings_for(
            tmp_path,
            steward_dsns,
            login=["local", "oidc"],
            oidc_issuer=provider.issuer,
            oidc_client_id=CLIENT_ID,
            oidc_client_secret=CLIENT_SECRET,
        )
        with kit.serving(settings) as site:
            provider.clients[CLIENT_ID] = Client(CLIENT_SECRET, (f"{site.url}/login/oidc/callback",))
            page.goto(f"{site.url}/login")
            page.get_by_role("link", name="统一平台登录").click()
            assert page.url.startswith(provider.issuer)  # at the platform's own sign-in page
            page.get_by_label("用户名").fill("sun")
            page.get_by_label("口令").fill("wrong")
            page.get_by_role("button", name="登录").click()
            assert page.get_by_role("alert").inner_text() == "用户名或口令错误"
            page.get_by_label("用户名").fill("sun")
            page.get_by_label("口令").fill("sun-platform-pw")
            page.get_by_role("button", name="登录").click()
            assert page.url.startswith(site.url)
            assert page.get_by_test_id("current-user").inner_text().startswith("sun（数据管理员")
            page.get_by_role("button", name="退出").click()

            # signed in at the platform but not opened in the tool: refused, and said why
            page.get_by_role("link", name="统一平台登录").click()
            page.get_by_label("用户名").fill("stranger")
            page.get_by_label("口令").fill("stranger-pw")
            page.get_by_role("button", name="登录").click()
            assert "统一平台用户「stranger」未在对接工具中开通" in page.content()

            # a forged callback (no state of ours, unknown code) signs nobody in
            page.goto(f"{site.url}/login/oidc/callback?code=forged&state=forged")
            assert "统一平台登录未完成" in page.content()
    log = q(dsn, "SELECT czr, czlx, bgh ->> 'fs' FROM audit.czrz WHERE czlx LIKE '登录%%' ORDER BY id")
    assert log == [("sun", "登录", "OIDC"), ("stranger", "登录失败", "OIDC")]
