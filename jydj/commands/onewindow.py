"""``jydj onewindow``: the one-window integration from the command line (docs/onewindow.md).

``send`` delivers the push outbox to the platform (``jydj run`` does it continuously), ``release`` lifts a
二次受理限定 hold, ``simulate`` runs the one-window simulator (the platform's service and a counter that
keeps applications coming) for the demo.
"""

from __future__ import annotations

import json
import logging
import random
import signal
import threading
import time
from contextlib import closing
from typing import Any

import click
import psycopg2

from jydj.commands.validate import _fail, _jy_dsn, _operator

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: The simulator's address and credentials, the platform the embedded default talks to.
SIMULATOR_PORT = 8700
SIMULATOR_USER = "jydj"
SIMULATOR_SECRET = "jydj-onewindow"
LOCAL = ["127.0.0.1/32", "::1/128"]


@click.group("onewindow", context_settings=CONTEXT)
def onewindow() -> None:
    """一窗受理：推送发件箱、二次受理限定、一窗受理平台模拟器。"""


def _sender() -> Any:
    from api.attachments import AttachmentStore
    from jydj.config import load_settings
    from jydj.errors import JydjError
    from jydj.onewindow.sender import Sender, attachments_dir, platform_from

    settings = load_settings()
    platform = platform_from(settings)
    if platform is None:
        raise JydjError("未配置一窗受理平台：在 jydj.toml 的 [onewindow] 中给出 url（WSDL 地址）与凭据")
    return Sender(_jy_dsn(), platform, AttachmentStore(attachments_dir(settings)))


@onewindow.command("send", context_settings=CONTEXT)
@click.option("--once", is_flag=True, help="只发送现在到期的推送，然后退出。")
def onewindow_send(once: bool) -> None:
    """把推送发件箱（ycsl.ts）送到一窗受理平台：失败的按指数退避重试。"""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sender = _sender()
    if once:
        click.echo(f"已送达 {sender.run_once()} 件推送")
        return
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    sender.start()
    click.echo("推送发送中（Ctrl-C 停止）")
    stop.wait()
    sender.stop()


@onewindow.command("info", context_settings=CONTEXT)
@click.argument("slbh")
def onewindow_info(slbh: str) -> None:
    """向一窗受理平台查询一窗受理号 SLBH 的业务办理信息（getBusinessInfo），以 JSON 输出。"""
    try:
        info = _sender().business_info(slbh)
    except Exception as exc:
        _fail(exc)
        return
    click.echo(json.dumps(info, ensure_ascii=False, default=str))


@onewindow.command("release", context_settings=CONTEXT)
@click.argument("slbh")
@click.option("--reason", required=True, help="解除原因（记入审计日志）。")
def onewindow_release(slbh: str, reason: str) -> None:
    """解除一窗受理号 SLBH 的二次受理限定，使其可以再次收件。"""
    from jydj.database import connect

    try:
        with closing(connect(_jy_dsn(), "jy")) as conn, conn, conn.cursor() as cur:
            cur.execute("SELECT ycsl.xd_jc(%s, %s, %s)", (slbh, _operator(), reason))
            changed = cur.fetchone()[0]
    except psycopg2.Error as exc:
        _fail(exc)
        return
    click.echo(f"已解除 {slbh} 的二次受理限定" if changed else f"{slbh} 没有二次受理限定")


# -- the simulator -----------------------------------------------------------------------------------------

CANDIDATE_SQL = """
SELECT h.fwbm, q.qlrmc, q.zjzl, q.zjhm, f.bdcqzh
  FROM djjg.fdcq f
  JOIN djjg.qlr q ON q.ywh = f.ywh AND q.sqrlb = '权利人' AND q.zjhm IS NOT NULL
  JOIN lpb.h h ON h.fwbm = coalesce(f.fwbm, (SELECT g.fwbm FROM gl.fw_dy g
                                               WHERE g.bdcdyh = f.bdcdyh AND g.zt = '有效'))
 WHERE f.qszt = '1' AND h.cfzt = 0 AND h.yyzt = 0 AND h.ygzt = 0 AND h.xzzt = 0 AND h.dyzt = 0
   AND NOT EXISTS (SELECT 1 FROM ht.clfht c WHERE c.h_id = h.id AND c.htzt IN ('草签', '已签约', '已备案'))
   AND NOT EXISTS (SELECT 1 FROM ycsl.sj s
                    WHERE s.fwbm = h.fwbm AND s.zt NOT IN ('已撤件', '已驳回', '未通过'))
 ORDER BY f.id DESC
 LIMIT 50
"""


