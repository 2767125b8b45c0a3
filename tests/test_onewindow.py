"""一窗受理 end to end through zeep: OneWindowService, the flows of §5.2.2.3, the push outbox and its sender
against the one-window simulator (issue 7 item 6).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from typing import Any

import psycopg2
import pytest
import requests
import stagekit as sk
from apikit import add_partner
from conftest import TEMPLATE_OF
from werkzeug.serving import make_server
from zeep import Client
from zeep.exceptions import Fault
from zeep.wsse.username import UsernameToken

from api.attachments import AttachmentStore
from jydj.embedded import free_port
from jydj.onewindow.sender import Platform, Sender
from jydj.simulate.onewindow import SIGNED_PAGE, PlatformState, platform_app

pytestmark = pytest.mark.slow

SELLER = {"mc": "李四", "zjzl": "1", "zjhm": sk.person_id(3)}
BUYER = {"mc": "赵六", "zjzl": "1", "zjhm": sk.person_id(60)}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(scope="module")
def db(clone, templates) -> str:
    return clone(TEMPLATE_OF["jy"], "t_onewindow_jy")


def owned_flat(dsn: str, n: int, *, seized: bool = False, owner: dict | None = None) -> str:
    """A flat linked to its unit with a current ownership (certificate) of ``owner``, loaded the real way."""
    owner = owner or SELLER
    conn = psycopg2.connect(dsn)
    try:
        fwbm, bdcdyh = sk.linked_flat(conn, n)
        ywh = sk.new_ywh()
        sk.stage(conn, "dbjg", sk.ownership(ywh, bdcdyh, fwbm, bdcqzh=f"川（2025）达州市不动产权第{n:07d}号"))
        sk.stage(conn, "qlr", sk.party(ywh, qlrmc=owner["mc"], zjhm=owner["zjhm"]))
        if seized:
            sk.stage(conn, "dbjg", sk.seizure(sk.new_ywh(), bdcdyh, cfwh=f"（2026）川1702执{n}号"))
        sk.validate_all(conn)
        conn.commit()
    finally:
        conn.close()
    return fwbm


@pytest.fixture(scope="module")
def platform() -> Iterator[tuple[PlatformState, str]]:
    state = PlatformState("jydj", "jydj-onewindow")
    server = make_server("127.0.0.1", 0, platform_app(state), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield state, f"http://127.0.0.1:{server.server_port}/?wsdl"
    server.shutdown()


@pytest.fixture(scope="module")
def window(db: str, tmp_path_factory) -> Iterator[dict[str, Any]]:
    attachments = tmp_path_factory.mktemp("attachments")
    secret = add_partner(db, "ycsl", services=("OneWindowService", "QueryService"))
    from api.app import create_app

    app = create_app(db, attachments=attachments)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    client = Client(f"{url}/soap/OneWindowService?wsdl", wsse=UsernameToken("ycsl", secret))
    yield {
        "svc": client.service,
        "url": url,
        "secret": secret,
        "store": AttachmentStore(attachments),
        "app": app,
    }
    server.shutdown()


@pytest.fixture
def sender(db: str, window, platform) -> Sender:
    _, wsdl = platform
    return Sender(db, Platform(wsdl, "jydj", "jydj-onewindow"), window["store"])


def q(dsn: str, sql: str, args: tuple = ()) -> list[tuple]:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall() if cur.description else []


_qq = iter(range(1, 1_000_000))


def qqid() -> str:
    return f"T-{next(_qq)}"


def apply_stock_sale(svc, slbh: str, fwbm: str, **extra: Any) -> Any:
    return svc.receiveApplication(
        qqid=extra.pop("qqid", None) or qqid(),
        slbh=slbh,
        lc="CLFWQ",
        sbr=[dict(SELLER, jslx="出卖人"), dict(BUYER, jslx="买受人")],
        sbxx={"fwbm": fwbm, "htje": "650000.00", "fkfs": "一次性付款"},
        fj=[{"wjm": "申请表.pdf", "wjlx": "application/pdf", "nr": SIGNED_PAGE + slbh.encode()}],
        **extra,
    )


def deliver(sender: Sender, db: str) -> None:
    """Run the sender until nothing is due (a failed push is made due again: hours pass in a test)."""
    for _ in range(20):
        sender.run_once()
        left = q(db, "SELECT count(*) FROM ycsl.ts WHERE zt = '待发送'")[0][0]
        if left == 0:
            return
        q(db, "UPDATE ycsl.ts SET xcsj = now() WHERE zt = '待发送'")
    raise AssertionError("pushes left undelivered")


# -- 存量房网签: application → 预录 → signed page → 签约/备案/交易确定 → 登簿 ------------------------


def test_stock_sale_from_application_to_registration_with_every_step_and_push(
    db, window, platform, sender
) -> None:
    svc = window["svc"]
    state, _ = platform
    fwbm = owned_flat(db, 101)
    answer = apply_stock_sale(svc, "YC-1001", fwbm)
    assert answer.zt == "预录" and answer.htbh, answer
    assert svc.getHouseBySlbh(slbh="YC-1001")[0].fwbm == fwbm
    signed = svc.receiveSignatureImages(
        qqid=qqid(), htbh=answer.htbh, images=[{"wjm": "签字页.png", "wjlx": "image/png", "nr": PNG}]
    )
    assert signed.zt in ("已备案", "已确认"), signed
    [contract] = svc.queryContracts(htbh=answer.htbh)
    assert contract.htzt == "已备案" and contract.htbah and contract.htlx == "存量房"
    assert [c.htbh for c in svc.queryContracts(htbah=contract.htbah)] == [answer.htbh]
    assert answer.htbh in [c.htbh for c in svc.queryContracts(zjhm=BUYER["zjhm"])]
    done = svc.receiveRegistrationCompleted(
        qqid=qqid(), slbh="YC-1001", djywh="DJ2026T0001001", bdcqzh="川（2026）达州市不动产权第0099999号"
    )
    assert done.zt == "已登簿"
    progress = svc.getProgress(slbh="YC-1001")
    steps = [(s.hjmc, s.jg) for s in progress.steps]
    for expected in ("收件", "预录", "签约", "备案", "交易确定", "登簿完成"):
        assert expected in [name for name, _ in steps], steps
    assert all(s.sj is not None for s in progress.steps)
    assert [s.xh for s in progress.steps] == sorted(s.xh for s in progress.steps)
    deliver(sender, db)
    got = [(r.operation, r.jg) for r in state.of("YC-1001")]
    assert got[0] == ("pushAcceptanceResult", "受理通过")
    assert ("pushContractResult", "签约成功") in got and ("pushContractResult", "备案成功") in got
    assert got.index(("pushContractResult", "签约成功")) < got.index(("pushContractResult", "备案成功"))
    assert any(op == "pushConfirmationResult" for op, _ in got)
    # the e-contract and the signed page come back with their hashes
    files = svc.downloadContractAttachment(htbh=answer.htbh)
    econtract, page = files[0], files[-1]
    assert econtract.wjlx == "text/html" and answer.htbh.encode() in econtract.nr
    assert econtract.sha256 == hashlib.sha256(econtract.nr).hexdigest()
    assert page.wjm == "签字页.png" and page.nr == PNG and page.sha256 == hashlib.sha256(PNG).hexdigest()
    history = svc.getHouseHistory(fwbm=fwbm)
    kinds = [h.lx for h in history]
    assert kinds.index("房地产权登记") < kinds.index("存量房合同")  # oldest first
    report = svc.getPropertyReport(zjhm=SELLER["zjhm"])
    assert fwbm in [r.fwbm for r in report]


def test_the_same_application_twice_makes_one_business(db, window) -> None:
    svc = window["svc"]
    fwbm = owned_flat(db, 102)
    first = apply_stock_sale(svc, "YC-1002", fwbm, qqid="same-request")
    before = q(db, "SELECT count(*) FROM ht.clfht"), q(db, "SELECT count(*) FROM ycsl.ts")
    again = apply_stock_sale(svc, "YC-1002", fwbm, qqid="same-request")
    assert (again.slbh, again.zt, again.htbh) == (first.slbh, first.zt, first.htbh)
    assert (q(db, "SELECT count(*) FROM ht.clfht"), q(db, "SELECT count(*) FROM ycsl.ts")) == before
    with pytest.raises(Fault) as info:
        apply_stock_sale(svc, "YC-1002", fwbm)  # another request for the same 受理号
    assert info.value.code.endswith("Client.Refused") and "已收件" in info.value.message


def test_withdrawal_cancels_the_contract_and_the_business(db, window, platform, sender) -> None:
    svc = window["svc"]
    state, _ = platform
    fwbm = owned_flat(db, 103)
    answer = apply_stock_sale(svc, "YC-1003", fwbm)
    withdrawn = svc.withdrawApplication(qqid=qqid(), slbh="YC-1003", yy="申请人撤回")
    assert withdrawn.zt == "已撤件"
    [(htzt, cxyy)] = q(db, "SELECT htzt, cxyy FROM ht.clfht WHERE htbh = %s", (answer.htbh,))
    assert htzt == "已撤销" and "申请人撤回" in cxyy
    assert ("撤件", "撤件") in [(s.hjmc, s.jg) for s in svc.getProgress(slbh="YC-1003").steps]
    deliver(sender, db)
    assert ("pushAcceptanceResult", "已撤件") in [(r.operation, r.jg) for r in state.of("YC-1003")]


def test_a_seized_flat_fails_the_check_and_the_platform_is_told(db, window, platform, sender) -> None:
    svc = window["svc"]
    state, _ = platform
    fwbm = owned_flat(db, 104, seized=True)
    answer = apply_stock_sale(svc, "YC-1004", fwbm)
    assert answer.zt == "未通过" and any("查封" in r for r in answer.yy), answer
    deliver(sender, db)
    results = [(r.operation, r.jg) for r in state.of("YC-1004")]
    assert ("pushContractResult", "审核未通过") in results
    assert any("查封" in reason for r in state.of("YC-1004") for reason in r.nr.get("yy", []))


def test_a_filing_is_rejected_with_a_hold_and_accepted_again_once_released(db, window) -> None:
    svc = window["svc"]
    fwbm = owned_flat(db, 105, seized=True)
    h_id = q(db, "SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm,))[0][0]
    conn = psycopg2.connect(db)
    with conn, conn.cursor() as cur:  # a contract signed before the seizure was registered (bulk, as seeded)
        cur.execute("SET LOCAL session_replication_role = replica")
        cur.execute(
            "INSERT INTO ht.clfht (htbh, h_id, fwbm, htje, htzt, qyrq) VALUES ('CLF-HOLD-1', %s, %s, 500000,"
            " '已签约', current_date) RETURNING id",
            (h_id, fwbm),
        )
        ht_id = cur.fetchone()[0]
        cur.execute(
            "INSERT INTO ht.clfht_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm)"
            " VALUES (%s, '买受人', 1, %s, '1', %s)",
            (ht_id, BUYER["mc"], BUYER["zjhm"]),
        )
    conn.close()

    def file(request: str) -> Any:
        return svc.receiveApplication(
            qqid=request,
            slbh="YC-1005",
            lc="JYBA",
            sbr=[dict(BUYER, jslx="买受人")],
            sbxx={"fwbm": fwbm, "htbh": "CLF-HOLD-1"},
        )

    rejected = file("hold-1")
    assert rejected.zt == "已驳回" and any("查封" in r for r in rejected.yy)
    with pytest.raises(Fault) as info:
        file("hold-2")
    assert "二次受理限定" in info.value.message
    assert q(db, "SELECT ycsl.xd_jc('YC-1005', 'tester', '补正后重新受理')") == [(1,)]
    again = file("hold-3")  # processed again (and, the flat still being seized, rejected again)
    assert again.zt == "已驳回"
    assert q(db, "SELECT czr FROM audit.czrz WHERE dxzj = 'YC-1005' OR yy = '补正后重新受理'")


def test_a_mortgage_filing_with_incomplete_registration_data_goes_to_completion(db, window) -> None:
    svc = window["svc"]
    conn = psycopg2.connect(db)
    try:
        _, fwbm = sk.flat(conn, 106)  # a flat without any linked unit or ownership
        conn.commit()
    finally:
        conn.close()
    answer = svc.receiveApplication(
        qqid=qqid(),
        slbh="YC-1006",
        lc="DYBA",
        sbr=[dict(SELLER, jslx="抵押人"), {"jslx": "抵押权人", "mc": "中国建设银行股份有限公司达州分行"}],
        sbxx={
            "fwbm": fwbm,
            "dyr": SELLER["mc"],
            "dyrzjhm": SELLER["zjhm"],
            "dyqr": "中国建设银行股份有限公司达州分行",
            "bdbzzqse": "300000",
            "zwlxqssj": "2026-12-01",
            "zwlxjssj": "2046-12-01",
        },
    )
    assert answer.zt == "待完善" and answer.yy
    assert q(db, "SELECT zt FROM ycsl.wsrw WHERE slbh = 'YC-1006'") == [("待完善",)]


def test_a_complete_mortgage_filing_is_filed(db, window) -> None:
    svc = window["svc"]
    fwbm = owned_flat(db, 107)
    answer = svc.receiveApplication(
        qqid=qqid(),
        slbh="YC-1007",
        lc="DYBA",
        sbr=[dict(SELLER, jslx="抵押人")],
        sbxx={
            "fwbm": fwbm,
            "dyr": SELLER["mc"],
            "dyrzjhm": SELLER["zjhm"],
            "dyqr": "中国工商银行股份有限公司达州分行",
            "bdbzzqse": "300000",
            "zwlxqssj": "2026-12-01",
            "zwlxjssj": "2046-12-01",
        },
    )
    assert answer.zt == "已确认", answer
    assert q(
        db,
        "SELECT d.bazt FROM ht.dyba d JOIN ht.dyba_h x ON x.dyba_id = d.id JOIN lpb.h h ON h.id = x.h_id"
        " WHERE h.fwbm = %s",
        (fwbm,),
    ) == [("已备案",)]


# -- the partner down, answers lost: every push arrives exactly once ----------------------------------------


def test_pushes_arrive_exactly_once_after_the_partner_was_down_and_answers_were_lost(
    db, window, platform, sender
) -> None:
    svc = window["svc"]
    state, _ = platform
    deliver(sender, db)  # earlier tests' pushes out of the way
    state.down = True
    fwbm = owned_flat(db, 108)
    answer = apply_stock_sale(svc, "YC-1008", fwbm)
    svc.receiveSignatureImages(
        qqid=qqid(), htbh=answer.htbh, images=[{"wjm": "p.pdf", "wjlx": "application/pdf", "nr": SIGNED_PAGE}]
    )
    assert sender.run_once() == 0
    failed = q(
        db,
        "SELECT count(*), min(cs), max(xcsj) > now() FROM ycsl.ts WHERE slbh = 'YC-1008' AND zt = '待发送'",
    )
    assert failed[0][0] >= 3 and failed[0][2] is True  # waiting, next attempt later
    assert q(
        db,
        "SELECT count(*) FROM ycsl.tsrz r JOIN ycsl.ts t ON t.id = r.ts_id"
        " WHERE t.slbh = 'YC-1008' AND NOT r.cg",
    ) != [(0,)]
    state.down = False
    state.lose_answers = 2  # the platform takes the next two pushes but its answers never arrive
    deliver(sender, db)
    pushes = q(db, "SELECT 'JYDJ-' || id FROM ycsl.ts WHERE slbh = 'YC-1008' ORDER BY id")
    received = [r.qqid for r in state.of("YC-1008")]
    assert received == [p[0] for p in pushes]  # each once, in order
    assert state.duplicates >= 2  # the resent ones were recognised, not taken twice
    assert q(db, "SELECT count(*) FROM ycsl.ts WHERE slbh = 'YC-1008' AND zt <> '已送达'") == [(0,)]


# -- bad input ----------------------------------------------------------------------------------------------


def test_hostile_attachments_and_bad_fields_are_refused_naming_the_field(db, window) -> None:
    svc = window["svc"]
    fwbm = owned_flat(db, 109)
    cases = [
        ({"wjm": "../../etc/passwd.pdf", "wjlx": "application/pdf", "nr": SIGNED_PAGE}, "fj[1]（文件名）"),
        ({"wjm": "x.exe", "wjlx": "application/x-msdownload", "nr": b"MZ\x90\x00"}, "fj[1]（文件类型）"),
        ({"wjm": "fake.pdf", "wjlx": "application/pdf", "nr": b"<html>not a pdf</html>"}, "与文件内容不符"),
        ({"wjm": "a.png", "wjlx": "application/pdf", "nr": SIGNED_PAGE}, "扩展名与类型"),
    ]
    for attachment, message in cases:
        with pytest.raises(Fault) as info:
            svc.receiveApplication(
                qqid=qqid(),
                slbh="YC-BAD",
                lc="CLFWQ",
                sbr=[dict(SELLER, jslx="出卖人")],
                sbxx={"fwbm": fwbm},
                fj=[attachment],
            )
        assert info.value.code.endswith("Client.InvalidInput") and message in info.value.message
    with pytest.raises(Fault) as info:
        svc.receiveApplication(qqid=qqid(), slbh="YC-BAD", lc="XX", sbr=[], sbxx={"fwbm": fwbm})
    assert "lc（流程）" in info.value.message
    with pytest.raises(Fault) as info:
        svc.receiveApplication(
            qqid=qqid(),
            slbh="YC-BAD",
            lc="CLFWQ",
            sbr=[dict(SELLER, jslx="出卖人", zjhm="123")],
            sbxx={"fwbm": fwbm},
        )
    assert "sbr[1].zjhm（证件号码）无效" in info.value.message
    assert q(db, "SELECT count(*) FROM ycsl.sj WHERE slbh = 'YC-BAD'") == [(0,)]  # nothing half-written
    with pytest.raises(Fault) as info:
        svc.getProgress(slbh="YC-NONE")
    assert info.value.code.endswith("Client.NotFound")


def test_json_calls_use_base64_files_and_the_same_rules(db, window) -> None:
    fwbm = owned_flat(db, 110)
    import base64

    body = {
        "qqid": qqid(),
        "slbh": "YC-1010",
        "lc": "CLFWQ",
        "sbr": [dict(SELLER, jslx="出卖人"), dict(BUYER, jslx="买受人")],
        "sbxx": {"fwbm": fwbm, "htje": "600000"},
        "fj": [{"wjm": "a.pdf", "wjlx": "application/pdf", "nr": base64.b64encode(SIGNED_PAGE).decode()}],
    }
    headers = {"Authorization": f"Bearer {window['secret']}"}
    r = requests.post(
        f"{window['url']}/json/OneWindowService/receiveApplication", json=body, headers=headers, timeout=30
    )
    assert r.status_code == 200 and r.json()["result"]["zt"] == "预录", r.text
    again = requests.post(
        f"{window['url']}/json/OneWindowService/receiveApplication",
        json=body | {"qqid": "new"},
        headers=headers,
        timeout=30,
    )
    assert again.status_code == 409 and again.json()["error"]["code"] == "Client.Refused"
    progress = requests.get(
        f"{window['url']}/json/OneWindowService/getProgress",
        params={"slbh": "YC-1010"},
        headers=headers,
        timeout=30,
    ).json()["result"]
    assert [s["hjmc"] for s in progress["steps"]][:2] == ["收件", "预录"]


# -- the command line ---------------------------------------------------------------------------------------


def test_onewindow_send_once_and_the_simulator_command(db, window, platform, shared_dsns, tmp_path) -> None:
    import os
    import subprocess
    import sys
    import time

    state, wsdl = platform
    fwbm = owned_flat(db, 111)
    apply_stock_sale(window["svc"], "YC-1011", fwbm)
    home = tmp_path / "home"
    home.mkdir()
    (home / "jydj.toml").write_text(
        f'[onewindow]\nurl = "{wsdl}"\nusername = "jydj"\nattachments_dir = "{tmp_path / "att"}"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env.update(
        JYDJ_HOME=str(home),
        JYDJ_JY_DSN=db,
        JYDJ_JY_FRONT_DSN=shared_dsns["front"],
        JYDJ_DJ_FRONT_DSN=shared_dsns["front"],
        JYDJ_ONEWINDOW_SECRET="jydj-onewindow",
    )
    sent = subprocess.run(
        [sys.executable, "-m", "jydj.cli", "onewindow", "send", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert sent.returncode == 0 and "已送达" in sent.stdout, sent.stderr
    assert ("pushAcceptanceResult", "受理通过") in [(r.operation, r.jg) for r in state.of("YC-1011")]
    info = subprocess.run(
        [sys.executable, "-m", "jydj.cli", "onewindow", "info", "YC-1011"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout) == {"slbh": "YC-1011", "zt": "受理通过", "ts": 1}
    port = free_port()
    sim = subprocess.Popen(
        [sys.executable, "-m", "jydj.cli", "onewindow", "simulate", "--port", str(port), "--rate", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        for _ in range(100):
            try:
                wsdl_text = requests.get(f"http://127.0.0.1:{port}/?wsdl", timeout=2).text
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        assert "pushContractAttachments" in wsdl_text and "getBusinessInfo" in wsdl_text
    finally:
        sim.terminate()
        out, _ = sim.communicate(timeout=30)
    assert "模拟结束" in out, out


def test_the_demo_counter_brings_cases_of_all_three_flows(
    db, window, platform, sender, shared_dsns, monkeypatch
) -> None:
    import random

    from jydj.commands.onewindow import _one_case
    from jydj.simulate.onewindow import Counter

    for n in range(120, 132):
        owned_flat(db, n, owner={"mc": f"业主{n}", "zjhm": sk.person_id(n)})
    monkeypatch.setenv("JYDJ_JY_DSN", db)
    monkeypatch.setenv("JYDJ_JY_FRONT_DSN", shared_dsns["front"])
    monkeypatch.setenv("JYDJ_DJ_FRONT_DSN", shared_dsns["front"])
    counter = Counter(window["url"], "ycsl", window["secret"])
    before = dict(q(db, "SELECT lc, count(*) FROM ycsl.sj GROUP BY lc"))
    rnd = random.Random(7)
    for _ in range(12):
        assert _one_case(counter, rnd) == 1
    after = dict(q(db, "SELECT lc, count(*) FROM ycsl.sj GROUP BY lc"))
    grown = {lc for lc in ("CLFWQ", "JYBA", "DYBA") if after.get(lc, 0) > before.get(lc, 0)}
    assert grown == {"CLFWQ", "JYBA", "DYBA"}, (before, after)
    # and they went somewhere: filed, confirmed or withdrawn — none stuck with an error
    states = dict(q(db, "SELECT zt, count(*) FROM ycsl.sj WHERE slbh LIKE 'YC2%%' GROUP BY zt"))
    assert set(states) <= {"预录", "已备案", "已确认", "已撤件", "待完善", "已驳回", "未通过"}, states
    assert states.get("已确认", 0) + states.get("已备案", 0) > 0, states
    # every push of these cases reaches the platform, the filed contracts with their e-contract
    deliver(sender, db)
    state, _ = platform
    attachments = [r for r in state.received if r.operation == "pushContractAttachments"]
    assert attachments and all(r.attachments and r.attachments[0]["wjlx"] == "text/html" for r in attachments)
    assert q(db, "SELECT count(*) FROM ycsl.ts WHERE zt <> '已送达'") == [(0,)]
