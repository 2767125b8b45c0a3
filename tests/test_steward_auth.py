"""The steward tool's sign-in: local accounts with lockout, session timeout, CSRF, the trusted header of the
unified platform, roles; every attempt in the audit log. Browser tests drive Debian's chromium."""

from __future__ import annotations

import getpass
import json
import time

import pytest
import requests
import stewardkit as kit
from streamkit import q


def audit(dsn: str, who: str) -> list[str]:
    return [r[0] for r in q(dsn, "SELECT czlx FROM audit.czrz WHERE czr = %s ORDER BY id", (who,))]


def user_row(dsn: str, name: str) -> tuple:
    return q(dsn, "SELECT sbcs, sdzz IS NOT NULL, zhdl IS NOT NULL, hhbb FROM gj.yh WHERE yhm = %s", (name,))[
        0
    ]


def test_login_lockout_and_logout_in_browser(steward_dsns, tmp_path, page) -> None:
    kit.add_user(steward_dsns["jy"], "zhang", "steward", districts=["511702"])
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        page.goto(f"{site.url}/")
        assert "/login" in page.url  # not signed in: sent to the login page
        for attempt in range(1, 5):
            kit.login(page, site, "zhang", "wrong-password")
            assert page.get_by_role("alert").inner_text().startswith("用户名或口令错误")
            assert user_row(steward_dsns["jy"], "zhang")[0] == attempt
        kit.login(page, site, "zhang", "wrong-password")  # the fifth failure locks
        assert "账户已锁定至" in page.get_by_role("alert").inner_text()
        kit.login(page, site, "zhang")  # the right password is refused while locked
        assert "账户已锁定至" in page.get_by_role("alert").inner_text()
        assert "/login" in page.url
        assert user_row(steward_dsns["jy"], "zhang")[1] is True

        q(steward_dsns["jy"], "SELECT gj.yh_zt('zhang', '解锁', 'admin1', 'cli', '本人确认')")
        kit.login(page, site, "zhang")
        assert page.get_by_test_id("current-user").inner_text().startswith("zhang（数据管理员：区县 511702）")
        assert page.get_by_role("heading", name="概况").is_visible()
        page.get_by_role("button", name="退出").click()
        assert "已退出" in page.get_by_role("alert").inner_text()
        page.goto(f"{site.url}/")
        assert "/login" in page.url
    log = audit(steward_dsns["jy"], "zhang")
    assert log == ["登录失败"] * 4 + ["账户锁定", "登录被拒", "登录", "退出"]


def test_unknown_user_gets_the_same_answer_and_is_logged(steward_dsns, tmp_path) -> None:
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        s = requests.Session()
        form = s.get(f"{site.url}/login").text
        token = kit.csrf_token(form)
        r = s.post(
            f"{site.url}/login", data={"csrf_token": token, "username": "nobody", "password": "x" * 12}
        )
        assert r.status_code == 200 and "用户名或口令错误" in r.text
        # without the CSRF token the form is refused
        r = s.post(f"{site.url}/login", data={"username": "nobody", "password": "x" * 12})
        assert r.status_code == 400 and "表单已过期或来源不明" in r.text
    assert audit(steward_dsns["jy"], "nobody") == ["登录失败"]


def test_session_times_out_and_disabling_ends_sessions(steward_dsns, tmp_path) -> None:
    kit.add_user(steward_dsns["jy"], "li", "viewer")
    settings = kit.settings_for(tmp_path, steward_dsns, session_minutes=0.05)  # 3 seconds idle
    with kit.serving(settings) as site:
        s, _ = kit.signed_in(site, "li")
        assert s.get(f"{site.url}/", allow_redirects=False).status_code == 200
        time.sleep(3.5)  # the session's own lifetime is what is tested here
        r = s.get(f"{site.url}/", allow_redirects=False)
        assert r.status_code == 302 and "/login" in r.headers["Location"]

        # a page's own background requests (the ops page's auto-refresh) do not keep the session alive
        s, _ = kit.signed_in(site, "li")
        time.sleep(2)
        r = s.get(f"{site.url}/", headers={"X-Requested-With": "ops.js"}, allow_redirects=False)
        assert r.status_code == 200 and "Set-Cookie" not in r.headers
        time.sleep(1.5)
        r = s.get(f"{site.url}/", allow_redirects=False)
        assert r.status_code == 302 and "/login" in r.headers["Location"]

        s, _ = kit.signed_in(site, "li")
        assert s.get(f"{site.url}/", allow_redirects=False).status_code == 200
        q(steward_dsns["jy"], "SELECT gj.yh_zt('li', '停用', 'admin1', 'cli', '离岗')")
        r = s.get(f"{site.url}/", allow_redirects=False)
        assert r.status_code == 302 and "/login" in r.headers["Location"]


