"""``jydj guard``: 交易安全 (seed §3.2.1, §5.2.1.3) from the command line.

``check`` runs the read-only check ``aq.jc_fw`` on one flat, ``override`` grants a one-time override
(``aq.fx_sq``, needs the role ``jydj_aq_fx``), ``consent`` records a mortgagee's consent (``aq.dyty_dj``).
The guards themselves are deferred constraint triggers on the contracts and mortgage filings
(docs/guards.md); this module only calls the procedures and prints.
"""

from __future__ import annotations

import json
from contextlib import closing
from typing import Any

import click
import psycopg2

from jydj.commands.validate import _fail, _jy_dsn, _operator

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Transaction kinds a flat is checked for, with their Chinese names.
KINDS: dict[str, str] = {"spfht": "商品房合同", "clfht": "存量房合同", "dyba": "抵押备案"}


def _connect():
    from jydj.database import connect

    return connect(_jy_dsn(), "jy")


def check_flat(conn, fwbm: str, kinds: list[str], zjhm: list[str]) -> dict[str, Any]:
    """``aq.jc_fw`` for one flat and each kind, in a read-only transaction (rolled back)."""
    conn.set_session(readonly=True)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm,))
            row = cur.fetchone()
            if row is None:
                raise click.ClickException(f"房屋编码 {fwbm} 不在楼盘表中")
            h_id = row[0]
            results: dict[str, list[dict[str, str]]] = {}
            for kind in kinds:
                cur.execute(
                    "SELECT gzbm, gzmc, xx FROM aq.jc_fw(%s, %s, NULL, %s::text[]) ORDER BY gzbm",
                    (kind, h_id, zjhm),
                )
                results[kind] = [{"gzbm": g, "gzmc": m, "xx": x} for g, m, x in cur.fetchall()]
    finally:
        conn.rollback()
        conn.set_session(readonly=False)
    return {
        "fwbm": fwbm,
        "h_id": h_id,
        "zjhm": zjhm,
        "passed": not any(results.values()),
        "results": results,
    }


@click.group("guard", context_settings=CONTEXT)
def guard() -> None:
    """交易安全（seed §3.2.1）：签约、备案、抵押备案前对房屋的校验，放行与抵押权人同意。

    \b
    校验由数据库中合同与抵押备案上的触发器在提交时强制执行（规则见 aq.gz，说明见 docs/guards.md）；
    这里的 check 只读地预查一户，override 登记一次性放行，consent 登记抵押权人同意。
    """


@guard.command("check", context_settings=CONTEXT)
@click.option("--fwbm", required=True, help="房屋编码。")
@click.option(
    "--lx",
    type=click.Choice(list(KINDS)),
    help="业务种类：spfht 商品房合同、clfht 存量房合同、dyba 抵押备案（默认三种都查）。",
)
@click.option(
    "--zjhm", multiple=True, help="受让方证件号码（买受人或抵押人；可重复），用于预告登记规则 AQ04。"
)
@click.option("--json", "as_json", is_flag=True, help="以一个 JSON 对象输出结果。")
def check(fwbm: str, lx: str | None, zjhm: tuple[str, ...], as_json: bool) -> None:
    """只读地校验一户房屋：列出不通过的规则与原因。

    \b
    退出码：0 全部通过；1 有不通过的规则；2 参数或数据库错误。
    """
    kinds = [lx] if lx else list(KINDS)
    try:
        with closing(_connect()) as conn:
            result = check_flat(conn, fwbm, kinds, list(zjhm))
    except psycopg2.Error as exc:
        _fail(exc)
        return
    except click.ClickException as exc:
        click.echo(f"错误：{exc.message}", err=True)
        raise SystemExit(2) from None
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        for kind, violations in result["results"].items():
            click.echo(f"房屋 {fwbm}（{KINDS[kind]}）：{'不通过' if violations else '通过'}")
            for v in violations:
                click.echo(f"  {v['gzbm']} {v['gzmc']}：{v['xx']}")
    raise SystemExit(0 if result["passed"] else 1)


@guard.command("override", context_settings=CONTEXT)
@click.argument("rule")
@click.option("--lx", type=click.Choice(list(KINDS)), required=True, help="对象类型。")
@click.option("--bh", required=True, help="对象编号：合同编号（spfht/clfht）或抵押备案号（dyba）。")
@click.option("--fwbm", required=True, help="房屋编码。")
@click.option("--czr", help="放行人（默认 cli:登录用户名）。")
@click.option("--reason", "-m", required=True, help="放行原因（必填，记入操作日志）。")
@click.option(
    "--hours",
    type=click.IntRange(1, 24 * 30),
    default=24,
    show_default=True,
    help="有效小时数（过期未用即失效）。",
)
def override(rule: str, lx: str, bh: str, fwbm: str, czr: str | None, reason: str, hours: int) -> None:
    """登记一次性放行：RULE（如 AQ02）对这一合同或抵押备案在这一户上通过一次。

    \b
    须以 jydj_aq_fx 角色成员的数据库用户连接（GRANT jydj_aq_fx TO 用户）；记操作日志。
    """
    try:
        with closing(_connect()) as conn, conn.cursor() as cur:
            cur.execute("SELECT set_config('jydj.ly', 'cli', true)")
            cur.execute(
                "SELECT aq.fx_sq(%s, %s, %s, %s, %s, %s, %s * interval '1 hour')",
                (rule, lx, bh, fwbm, czr or _operator(), reason, hours),
            )
            fx_id = cur.fetchone()[0]
            cur.execute("SELECT gzbm, yxq FROM aq.fx WHERE id = %s", (fx_id,))
            gzbm, yxq = cur.fetchone()
            conn.commit()
    except psycopg2.Error as exc:
        _fail(exc)
        return
    until = f"{yxq:%Y-%m-%d %H:%M:%S%z}"
    click.echo(f"已登记放行 {fx_id}：规则 {gzbm}，{KINDS[lx]} {bh}，房屋 {fwbm}，有效至 {until}（只用一次）")


@guard.command("consent", context_settings=CONTEXT)
@click.option("--fwbm", required=True, help="房屋编码。")
@click.option("--htbh", required=True, help="所同意的转让合同编号。")
@click.option("--dyqr", required=True, help="抵押权人名称（与抵押所记一致）。")
@click.option("--dyzmh", help="不动产登记证明号或抵押备案号（可选；填写时也按它匹配抵押）。")
@click.option("--czr", help="经办人（默认 cli:登录用户名）。")
@click.option("--reason", "-m", required=True, help="说明：同意书文号或材料（必填，记入操作日志）。")
def consent(fwbm: str, htbh: str, dyqr: str, dyzmh: str | None, czr: str | None, reason: str) -> None:
    """登记抵押权人同意转让（民法典第四百零六条）：该户该合同的 AQ05 对这一抵押权人通过。"""
    try:
        with closing(_connect()) as conn, conn.cursor() as cur:
            cur.execute("SELECT set_config('jydj.ly', 'cli', true)")
            cur.execute(
                "SELECT aq.dyty_dj(%s, %s, %s, %s, %s, %s)",
                (fwbm, htbh, dyqr, dyzmh, czr or _operator(), reason),
            )
            ty_id = cur.fetchone()[0]
            conn.commit()
    except psycopg2.Error as exc:
        _fail(exc)
        return
    click.echo(f"已登记抵押权人同意 {ty_id}：房屋 {fwbm}，合同 {htbh}，抵押权人 {dyqr}")
