"""房屋编码赋码 (seed §5.1.2): std.fwbm_check_char, rules FM03/FM04 (stg.jc_fm) and the loader stg.rk_fm.

Requests go through the real S4 apply (``tests/stagekit.py``) and the real driver ``stg.validate_batch``.
``stg.load_rows`` calls ``stg.rk_fm`` after the other loaders. See docs/house-codes.md.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import psycopg2
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from stagekit import (
    COUNTY,
    TS,
    building,
    flat,
    house_code,
    image,
    link,
    one,
    q,
    stage,
    status,
    unit_code,
    validate,
)

from jydj import codes

BUILDING_CODE = codes.make_fwbm("511702001", 2015, 1, 0)
PREFIX = BUILDING_CODE[:17]


# --- set-up ---------------------------------------------------------------------------------------------


def prepare(conn) -> None:
    """Every rule's check procedure is installed (a missing one would silently skip a rule)."""
    assert one(conn, "SELECT count(*) FROM stg.jygz WHERE qy AND to_regproc(jcgc) IS NULL") == 0


@pytest.fixture
def fm(jy_tx):
    prepare(jy_tx)
    building(jy_tx)
    return jy_tx


def request(sqid: str, n: int, **kw: Any) -> dict[str, Any]:
    """A valid 存量缺失 request for unit ``n``: flat 1单元 3层 301 of the test building (zh = 逻辑幢号)."""
    return image(
        "fwbm_sq",
        **(
            {
                "sqid": sqid,
                "ywh": f"DJ{sqid}",
                "bdcdyh": unit_code(n),
                "sqyy": "存量缺失",
                "zl": "通川区测试小区1栋",
                "zh": "T-LJZ",
                "dyh": "1",
                "szc": "3",
                "fh": "301",
                "jzmj": "100.00",
                "qxdm": COUNTY,
                "sqsj": TS,
            }
            | kw
        ),
    )


def ex(conn, sql: str, args: tuple = ()) -> None:
    """Run a statement that returns no rows."""
    with conn.cursor() as cur:
        cur.execute(sql, args)


def code_of(conn, h_id: int) -> str | None:
    return one(conn, "SELECT fwbm FROM lpb.h WHERE id = %s", (h_id,))


def assigned(conn) -> list[tuple]:
    """(sqid, fwbm, h_id) of every assignment, in order."""
    return q(conn, "SELECT sqid, fwbm, h_id FROM lpb.fwbm_fp ORDER BY id")


def message(conn, sqid: str, gzdm: str) -> str:
    jyjg = one(conn, "SELECT jyjg FROM stg.djsj WHERE lybm = 'fwbm_sq' AND lyzj = %s", (sqid,))
    return next(r["xx"] for r in jyjg if r["gzdm"] == gzdm)


def second_building(conn, zrzh: str, fwbm: str | None, ljzh: str = "B-LJZ") -> int:
    """Another building of the test project; returns its ljz id."""
    xm = one(conn, "SELECT id FROM lpb.xm WHERE xmbh = 'T-XM'")
    zrz = one(
        conn, "INSERT INTO lpb.zrz (xm_id, zrzh, fwbm) VALUES (%s, %s, %s) RETURNING id", (xm, zrzh, fwbm)
    )
    return one(conn, "INSERT INTO lpb.ljz (zrz_id, ljzh) VALUES (%s, %s) RETURNING id", (zrz, ljzh))


def new_flat(conn, ljz_id: int, fh: str, fwbm: str | None = None, dyh: str = "1", szc: str = "3") -> int:
    return one(
        conn,
        "INSERT INTO lpb.h (fwbm, ljz_id, dyh, szc, fh, ycjzmj)"
        " VALUES (%s, %s, %s, %s, %s, 100) RETURNING id",
        (fwbm, ljz_id, dyh, szc, fh),
    )


# --- std.fwbm_check_char ---------------------------------------------------------------------------------

BATCH = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


def sql_check_chars(conn, values: list[str | None]) -> list[str | None]:
    rows = q(
        conn,
        "SELECT std.fwbm_check_char(u.x) FROM unnest(%s::text[]) WITH ORDINALITY AS u(x, n) ORDER BY u.n",
        (values,),
    )
    return [r[0] for r in rows]


