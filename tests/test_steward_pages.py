"""数据情况统计 and 数据修正日志 in the steward tool: the chart and table of staged registration data agree
with counts taken straight from the database (by day, by district, in a steward's scope), the Excel export
holds the same figures; the audit log searches by operator and action, shows a correction's before/after and
exports to Excel and CSV; every export leaves an audit row. Browser parts drive Debian's chromium.

With ``JYDJ_SCREENSHOTS=1`` the browser test also writes docs/screenshots/steward-{stats,log}.png.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import psycopg2
import pytest
import stagekit as sk
import stewardkit as kit
from streamkit import q

from jydj.config import REPO_ROOT

#: Districts of the test city (GB/T 2260), the first one the most busy.
DISTRICTS = ("511702", "511702", "511702", "511703", "511722", "511724", "511725", "511781")
#: A correction done through SQL before the pages are opened; the log must show and export it.
REASON = "与纸质档案核对，补录登记时间"
SHOTS = os.environ.get("JYDJ_SCREENSHOTS") == "1"


def _stage_many(conn: Any, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """Many share_dj rows through one S4 apply (as a Debezium batch would bring them)."""
    changes = [
        {"tbl": f"share_dj.{table}", "op": "c", "lsn": next(sk._lsn), "ts_ms": 1764230000000}
        | {"before": None, "after": row}
        for table, row in rows
    ]
    with conn.cursor() as cur:
        cur.execute("SELECT jh.apply_changes('S4', %s::jsonb)", (json.dumps(changes, ensure_ascii=False),))
        res = cur.fetchone()[0]
    assert res["applied"] == len(rows) and res["dead_letters"] == 0, res


@pytest.fixture
def city(steward_dsns: dict[str, str]) -> dict[str, Any]:
    """Committed staged registration data of the last 30 days in seven districts: ownerships of linked flats
    (loaded), of units nobody linked (unqualified), mortgages, seizures, parties; a few rows still waiting;
    and one unqualified row corrected through SQL by ``zhang`` with :data:`REASON`."""
    conn = psycopg2.connect(steward_dsns["jy"])
    try:
        rows: list[tuple[str, dict[str, Any]]] = []
        for i in range(96):
            n = 100 + i
            county = DISTRICTS[i % len(DISTRICTS)]
            _, fwbm = sk.flat(conn, n, area=100.0)
            unit = sk.unit_code(n).replace(sk.COUNTY, county, 1)
            linked = i % 5 != 0
            if linked:
                sk.link(conn, fwbm, unit)
            ywh = sk.new_ywh()
            rows.append(("dbjg", sk.ownership(ywh, unit, fwbm if linked else None, qxdm=county)))
            rows.append(("qlr", sk.party(ywh, qlrmc="李四", zjhm=sk.person_id(i))))
            if i % 3 == 0:  # a mortgage; every other one without its date, its unit row left waiting (合格)
                dy = sk.new_ywh()
                rows.append(("dbjg", sk.mortgage(dy, unit, qxdm=county, **({"djsj": None} if i % 2 else {}))))
                rows.append(("dbjg_dy", sk.image("dbjg_dy", ywh=dy, bdcdyh=unit, fwbm=fwbm, jzmj="100.00")))
            if i % 7 == 0:
                rows.append(("dbjg", sk.seizure(sk.new_ywh(), unit, qxdm=county)))
            if i % 4 == 1:
                rows.append(("dbjg", sk.prenotice(sk.new_ywh(), unit, qxdm=county)))
        late = sk.new_ywh()
        rows.append(("dbjg", sk.ownership(late, sk.unit_code(999), None, djsj=None)))  # no date, not linked
        _stage_many(conn, rows)
        conn.commit()
        sk.validate_all(conn)
        # arrival times spread over the last 30 days (Dazhou time), as a month of pushes would be
        sk.q(
            conn,
            "UPDATE stg.djsj SET jssj = now() - mod(id * 7, 29) * interval '1 day'"
            " - mod(id, 9) * interval '1 hour' RETURNING id",
        )
        waiting = []
        for i in range(12):
            unit = sk.unit_code(500 + i).replace(sk.COUNTY, DISTRICTS[i % len(DISTRICTS)], 1)
            waiting.append(("dbjg", sk.ownership(sk.new_ywh(), unit, qxdm=unit[:6])))
        _stage_many(conn, waiting)  # arrived now, not validated yet
        conn.commit()
        bad = sk.one(conn, "SELECT id FROM stg.djsj WHERE lybm = 'dbjg' AND lyzj = %s", (late,))
        assert sk.one(conn, "SELECT jyzt FROM stg.djsj WHERE id = %s", (bad,)) == "不合格"
        others = sk.q(
            conn,
            "SELECT id, sjnr ->> 'djsj' IS NULL FROM stg.djsj"
            " WHERE jyzt = '不合格' AND lybm = 'dbjg' AND id <> %s ORDER BY id LIMIT 4",
            (bad,),
        )
        with conn.cursor() as cur:
            cur.execute(
                "SELECT stg.correct(%s, %s::jsonb, 'zhang', %s, 'cli', NULL)",
                (bad, json.dumps({"djsj": sk.TS}), REASON),
            )
            for k, (row_id, undated) in enumerate(others):  # other stewards' corrections, for a lived-in log
                fix, why = (
                    ({"djsj": sk.TS}, "依登簿记录补录登记时间")
                    if undated
                    else ({"zl": f"通川区测试小区1栋1单元{k + 1}01"}, "坐落按权籍调查成果规范书写")
                )
                cur.execute(
                    "SELECT stg.correct(%s, %s::jsonb, %s, %s, 'web', '10.20.1.17')",
                    (row_id, json.dumps(fix, ensure_ascii=False), ("wang", "zhao")[k % 2], why),
                )
        conn.commit()
    finally:
        conn.close()
    return {"corrected": bad}


def by_day(dsn: str) -> dict[str, list[int]]:
    """Counts per Dazhou day and state, straight from stg.djsj: {day: [待校验, 合格, 不合格, 已入库, 总]}."""
    out: dict[str, list[int]] = {}
    sql = (
        "SELECT to_char(jssj AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), jyzt, count(*) FROM stg.djsj"
        " WHERE jssj >= (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - interval '29 days')"
        "                AT TIME ZONE 'Asia/Shanghai'"
        " GROUP BY 1, 2"
    )
    for day, state, n in q(dsn, sql):
        counts = out.setdefault(day, [0] * 5)
        counts[["待校验", "合格", "不合格", "已入库"].index(state)] += n
        counts[4] += n
    return out


def by_district(dsn: str) -> dict[str, int]:
    rows = q(
        dsn,
        "SELECT coalesce(x.mc, '不明'), count(*) FROM stg.djsj d"
        " LEFT JOIN zd.xzqh x ON x.dm = coalesce(d.sjnr ->> 'qxdm', substr(d.bdcdyh, 1, 6)) GROUP BY 1",
    )
    return {name: n for name, n in rows}


def table_figures(page: Any) -> dict[str, list[int]]:
    """The statistics table as {first column (without a district's code): [counts…, total]}, zero rows left
    out."""
    out = {}
    for tr in page.get_by_test_id("stats-table").locator("tbody tr").all():
        cells = [c.strip() for c in tr.locator("td").all_inner_texts()]
        numbers = [int(c.replace(",", "")) for c in cells[1:]]
        if numbers[-1]:
            out[cells[0].split()[0]] = numbers
    return out


def chart_sum(page: Any) -> int:
    page.wait_for_selector("#stats-chart[data-drawn='1'] canvas")
    return page.evaluate(
        """() => {
            const chart = echarts.getInstanceByDom(document.getElementById('stats-chart'));
            return chart.getOption().series.reduce((n, s) => n + s.data.reduce((a, b) => a + b, 0), 0);
        }"""
    )


def audit_rows(dsn: str, who: str, action_prefix: str = "导出") -> list[tuple]:
    return q(
        dsn,
        "SELECT czlx, dxb, dxzj, ly, bgh FROM audit.czrz WHERE czr = %s AND czlx LIKE %s ORDER BY id",
        (who, action_prefix + "%"),
    )


def test_statistics_and_log_in_browser(steward_dsns, city, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "li", "viewer")
    expected = by_day(dsn)
    total = sum(v[4] for v in expected.values())
    assert total == q(dsn, "SELECT count(*) FROM stg.djsj")[0][0] and len(expected) > 10
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        kit.login(page, site, "li")
        page.get_by_role("link", name="数据情况统计").click()
        assert page.get_by_role("heading", name="数据情况统计").is_visible()
        # default: the last 30 days by day; the chart is drawn and adds up to the table's total
        assert chart_sum(page) == total
        foot = page.get_by_test_id("stats-total").locator("th").all_inner_texts()
        assert int(foot[-1].replace(",", "")) == total
        assert table_figures(page) == expected
        if SHOTS:
            page.get_by_test_id("stats-chart").hover(position={"x": 700, "y": 200})
            page.screenshot(path=str(REPO_ROOT / "docs/screenshots/steward-stats.png"), full_page=True)

        # by district: names from zd.xzqh in the table and on the chart's axis
        page.get_by_label("统计维度").select_option("区县")
        page.get_by_role("button", name="统计").click()
        assert chart_sum(page) == total
        figures = table_figures(page)
        assert {name: v[-1] for name, v in figures.items()} == by_district(dsn)
        assert {"通川区", "达川区", "宣汉县", "万源市"} <= set(figures)
        axis = page.evaluate(
            "() => echarts.getInstanceByDom(document.getElementById('stats-chart')).getOption().xAxis[0].data"
        )
        assert axis == list(figures)

        # the log: search by operator, then by action; the correction's before/after
        page.get_by_role("link", name="数据修正日志").click()
        table = page.get_by_test_id("log-table")
        everyone = table.locator("tr.entry").count()
        page.get_by_label("操作人").fill("zhang")
        page.get_by_role("button", name="查询").click()
        who = table.locator("tr.entry > td.who").all_inner_texts()
        assert who and set(who) == {"zhang"} and len(who) < everyone
        assert len(who) == q(dsn, "SELECT count(*) FROM audit.czrz WHERE czr = 'zhang'")[0][0]
        page.get_by_label("操作人").fill("")
        page.get_by_label("操作类型").select_option("修正暂存行")
        page.get_by_role("button", name="查询").click()
        rows = table.locator("tr.entry")
        assert set(table.locator("tr.entry > td.action").all_inner_texts()) == {"修正暂存行"}
        row = rows.filter(has_text=REASON)
        assert row.count() == 1
        assert str(city["corrected"]) in row.locator("td.object").inner_text()
        row.locator("summary").click()
        changed = row.locator("tr.changed")
        assert changed.count() == 1
        field, before, after = (c.strip() for c in changed.locator("td").all_inner_texts())
        assert (field, before, after) == ("djsj", "（空）", sk.TS)
        if SHOTS:
            page.get_by_label("操作类型").select_option("")
            page.get_by_role("button", name="查询").click()
            table.locator("tr.entry").filter(has_text=REASON).locator("summary").click()
            page.screenshot(path=str(REPO_ROOT / "docs/screenshots/steward-log.png"), full_page=False)


def test_exports_hold_the_figures_and_are_audited(steward_dsns, city, tmp_path) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "li", "viewer")
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        s, _ = kit.signed_in(site, "li")
        # statistics by district, all time, as Excel
        r = s.get(f"{site.url}/stats/export.xlsx", params={"wd": "区县", "q": "", "z": ""})
        assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/vnd.openxmlformats")
        sheet = openpyxl.load_workbook(io.BytesIO(r.content))["数据情况统计"]
        values = list(sheet.iter_rows(values_only=True))
        assert values[0] == ("区县", "区县代码", "待校验", "合格", "不合格", "已入库", "合计")
        assert sheet.freeze_panes == "A2"
        body, foot = values[1:-1], values[-1]
        assert {row[0]: row[-1] for row in body} == by_district(dsn)
        assert all(isinstance(n, int) for row in body for n in row[2:])
        assert all(sum(row[2:6]) == row[6] for row in body)
        assert foot[0] == "合计" and foot[-1] == sum(row[-1] for row in body)

        # the same figures by day from the JSON endpoint
        data = s.get(f"{site.url}/stats/data.json", params={"wd": "日"}).json()
        assert {row["key"]: row["合计"] for row in data["rows"] if row["合计"]} == {
            day: v[4] for day, v in by_day(dsn).items()
        }

        # the log as Excel: zhang's correction with its reason, li's own sign-in; real date-times
        r = s.get(f"{site.url}/log/export.xlsx", params={"czr": "zhang"})
        assert r.status_code == 200
        sheet = openpyxl.load_workbook(io.BytesIO(r.content))["数据修正日志"]
        zhang = list(sheet.iter_rows(values_only=True))
        assert zhang[0][:4] == ("日志ID", "操作时间", "操作人", "操作类型") and sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["I"].width > 20  # 操作原因 is wide
        assert {row[2] for row in zhang[1:]} == {"zhang"}
        correction = [row for row in zhang[1:] if row[3] == "修正暂存行"]
        assert len(correction) == 1 and correction[0][8] == REASON
        assert correction[0][5] == str(city["corrected"]) and isinstance(correction[0][1], datetime)
        assert json.loads(correction[0][11]) == {"djsj": sk.TS}
        before = q(dsn, "SELECT count(*) FROM audit.czrz")[0][0]
        r = s.get(f"{site.url}/log/export.xlsx")
        everything = list(
            openpyxl.load_workbook(io.BytesIO(r.content))["数据修正日志"].iter_rows(values_only=True)
        )
        assert len(everything) - 1 == before  # all of it (its own audit row is written after the file)
        assert any(row[2] == "li" and row[3] == "登录" for row in everything[1:])

        # the log as CSV: a byte-order mark, the Chinese header, the rows of the search
        r = s.get(f"{site.url}/log/export.csv", params={"czlx": "修正暂存行"})
        assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
        lines = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert lines[0][:4] == ["日志ID", "操作时间", "操作人", "操作类型"]
        corrections = q(dsn, "SELECT count(*) FROM audit.czrz WHERE czlx = '修正暂存行'")[0][0]
        assert REASON in [line[8] for line in lines[1:]] and len(lines) - 1 == corrections > 1
        assert {line[3] for line in lines[1:]} == {"修正暂存行"}

        # the log page searches by action, keyword, object, source and dates through the URL too
        html = s.get(f"{site.url}/log", params={"czlx": "登录"}).text
        assert "修正暂存行" not in html.split('data-testid="log-table"')[1]

        def found(**params: str) -> int:
            text = s.get(f"{site.url}/log", params=params).text
            return int(re.search(r'data-testid="log-total">共 ([0-9,]+) 条', text).group(1).replace(",", ""))

        assert (
            found(kw="补录登记时间")
            == q(dsn, "SELECT count(*) FROM audit.czrz WHERE strpos(yy, '补录登记时间') > 0")[0][0]
        )
        assert found(dx=str(city["corrected"]), czlx="修正暂存行") == 1
        assert found(ly="web", czlx="修正暂存行") == corrections - 1
        today = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
        assert found(q=today, z=today) == q(dsn, "SELECT count(*) FROM audit.czrz")[0][0]
        assert found(q="2000-01-01", z="2000-01-31") == 0

    exports = audit_rows(dsn, "li")
    assert [(a, t, f, ly) for a, t, f, ly, _ in exports] == [
        ("导出数据情况统计", "stg.djsj", "xlsx", "web"),
        ("导出数据修正日志", "audit.czrz", "xlsx", "web"),
        ("导出数据修正日志", "audit.czrz", "xlsx", "web"),
        ("导出数据修正日志", "audit.czrz", "csv", "web"),
    ]
    assert exports[0][4]["tj"]["wd"] == "区县" and exports[0][4]["hs"] == len(by_district(dsn))
    assert exports[1][4]["tj"] == {"czr": "zhang"} and exports[1][4]["hs"] == len(zhang) - 1
    assert exports[2][4]["tj"] == {} and exports[2][4]["hs"] == before
    assert exports[3][4] == {"tj": {"czlx": "修正暂存行"}, "gs": "csv", "hs": corrections, "jd": False}


def test_a_district_steward_sees_only_that_district(steward_dsns, city, tmp_path) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "zhang", "steward", districts=["511702"])
    mine = q(
        dsn,
        "SELECT jyzt, count(*) FROM stg.djsj WHERE gj.xzq(sjnr, bdcdyh) = '511702' GROUP BY 1",
    )
    assert mine and sum(n for _, n in mine) < q(dsn, "SELECT count(*) FROM stg.djsj")[0][0]
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        s, _ = kit.signed_in(site, "zhang")
        data = s.get(f"{site.url}/stats/data.json", params={"wd": "区县"}).json()
        assert data["scoped"] is True
        assert [(row["key"], row["name"]) for row in data["rows"]] == [("511702", "通川区")]
        assert {state: data["rows"][0][state] for state, _ in mine} == dict(mine)
        assert data["total"] == sum(n for _, n in mine)
        by_state = s.get(f"{site.url}/stats/data.json", params={"wd": "状态", "q": "", "z": ""}).json()
        assert {row["key"]: row["合计"] for row in by_state["rows"]} == dict(mine)
        html = s.get(f"{site.url}/stats", params={"wd": "区县"}).text
        assert "通川区" in html and "达川区" not in html.split('data-testid="stats-table"')[1]
        # 全市 on request: counts are no secret (viewers see them all)
        everything = s.get(f"{site.url}/stats/data.json", params={"wd": "区县", "fw": "all"}).json()
        assert everything["scoped"] is False and len(everything["rows"]) > 1
        # a stale or forged choice of dimension falls back to the default, never reaches the SQL
        assert s.get(f"{site.url}/stats", params={"wd": "x'; --"}).status_code == 200
