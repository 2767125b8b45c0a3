"""Partner simulators (``jydj simulate``): the housing driver in ``jy`` and the registration system on
``dj_front``, first without Debezium (outbox rows, share_dj answers, exactly-once), then end to end through
``jydj run`` (S1→S2→registration→S3→S4 into ``jy`` staging, no dead letters).

Every wait polls with a timeout; nothing sleeps a fixed time to let data arrive.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg2
import psycopg2.sql
import pytest
from streamkit import one, q, wait_for

from jydj.config import Settings
from jydj.seed.load import load_seed
from jydj.simulate.housing import CLERK, KINDS, HousingDriver
from jydj.simulate.registration import RegistrationSimulator

HOUSEHOLDS = 300
#: With 300 flats, seed 31 gives both a completed project and an off-plan one, each with unsold flats.
SEED = 31
DISTRICTS = {"511702", "511703", "511722", "511723", "511724", "511725", "511781"}

#: share_jy detail tables each housing business kind pushes (docs/outbox.md).
DETAILS = {
    "SPFBA": {"share_jy.spfht", "share_jy.spfht_h", "share_jy.spfht_cmr", "share_jy.spfht_msr"},
    "JYQR": {"share_jy.spfht"},
    "DYBA": {"share_jy.dyba", "share_jy.dyba_h"},
    "XZXZ": {"share_jy.xzxz"},
    "XZJC": {"share_jy.xzxz"},
}
#: registration kind → (djlx, qllx, ygdjzl, zslx, kind in jy staging)
ANSWERS = {
    "预告": ("700", None, "1", "不动产登记证明", "预告"),
    "转移": ("200", "4", None, "不动产权证书", "所有权"),
    "预抵押": ("700", None, "3", "不动产登记证明", "预抵押"),
    "抵押权": ("100", "37", None, "不动产登记证明", "抵押权"),
}


def records(dsn: str, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, params)
            names = [c.name for c in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        conn.rollback()
        conn.close()


@pytest.fixture
def seeded(make_db, tmp_path: Path) -> dict[str, str]:
    """Three fresh databases with a small synthetic city (300 flats)."""
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    load_seed(Settings(home=tmp_path, dsns=dsns), households=HOUSEHOLDS, seed=SEED, report=lambda _: None)
    return dsns


def drive(jy: str, steps: int, seed: int) -> list[Any]:
    """Run the housing driver: ``steps`` random businesses, then one of each kind."""
    conn = psycopg2.connect(jy)
    try:
        driver = HousingDriver(conn, seed)
        done = [driver.step() for _ in range(steps)]
        done += [driver.step(kind) for kind in KINDS]
        return [d for d in done if d is not None]
    finally:
        conn.close()


def forward(jy: str, dj_front: str) -> int:
    """Write what the outbox holds into ``dj_front.share_jy``, as S1 and S2 together would: the latest image
    of each target row (outbox order) replaces the row, through the real table's types and constraints."""
    keys = dict(
        q(
            dj_front,
            """SELECT c.relnamespace::regnamespace::text || '.' || c.relname,
                      array_agg(a.attname::text ORDER BY a.attnum)
                 FROM pg_index i
                 JOIN pg_class c ON c.oid = i.indrelid
                 JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
                WHERE i.indisprimary AND c.relnamespace = 'share_jy'::regnamespace
                GROUP BY 1""",
        )
    )
    latest: dict[tuple, tuple[str, dict]] = {}
    for mbb, sjnr in q(jy, "SELECT mbb, sjnr FROM outbox.fjx ORDER BY id"):
        latest[(mbb, *(sjnr[k] for k in keys[mbb]))] = (mbb, sjnr)
    conn = psycopg2.connect(dj_front)
    try:
        with conn.cursor() as cur:
            for mbb, sjnr in latest.values():
                table = psycopg2.sql.Identifier(*mbb.split("."))
                cols = psycopg2.sql.SQL(", ").join(map(psycopg2.sql.Identifier, keys[mbb]))
                image = (json.dumps(sjnr),)
                cur.execute(
                    psycopg2.sql.SQL(
                        "DELETE FROM {t} WHERE ({c}) = (SELECT {c} FROM jsonb_populate_record(NULL::{t}, %s))"
                    ).format(t=table, c=cols),
                    image,
                )
                cur.execute(
                    psycopg2.sql.SQL(
                        "INSERT INTO {t} SELECT * FROM jsonb_populate_record(NULL::{t}, %s)"
                    ).format(t=table),
                    image,
                )
        conn.commit()
    finally:
        conn.close()
    return len(latest)