@BATCH
@given(st.lists(st.text(alphabet="0123456789", min_size=22, max_size=22), min_size=1, max_size=200))
def test_check_char_matches_python(jy_tx, bodies: list[str]) -> None:
    assert sql_check_chars(jy_tx, bodies) == [codes.fwbm_check_char(b) for b in bodies]


@BATCH
@given(st.lists(st.text(alphabet="0123456789X x０-", max_size=25), min_size=1, max_size=100))
def test_check_char_is_null_where_python_refuses(jy_tx, values: list[str]) -> None:
    expected = []
    for v in values:
        try:
            expected.append(codes.fwbm_check_char(v))
        except ValueError:
            expected.append(None)
    assert sql_check_chars(jy_tx, [*values, None]) == [*expected, None]


def test_check_char_of_generated_codes(jy_tx) -> None:
    made = [codes.make_fwbm("511702001", 1990 + i % 100, i % 9999 + 1, i * 7 % 100000) for i in range(500)]
    assert sql_check_chars(jy_tx, [c[:22] for c in made]) == [c[22] for c in made]
    assert "X" in {c[22] for c in made}


# --- one request ----------------------------------------------------------------------------------------


def test_request_gets_a_code_and_the_answer_goes_out(fm) -> None:
    for n in range(3):
        flat(fm, n)  # codes …00001 … …00003
    h_id, _ = flat(fm, 9, coded=False, dyh="1", szc="3", fh="301")
    flat(fm, 10, coded=False, dyh="1", szc="4", fh="401")
    stage(fm, "fwbm_sq", request("SQ-1", 500))
    res = validate(fm)
    assert (res["loaded"], res["by_rule"]) == (1, {}), res
    assert status(fm, "fwbm_sq", "SQ-1") == ("已入库", [])

    code = code_of(fm, h_id)
    assert code == PREFIX + "00004" + codes.fwbm_check_char(PREFIX + "00004")
    assert one(
        fm,
        "SELECT std.is_valid_fwbm(%s) AND std.fwbm_check_char(left(%s, 22)) = right(%s, 1)",
        (code, code, code),
    )
    zrz_id = building(fm)[0]
    fp = q(fm, "SELECT fwbm, h_id, zrz_id, bdcdyh, sqid, ywh, czr FROM lpb.fwbm_fp")
    assert len(fp) == 1 and fp[0][:5] == (code, h_id, zrz_id, unit_code(500), "SQ-1")
    # czr: the driver's operator (setting jydj.czr) when the driver sets it, else current_user
    assert fp[0][6] in ("test", one(fm, "SELECT current_user::text"))
    ywh = fp[0][5]
    assert re.fullmatch(r"FM\d{4}\d{9}", ywh)
    assert q(fm, "SELECT bdcdyh, glfs, ppdf, glyj, zt FROM gl.fw_dy WHERE fwbm = %s", (code,)) == [
        (unit_code(500), "精确", 1, {"ly": "赋码", "sqid": "SQ-1"}, "有效")
    ]
    assert q(
        fm, "SELECT ywlx, zt, fwbm, h_id, bz, slr, bjsj IS NOT NULL, qxdm FROM yw.jyyw WHERE ywh = %s", (ywh,)
    ) == [("FWBM", "办结", code, h_id, "SQ-1", "房屋编码赋码", True, COUNTY)]
    out = {r[0]: r[1] for r in q(fm, "SELECT mbb, sjnr FROM outbox.fjx WHERE ywh = %s", (ywh,))}
    assert set(out) == {"share_jy.fwbm_jg", "share_jy.gxzb"}
    jg = out["share_jy.fwbm_jg"]
    assert (jg["sqid"], jg["sqywh"], jg["bdcdyh"], jg["fwbm"], jg["jgdm"], jg["jgxx"]) == (
        "SQ-1",
        "DJSQ-1",
        unit_code(500),
        code,
        "0",
        "赋码成功",
    )
    gx = out["share_jy.gxzb"]
    assert (gx["ywlx"], gx["ywzt"], gx["fwbm"], gx["bdcdyh"], gx["glywh"]) == (
        "FWBM",
        "办结",
        code,
        unit_code(500),
        "DJSQ-1",
    )
    assert code_of(fm, h_id + 1) is None  # the other uncoded flat is untouched


