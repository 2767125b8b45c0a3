"""The validation run as a whole (seed §5.2.1.6): the driver stg.validate_batch, corrections (stg.correct),
re-queueing (stg.requeue), two runs at once, the ``jydj validate`` command, the scheduler job and
``jydj status``. The rules themselves: test_validation_rules.py; the loading: test_loading.py; house codes:
test_house_codes.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import psycopg2
import pytest
from stagekit import (
    TS,
    flat,
    link,
    linked_flat,
    main_row,
    mortgage,
    new_ywh,
    one,
    ownership,
    party,
    q,
    stage,
    status,
    unit_code,
    validate,
)

from jydj.config import Settings
from jydj.status import collect
from jydj.validation import correct, queue_counts, queue_rows, requeue, run_validation
from scheduler.jobs import JOBS, run_job

JYDJ = [sys.executable, "-m", "jydj.cli"]


def test_a_run_marks_every_row_and_reports_counts_by_rule(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 1)
    good, bad = new_ywh(), new_ywh()
    stage(c, "gxzb", main_row(good, bdcdyh=dy))
    stage(c, "dbjg", ownership(good, dy, fwbm))
    stage(c, "qlr", party(good))
    stage(c, "dbjg", ownership(bad, unit_code(999), djsj=None))  # no date, unit not linked
    res = validate(c)
    assert res["claimed"] == res["new"] == 4
    assert (res["qualified"], res["unqualified"], res["loaded"], res["waiting"]) == (3, 1, 3, 0)
    assert res["by_rule"] == {"SYQ01": 1, "SYQ05": 1}
    assert status(c, "dbjg", good) == ("已入库", [])
    jyzt, codes = status(c, "dbjg", bad)
    assert (jyzt, codes) == ("不合格", ["SYQ01", "SYQ05"])
    jyjg = one(c, "SELECT jyjg FROM stg.djsj WHERE lybm = 'dbjg' AND lyzj = %s", (bad,))
    assert jyjg[0]["gzmc"] == "必填项" and jyjg[0]["yzcd"] == "错误" and "djsj" in jyjg[0]["xx"]
    # nothing unqualified reaches production; the qualified row did
    assert one(c, "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s", (bad,)) == 0
    assert one(c, "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s", (good,)) == 1
    # a second run finds nothing new and changes nothing
    again = validate(c)
    assert (again["claimed"], again["new"], again["loaded"]) == (0, 0, 0)


def test_kind_filter_and_batch_limit(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 2)
    rows = [new_ywh() for _ in range(5)]
    for y in rows:
        stage(c, "qlr", party(y))
    own = new_ywh()
    stage(c, "dbjg", ownership(own, dy, fwbm))
    assert validate(c, djzl="所有权")["claimed"] == 1
    assert status(c, "qlr", f"{rows[0]}|权利人|1")[0] == "待校验"
    first = validate(c, limit=2)
    assert (first["new"], first["loaded"]) == (2, 2)
    assert validate(c, limit=10)["new"] == 3
    with pytest.raises(psycopg2.errors.InvalidParameterValue, match="p_limit 须为正数"):
        validate(c, limit=0)


def test_a_unit_row_waits_for_its_registration(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 3)
    y = new_ywh()
    stage(
        c,
        "dbjg_dy",
        {"ywh": y, "bdcdyh": dy, "fwbm": fwbm, "zl": "通川区测试小区1栋", "jzmj": "100.00", "gxsj": TS},
    )
    first = validate(c)
    assert (first["loaded"], first["waiting"]) == (0, 1)
    assert status(c, "dbjg_dy", f"{y}|{dy}")[0] == "合格"
    stage(c, "dbjg", mortgage(y, None))
    validate(c)
    assert status(c, "dbjg", y)[0] == "已入库"
    assert status(c, "dbjg_dy", f"{y}|{dy}")[0] == "已入库"
    assert one(c, "SELECT count(*) FROM djjg.dyaq_dy WHERE ywh = %s", (y,)) == 1


def test_correction_revalidates_loads_and_is_audited(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 4)
    y = new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm, djsj=None))
    validate(c)
    row_id = one(c, "SELECT id FROM stg.djsj WHERE lybm = 'dbjg' AND lyzj = %s", (y,))
    res = one(
        c,
        "SELECT stg.correct(%s, %s::jsonb, '张三', '补登记时间', 'web', '10.0.0.8')",
        (row_id, json.dumps({"djsj": TS})),
    )
    assert res["jyzt"] == "已入库" and res["jyjg"] is None
    assert one(c, "SELECT count(*) FROM djjg.fdcq WHERE ywh = %s", (y,)) == 1
    audit = q(
        c, "SELECT czr, czlx, dxb, dxzj, bgq, bgh, ly, ip, yy FROM audit.czrz WHERE czlx = '修正暂存行'"
    )
    assert audit == [
        (
            "张三",
            "修正暂存行",
            "stg.djsj",
            str(row_id),
            {"djsj": None},
            {"djsj": TS},
            "web",
            "10.0.0.8",
            "补登记时间",
        )
    ]


def test_a_correction_that_still_fails_keeps_the_row_in_the_queue(jy_tx) -> None:
    c = jy_tx
    y = new_ywh()
    stage(c, "dbjg", ownership(y, unit_code(998)))
    validate(c)
    row_id = one(c, "SELECT id FROM stg.djsj WHERE lyzj = %s", (y,))
    res = one(c, "SELECT stg.correct(%s, '{\"jzmj\": \"101.00\"}', '张三', '面积', 'cli', NULL)", (row_id,))
    assert res["jyzt"] == "不合格" and [r["gzdm"] for r in res["jyjg"]] == ["SYQ05"]


@pytest.mark.parametrize(
    ("changes", "reason", "message"),
    [
        ({"nosuch": "1"}, "原因", "字段 nosuch 不是来源表 dbjg 的列"),
        ({"ywh": "OTHER"}, "原因", "字段 ywh 是来源表 dbjg 的主键"),
        ({"djsj": {"a": 1}}, "原因", "字段 djsj 的新值须是字符串、数字或 null"),
        ({}, "原因", "非空对象"),
        ({"djsj": TS}, " ", "修正原因 yy 必填"),
    ],
)
def test_bad_corrections_are_refused_in_chinese(jy_tx, changes, reason, message) -> None:
    c = jy_tx
    y = new_ywh()
    stage(c, "dbjg", ownership(y, unit_code(997), djsj=None))
    validate(c)
    row_id = one(c, "SELECT id FROM stg.djsj WHERE lyzj = %s", (y,))
    before = q(c, "SELECT sjnr, jyzt, jyjg FROM stg.djsj WHERE id = %s", (row_id,))
    with c.cursor() as cur:
        cur.execute("SAVEPOINT s")
        with pytest.raises(psycopg2.errors.InvalidParameterValue, match=message):
            cur.execute(
                "SELECT stg.correct(%s, %s::jsonb, '张三', %s, 'web', NULL)",
                (row_id, json.dumps(changes), reason),
            )
        cur.execute("ROLLBACK TO SAVEPOINT s")
    assert q(c, "SELECT sjnr, jyzt, jyjg FROM stg.djsj WHERE id = %s", (row_id,)) == before
    assert one(c, "SELECT count(*) FROM audit.czrz WHERE czlx = '修正暂存行'") == 0


def test_a_loaded_row_cannot_be_corrected_here(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 5)
    y = new_ywh()
    stage(c, "dbjg", ownership(y, dy, fwbm))
    validate(c)
    row_id = one(c, "SELECT id FROM stg.djsj WHERE lyzj = %s", (y,))
    with pytest.raises(psycopg2.errors.InvalidParameterValue, match="已入库，不能在此修正"):
        one(c, "SELECT stg.correct(%s, '{\"jzmj\": \"1.00\"}', '张三', '原因', 'web', NULL)", (row_id,))


def test_requeue_after_linking_loads_the_waiting_rows(jy_tx) -> None:
    c = jy_tx
    _, fwbm = flat(c, 6)
    dy = unit_code(6)
    y = new_ywh()
    stage(c, "dbjg", ownership(y, dy, None))
    validate(c)
    assert status(c, "dbjg", y) == ("不合格", ["SYQ05"])
    link(c, fwbm, dy)  # the steward links the flat and the unit
    assert one(c, "SELECT stg.requeue('SYQ05', NULL, '李四', 'web', '已挂接')") == 1
    assert one(c, "SELECT stg.requeue('SYQ01', NULL, '李四', 'web', NULL)") == 0
    validate(c)
    assert status(c, "dbjg", y) == ("已入库", [])
    assert one(c, "SELECT fwbm FROM djjg.fdcq WHERE ywh = %s", (y,)) == fwbm
    assert q(c, "SELECT czr, czlx, bgh ->> 'rows' FROM audit.czrz WHERE czlx = '重新校验' ORDER BY id") == [
        ("李四", "重新校验", "1"),
        ("李四", "重新校验", "0"),
    ]


def test_two_runs_at_once_do_not_double_load(make_db) -> None:
    """Two connections driven step by step: B starts while A holds its batch; B waits, then finds nothing."""
    dsn = make_db("jy")
    with closing(psycopg2.connect(dsn)) as setup:
        units = [linked_flat(setup, 100 + i) for i in range(20)]
        for i, (fwbm, dy) in enumerate(units):
            y = f"2026C{i:09d}"
            stage(setup, "gxzb", main_row(y, bdcdyh=dy))
            stage(setup, "dbjg", ownership(y, dy, fwbm))
        setup.commit()
    a, b = psycopg2.connect(dsn), psycopg2.connect(dsn)
    try:
        first = validate(a)  # A: claimed, validated and loaded, not committed
        assert first["loaded"] == 40
        result: dict = {}
        t = threading.Thread(target=lambda: result.update(validate(b)))
        t.start()
        t.join(1.0)
        assert t.is_alive(), "B should wait for A's batch"
        assert one(a, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") == 1
        a.commit()
        t.join(10)
        b.commit()
        assert (result["claimed"], result["loaded"]) == (0, 0)
    finally:
        a.close()
        b.close()
    with closing(psycopg2.connect(dsn)) as c:
        assert one(c, "SELECT count(*) FROM djjg.fdcq") == 20
        assert one(c, "SELECT count(*) FROM djjg.djyw") == 20
        assert one(c, "SELECT count(*) FROM stg.djsj WHERE jyzt = '已入库'") == 40


def test_python_api_queue_correct_requeue_and_status(make_db, tmp_path: Path) -> None:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    with closing(psycopg2.connect(dsns["jy"])) as c:
        fwbm, dy = linked_flat(c, 7)
        ok, bad = new_ywh(), new_ywh()
        stage(c, "dbjg", ownership(ok, dy, fwbm))
        stage(c, "dbjg", ownership(bad, dy, fwbm, djsj=None, syywh=ok))
        c.commit()
    total = run_validation(dsns["jy"], batch=1)
    assert total["batches"] == 3  # one row each, then an empty call
    assert (total["loaded"], total["unqualified"]) == (1, 1)
    assert total["by_rule"] == {"SYQ01": 1}
    with closing(psycopg2.connect(dsns["jy"])) as c:
        counts = queue_counts(c)
        assert counts["loaded"] == 1 and counts["unqualified"] == 1
        assert counts["unqualified_by_rule"] == {"SYQ01": 1}
        rows = queue_rows(c, kind="所有权", rule="SYQ01")
        assert [r["lyzj"] for r in rows] == [bad]
        assert queue_rows(c, rule="SYQ05") == []
    res = correct(dsns["jy"], rows[0]["id"], {"djsj": TS}, "cli:test", "补登记时间")
    assert res["jyzt"] == "已入库"
    with closing(psycopg2.connect(dsns["jy"])) as c:
        assert one(c, "SELECT qszt FROM djjg.fdcq WHERE ywh = %s", (ok,)) == "2"  # resold: 历史
    assert requeue(dsns["jy"], None, None, "cli:test") == 0
    status_now = collect(Settings(home=tmp_path, dsns=dsns))
    assert status_now["staging"]["loaded"] == 2 and status_now["staging"]["unqualified"] == 0


def _env(dsns: dict[str, str], home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env.update(
        JYDJ_HOME=str(home),
        JYDJ_JY_DSN=dsns["jy"],
        JYDJ_JY_FRONT_DSN=dsns["jy_front"],
        JYDJ_DJ_FRONT_DSN=dsns["dj_front"],
    )
    return env


def test_cli_validate_json_queue_fix_and_status(make_db, tmp_path: Path) -> None:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    with closing(psycopg2.connect(dsns["jy"])) as c:
        fwbm, dy = linked_flat(c, 8)
        ok, bad = new_ywh(), new_ywh()
        stage(c, "gxzb", main_row(ok, bdcdyh=dy))
        stage(c, "dbjg", ownership(ok, dy, fwbm))
        stage(c, "dbjg", ownership(bad, unit_code(996), djsj=None))
        c.commit()
    env = _env(dsns, tmp_path)

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*JYDJ, *args], env=env, capture_output=True, text=True, timeout=120)

    out = cli("validate", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert {k: report[k] for k in ("qualified", "unqualified", "loaded")} == {
        "qualified": 2,
        "unqualified": 1,
        "loaded": 2,
    }
    assert report["by_rule"] == {"SYQ01": 1, "SYQ05": 1}
    out = cli("validate", "--kind", "不存在")
    assert out.returncode == 2 and "不存在" in out.stderr
    out = cli("validate", "queue")
    assert out.returncode == 0 and bad in out.stdout and "SYQ05 单元挂接房屋（错误）" in out.stdout
    with closing(psycopg2.connect(dsns["jy"])) as c:
        row_id = one(c, "SELECT id FROM stg.djsj WHERE lyzj = %s", (bad,))
    out = cli("validate", "fix", str(row_id), f"djsj={TS}", "--reason", "补时间")
    assert out.returncode == 0, out.stderr
    assert f"暂存行 {row_id}：不合格" in out.stdout and "SYQ05" in out.stdout and "SYQ01" not in out.stdout
    out = cli("validate", "fix", str(row_id), "nosuch=1", "--reason", "x")
    assert out.returncode == 2 and "错误：字段 nosuch 不是来源表 dbjg 的列" in out.stderr
    out = cli("status")
    assert out.returncode == 0 and "登记数据校验：已入库 2，不合格（队列）1" in out.stdout
    assert "SYQ05 1" in out.stdout
    with closing(psycopg2.connect(dsns["jy"])) as c:
        assert one(c, "SELECT czr FROM audit.czrz WHERE czlx = '修正暂存行'").startswith("cli:")


def test_the_scheduler_runs_the_validation_job(make_db, tmp_path: Path) -> None:
    dsns = {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}
    with closing(psycopg2.connect(dsns["jy"])) as c:
        fwbm, dy = linked_flat(c, 9)
        stage(c, "dbjg", ownership(new_ywh(), dy, fwbm))
        c.commit()
    assert JOBS["validate"].cron == "*/5 * * * *"
    res = run_job("validate", Settings(home=tmp_path, dsns=dsns))
    assert res["status"] == "成功" and res["loaded"] == 1
    with closing(psycopg2.connect(dsns["jy"])) as c:
        assert q(c, "SELECT rwmc, zt, jg ->> 'loaded' FROM jh.rwjl") == [("validate", "成功", "1")]
        assert one(c, "SELECT rksj IS NOT NULL FROM stg.djsj") is True