@onewindow.command("simulate", context_settings=CONTEXT)
@click.option("--port", type=int, default=SIMULATOR_PORT, show_default=True, help="模拟平台的端口。")
@click.option("--api", "api_url", default="http://127.0.0.1:8600", show_default=True, help="web 服务。")
@click.option("--rate", type=click.FloatRange(min=0), default=0.1, show_default=True, help="每秒收件数。")
@click.option("--duration", type=float, default=None, help="运行秒数；不给时一直运行。")
def onewindow_simulate(port: int, api_url: str, rate: float, duration: float | None) -> None:
    """一窗受理平台模拟器：提供平台接口（接收推送），并像窗口一样把存量房网签件送来（收件、签字页、撤件）。"""
    from werkzeug.serving import make_server

    from jydj.simulate.onewindow import PlatformState, platform_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    state = PlatformState(SIMULATOR_USER, SIMULATOR_SECRET)
    server = make_server("127.0.0.1", port, platform_app(state), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    click.echo(f"模拟一窗受理平台：http://127.0.0.1:{port}/?wsdl")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    deadline = time.monotonic() + duration if duration else None
    counter = _counter(api_url) if rate > 0 else None
    done = 0
    while not stop.is_set() and (deadline is None or time.monotonic() < deadline):
        if counter is not None:
            try:
                done += _one_case(counter, random.Random())
            except Exception as exc:  # the demo keeps going; the reason is in the log
                logging.warning("模拟收件失败：%s", exc)
        stop.wait(1 / rate if rate > 0 else 1)
    server.shutdown()
    click.echo(f"模拟结束：送件 {done} 件；平台收到推送 {len(state.received)} 件（重复 {state.duplicates}）")


def _counter(api_url: str) -> Any:
    """A counter signed in with a partner of its own (made once, its secret kept in var/)."""
    from api.auth import digest_of, new_secret
    from jydj.config import load_settings
    from jydj.database import connect
    from jydj.simulate.onewindow import Counter

    settings = load_settings()
    path = settings.var_dir / "onewindow-counter.json"
    if path.exists():
        creds = json.loads(path.read_text(encoding="utf-8"))
    else:
        creds = {"username": "ycsl-counter", "secret": new_secret()}
        with closing(connect(_jy_dsn(), "jy")) as conn, conn, conn.cursor() as cur:
            cur.execute(
                "SELECT jk.hzf_xz(%s, '一窗受理平台（模拟）', %s, %s, %s, 'cli:onewindow-simulate', 'cli')",
                (creds["username"], digest_of(creds["secret"]), LOCAL, ["OneWindowService"]),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(creds), encoding="utf-8")
        path.chmod(0o600)
    for _ in range(60):  # the web services may still be starting
        try:
            return Counter(api_url, creds["username"], creds["secret"])
        except Exception:
            time.sleep(2)
    return Counter(api_url, creds["username"], creds["secret"])


def _one_case(counter: Any, rnd: random.Random) -> int:
    """One case through the window, in all three flows: a stock-house sale (存量房网签) that is signed and
    filed, or withdrawn, or filed through a distributed 交易备案 case; or a mortgage filing (抵押备案)."""
    from jydj.database import connect

    with closing(connect(_jy_dsn(), "jy")) as conn, conn.cursor() as cur:
        cur.execute(CANDIDATE_SQL)
        rows = cur.fetchall()
    if not rows:
        return 0
    fwbm, owner, zjzl, zjhm, _bdcqzh = rnd.choice(rows)
    slbh = counter.new_slbh()
    seller = {"mc": owner, "zjzl": zjzl or "1", "zjhm": zjhm}
    if rnd.random() < 0.15:  # 抵押备案: the owner mortgages the flat to a bank
        counter.mortgage(slbh, fwbm, seller)
        return 1
    buyer = {"mc": "模拟买受人", "zjzl": "1", "zjhm": _random_sfzh(rnd)}
    answer = counter.stock_sale(slbh, fwbm, [seller], [buyer], f"{rnd.randrange(300, 1500) * 1000}.00")
    if answer.zt != "预录":
        return 1
    draw = rnd.random()
    if draw < 0.1:
        counter.withdraw(slbh, "申请人撤回申请")
    elif draw < 0.3:  # the drafted contract comes back as a distributed filing case (交易备案)
        counter.file_contract(slbh + "B", fwbm, answer.htbh, [buyer])
    else:
        counter.sign(answer.htbh)
    return 1


def _random_sfzh(rnd: random.Random) -> str:
    import datetime as dt

    from jydj.codes import make_sfzh

    birth = dt.date(1970, 1, 1) + dt.timedelta(days=rnd.randrange(12000))
    return make_sfzh("511702", birth, rnd.randrange(1, 999))
