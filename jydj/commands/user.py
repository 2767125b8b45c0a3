"""``jydj user``: accounts of the steward tool (数据对接工具) — add, change, list, disable, enable, unlock.

Passwords are hashed with Argon2id before they reach the database; a generated password is printed once.
Every change is audited (``audit.czrz``) by the procedures ``gj.yh_bc`` and ``gj.yh_zt``.
"""

from __future__ import annotations

import json
import sys
from contextlib import closing

import click
import psycopg2

from jydj.commands.validate import _fail, _jy_dsn, _operator
from jydj.users import ROLES

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _connect():
    from jydj.database import connect

    return connect(_jy_dsn(), "jy")


def _read_password(from_stdin: bool) -> str | None:
    if not from_stdin:
        return None
    text = sys.stdin.readline().rstrip("\r\n")
    if not text:
        raise click.UsageError("--password-stdin：标准输入没有口令")
    return text


@click.group("user", context_settings=CONTEXT)
def user() -> None:
    """数据对接工具的用户：建立、修改、查看、停用、启用、解锁（都记操作日志）。"""


def _save(name, role, full_name, districts, kinds, password_stdin, no_password, new) -> None:
    from jydj.users import new_password, password_problem, save_user

    password = _read_password(password_stdin)
    generated = False
    if password is None and new and not no_password:
        password, generated = new_password(), True
    if password is not None and (problem := password_problem(password)):
        click.echo(f"错误：{problem}", err=True)
        sys.exit(2)
    try:
        with closing(_connect()) as conn, conn:
            result = save_user(
                conn,
                name,
                role,
                operator=_operator(),
                source="cli",
                full_name=full_name,
                kinds=list(kinds),
                districts=list(districts),
                password=password,
            )
    except psycopg2.Error as exc:
        _fail(exc)
        return
    scope = []
    if result["djzl"]:
        scope.append("登记种类 " + "、".join(result["djzl"]))
    if result["xzqdm"]:
        scope.append("区县 " + "、".join(result["xzqdm"]))
    verb = "已建立" if result["xj"] else "已修改"
    click.echo(f"{verb}用户 {name}：{ROLES[role]}（{'；'.join(scope) or '不限数据范围'}）")
    if generated:
        click.echo(f"口令（只显示这一次）：{password}")


_ROLE = click.option(
    "--role",
    "-r",
    required=True,
    type=click.Choice(list(ROLES)),
    help="角色：admin 管理员、steward 数据管理员、viewer 只读。",
)
_DISTRICT = click.option(
    "--district",
    "-d",
    "districts",
    multiple=True,
    metavar="D",
    help="数据管理员可处理的区县（6 位行政区划代码，如 511702），可重复；不给则不限。",
)
_KIND = click.option(
    "--kind",
    "-k",
    "kinds",
    multiple=True,
    metavar="K",
    help="数据管理员可处理的登记种类（如 所有权、抵押权），可重复；不给则不限。",
)
_NAME = click.option("--name", "full_name", help="姓名。")
_STDIN = click.option(
    "--password-stdin", is_flag=True, help="从标准输入读一行作为口令（不给则生成一个并打印）。"
)


@user.command("add", context_settings=CONTEXT)
@click.argument("name")
@_ROLE
@_DISTRICT
@_KIND
@_NAME
@_STDIN
@click.option("--no-password", is_flag=True, help="不设本地口令：只能经统一平台登录（可信请求头或 OIDC）。")
def user_add(name, role, districts, kinds, full_name, password_stdin, no_password) -> None:
    """建立用户 NAME（已存在则修改其角色与范围）。口令以 Argon2id 摘要保存；不给则生成一个，只显示一次。"""
    _save(name, role, full_name, districts, kinds, password_stdin, no_password, new=True)


@user.command("set", context_settings=CONTEXT)
@click.argument("name")
@_ROLE
@_DISTRICT
@_KIND
@_NAME
@_STDIN
def user_set(name, role, districts, kinds, full_name, password_stdin) -> None:
    """修改用户 NAME 的角色、范围（或口令：--password-stdin）；已登录的会话随即失效。"""
    _save(name, role, full_name, districts, kinds, password_stdin, False, new=False)


@user.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 数组输出。")
def user_list(as_json: bool) -> None:
    """列出用户：角色、范围、状态、连续失败次数、锁定至、最近登录。"""
    from jydj.users import list_users

    try:
        with closing(_connect()) as conn:
            users = list_users(conn)
    except psycopg2.Error as exc:
        _fail(exc)
        return
    for u in users:
        del u["locked"]
        for key in ("locked_until", "last_login"):
            u[key] = u[key].isoformat() if u[key] else None
    if as_json:
        click.echo(json.dumps(users, ensure_ascii=False))
        return
    if not users:
        click.echo("还没有用户：jydj user add NAME --role admin")
    for u in users:
        scope = "；".join(
            s
            for s in (
                "种类 " + "、".join(u["kinds"]) if u["kinds"] else "",
                "区县 " + "、".join(u["districts"]) if u["districts"] else "",
            )
            if s
        )
        locked = f"  锁定至 {u['locked_until']}" if u["locked_until"] else ""
        click.echo(f"{u['name']}  {ROLES[u['role']]}  {u['state']}  {scope or '不限范围'}{locked}")


def _state_command(action: str, doc: str):
    @click.argument("name")
    @click.option("--reason", help="原因（记入操作日志）。")
    def command(name: str, reason: str | None) -> None:
        from jydj.users import set_state

        try:
            with closing(_connect()) as conn, conn:
                changed = set_state(conn, name, action, operator=_operator(), source="cli", reason=reason)
        except psycopg2.Error as exc:
            _fail(exc)
            return
        click.echo(f"已{action}用户 {name}" if changed else f"用户 {name} 无需{action}")

    command.__doc__ = doc
    return command


user.command("disable", context_settings=CONTEXT)(
    _state_command("停用", "停用用户 NAME：不能再登录，已登录的会话失效。")
)
user.command("enable", context_settings=CONTEXT)(_state_command("启用", "重新启用用户 NAME。"))
user.command("unlock", context_settings=CONTEXT)(
    _state_command("解锁", "解除用户 NAME 因连续登录失败的锁定。")
)


@user.command("demo", context_settings=CONTEXT)
def user_demo() -> None:
    """演示用：建立（或刷新）数据管理员 demo，口令随机生成后存于 var/demo-password（0600），打印登录信息。"""
    from jydj.config import load_settings
    from jydj.private_file import read_or_create
    from jydj.users import new_password, save_user

    password = read_or_create(load_settings().var_dir / "demo-password", new_password)
    try:
        with closing(_connect()) as conn, conn:
            save_user(
                conn,
                "demo",
                "steward",
                operator=_operator(),
                source="cli",
                full_name="演示数据管理员",
                password=password,
            )
    except psycopg2.Error as exc:
        _fail(exc)
        return
    click.echo(f"演示登录：用户名 demo，口令 {password}")