# --------------------------------------------------------------------------------------------------------
# Housing side
# --------------------------------------------------------------------------------------------------------


def test_housing_businesses_push_their_kinds_through_the_outbox(seeded: dict[str, str]) -> None:
    jy, df = seeded["jy"], seeded["dj_front"]
    done = drive(jy, 40, seed=3)
    kinds = Counter(d.ywlx for d in done)
    assert set(kinds) == set(KINDS), kinds
    ywhs = [d.ywh for d in done]
    assert len(set(ywhs)) == len(ywhs)
    assert all(re.fullmatch(r"JY2[0-9]{3}[0-9]{9}", y) for y in ywhs)
    # every business was accepted (在办) and completed: 办结 with its steps, nothing left 在办 or 驳回
    states = dict(q(jy, "SELECT zt, count(*) FROM yw.jyyw WHERE slr = %s GROUP BY zt", (CLERK,)))
    assert states == {"办结": len(done)}
    assert one(jy, "SELECT count(DISTINCT ywh) FROM yw.jyyw_hj WHERE ywh = ANY (%s)", (ywhs,)) == len(done)
    assert one(jy, "SELECT count(*) FROM yw.jyyw_hj WHERE ywh = ANY (%s) AND jssj < kssj", (ywhs,)) == 0

    # the outbox: per business one gxzb (its kind, 办结, keys present) and the detail tables of its kind
    pushed: dict[str, dict[str, Any]] = {}
    details: dict[str, Counter[str]] = {y: Counter() for y in ywhs}
    for ywh, mbb, czlx, sjnr in q(jy, "SELECT ywh, mbb, czlx, sjnr FROM outbox.fjx ORDER BY id"):
        if mbb == "share_jy.gxzb":
            assert ywh not in pushed and czlx == "I"
            pushed[ywh] = sjnr
        else:
            details[ywh][mbb] += 1
    assert set(pushed) == set(ywhs)
    for d in done:
        g = pushed[d.ywh]
        assert (g["ywlx"], g["ywzt"]) == (d.ywlx, "办结"), g
        assert g["fwbm"] == d.fwbm and g["fwbm"] and g["qxdm"] in DISTRICTS, g
        assert set(details[d.ywh]) == DETAILS[d.ywlx], (d, details[d.ywh])
        assert g["mxsl"] == sum(details[d.ywh].values())
        if d.ywlx in ("SPFBA", "JYQR"):
            assert g["htbh"] == d.htbh
    # the flats' state follows the businesses
    sold = [d.fwbm for d in done if d.ywlx == "SPFBA"]
    assert one(jy, "SELECT count(*) FROM lpb.h WHERE fwbm = ANY (%s) AND fwzt = '已备案'", (sold,)) == len(
        sold
    )
    restricted = one(jy, "SELECT count(*) FROM ht.xzxz WHERE xzzt = '有效'")
    assert one(jy, "SELECT sum(xzzt) FROM lpb.h") == restricted

    # S2 would forward every business (routing rules of dj_front), and every row fits the target tables
    for g in pushed.values():
        assert q(df, "SELECT zf, yy, yysm FROM jh.route_decision('S2', %s)", (json.dumps(g),))[0][0], g
    assert forward(jy, df) > len(done)


def test_housing_driver_is_deterministic_by_seed(make_db, tmp_path: Path) -> None:
    runs = []
    for i in range(2):
        dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
        load_seed(
            Settings(home=tmp_path / str(i), dsns=dsns),
            households=HOUSEHOLDS,
            seed=SEED,
            report=lambda _: None,
        )
        runs.append([(d.ywh, d.ywlx, d.fwbm, d.htbh) for d in drive(dsns["jy"], 15, seed=7)])
    assert runs[0] == runs[1]


