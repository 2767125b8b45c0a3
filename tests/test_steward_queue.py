"""修正及挂接 in the steward tool, end to end in Debian's chromium: a correction previewed then applied
re-validates and loads the row; a flat linked by hand from the ranked candidates loads the unit's waiting
row; a viewer cannot correct; a steward of one district cannot touch another's; all of it in the log."""

from __future__ import annotations

import psycopg2
import pytest
import stagekit as sk
import stewardkit as kit
from streamkit import q

OTHER_COUNTY = "511703"


@pytest.fixture
def city(steward_dsns: dict[str, str]) -> dict[str, object]:
    """Committed test data: an ownership whose area disagrees with the building table (SYQ06), one in
    another district, and a unit the automatic linking left with two candidate flats (SYQ05)."""
    conn = psycopg2.connect(steward_dsns["jy"])
    try:
        fwbm, bdcdyh = sk.linked_flat(conn, 1, area=100.0)
        bad_area = sk.new_ywh()
        sk.stage(conn, "dbjg", sk.ownership(bad_area, bdcdyh, fwbm, jzmj="120.00"))
        sk.stage(conn, "qlr", sk.party(bad_area, qlrmc="李四", zjhm=sk.person_id(3)))
        # the same mistake in another district
        _, fwbm2 = sk.flat(conn, 2, area=90.0)
        other_unit = sk.unit_code(2).replace(sk.COUNTY, OTHER_COUNTY, 1)
        sk.link(conn, fwbm2, other_unit)
        other = sk.new_ywh()
        sk.stage(conn, "dbjg", sk.ownership(other, other_unit, fwbm2, jzmj="99.00", qxdm=OTHER_COUNTY))
        sk.stage(conn, "qlr", sk.party(other, qlrmc="赵六", zjhm=sk.person_id(6)))
        # two flats on the 6th floor, units 1 and 2, room 601; the registration side wrote no 单元
        for n, dyh in ((11, "1"), (12, "2")):
            sk.flat(conn, n, area=88.0, zl=f"通川区测试小区1栋{dyh}单元601", dyh=dyh, szc="6", fh="601")
        unlinked = sk.unit_code(11)
        waiting = sk.new_ywh()
        zl = "通川区测试小区1栋601"
        sk.stage(
            conn,
            "bdcdy",
            sk.image(
                "bdcdy", bdcdyh=unlinked, ywh=waiting, zl=zl, szc="6", hh="601", jzmj="88.00", qxdm=sk.COUNTY
            ),
        )
        sk.stage(conn, "dbjg", sk.ownership(waiting, unlinked, None, jzmj="88.00", zl=zl))
        sk.stage(conn, "qlr", sk.party(waiting, qlrmc="钱七", zjhm=sk.person_id(7)))
        conn.commit()
        sk.validate_all(conn)
        with conn.cursor() as cur:
            cur.execute("SELECT gl.link_run('test', NULL, NULL, NULL)")
        conn.commit()
    finally:
        conn.close()
    ids = dict(
        q(
            steward_dsns["jy"],
            "SELECT ywh, id FROM stg.djsj WHERE lybm = 'dbjg' AND ywh = ANY (%s)",
            ([bad_area, other, waiting],),
        )
    )
    return {
        "bad_area": ids[bad_area],
        "other": ids[other],
        "waiting": ids[waiting],
        "unlinked": unlinked,
    }


def _state(dsn: str, row_id: int) -> tuple[str, list[str]]:
    jyzt, jyjg = q(dsn, "SELECT jyzt, jyjg FROM stg.djsj WHERE id = %s", (row_id,))[0]
    return jyzt, [f["gzdm"] for f in jyjg or []]