def test_building_found_by_name_and_blank_fields_match_blank(fm) -> None:
    ex(fm, "UPDATE lpb.zrz SET jzwmc = '3栋' WHERE zrzh = 'T-ZRZ'")
    h_id, _ = flat(fm, 1, coded=False, dyh=None, szc="3", fh="301")
    stage(fm, "fwbm_sq", request("SQ-N", 501, zh=" 3栋 ", dyh="  ", szc=" 3", fh="301 "))
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-N") == ("已入库", [])
    assert code_of(fm, h_id) == PREFIX + "00001" + codes.fwbm_check_char(PREFIX + "00001")


def test_split_request_finds_the_building_by_original_code(fm) -> None:
    """分割: the original flat (已灭失) names the building; the request's 幢号 is ignored then."""
    old, old_code = flat(fm, 4)  # …00005
    ex(fm, "UPDATE lpb.h SET fwzt = '已灭失' WHERE id = %s", (old,))
    a, _ = flat(fm, 20, coded=False, dyh="1", szc="5", fh="501A")
    b, _ = flat(fm, 21, coded=False, dyh="1", szc="5", fh="501B")
    # a second building with the same 房号 and the same 幢号 text: yfwbm keeps it out
    other = second_building(fm, "B-ZRZ", codes.make_fwbm("511702001", 2015, 2, 0), ljzh="T-LJZ")
    new_flat(fm, other, "501A", szc="5")
    stage(fm, "fwbm_sq", request("SQ-A", 510, sqyy="分割", zh="错的幢号", szc="5", fh="501A", yfwbm=old_code))
    stage(
        fm, "fwbm_sq", request("SQ-B", 511, sqyy="分割", zh=None, szc="5", fh="501B", yfwbm=f" {old_code} ，")
    )
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-A") == ("已入库", [])
    assert status(fm, "fwbm_sq", "SQ-B") == ("已入库", [])
    assert (code_of(fm, a)[17:22], code_of(fm, b)[17:22]) == ("00006", "00007")


def test_merge_request_by_code_prefix_when_the_old_flats_are_gone(fm) -> None:
    """合并: the original codes are no longer on any flat; their 17-char prefix still names the building."""
    h_id, _ = flat(fm, 30, coded=False, dyh="2", szc="1", fh="101")
    gone = [codes.make_fwbm("511702001", 2015, 1, 88), codes.make_fwbm("511702001", 2015, 1, 89)]
    stage(
        fm,
        "fwbm_sq",
        request("SQ-M", 520, sqyy="合并", zh=None, dyh="2", szc="1", fh="101", yfwbm=",".join(gone)),
    )
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-M") == ("已入库", [])
    assert code_of(fm, h_id)[:17] == PREFIX


# --- FM03 / FM04 ----------------------------------------------------------------------------------------


def test_unit_already_linked_fails_fm03(fm) -> None:
    _, fwbm = flat(fm, 1)
    link(fm, fwbm, unit_code(600))
    h_id, _ = flat(fm, 2, coded=False, dyh="1", szc="3", fh="301")
    stage(fm, "fwbm_sq", request("SQ-3", 600))
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-3") == ("不合格", ["FM03"])
    assert fwbm in message(fm, "SQ-3", "FM03")
    assert code_of(fm, h_id) is None and assigned(fm) == []
    assert one(fm, "SELECT count(*) FROM yw.jyyw WHERE ywlx = 'FWBM'") == 0


def test_no_matching_flat_fails_fm04(fm) -> None:
    flat(fm, 1, coded=False, dyh="1", szc="3", fh="302")
    stage(fm, "fwbm_sq", request("SQ-4", 601))
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-4") == ("不合格", ["FM04"])
    assert "没有与申请相符的未编码房屋" in message(fm, "SQ-4", "FM04")
    assert assigned(fm) == []


def test_coded_flat_in_place_fails_fm04_with_a_hint(fm) -> None:
    _, fwbm = flat(fm, 1, dyh="1", szc="3", fh="301")
    stage(fm, "fwbm_sq", request("SQ-5", 602))
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-5") == ("不合格", ["FM04"])
    assert f"已有房屋编码 {fwbm}" in message(fm, "SQ-5", "FM04")


def test_two_matching_flats_fail_fm04(fm) -> None:
    flat(fm, 1, coded=False, dyh="1", szc="3", fh="301")
    flat(fm, 2, coded=False, dyh="1", szc="3", fh=" 301")
    flat(fm, 3, coded=False, dyh="1", szc="3", fh="301", fwzt="已灭失")  # gone flats do not count
    stage(fm, "fwbm_sq", request("SQ-6", 603))
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-6") == ("不合格", ["FM04"])
    assert "有 2 户未编码房屋" in message(fm, "SQ-6", "FM04")
    assert assigned(fm) == []