# --------------------------------------------------------------------------------------------------------
# Registration side
# --------------------------------------------------------------------------------------------------------


def answers_of(dj_front: str) -> list[dict[str, Any]]:
    """The simulator's answers in ``share_dj`` with what the checks need."""
    return records(
        dj_front,
        """SELECT g.ywh, g.jyywh, g.djlx, g.qllx, g.ywzt, g.fwbm, g.bdcdyh, g.bdcqzh, g.qxdm, g.mxsl,
                  d.ygdjzl, d.syywh, z.zslx,
                  jh.registration_kind('dbjg', row_to_json(d)::jsonb) AS stage_kind,
                  (SELECT count(*) FROM share_dj.dbjg x WHERE x.ywh = g.ywh)
                + (SELECT count(*) FROM share_dj.dbjg_dy x WHERE x.ywh = g.ywh)
                + (SELECT count(*) FROM share_dj.qlr x WHERE x.ywh = g.ywh)
                + (SELECT count(*) FROM share_dj.zs x WHERE x.ywh = g.ywh) AS counted,
                  (SELECT r.zf FROM jh.route_decision('S3', row_to_json(g)::jsonb) r) AS forwarded,
                  EXISTS (SELECT 1 FROM share_dj.bdcdy u WHERE u.bdcdyh = g.bdcdyh) AS unit_known
             FROM share_dj.gxzb g
             JOIN share_dj.dbjg d ON d.ywh = g.ywh
             LEFT JOIN share_dj.zs z ON z.ywh = g.ywh
            WHERE g.jyywh IS NOT NULL
            ORDER BY g.ywh""",
    )


def holders(dsn: str, ywh: str, role: str) -> set[str]:
    """证件号码 of the 权利人 or 义务人 of a registration."""
    return {r[0] for r in q(dsn, "SELECT zjhm FROM share_dj.qlr WHERE ywh = %s AND sqrlb = %s", (ywh, role))}


def column(dsn: str, sql: str, key: str) -> set[Any]:
    return {r[0] for r in q(dsn, sql, (key,))}


def run_registration(dj_front: str) -> list[tuple[str, str, str]]:
    """One poll of a new registration simulator (as after a restart)."""
    conn = psycopg2.connect(dj_front)
    try:
        return RegistrationSimulator(conn).poll(limit=1000)
    finally:
        conn.close()