def test_queue_correction_previews_then_applies_and_loads(steward_dsns, city, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    assert _state(dsn, city["bad_area"]) == ("不合格", ["SYQ06"])
    kit.add_user(dsn, "zhang", "steward", districts=[sk.COUNTY])
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        kit.login(page, site, "zhang")
        page.get_by_role("link", name="修正及挂接").click()
        table = page.get_by_test_id("queue-table")
        assert "SYQ06 面积与楼盘表一致" in table.inner_text()
        listed = table.locator("tbody tr td:nth-child(2)").all_inner_texts()
        assert str(city["bad_area"]) in listed
        assert str(city["other"]) not in listed  # another district: not in this steward's queue
        table.get_by_role("link", name=str(city["bad_area"]), exact=True).click()
        assert page.get_by_test_id("row-state").inner_text() == "不合格"
        procedures = page.get_by_test_id("procedures")
        assert "建议" in procedures.inner_text()
        procedures.get_by_role("link", name="面积取楼盘表").click()
        page.get_by_role("button", name="预览").click()
        preview = page.get_by_test_id("preview")
        assert [c.strip() for c in preview.locator("tbody td").all_inner_texts()] == [
            str(city["bad_area"]),
            "建筑面积 jzmj",
            "120.00",
            "100.00",
        ]
        assert _state(dsn, city["bad_area"])[0] == "不合格"  # the dry run wrote nothing
        assert q(dsn, "SELECT count(*) FROM audit.czrz WHERE czr = 'zhang' AND czlx <> '登录'")[0][0] == 0
        page.get_by_label("修正原因").fill("与纸质档案核对，面积以楼盘表实测为准")
        page.get_by_role("button", name="确认执行").click()
        assert "重新校验后入库 1 行" in page.get_by_role("alert").inner_text()
        assert page.get_by_test_id("row-state").inner_text() == "已入库"
        # the steward finds the change in the log and in the statistics
        page.get_by_role("link", name="数据修正日志").click()
        page.get_by_test_id("log-search").get_by_label("操作人").fill("zhang")
        page.get_by_test_id("log-search").get_by_role("button", name="查询").click()
        log_text = page.get_by_test_id("log-table").inner_text()
        assert "执行修正" in log_text and "修正暂存行" in log_text
        assert "与纸质档案核对，面积以楼盘表实测为准" in log_text
        page.get_by_role("link", name="数据情况统计").click()
        page.get_by_test_id("stats-filters").get_by_label("统计维度").select_option(label="按登记种类")
        page.get_by_test_id("stats-filters").get_by_role("button", name="统计").click()
        ownership = page.get_by_test_id("stats-table").locator("tbody tr").filter(has_text="所有权")
        loaded_cell = ownership.locator("td").nth(4).inner_text()  # 待校验, 合格, 不合格, 已入库
        loaded = q(dsn, "SELECT count(*) FROM stg.djsj WHERE djzl = '所有权' AND jyzt = '已入库'")[0][0]
        assert int(loaded_cell.replace(",", "")) == loaded >= 1
    assert _state(dsn, city["bad_area"]) == ("已入库", [])
    assert q(
        dsn,
        "SELECT jzmj FROM djjg.fdcq f JOIN stg.djsj d ON d.ywh = f.ywh WHERE d.id = %s",
        (city["bad_area"],),
    )[0][0] == pytest.approx(100.0)
    log = q(
        dsn,
        "SELECT czlx, dxb, dxzj, bgq, bgh, ly, yy FROM audit.czrz"
        " WHERE czr = 'zhang' AND czlx <> '登录' ORDER BY id",
    )
    assert [(r[0], r[5], r[6]) for r in log] == [
        ("修正暂存行", "web", "与纸质档案核对，面积以楼盘表实测为准"),
        ("执行修正", "web", "与纸质档案核对，面积以楼盘表实测为准"),
    ]
    assert (
        log[0][2] == str(city["bad_area"])
        and log[0][3] == {"jzmj": "120.00"}
        and log[0][4] == {"jzmj": "100.00"}
    )
    assert log[1][2] == "xz.mj_lpb"


def test_manual_link_from_ranked_candidates_loads_the_waiting_row(steward_dsns, city, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    assert _state(dsn, city["waiting"])[0] == "不合格"
    cands = q(dsn, "SELECT fwbm FROM gl.hxd WHERE bdcdyh = %s ORDER BY fwbm", (city["unlinked"],))
    assert len(cands) == 2  # the automatic run could not decide between unit 1 and unit 2
    kit.add_user(dsn, "zhang", "steward", districts=[sk.COUNTY])
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        kit.login(page, site, "zhang")
        page.get_by_role("link", name="楼盘表挂接").click()
        page.get_by_test_id("link-list").get_by_role("link", name=city["unlinked"]).click()
        rows = page.get_by_test_id("candidates").locator("tbody tr")
        assert rows.count() == 2
        assert "房号：" in rows.first.inner_text() and "建筑面积：" in rows.first.inner_text()
        target = rows.filter(has_text="1单元601")
        target.get_by_role("textbox").fill("现场核实为1单元")
        target.get_by_role("button", name="挂接").click()
        assert "入库 1 行" in page.get_by_role("alert").inner_text()
        chosen = q(dsn, "SELECT fwbm, glfs, czr FROM gl.fw_dy WHERE bdcdyh = %s", (city["unlinked"],))
        assert chosen == [(sk.house_code(11), "人工", "zhang")]
        assert chosen[0][0] in page.get_by_test_id("current-link").inner_text()
    assert _state(dsn, city["waiting"]) == ("已入库", [])
    log = q(dsn, "SELECT czlx, dxzj, ly, yy FROM audit.czrz WHERE czr = 'zhang' AND czlx = '人工挂接'")
    assert log == [("人工挂接", f"{sk.house_code(11)}|{city['unlinked']}", "web", "现场核实为1单元")]


def test_viewer_cannot_correct_or_link(steward_dsns, city, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "guest", "viewer")
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        kit.login(page, site, "guest")
        page.goto(f"{site.url}/row/{city['bad_area']}")
        assert page.get_by_test_id("failures").is_visible()
        assert page.get_by_test_id("procedures").count() == 0  # no correction for a viewer
        page.goto(f"{site.url}/link/{city['unlinked']}")
        assert page.get_by_role("button", name="挂接").count() == 0
        s, token = kit.signed_in(site, "guest")
        r = s.post(
            f"{site.url}/correct/xz.mj_lpb",
            data={"csrf_token": token, "ids": city["bad_area"], "action": "apply", "reason": "试图修改"},
        )
        assert r.status_code == 403 and "无权访问" in r.text
        fwbm = sk.house_code(11)
        r = s.post(
            f"{site.url}/link/{city['unlinked']}/link",
            data={"csrf_token": token, "fwbm": fwbm, "bdcdyh": city["unlinked"]},
        )
        assert r.status_code == 403
    assert _state(dsn, city["bad_area"])[0] == "不合格"
    assert q(dsn, "SELECT count(*) FROM gl.fw_dy WHERE bdcdyh = %s", (city["unlinked"],))[0][0] == 0


def test_steward_of_one_district_cannot_touch_another(steward_dsns, city, tmp_path, page) -> None:
    dsn = steward_dsns["jy"]
    kit.add_user(dsn, "zhang", "steward", districts=[sk.COUNTY])
    with kit.serving(kit.settings_for(tmp_path, steward_dsns)) as site:
        kit.login(page, site, "zhang")
        page.goto(f"{site.url}/row/{city['other']}")
        assert "不在您的登记种类或区县范围内" in page.content()
        assert page.get_by_test_id("procedures").count() == 0
        s, token = kit.signed_in(site, "zhang")
        r = s.post(
            f"{site.url}/correct/xz.mj_lpb",
            data={"csrf_token": token, "ids": city["other"], "action": "apply", "reason": "越权尝试"},
        )
        assert r.status_code == 200
        assert (
            "只能处理区县 511702 的数据" in r.text
            and f"暂存行 {city['other']}（区县 {OTHER_COUNTY}）" in r.text
        )
    assert _state(dsn, city["other"])[0] == "不合格"
    assert q(dsn, "SELECT count(*) FROM audit.czrz WHERE czr = 'zhang' AND dxb = 'stg.djsj'")[0][0] == 0
