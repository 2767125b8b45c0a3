"""Daily reconcile (补推, seed §5.2.1.4): compare each stream's source and target, re-push what is missing.

The stream tests run `jydj run` in a subprocess (real Debezium, real PostgreSQL) and damage a target behind
the connector's back; every wait polls with a timeout.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamkit import FILED_CONTRACT_SQL, Platform, one, q, wait_for

from connector.reconcile import parse_since, parse_streams, run_reconcile
from jydj.config import load_settings
from jydj.errors import JydjError

pytestmark = pytest.mark.slow


@pytest.fixture
def platform(make_db, tmp_path: Path) -> Iterator[Platform]:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    p = Platform(dsns, tmp_path)
    try:
        yield p
    finally:
        p.stop()


def reconcile_cli(platform: Platform, *args: str) -> tuple[int, list[dict]]:
    """`jydj reconcile …` as a separate process (the command object, as jydj/cli.py registers it)."""
    code = "from jydj.commands.reconcile import reconcile; reconcile(prog_name='jydj reconcile')"
    out = subprocess.run(
        [sys.executable, "-c", code, *args, "--json"],
        env=platform.env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.stdout.strip(), out.stderr
    return out.returncode, json.loads(out.stdout)


def latest(dsn: str, stream: str) -> dict:
    return one(dsn, "SELECT jh.reconcile_latest(%s)", (stream,))


def counts(report: dict) -> tuple:
    keys = ("missing", "different", "extra", "held_back", "repushed", "still_missing", "status")
    return tuple(report[k] for k in keys)


CHH_SQL = """INSERT INTO share_jy.chh_sc (fwbm, ywh, zl, jzmj, tnjzmj, ftjzmj, qxdm)
             SELECT %s || lpad(g::text, 6, '0'), %s, '通川区测试小区' || g || '号', 100 + g %% 50, 85, 15, %s
               FROM generate_series(1, %s) g"""
GXZB_SQL = """INSERT INTO share_jy.gxzb (ywh, ywlx, ywzt, xmbh, qxdm, mxsl, bjsj)
              VALUES (%s, 'CHRK', '办结', %s, %s, %s, now())"""


def _fingerprint(dsn: str) -> list[tuple]:
    """The rows S2 forwards (not the held-back business OUT-1, not rows added at the target)."""
    return q(
        dsn,
        """SELECT 'gxzb', count(*), md5(string_agg(t::text, ',' ORDER BY ywh)) FROM share_jy.gxzb t
            WHERE ywh = 'CH-1'
           UNION ALL
           SELECT 'chh_sc', count(*), md5(string_agg(t::text, ',' ORDER BY fwbm)) FROM share_jy.chh_sc t
            WHERE ywh = 'CH-1'""",
    )


def test_reconcile_finds_and_repushes_rows_deleted_behind_the_connectors_back(platform: Platform) -> None:
    jf, df = platform.dsns["jy_front"], platform.dsns["dj_front"]
    q(jf, GXZB_SQL, ("CH-1", "XM-1", "511702", 300))
    q(jf, CHH_SQL, ("FW", "CH-1", "511702", 300))
    # a business outside the seven districts: held back by S2 routing, with its two flats
    q(jf, GXZB_SQL, ("OUT-1", "XM-OUT", "110101", 2))
    q(jf, CHH_SQL, ("OUT", "OUT-1", "110101", 2))
    platform.start("S2")
    wait_for(lambda: one(df, "SELECT count(*) FROM share_jy.chh_sc") == 300, what="the snapshot at dj_front")
    wait_for(lambda: one(df, "SELECT count(*) FROM jh.wzf WHERE lsl = 'S2'") == 3, what="the held-back rows")
    source = _fingerprint(jf)
    # Behind the connector's back: rows deleted, one changed, one added at the target.
    q(
        df,
        "DELETE FROM share_jy.chh_sc WHERE fwbm IN "
        "('FW000007', 'FW000100', 'FW000150', 'FW000201', 'FW000299')",
    )
    q(df, "DELETE FROM share_jy.gxzb WHERE ywh = 'CH-1'")
    q(df, "UPDATE share_jy.chh_sc SET zl = '篡改的坐落' WHERE fwbm = 'FW000042'")
    q(df, "INSERT INTO share_jy.chh_sc (fwbm, ywh, zl) VALUES ('EXTRA01', 'CH-X', '目标多出的行')")
    assert _fingerprint(df) != source
    assert _fingerprint(df)[1][1] == 295

    code, [report] = reconcile_cli(platform, "--stream", "S2", "--wait", "60")
    assert code == 0, report
    assert report["checked"] == 1 + 300 + 1 + 2
    assert counts(report) == (6, 1, 1, 3, 7, 0, "已补齐"), report
    assert {s["zj"] for s in report["details"]["samples"]["missing"]} >= {"CH-1", "FW000007", "FW000299"}
    assert {s["zj"] for s in report["details"]["samples"]["different"]} == {"FW000042"}
    held = {s["zj"]: s["yy"] for s in report["details"]["samples"]["held_back"]}
    assert held == {"OUT-1": "S2_QXFW", "OUT000001": "YWWZF", "OUT000002": "YWWZF"}
    assert _fingerprint(df) == source, "the re-pushed rows arrived and the changed row is repaired"
    assert one(df, "SELECT zl FROM share_jy.chh_sc WHERE fwbm = 'EXTRA01'") == "目标多出的行", (
        "extra rows stay"
    )
    # the report row in the target, as `jydj status` reads it
    row = latest(df, "S2")
    assert (row["stream"], row["status"], row["missing"], row["repushed"], row["still_missing"]) == (
        "S2",
        "已补齐",
        6,
        7,
        0,
    )
    assert row["finished_at"] is not None and row["since"] is None
    # a second run finds nothing left to do; the held-back business is still not "missing"
    settings = load_settings(platform.env)
    [again] = run_reconcile(settings, ["S2"], None, True, 30)
    assert counts(again) == (0, 0, 1, 3, 0, 0, "一致"), again
    assert one(df, "SELECT count(*) FROM jh.btbg WHERE lsl = 'S2'") == 2


def _contract_business(jy: str, ywh: str) -> None:
    q(jy, FILED_CONTRACT_SQL)
    q(
        jy,
        """INSERT INTO yw.jyyw (ywh, ywlx, fwbm, h_id, htbh, qxdm, zt, bjsj)
           VALUES (%s, 'SPFBA', '51170200120150001000011', 1, 'SPF-T1', '511702', '办结', now())""",
        (ywh,),
    )


def test_s1_missing_business_is_reported_then_re_pushed_by_business_number(platform: Platform) -> None:
    jy, jf = platform.dsns["jy"], platform.dsns["jy_front"]
    _contract_business(jy, "JY-T1")
    # a business of an unknown kind: its gxzb row is a dead letter at jy_front, held back on purpose
    q(jy, "INSERT INTO yw.jyyw (ywh, ywlx, qxdm, zt, bjsj) VALUES ('JY-QT', 'QT', '511702', '办结', now())")
    platform.start("S1")
    wait_for(lambda: one(jf, "SELECT count(*) FROM share_jy.spfht_msr WHERE htbh = 'SPF-T1'") == 1, what="S1")
    wait_for(lambda: one(jf, "SELECT count(*) FROM jh.sx WHERE lsl = 'S1' AND ywh = 'JY-QT'") == 1, what="QT")
    # behind S1's back: the business's 共享主表 row and one of its detail rows are deleted
    q(jf, "DELETE FROM share_jy.gxzb WHERE ywh = 'JY-T1'")
    q(jf, "DELETE FROM share_jy.spfht_msr WHERE htbh = 'SPF-T1'")
    settings = load_settings(platform.env)
    outbox_rows = one(jy, "SELECT count(*) FROM outbox.fjx")
    pushed = one(jy, "SELECT count(*) FROM outbox.fjx WHERE ywh = 'JY-T1'")
    assert pushed == 5

    [only] = run_reconcile(settings, ["S1"], None, False, 60)  # --no-repush: report only
    assert only["checked"] == 2
    assert counts(only) == (1, 0, 0, 1, 0, 1, "仅报告"), only
    assert only["details"]["samples"]["held_back"][0]["yy"] == "SX:23514"
    assert one(jy, "SELECT count(*) FROM outbox.fjx") == outbox_rows, "nothing was pushed"
    assert latest(jf, "S1")["status"] == "仅报告"

    [done] = run_reconcile(settings, ["S1"], dt.date.today().isoformat(), True, 60)
    assert counts(done) == (1, 0, 0, 1, 1, 0, "已补齐"), done
    assert one(jy, "SELECT count(*) FROM outbox.fjx WHERE ywh = 'JY-T1'") == 2 * pushed, "pushed once more"
    assert one(jf, "SELECT mxsl FROM share_jy.gxzb WHERE ywh = 'JY-T1'") == 4
    assert one(jf, "SELECT msrmc FROM share_jy.spfht_msr WHERE htbh = 'SPF-T1'") == "张三"
    assert latest(jf, "S1")["since"] == dt.date.today().isoformat()


def _stage(jy: str, jf: str, where: str) -> None:
    """Put jy_front.share_dj rows into jy staging through the S4 apply function, as the stream would."""
    events = one(
        jf,
        f"""SELECT json_agg(json_build_object('tbl', 'share_dj.' || x.tbl, 'op', 'c', 'lsn', 100 + x.n,
                                              'after', x.r))
              FROM (SELECT 'gxzb' AS tbl, row_to_json(g) AS r, 1 AS n FROM share_dj.gxzb g WHERE {where}
                    UNION ALL
                    SELECT 'qlr', row_to_json(l), 2 FROM share_dj.qlr l WHERE {where}) x""",
    )
    q(jy, "SELECT jh.apply_changes('S4', %s::jsonb)", (json.dumps(events),))


def test_without_the_stream_running_still_missing_equals_repushed(make_db, tmp_path: Path) -> None:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    jy, jf, df = dsns["jy"], dsns["jy_front"], dsns["dj_front"]
    settings = load_settings(Platform(dsns, tmp_path).env)
    q(jf, GXZB_SQL, ("CH-1", "XM-1", "511702", 20))
    q(jf, CHH_SQL, ("FW", "CH-1", "511702", 20))
    before = dict(q(jf, "SELECT fwbm, xmin::text FROM share_jy.chh_sc"))
    [s2] = run_reconcile(settings, "S2", None, True, 5)
    assert counts(s2) == (21, 0, 0, 0, 21, 21, "待应用"), s2
    assert "未运行" in s2["message"]
    after = dict(q(jf, "SELECT fwbm, xmin::text FROM share_jy.chh_sc"))
    assert all(after[k] != before[k] for k in before), "every missing row was re-emitted by a no-op UPDATE"
    assert latest(df, "S2")["still_missing"] == 21
    # --since: only rows changed since that day are compared
    later_day = dt.date.today() + dt.timedelta(days=2)
    [later] = run_reconcile(settings, ["S2"], later_day, False, 0)
    assert (later["checked"], later["status"]) == (0, "一致")

    # S3 and S4, report only: registration rows at dj_front, jy_front and jy staging
    for dsn in (df, jf):
        q(
            dsn,
            """INSERT INTO share_dj.gxzb (ywh, ywlx, djlx, ywzt, bdcdyh, qxdm, mxsl, bjsj, tssj, gxsj)
               SELECT v.ywh, 'DB', '200', '登簿', v.bdcdyh, '511702', 1, %(t)s, %(t)s, %(t)s
                 FROM (VALUES ('DJ-1', '511702001001GB00001F00010001'),
                              ('DJ-2', '511702001001GB00001F00010002')) v(ywh, bdcdyh);
               INSERT INTO share_dj.qlr (ywh, sqrlb, sxh, qlrmc, gxsj)
               VALUES ('DJ-1', '权利人', 1, '张三', %(t)s), ('DJ-2', '权利人', 1, '李四', %(t)s)""",
            {"t": dt.datetime(2026, 11, 27, 8, 0, 0, 123456, tzinfo=dt.UTC)},
        )
    q(jf, "DELETE FROM share_dj.qlr WHERE ywh = 'DJ-2'")
    _stage(jy, jf, "ywh = 'DJ-1'")  # DJ-2's gxzb never reached staging
    q(jf, "UPDATE share_dj.qlr SET gxsj = gxsj + interval '1 minute', qlrmc = '张三丰' WHERE ywh = 'DJ-1'")
    s3, s4 = run_reconcile(settings, ["S4", "S3"], None, False, 0)
    assert (s3["stream"], s3["checked"], counts(s3)) == ("S3", 4, (1, 1, 0, 0, 0, 2, "仅报告")), s3
    assert s3["details"]["samples"]["missing"] == [{"bm": "share_dj.qlr", "zj": "DJ-2|权利人|1"}]
    assert s3["details"]["samples"]["different"] == [{"bm": "share_dj.qlr", "zj": "DJ-1|权利人|1"}]
    assert (s4["stream"], s4["checked"], counts(s4)) == ("S4", 3, (1, 1, 0, 0, 0, 2, "仅报告")), s4
    assert s4["details"]["samples"]["different"] == [{"bm": "share_dj.qlr", "zj": "DJ-1|权利人|1"}]
    assert latest(jy, "S4")["different"] == 1 and latest(jf, "S3")["missing"] == 1
    # S4 re-push: the two rows are re-emitted at jy_front (share_dj), keyed by jh.lyb's key text
    before = dict(q(jf, "SELECT ywh, xmin::text FROM share_dj.gxzb"))
    [s4] = run_reconcile(settings, ["S4"], None, True, 0)
    assert counts(s4) == (1, 1, 0, 0, 2, 2, "待应用"), s4
    after = dict(q(jf, "SELECT ywh, xmin::text FROM share_dj.gxzb"))
    assert after["DJ-2"] != before["DJ-2"] and after["DJ-1"] == before["DJ-1"]


def test_arguments_are_checked_with_chinese_messages() -> None:
    assert parse_streams(["s3,S1", "S3"]) == ["S1", "S3"]
    assert parse_streams(()) == ["S1", "S2", "S3", "S4"]
    with pytest.raises(JydjError, match="未知的流：S9"):
        parse_streams(["S9"])
    assert parse_since("2026-11-27") == dt.date(2026, 11, 27)
    with pytest.raises(JydjError, match="格式错误"):
        parse_since("2026-13-01")


ROWS = 50_000  # the speed (1,000,000 rows, against a plain EXCEPT) is bench/reconcile.py's


def test_reconcile_finds_the_few_missing_and_different_among_many(make_db, tmp_path: Path) -> None:
    """ROWS rows of share_jy.chh_sc on both sides, 100 deleted and 50 changed at the target: exactly those."""
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    jf, df = dsns["jy_front"], dsns["dj_front"]
    fill = """INSERT INTO share_jy.chh_sc (fwbm, bdcdyh, xmbh, zrzh, ljzh, ch, ywh, zl, zh, dyh, szc, sjc, fh,
                                           hx, fwyt, jzmj, tnjzmj, ftjzmj, ftxs, fwzt, qxdm, gxsj)
              SELECT '5117020012015' || lpad(g::text, 10, '0'),
                     '511702001001GB00001F' || lpad(g::text, 8, '0'),
                     'XM-' || g / 5000, 'Z' || g / 500, 'L' || g / 500, (g %% 30)::text, 'CH-' || g / 5000,
                     '通川区测试小区' || g || '号', '1栋', '1', (g %% 30)::text, g %% 30, (g %% 100)::text,
                     '三室两厅', '住宅', 100 + g %% 50, 85 + g %% 50, 15, 0.15, '正常', '511702',
                     timestamptz '2026-11-20 08:00:00+08' + g * interval '1 second'
                FROM generate_series(1, %s) g"""
    for dsn in (jf, df):
        q(dsn, fill, (ROWS,))
        q(dsn, "ANALYZE share_jy.chh_sc")
    q(
        df,
        "DELETE FROM share_jy.chh_sc WHERE fwbm IN "
        "(SELECT fwbm FROM share_jy.chh_sc ORDER BY md5(fwbm) LIMIT 100)",
    )
    q(
        df,
        "UPDATE share_jy.chh_sc SET jzmj = jzmj + 1 "
        "WHERE fwbm IN (SELECT fwbm FROM share_jy.chh_sc LIMIT 50)",
    )
    settings = load_settings(Platform(dsns, tmp_path).env)
    [report] = run_reconcile(settings, ["S2"], None, False, 0)
    assert (report["checked"], report["missing"], report["different"]) == (ROWS, 100, 50)