def test_registration_answers_each_business_once_as_the_registration_system(seeded: dict[str, str]) -> None:
    jy, df = seeded["jy"], seeded["dj_front"]
    done = drive(jy, 40, seed=5)
    forward(jy, df)
    expected = {d.ywh: d for d in done if d.ywlx in ("SPFBA", "DYBA")}
    conn = psycopg2.connect(df)
    try:
        sim = RegistrationSimulator(conn)
        first = sim.poll(limit=1000)
        assert sim.poll(limit=1000) == []  # the same simulator: nothing twice
    finally:
        conn.close()
    assert {a[0] for a in first} == set(expected), sim.counts
    kind_of = {a[0]: a[1] for a in first}
    assert set(kind_of.values()) == set(ANSWERS), Counter(kind_of.values())  # all four kinds occur

    rows = answers_of(df)
    assert len(rows) == len(expected)
    for r in rows:
        ywh, kind, business = r["ywh"], kind_of[r["jyywh"]], expected[r["jyywh"]]
        assert (r["djlx"], r["qllx"], r["ygdjzl"], r["zslx"]) == ANSWERS[kind][:4], (kind, r)
        assert r["stage_kind"] == ANSWERS[kind][4], (kind, r)
        assert re.fullmatch(rf"2[0-9]{{3}}{r['djlx'][0]}[0-9]{{10}}", ywh)
        assert re.fullmatch(r"川（2[0-9]{3}）达州市不动产(权|证明)第[0-9]{7}号", r["bdcqzh"])
        assert r["ywzt"] == "登簿" and r["qxdm"] in DISTRICTS, r
        assert r["unit_known"] and r["forwarded"], r  # a known unit; S3 routing lets it through
        # the flat's own unit, not a neighbour holding its code: the seed numbers 户号 alike on both sides
        assert (r["fwbm"], int(r["bdcdyh"][-4:])) == (business.fwbm, int(business.fwbm[17:22])), r
        assert r["mxsl"] == r["counted"], r
        if business.ywlx == "SPFBA":
            # 预告 for a contract under a pre-sale permit, 转移 for a 现售 contract
            presale = one(
                df, "SELECT ysxkzh IS NOT NULL FROM share_jy.spfht WHERE htbh = %s", (business.htbh,)
            )
            assert kind == ("预告" if presale else "转移")
            buyers = column(df, "SELECT zjhm FROM share_jy.spfht_msr WHERE htbh = %s", business.htbh)
            sellers = column(df, "SELECT zjhm FROM share_jy.spfht_cmr WHERE htbh = %s", business.htbh)
            assert (holders(df, ywh, "权利人"), holders(df, ywh, "义务人")) == (buyers, sellers)
        else:
            presale = one(
                df, "SELECT dylx = '预售商品房抵押' FROM share_jy.dyba WHERE ywh = %s", (business.ywh,)
            )
            assert kind == ("预抵押" if presale else "抵押权")
            bank = column(df, "SELECT dyqrzjhm FROM share_jy.dyba WHERE ywh = %s", business.ywh)
            assert holders(df, ywh, "权利人") == bank
            # it follows the unit's 预告 (预抵押) or ownership (抵押权), whose 权利人 are now the 义务人
            if r["syywh"] is not None:
                assert holders(df, ywh, "义务人") == holders(df, r["syywh"], "权利人")
            else:
                assert kind == "抵押权"  # a 预抵押 always has the 预告 of its contract before it
        # 权利人 rows carry the certificate; the certificate names the unit
        assert column(df, "SELECT bdcqzh FROM share_dj.qlr WHERE ywh = %s AND sqrlb = '权利人'", ywh) == {
            r["bdcqzh"]
        }
        assert one(df, "SELECT bdcdyh FROM share_dj.zs WHERE bdcqzh = %s", (r["bdcqzh"],)) == r["bdcdyh"]

    # a second run (a new simulator, as after a restart) answers nothing again
    assert run_registration(df) == []
    assert one(df, "SELECT count(*) FROM share_dj.gxzb WHERE jyywh IS NOT NULL") == len(expected)
    # what arrives later is answered, and only that
    later = drive(jy, 10, seed=9)
    forward(jy, df)
    assert {a[0] for a in run_registration(df)} == {d.ywh for d in later if d.ywlx in ("SPFBA", "DYBA")}
    twice = q(
        df, "SELECT jyywh FROM share_dj.gxzb WHERE jyywh IS NOT NULL GROUP BY jyywh HAVING count(*) > 1"
    )
    assert twice == []


# --------------------------------------------------------------------------------------------------------
# End to end: jydj run + both simulators
# --------------------------------------------------------------------------------------------------------


