"""The steward tool's 运行监控 page (api/steward/ops.py): the four streams, dead letters with their detail and
retry (audited in jy by gj.rz_yw), reconcile reports, the one-window push backlog, the S1 outbox and the
timed jobs. Real PostgreSQL (fresh jy, jy_front, dj_front), the real app on a socket, Debian chromium.

``JYDJ_SCREENSHOTS=1`` also writes docs/screenshots/steward-ops.png.
"""

from __future__ import annotations

import json
import os
import re
import time
from typing import Any

import stewardkit as kit
from streamkit import q

from jydj.config import REPO_ROOT

TS = "2026-11-27T08:00:00.000000Z"
SCREENSHOT = REPO_ROOT / "docs" / "screenshots" / "steward-ops.png"


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------


def apply(dsn: str, stream: str, changes: list[dict]) -> dict[str, Any]:
    """Changes through the stream's own apply (jh.apply_changes), committed, as a running stream would."""
    return q(
        dsn, "SELECT jh.apply_changes(%s, %s::jsonb)", (stream, json.dumps(changes, ensure_ascii=False))
    )[0][0]


def change(tbl: str, lsn: int, after: dict) -> dict:
    """A Debezium-shaped insert, committed at the source 1.2 s ago."""
    ts_ms = int(time.time() * 1000) - 1200
    return {"tbl": tbl, "op": "c", "lsn": lsn, "ts_ms": ts_ms, "before": None, "after": after}


def gxzb_jy(ywh: str, ywlx: str) -> dict:
    return {
        "ywh": ywh,
        "ywlx": ywlx,
        "ywzt": "办结",
        "fwbm": f"F-{ywh}",
        "bdcdyh": None,
        "htbh": f"HT-{ywh}",
        "htbah": None,
        "slbh": None,
        "xmbh": None,
        "glywh": None,
        "qxdm": "511702",
        "fwsl": 1,
        "mxsl": 0,
        "bjsj": TS,
        "tssj": TS,
        "gxsj": TS,
        "bz": None,
    }


def s1_poison(jy_front: str) -> int:
    """An outbox row of an unknown business kind QT: its share_jy.gxzb row breaks the ywlx CHECK (23514),
    so S1 parks it as a dead letter in jy_front (as in tests/test_exchange_apply.py)."""
    row = gxzb_jy("JY-QT", "QT")
    fjx = {
        "id": 5,
        "ywh": "JY-QT",
        "ywlx": "QT",
        "mbb": "share_jy.gxzb",
        "czlx": "I",
        "sjnr": row,
        "cjsj": TS,
    }
    result = apply(jy_front, "S1", [change("outbox.fjx", 806, fjx)])
    assert result["dead_letters"] == 1, result
    return q(jy_front, "SELECT id FROM jh.sx WHERE lsl = 'S1'")[0][0]


def s2_poison(dj_front: str) -> None:
    result = apply(dj_front, "S2", [change("share_jy.nosuch", 5004, {"ywh": "Y-NO", "a": 1})])  # JH001
    assert result["dead_letters"] == 1, result


def s4_poison(jy: str) -> int:
    result = apply(
        jy, "S4", [change("share_dj.bdcdy", 970, {"bdcdyh": "X" * 40, "ywh": "DJ-LONG", "gxsj": TS})]
    )
    assert result["dead_letters"] == 1, result  # 22001: too long for the staging column
    return q(jy, "SELECT id FROM jh.sx WHERE lsl = 'S4'")[0][0]


