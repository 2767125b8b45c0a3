"""The ``jydj`` command line (命令名为英文，帮助与提示为中文)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from jydj import __version__
from jydj.config import DATABASES, Settings, load_settings
from jydj.database import cluster_of, dsn_of
from jydj.errors import JydjError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _say(text: str) -> None:
    click.echo(text)


def reports_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a JydjError into one Chinese line on stderr and its exit code, without a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except JydjError as exc:
            click.echo(f"错误：{exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def _settings() -> Settings:
    return load_settings()


def ensure_running(settings: Settings) -> None:
    """With the embedded default, make sure the cluster exists and runs; configured DSNs need nothing."""
    if not settings.embedded:
        return
    cluster = cluster_of(settings)
    if not cluster.initialized:
        raise JydjError(f"内置数据库集群尚未初始化（{cluster.root}），请先运行 jydj init")
    if cluster.start():
        _say(f"已启动内置数据库集群（端口 {cluster.info().port}）")


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", message="jydj %(version)s")
def main() -> None:
    """房产交易与不动产登记协同共享平台（jydj）命令行。

    未配置数据库连接串时，jydj 使用内置的 PostgreSQL 集群（目录 var/pg）；
    在 jydj.toml 或环境变量 JYDJ_JY_DSN、JYDJ_JY_FRONT_DSN、JYDJ_DJ_FRONT_DSN 中配置后，改用外部数据库。
    """


@main.command(context_settings=CONTEXT)
@reports_errors
def init() -> None:
    """初始化：启动内置集群（如需），建库 jy、jy_front、dj_front，迁移并安装过程与触发器。可重复运行。"""
    from jydj.migrate import ensure_databases, migrate_all

    settings = _settings()
    if settings.embedded:
        cluster = cluster_of(settings)
        if cluster.init():
            _say(f"已创建内置数据库集群：{cluster.root}")
        if cluster.start():
            _say(f"已启动内置数据库集群：127.0.0.1:{cluster.info().port}")
        else:
            _say(f"内置数据库集群运行中：127.0.0.1:{cluster.info().port}")
        created = ensure_databases(cluster.uri("postgres"))
        if created:
            _say("已创建数据库：" + "、".join(created))
    migrate_all(settings, _say)
    _say("初始化完成。查看状态：jydj status")


@main.command(context_settings=CONTEXT)
@reports_errors
def stop() -> None:
    """停止后台运行的平台进程（jydj start 启动的），再停止内置数据库集群（外部数据库不受影响）。"""
    from jydj.background import stop_all

    settings = _settings()
    for line in stop_all(settings):
        _say(line)
    if not settings.embedded:
        _say("使用的是配置的外部数据库，jydj 不负责启停。")
        return
    cluster = cluster_of(settings)
    if cluster.initialized and cluster.stop():
        _say("内置数据库集群已停止。")
    else:
        _say("内置数据库集群未在运行。")


@main.command(context_settings=CONTEXT)
@click.option(
    "--simulate/--no-simulate",
    default=True,
    show_default=True,
    help="同时启动模拟业务（房管与不动产登记两侧），让演示中一直有数据流动。",
)
@click.option("--rate", type=float, default=2.0, show_default=True, help="模拟业务的速率（笔/秒）。")
@reports_errors
def start(simulate: bool, rate: float) -> None:
    """在后台启动平台（jydj run：数据流、定时任务、指标），可选地同时启动模拟业务；jydj stop 停止。"""
    from jydj.background import start_all

    settings = _settings()
    ensure_running(settings)
    for line in start_all(settings, simulate=simulate, rate=rate):
        _say(line)


@main.command(context_settings=CONTEXT)
@click.argument("name", type=click.Choice(DATABASES))
@reports_errors
def dsn(name: str) -> None:
    """打印数据库 NAME 的连接串，例如：psql "$(jydj dsn jy)"。"""
    click.echo(dsn_of(_settings(), name))


@main.command(context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@click.option("--exact", is_flag=True, help="精确计数（count(*)，大库较慢）；默认用统计信息估算。")
@reports_errors
def status(as_json: bool, exact: bool) -> None:
    """平台状态：数据库、服务器版本、按表组的行数。"""
    from jydj import status as status_mod

    result = status_mod.collect(_settings(), exact=exact)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(status_mod.render_text(result))
    if not status_mod.all_reachable(result):
        sys.exit(3)


@main.command(context_settings=CONTEXT)
@click.option("--households", "-n", type=click.IntRange(1, 10_000_000), required=True, help="生成的户数。")
@click.option(
    "--seed",
    "-s",
    "seed_value",
    type=int,
    default=1,
    show_default=True,
    help="随机种子（同一种子结果相同）。",
)
@click.option("--replace", is_flag=True, help="先清空已有的演示数据再生成。")
@click.option("--if-empty", is_flag=True, help="已有数据时什么也不做（make demo 用）。")
@reports_errors
def seed(households: int, seed_value: int, replace: bool, if_empty: bool) -> None:
    """生成达州市合成演示数据（楼盘表、合同、备案、抵押、查封、登记方记录），用 COPY 装载。"""
    from jydj.seed.load import load_seed

    settings = _settings()
    ensure_running(settings)
    stats = load_seed(
        settings, households=households, seed=seed_value, replace=replace, if_empty=if_empty, report=_say
    )
    if stats.skipped:
        return
    _say(
        f"完成：{stats.households:,} 户，{stats.rows:,} 行，用时 {stats.seconds:.1f} 秒"
        f"（{stats.households / max(stats.seconds, 1e-9):,.0f} 户/秒）"
    )


@main.command(context_settings=CONTEXT)
@click.option(
    "--streams", "stream_names", default="S1,S2,S3,S4", show_default=True, help="要启动的流，逗号分隔。"
)
@click.option("--no-scheduler", is_flag=True, help="不启动定时任务（另一个 jydj run 已在运行它们时）。")
@click.option(
    "--metrics-port",
    type=int,
    default=9464,
    show_default=True,
    envvar="JYDJ_METRICS_PORT",
    help="Prometheus /metrics 端口（只监听 127.0.0.1；0 表示不开）。",
)
@click.option(
    "--api-port",
    type=int,
    default=None,
    envvar="JYDJ_API_PORT",
    help="web 服务端口（jydj serve，gunicorn 子进程；默认 [api] port 或 8600；0 表示不开）。",
)
@reports_errors
def run(stream_names: str, no_scheduler: bool, metrics_port: int, api_port: int | None) -> None:
    """启动平台：数据流 S1–S4（Debezium）、定时任务与 web 服务。Ctrl-C 或 SIGTERM 时干净地停止。"""
    import logging
    import signal
    import subprocess

    from connector.runner import Runner
    from connector.streams import STREAMS
    from jydj.config import DATABASES as ALL_DATABASES

    names = [n.strip().upper() for n in stream_names.split(",") if n.strip()]
    unknown = [n for n in names if n not in STREAMS]
    if unknown:
        raise JydjError(f"未知的流：{'、'.join(unknown)}；可选：{'、'.join(STREAMS)}")
    settings = _settings()
    ensure_running(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    dsns = {name: dsn_of(settings, name) for name in ALL_DATABASES}
    log_dir = settings.var_dir / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    runner = Runner(dsns, names, log_file=log_dir / "connector.log")

    def _stop(signum, _frame) -> None:
        _say(f"收到信号 {signal.Signals(signum).name}，正在停止……")
        runner.stop()

    if metrics_port:  # first: a taken port must fail before any engine (and its JVM threads) starts
        from connector.metrics import serve as serve_metrics

        try:
            serve_metrics(settings, metrics_port)
        except OSError as exc:
            raise JydjError(
                f"无法在 127.0.0.1:{metrics_port} 提供 /metrics：{exc}（用 --metrics-port 换端口）"
            ) from None
    scheduler = None
    if not no_scheduler:
        from scheduler.service import start as start_scheduler

        scheduler = start_scheduler(settings)
    web = None
    if api_port is None:
        api_port = int(settings.api.get("port", 8600))
    if api_port:
        # a child process: gunicorn forks its workers, which must not happen in a process holding a JVM
        web_log = (log_dir / "serve.log").open("ab")
        web = subprocess.Popen(
            [sys.executable, "-m", "jydj.cli", "serve", "--port", str(api_port)],
            stdout=web_log,
            stderr=subprocess.STDOUT,
        )
    sender = None
    if not no_scheduler:  # the process that runs the jobs also delivers the one-window pushes
        from api.attachments import AttachmentStore
        from jydj.onewindow.sender import Sender, attachments_dir, platform_from

        platform = platform_from(settings)
        if platform is not None:
            sender = Sender(dsns["jy"], platform, AttachmentStore(attachments_dir(settings)))
            sender.start()
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    runner.start()
    # Once more after the JVM has started, in case it claimed the signals despite -Xrs.
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    _say(f"已启动数据流：{'、'.join(names)}（日志 {log_dir / 'connector.log'}）；Ctrl-C 停止")
    if metrics_port:
        _say(f"指标：http://127.0.0.1:{metrics_port}/metrics")
    if web is not None:
        host = settings.api.get("host", "127.0.0.1")
        _say(f"web 服务：http://{host}:{api_port}/soap/QueryService?wsdl（日志 {log_dir / 'serve.log'}）")
    runner.wait()
    if scheduler is not None:
        scheduler.shutdown(wait=False)
    if sender is not None:
        sender.stop()
    if web is not None:
        web.terminate()
        try:
            web.wait(timeout=20)
        except subprocess.TimeoutExpired:
            web.kill()
    runner.stop()
    _say("已停止。")
    sys.stdout.flush()
    sys.stderr.flush()
    # The engines are closed and their offsets flushed; the JVM may still hold non-daemon threads that
    # would keep the process alive, so leave without waiting for it.
    os._exit(0)


@main.group(context_settings=CONTEXT)
def jobs() -> None:
    """定时任务（APScheduler，任务表在 jy 的 jh.dsrw）：查看、立即运行、暂停、恢复。"""


@jobs.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@reports_errors
def jobs_list(as_json: bool) -> None:
    """列出定时任务：cron、下次运行、是否暂停、最近一次运行。"""
    from scheduler.service import list_jobs

    settings = _settings()
    ensure_running(settings)
    rows = list_jobs(settings)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        state = "已暂停" if r["paused"] else f"下次 {r['next_run_at']}"
        last = f"最近 {r['last_run_at']} {r['last_status']}" if r["last_run_at"] else "尚未运行"
        click.echo(f"{r['name']:<20} {r['cron']:<14} {state:<36} {last}  {r['title']}")


@jobs.command("run", context_settings=CONTEXT)
@click.argument("name")
@reports_errors
def jobs_run(name: str) -> None:
    """立即运行任务 NAME（在本进程中，记入任务运行记录）。"""
    from scheduler.jobs import run_job

    settings = _settings()
    ensure_running(settings)
    result = run_job(name, settings)
    click.echo(json.dumps(result, ensure_ascii=False, default=str))


@jobs.command("pause", context_settings=CONTEXT)
@click.argument("name")
@reports_errors
def jobs_pause(name: str) -> None:
    """暂停任务 NAME（重启 jydj run 后仍保持暂停）。"""
    from scheduler.service import set_paused

    settings = _settings()
    ensure_running(settings)
    set_paused(settings, name, True)
    _say(f"已暂停定时任务 {name}")


@jobs.command("resume", context_settings=CONTEXT)
@click.argument("name")
@reports_errors
def jobs_resume(name: str) -> None:
    """恢复任务 NAME。"""
    from scheduler.service import set_paused

    settings = _settings()
    ensure_running(settings)
    next_run = set_paused(settings, name, False)
    _say(f"已恢复定时任务 {name}，下次运行 {next_run}")


@main.group(context_settings=CONTEXT)
def db() -> None:
    """数据库维护：迁移、重置、SQL 检查、结构快照。"""


@db.command("migrate", context_settings=CONTEXT)
@reports_errors
def db_migrate() -> None:
    """把三个数据库迁移到最新版本，并重新安装过程与触发器。"""
    from jydj.migrate import migrate_all

    settings = _settings()
    ensure_running(settings)
    migrate_all(settings, _say)


@db.command("reset", context_settings=CONTEXT)
@click.option("--yes", is_flag=True, help="不再询问，直接重置。")
@reports_errors
def db_reset(yes: bool) -> None:
    """清空并重建三个数据库（所有数据都会删除！）。"""
    from jydj.background import stop_all
    from jydj.migrate import (
        downgrade_database,
        drop_databases,
        ensure_databases,
        migrate_all,
        remove_stream_objects,
    )

    settings = _settings()
    ensure_running(settings)
    if not yes:
        click.confirm("将删除 jy、jy_front、dj_front 中的全部数据并重建，确定吗？", abort=True)
    for line in stop_all(settings):
        _say(line)
    for name in DATABASES:  # replication slots would keep WAL, and block dropping the database
        removed = remove_stream_objects(dsn_of(settings, name), name)
        if removed:
            _say(f"数据库 {name}：已删除复制槽与发布 {'、'.join(removed)}")
    if settings.embedded:
        cluster = cluster_of(settings)
        drop_databases(cluster.uri("postgres"))
        ensure_databases(cluster.uri("postgres"))
        _say("已删除并重新创建数据库：" + "、".join(DATABASES))
    else:
        for name in DATABASES:
            downgrade_database(dsn_of(settings, name), name)
            _say(f"数据库 {name}：已回退到空库")
    migrate_all(settings, _say)
    _say("重置完成。")


@db.command("lint", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def db_lint(paths: tuple[str, ...]) -> None:
    """检查 SQL 文件是否在 openGauss 兼容子集内（默认检查 db/ 目录）。"""
    from jydj.sqllint import main as lint_main

    sys.exit(lint_main(list(paths)))


@db.command("snapshot", context_settings=CONTEXT)
@click.option("--check", is_flag=True, help="只比较，不写文件；有差异时退出码为 1。")
@reports_errors
def db_snapshot(check: bool) -> None:
    """由迁移和过程文件重建空库，生成（或核对）db/schema/ 下的结构快照。"""
    from jydj.snapshot import build_snapshots

    settings = _settings()
    ensure_running(settings)
    if not settings.embedded:
        raise JydjError("结构快照需要内置数据库集群（它会创建和删除临时数据库）")
    ok = build_snapshots(cluster_of(settings).uri("postgres"), write=not check, report=_say)
    if not ok:
        sys.exit(1)


def _register_commands() -> None:
    """Commands that live in modules of their own (jydj/commands/)."""
    from jydj.commands.correct import correct
    from jydj.commands.guard import guard
    from jydj.commands.link import link
    from jydj.commands.onewindow import onewindow
    from jydj.commands.partner import partner
    from jydj.commands.reconcile import reconcile
    from jydj.commands.serve import serve
    from jydj.commands.simulate import simulate
    from jydj.commands.user import user
    from jydj.commands.validate import validate

    main.add_command(correct)
    main.add_command(guard)
    main.add_command(link)
    main.add_command(onewindow)
    main.add_command(partner)
    main.add_command(reconcile)
    main.add_command(serve)
    main.add_command(simulate)
    main.add_command(user)
    main.add_command(validate)


_register_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
