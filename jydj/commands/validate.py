"""``jydj validate``: validate and load staged registration data (seed §5.2.1.6) by hand.

The scheduler's ``validate`` job does the same every few minutes. Subcommands list the queue of
unqualified rows, correct a row (audited, re-validated at once) and put rows back to 待校验.
"""

from __future__ import annotations

import getpass
import json
import sys
from contextlib import closing
from typing import Any

import click
import psycopg2

from jydj.errors import JydjError, message_of
from jydj.validation import DEFAULT_BATCH

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _jy_dsn() -> str:
    from jydj.cli import ensure_running
    from jydj.config import load_settings
    from jydj.database import dsn_of

    settings = load_settings()
    ensure_running(settings)
    return dsn_of(settings, "jy")


def _operator() -> str:
    return f"cli:{getpass.getuser()}"


def _fail(exc: Exception) -> None:
    click.echo(f"错误：{message_of(exc)}", err=True)
    sys.exit(2)


def _kind_option(func):
    from jydj.validation import KINDS

    return click.option(
        "--kind", "-k", type=click.Choice(KINDS), metavar="K", help=f"只处理该登记种类：{'、'.join(KINDS)}。"
    )(func)


@click.group("validate", context_settings=CONTEXT, invoke_without_command=True)
@_kind_option
@click.option("--json", "as_json", is_flag=True, help="以一个 JSON 对象输出本次结果。")
@click.option(
    "--batch",
    type=click.IntRange(1, 1_000_000),
    default=DEFAULT_BATCH,
    show_default=True,
    help="每个事务认领的行数。",
)
@click.pass_context
def validate(ctx: click.Context, kind: str | None, as_json: bool, batch: int) -> None:
    """数据效检与入库（seed §5.2.1.6）：校验待校验的暂存登记数据，合格的写入生产库。

    \b
    不带子命令时运行一次：按规则目录 stg.jygz 逐条规则集合校验，标记合格 / 不合格（带全部不通过的规则），
    合格的行写入 djjg 等生产表并完善上下手、业务挂接与楼盘表状态。不合格的行留在队列里等待修正。
    --json 输出 {"qualified", "unqualified", "loaded", "waiting", "batches", "by_rule"}。

    \b
    子命令：queue 列出不合格队列；fix 修正一行并立即重新校验；requeue 把不合格行重新置为待校验。
    退出码：0 完成；2 参数或数据库错误；4 内置集群无法启动。
    """
    if ctx.invoked_subcommand is not None:
        return
    from jydj.validation import run_validation

    try:
        result = run_validation(_jy_dsn(), kind, batch, _operator())
    except (JydjError, psycopg2.Error) as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(
        f"本次校验：合格 {result['qualified']} 行（入库 {result['loaded']}，"
        f"待所属登簿结果入库 {result['waiting']}），"
        f"不合格 {result['unqualified']} 行，共 {result['batches']} 个事务。"
    )
    for code, n in result["by_rule"].items():
        click.echo(f"  {code}: {n}")


@validate.command("queue", context_settings=CONTEXT)
@_kind_option
@click.option("--rule", "-r", metavar="CODE", help="只列出该规则不通过的行（如 SYQ05）。")
@click.option(
    "--limit", type=click.IntRange(1, 10_000), default=20, show_default=True, help="最多列出的行数。"
)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 数组输出。")
def queue(kind: str | None, rule: str | None, limit: int, as_json: bool) -> None:
    """列出不合格队列：每行的暂存ID、来源表与主键、登记种类、不通过的规则与说明。"""
    from jydj.database import connect
    from jydj.validation import queue_rows

    try:
        with closing(connect(_jy_dsn(), "jy")) as conn:
            rows = queue_rows(conn, kind, rule, limit)
    except (JydjError, psycopg2.Error) as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo("不合格队列为空。")
    for row in rows:
        click.echo(f"{row['id']}  {row['lybm']}:{row['lyzj']}  {row['djzl']}  {row['bdcdyh'] or ''}")
        for failure in row["jyjg"] or []:
            click.echo(f"    {failure['gzdm']} {failure['gzmc']}（{failure['yzcd']}）：{failure['xx']}")


def _parse_assignment(text: str) -> tuple[str, Any]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"「{text}」应写成 字段=值（值为空写 字段=，表示置空）")
    return name.strip(), (value if value != "" else None)


@validate.command("fix", context_settings=CONTEXT)
@click.argument("row_id", type=int)
@click.argument("assignments", nargs=-1, required=True)
@click.option("--reason", "-m", required=True, help="修正原因（记入操作日志）。")
def fix(row_id: int, assignments: tuple[str, ...], reason: str) -> None:
    """修正一条不合格的暂存行：ROW_ID 字段=值 …；记操作日志，立即重新校验，通过即入库。"""
    from jydj.validation import correct

    changes = dict(_parse_assignment(a) for a in assignments)
    try:
        res = correct(_jy_dsn(), row_id, changes, _operator(), reason, "cli")
    except (JydjError, psycopg2.Error) as exc:
        _fail(exc)
        return
    click.echo(f"暂存行 {res['id']}：{res['jyzt']}")
    for failure in res["jyjg"] or []:
        click.echo(f"    {failure['gzdm']} {failure['gzmc']}（{failure['yzcd']}）：{failure['xx']}")


@validate.command("requeue", context_settings=CONTEXT)
@click.option("--rule", "-r", metavar="CODE", help="只重置该规则不通过的行（如 SYQ05）。")
@click.option("--bdcdyh", metavar="UNIT", help="只重置该不动产单元的行。")
@click.option("--reason", "-m", help="原因（记入操作日志）。")
def requeue_cmd(rule: str | None, bdcdyh: str | None, reason: str | None) -> None:
    """把不合格的行重新置为待校验（例如挂接之后），下次校验再查。"""
    from jydj.validation import requeue

    try:
        n = requeue(_jy_dsn(), rule, bdcdyh, _operator(), "cli", reason)
    except (JydjError, psycopg2.Error) as exc:
        _fail(exc)
        return
    click.echo(f"已重新置为待校验：{n} 行。")