def test_unknown_building_and_building_without_code_fail_fm04(fm) -> None:
    ljz = second_building(fm, "NOCODE", None, ljzh="无码幢")
    new_flat(fm, ljz, "301")
    stage(fm, "fwbm_sq", request("SQ-7", 604, zh="无码幢"))
    stage(fm, "fwbm_sq", request("SQ-8", 605, zh="没有这个幢"))
    stage(fm, "fwbm_sq", request("SQ-9", 606, zh="无码幢", qxdm="511703"))  # another county
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-7") == ("不合格", ["FM04"])
    assert "没有有效的幢房屋编码" in message(fm, "SQ-7", "FM04")
    for sqid in ("SQ-8", "SQ-9"):
        assert status(fm, "fwbm_sq", sqid) == ("不合格", ["FM04"])
        assert message(fm, sqid, "FM04").startswith("找不到申请的幢")
    assert assigned(fm) == []


def test_duplicates_in_one_batch_only_the_first_is_coded(fm) -> None:
    a, _ = flat(fm, 1, coded=False, dyh="1", szc="3", fh="301")
    b, _ = flat(fm, 2, coded=False, dyh="1", szc="3", fh="302")
    stage(fm, "fwbm_sq", request("SQ-D1", 700))
    stage(fm, "fwbm_sq", request("SQ-D2", 701))  # same flat
    stage(fm, "fwbm_sq", request("SQ-D3", 700, fh="302"))  # same unit
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-D1") == ("已入库", [])
    assert status(fm, "fwbm_sq", "SQ-D2") == ("不合格", ["FM04"])
    assert "SQ-D1" in message(fm, "SQ-D2", "FM04")
    assert status(fm, "fwbm_sq", "SQ-D3") == ("不合格", ["FM03"])
    assert [r[0] for r in assigned(fm)] == ["SQ-D1"]
    assert code_of(fm, a) is not None and code_of(fm, b) is None


# --- several, replays, tombstones -----------------------------------------------------------------------


def test_several_requests_in_one_batch_get_consecutive_codes(fm) -> None:
    flat(fm, 0)
    flat(fm, 6)  # …00007: the highest code in use
    flats = [flat(fm, 40 + i, coded=False, dyh="2", szc=str(i + 1), fh=f"{i + 1}01")[0] for i in range(5)]
    other = second_building(fm, "B-ZRZ", codes.make_fwbm("511702001", 2015, 2, 0))
    other_flat = new_flat(fm, other, "101", dyh="1", szc="1")
    for i in range(5):
        stage(fm, "fwbm_sq", request(f"SQ-S{i}", 800 + i, dyh="2", szc=str(i + 1), fh=f"{i + 1}01"))
    stage(fm, "fwbm_sq", request("SQ-OTHER", 900, zh="B-LJZ", dyh="1", szc="1", fh="101"))
    res = validate(fm)
    assert res["loaded"] == 6, res
    got = [code_of(fm, h) for h in flats]
    assert [c[17:22] for c in got] == ["00008", "00009", "00010", "00011", "00012"]
    assert all(c[:17] == PREFIX and c[22] == codes.fwbm_check_char(c[:22]) for c in got)
    assert code_of(fm, other_flat) == codes.make_fwbm("511702001", 2015, 2, 1)
    assert one(fm, "SELECT count(DISTINCT ywh) FROM yw.jyyw WHERE ywlx = 'FWBM'") == 6
    assert one(fm, "SELECT count(*) FROM outbox.fjx WHERE mbb = 'share_jy.fwbm_jg'") == 6


