"""交易安全 guards (docs/guards.md): the rules AQ01–AQ07 checked at commit by the deferred constraint triggers
on contracts, their parties and mortgage filings; one-time overrides (role, audit), mortgagee consent,
settings and rule switches (audited), two sessions selling one flat at once, ``jydj guard``.

The triggers fire at COMMIT, so every test works on a fresh database of its own (``make_db``) and commits;
registration data arrives the real way (staged through S4, validated and loaded: ``stagekit``).
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from typing import Any

import psycopg2
import pytest
from click.testing import CliRunner
from stagekit import (
    linked_flat,
    mortgage,
    new_ywh,
    objection,
    one,
    ownership,
    party,
    person_id,
    prenotice,
    q,
    release,
    seizure,
    stage,
    validate_all,
)

from jydj.codes import make_uscc

BANK = "中国建设银行股份有限公司达州分行"
DEVELOPER = ("达州凤凰房地产开发有限公司", make_uscc("9", "1", "511700", "MA62A0009"))
TODAY_FAR = "2099-12-31"
_flat_no = itertools.count(600)
_htbh = itertools.count(1)


# ----------------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------------


@pytest.fixture
def db(make_db) -> str:
    return make_db("jy")


@contextmanager
def tx(dsn: str) -> Iterator[Any]:
    """One committed transaction (rolled back if the body raises)."""
    conn = psycopg2.connect(dsn)
    try:
        yield conn
        conn.commit()
    finally:
        conn.rollback()
        conn.close()


def refused(dsn: str, work: Callable[[Any], Any]) -> psycopg2.Error:
    """Run ``work(conn)`` and commit: the guard must refuse the commit (SQLSTATE JYAQ1)."""
    with closing(psycopg2.connect(dsn)) as conn:
        work(conn)
        with pytest.raises(psycopg2.Error) as err:
            conn.commit()
    assert err.value.pgcode == "JYAQ1", err.value
    return err.value


def passes(dsn: str, work: Callable[[Any], Any]) -> Any:
    with tx(dsn) as c:
        return work(c)


def rules(err: psycopg2.Error) -> list[str]:
    detail = json.loads(err.diag.message_detail)
    assert all(set(v) == {"gzbm", "xx"} for v in detail), detail
    return [v["gzbm"] for v in detail]


def new_flat(dsn: str) -> tuple[int, str, str]:
    """A coded flat linked to a fresh unit, committed: (h_id, fwbm, bdcdyh)."""
    with tx(dsn) as c:
        fwbm, dy = linked_flat(c, next(_flat_no))
        h_id = one(c, "SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm,))
    return h_id, fwbm, dy


def load(dsn: str, *images: dict[str, Any]) -> None:
    """Stage share_dj rows (``dbjg`` unless the image is a party) through S4, validate and load them."""
    with tx(dsn) as c:
        for image in images:
            stage(c, "qlr" if "sqrlb" in image else "dbjg", image)
        res = validate_all(c)
        assert res["unqualified"] == 0, q(c, "SELECT lybm, lyzj, jyjg FROM stg.djsj WHERE jyzt = '不合格'")


def htbh(prefix: str = "HT") -> str:
    return f"{prefix}-{os.getpid()}-{next(_htbh)}"


def contract(
    c,
    kind: str,
    h_id: int,
    fwbm: str,
    number: str,
    htzt: str = "已签约",
    buyers: tuple[tuple[str, str | None], ...] = (("张三", person_id(1)),),
    qyrq: str | None = None,
) -> int:
    """A contract of ``kind`` (spfht/clfht) with the developer (or owner) as seller and ``buyers``."""
    filed = htzt == "已备案"
    ht_id = one(
        c,
        f"""INSERT INTO ht.{kind} (htbh, htbah, h_id, fwbm, htje, htzt, qyrq, barq)
            VALUES (%s, %s, %s, %s, 800000, %s, coalesce(%s::date, current_date),
                    CASE WHEN %s THEN coalesce(%s::date, current_date) END)
            RETURNING id""",
        (number, "BA" + number if filed else None, h_id, fwbm, htzt, qyrq, filed, qyrq),
    )
    q(
        c,
        f"INSERT INTO ht.{kind}_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm) VALUES (%s, '出卖人', 1, %s, '8', %s)"
        " RETURNING id",
        (ht_id, *DEVELOPER),
    )
    for i, (name, zjhm) in enumerate(buyers, 1):
        q(
            c,
            f"INSERT INTO ht.{kind}_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm)"
            " VALUES (%s, '买受人', %s, %s, '1', %s) RETURNING id",
            (ht_id, i, name, zjhm),
        )
    return ht_id


def filing(
    c, flats: list[tuple[int, str]], dybah: str, dyrzjhm: str | None = person_id(1), bazt: str = "已备案"
) -> int:
    """A mortgage filing (ht.dyba) of ``flats`` by 张三 to the bank."""
    dyba_id = one(
        c,
        """INSERT INTO ht.dyba (dybah, dylx, dyfs, dyr, dyrzjzl, dyrzjhm, dyqr, dyqrzjzl, bdbzzqse,
                                bazt, basj)
           VALUES (%s, '现房抵押', '1', '张三', '1', %s, %s, '8', 500000, %s,
                   CASE WHEN %s = '已备案' THEN now() END)
           RETURNING id""",
        (dybah, dyrzjhm, BANK, bazt, bazt),
    )
    for h_id, fwbm in flats:
        q(
            c,
            "INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm) VALUES (%s, %s, %s) RETURNING id",
            (dyba_id, h_id, fwbm),
        )
    return dyba_id


def restriction(c, h_id: int, fwbm: str, xzlx: str, xzbh: str, **kw: Any) -> None:
    values = {"xzwh": f"达市房发〔2026〕{xzbh[-3:]}号", "xzjg": "达州市房地产事务中心"} | kw
    names = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    q(
        c,
        f"INSERT INTO ht.xzxz (xzbh, h_id, fwbm, xzlx, {names})"
        f" VALUES (%s, %s, %s, %s, {marks}) RETURNING id",
        (xzbh, h_id, fwbm, xzlx, *values.values()),
    )


def check(dsn: str, kind: str, h_id: int, zjhm: list[str] | None = None) -> list[tuple[str, str]]:
    with closing(psycopg2.connect(dsn)) as c:
        c.set_session(readonly=True)
        return [
            (g, x)
            for g, _m, x in q(c, "SELECT * FROM aq.jc_fw(%s, %s, NULL, %s::text[])", (kind, h_id, zjhm))
        ]


def assert_refusal(err: psycopg2.Error, code: str, fwbm: str, *words: str) -> None:
    """The refusal's contract: SQLSTATE JYAQ1, the first violation in the message with its code, the flat
    named, every violation in DETAIL (JSON), how to override in HINT."""
    message = err.diag.message_primary
    assert message.startswith(f"交易安全校验未通过：{code} "), message
    assert fwbm in message, message
    for word in words:
        assert word in message, (word, message)
    assert code in rules(err)
    assert "aq.fx_sq" in err.diag.message_hint


# ----------------------------------------------------------------------------------------------------------
# the catalog
# ----------------------------------------------------------------------------------------------------------


def test_catalog_settings_and_role(db) -> None:
    with tx(db) as c:
        rows = q(c, "SELECT gzbm, gzmc, qy, sy FROM aq.gz ORDER BY gzbm")
        assert [r[0] for r in rows] == [f"AQ0{i}" for i in range(1, 8)]
        assert all(r[2] for r in rows)
        sy = {r[0]: set(r[3]) for r in rows}
        assert {k for k, v in sy.items() if "dyba" in v} == {"AQ02", "AQ03", "AQ04", "AQ06", "AQ07"}
        assert all({"spfht", "clfht"} <= v for v in sy.values())
        assert q(c, "SELECT csz FROM aq.sz WHERE csm = 'dy_xyty'") == [("true",)]
        assert one(c, "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'jydj_aq_fx'") is False
        # a rule cannot be widened beyond its definition
        with pytest.raises(psycopg2.errors.CheckViolation):
            q(c, "UPDATE aq.gz SET sy = sy || ARRAY['dyba'] WHERE gzbm = 'AQ01' RETURNING gzbm")


def test_a_clean_flat_signs_files_and_mortgages(db) -> None:
    h, fwbm, _ = new_flat(db)
    number = htbh("SPF")
    passes(db, lambda c: contract(c, "spfht", h, fwbm, number, "已备案"))
    passes(db, lambda c: filing(c, [(h, fwbm)], htbh("DYBA")))
    # the flat now has an active contract and a filed mortgage: another sale is refused (AQ01, AQ05)
    assert [g for g, _ in check(db, "spfht", h, [person_id(1)])] == ["AQ01", "AQ05"]
    h2, fwbm2, _ = new_flat(db)
    passes(db, lambda c: contract(c, "clfht", h2, fwbm2, htbh("CLF")))
    with tx(db) as c:
        assert one(c, "SELECT count(*) FROM audit.czrz WHERE dxb LIKE 'aq.%%'") == 0


# ----------------------------------------------------------------------------------------------------------
# each rule: refused, and the case that passes
# ----------------------------------------------------------------------------------------------------------


def test_aq01_another_active_contract_until_its_ownership_is_registered(db) -> None:
    h, fwbm, dy = new_flat(db)
    first = htbh("SPF")
    passes(db, lambda c: contract(c, "spfht", h, fwbm, first, "已备案", qyrq="2026-10-01"))
    second = htbh("CLF")
    err = refused(db, lambda c: contract(c, "clfht", h, fwbm, second))
    assert_refusal(err, "AQ01", fwbm, first, "商品房合同", "一房多卖")
    assert rules(err) == ["AQ01"]
    # the buyer's ownership (登簿 2026-11-20, after the contract) completes the first contract
    load(db, ownership(new_ywh(), dy, fwbm))
    passes(db, lambda c: contract(c, "clfht", h, fwbm, second))
    # the other way round: a resale contract blocks a new-house contract (the unique index is per table)
    h2, fwbm2, _ = new_flat(db)
    resale = htbh("CLF")
    passes(db, lambda c: contract(c, "clfht", h2, fwbm2, resale))
    err = refused(db, lambda c: contract(c, "spfht", h2, fwbm2, htbh("SPF")))
    assert_refusal(err, "AQ01", fwbm2, resale, "存量房合同")


def test_aq02_seizure_and_seizure_restriction(db) -> None:
    h, fwbm, dy = new_flat(db)
    cf = new_ywh()
    load(db, ownership(new_ywh(), dy, fwbm), seizure(cf, dy))
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, htbh()))
    assert_refusal(err, "AQ02", fwbm, "（2026）川1702执123号", "达州市通川区人民法院", "已被查封")
    assert rules(err) == ["AQ02"]
    load(db, release(new_ywh(), dy, cf))
    number = htbh()
    passes(db, lambda c: contract(c, "spfht", h, fwbm, number))

    h2, fwbm2, _ = new_flat(db)
    passes(db, lambda c: restriction(c, h2, fwbm2, "预查封", "XZ-PCF-001", xzwh="（2026）川1702执保45号"))
    err = refused(db, lambda c: contract(c, "clfht", h2, fwbm2, htbh()))
    assert_refusal(err, "AQ02", fwbm2, "预查封", "XZ-PCF-001", "（2026）川1702执保45号")
    assert rules(err) == ["AQ02"]  # a 预查封 restriction is AQ02, not AQ06
    # an expired seizure restriction no longer counts
    h3, fwbm3, _ = new_flat(db)
    passes(
        db, lambda c: restriction(c, h3, fwbm3, "查封", "XZ-CF-002", xzqssj="2020-01-01", xzjssj="2021-01-01")
    )
    passes(db, lambda c: contract(c, "clfht", h3, fwbm3, htbh()))


def test_aq03_objection_and_disabling_the_rule_is_audited(db) -> None:
    h, fwbm, dy = new_flat(db)
    yy = new_ywh()
    load(db, ownership(new_ywh(), dy, fwbm), objection(yy, dy))
    number = htbh("CLF")
    err = refused(db, lambda c: contract(c, "clfht", h, fwbm, number))
    assert_refusal(err, "AQ03", fwbm, f"川（2026）达州市不动产证明第{yy[-7:]}号", "异议")

    with tx(db) as c:
        q(
            c,
            "SELECT set_config('jydj.czr', '张科长', true),"
            " set_config('jydj.yy', '异议已过期，登记端未注销', true)",
        )
        q(c, "UPDATE aq.gz SET qy = false, gxsj = now() WHERE gzbm = 'AQ03' RETURNING gzbm")
        q(
            c, "UPDATE aq.gz SET gxsj = now() WHERE gzbm = 'AQ03' RETURNING gzbm"
        )  # nothing changed: not audited
    with tx(db) as c:
        log = q(
            c,
            "SELECT czr, czlx, dxzj, bgq ->> 'qy', bgh ->> 'qy', yy, ly FROM audit.czrz WHERE dxb = 'aq.gz'",
        )
    assert log == [("张科长", "交易安全规则变更", "AQ03", "true", "false", "异议已过期，登记端未注销", "cli")]
    assert check(db, "clfht", h) == []
    passes(db, lambda c: contract(c, "clfht", h, fwbm, number))

    with tx(db) as c:  # a DBA's plain UPDATE is caught too, with the login user as operator
        q(c, "UPDATE aq.gz SET qy = true WHERE gzbm = 'AQ03' RETURNING gzbm")
        assert q(
            c, "SELECT czr, bgh ->> 'qy', yy FROM audit.czrz WHERE dxb = 'aq.gz' ORDER BY id DESC LIMIT 1"
        ) == [(one(c, "SELECT session_user::text"), "true", None)]
    assert "AQ03" in [g for g, _ in check(db, "clfht", h)]


def test_aq04_prenotice_for_someone_else_and_the_buyer_path(db) -> None:
    h, fwbm, dy = new_flat(db)
    yg = new_ywh()
    load(db, prenotice(yg, dy), party(yg, 1, qlrmc="张三", zjhm=person_id(1)))
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, htbh(), buyers=(("李四", person_id(2)),)))
    assert_refusal(err, "AQ04", fwbm, f"川（2026）达州市不动产证明第{yg[-7:]}号", "张三", "买受人")
    assert rules(err) == ["AQ04"]
    # no buyer at all: refused too
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, htbh(), buyers=()))
    assert rules(err) == ["AQ04"]
    # the pre-notice holder buys: passes
    number = htbh()
    ht_id = passes(db, lambda c: contract(c, "spfht", h, fwbm, number, buyers=(("张三", person_id(1)),)))

    # the buyer path: a co-buyer may be added …
    passes(
        db,
        lambda c: q(
            c,
            "INSERT INTO ht.spfht_dsr (ht_id, jslx, sxh, mc, zjzl, zjhm)"
            " VALUES (%s, '买受人', 2, '王五', '1', %s) RETURNING id",
            (ht_id, person_id(5)),
        ),
    )
    # … but replacing the holder by someone else is refused at commit (AQ04 only)
    err = refused(
        db,
        lambda c: q(
            c,
            "UPDATE ht.spfht_dsr SET mc = '李四', zjhm = %s WHERE ht_id = %s AND sxh = 1 AND jslx = '买受人'"
            " RETURNING id",
            (person_id(2), ht_id),
        ),
    )
    assert rules(err) == ["AQ04"] and fwbm in err.diag.message_primary
    err = refused(
        db,
        lambda c: q(
            c,
            "DELETE FROM ht.spfht_dsr WHERE ht_id = %s AND sxh = 1 AND jslx = '买受人' RETURNING id",
            (ht_id,),
        ),
    )
    assert rules(err) == ["AQ04"]
    with tx(db) as c:
        assert q(
            c, "SELECT zjhm FROM ht.spfht_dsr WHERE ht_id = %s AND jslx = '买受人' ORDER BY sxh", (ht_id,)
        ) == [
            (person_id(1),),
            (person_id(5),),
        ]


def test_aq04_by_name_when_the_prenotice_has_no_party_ids(db) -> None:
    h, fwbm, dy = new_flat(db)
    with tx(db) as c:  # a legacy pre-notice that records its holder by name only
        q(
            c,
            "INSERT INTO djjg.ygdj (ywh, bdcdyh, fwbm, ygdjzl, qlr, bdcdjzmh, qszt) "
            "VALUES ('YG-OLD-1', %s, %s, '1', '赵六', '川（2019）达州市不动产证明第0000001号', '1')"
            " RETURNING id",
            (dy, fwbm),
        )
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, htbh(), buyers=(("钱七", person_id(7)),)))
    assert_refusal(err, "AQ04", fwbm, "川（2019）达州市不动产证明第0000001号", "赵六")
    passes(db, lambda c: contract(c, "spfht", h, fwbm, htbh(), buyers=(("赵六", person_id(6)),)))


def test_aq05_mortgage_needs_the_mortgagees_consent(db) -> None:
    h, fwbm, dy = new_flat(db)
    own, dya = new_ywh(), new_ywh()
    load(db, ownership(own, dy, fwbm), mortgage(dya, dy, syywh=own))
    zmh = f"川（2026）达州市不动产证明第{dya[-7:]}号"
    number = htbh("CLF")
    err = refused(db, lambda c: contract(c, "clfht", h, fwbm, number))
    assert_refusal(err, "AQ05", fwbm, zmh, BANK, number)
    assert rules(err) == ["AQ05"]

    with tx(db) as c:  # another mortgagee's consent does not count
        q(
            c,
            "SELECT aq.dyty_dj(%s, %s, '中国银行达州分行', NULL, '经办人甲', '同意书 2026-001')",
            (fwbm, number),
        )
    refused(db, lambda c: contract(c, "clfht", h, fwbm, number))
    with tx(db) as c:
        ty = one(
            c, "SELECT aq.dyty_dj(%s, %s, %s, NULL, '经办人甲', '同意书 2026-002')", (fwbm, number, BANK)
        )
        assert q(
            c,
            "SELECT czr, czlx, dxb, bgh ->> 'dyqr', yy FROM audit.czrz WHERE dxzj = %s AND dxb = 'aq.dyty'",
            (str(ty),),
        ) == [("经办人甲", "抵押权人同意", "aq.dyty", BANK, "同意书 2026-002")]
    passes(db, lambda c: contract(c, "clfht", h, fwbm, number))

    # errors name the parameter
    with tx(db) as c:
        for args, word in (
            ((fwbm, number, BANK, None, " ", "x"), "p_czr"),
            ((fwbm, number, BANK, None, "甲", ""), "p_yy"),
            ((fwbm, number, " ", None, "甲", "x"), "p_dyqr"),
            (("51170200000000000000000", number, BANK, None, "甲", "x"), "p_fwbm"),
        ):
            with pytest.raises(psycopg2.Error) as bad:
                q(c, "SELECT aq.dyty_dj(%s, %s, %s, %s, %s, %s)", args)
            assert word in bad.value.diag.message_primary
            c.rollback()

    # a housing-side mortgage filing counts as a mortgage too
    h2, fwbm2, _ = new_flat(db)
    dybah = htbh("DYBA")
    passes(db, lambda c: filing(c, [(h2, fwbm2)], dybah))
    err = refused(db, lambda c: contract(c, "spfht", h2, fwbm2, htbh()))
    assert_refusal(err, "AQ05", fwbm2, dybah)

    # the setting off: AQ05 is not checked (the change is audited)
    with tx(db) as c:
        q(c, "SELECT set_config('jydj.yy', '试运行期间暂停', true)")
        q(c, "UPDATE aq.sz SET csz = 'false' WHERE csm = 'dy_xyty' RETURNING csm")
        assert q(
            c, "SELECT czlx, dxzj, bgq ->> 'csz', bgh ->> 'csz', yy FROM audit.czrz WHERE dxb = 'aq.sz'"
        ) == [("交易安全设置变更", "dy_xyty", "true", "false", "试运行期间暂停")]
    passes(db, lambda c: contract(c, "spfht", h2, fwbm2, htbh()))


def test_aq06_restriction_until_lifted(db) -> None:
    h, fwbm, _ = new_flat(db)
    passes(db, lambda c: restriction(c, h, fwbm, "限售", "XZ-XS-101", xzjssj=TODAY_FAR))
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, htbh()))
    assert_refusal(err, "AQ06", fwbm, "限售", "XZ-XS-101", "达市房发〔2026〕101号")
    assert rules(err) == ["AQ06"]
    passes(
        db,
        lambda c: q(
            c, "UPDATE ht.xzxz SET xzzt = '已解除', jcsj = now() WHERE xzbh = 'XZ-XS-101' RETURNING id"
        ),
    )
    passes(db, lambda c: contract(c, "spfht", h, fwbm, htbh()))


def test_aq07_lost_flat(db) -> None:
    h, fwbm, _ = new_flat(db)
    passes(db, lambda c: q(c, "UPDATE lpb.h SET fwzt = '已灭失' WHERE id = %s RETURNING id", (h,)))
    err = refused(db, lambda c: contract(c, "clfht", h, fwbm, htbh()))
    assert_refusal(err, "AQ07", fwbm, "已灭失")
    err = refused(db, lambda c: filing(c, [(h, fwbm)], htbh("DYBA")))
    assert_refusal(err, "AQ07", fwbm, "抵押备案")


def test_all_violations_in_detail_and_the_read_only_check(db) -> None:
    h, fwbm, dy = new_flat(db)
    load(db, ownership(new_ywh(), dy, fwbm), seizure(new_ywh(), dy), objection(new_ywh(), dy))
    passes(db, lambda c: restriction(c, h, fwbm, "冻结", "XZ-DJ-201"))
    err = refused(db, lambda c: contract(c, "clfht", h, fwbm, htbh()))
    assert rules(err) == ["AQ02", "AQ03", "AQ06"]
    assert_refusal(err, "AQ02", fwbm)
    found = check(db, "clfht", h)  # in a READ ONLY transaction: it writes nothing
    assert [g for g, _ in found] == ["AQ02", "AQ03", "AQ06"]
    assert all(fwbm in x for _, x in found)
    with closing(psycopg2.connect(db)) as c, pytest.raises(psycopg2.Error) as bad:
        q(c, "SELECT * FROM aq.jc_fw('xyz', %s, NULL, NULL)", (h,))
    assert "p_lx" in bad.value.diag.message_primary


# ----------------------------------------------------------------------------------------------------------
# when the triggers fire
# ----------------------------------------------------------------------------------------------------------


def test_plain_sql_update_into_signed_and_moving_a_contract(db) -> None:
    h, fwbm, dy = new_flat(db)
    load(db, ownership(new_ywh(), dy, fwbm), seizure(new_ywh(), dy))
    number = htbh()
    passes(db, lambda c: contract(c, "spfht", h, fwbm, number, htzt="草签"))  # a draft is not checked
    err = refused(
        db, lambda c: q(c, "UPDATE ht.spfht SET htzt = '已签约' WHERE htbh = %s RETURNING id", (number,))
    )
    assert_refusal(err, "AQ02", fwbm)
    # signed and withdrawn again before the commit: the row as it stands at commit is checked (nothing to do)
    other = htbh()

    def sign_and_withdraw(c) -> None:
        contract(c, "spfht", h, fwbm, other)
        q(c, "UPDATE ht.spfht SET htzt = '已撤销', cxsj = now() WHERE htbh = %s RETURNING id", (other,))

    passes(db, sign_and_withdraw)
    # a signed contract moved onto the seized flat
    h2, fwbm2, _ = new_flat(db)
    moved = htbh()
    passes(db, lambda c: contract(c, "spfht", h2, fwbm2, moved))
    err = refused(
        db, lambda c: q(c, "UPDATE ht.spfht SET h_id = %s WHERE htbh = %s RETURNING id", (h, moved))
    )
    assert_refusal(err, "AQ02", fwbm)
    # SET CONSTRAINTS … IMMEDIATE checks at the statement
    with closing(psycopg2.connect(db)) as c:
        q(c, "UPDATE ht.spfht SET htzt = '已签约' WHERE htbh = %s RETURNING id", (number,))
        with pytest.raises(psycopg2.Error) as now:
            q(c, "SET CONSTRAINTS ht.spfht_after_aq_tg IMMEDIATE; SELECT 1")
        assert now.value.pgcode == "JYAQ1"


def test_mortgage_filings(db) -> None:
    seized, fwbm_s, dy_s = new_flat(db)
    clean, fwbm_c, _ = new_flat(db)
    load(db, ownership(new_ywh(), dy_s, fwbm_s), seizure(new_ywh(), dy_s))
    err = refused(db, lambda c: filing(c, [(clean, fwbm_c), (seized, fwbm_s)], htbh("DYBA")))
    assert_refusal(err, "AQ02", fwbm_s)
    # pending (待备案) is not checked; filing it is
    dybah = htbh("DYBA")
    passes(db, lambda c: filing(c, [(seized, fwbm_s)], dybah, bazt="待备案"))
    err = refused(
        db,
        lambda c: q(
            c, "UPDATE ht.dyba SET bazt = '已备案', basj = now() WHERE dybah = %s RETURNING id", (dybah,)
        ),
    )
    assert_refusal(err, "AQ02", fwbm_s, "查封")
    # a flat added to a filed mortgage is checked
    filed = htbh("DYBA")
    dyba_id = passes(db, lambda c: filing(c, [(clean, fwbm_c)], filed))
    err = refused(
        db,
        lambda c: q(
            c,
            "INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm) VALUES (%s, %s, %s) RETURNING id",
            (dyba_id, seized, fwbm_s),
        ),
    )
    assert_refusal(err, "AQ02", fwbm_s)

    # pre-notice: the mortgagor must be its holder
    h, fwbm, dy = new_flat(db)
    yg = new_ywh()
    load(db, prenotice(yg, dy), party(yg, 1, zjhm=person_id(1)))
    err = refused(db, lambda c: filing(c, [(h, fwbm)], htbh("DYBA"), dyrzjhm=person_id(2)))
    assert_refusal(err, "AQ04", fwbm, "抵押人")
    ok = htbh("DYBA")
    passes(db, lambda c: filing(c, [(h, fwbm)], ok, dyrzjhm=person_id(1)))
    err = refused(
        db,
        lambda c: q(c, "UPDATE ht.dyba SET dyrzjhm = %s WHERE dybah = %s RETURNING id", (person_id(3), ok)),
    )
    assert rules(err) == ["AQ04"]

    # AQ01 and AQ05 do not apply to a mortgage filing: a signed contract and an earlier mortgage are fine
    h3, fwbm3, dy3 = new_flat(db)
    own, dya = new_ywh(), new_ywh()
    load(db, ownership(own, dy3, fwbm3), mortgage(dya, dy3, syywh=own))
    sale = htbh("CLF")
    with tx(db) as c:  # consent recorded by the mortgage's proof number
        zmh = one(c, "SELECT bdcdjzmh FROM djjg.dyaq WHERE ywh = %s", (dya,))
        q(c, "SELECT aq.dyty_dj(%s, %s, '建行达州分行', %s, '经办人甲', '同意书')", (fwbm3, sale, zmh))
        contract(c, "clfht", h3, fwbm3, sale)
    passes(db, lambda c: filing(c, [(h3, fwbm3)], htbh("DYBA")))

    # an override for a filing names its 备案号 and the flat
    allowed = htbh("DYBA")
    with tx(db) as c:
        fx = grant(c, "AQ02", "dyba", allowed, fwbm_s)
    passes(db, lambda c: filing(c, [(seized, fwbm_s)], allowed))
    with tx(db) as c:
        assert q(c, "SELECT sybz FROM aq.fx WHERE id = %s", (fx,)) == [(True,)]


# ----------------------------------------------------------------------------------------------------------
# overrides
# ----------------------------------------------------------------------------------------------------------


def grant(c, rule: str, kind: str, number: str, fwbm: str, hours: int = 24) -> int:
    return one(
        c,
        "SELECT aq.fx_sq(%s, %s, %s, %s, '张科长', '法院已出具解除查封裁定书，登记端尚未解封',"
        " %s * interval '1 hour')",
        (rule, kind, number, fwbm, hours),
    )


def test_an_override_lets_exactly_that_contract_through_once(db) -> None:
    h, fwbm, dy = new_flat(db)
    load(db, ownership(new_ywh(), dy, fwbm), seizure(new_ywh(), dy))
    number = htbh()
    with tx(db) as c:
        fx = grant(c, "aq02", "spfht", number, fwbm)  # the rule code is not case-sensitive
        assert q(
            c,
            "SELECT czr, czlx, dxb, bgh ->> 'gzbm', bgh ->> 'dxbh', yy, ly"
            " FROM audit.czrz WHERE dxb = 'aq.fx'",
        ) == [
            (
                "张科长",
                "交易安全放行",
                "aq.fx",
                "AQ02",
                number,
                "法院已出具解除查封裁定书，登记端尚未解封",
                "cli",
            )
        ]
    # another contract on the same flat is not let through
    err = refused(db, lambda c: contract(c, "clfht", h, fwbm, htbh("CLF")))
    assert rules(err) == ["AQ02"]
    passes(db, lambda c: contract(c, "spfht", h, fwbm, number))
    with tx(db) as c:
        used = q(c, "SELECT sybz, sysj IS NOT NULL FROM aq.fx WHERE id = %s", (fx,))
        assert used == [(True, True)]
        assert (
            one(
                c, "SELECT count(*) FROM audit.czrz WHERE czlx = '交易安全放行使用' AND dxzj = %s", (str(fx),)
            )
            == 1
        )
    # once: withdrawn and signed again, the same contract is refused
    passes(
        db,
        lambda c: q(
            c, "UPDATE ht.spfht SET htzt = '已撤销', cxsj = now() WHERE htbh = %s RETURNING id", (number,)
        ),
    )
    err = refused(
        db, lambda c: q(c, "UPDATE ht.spfht SET htzt = '已签约' WHERE htbh = %s RETURNING id", (number,))
    )
    assert rules(err) == ["AQ02"]


def test_an_override_of_one_rule_does_not_pass_another_and_expires(db) -> None:
    h, fwbm, dy = new_flat(db)
    load(db, ownership(new_ywh(), dy, fwbm), seizure(new_ywh(), dy))
    passes(db, lambda c: restriction(c, h, fwbm, "限购", "XZ-XG-301"))
    number = htbh()
    fx = passes(db, lambda c: grant(c, "AQ02", "spfht", number, fwbm))
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, number))
    assert rules(err) == ["AQ06"]  # AQ02 forgiven, AQ06 not
    with tx(db) as c:
        assert q(c, "SELECT sybz FROM aq.fx WHERE id = %s", (fx,)) == [(False,)]  # not used: the check failed
        q(
            c,
            "UPDATE aq.fx SET sqsj = now() - interval '2 days', yxq = now() - interval '1 day'"
            " WHERE id = %s RETURNING id",
            (fx,),
        )
        grant(c, "AQ06", "spfht", number, fwbm)
    err = refused(db, lambda c: contract(c, "spfht", h, fwbm, number))
    assert rules(err) == ["AQ02"]  # the AQ02 override expired
    passes(db, lambda c: grant(c, "AQ02", "spfht", number, fwbm))
    passes(db, lambda c: contract(c, "spfht", h, fwbm, number))


def test_override_parameters_are_checked(db) -> None:
    _, fwbm, _ = new_flat(db)
    cases = [
        (("AQ02", "spfht", "HT-1", fwbm, " ", "理由"), "p_czr", "22023"),
        (("AQ02", "spfht", "HT-1", fwbm, "张科长", None), "p_yy", "22023"),
        (("AQ99", "spfht", "HT-1", fwbm, "张科长", "理由"), "p_gzbm", "P0002"),
        (("AQ02", "spfht", "HT-1", "51170200000000000000000", "张科长", "理由"), "p_fwbm", "P0002"),
        (("AQ01", "dyba", "DY-1", fwbm, "张科长", "理由"), "p_dxlx", "22023"),
        (("AQ02", "htxx", "HT-1", fwbm, "张科长", "理由"), "p_dxlx", "22023"),
        (("AQ02", "spfht", "", fwbm, "张科长", "理由"), "p_dxbh", "22023"),
    ]
    with closing(psycopg2.connect(db)) as c:
        for args, word, code in cases:
            with pytest.raises(psycopg2.Error) as bad:
                q(c, "SELECT aq.fx_sq(%s, %s, %s, %s, %s, %s)", args)
            assert (bad.value.pgcode, word in bad.value.diag.message_primary) == (code, True), bad.value
            c.rollback()
    # a contract that exists on another flat cannot be named
    h2, fwbm2, _ = new_flat(db)
    number = htbh()
    passes(db, lambda c: contract(c, "spfht", h2, fwbm2, number))
    with closing(psycopg2.connect(db)) as c, pytest.raises(psycopg2.Error) as bad:
        grant(c, "AQ02", "spfht", number, fwbm)
    assert "不在房屋" in bad.value.diag.message_primary


def test_only_members_of_the_override_role_may_grant(db) -> None:
    _, fwbm, _ = new_flat(db)
    outsider, member = f"t_aq_outsider_{os.getpid()}", f"t_aq_member_{os.getpid()}"
    admin = psycopg2.connect(db)
    admin.autocommit = True
    try:
        q(admin, f"CREATE ROLE {outsider} NOLOGIN; CREATE ROLE {member} NOLOGIN IN ROLE jydj_aq_fx; SELECT 1")
        with closing(psycopg2.connect(db)) as c:
            q(c, f"GRANT USAGE ON SCHEMA aq TO {outsider}; SET LOCAL ROLE {outsider}; SELECT 1")
            with pytest.raises(psycopg2.Error) as bad:
                grant(c, "AQ02", "spfht", "HT-R-1", fwbm)
            assert bad.value.pgcode == "JYAQ2"
            assert (
                outsider in bad.value.diag.message_primary and "jydj_aq_fx" in bad.value.diag.message_primary
            )
            c.rollback()
            # a member (not a superuser) may, with the table rights the platform's user has
            q(
                c,
                f"""GRANT USAGE ON SCHEMA aq, lpb, ht, audit TO {member};
                    GRANT SELECT ON aq.gz, lpb.h, ht.spfht, ht.clfht, ht.dyba, ht.dyba_h TO {member};
                    GRANT SELECT, INSERT ON aq.fx, audit.czrz TO {member};
                    GRANT USAGE ON SEQUENCE aq.fx_id_seq, audit.czrz_id_seq TO {member};
                    SET LOCAL ROLE {member}; SELECT 1""",
            )
            assert grant(c, "AQ02", "spfht", "HT-R-1", fwbm) > 0
            assert one(c, "SELECT current_user::text") == member
            c.rollback()  # the grants go with it
    finally:
        q(admin, f"DROP ROLE IF EXISTS {outsider}; DROP ROLE IF EXISTS {member}; SELECT 1")
        admin.close()


# ----------------------------------------------------------------------------------------------------------
# two sessions selling one flat at once
# ----------------------------------------------------------------------------------------------------------


def _commit_in_thread(conn) -> tuple[threading.Thread, dict[str, Any]]:
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            conn.commit()
            out["ok"] = True
        except psycopg2.Error as exc:
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def _wait_until_blocked(dsn: str, pid: int) -> None:
    with closing(psycopg2.connect(dsn)) as watch:
        watch.autocommit = True
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if q(watch, "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)) == [("Lock",)]:
                return
            time.sleep(0.02)
    raise AssertionError("the second session never waited for the flat's lock")


@pytest.mark.parametrize("isolation", ["READ COMMITTED", "REPEATABLE READ"])
def test_two_sessions_selling_one_flat_at_once(db, isolation: str) -> None:
    h, fwbm, _ = new_flat(db)
    first, second = htbh("SPF"), htbh("CLF")
    a, b = psycopg2.connect(db), psycopg2.connect(db)
    try:
        for conn in (a, b):
            conn.set_session(isolation_level=isolation)
        # B starts first (under REPEATABLE READ its snapshot is taken here, before A's contract exists)
        assert one(b, "SELECT fwzt FROM lpb.h WHERE id = %s", (h,)) == "可售"
        contract(a, "spfht", h, fwbm, first, buyers=(("张三", person_id(1)),))
        q(a, "SET CONSTRAINTS ALL IMMEDIATE; SELECT 1")  # A's check runs now and holds the flat's lock
        contract(b, "clfht", h, fwbm, second, buyers=(("李四", person_id(2)),))
        thread, out = _commit_in_thread(b)  # B's check waits for the flat
        _wait_until_blocked(db, b.get_backend_pid())
        assert thread.is_alive()
        a.commit()
        thread.join(30)
        assert not thread.is_alive()
        err = out.get("error")
        assert err is not None, "the second sale was committed"
        if isolation == "READ COMMITTED":  # B saw A's contract after the lock
            assert err.pgcode == "JYAQ1"
            assert_refusal(err, "AQ01", fwbm, first)
        else:  # B's snapshot cannot see A: it must fail instead of selling twice
            assert err.pgcode == "40001", err
        b.rollback()
    finally:
        a.close()
        b.close()
    with tx(db) as c:
        assert q(c, "SELECT htbh FROM ht.spfht WHERE h_id = %s", (h,)) == [(first,)]
        assert q(c, "SELECT htbh FROM ht.clfht WHERE h_id = %s", (h,)) == []


# ----------------------------------------------------------------------------------------------------------
# jydj guard
# ----------------------------------------------------------------------------------------------------------


def test_cli_check_override_consent(db) -> None:
    from jydj.cli import main

    h, fwbm, dy = new_flat(db)
    own, dya = new_ywh(), new_ywh()
    load(db, ownership(own, dy, fwbm), mortgage(dya, dy, syywh=own), seizure(new_ywh(), dy))
    _, clean_fwbm, _ = new_flat(db)
    env = {k: None for k in os.environ if k.startswith("JYDJ_")}
    env |= {"JYDJ_JY_DSN": db, "JYDJ_JY_FRONT_DSN": db, "JYDJ_DJ_FRONT_DSN": db}
    runner = CliRunner()

    def cli(*args: str):
        return runner.invoke(main, ["guard", *args], env=env, catch_exceptions=False)

    out = cli("check", "--fwbm", fwbm, "--lx", "clfht", "--json")
    assert out.exit_code == 1, out.output
    result = json.loads(out.stdout)
    assert result["passed"] is False and result["h_id"] == h
    assert [v["gzbm"] for v in result["results"]["clfht"]] == ["AQ02", "AQ05"]
    out = cli("check", "--fwbm", fwbm)
    assert out.exit_code == 1
    assert f"房屋 {fwbm}（抵押备案）：不通过" in out.stdout and "AQ02 查封/预查封" in out.stdout
    assert cli("check", "--fwbm", clean_fwbm).exit_code == 0
    assert "（商品房合同）：通过" in cli("check", "--fwbm", clean_fwbm).stdout
    bad = cli("check", "--fwbm", "51170200000000000000000")
    assert bad.exit_code == 2 and "不在楼盘表中" in bad.stderr

    number = htbh("CLF")
    out = cli(
        *f"override AQ02 --lx clfht --bh {number} --fwbm {fwbm} --czr 张科长 -m 裁定已解封 --hours 2".split()
    )
    assert out.exit_code == 0, out.output
    assert "已登记放行" in out.stdout
    out = cli(
        *f"consent --fwbm {fwbm} --htbh {number} --dyqr {BANK} --czr 经办人乙 -m 同意书2026-009".split()
    )
    assert out.exit_code == 0, out.output
    passes(db, lambda c: contract(c, "clfht", h, fwbm, number))
    bad = cli("override", "AQ02", "--lx", "clfht", "--bh", number, "--fwbm", fwbm, "-m", " ")
    assert bad.exit_code == 2 and "p_yy" in bad.stderr
    with tx(db) as c:
        assert q(c, "SELECT czlx, czr, ly FROM audit.czrz WHERE dxb IN ('aq.fx', 'aq.dyty') ORDER BY id") == [
            ("交易安全放行", "张科长", "cli"),
            ("抵押权人同意", "经办人乙", "cli"),
            ("交易安全放行使用", one(c, "SELECT session_user::text"), "cli"),
        ]