class Processes:
    """``jydj run`` and the simulators as subprocesses on the seeded databases (the pattern of
    tests/test_streams.py: a private stream tag, so slots and publications do not clash)."""

    def __init__(self, dsns: dict[str, str], home: Path) -> None:
        self.home = home
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
        self.env.update(
            JYDJ_HOME=str(home),
            JYDJ_JY_DSN=dsns["jy"],
            JYDJ_JY_FRONT_DSN=dsns["jy_front"],
            JYDJ_DJ_FRONT_DSN=dsns["dj_front"],
            JYDJ_STREAM_TAG=uuid.uuid4().hex[:8],
            JYDJ_METRICS_PORT="0",  # no /metrics listener: it could clash with another jydj run
        )
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = (self.home / f"{name}.log").open("ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", *args], env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        self.procs[name] = proc
        return proc

    def log(self, name: str) -> str:
        path = self.home / f"{name}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def streams(self) -> dict[str, dict]:
        out = subprocess.run(
            [sys.executable, "-m", "jydj.cli", "status", "--json"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return {s["name"]: s for s in json.loads(out.stdout)["streams"]}

    def stop(self, name: str) -> int:
        proc = self.procs.pop(name)
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        return proc.returncode

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)


@pytest.fixture
def processes(seeded: dict[str, str], tmp_path: Path) -> Iterator[Processes]:
    p = Processes(seeded, tmp_path)
    try:
        yield p
    finally:
        p.stop_all()


@pytest.mark.slow
def test_simulated_contracts_come_back_as_registration_results_in_jy_staging(
    seeded: dict[str, str], processes: Processes
) -> None:
    jy, jf, df = seeded["jy"], seeded["jy_front"], seeded["dj_front"]
    processes.start("run", "jydj.cli", "run", "--api-port", "0")  # the web services have tests of their own
    wait_for(
        lambda: all(s["state"] == "running" for s in processes.streams().values()),
        90,
        "S1–S4 running",
        every=1,
    )
    processes.start("registration", "jydj.commands.simulate", "--side", "registration")
    housing = processes.start(
        "housing",
        "jydj.commands.simulate",
        "--side",
        "housing",
        "--rate",
        "5",
        "--duration",
        "10",
        "--seed",
        "11",
    )
    assert housing.wait(60) == 0, processes.log("housing")

    businesses = dict(q(jy, "SELECT ywh, ywlx FROM yw.jyyw WHERE slr = %s", (CLERK,)))
    assert 35 <= len(businesses) <= 55, businesses  # ~5 a second for 10 s
    assert f"模拟结束：交易端办结 累计 {len(businesses)} 件" in processes.log("housing")
    answered = [y for y, k in businesses.items() if k in ("SPFBA", "DYBA")]
    assert answered
    # every business reaches the registration side (S1, S2), none held back by routing
    wait_for(
        lambda: (
            one(df, "SELECT count(*) FROM share_jy.gxzb WHERE ywh = ANY (%s)", (list(businesses),))
            == len(businesses)
        ),
        60,
        "all businesses at dj_front.share_jy",
    )

    # the registration system answers the contracts and mortgages; S3 and S4 bring the answers to jy staging
    def all_answered() -> list[tuple] | None:
        rows = q(df, "SELECT ywh, mxsl FROM share_dj.gxzb WHERE jyywh = ANY (%s)", (answered,))
        return rows if len(rows) == len(answered) else None

    results = wait_for(all_answered, 60, "a registration answer for every contract and mortgage")
    djywhs = [r[0] for r in results]
    rows = sum(r[1] for r in results) + len(results)  # the details and the gxzb row of each answer
    wait_for(
        lambda: one(jy, "SELECT count(*) FROM stg.djsj WHERE ywh = ANY (%s)", (djywhs,)) == rows,
        60,
        "the answers in jy staging",
    )
    staged = dict(
        q(jy, "SELECT sjnr ->> 'jyywh', djzl FROM stg.djsj WHERE lybm = 'gxzb' AND ywh = ANY (%s)", (djywhs,))
    )
    assert set(staged) == set(answered)
    assert set(staged.values()) <= {"预告", "所有权", "预抵押", "抵押权"}, staged

    assert processes.stop("registration") == 0
    assert "模拟结束" in processes.log("registration")
    for name, dsn in (("jy", jy), ("jy_front", jf), ("dj_front", df)):
        assert one(dsn, "SELECT count(*) FROM jh.sx") == 0, (
            name,
            q(dsn, "SELECT lsl, bm, cwdm, cwxx FROM jh.sx"),
        )
    for dsn in (jf, df):
        held = q(dsn, "SELECT ywh, yy FROM jh.wzf WHERE ywh = ANY (%s)", (list(businesses) + djywhs,))
        assert held == []
    # source commit to target apply of each stream's last batch: well under a second
    lags = {name: s["lag_ms"] for name, s in processes.streams().items()}
    assert all(lag is not None and lag < 1000 for lag in lags.values()), lags