def test_replayed_request_is_not_coded_twice(fm) -> None:
    h_id, _ = flat(fm, 1, coded=False, dyh="1", szc="3", fh="301")
    spare, _ = flat(fm, 2, coded=False, dyh="1", szc="3", fh="302")
    row = request("SQ-R", 950)
    stage(fm, "fwbm_sq", row)
    validate(fm)
    code = code_of(fm, h_id)
    before = (
        assigned(fm),
        one(fm, "SELECT count(*) FROM yw.jyyw"),
        one(fm, "SELECT count(*) FROM outbox.fjx"),
    )
    stage(fm, "fwbm_sq", row, op="u")  # S4 re-delivers the same request
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-R") == ("已入库", [])
    stage(fm, "fwbm_sq", row | {"fh": "302"}, op="u")  # changed afterwards: the code given stays
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-R") == ("已入库", [])
    stage(fm, "fwbm_sq", row, op="d")  # withdrawn: a code once given stays
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-R") == ("已入库", [])
    after = (
        assigned(fm),
        one(fm, "SELECT count(*) FROM yw.jyyw"),
        one(fm, "SELECT count(*) FROM outbox.fjx"),
    )
    assert after == before
    assert (code_of(fm, h_id), code_of(fm, spare)) == (code, None)


def test_rk_fm_refuses_a_request_without_a_unique_flat(fm) -> None:
    """With FM04 disabled the loader itself refuses: the driver marks the row RK00 and nothing is written."""
    ex(fm, "UPDATE stg.jygz SET qy = false WHERE gzdm = 'FM04'")
    ok, _ = flat(fm, 1, coded=False, dyh="1", szc="3", fh="301")
    stage(fm, "fwbm_sq", request("SQ-OK", 960))
    stage(fm, "fwbm_sq", request("SQ-BAD", 961, fh="999"))
    validate(fm)
    assert status(fm, "fwbm_sq", "SQ-OK") == ("已入库", [])
    assert status(fm, "fwbm_sq", "SQ-BAD") == ("不合格", ["RK00"])
    assert "SQ-BAD" in message(fm, "SQ-BAD", "RK00")
    assert [r[0] for r in assigned(fm)] == ["SQ-OK"] and code_of(fm, ok) is not None


# --- never a code twice ---------------------------------------------------------------------------------

OPS = st.lists(
    st.sampled_from(["new", "new", "split", "merge", "erase", "validate"]), min_size=3, max_size=14
)


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(OPS, st.integers(min_value=0, max_value=8))
def test_no_code_is_ever_given_twice(fm, ops: list[str], coded: int) -> None:
    """Flats are split, merged and have codes erased between rounds; every new code is one never seen."""
    conn = fm
    ex(conn, "SAVEPOINT round")
    try:
        _ljz = building(conn)[1]
        seen = {house_code(n) for n in range(coded)}
        for n in range(coded):
            flat(conn, n)
        counter = iter(range(10_000, 20_000))

        def add(fh: str, sqyy: str = "存量缺失", yfwbm: str | None = None) -> None:
            k = next(counter)
            new_flat(conn, _ljz, fh, dyh="9", szc="9")
            stage(
                conn,
                "fwbm_sq",
                request(
                    f"H-{k}",
                    k,
                    sqyy=sqyy,
                    dyh="9",
                    szc="9",
                    fh=fh,
                    yfwbm=yfwbm,
                    zh=None if yfwbm else "T-LJZ",
                ),
            )

        def live_coded() -> list[tuple[int, str]]:
            return q(
                conn, "SELECT id, fwbm FROM lpb.h WHERE fwbm IS NOT NULL AND fwzt <> '已灭失' ORDER BY id"
            )

        for i, op in enumerate([*ops, "validate"]):
            if op == "new":
                add(f"N{i}")
            elif op in ("split", "merge") and live_coded():
                olds = live_coded()[-2:] if op == "merge" else live_coded()[:1]
                for h_id, _ in olds:
                    ex(conn, "UPDATE lpb.h SET fwzt = '已灭失' WHERE id = %s", (h_id,))
                yfwbm = ",".join(c for _, c in olds)
                for part in ("A", "B") if op == "split" else ("M",):
                    add(f"{op[0]}{i}{part}", sqyy="分割" if op == "split" else "合并", yfwbm=yfwbm)
            elif op == "erase":
                # the newest assigned code disappears from the building table (unlinked, flat gone)
                row = q(
                    conn,
                    "SELECT f.h_id, f.fwbm FROM lpb.fwbm_fp f JOIN lpb.h h ON h.fwbm = f.fwbm"
                    " ORDER BY f.id DESC LIMIT 1",
                )
                if row:
                    ex(conn, "DELETE FROM gl.fw_dy WHERE fwbm = %s", (row[0][1],))
                    ex(conn, "UPDATE lpb.h SET fwbm = NULL, fwzt = '已灭失' WHERE id = %s", (row[0][0],))
            elif op == "validate":
                before = {r[1] for r in assigned(conn)}
                validate(conn)
                new = [r[1] for r in assigned(conn) if r[1] not in before]
                assert not set(new) & seen, f"code given again: {set(new) & seen}"
                assert len(set(new)) == len(new)
                seen |= set(new)
        states = q(conn, "SELECT DISTINCT jyzt FROM stg.djsj WHERE lybm = 'fwbm_sq'")
        assert states in ([], [("已入库",)]), q(
            conn, "SELECT lyzj, jyzt, jyjg FROM stg.djsj WHERE jyzt <> '已入库'"
        )
        assert one(conn, "SELECT count(*) FROM stg.djsj WHERE lybm = 'fwbm_sq'") == len(assigned(conn))
    finally:
        ex(conn, "ROLLBACK TO SAVEPOINT round")


