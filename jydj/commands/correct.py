"""``jydj correct``: named, reviewed corrections of unqualified staged rows (数据修正, seed §5.2.3).

Only the procedures of the catalog ``xz.gc`` can be run (``xz.run``); ``list`` shows them with their
parameters, ``run`` applies one to rows of the queue (or only shows the changes with ``--dry-run``). Every
applied run is audited and re-validates the rows at once. See docs/corrections.md.
"""

from __future__ import annotations

import json
from contextlib import closing
from typing import Any

import click
import psycopg2

from jydj.commands.validate import _fail, _jy_dsn, _operator
from jydj.errors import JydjError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
PARAM_TYPES = {"field": "字段", "text": "文字", "number": "数字", "choice": "选项"}


def _show(value: Any) -> str:
    return "空" if value is None else f"「{value}」"


def _parse_param(text: str) -> tuple[str, str | None]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"「{text}」应写成 参数名=值（值为空写 参数名=）", param_hint="--param")
    return name.strip(), (value if value != "" else None)


@click.group("correct", context_settings=CONTEXT)
def correct() -> None:
    """数据修正（seed §5.2.3）：用经评审的具名修正过程修正不合格的暂存登记数据。

    \b
    只能执行修正过程目录 xz.gc 中已启用的过程，不能写任意 SQL。list 列出过程与参数；
    run 对所选暂存行执行一个过程：--dry-run 只显示改动前后，不写；否则写入、记操作日志并立即重新校验，
    通过的即入库。退出码：0 完成；2 参数或数据库错误（中文说明）；4 内置集群无法启动。
    """


def _kind_option(func):
    from jydj.validation import KINDS

    return click.option(
        "--kind",
        "-k",
        type=click.Choice(KINDS),
        metavar="K",
        help=f"只列出适用于该登记种类的过程：{'、'.join(KINDS)}。",
    )(func)


@correct.command("list", context_settings=CONTEXT)
@_kind_option
@click.option("--rule", "-r", metavar="CODE", help="只列出用于修正该规则的过程（如 SYQ06）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 数组输出。")
def list_cmd(kind: str | None, rule: str | None, as_json: bool) -> None:
    """列出可用的修正过程：名称、说明、适用的登记种类与规则、参数。"""
    from jydj.corrections import list_procedures
    from jydj.database import connect

    try:
        with closing(connect(_jy_dsn(), "jy")) as conn:
            procedures = list_procedures(conn, kind, rule)
    except (JydjError, psycopg2.Error) as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps(procedures, ensure_ascii=False))
        return
    if not procedures:
        click.echo("没有适用的修正过程。")
    for p in procedures:
        click.echo(f"{p['name']}  {p['title']}")
        click.echo(f"    {p['description']}")
        click.echo(
            f"    适用：{'、'.join(p['kinds']) if p['kinds'] else '所有登记种类'}"
            + (f"；修正规则：{'、'.join(p['rules'])}" if p["rules"] else "")
        )
        for spec in p["params"]:
            kind_name = PARAM_TYPES.get(spec.get("type"), spec.get("type"))
            choices = f"，取值：{'、'.join(spec['choices'])}" if spec.get("choices") else ""
            required = "必填" if spec.get("required") else "可选"
            click.echo(
                f"    参数 {spec['name']}（{spec.get('label', '')}，{kind_name}，{required}{choices}）："
                f"{spec.get('help', '')}"
            )


@correct.command("run", context_settings=CONTEXT)
@click.argument("name")
@click.option("--id", "ids", type=int, multiple=True, required=True, help="暂存行ID（可重复）。")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="参数 参数名=值（可重复）。")
@click.option("--reason", "-m", help="修正原因（记入操作日志；执行时必填）。")
@click.option("--dry-run", is_flag=True, help="试运行：只显示改动前后，什么也不写。")
@click.option("--json", "as_json", is_flag=True, help="以一个 JSON 对象输出结果。")
def run_cmd(
    name: str, ids: tuple[int, ...], params: tuple[str, ...], reason: str | None, dry_run: bool, as_json: bool
) -> None:
    """对所选暂存行执行修正过程 NAME（如 xz.mj_lpb）；执行即写入、记日志并重新校验。"""
    from jydj.corrections import run_correction
    from jydj.database import connect

    values = dict(_parse_param(p) for p in params)
    try:
        with closing(connect(_jy_dsn(), "jy")) as conn:
            try:
                result = run_correction(conn, name, list(ids), values, dry_run, _operator(), reason, "cli")
            except BaseException:
                conn.rollback()
                raise
            if dry_run:
                conn.rollback()
            else:
                conn.commit()
    except (JydjError, psycopg2.Error) as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    rows, unchanged = result["rows"], result["unchanged"]
    if dry_run:
        click.echo(f"试运行（未写入）：{result['gcm']} 将修改 {len(rows)} 行，不改 {len(unchanged)} 行。")
    else:
        click.echo(
            f"已执行 {result['gcm']}：修改 {len(rows)} 行（入库 {result['loaded']}，"
            f"合格 {result['qualified']}，不合格 {result['unqualified']}），不改 {len(unchanged)} 行。"
        )
    for row in rows:
        where = f"（{row['lybm']}：{row['lyzj']}）" if "lybm" in row else ""
        state = f"：{row['jyzt']}" if row.get("jyzt") else ""
        click.echo(f"  暂存行 {row['id']}{where}{state}")
        for field, new in row["bgh"].items():
            click.echo(f"      {field}：{_show(row['bgq'].get(field))} → {_show(new)}")
        for failure in row.get("jyjg") or []:
            click.echo(f"      {failure['gzdm']} {failure['gzmc']}（{failure['yzcd']}）：{failure['xx']}")
    if unchanged:
        click.echo(f"  不改：{'、'.join(str(i) for i in unchanged)}")
