"""``jydj partner``: the partner systems allowed to call the web services (``jk.hzf``).

``add`` creates one and prints its username and secret (shown once: only its SHA-256 is stored);
``list`` shows them; ``disable``/``enable`` switch one off and on. Every change is audited by the
procedures ``jk.hzf_xz`` and ``jk.hzf_zt``.
"""

from __future__ import annotations

import json
from contextlib import closing

import click
import psycopg2

from jydj.commands.validate import _fail, _jy_dsn, _operator

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Services a new partner may call unless ``--service`` says otherwise.
DEFAULT_SERVICES = ("QueryService", "RegistrationStateService")
#: Where a new partner may call from unless ``--allow`` says otherwise: this machine only.
DEFAULT_ALLOW = ("127.0.0.1/32", "::1/128")


def _connect():
    from jydj.database import connect

    return connect(_jy_dsn(), "jy")


@click.group("partner", context_settings=CONTEXT)
def partner() -> None:
    """web 服务的接口合作方：建立（得到用户名与密钥）、查看、停用、启用。"""


@partner.command("add", context_settings=CONTEXT)
@click.argument("name")
@click.option("--title", "mc", help="合作方名称（默认同用户名），如「达州市不动产登记中心」。")
@click.option(
    "--allow",
    "allow",
    multiple=True,
    metavar="CIDR",
    help="允许的来源地址段，可重复（默认只允许本机：127.0.0.1/32、::1/128）。",
)
@click.option(
    "--service",
    "services",
    multiple=True,
    type=click.Choice(["QueryService", "RegistrationStateService", "OneWindowService"]),
    help="可调用的服务，可重复（默认 QueryService 与 RegistrationStateService）。",
)
@click.option("--json", "as_json", is_flag=True, help="以一个 JSON 对象输出 username 与 secret。")
def partner_add(
    name: str, mc: str | None, allow: tuple[str, ...], services: tuple[str, ...], as_json: bool
) -> None:
    """建立合作方 NAME（用户名：小写字母、数字、点、下划线、连字符），打印其密钥（只显示这一次）。

    SOAP 调用方以 WS-Security UsernameToken（用户名 + 密钥，PasswordText）认证；JSON 调用方发送
    Authorization: Bearer 密钥。
    """
    from api.auth import digest_of, new_secret

    secret = new_secret()
    allow = allow or DEFAULT_ALLOW
    services = services or DEFAULT_SERVICES
    try:
        with closing(_connect()) as conn, conn, conn.cursor() as cur:
            cur.execute(
                "SELECT jk.hzf_xz(%s, %s, %s, %s, %s, %s, 'cli')",
                (name, mc or name, digest_of(secret), list(allow), list(services), _operator()),
            )
    except psycopg2.Error as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps({"username": name, "secret": secret}, ensure_ascii=False))
        return
    click.echo(f"已建立接口合作方 {name}（{mc or name}）")
    click.echo(f"  用户名：{name}")
    click.echo(f"  密钥：  {secret}")
    click.echo(f"  来源：  {'、'.join(allow)}")
    click.echo(f"  服务：  {'、'.join(services)}")
    click.echo("密钥只显示这一次（库中只存其摘要），请妥善交给对方。")


@partner.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 数组输出。")
def partner_list(as_json: bool) -> None:
    """列出合作方（不含密钥）。"""
    try:
        with closing(_connect()) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT yhm, mc, zt, yxdz, kyfw, cjsj,"
                " (SELECT max(d.dysj) FROM jk.dyrz d WHERE d.hzf = h.yhm) AS zhdy"
                " FROM jk.hzf h ORDER BY yhm"
            )
            rows = cur.fetchall()
    except psycopg2.Error as exc:
        _fail(exc)
        return
    items = [
        {
            "username": r[0],
            "title": r[1],
            "state": r[2],
            "allow": r[3],
            "services": r[4],
            "created_at": r[5].isoformat(),
            "last_call_at": r[6].isoformat() if r[6] else None,
        }
        for r in rows
    ]
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False))
        return
    if not items:
        click.echo("还没有接口合作方：用 jydj partner add NAME 建立")
    for i in items:
        last = i["last_call_at"] or "从未调用"
        click.echo(
            f"{i['username']:<24} {i['state']}  {i['title']}  来源 {'、'.join(i['allow'])}  最近调用 {last}"
        )


def _set_state(name: str, state: str, reason: str | None) -> None:
    try:
        with closing(_connect()) as conn, conn, conn.cursor() as cur:
            cur.execute("SELECT jk.hzf_zt(%s, %s, %s, 'cli', %s)", (name, state, _operator(), reason))
            changed = cur.fetchone()[0]
    except psycopg2.Error as exc:
        _fail(exc)
        return
    click.echo(f"合作方 {name} 已{state}" if changed else f"合作方 {name} 本已{state}")


@partner.command("disable", context_settings=CONTEXT)
@click.argument("name")
@click.option("--reason", help="停用原因（记入审计日志）。")
def partner_disable(name: str, reason: str | None) -> None:
    """停用合作方 NAME（几秒内生效）。"""
    _set_state(name, "停用", reason)


@partner.command("enable", context_settings=CONTEXT)
@click.argument("name")
@click.option("--reason", help="启用原因（记入审计日志）。")
def partner_enable(name: str, reason: str | None) -> None:
    """重新启用合作方 NAME。"""
    _set_state(name, "启用", reason)
