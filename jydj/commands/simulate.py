"""``jydj simulate``: the partner simulators for the demo and tests (docs/simulate.md)."""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType

import click

from jydj.config import Settings, load_settings
from jydj.database import cluster_of
from jydj.errors import JydjError
from jydj.simulate import SIDES, Simulation, describe

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _ensure_cluster(settings: Settings) -> None:
    """With the embedded default the cluster must exist; it is started when it is not running."""
    if not settings.embedded:
        return
    cluster = cluster_of(settings)
    if not cluster.initialized:
        raise JydjError(f"内置数据库集群尚未初始化（{cluster.root}），请先运行 jydj init")
    if cluster.start():
        click.echo(f"已启动内置数据库集群（端口 {cluster.info().port}）")


@click.command(context_settings=CONTEXT)
@click.option(
    "--rate",
    "-r",
    type=click.FloatRange(min=0, min_open=True),
    default=2.0,
    show_default=True,
    help="交易端每秒办结的业务数。",
)
@click.option(
    "--duration",
    "-d",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="运行秒数；不给时一直运行，直到 Ctrl-C 或 SIGTERM。",
)
@click.option(
    "--side",
    type=click.Choice(SIDES),
    default="both",
    show_default=True,
    help="模拟哪一方：housing 交易端（在 jy 办结业务），registration 登记端"
    "（读 dj_front.share_jy，写登簿结果），both 两方。",
)
@click.option(
    "--seed",
    "-s",
    "seed_value",
    type=int,
    default=None,
    help="随机种子：数据相同、种子相同时，交易端办理的业务相同；不给时每次不同。",
)
def simulate(rate: float, duration: float | None, side: str, seed_value: int | None) -> None:
    """模拟合作方（演示与测试用）。

    交易端：在 jy 中办结业务（商品房合同备案、交易确认、抵押备案、行政限制设立与解除）。

    登记端：读取 dj_front.share_jy，写入 dj_front.share_dj（预告、转移、预抵押、抵押权登簿结果）。

    数据经 S1–S4 流转（需另开 jydj run）。每分钟打印一行计数；Ctrl-C 或 SIGTERM 时办完手上的业务后退出。
    """
    try:
        settings = load_settings()
        _ensure_cluster(settings)
        stop = threading.Event()

        def _stop(signum: int, _frame: FrameType | None) -> None:
            click.echo(f"收到信号 {signal.Signals(signum).name}，办完当前业务后停止……")
            stop.set()

        previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        sim = Simulation(settings, rate=rate, side=side, seed=seed_value, report=click.echo, stop=stop)
        try:
            sim.open()
            who = {"housing": "交易端", "registration": "登记端", "both": "交易端与登记端"}[side]
            pace = f"，每秒 {rate:g} 件" if side != "registration" else ""
            until = f"，运行 {duration:g} 秒" if duration is not None else "，Ctrl-C 停止"
            seeded = f"，种子 {seed_value}" if seed_value is not None else ""
            click.echo(f"开始模拟{who}{pace}{seeded}{until}")
            counts = sim.run(duration)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        click.echo(f"模拟结束：{describe(counts, None, side)}")
    except JydjError as exc:
        click.echo(f"错误：{exc}", err=True)
        sys.exit(exc.exit_code)


if __name__ == "__main__":  # pragma: no cover
    simulate()