def seed_figures(dsns: dict[str, str], settings: Any) -> None:
    """Something in every other part of the page: pushes, job runs and schedules, reconcile reports."""
    q(
        dsns["jy"],
        """INSERT INTO ycsl.ts (cz, slbh, nr, zt, cs, xcsj, zhcw, cjsj)
           VALUES ('pushAcceptanceResult', 'YC-WAIT-01', '{}', '待发送', 3, now() + interval '2 minutes',
                   '连接被拒绝', now() - interval '12 minutes'),
                  ('pushContractResult', 'YC-GONE-02', '{}', '已放弃', 50, now(), '对方返回 HTTP 500',
                   now() - interval '3 days')""",
    )
    q(
        dsns["jy"],
        """SELECT jh.record_job_run('retry_dead_letters', now() - interval '2 seconds', '成功',
                                    '{"retried": {"S1": 0, "S2": 0, "S3": 0, "S4": 0}}'::jsonb, NULL, 4242),
                  jh.record_job_run('reconcile', now() - interval '65 seconds', '失败', NULL,
                                    E'jy_front 无法连接：连接被拒绝\\nTraceback ...', 4242)""",
    )
    for dsn, stream in ((dsns["jy_front"], "S1"), (dsns["jy_front"], "S3")):
        q(
            dsn,
            """INSERT INTO jh.btbg (lsl, kssj, jssj, checked, different, missing, held_back, repushed,
                                    still_missing, zt, sm)
               VALUES (%s, now() - interval '2 days', now() - interval '2 days', 1200, 0, 0, 0, 0, 0,
                       '一致', NULL),
                      (%s, now() - interval '1 day', now() - interval '1 day', 1250, 2, 3, 1, 5, 0,
                       '已补齐', '补推 5 个业务')""",
            (stream, stream),
        )
    from scheduler.service import list_jobs, set_paused

    list_jobs(settings)  # the job store gets every job, as jydj run would
    set_paused(settings, "purge_outbox", True)


def audit_rows(jy: str, who: str) -> list[tuple]:
    return q(
        jy,
        """SELECT czlx, dxb, dxzj, bgq, bgh, cgbz, ly FROM audit.czrz
            WHERE czr = %s AND dxb = 'jh.sx' ORDER BY id""",
        (who,),
    )


# --------------------------------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------------------------------


def test_ops_page_and_retry_by_a_steward_in_browser(steward_dsns, tmp_path, page) -> None:
    dsns = steward_dsns
    settings = kit.settings_for(tmp_path, dsns)
    kit.add_user(dsns["jy"], "zhao", "steward", districts=["511702"])
    s1_id = s1_poison(dsns["jy_front"])
    s2_poison(dsns["dj_front"])
    seed_figures(dsns, settings)

    with kit.serving(settings) as site:
        kit.login(page, site, "zhao")
        page.get_by_role("link", name="运行监控").click()
        assert page.get_by_role("heading", name="运行监控").is_visible()

        streams = page.get_by_test_id("ops-streams")
        for name in ("S1", "S2", "S3", "S4"):
            assert page.get_by_test_id(f"state-{name}").inner_text() == "已停止"  # nothing runs
            assert "无复制槽" in streams.locator(f"tr[data-stream={name}]").inner_text()
        assert page.get_by_test_id("dead-S1").inner_text() == "1"
        assert page.get_by_test_id("dead-S2").inner_text() == "1"
        assert page.get_by_test_id("dead-S3").inner_text() == "0"
        assert page.get_by_test_id("applied-S1").inner_text() == "0"

        dead = page.get_by_test_id("ops-dead")
        s1_row = dead.locator(f'tr[data-dead="S1:{s1_id}"]')
        assert "share_jy.gxzb" in s1_row.inner_text() and "23514" in s1_row.inner_text()
        assert "gxzb_ywlx_ck" in s1_row.inner_text()
        assert "JH001" in dead.locator("tr", has_text="share_jy.nosuch").inner_text()
        assert page.get_by_role("button", name="全部重试").count() == 2  # S1 and S2 have dead letters

        reconcile = page.get_by_test_id("ops-reconcile").inner_text()
        assert "已补齐" in reconcile and "一致" in reconcile and "补推 5 个业务" in reconcile
        assert "S1 此前" in reconcile  # the earlier report under the latest
        assert "尚无补推报告" in reconcile  # S2, S4

        assert page.get_by_test_id("push-waiting").inner_text() == "1"
        assert page.get_by_test_id("push-given-up").inner_text() == "1"
        assert "YC-WAIT-01" in page.get_by_test_id("push-waiting-rows").inner_text()
        assert "YC-GONE-02" in page.get_by_test_id("push-given-up-rows").inner_text()
        assert "近一小时写入" in page.get_by_test_id("ops-outbox").inner_text()

        jobs = page.get_by_test_id("ops-jobs")
        assert jobs.locator("tbody tr").count() == 5
        assert "成功" in jobs.locator('tr[data-job="retry_dead_letters"]').inner_text()
        failed = jobs.locator('tr[data-job="reconcile"]').inner_text()
        assert "失败" in failed and "jy_front 无法连接" in failed and "Traceback" not in failed
        assert "已暂停" in jobs.locator('tr[data-job="purge_outbox"]').inner_text()
        assert "*/5 * * * *" in jobs.locator('tr[data-job="validate"]').inner_text()

        if os.environ.get("JYDJ_SCREENSHOTS") == "1":
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=True)

        # the detail: the whole row image and the error
        s1_row.get_by_role("link", name="详情").click()
        assert page.get_by_role("heading", name=f"死信 S1 #{s1_id}").is_visible()
        assert "gxzb_ywlx_ck" in page.get_by_test_id("dead-error").inner_text()
        image = page.get_by_test_id("dead-image")
        assert image.locator("tr", has_text="ywlx").locator("td").nth(2).inner_text() == "QT"
        assert "HT-JY-QT" in image.inner_text() and "F-JY-QT" in image.inner_text()
        assert image.locator("tr", has_text="ywlx").locator("td").nth(1).inner_text() != ""  # column comment

        # retried as it is: still refused, stays parked with the new attempt counted
        page.get_by_role("button", name="重试").click()
        assert (
            page.get_by_role("alert").inner_text().startswith(f"重试仍失败：S1 死信 #{s1_id}（share_jy.gxzb")
        )
        assert "23514" in page.get_by_role("alert").inner_text()
        assert page.get_by_test_id("dead-state").inner_text() == "待重试"
        # corrected in the dead letter (as a DBA would), retried again: applied to share_jy in jy_front
        q(
            dsns["jy_front"],
            "UPDATE jh.sx SET sjnr = jsonb_set(sjnr, '{ywlx}', '\"SPFBA\"') WHERE id = %s",
            (s1_id,),
        )
        page.reload()
        page.get_by_role("button", name="重试").click()
        assert page.get_by_role("alert").inner_text() == (
            f"重试成功：S1 死信 #{s1_id}（share_jy.gxzb JY-QT）已处理，不再待重试"
        )
        assert page.get_by_test_id("dead-state").inner_text() == "已重试"
        assert page.get_by_role("button", name="重试").count() == 0
        assert "zhao" in page.get_by_test_id("dead-actions").inner_text()

        page.get_by_role("link", name="运行监控").first.click()
        assert page.get_by_test_id("dead-S1").inner_text() == "0"
        assert page.locator(f'tr[data-dead="S1:{s1_id}"]').count() == 0

    assert q(dsns["jy_front"], "SELECT ywlx FROM share_jy.gxzb WHERE ywh = 'JY-QT'") == [("SPFBA",)]
    assert q(dsns["jy_front"], "SELECT cszt, cscs FROM jh.sx WHERE id = %s", (s1_id,)) == [("已重试", 2)]
    log = audit_rows(dsns["jy"], "zhao")
    assert [(r[0], r[2], r[4]["jg"], r[5], r[6]) for r in log] == [
        ("重试死信", f"S1:{s1_id}", "仍失败", True, "web"),
        ("重试死信", f"S1:{s1_id}", "已重试", True, "web"),
    ]
    assert log[0][3] == {"lsl": "S1", "mbk": "jy_front", "ids": [s1_id]}
    assert log[0][4]["cwdm"] == "23514"


