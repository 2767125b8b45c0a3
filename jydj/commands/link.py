"""``jydj link``: link flats (房屋编码) and units (不动产单元号), seed §5.2.4.

``import`` loads legacy CSV files of either side, ``run`` links everything not yet linked, ``export``
writes the links (or the candidates left for stewards) to CSV. The work is done by the procedures in
``db/procedures/gl/``; this module reads files and prints.
"""

from __future__ import annotations

import json
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import click
import psycopg2

from jydj.commands.validate import _fail, _jy_dsn, _operator

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
SHOWN_ERRORS = 50


def _connect():
    from jydj.database import connect

    return connect(_jy_dsn(), "jy")


@click.group("link", context_settings=CONTEXT)
def link() -> None:
    """数据挂接：房屋编码 ↔ 不动产单元号，及登记业务与交易业务（seed §5.2.4）。"""


@link.command("import", context_settings=CONTEXT)
@click.option("--side", type=click.Choice(["jy", "dj"]), required=True, help="jy 交易端房屋；dj 登记端单元。")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以一个 JSON 对象输出结果（含全部坏行）。")
def link_import(side: str, file: Path, as_json: bool) -> None:
    """导入存量数据 CSV（UTF-8 可带 BOM，或 GB18030）。

    \b
    jy 列：fwbm,xmmc,zl,zh,dy,szc,fh,jzmj,tnmj,qlrmc,zjhm
    dj 列：bdcdyh,fwbm,xmmc,zl,zh,dy,szc,hh,jzmj,tnmj,qlrmc,zjhm,bdcqzh
    坏行报告行号与原因，其他行照常导入；同一文件导入两次不改变任何数据。
    """
    from jydj.linking import LinkFileError, import_file

    started = time.monotonic()
    try:
        with closing(_connect()) as conn:
            result = import_file(conn, side, file, _operator())
    except (LinkFileError, psycopg2.Error, OSError) as exc:
        _fail(exc)
        return
    elapsed = time.monotonic() - started
    if as_json:
        click.echo(json.dumps(result.as_dict() | {"seconds": round(elapsed, 1)}, ensure_ascii=False))
        return
    for line, reason in result.errors[:SHOWN_ERRORS]:
        click.echo(f"第 {line} 行：{reason}", err=True)
    if len(result.errors) > SHOWN_ERRORS:
        click.echo(f"……另有 {len(result.errors) - SHOWN_ERRORS} 个坏行（用 --json 查看全部）", err=True)
    click.echo(
        f"{file}（{result.encoding}）：数据行 {result.rows:,}，新增 {result.new:,}，更新 {result.changed:,}，"
        f"未变 {result.same:,}，坏行 {result.bad:,}；用时 {elapsed:.1f} 秒"
    )


@link.command("run", context_settings=CONTEXT)
@click.option(
    "--min-score", type=click.IntRange(1, 40), default=None, help="自动挂接的最低证据得分（默认 12）。"
)
@click.option(
    "--min-margin", type=click.IntRange(0, 40), default=None, help="与次优候选的最小分差（默认 3）。"
)
@click.option("--json", "as_json", is_flag=True, help="以一个 JSON 对象输出结果。")
def link_run(min_score: int | None, min_margin: int | None, as_json: bool) -> None:
    """挂接一切尚未挂接的房屋与单元：精确、评分，其余生成候选交人工。"""
    from jydj.linking import run_link

    started = time.monotonic()

    def progress(step: str, title: str, result: dict[str, Any]) -> None:
        if not as_json:
            click.echo(f"  {title}：{result['n']:,}（{result['ms'] / 1000:.1f} 秒）")

    try:
        with closing(_connect()) as conn:
            summary = run_link(
                conn, _operator(), min_score=min_score, min_margin=min_margin, progress=progress
            )
    except psycopg2.Error as exc:
        _fail(exc)
        return
    elapsed = time.monotonic() - started
    if as_json:
        click.echo(json.dumps(summary | {"seconds": round(elapsed, 1)}, ensure_ascii=False))
        return
    methods = "，".join(f"{k} {v:,}" for k, v in summary["links_by_method"].items()) or "无"
    click.echo(
        f"本次新挂接 {summary['linked']:,}；挂接合计：{methods}；"
        f"未挂接房屋 {summary['unlinked_fw']:,}、单元 {summary['unlinked_dy']:,}；"
        f"候选对 {summary['candidates']:,}；用时 {elapsed:.1f} 秒"
    )


@link.command("export", context_settings=CONTEXT)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--candidates", is_flag=True, help="导出候选（fwbm,bdcdyh,score,rank,reasons）而不是挂接。")
def link_export(file: Path, candidates: bool) -> None:
    """导出挂接（fwbm,bdcdyh,score,method）或候选，UTF-8 CSV。"""
    from jydj.linking import export_candidates, export_links

    try:
        with closing(_connect()) as conn:
            n = export_candidates(conn, file) if candidates else export_links(conn, file)
    except (psycopg2.Error, OSError) as exc:
        _fail(exc)
        return
    click.echo(f"已写出 {n:,} 行到 {file}")