def test_trusted_header_login_only_from_the_gateway(steward_dsns, tmp_path) -> None:
    kit.add_user(steward_dsns["jy"], "wang", "steward", password=None)
    settings = kit.settings_for(tmp_path, steward_dsns, login=["header"], trusted_proxies=["127.0.0.1"])
    with kit.serving(settings) as site:
        r = requests.get(f"{site.url}/", headers={"X-Remote-User": "wang"})
        assert r.status_code == 200 and "wang（数据管理员" in r.text
        r = requests.get(f"{site.url}/", headers={"X-Remote-User": "stranger"})
        assert r.status_code == 403 and "未在对接工具中开通" in r.text
        r = requests.get(f"{site.url}/login")
        assert r.status_code == 403 and "请从统一平台进入" in r.text
    settings = kit.settings_for(tmp_path, steward_dsns, login=["header"], trusted_proxies=["10.0.0.1"])
    with kit.serving(settings) as site:  # this client is not the gateway: the header is ignored
        r = requests.get(f"{site.url}/", headers={"X-Remote-User": "wang"}, allow_redirects=False)
        assert r.status_code == 302 and "/login" in r.headers["Location"]
    assert audit(steward_dsns["jy"], "wang") == ["登录"]
    assert audit(steward_dsns["jy"], "stranger") == ["登录失败"]


@pytest.mark.parametrize("password", ["short1A!", "alllowercaseletters"])
def test_weak_passwords_are_refused(password: str) -> None:
    from jydj.users import hash_password

    with pytest.raises(ValueError, match="口令"):
        hash_password(password)


def test_user_command_adds_lists_disables_and_unlocks(steward_dsns, monkeypatch) -> None:
    from click.testing import CliRunner

    from jydj.commands.user import user

    for name, env in (
        ("jy", "JYDJ_JY_DSN"),
        ("jy_front", "JYDJ_JY_FRONT_DSN"),
        ("dj_front", "JYDJ_DJ_FRONT_DSN"),
    ):
        monkeypatch.setenv(env, steward_dsns[name])
    runner = CliRunner()
    r = runner.invoke(user, ["add", "liu", "--role", "steward", "--district", "511702", "--kind", "抵押权"])
    assert r.exit_code == 0, r.output
    assert "已建立用户 liu：数据管理员（登记种类 抵押权；区县 511702）" in r.output
    password = r.output.split("口令（只显示这一次）：")[1].strip()
    assert password_ok(steward_dsns["jy"], "liu", password)
    r = runner.invoke(user, ["add", "bad", "--role", "steward", "--district", "999999"])
    assert r.exit_code == 2 and "区县 xzqdm 中「999999」不是行政区划代码表 zd.xzqh 中的代码" in r.output
    r = runner.invoke(user, ["add", "weak", "--role", "viewer", "--password-stdin"], input="short\n")
    assert r.exit_code == 2 and "口令至少 10 位" in r.output
    r = runner.invoke(user, ["list", "--json"])
    assert [u["name"] for u in json.loads(r.output)] == ["liu"]
    r = runner.invoke(user, ["disable", "liu", "--reason", "调岗"])
    assert r.exit_code == 0 and "已停用用户 liu" in r.output
    assert runner.invoke(user, ["disable", "liu"]).output.strip() == "用户 liu 无需停用"
    r = runner.invoke(user, ["unlock", "nobody"])
    assert r.exit_code == 2 and "不存在" in r.output
    log = audit(steward_dsns["jy"], f"cli:{getpass.getuser()}")
    assert log == ["建立用户", "停用用户"]


def password_ok(dsn: str, name: str, password: str) -> bool:
    from jydj.users import verify_password

    return verify_password(q(dsn, "SELECT mmzy FROM gj.yh WHERE yhm = %s", (name,))[0][0], password)


def test_admin_unlocks_and_disables_in_the_users_page(steward_dsns, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "boss", "admin")
    kit.add_user(dsn, "zhao", "steward", districts=["511702"])
    with kit.serving(kit.settings_for(tmp_path, steward_dsns, lockout_failures=2)) as site:
        for _ in range(2):
            kit.login(page, site, "zhao", "wrong-password")
        assert "账户已锁定至" in page.get_by_role("alert").inner_text()
        kit.login(page, site, "boss")
        page.get_by_role("link", name="用户管理").click()
        row = page.get_by_test_id("users-table").locator("tr[data-user=zhao]")
        assert "数据管理员" in row.inner_text() and "511702" in row.inner_text()
        row.get_by_role("button", name="解锁").click()
        assert "已解锁用户 zhao" in page.get_by_role("alert").inner_text()
        row = page.get_by_test_id("users-table").locator("tr[data-user=zhao]")
        assert row.get_by_role("button", name="解锁").count() == 0
        row.get_by_role("button", name="停用").click()
        assert "已停用用户 zhao" in page.get_by_role("alert").inner_text()
        own = page.get_by_test_id("users-table").locator("tr[data-user=boss]")
        assert own.get_by_role("button", name="停用").count() == 0  # an admin cannot disable themself
        admin, token = kit.signed_in(site, "boss")
        r = admin.post(f"{site.url}/users/boss/disable", data={"csrf_token": token})
        assert r.status_code == 200 and "不能停用自己的账户" in r.text
        kit.add_user(dsn, "qian", "steward")
        steward, token = kit.signed_in(site, "qian")  # a steward has no users page
        assert steward.get(f"{site.url}/users").status_code == 403
        assert steward.post(f"{site.url}/users/zhao/enable", data={"csrf_token": token}).status_code == 403
    assert user_row(dsn, "zhao")[:2] == (0, False)
    assert audit(dsn, "boss")[-3:] == ["解锁用户", "停用用户", "登录"]