def test_viewer_sees_no_retry_and_a_post_is_refused(steward_dsns, tmp_path, page) -> None:
    dsns = steward_dsns
    kit.add_user(dsns["jy"], "qian", "viewer")
    s1_id = s1_poison(dsns["jy_front"])
    with kit.serving(kit.settings_for(tmp_path, dsns)) as site:
        kit.login(page, site, "qian")
        page.goto(f"{site.url}/ops")
        assert page.get_by_test_id("dead-S1").inner_text() == "1"
        assert page.locator(f'tr[data-dead="S1:{s1_id}"]').count() == 1
        assert page.get_by_role("button", name="重试").count() == 0
        assert page.get_by_role("button", name="全部重试").count() == 0
        page.goto(f"{site.url}/ops/sx?lsl=S1")
        assert page.get_by_test_id("dead-total").inner_text() == "1"
        assert page.get_by_role("button", name=re.compile("重试")).count() == 0
        page.goto(f"{site.url}/ops/sx/S1/{s1_id}")
        assert "23514" in page.get_by_test_id("dead-detail").inner_text()
        assert page.get_by_role("button", name="重试").count() == 0

        # a valid token of the viewer's own session does not make the viewer a steward
        token = page.locator('input[name="csrf_token"]').first.get_attribute("value")
        for path in (f"/ops/sx/S1/{s1_id}/retry", "/ops/sx/S1/retry"):
            r = page.request.post(f"{site.url}{path}", form={"csrf_token": token}, max_redirects=0)
            assert r.status == 403, (path, r.status)
            assert "无权访问" in r.text()
        r = page.request.post(f"{site.url}/ops/sx/S1/retry", form={"csrf_token": "forged"}, max_redirects=0)
        assert r.status == 400  # no valid token at all: refused before the role check

        # ops.js refreshes the figures every 10 s, and stops after half the session timeout without input
        page.clock.install()
        page.goto(f"{site.url}/ops")
        assert page.locator("tr", has_text="share_jy.nosuch").count() == 0
        s2_poison(dsns["dj_front"])
        site.app.extensions["jydj.steward.ops"]["figures"] = None  # no waiting for the 5 s cache
        page.clock.fast_forward(11_000)
        page.locator("tr", has_text="share_jy.nosuch").wait_for()
        assert page.get_by_test_id("dead-S2").inner_text() == "1"
        page.clock.fast_forward("20:00")
        page.get_by_text("自动刷新已暂停（15 分钟无操作）").wait_for()
    assert q(dsns["jy_front"], "SELECT cszt, cscs FROM jh.sx WHERE id = %s", (s1_id,)) == [("待重试", 0)]
    assert audit_rows(dsns["jy"], "qian") == []