# --- concurrency ----------------------------------------------------------------------------------------


def _setup_committed(dsn: str, flats: int) -> list[int]:
    """A committed database with the test building, ``flats`` uncoded flats and one request for each."""
    conn = psycopg2.connect(dsn)
    try:
        prepare(conn)
        building(conn)
        flat(conn, 0)
        ids = [flat(conn, 100 + i, coded=False, dyh="1", szc="7", fh=f"7{i:02d}")[0] for i in range(flats)]
        for i in range(flats):
            stage(conn, "fwbm_sq", request(f"C-{i}", 2000 + i, szc="7", fh=f"7{i:02d}"))
        conn.commit()
        return ids
    finally:
        conn.close()


def _codes(dsn: str) -> list[str]:
    conn = psycopg2.connect(dsn)
    try:
        return [r[0] for r in q(conn, "SELECT fwbm FROM lpb.fwbm_fp ORDER BY fwbm")]
    finally:
        conn.close()


def test_two_validators_at_once_give_distinct_codes(make_db) -> None:
    dsn = make_db("jy")
    _setup_committed(dsn, 8)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run() -> None:
        conn = psycopg2.connect(dsn)
        try:
            start.wait()
            validate(conn, limit=4)
            time.sleep(0.2)  # hold the locks a little
            conn.commit()
        except BaseException as e:
            errors.append(e)
        finally:
            conn.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    got = _codes(dsn)
    assert [c[17:22] for c in got] == [f"{i:05d}" for i in range(2, 10)]
    assert len(set(got)) == 8


def test_two_rk_fm_calls_at_once_serialize_on_the_building(make_db) -> None:
    """Without the driver's advisory lock: the lpb.zrz row lock makes the second caller wait and count on."""
    dsn = make_db("jy")
    _setup_committed(dsn, 4)
    first_done = threading.Event()
    result: dict[str, Any] = {}
    errors: list[BaseException] = []

    def run(name: str, sqids: list[str]) -> None:
        conn = psycopg2.connect(dsn)
        try:
            if name == "second":
                first_done.wait(10)
            q(
                conn,
                "INSERT INTO stg.jypc (id, lybm, lyzj, djzl, czlx, ywh, bdcdyh, fwbm, sjnr, hg, rk)"
                " SELECT d.id, d.lybm, d.lyzj, d.djzl, d.czlx, d.ywh, d.bdcdyh, d.fwbm, d.sjnr, true, true"
                " FROM stg.djsj d WHERE d.lyzj = ANY(%s) RETURNING id",
                (sqids,),
            )
            t0 = time.monotonic()
            result[name] = one(conn, "SELECT stg.rk_fm()")
            result[name + "_s"] = time.monotonic() - t0
            if name == "first":
                first_done.set()
                time.sleep(0.8)
            ex(conn, "DELETE FROM stg.jypc WHERE lyzj = ANY(%s)", (sqids,))
            conn.commit()
        except BaseException as e:
            errors.append(e)
            first_done.set()
        finally:
            conn.close()

    threads = [
        threading.Thread(target=run, args=("first", ["C-0", "C-1"])),
        threading.Thread(target=run, args=("second", ["C-2", "C-3"])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert (result["first"], result["second"]) == (2, 2)
    assert result["second_s"] > 0.5, "the second caller should have waited for the building lock"
    assert [c[17:22] for c in _codes(dsn)] == ["00002", "00003", "00004", "00005"]
