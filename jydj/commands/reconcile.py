"""``jydj reconcile``: the daily reconcile (补推, seed §5.2.1.4) by hand.

The work is done by ``connector.reconcile.run_reconcile``, which the scheduler's daily job calls as well.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import click

from jydj.errors import JydjError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Exit status when a stream's reconcile failed or re-pushed rows did not arrive in time.
EXIT_STILL_MISSING = 1


@click.command("reconcile", context_settings=CONTEXT)
@click.option(
    "--stream",
    "-s",
    "streams",
    multiple=True,
    metavar="S",
    help="要比对的流（S1–S4）；可重复，或用逗号分隔，如 --stream S2,S3。默认全部四条。",
)
@click.option(
    "--since", metavar="DATE", help="只比对此日（YYYY-MM-DD，含当日零时起）之后更新的数据；默认全部。"
)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出报告。")
@click.option("--no-repush", is_flag=True, help="只比对并报告，不补推。")
@click.option(
    "--wait",
    "wait_s",
    type=click.IntRange(0, 3600),
    default=60,
    show_default=True,
    help="补推后等待流应用并复查的最长秒数（流未运行时不等待）。",
)
@click.option(
    "--buckets",
    type=click.IntRange(1, 1_048_576),
    default=1024,
    show_default=True,
    help="分桶数：每侧按行主键或业务号的哈希分桶汇总，只对不同的桶逐行比对。",
)
def reconcile(
    streams: tuple[str, ...], since: str | None, as_json: bool, no_repush: bool, wait_s: int, buckets: int
) -> None:
    """补推对账（seed §5.2.1.4）：比对各数据流的源与目标，补推缺失或不一致的数据。

    \b
    每条流在源库、目标库各算一次分桶哈希，只对哈希不同的桶逐行比对，
    找出缺失、不一致、多余的行（S1 按业务号比对共享主表、明细行数与明细行）。
    按路由未转发、在待处理或死信中的行单列为「有意未转发」，不补推。
    其余的在源库重新发出变更（S2–S4 不改值的 UPDATE，S1 重推业务），
    由运行中的 jydj run 应用，随后复查，最多等待 --wait 秒。
    每条流的报告写入其目标库的 jh.btbg，jydj status 显示最近一次。

    \b
    退出码：0 完成；1 有流失败（如数据库连不上）或补推后仍有缺失；2 配置错误；4 内置集群无法启动。
    """
    logging.getLogger("jydj.reconcile").addHandler(logging.NullHandler())  # failures are in the report
    try:
        from connector.reconcile import parse_since, parse_streams, run_reconcile
        from jydj.cli import ensure_running
        from jydj.config import load_settings

        names = parse_streams(streams)
        day = parse_since(since)
        settings = load_settings()
        ensure_running(settings)
        reports = run_reconcile(settings, names, day, not no_repush, wait_s, buckets=buckets)
    except JydjError as exc:
        click.echo(f"错误：{exc}", err=True)
        sys.exit(exc.exit_code)
    if as_json:
        click.echo(json.dumps(reports, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(render_text(reports, day.isoformat() if day else None, not no_repush))
    if any(r.get("status") in ("失败", "仍有缺失") for r in reports):
        sys.exit(EXIT_STILL_MISSING)


def render_text(reports: list[dict[str, Any]], since: str | None, repush: bool) -> str:
    lines = [
        f"补推对账：起始日期 {since or '全部'}，{'补推' if repush else '只报告（--no-repush）'}",
        f"{'流':<3}{'检查':>12}{'不一致':>8}{'缺失':>8}{'多余':>8}{'未转发':>8}{'补推':>8}{'仍缺失':>8}"
        f"  {'状态':<6}{'用时':>8}",
    ]
    for r in reports:
        if r.get("status") == "失败" and "checked" not in r:
            lines.append(f"{r['stream']:<4}失败：{r.get('message', '')}")
            continue
        lines.append(
            f"{r['stream']:<4}{r['checked']:>12,}{r['different']:>10,}{r['missing']:>10,}{r['extra']:>10,}"
            f"{r['held_back']:>11,}{r['repushed']:>10,}{r['still_missing']:>11,}  {r['status']:<6}"
            f"{r.get('seconds', 0):>8.1f} 秒"
        )
        lines.append(f"    {r.get('message', '')}")
    return "\n".join(lines)