def test_retry_all_of_s4_in_jy_and_an_unreachable_target(steward_dsns, tmp_path) -> None:
    dsns = steward_dsns
    kit.add_user(dsns["jy"], "sun", "admin")
    s4_id = s4_poison(dsns["jy"])
    with kit.serving(kit.settings_for(tmp_path, dsns)) as site:
        s = kit.signed_in(site, "sun")[0]
        page = s.get(f"{site.url}/ops/sx?lsl=S4").text
        assert f'data-dead="S4:{s4_id}"' in page and "22001" in page
        r = s.post(f"{site.url}/ops/sx/S4/retry", data={"csrf_token": kit.csrf_token(page), "back": "list"})
        assert r.status_code == 200 and "S4 全部重试：0 条已处理，1 条仍失败（22001 1 条）" in r.text
        q(
            dsns["jy"],
            "UPDATE jh.sx SET sjnr = jsonb_set(sjnr, '{bdcdyh}', '\"B1\"') WHERE id = %s",
            (s4_id,),
        )
        r = s.post(f"{site.url}/ops/sx/S4/retry", data={"csrf_token": kit.csrf_token(r.text), "back": "list"})
        assert "S4 全部重试：1 条已处理" in r.text
        r = s.post(f"{site.url}/ops/sx/S4/retry", data={"csrf_token": kit.csrf_token(r.text)})
        assert "S4 没有待重试的死信" in r.text and "<h1>运行监控</h1>" in r.text
        r = s.post(f"{site.url}/ops/sx/S4/999999/retry", data={"csrf_token": kit.csrf_token(r.text)})
        assert "S4 没有死信 #999999" in r.text
    assert q(dsns["jy"], "SELECT lybm, lyzj FROM stg.djsj WHERE ywh = 'DJ-LONG'") == [("bdcdy", "B1")]
    log = audit_rows(dsns["jy"], "sun")
    assert [(r[0], r[2], r[4]["jg"], r[5]) for r in log] == [
        ("全部重试死信", "S4", "部分仍失败", True),
        ("全部重试死信", "S4", "已重试", True),
        ("全部重试死信", "S4", "未重试", True),
        ("重试死信", "S4:999999", "出错", False),
    ]
    assert log[0][3] == {"lsl": "S4", "mbk": "jy", "ids": [s4_id]} and log[0][4]["rsb"] == [s4_id]

    # dj_front cannot be reached: the page still shows the rest, a retry of S2 is refused and audited
    down = dict(dsns, dj_front="postgresql://nobody@127.0.0.1:1/dj_front")
    with kit.serving(kit.settings_for(tmp_path, down)) as site:
        s = kit.signed_in(site, "sun")[0]
        r = s.get(f"{site.url}/ops")
        assert r.status_code == 200 and "不动产端前置库 dj_front 无法读取" in r.text
        r = s.post(f"{site.url}/ops/sx/S2/retry", data={"csrf_token": kit.csrf_token(r.text)})
        assert "重试失败：不动产端前置库 dj_front 无法连接或已断开，未重试" in r.text
    assert audit_rows(dsns["jy"], "sun")[-1][0:3] == ("全部重试死信", "jh.sx", "S2")
    assert audit_rows(dsns["jy"], "sun")[-1][5] is False
