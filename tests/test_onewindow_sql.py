"""一窗受理 in the database (docs/onewindow.md「数据库：表与过程」): the procedures of schema ``ycsl``
end to end — 存量房网签 (收件 → 预录 → 签字页 → 签约/备案/交易确定), 交易备案 (前置收件, 自动转入,
驳回 with the 二次受理限定 hold), 抵押备案 (权属数据完善, 自动转入, a guard refusal), 撤件, 登簿完成,
idempotent requests, the push outbox
(claiming in order per 受理号, backoff, giving up) and the input errors.

Every test commits on a fresh database of its own (``make_db``): the guards fire at commit or, inside the
procedures, at ``SET CONSTRAINTS ALL IMMEDIATE``; registration data arrives the real way (staged through S4,
validated and loaded: ``stagekit``).
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from typing import Any

import psycopg2
import pytest
from stagekit import (
    linked_flat,
    new_ywh,
    objection,
    one,
    ownership,
    party,
    person_id,
    q,
    release,
    seizure,
    stage,
    validate_all,
)

from jydj.codes import make_uscc

SELLER = ("李四", person_id(3))
BUYER = ("王五", person_id(5))
BANK = ("中国建设银行股份有限公司达州分行", make_uscc("9", "1", "511700", "MA62A0001"))
DEVELOPER = ("达州凤凰房地产开发有限公司", make_uscc("9", "1", "511700", "MA62A0009"))
FJ = [{"wjm": "qzy-1.jpg", "wjlx": "image/jpeg", "dx": 20480, "sha256": "a" * 64}]
_flat_no = itertools.count(300)
_slbh = itertools.count(1)
_qq = itertools.count(1)

# ----------------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------------


@pytest.fixture
def db(make_db) -> str:
    return make_db("jy")


@contextmanager
def tx(dsn: str) -> Iterator[Any]:
    conn = psycopg2.connect(dsn)
    try:
        yield conn
        conn.commit()
    finally:
        conn.rollback()
        conn.close()


def call(dsn: str, sql: str, *args: Any) -> Any:
    """One committed call; returns the first column of the first row."""
    with tx(dsn) as c:
        return one(c, sql, args)


def fails(dsn: str, sql: str, *args: Any, detail: str | None = None) -> str:
    """The call must raise P0001; returns its Chinese message."""
    with closing(psycopg2.connect(dsn)) as c:
        with pytest.raises(psycopg2.Error) as err:
            one(c, sql, args)
        c.rollback()
    assert err.value.pgcode == "P0001", err.value
    if detail is not None:
        assert err.value.diag.message_detail == detail, err.value.diag.message_detail
    return err.value.diag.message_primary


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def qqid() -> str:
    return f"Q-{os.getpid()}-{next(_qq)}"


def new_slbh() -> str:
    return f"YCSL-{os.getpid()}-{next(_slbh):04d}"


def receive(dsn: str, slbh: str, lc: str, sbxx: dict, sbr: list | None = None, request: str | None = None):
    return call(
        dsn,
        "SELECT ycsl.sj_js(%s, %s, %s, %s::jsonb, %s::jsonb, %s)",
        slbh,
        lc,
        request or qqid(),
        dumps(sbr),
        dumps(sbxx),
        "测试窗口",
    )


def sign(dsn: str, htbh: str, fj: list | None = None, request: str | None = None):
    return call(
        dsn, "SELECT ycsl.qmy_js(%s, %s, %s::jsonb, %s)", htbh, request or qqid(), dumps(fj or FJ), "测试"
    )


def withdraw(dsn: str, slbh: str, reason: str = "申请人撤回申请", request: str | None = None):
    return call(dsn, "SELECT ycsl.cj(%s, %s, %s, %s)", slbh, reason, request or qqid(), "测试")


def registered(
    dsn: str, slbh: str | None, djywh: str | None, dbxx: dict | None = None, request: str | None = None
):
    return call(
        dsn,
        "SELECT ycsl.dbwc(%s, %s, %s, %s::jsonb, %s)",
        slbh,
        djywh,
        request or qqid(),
        dumps(dbxx),
        "测试",
    )


def sale_parties(seller=SELLER, buyer=BUYER) -> list[dict]:
    return [
        {"jslx": "出卖人", "mc": seller[0], "zjzl": "1", "zjhm": seller[1], "dh": "13800000001"},
        {"jslx": "买受人", "mc": buyer[0], "zjzl": "身份证", "zjhm": buyer[1], "dh": "13800000002"},
    ]


def load(dsn: str, *images: dict[str, Any]) -> None:
    with tx(dsn) as c:
        for image in images:
            stage(c, "qlr" if "sqrlb" in image else "dbjg", image)
        res = validate_all(c)
        assert res["unqualified"] == 0, q(c, "SELECT lybm, lyzj, jyjg FROM stg.djsj WHERE jyzt = '不合格'")


def new_flat(dsn: str) -> tuple[int, str, str]:
    """A coded flat linked to a fresh unit, committed: (h_id, fwbm, bdcdyh)."""
    with tx(dsn) as c:
        fwbm, dy = linked_flat(c, next(_flat_no))
        h_id = one(c, "SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm,))
    return h_id, fwbm, dy


def owned_flat(dsn: str, owner: tuple[str, str] = SELLER, **kw: Any) -> tuple[int, str, str, str]:
    """A flat with a current ownership held by ``owner``: (h_id, fwbm, bdcdyh, 登记业务号)."""
    h, fwbm, dy = new_flat(dsn)
    own = new_ywh()
    load(dsn, ownership(own, dy, fwbm, **kw), party(own, qlrmc=owner[0], zjhm=owner[1]))
    return h, fwbm, dy, own


def signed_contract(dsn: str, kind: str, h_id: int, fwbm: str, htbh: str, htzt: str = "已签约") -> int:
    """A contract signed outside the one-window (the transaction system), committed through the guards."""
    seller = DEVELOPER if kind == "spfht" else SELLER
    with tx(dsn) as c:
        ht = one(
            c,
            f"INSERT INTO ht.{kind} (htbh, h_id, fwbm, htje, htzt, qyrq) VALUES (%s, %s, %s, 880000, %s,"
            " CASE WHEN %s = '草签' THEN NULL ELSE current_date END) RETURNING id",
            (htbh, h_id, fwbm, htzt, htzt),
        )
        q(
            c,
            f"INSERT INTO ht.{kind}_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm) VALUES"
            " (%s, '出卖人', 1, %s, %s, %s), (%s, '买受人', 1, %s, '1', %s) RETURNING id",
            (ht, seller[0], "8" if kind == "spfht" else "1", seller[1], ht, *BUYER),
        )
    return ht


def steps(dsn: str, slbh: str) -> list[tuple[str, str]]:
    with tx(dsn) as c:
        return q(c, "SELECT hjmc, jg FROM ycsl.bz WHERE slbh = %s ORDER BY xh", (slbh,))


def step_notes(dsn: str, slbh: str) -> dict[str, str]:
    with tx(dsn) as c:
        return dict(q(c, "SELECT hjmc, sm FROM ycsl.bz WHERE slbh = %s ORDER BY xh", (slbh,)))


def pushes(dsn: str, slbh: str) -> list[tuple[str, dict]]:
    with tx(dsn) as c:
        return q(c, "SELECT cz, nr FROM ycsl.ts WHERE slbh = %s ORDER BY id", (slbh,))


def year(dsn: str) -> str:
    return call(dsn, "SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY')")


COUNTED = (
    "ycsl.sj",
    "ycsl.sbr",
    "ycsl.bz",
    "ycsl.ts",
    "ycsl.qq",
    "ycsl.fj",
    "ycsl.wsrw",
    "ht.clfht",
    "ht.clfht_dsr",
    "ht.spfht",
    "ht.dyba",
    "ht.dyba_h",
    "yw.jyyw",
    "yw.jyyw_hj",
    "outbox.fjx",
    "audit.czrz",
)


def counts(dsn: str) -> dict[str, int]:
    with tx(dsn) as c:
        return {t: one(c, f"SELECT count(*) FROM {t}") for t in COUNTED}


def assert_push_base(nr: dict, slbh: str, lc: str) -> None:
    """Every push carries slbh, lc, jg, sm and sj (ISO 8601, +08:00)."""
    assert nr["slbh"] == slbh and nr["lc"] == lc, nr
    assert nr["jg"] and nr["sm"], nr
    assert len(nr["sj"]) == 25 and nr["sj"][10] == "T" and nr["sj"].endswith("+08:00"), nr["sj"]


#: The keys of every 收件 answer (ycsl.sj_dy): receiveApplication, withdrawApplication and
#: receiveRegistrationCompleted.
ANSWER_KEYS = (
    {"slbh", "lc", "zt", "htbh", "htbah", "htzt", "dybah", "jyywh", "xd"}
    | {"djywh", "bdcqzh", "djsj"}
    | {"jg", "sm", "yy"}
)


# ----------------------------------------------------------------------------------------------------------
# 存量房网签 (§5.2.2.3-1)
# ----------------------------------------------------------------------------------------------------------


def test_stock_house_from_application_to_confirmed(db) -> None:
    h, fwbm, dy, _own = owned_flat(db)
    slbh = new_slbh()
    y = year(db)
    ans = receive(db, slbh, "CLFWQ", {"fwbm": fwbm, "htje": 650000, "fkfs": "一次性付款"}, sale_parties())
    assert set(ans) == ANSWER_KEYS
    assert ans["zt"] == "预录" and ans["jg"] == "受理通过" and ans["lc"] == "CLFWQ" and ans["yy"] == []
    htbh, ywh = ans["htbh"], ans["jyywh"]
    assert htbh.startswith(f"CLF{y}") and len(htbh) == 15 and ans["htzt"] == "草签" and ans["htbah"] is None
    assert ywh.startswith(f"YC{y}") and len(ywh) == 15 and ans["xd"] is False
    with tx(db) as c:
        # the pre-recorded contract: 草签, the flat's unit and certificate, both parties
        row = q(
            c,
            "SELECT h_id, fwbm, bdcdyh, bdcqzh, htje, jzmj, fkfs, htzt, qxdm FROM ht.clfht WHERE htbh = %s",
            (htbh,),
        )[0]
        assert row[:3] == (h, fwbm, dy) and row[3].startswith("川（2026）达州市不动产权第")
        assert (float(row[4]), float(row[5]), row[6], row[7], row[8]) == (
            650000,
            100,
            "一次性付款",
            "草签",
            "511702",
        )
        assert q(
            c,
            "SELECT d.jslx, d.sxh, d.mc, d.zjzl, d.zjhm FROM ht.clfht_dsr d JOIN ht.clfht t ON t.id = d.ht_id"
            " WHERE t.htbh = %s ORDER BY d.jslx DESC",
            (htbh,),
        ) == [("出卖人", 1, *SELLER[:1], "1", SELLER[1]), ("买受人", 1, BUYER[0], "1", BUYER[1])]
        assert q(c, "SELECT ywlx, slbh, fwbm, htbh, zt, slr FROM yw.jyyw WHERE ywh = %s", (ywh,)) == [
            ("CLFWQ", slbh, fwbm, htbh, "在办", "测试窗口")
        ]
    assert steps(db, slbh) == [("收件", "通过"), ("预录", "通过")]
    [(cz, nr)] = pushes(db, slbh)
    assert cz == "pushAcceptanceResult" and nr["jg"] == "受理通过" and nr["htbh"] == htbh
    assert_push_base(nr, slbh, "CLFWQ")

    # 签字页 → 签约 → 备案 → 交易确定
    ans2 = sign(db, htbh)
    assert set(ans2) == {"htbh", "htzt", "htbah", "slbh", "zt", "fjsl", "jg", "sm", "yy"}
    assert (ans2["jg"], ans2["htzt"], ans2["zt"], ans2["slbh"], ans2["fjsl"]) == (
        "确认通过",
        "已备案",
        "已确认",
        slbh,
        1,
    )
    htbah = ans2["htbah"]
    assert htbah.startswith(f"CLBA{y}") and len(htbah) == 16
    assert steps(db, slbh) == [
        ("收件", "通过"),
        ("预录", "通过"),
        ("接收签字页", "通过"),
        ("签约", "通过"),
        ("备案", "通过"),
        ("交易确定", "通过"),
    ]
    got = pushes(db, slbh)
    assert [(cz, nr["jg"]) for cz, nr in got] == [
        ("pushAcceptanceResult", "受理通过"),
        ("pushContractResult", "签约成功"),
        ("pushContractResult", "备案成功"),
        ("pushConfirmationResult", "确认通过"),
    ]
    for _, nr in got:
        assert_push_base(nr, slbh, "CLFWQ")
        assert nr["htbh"] == htbh
    assert got[2][1]["htbah"] == htbah and got[3][1]["htbah"] == htbah
    with tx(db) as c:
        assert q(
            c,
            "SELECT htzt, htbah, qyrq = current_date, barq = current_date FROM ht.clfht WHERE htbh = %s",
            (htbh,),
        ) == [("已备案", htbah, True, True)]
        assert one(c, "SELECT fwzt FROM lpb.h WHERE id = %s", (h,)) == "已备案"
        assert q(c, "SELECT zt, bjsj IS NOT NULL FROM yw.jyyw WHERE ywh = %s", (ywh,)) == [("办结", True)]
        # the business's own steps mirror the one-window steps
        assert [r[0] for r in q(c, "SELECT hjmc FROM yw.jyyw_hj WHERE ywh = %s ORDER BY hjxh", (ywh,))] == [
            "收件",
            "预录",
            "接收签字页",
            "签约",
            "备案",
            "交易确定",
        ]
        # 办结 → the outbox share (CLFWQ shares as CLFBA: contract, flat, seller, buyer, then gxzb)
        assert [r[0] for r in q(c, "SELECT mbb FROM outbox.fjx WHERE ywh = %s ORDER BY id", (ywh,))] == [
            "share_jy.clfht",
            "share_jy.clfht_h",
            "share_jy.clfht_cmr",
            "share_jy.clfht_msr",
            "share_jy.gxzb",
        ]
        gxzb = one(c, "SELECT sjnr FROM outbox.fjx WHERE ywh = %s AND mbb = 'share_jy.gxzb'", (ywh,))
        assert (gxzb["slbh"], gxzb["htbah"], gxzb["ywzt"]) == (slbh, htbah, "办结")
        assert q(c, "SELECT slbh, htbh, fjlx, wjm, sha256, ly FROM ycsl.fj") == [
            (slbh, htbh, "签字页", "qzy-1.jpg", "a" * 64, "一窗")
        ]
        assert one(c, "SELECT zt FROM ycsl.sj WHERE slbh = %s", (slbh,)) == "已确认"


def test_stock_house_on_a_seized_flat_fails_the_audit(db) -> None:
    _h, fwbm, dy, _ = owned_flat(db)
    load(db, seizure(new_ywh(), dy))
    slbh = new_slbh()
    ans = receive(db, slbh, "CLFWQ", {"fwbm": fwbm, "htje": "650000.00"}, sale_parties())
    assert (ans["zt"], ans["jg"], ans["htzt"]) == ("未通过", "审核未通过", "已撤销")
    [reason] = ans["yy"]
    assert fwbm in reason and "已被查封" in reason and "（2026）川1702执123号" in reason
    assert steps(db, slbh) == [("收件", "通过"), ("预录", "通过"), ("审核", "不通过")]
    assert step_notes(db, slbh)["审核"] == reason
    [(cz, nr)] = pushes(db, slbh)
    assert (cz, nr["jg"], nr["yy"], nr["htbh"]) == ("pushContractResult", "审核未通过", [reason], ans["htbh"])
    assert_push_base(nr, slbh, "CLFWQ")
    with tx(db) as c:
        assert q(c, "SELECT zt FROM yw.jyyw WHERE ywh = %s", (ans["jyywh"],)) == [("驳回",)]
        assert one(c, "SELECT cxyy FROM ht.clfht WHERE htbh = %s", (ans["htbh"],)).endswith(
            "交易安全审核未通过"
        )
        assert one(c, "SELECT count(*) FROM outbox.fjx") == 0
    # a 未通过 application is not received again
    assert "已收件（状态 未通过）" in fails(
        db,
        "SELECT ycsl.sj_js(%s, 'CLFWQ', 'again', %s::jsonb, %s::jsonb, 'x')",
        slbh,
        dumps(sale_parties()),
        dumps({"fwbm": fwbm, "htje": 1}),
    )


def test_a_seizure_between_application_and_signature_is_refused_by_the_guard(db) -> None:
    """The guard trigger (not a pre-check) refuses the signing; the procedure catches JYAQ1 and answers."""
    h, fwbm, dy, _ = owned_flat(db)
    slbh = new_slbh()
    ans = receive(db, slbh, "CLFWQ", {"fwbm": fwbm, "htje": 650000}, sale_parties())
    assert ans["zt"] == "预录"
    cf = new_ywh()
    load(db, seizure(cf, dy, cfwh="（2026）川1702执999号"))
    ans2 = sign(db, ans["htbh"])
    assert (ans2["jg"], ans2["zt"], ans2["htzt"], ans2["htbah"]) == ("审核未通过", "未通过", "已撤销", None)
    [reason] = ans2["yy"]
    assert "（2026）川1702执999号" in reason and fwbm in reason
    assert steps(db, slbh) == [("收件", "通过"), ("预录", "通过"), ("接收签字页", "通过"), ("签约", "不通过")]
    assert [(cz, nr["jg"]) for cz, nr in pushes(db, slbh)] == [
        ("pushAcceptanceResult", "受理通过"),
        ("pushContractResult", "审核未通过"),
    ]
    assert pushes(db, slbh)[1][1]["yy"] == [reason]
    with tx(db) as c:
        assert one(c, "SELECT zt FROM yw.jyyw WHERE ywh = %s", (ans["jyywh"],)) == "驳回"
        assert one(c, "SELECT fwzt FROM lpb.h WHERE id = %s", (h,)) != "已签约"
        assert one(c, "SELECT count(*) FROM outbox.fjx") == 0
        assert one(c, "SELECT count(*) FROM ycsl.fj") == 1  # the images are kept
    # images for a contract that is no longer a draft: stored and answered, nothing else changes
    before = counts(db)
    ans3 = sign(db, ans["htbh"], fj=[{"wjm": "b.jpg", "wjlx": "image/jpeg", "dx": 1, "sha256": "b" * 64}])
    assert (ans3["jg"], ans3["zt"], ans3["htzt"]) == ("已接收", "未通过", "已撤销")
    after = counts(db)
    assert {t: after[t] - before[t] for t in COUNTED if after[t] != before[t]} == {
        "ycsl.fj": 1,
        "ycsl.bz": 1,
        "yw.jyyw_hj": 1,
        "ycsl.qq": 1,
    }


def test_the_guards_are_deferred_again_after_the_call(db) -> None:
    """Inside the procedures the guards run IMMEDIATE; afterwards the transaction is back to DEFERRED."""
    _h, fwbm, _dy, _ = owned_flat(db)
    h2, _fwbm2, dy2 = new_flat(db)
    load(db, seizure(new_ywh(), dy2))
    ans = receive(db, new_slbh(), "CLFWQ", {"fwbm": fwbm, "htje": 650000}, sale_parties())
    with closing(psycopg2.connect(db)) as c:
        one(c, "SELECT ycsl.qmy_js(%s, 'q-deferred', %s::jsonb, 'x')", (ans["htbh"], dumps(FJ)))
        # a contract on the seized flat: the statement passes (deferred) …
        one(
            c,
            "INSERT INTO ht.clfht (htbh, h_id, htje, htzt) VALUES ('T-DEF', %s, 1, '已签约') RETURNING id",
            (h2,),
        )
        with pytest.raises(psycopg2.Error) as err:  # … and the commit is refused
            c.commit()
    assert err.value.pgcode == "JYAQ1"
    # the whole transaction is gone, the signing with it
    assert call(db, "SELECT htzt FROM ht.clfht WHERE htbh = %s", ans["htbh"]) == "草签"
    assert call(db, "SELECT count(*) FROM ycsl.qq WHERE cz = 'receiveSignatureImages'") == 0


# ----------------------------------------------------------------------------------------------------------
# 交易备案 (§5.2.2.3-2)
# ----------------------------------------------------------------------------------------------------------


def test_filing_a_signed_new_house_contract_is_transferred_automatically(db) -> None:
    h, fwbm, _ = new_flat(db)
    signed_contract(db, "spfht", h, fwbm, "SPF-YC-1")
    slbh = new_slbh()
    y = year(db)
    ans = receive(db, slbh, "JYBA", {"fwbm": fwbm, "htbh": "SPF-YC-1"}, [{"jslx": "买受人", "mc": BUYER[0]}])
    assert (ans["zt"], ans["jg"], ans["htzt"], ans["xd"], ans["yy"]) == (
        "已确认",
        "受理通过",
        "已备案",
        False,
        [],
    )
    htbah, ywh = ans["htbah"], ans["jyywh"]
    assert htbah.startswith(f"BA{y}") and len(htbah) == 14
    assert steps(db, slbh) == [(s, "通过") for s in ("前置收件", "受理", "审核", "备案", "交易确认")]
    got = pushes(db, slbh)
    assert [(cz, nr["jg"]) for cz, nr in got] == [
        ("pushAcceptanceResult", "受理通过"),
        ("pushContractResult", "备案成功"),
        ("pushConfirmationResult", "确认通过"),
        ("pushContractAttachments", "备案成功"),
    ]
    for _, nr in got:
        assert_push_base(nr, slbh, "JYBA")
        assert nr["htbh"] == "SPF-YC-1"
    assert got[1][1]["htbah"] == htbah and got[3][1]["htlx"] == "spfht"
    with tx(db) as c:
        assert q(c, "SELECT htzt, htbah, barq = current_date FROM ht.spfht WHERE htbh = 'SPF-YC-1'") == [
            ("已备案", htbah, True)
        ]
        assert q(c, "SELECT ywlx, zt, slbh, htbh FROM yw.jyyw WHERE ywh = %s", (ywh,)) == [
            ("SPFBA", "办结", slbh, "SPF-YC-1")
        ]
        assert (
            one(c, "SELECT sjnr ->> 'htbah' FROM outbox.fjx WHERE ywh = %s AND mbb = 'share_jy.gxzb'", (ywh,))
            == htbah
        )
        assert q(c, "SELECT htlx, htbh FROM ycsl.sj WHERE slbh = %s", (slbh,)) == [("spfht", "SPF-YC-1")]


def test_a_refused_filing_is_held_until_released(db) -> None:
    h, fwbm, dy, _ = owned_flat(db)
    signed_contract(db, "clfht", h, fwbm, "CLF-YC-1")
    cf = new_ywh()
    load(db, seizure(cf, dy))
    slbh = new_slbh()
    sbxx = {"fwbm": fwbm, "htbh": "CLF-YC-1"}
    ans = receive(db, slbh, "JYBA", sbxx)
    assert (ans["zt"], ans["jg"], ans["xd"], ans["htzt"], ans["jyywh"]) == (
        "已驳回",
        "驳回",
        True,
        "已签约",
        None,
    )
    [reason] = ans["yy"]
    assert "已被查封" in reason and fwbm in reason
    assert steps(db, slbh) == [("前置收件", "驳回")]
    assert step_notes(db, slbh)["前置收件"] == reason
    [(cz, nr)] = pushes(db, slbh)
    assert (cz, nr["jg"], nr["yy"], nr["xd"]) == ("pushAcceptanceResult", "驳回", [reason], True)
    assert_push_base(nr, slbh, "JYBA")
    with tx(db) as c:
        assert q(c, "SELECT xd, xdyy FROM ycsl.sj WHERE slbh = %s", (slbh,)) == [(True, reason)]
        assert one(c, "SELECT count(*) FROM yw.jyyw") == 0

    # while held: the same 受理号 is refused
    message = fails(
        db,
        "SELECT ycsl.sj_js(%s, 'JYBA', %s, NULL, %s::jsonb, 'x')",
        slbh,
        qqid(),
        dumps(sbxx),
        detail="Conflict",
    )
    assert (
        message.startswith(f"二次受理限定：一窗受理号 {slbh} 已驳回并挂起二次受理限定")
        and "已被查封" in message
    )
    # released (audited), the seizure lifted: accepted
    assert call(db, "SELECT ycsl.xd_jc(%s, %s, %s)", slbh, "张科长", "法院已解封，申请人重新提交") == 1
    assert call(db, "SELECT ycsl.xd_jc(%s, %s, %s)", slbh, "张科长", "再次解除") == 0
    with tx(db) as c:
        assert q(c, "SELECT czr, czlx, dxb, dxzj, bgq ->> 'xd', bgh ->> 'xd', yy FROM audit.czrz") == [
            ("张科长", "解除二次受理限定", "ycsl.sj", slbh, "true", "false", "法院已解封，申请人重新提交")
        ]
    load(db, release(new_ywh(), dy, cf))
    ans2 = receive(db, slbh, "JYBA", sbxx)
    assert (ans2["zt"], ans2["jg"], ans2["xd"], ans2["htzt"]) == ("已确认", "受理通过", False, "已备案")
    assert ans2["htbah"].startswith("CLBA")
    assert steps(db, slbh) == [("前置收件", "驳回"), ("解除二次受理限定", "完成"), ("再次收件", "通过")] + [
        (s, "通过") for s in ("前置收件", "受理", "审核", "备案", "交易确认")
    ]
    with tx(db) as c:
        assert q(c, "SELECT ywlx, zt FROM yw.jyyw") == [("CLFBA", "办结")]


def test_filing_refusals_name_the_contract_problem(db) -> None:
    _h, fwbm, _ = new_flat(db)
    h2, fwbm2, _ = new_flat(db)
    signed_contract(db, "clfht", h2, fwbm2, "CLF-OTHER")
    cases = {
        "CLF-NONE": "合同 CLF-NONE 不存在",
        "CLF-OTHER": f"合同 CLF-OTHER 不是房屋 {fwbm} 的合同（合同所涉房屋 {fwbm2}）",
    }
    for htbh, expected in cases.items():
        ans = receive(db, new_slbh(), "JYBA", {"fwbm": fwbm, "htbh": htbh})
        assert (ans["zt"], ans["xd"]) == ("已驳回", True)
        assert ans["yy"][0].startswith(expected), ans["yy"]
    with tx(db) as c:  # a filed contract cannot be filed again
        q(c, "UPDATE ht.clfht SET htzt = '已注销', cxsj = now() WHERE htbh = 'CLF-OTHER' RETURNING id")
    ans = receive(db, new_slbh(), "JYBA", {"fwbm": fwbm2, "htbh": "CLF-OTHER"})
    assert ans["yy"] == ["合同 CLF-OTHER 的状态为已注销，不能办理交易备案（须为已签约或草签）"]


def test_filing_a_draft_contract_goes_through_the_guard_trigger(db) -> None:
    """草签 → 已备案 fires the contract trigger inside the procedure; a clean flat passes."""
    h, fwbm, _ = new_flat(db)
    signed_contract(db, "clfht", h, fwbm, "CLF-DRAFT", htzt="草签")
    ans = receive(db, new_slbh(), "JYBA", {"fwbm": fwbm, "htbh": "CLF-DRAFT"})
    assert (ans["zt"], ans["htzt"]) == ("已确认", "已备案")
    with tx(db) as c:
        assert q(
            c, "SELECT qyrq = current_date, barq = current_date FROM ht.clfht WHERE htbh = 'CLF-DRAFT'"
        ) == [(True, True)]


# ----------------------------------------------------------------------------------------------------------
# 抵押备案 (§5.2.2.3-3)
# ----------------------------------------------------------------------------------------------------------


def mortgage_sbxx(fwbm: str, owner: tuple[str, str] = SELLER, **kw: Any) -> dict:
    return {
        "fwbm": fwbm,
        "dyr": owner[0],
        "dyrzjhm": owner[1],
        "dyqr": BANK[0],
        "dyqrzjhm": BANK[1],
        "bdbzzqse": 500000,
        "zwlxqssj": "2026-12-01",
        "zwlxjssj": "2046-11-30",
    } | kw


def test_mortgage_with_incomplete_registration_goes_to_the_stewards(db) -> None:
    _h, fwbm, dy = new_flat(db)  # linked, but no ownership registered
    slbh = new_slbh()
    ans = receive(db, slbh, "DYBA", mortgage_sbxx(fwbm))
    assert (ans["zt"], ans["jg"], ans["xd"], ans["jyywh"], ans["dybah"]) == (
        "待完善",
        "待完善",
        False,
        None,
        None,
    )
    assert ans["yy"] == [f"房屋 {fwbm} 没有现势房地产权登记（不动产单元 {dy}）"]
    assert steps(db, slbh) == [("前置收件", "不通过")]
    assert step_notes(db, slbh)["前置收件"] == "转入不动产权属数据完善：" + ans["yy"][0]
    [(cz, nr)] = pushes(db, slbh)
    assert (cz, nr["jg"], nr["yy"]) == ("pushAcceptanceResult", "待完善", ans["yy"])
    assert_push_base(nr, slbh, "DYBA")
    with tx(db) as c:
        assert q(c, "SELECT slbh, fwbm, qsnr, zt FROM ycsl.wsrw") == [(slbh, fwbm, ans["yy"], "待完善")]
        assert one(c, "SELECT count(*) FROM ht.dyba") == 0

    # the stewards load the ownership, but of someone else: still incomplete (the same task, updated)
    own = new_ywh()
    load(db, ownership(own, dy, fwbm, bdcqzh=None), party(own, qlrmc="赵六", zjhm=person_id(6)))
    ans2 = receive(db, slbh, "DYBA", mortgage_sbxx(fwbm))
    assert ans2["zt"] == "待完善"
    assert ans2["yy"] == [
        f"现势房地产权（登记业务号 {own}）未记载不动产权证书号",
        f"抵押人 李四 不是房屋 {fwbm} 现势房地产权（登记业务号 {own}）的权利人",
    ]
    with tx(db) as c:
        assert q(c, "SELECT qsnr, zt FROM ycsl.wsrw") == [(ans2["yy"], "待完善")]

    # the ownership passes to the mortgagor, with a certificate: submitted again, complete, filed;
    # the task is done
    own3 = new_ywh()
    load(db, ownership(own3, dy, fwbm, syywh=own), party(own3, qlrmc=SELLER[0], zjhm=SELLER[1]))
    ans3 = receive(db, slbh, "DYBA", mortgage_sbxx(fwbm))
    assert (ans3["zt"], ans3["jg"]) == ("已确认", "受理通过")
    with tx(db) as c:
        assert q(c, "SELECT zt, wcsj IS NOT NULL FROM ycsl.wsrw") == [("已完善", True)]
    assert steps(db, slbh)[:4] == [
        ("前置收件", "不通过"),
        ("再次收件", "通过"),
        ("前置收件", "不通过"),
        ("再次收件", "通过"),
    ]


def test_mortgage_with_complete_registration_is_filed(db) -> None:
    h, fwbm, dy, _own = owned_flat(db)
    slbh = new_slbh()
    y = year(db)
    sbr = [
        {"jslx": "抵押人", "mc": SELLER[0], "zjzl": "1", "zjhm": SELLER[1]},
        {"jslx": "抵押权人", "mc": BANK[0], "zjzl": "8", "zjhm": BANK[1]},
    ]
    ans = receive(db, slbh, "DYBA", {"fwbm": fwbm, "bdbzzqse": "500000", "dylx": "现房抵押"}, sbr)
    assert (ans["zt"], ans["jg"], ans["xd"], ans["yy"]) == ("已确认", "受理通过", False, [])
    dybah, ywh = ans["dybah"], ans["jyywh"]
    assert dybah.startswith(f"DYBA{y}") and len(dybah) == 16
    assert steps(db, slbh) == [(s, "通过") for s in ("前置收件", "受理", "核验", "抵押备案", "确认")]
    got = pushes(db, slbh)
    assert [(cz, nr["jg"]) for cz, nr in got] == [
        ("pushAcceptanceResult", "受理通过"),
        ("pushVerificationResult", "核验通过"),
        ("pushConfirmationResult", "抵押备案完成"),
    ]
    for _, nr in got:
        assert_push_base(nr, slbh, "DYBA")
    assert got[1][1]["bdcdyh"] == dy and got[1][1]["bdcqzh"].startswith("川（2026）")
    assert got[2][1]["dybah"] == dybah
    with tx(db) as c:
        assert q(
            c,
            "SELECT b.bazt, b.ywh, b.dyr, b.dyrzjzl, b.dyrzjhm, b.dyqr, b.dyqrzjzl, b.dyfs, b.bdbzzqse::text,"
            " h.h_id, h.fwbm, h.dymj::text FROM ht.dyba b JOIN ht.dyba_h h ON h.dyba_id = b.id"
            " WHERE b.dybah = %s",
            (dybah,),
        ) == [("已备案", ywh, SELLER[0], "1", SELLER[1], BANK[0], "8", "1", "500000.00", h, fwbm, "100.00")]
        assert q(c, "SELECT ywlx, zt, slbh FROM yw.jyyw WHERE ywh = %s", (ywh,)) == [("DYBA", "办结", slbh)]
        assert [r[0] for r in q(c, "SELECT mbb FROM outbox.fjx WHERE ywh = %s ORDER BY id", (ywh,))] == [
            "share_jy.dyba",
            "share_jy.dyba_h",
            "share_jy.gxzb",
        ]
        assert one(c, "SELECT count(*) FROM ycsl.wsrw") == 0


def test_mortgage_refused_by_the_guard_is_held(db) -> None:
    _h, fwbm, dy, _ = owned_flat(db)
    yy = new_ywh()
    load(db, objection(yy, dy))
    slbh = new_slbh()
    ans = receive(db, slbh, "DYBA", mortgage_sbxx(fwbm))
    assert (ans["zt"], ans["jg"], ans["xd"], ans["dybah"], ans["jyywh"]) == (
        "已驳回",
        "驳回",
        True,
        None,
        None,
    )
    [reason] = ans["yy"]
    assert "有异议登记" in reason and fwbm in reason
    assert steps(db, slbh) == [("核验", "驳回")]
    assert [(cz, nr["jg"]) for cz, nr in pushes(db, slbh)] == [("pushAcceptanceResult", "驳回")]
    with tx(db) as c:  # everything of the transfer was rolled back
        assert [
            one(c, f"SELECT count(*) FROM {t}") for t in ("ht.dyba", "ht.dyba_h", "yw.jyyw", "outbox.fjx")
        ] == [
            0,
            0,
            0,
            0,
        ]


# ----------------------------------------------------------------------------------------------------------
# 撤件, idempotency, 登簿完成
# ----------------------------------------------------------------------------------------------------------


def confirmed_stock_sale(db) -> tuple[str, dict, int]:
    """A CLFWQ application through signing: (slbh, answer of the signing, h_id)."""
    h, fwbm, _, _ = owned_flat(db)
    slbh = new_slbh()
    ans = receive(db, slbh, "CLFWQ", {"fwbm": fwbm, "htje": 650000}, sale_parties())
    return slbh, sign(db, ans["htbh"]) | {"jyywh": ans["jyywh"]}, h


def test_withdrawal_cancels_the_contract_and_the_business(db) -> None:
    slbh, signed, h = confirmed_stock_sale(db)
    before = counts(db)
    request = qqid()
    ans = withdraw(db, slbh, "买卖双方解除合同", request)
    assert set(ans) == ANSWER_KEYS
    assert (ans["zt"], ans["jg"], ans["htzt"], ans["yy"]) == (
        "已撤件",
        "已撤件",
        "已撤销",
        ["买卖双方解除合同"],
    )
    with tx(db) as c:
        assert q(c, "SELECT htzt, cxyy FROM ht.clfht WHERE htbh = %s", (signed["htbh"],)) == [
            ("已撤销", "一窗受理撤件：买卖双方解除合同")
        ]
        assert one(c, "SELECT zt FROM yw.jyyw WHERE ywh = %s", (signed["jyywh"],)) == "撤件"
        assert one(c, "SELECT fwzt FROM lpb.h WHERE id = %s", (h,)) == "已登记"
        # 办结 → 撤件: the outbox shares the cancellation (the contract's main row, now 已撤销)
        rows = q(
            c,
            "SELECT mbb, sjnr FROM outbox.fjx WHERE ywh = %s AND id > %s ORDER BY id",
            (signed["jyywh"], before["outbox.fjx"]),
        )
        assert [(m, r.get("htzt") or r.get("ywzt")) for m, r in rows] == [
            ("share_jy.clfht", "已撤销"),
            ("share_jy.gxzb", "撤销"),
        ]
    assert steps(db, slbh)[-1] == ("撤件", "撤件")
    cz, nr = pushes(db, slbh)[-1]
    assert (cz, nr["jg"], nr["yy"]) == ("pushAcceptanceResult", "已撤件", ["买卖双方解除合同"])
    assert_push_base(nr, slbh, "CLFWQ")

    # the same request again: the first answer, nothing changes
    mid = counts(db)
    assert withdraw(db, slbh, "买卖双方解除合同", request) == ans
    assert counts(db) == mid
    # another request: refused
    assert (
        fails(db, "SELECT ycsl.cj(%s, 'x', %s, 'x')", slbh, qqid(), detail="Conflict")
        == f"一窗受理号 {slbh} 已撤件"
    )


def test_withdrawing_a_pre_recorded_application_and_a_mortgage(db) -> None:
    _h, fwbm, _, _ = owned_flat(db)
    slbh = new_slbh()
    ans = receive(db, slbh, "CLFWQ", {"fwbm": fwbm, "htje": 650000}, sale_parties())
    outbox = call(db, "SELECT count(*) FROM outbox.fjx")
    assert withdraw(db, slbh)["htzt"] == "已撤销"
    with tx(db) as c:
        assert one(c, "SELECT zt FROM yw.jyyw WHERE ywh = %s", (ans["jyywh"],)) == "撤件"
        assert one(c, "SELECT count(*) FROM outbox.fjx") == outbox  # never shared: nothing to cancel
    # a filed mortgage
    _, fwbm2, _, _ = owned_flat(db)
    slbh2 = new_slbh()
    filed = receive(db, slbh2, "DYBA", mortgage_sbxx(fwbm2))
    ans2 = withdraw(db, slbh2, "贷款未发放")
    assert (ans2["zt"], ans2["dybah"]) == ("已撤件", filed["dybah"])
    with tx(db) as c:
        assert q(c, "SELECT bazt, zxyy FROM ht.dyba WHERE dybah = %s", (filed["dybah"],)) == [
            ("已撤销", "一窗受理撤件：贷款未发放")
        ]
        assert one(c, "SELECT zt FROM yw.jyyw WHERE ywh = %s", (filed["jyywh"],)) == "撤件"
        assert q(
            c,
            "SELECT sjnr ->> 'bazt' FROM outbox.fjx WHERE ywh = %s AND mbb = 'share_jy.dyba' ORDER BY id",
            (filed["jyywh"],),
        ) == [("已备案",), ("已撤销",)]


def test_the_same_request_twice_changes_nothing(db) -> None:
    _h, fwbm, _, _ = owned_flat(db)
    slbh, request = new_slbh(), qqid()
    sbxx = {"fwbm": fwbm, "htje": 650000}
    first = receive(db, slbh, "CLFWQ", sbxx, sale_parties(), request)
    before = counts(db)
    assert receive(db, slbh, "CLFWQ", sbxx, sale_parties(), request) == first
    # even with other data under the same request id: the first answer
    assert receive(db, slbh, "DYBA", {"fwbm": "x"}, None, request) == first
    assert counts(db) == before
    # the same 受理号 under another request id: refused
    message = fails(
        db,
        "SELECT ycsl.sj_js(%s, 'CLFWQ', %s, %s::jsonb, %s::jsonb, 'x')",
        slbh,
        qqid(),
        dumps(sale_parties()),
        dumps(sbxx),
        detail="Conflict",
    )
    assert message == f"一窗受理号 {slbh} 已收件（状态 预录）"
    # signature images: the same
    request2 = qqid()
    signed = sign(db, first["htbh"], request=request2)
    mid = counts(db)
    assert sign(db, first["htbh"], request=request2) == signed
    assert counts(db) == mid
    # a different request with the same images: answered, not recorded twice
    again = sign(db, first["htbh"])
    assert again["jg"] == "已接收" and again["fjsl"] == 1
    with tx(db) as c:
        assert one(c, "SELECT count(*) FROM ycsl.fj") == 1
        assert one(c, "SELECT count(*) FROM ycsl.qq") == 3


def test_a_repeated_request_waits_for_the_first_and_gets_its_answer(db) -> None:
    """Two sessions with the same request at once: the advisory lock makes the second wait for the first's
    commit; it then returns the stored answer (READ COMMITTED: the statement after the lock sees it)."""
    _h, fwbm, _, _ = owned_flat(db)
    slbh, request = new_slbh(), qqid()
    args = (slbh, request, dumps(sale_parties()), dumps({"fwbm": fwbm, "htje": 650000}))
    sql = "SELECT ycsl.sj_js(%s, 'CLFWQ', %s, %s::jsonb, %s::jsonb, 'x')"
    first, second = psycopg2.connect(db), psycopg2.connect(db)
    try:
        answer = one(first, sql, args)
        got: list[Any] = []
        worker = threading.Thread(target=lambda: got.append(one(second, sql, args)))
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive() and got == []  # waiting on the lock
        first.commit()
        worker.join(10)
        second.commit()
        assert got == [answer]
    finally:
        first.close()
        second.close()
    assert counts(db)["ycsl.sj"] == 1 and counts(db)["ycsl.qq"] == 1


def test_registration_completed(db) -> None:
    slbh, _signed, _ = confirmed_stock_sale(db)
    # not confirmed yet: refused
    _h, fwbm, _, _ = owned_flat(db)
    pre = new_slbh()
    receive(db, pre, "CLFWQ", {"fwbm": fwbm, "htje": 1}, sale_parties())
    assert "交易端须已确认" in fails(
        db, "SELECT ycsl.dbwc(%s, 'DJ-0', %s, NULL, 'x')", pre, qqid(), detail="Conflict"
    )

    request = qqid()
    ans = registered(
        db,
        slbh,
        "DJ-2026-1",
        {"bdcqzh": "川（2026）达州市不动产权第0099999号", "djsj": "2026-11-28T10:15:00+08:00"},
        request,
    )
    assert set(ans) == ANSWER_KEYS
    assert (ans["zt"], ans["jg"], ans["djywh"], ans["bdcqzh"], ans["djsj"]) == (
        "已登簿",
        "已接收",
        "DJ-2026-1",
        "川（2026）达州市不动产权第0099999号",
        "2026-11-28T10:15:00+08:00",
    )
    assert steps(db, slbh)[-1] == ("登簿完成", "完成")
    before = counts(db)
    assert registered(db, slbh, "DJ-2026-1", {}, request) == ans  # the same request
    again = registered(db, slbh, "DJ-2026-1")  # the same news again
    assert again["jg"] == "已接收" and "重复通知" in again["sm"]
    assert counts(db)["ycsl.bz"] == before["ycsl.bz"]
    assert "已登簿（登记业务号 DJ-2026-1）" in fails(
        db, "SELECT ycsl.dbwc(%s, 'DJ-OTHER', %s, NULL, 'x')", slbh, qqid(), detail="Conflict"
    )
    # withdrawal after registration: refused
    assert (
        fails(db, "SELECT ycsl.cj(%s, 'x', %s, 'x')", slbh, qqid()) == f"一窗受理号 {slbh} 已登簿，不能撤件"
    )

    # by registration business number only: through the business link (gl.yw_gl) …
    slbh2, signed2, _ = confirmed_stock_sale(db)
    with tx(db) as c:
        q(
            c,
            "INSERT INTO gl.yw_gl (gllx, jyywh, djywh, glfs)"
            " VALUES ('SYQ_JY', %s, 'DJ-2026-2', '精确') RETURNING id",
            (signed2["jyywh"],),
        )
    ans2 = registered(db, None, "DJ-2026-2", {"bdcqzh": "证2"})
    assert (ans2["slbh"], ans2["zt"], ans2["djywh"]) == (slbh2, "已登簿", "DJ-2026-2")
    assert ans2["djsj"] is not None
    # … or through the registration business's own 受理号 (djjg.djyw)
    slbh3, _, _ = confirmed_stock_sale(db)
    with tx(db) as c:
        q(
            c,
            "INSERT INTO djjg.djyw (ywh, ywlx, ywzt, slbh)"
            " VALUES ('DJ-2026-3', 'DB', '登簿', %s) RETURNING id",
            (slbh3,),
        )
    assert registered(db, None, None, {"djywh": "DJ-2026-3"})["slbh"] == slbh3
    assert fails(db, "SELECT ycsl.dbwc(NULL, 'DJ-NONE', %s, NULL, 'x')", qqid(), detail="NotFound") == (
        "djywh（登记业务号）「DJ-NONE」没有关联的一窗受理件"
    )
    assert fails(db, "SELECT ycsl.dbwc('NONE', 'DJ-1', %s, NULL, 'x')", qqid(), detail="NotFound") == (
        "slbh（一窗受理号）「NONE」不存在"
    )


# ----------------------------------------------------------------------------------------------------------
# the push outbox
# ----------------------------------------------------------------------------------------------------------


def push(c, slbh: str | None, jg: str = "受理通过") -> int:
    return one(
        c, "SELECT ycsl.ts_xr('pushAcceptanceResult', %s, %s::jsonb)", (slbh, dumps({"jg": jg, "sm": jg}))
    )


def claim(c, n: int = 10) -> list[int]:
    return [r[0] for r in q(c, "SELECT id FROM ycsl.ts_qc(%s)", (n,))]


def test_pushes_are_claimed_in_order_per_application(db) -> None:
    with tx(db) as c:
        a1, b1, a2, n1, a3 = push(c, "A"), push(c, "B"), push(c, "A"), push(c, None), push(c, "A")
        nr = one(c, "SELECT nr FROM ycsl.ts WHERE id = %s", (a1,))
        assert (nr["slbh"], nr["lc"], nr["jg"], nr["sm"]) == ("A", None, "受理通过", "受理通过")
    with tx(db) as c:
        assert claim(c) == [a1, b1, n1]  # one per 受理号: A's later pushes wait for a1
        assert claim(c, 1) == [a1]
        row = q(c, "SELECT * FROM ycsl.ts_qc(1)")[0]
        assert len(row) == 11  # the whole ycsl.ts row
    # two senders: the second skips what the first holds, and A's next push still waits
    first, second = psycopg2.connect(db), psycopg2.connect(db)
    try:
        assert claim(first, 2) == [a1, b1]
        assert claim(second) == [n1]
        one(first, "SELECT ycsl.ts_jg(%s, true, 12.5, NULL, %s::jsonb)", (a1, dumps({"code": "0"})))
        assert claim(second) == [n1]  # a1's delivery is not committed yet
        first.commit()
        second.rollback()
        assert claim(second) == [b1, a2, n1]
    finally:
        first.close()
        second.close()
    with tx(db) as c:
        assert q(c, "SELECT zt, cs, sdsj IS NOT NULL, dy FROM ycsl.ts WHERE id = %s", (a1,)) == [
            ("已送达", 1, True, {"code": "0"})
        ]
        assert q(c, "SELECT ts_id, cg, hs::text, cw FROM ycsl.tsrz") == [(a1, True, "12.500", None)]
        # a push that was given up no longer blocks the ones after it
        q(c, "UPDATE ycsl.ts SET zt = '已放弃' WHERE id = %s RETURNING id", (a2,))
        assert claim(c) == [b1, n1, a3]


def test_failed_pushes_back_off_and_are_given_up(db) -> None:
    with tx(db) as c:
        ts = push(c, "S")
    delays = []
    for attempt in range(1, 14):
        with tx(db) as c:
            q(c, "UPDATE ycsl.ts SET xcsj = now() WHERE id = %s RETURNING id", (ts,))  # due now
            assert claim(c) == [ts]
            one(c, "SELECT ycsl.ts_jg(%s, false, 3000, %s, NULL)", (ts, f"连接超时 {attempt}"))
            cs, zhcw, wait = q(
                c, "SELECT cs, zhcw, extract(epoch FROM xcsj - now()) FROM ycsl.ts WHERE id = %s", (ts,)
            )[0]
            assert (cs, zhcw) == (attempt, f"连接超时 {attempt}")
            assert claim(c) == []  # not due before xcsj
            delays.append(round(float(wait)))
    assert delays == [2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3600, 3600]
    # the 50th failed attempt gives up
    with tx(db) as c:
        q(c, "UPDATE ycsl.ts SET cs = 48, xcsj = now() WHERE id = %s RETURNING id", (ts,))
        one(c, "SELECT ycsl.ts_jg(%s, false, 1, '第 49 次', NULL)", (ts,))
        assert one(c, "SELECT zt FROM ycsl.ts WHERE id = %s", (ts,)) == "待发送"
        q(c, "UPDATE ycsl.ts SET xcsj = now() WHERE id = %s RETURNING id", (ts,))
        one(c, "SELECT ycsl.ts_jg(%s, false, 1, '第 50 次', NULL)", (ts,))
        assert q(c, "SELECT zt, cs, zhcw FROM ycsl.ts WHERE id = %s", (ts,)) == [("已放弃", 50, "第 50 次")]
        assert claim(c) == []
        # a late report on a push that is no longer pending is only logged
        one(c, "SELECT ycsl.ts_jg(%s, true, 1, NULL, NULL)", (ts,))
        assert one(c, "SELECT zt FROM ycsl.ts WHERE id = %s", (ts,)) == "已放弃"
        assert one(c, "SELECT count(*) FROM ycsl.tsrz WHERE ts_id = %s", (ts,)) == 16
        # three days old: given up at the next failure
        old = push(c, "T")
        q(
            c,
            "UPDATE ycsl.ts SET cjsj = now() - interval '3 days 1 minute' WHERE id = %s RETURNING id",
            (old,),
        )
        one(c, "SELECT ycsl.ts_jg(%s, false, 1, '超时', NULL)", (old,))
        assert q(c, "SELECT zt, cs FROM ycsl.ts WHERE id = %s", (old,)) == [("已放弃", 1)]
    assert "不存在" in fails(db, "SELECT ycsl.ts_jg(-1, true, 1, NULL, NULL)")
    assert "cg（是否成功）不能为空" in fails(db, "SELECT ycsl.ts_jg(1, NULL, 1, NULL, NULL)")
    assert "nr（推送内容）" in fails(db, "SELECT ycsl.ts_xr('pushAcceptanceResult', 'S', '{\"jg\": \"x\"}')")
    assert "cz（推送操作）" in fails(
        db, 'SELECT ycsl.ts_xr(\'pushNothing\', \'S\', \'{"jg": "x", "sm": "y"}\')'
    )


# ----------------------------------------------------------------------------------------------------------
# input errors name the field; numbering
# ----------------------------------------------------------------------------------------------------------


def test_bad_input_names_the_field(db) -> None:
    _h, fwbm, _, _ = owned_flat(db)
    parties = sale_parties()
    receive_sql = "SELECT ycsl.sj_js(%s, %s, %s, %s::jsonb, %s::jsonb, 'x')"
    cases: list[tuple[tuple, str]] = [
        (("", "CLFWQ", "q", None, {}), "slbh（一窗受理号）不能为空"),
        (("S" * 51, "CLFWQ", "q", None, {}), "slbh（一窗受理号）不能超过 50 个字符"),
        (("S1", "CLFWQ", None, None, {}), "qqid（请求编号）不能为空"),
        (("S1", "ESF", "q", None, {}), "lc（流程）只能是 CLFWQ"),
        (("S1", "CLFWQ", "q", None, None), "sbxx（申报基本信息）须为 JSON 对象"),
        (("S1", "CLFWQ", "q", {"a": 1}, {"fwbm": fwbm}), "sbr（申报人）须为 JSON 数组"),
        (("S1", "CLFWQ", "q", None, {"htje": 1}), "sbxx.fwbm（房屋编码）不能为空"),
        (("S1", "CLFWQ", "q", None, {"fwbm": "5117X"}), "sbxx.fwbm（房屋编码）「5117X」不在楼盘表中"),
        (("S1", "CLFWQ", "q", [{"jslx": "卖方", "mc": "甲"}], {"fwbm": fwbm}), "sbr[1].jslx（角色）只能是"),
        (("S1", "CLFWQ", "q", [parties[0], {"jslx": "买受人"}], {"fwbm": fwbm}), "sbr[2].mc（名称）不能为空"),
        (
            ("S1", "CLFWQ", "q", [{"jslx": "买受人", "mc": "甲", "zjzl": "驾照"}], {"fwbm": fwbm}),
            "sbr[1].zjzl（证件种类）「驾照」不是证件种类代码或名称",
        ),
        (
            (
                "S1",
                "CLFWQ",
                "q",
                [{"jslx": "买受人", "mc": "甲", "zjzl": "1", "zjhm": "511702198001011234"}],
                {"fwbm": fwbm},
            ),
            "sbr[1].zjhm（证件号码）不是有效的居民身份证号码",
        ),
        (
            ("S1", "CLFWQ", "q", [parties[1]], {"fwbm": fwbm, "htje": 1}),
            "sbr（申报人）须至少有一个出卖人和一个买受人",
        ),
        (("S1", "CLFWQ", "q", parties, {"fwbm": fwbm}), "sbxx.htje（成交金额）不能为空"),
        (
            ("S1", "CLFWQ", "q", parties, {"fwbm": fwbm, "htje": "六十万"}),
            "sbxx.htje（成交金额）须为大于 0 的数",
        ),
        (("S1", "CLFWQ", "q", parties, {"fwbm": fwbm, "htje": 0}), "sbxx.htje（成交金额）须为大于 0 的数"),
        (
            ("S1", "CLFWQ", "q", parties, {"fwbm": fwbm, "htje": 1, "fkfs": "赊账"}),
            "sbxx.fkfs（付款方式）只能是",
        ),
        (("S1", "CLFWQ", "q", parties, {"fwbm": fwbm, "htje": 1, "jzmj": "-3"}), "sbxx.jzmj（建筑面积）"),
        (
            ("S1", "CLFWQ", "q", parties, {"fwbm": fwbm, "htje": 1, "fj": [{"wjm": "a"}]}),
            "sbxx.fj[1].wjlx（文件类型）不能为空",
        ),
        (("S1", "JYBA", "q", None, {"fwbm": fwbm}), "sbxx.htbh（合同编号）不能为空"),
        (("S1", "DYBA", "q", None, {"fwbm": fwbm}), "sbxx.dyr（抵押人）不能为空"),
        (("S1", "DYBA", "q", None, {"fwbm": fwbm, "dyr": "甲"}), "sbxx.dyrzjhm（抵押人证件号码）不能为空"),
        (
            ("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, dyqr=None, dyqrzjhm=None)),
            "sbxx.dyqr（抵押权人）不能为空",
        ),
        (("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, dyfs="3")), "sbxx.dyfs（抵押方式）只能是"),
        (
            ("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, bdbzzqse=None)),
            "sbxx.bdbzzqse（被担保主债权数额）不能为空",
        ),
        (
            ("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, dyfs="2")),
            "sbxx.zgzqse（最高债权数额）不能为空（最高额抵押）",
        ),
        (
            ("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, zwlxqssj="2026-02-30")),
            "sbxx.zwlxqssj（债务履行起始日期）须为 YYYY-MM-DD 格式的有效日期",
        ),
        (
            ("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, zwlxjssj="2020-01-01")),
            "sbxx.zwlxjssj（债务履行结束日期）不能早于",
        ),
        (("S1", "DYBA", "q", None, mortgage_sbxx(fwbm, dylx="车辆抵押")), "sbxx.dylx（抵押类型）只能是"),
    ]
    for (slbh, lc, request, sbr, sbxx), expected in cases:
        detail = "NotFound" if "不在楼盘表中" in expected else "InvalidInput"
        message = fails(db, receive_sql, slbh, lc, request, dumps(sbr), dumps(sbxx), detail=detail)
        assert message.startswith(expected), (expected, message)
    for sql, args, expected in [
        ("SELECT ycsl.qmy_js(%s, 'q', %s::jsonb, 'x')", ("", dumps(FJ)), "htbh（合同编号）不能为空"),
        (
            "SELECT ycsl.qmy_js(%s, 'q', %s::jsonb, 'x')",
            ("CLF-NONE", dumps(FJ)),
            "htbh（合同编号）「CLF-NONE」不存在",
        ),
        (
            "SELECT ycsl.qmy_js(%s, 'q', %s::jsonb, 'x')",
            ("CLF-NONE", "[]"),
            "fj（签字页影像）须为非空 JSON 数组",
        ),
        ("SELECT ycsl.cj(%s, %s, 'q', 'x')", ("S1", ""), "yy（撤件原因）不能为空"),
        ("SELECT ycsl.cj(%s, %s, 'q', 'x')", ("S-NONE", "原因"), "slbh（一窗受理号）「S-NONE」不存在"),
        (
            "SELECT ycsl.dbwc(%s, %s, 'q', NULL, 'x')",
            (None, None),
            "slbh（一窗受理号）与 djywh（登记业务号）不能都为空",
        ),
        ("SELECT ycsl.dbwc(%s, %s, 'q', NULL, 'x')", ("S1", None), "djywh（登记业务号）不能为空"),
        (
            "SELECT ycsl.dbwc(%s, %s, 'q', '{\"djsj\": \"昨天\"}', 'x')",
            ("S1", "D"),
            "dbxx.djsj（登簿时间）须为 ISO 8601",
        ),
        ("SELECT ycsl.xd_jc(%s, %s, %s)", ("S1", "", "原因"), "czr（操作人）不能为空"),
        ("SELECT ycsl.xd_jc(%s, %s, %s)", ("S1", "张", ""), "yy（解除原因）不能为空"),
    ]:
        message = fails(db, sql, *args, detail="NotFound" if "不存在" in expected else "InvalidInput")
        assert message.startswith(expected), (expected, message)
    # a signature page with a bad digest, on a real contract
    ans = receive(db, new_slbh(), "CLFWQ", {"fwbm": fwbm, "htje": 1}, parties)
    bad = [FJ[0], {"wjm": "b", "wjlx": "image/png", "dx": 5, "sha256": "ABC"}]
    assert fails(db, "SELECT ycsl.qmy_js(%s, 'q', %s::jsonb, 'x')", ans["htbh"], dumps(bad)).startswith(
        "fj[2].sha256（文件摘要）须为 64 位小写十六进制"
    )
    assert counts(db)["ycsl.fj"] == 0


def test_numbers_come_from_sequences_and_skip_numbers_in_use(db) -> None:
    y = year(db)
    _h, fwbm, _, _ = owned_flat(db)
    h2, _fwbm2, _ = new_flat(db)
    with tx(db) as c:  # numbers the seed or the simulator already gave out (same format)
        for n in (1, 2, 7):
            q(
                c,
                "INSERT INTO ht.clfht (htbh, h_id, htje, htzt) VALUES (%s, %s, 1, '已撤销') RETURNING id",
                (f"CLF{y}{n:08d}", h2),
            )
    first = receive(db, new_slbh(), "CLFWQ", {"fwbm": fwbm, "htje": 1}, sale_parties())
    assert first["htbh"] == f"CLF{y}00000008"
    withdraw(db, first["slbh"])
    second = receive(db, new_slbh(), "CLFWQ", {"fwbm": fwbm, "htje": 1}, sale_parties())
    assert second["htbh"] == f"CLF{y}00000009"
    assert call(db, "SELECT ycsl.bh_sc('ywh')") == f"YC{y}000000003"
    assert "编号种类" in fails(db, "SELECT ycsl.bh_sc('xyz')")
