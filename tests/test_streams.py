"""Streams S1–S4 end to end: real Debezium (``jydj run`` in a subprocess) against real PostgreSQL.

Every wait polls with a timeout; nothing sleeps a fixed time to let data arrive.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
from streamkit import FILED_CONTRACT_SQL, Platform, one, q, wait_for

pytestmark = pytest.mark.slow


@pytest.fixture
def platform(make_db, tmp_path: Path) -> Iterator[Platform]:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    p = Platform(dsns, tmp_path)
    try:
        yield p
    finally:
        p.stop()


GXZB_SQL = """INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, fwbm, htbh, qxdm, mxsl, bjsj)
              VALUES (%s, 'SPFBA', %s, '51170200120150001000011', %s, %s, 1, now())"""


def test_business_flows_both_ways_and_routing_holds_back(platform: Platform) -> None:
    jy, jf, df = platform.dsns["jy"], platform.dsns["jy_front"], platform.dsns["dj_front"]
    # A filed new-house contract in jy: a project, a flat, a contract with parties, then the business.
    q(jy, FILED_CONTRACT_SQL)
    platform.start(metrics=True)
    q(
        jy,
        """INSERT INTO yw.jyyw (ywh, ywlx, fwbm, h_id, htbh, qxdm, zt, bjsj)
             VALUES ('JY-T1', 'SPFBA', '51170200120150001000011', 1, 'SPF-T1', '511702', '办结', now())""",
    )
    row = wait_for(
        lambda: q(df, "SELECT htje::text, qyrq::text FROM share_jy.spfht WHERE htbh = 'SPF-T1'"),
        what="the contract at dj_front.share_jy",
    )
    assert row == [("1234567.89", "2026-11-01")]
    # the business's other rows may come in the next Debezium batch (a batch can split a transaction)
    buyer = wait_for(
        lambda: q(df, "SELECT msrmc FROM share_jy.spfht_msr WHERE htbh = 'SPF-T1'"), what="the buyer"
    )
    assert buyer == [("张三",)]
    # A registration result written by the registration side reaches jy staging through S3 and S4.
    q(
        df,
        """
        INSERT INTO share_dj.gxzb (ywh, ywlx, djlx, qllx, ywzt, bdcdyh, qxdm, mxsl, bjsj)
             VALUES ('DJ-T1', 'DB', '200', '4', '登簿', '511702001001GB00001F00010001', '511702', 2, now());
        INSERT INTO share_dj.dbjg (ywh, djlx, qllx, bdcdyh, zl, djsj, qszt)
             VALUES ('DJ-T1', '200', '4', '511702001001GB00001F00010001', '通川区凤凰城1栋1单元101',
                     now(), '1');
        INSERT INTO share_dj.qlr (ywh, sqrlb, sxh, qlrmc, zjzl, zjhm)
             VALUES ('DJ-T1', '权利人', 1, '张三', '1', '511702200001011237');
    """,
    )
    wait_for(
        lambda: one(jy, "SELECT count(*) FROM stg.djsj WHERE ywh = 'DJ-T1'") == 3, what="staging rows in jy"
    )
    # Routing: a business outside the seven districts is held back at S2, with its reason recorded.
    q(jf, GXZB_SQL, ("OUT-1", "办结", "HT-OUT-1", "110101"))
    reason = wait_for(
        lambda: q(df, "SELECT yy, yysm FROM jh.wzf WHERE ywh = 'OUT-1'"), what="the held-back row"
    )
    assert "区县代码：110101" in reason[0][1], reason
    assert one(df, "SELECT count(*) FROM share_jy.gxzb WHERE ywh = 'OUT-1'") == 0
    streams = {s["name"]: s for s in platform.streams()}
    assert streams["S2"]["filtered"] >= 1 and streams["S1"]["applied"] >= 5
    assert all(s["state"] == "running" and s["lag_ms"] is not None for s in streams.values())
    # Prometheus sees the same figures
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{platform.metrics_port}/metrics", timeout=10) as resp:
        metrics = resp.read().decode()
    assert 'jydj_stream_up{stream="S4"} 1.0' in metrics
    assert f'jydj_stream_filtered_rows{{stream="S2"}} {float(streams["S2"]["filtered"])}' in metrics


def _write_changes(dsn: str, start: int, count: int, per_tx: int = 200) -> None:
    """Flats of one 测绘入库 business: inserts, then an update of every tenth."""
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            for base in range(start, start + count, per_tx):
                cur.execute(
                    """INSERT INTO share_jy.chh_sc (fwbm, ywh, zl, jzmj, tnjzmj, ftjzmj)
                       SELECT 'FW' || lpad(g::text, 8, '0'), 'CH-1', '通川区测试小区' || g || '号',
                              100 + g %% 50, 85 + g %% 50, 15
                         FROM generate_series(%s, %s) g""",
                    (base, min(base + per_tx, start + count) - 1),
                )
                conn.commit()
            cur.execute(
                "UPDATE share_jy.chh_sc SET jzmj = jzmj + 0.01 WHERE right(fwbm, 1) = '7' AND ywh = 'CH-1'"
            )
            conn.commit()
    finally:
        conn.close()


def _fingerprint(dsn: str) -> tuple[int, str]:
    return q(
        dsn,
        "SELECT count(*), md5(string_agg(fwbm || ':' || jzmj::text, ',' ORDER BY fwbm)) FROM share_jy.chh_sc",
    )[0]


def test_sigkill_in_the_middle_of_10000_changes_loses_and_doubles_nothing(platform: Platform) -> None:
    jf, df = platform.dsns["jy_front"], platform.dsns["dj_front"]
    q(
        jf,
        "INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, xmbh, qxdm, bjsj) VALUES "
        "('CH-1', 'CHRK', '办结', 'XM-1', '511702', now())",
    )
    platform.start("S2")
    _write_changes(jf, 1, 4000)
    wait_for(lambda: one(df, "SELECT count(*) FROM share_jy.chh_sc") > 500, what="part of the rows")
    platform.kill()
    assert platform.streams(["S2"])[0]["state"] in ("running", "stopped")  # may still look alive briefly
    _write_changes(jf, 4001, 6000)  # written while the connector is dead
    platform.start("S2")
    source = _fingerprint(jf)
    assert source[0] == 10000
    wait_for(lambda: _fingerprint(df) == source, 180, "the target to equal the source")
    stats = platform.streams(["S2"])[0]
    assert stats["dead_letters"] == 0
    # replays after the kill were recognised and skipped, not applied twice
    assert one(df, "SELECT count(*) FROM jh.hwz WHERE bm = 'share_jy.chh_sc'") == 10000


def test_target_down_for_30_s_loses_nothing_and_lag_recovers(platform: Platform, server_dsn: str) -> None:
    jf, df = platform.dsns["jy_front"], platform.dsns["dj_front"]
    target = df.rsplit("/", 1)[1]
    q(
        jf,
        "INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, xmbh, qxdm, bjsj) VALUES "
        "('CH-1', 'CHRK', '办结', 'XM-1', '511702', now())",
    )
    platform.start("S2")
    admin = psycopg2.connect(server_dsn)
    admin.autocommit = True
    try:
        with admin.cursor() as cur:
            cur.execute(f'ALTER DATABASE "{target}" ALLOW_CONNECTIONS false')
            cur.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (target,)
            )
        down_since = time.monotonic()
        _write_changes(jf, 1, 3000)
        next_id = 10001
        while time.monotonic() - down_since < 30:  # the source keeps changing while the target is down
            _write_changes(jf, next_id, 100)
            next_id += 100
            time.sleep(1)
    finally:
        with admin.cursor() as cur:
            cur.execute(f'ALTER DATABASE "{target}" ALLOW_CONNECTIONS true')
        admin.close()
    source = _fingerprint(jf)
    wait_for(lambda: _fingerprint(df) == source, 180, "the target to catch up")
    # with the backlog gone, fresh changes arrive within a second again
    _write_changes(jf, 90001, 10)
    wait_for(lambda: _fingerprint(df) == _fingerprint(jf), 30, "fresh rows")
    lag = wait_for(lambda: (platform.streams(["S2"])[0]["lag_ms"] or 10**9) < 1000 or None, 30, "lag < 1 s")
    assert lag
    assert platform.streams(["S2"])[0]["restarts"] >= 1, "the outage was noticed and the engine restarted"


def test_poison_row_goes_to_dead_letters_and_the_rest_flows(platform: Platform) -> None:
    jf, df = platform.dsns["jy_front"], platform.dsns["dj_front"]
    # The target refuses what the source accepts (a constraint the front databases disagree on).
    q(df, "ALTER TABLE share_jy.chh_sc ADD CONSTRAINT chh_sc_test_ck CHECK (jzmj < 1000)")
    q(
        jf,
        "INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, xmbh, qxdm, bjsj) VALUES "
        "('CH-1', 'CHRK', '办结', 'XM-1', '511702', now())",
    )
    platform.start("S2")
    q(
        jf,
        """INSERT INTO share_jy.chh_sc (fwbm, ywh, zl, jzmj) VALUES
             ('FW-A', 'CH-1', '甲', 90), ('FW-POISON', 'CH-1', '毒', 5000), ('FW-B', 'CH-1', '乙', 95)""",
    )
    q(jf, "INSERT INTO share_jy.chh_sc (fwbm, ywh, zl, jzmj) VALUES ('FW-C', 'CH-1', '丙', 80)")
    wait_for(lambda: one(df, "SELECT count(*) FROM share_jy.chh_sc") == 3, what="the good rows")
    parked = q(df, "SELECT zj, cwdm FROM jh.sx WHERE bm = 'share_jy.chh_sc'")
    assert len(parked) == 1 and "FW-POISON" in parked[0][0] and parked[0][1] == "23514"
    assert wait_for(lambda: platform.streams(["S2"])[0]["dead_letters"] == 1, 30, "the dead letter count")
    # fixed at the target, the dead letter is retried and applied
    q(df, "ALTER TABLE share_jy.chh_sc DROP CONSTRAINT chh_sc_test_ck")
    assert one(df, "SELECT jh.retry_dead_letters('S2')") == 1
    assert one(df, "SELECT jzmj::int FROM share_jy.chh_sc WHERE fwbm = 'FW-POISON'") == 5000


def test_killed_runner_shows_stopped_in_status(platform: Platform) -> None:
    platform.start("S3")
    assert platform.streams(["S3"])[0]["state"] == "running"
    platform.kill()
    wait_for(lambda: platform.streams(["S3"])[0]["state"] == "stopped", 60, "S3 reported stopped", every=2)
