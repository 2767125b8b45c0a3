"""jh.apply_changes — the SQL side of streams S1–S4 (docs/exchange.md), against real PostgreSQL.

Each test builds Debezium-shaped changes (``{"tbl", "op", "lsn", "ts_ms", "before", "after"}`` with
decimals as strings and ISO times) and calls the apply function in a rolled-back transaction: ``front_tx``
(a migrated front database: S1 and S3 write here, S2 writes the same tables on dj_front) or ``jy_tx``
(S4 writes the staging table). Covered: exact round trips, idempotency (replay, older positions,
tombstones, several changes to a row in one batch), the S1 outbox unwrapping, the S4 staging upsert,
S2/S3 routing with reasons and pending rows, dead letters and their retry, and the stream state.
"""

from __future__ import annotations

import datetime
import json
import time
from decimal import Decimal
from typing import Any

import psycopg2
import pytest

TS = "2026-11-27T08:00:00.000000Z"
TS2 = "2026-11-28T09:30:15.123456Z"
UTC = datetime.UTC


# --------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------


def ch(
    tbl: str, op: str, lsn: int, after: dict | None = None, before: dict | None = None, ts_ms=None
) -> dict:
    """One change in the apply contract's shape."""
    return {
        "tbl": tbl,
        "op": op,
        "lsn": lsn,
        "ts_ms": ts_ms if ts_ms is not None else 1764230000000,
        "before": before,
        "after": after,
    }


def apply(conn, stream: str, changes: list[dict]) -> dict[str, Any]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT jh.apply_changes(%s, %s::jsonb)", (stream, json.dumps(changes, ensure_ascii=False))
        )
        return cur.fetchone()[0]


def q(conn, sql: str, args: tuple = ()) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, args)
        return cur.fetchall()


def one(conn, sql: str, args: tuple = ()):
    rows = q(conn, sql, args)
    assert len(rows) == 1, rows
    return rows[0][0] if len(rows[0]) == 1 else rows[0]


def counts(res: dict, **expected: int) -> None:
    got = {k: res[k] for k in expected}
    assert got == expected, res


def gxzb_jy(ywh: str, ywlx: str = "SPFBA", ywzt: str = "办结", **kw: Any) -> dict:
    row = {
        "ywh": ywh,
        "ywlx": ywlx,
        "ywzt": ywzt,
        "fwbm": f"F-{ywh}",
        "bdcdyh": None,
        "htbh": f"HT-{ywh}",
        "htbah": None,
        "slbh": None,
        "xmbh": None,
        "glywh": None,
        "qxdm": "511702",
        "fwsl": 1,
        "mxsl": 2,
        "bjsj": TS,
        "tssj": TS,
        "gxsj": TS,
        "bz": None,
    }
    row.update(kw)
    return row


def spfht(htbh: str, ywh: str, **kw: Any) -> dict:
    row = {
        "htbh": htbh,
        "htbah": f"BA{htbh}",
        "ywh": ywh,
        "slbh": None,
        "xmbh": "XM001",
        "ysxkzh": "达市房预售证2026第12号",
        "qyrq": "2026-11-20",
        "barq": "2026-11-27",
        "htje": "1234567.80",
        "fkfs": "按揭",
        "dkje": "800000.00",
        "htzt": "已备案",
        "qxdm": "511702",
        "gxsj": TS,
    }
    row.update(kw)
    return row


def spfht_h(htbh: str, fwbm: str, ywh: str, **kw: Any) -> dict:
    row = {
        "htbh": htbh,
        "fwbm": fwbm,
        "ywh": ywh,
        "bdcdyh": None,
        "zl": "通川区西外镇凤凰大道 88 号 3 栋 2 单元 1201",
        "zh": "3栋",
        "dyh": "2",
        "szc": "12",
        "fh": "1201",
        "fwyt": "10",
        "jzmj": "89.50",
        "tnjzmj": "72.10",
        "ftjzmj": "17.40",
        "dj": "13793.30",
        "zj": "1234500.35",
        "gxsj": TS,
    }
    row.update(kw)
    return row


def spfht_msr(htbh: str, sxh: int, ywh: str, **kw: Any) -> dict:
    row = {
        "htbh": htbh,
        "sxh": sxh,
        "ywh": ywh,
        "msrmc": "张三丰",
        "zjzl": "1",
        "zjhm": "511702199001011234",
        "gyfs": "0",
        "qlbl": "100%",
        "dh": None,
        "dz": "四川省达州市通川区",
        "dlrmc": None,
        "dlrzjhm": None,
        "gxsj": TS,
    }
    row.update(kw)
    return row


def chh_sc(fwbm: str, ywh: str, **kw: Any) -> dict:
    row = {
        "fwbm": fwbm,
        "ycfwbm": fwbm,
        "bdcdyh": None,
        "xmbh": "XM001",
        "zrzh": "Z1",
        "ljzh": "L1",
        "ch": "12",
        "ywh": ywh,
        "zl": "通川区朝阳路 1 号",
        "zh": "1栋",
        "dyh": "1",
        "szc": "12",
        "sjc": 12,
        "fh": "1201",
        "hx": "3",
        "fwyt": "10",
        "fwjg": "2",
        "fwxz": "1",
        "fwlx": "1",
        "jzmj": "101.25",
        "tnjzmj": "85.00",
        "ftjzmj": "16.25",
        "ftxs": "0.191176",
        "fwzt": "可售",
        "qxdm": "511702",
        "gxsj": TS,
    }
    row.update(kw)
    return row


def gxzb_dj(ywh: str, ywlx: str = "DB", ywzt: str = "登簿", **kw: Any) -> dict:
    row = {
        "ywh": ywh,
        "ywlx": ywlx,
        "djlx": "200",
        "qllx": "4",
        "djxl": None,
        "ywzt": ywzt,
        "fwbm": None,
        "bdcdyh": "511702001001GB00001F00010001",
        "htbh": None,
        "slbh": None,
        "jyywh": None,
        "glywh": None,
        "bdcqzh": None,
        "qxdm": "511702",
        "mxsl": 1,
        "bjsj": TS,
        "tssj": TS,
        "gxsj": TS,
        "bz": None,
    }
    row.update(kw)
    return row


def dbjg(ywh: str, **kw: Any) -> dict:
    row: dict[str, Any] = dict(
        ywh=ywh,
        djlx="200",
        qllx="4",
        bdcdyh="511702001001GB00001F00010001",
        zl="通川区朝阳路 1 号",
        bdcqzh="川(2026)达州市不动产权第0001234号",
        djsj=TS,
        jzmj="101.25",
        fdcjyjg="1234567.80",
        gxsj=TS,
        syywh=None,
        qszt="1",
    )
    row.update(kw)
    return row


#: Tables compared before and after a replay (ctid included: an UPDATE that changes nothing still moves it).
SNAPSHOT_TABLES = (
    "share_jy.gxzb",
    "share_jy.spfht",
    "share_jy.spfht_h",
    "share_jy.spfht_msr",
    "share_jy.chh_sc",
    "jh.hwz",
    "jh.lyjc",
    "jh.wzf",
    "jh.ddcl",
    "jh.sx",
)


def snapshot(conn) -> dict[str, list]:
    return {
        t: q(conn, f"SELECT ctid::text, to_jsonb(x)::text FROM {t} x ORDER BY 2") for t in SNAPSHOT_TABLES
    }


# --------------------------------------------------------------------------------------------------
# round trip, idempotency
# --------------------------------------------------------------------------------------------------


def test_insert_update_delete_round_trip_is_exact(front_tx) -> None:
    c = front_tx
    y = "JY2026112700001"
    batch = [
        ch("share_jy.spfht", "c", 10, spfht("HT-A", y)),
        ch("share_jy.spfht_h", "c", 11, spfht_h("HT-A", "F-A", y)),
        ch("share_jy.spfht_msr", "c", 12, spfht_msr("HT-A", 1, y)),
        ch(
            "share_jy.spfht_msr",
            "c",
            13,
            spfht_msr("HT-A", 2, y, msrmc="李四", zjhm=None, gyfs="1", qlbl="50%"),
        ),
        ch("share_jy.chh_sc", "c", 14, chh_sc("F-A", y)),
        ch("share_jy.gxzb", "c", 15, gxzb_jy(y, htbh="HT-A", fwbm="F-A")),
    ]
    counts(apply(c, "S2", batch), applied=6, skipped_older=0, filtered=0, pending=0, dead_letters=0)
    row = one(
        c,
        "SELECT htje::text, dkje::text, qyrq, barq, gxsj, ysxkzh, slbh, htzt"
        "  FROM share_jy.spfht WHERE htbh = 'HT-A'",
    )
    assert row == (
        "1234567.80",
        "800000.00",
        datetime.date(2026, 11, 20),
        datetime.date(2026, 11, 27),
        datetime.datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
        "达市房预售证2026第12号",
        None,
        "已备案",
    )
    assert one(c, "SELECT zl, jzmj::text, zj::text FROM share_jy.spfht_h WHERE htbh = 'HT-A'") == (
        "通川区西外镇凤凰大道 88 号 3 栋 2 单元 1201",
        "89.50",
        "1234500.35",
    )
    assert q(c, "SELECT sxh, msrmc, zjhm, qlbl FROM share_jy.spfht_msr ORDER BY sxh") == [
        (1, "张三丰", "511702199001011234", "100%"),
        (2, "李四", None, "50%"),
    ]
    assert one(c, "SELECT ftxs::text, sjc, jzmj FROM share_jy.chh_sc WHERE fwbm = 'F-A'") == (
        "0.191176",
        12,
        Decimal("101.25"),
    )
    # every column of the Debezium image comes back as it was sent (decimals with their scale, UTC times)
    back = dict(
        q(
            c,
            "SELECT e.key, e.value FROM share_jy.spfht_h s, jsonb_each_text(to_jsonb(s)) e"
            " WHERE s.htbh = 'HT-A'",
        )
    )
    sent = spfht_h("HT-A", "F-A", y)
    assert back.keys() == sent.keys()
    for key, value in sent.items():
        if key == "gxsj":
            assert datetime.datetime.fromisoformat(back[key]) == datetime.datetime(
                2026, 11, 27, 8, 0, tzinfo=UTC
            )
        else:
            assert back[key] == (None if value is None else str(value)), key

    # update: changed values, a value set to NULL, a later timestamp with microseconds
    upd = spfht("HT-A", y, htje="1300000.05", dkje=None, htzt="已注销", barq="2026-12-01Z", gxsj=TS2)
    counts(apply(c, "S2", [ch("share_jy.spfht", "u", 20, upd, before=spfht("HT-A", y))]), applied=1)
    assert one(c, "SELECT htje::text, dkje, htzt, barq, gxsj FROM share_jy.spfht WHERE htbh = 'HT-A'") == (
        "1300000.05",
        None,
        "已注销",
        datetime.date(2026, 12, 1),
        datetime.datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=UTC),
    )

    # delete by the before image's key; the row position stays as a tombstone
    dels = [
        ch("share_jy.spfht_msr", "d", 30, before=spfht_msr("HT-A", 2, y)),
        ch("share_jy.spfht_h", "d", 31, before=spfht_h("HT-A", "F-A", y)),
    ]
    counts(apply(c, "S2", dels), applied=2)
    assert q(c, "SELECT sxh FROM share_jy.spfht_msr") == [(1,)]
    assert q(c, "SELECT count(*) FROM share_jy.spfht_h") == [(0,)]
    assert q(
        c,
        "SELECT zj, lywz, czlx FROM jh.hwz WHERE bm IN ('share_jy.spfht_msr', 'share_jy.spfht_h') ORDER BY 1",
    ) == [
        ("HT-A|1", 12, "I"),
        ("HT-A|2", 30, "D"),
        ("HT-A|F-A", 31, "D"),
    ]


def test_bytea_round_trips_from_debezium_hex_and_from_the_outbox(front_tx) -> None:
    """No share table has a bytea column today; one added later must round-trip: Debezium's hex form
    (binary.handling.mode=hex: "DEADBEEF00", no \\x), the outbox's to_jsonb form ("\\x0102"), and NULL."""
    c = front_tx
    with c.cursor() as cur:
        cur.execute("ALTER TABLE share_jy.chh_sc ADD COLUMN hxt bytea")
    y = "JY2026112700077"
    batch = [
        ch("share_jy.chh_sc", "c", 10, chh_sc("F-B1", y, hxt="DEADBEEF00")),
        ch("share_jy.chh_sc", "c", 11, chh_sc("F-B2", y, hxt="\\x0102ff")),
        ch("share_jy.chh_sc", "c", 12, chh_sc("F-B3", y, hxt=None)),
        ch("share_jy.gxzb", "c", 13, gxzb_jy(y, fwbm="F-B1")),
    ]
    counts(apply(c, "S2", batch), applied=4, dead_letters=0)
    stored = q(c, "SELECT fwbm, hxt FROM share_jy.chh_sc WHERE fwbm LIKE 'F-B%%' ORDER BY fwbm")
    assert [(f, None if b is None else bytes(b)) for f, b in stored] == [
        ("F-B1", b"\xde\xad\xbe\xef\x00"),
        ("F-B2", b"\x01\x02\xff"),
        ("F-B3", None),
    ]


def test_replaying_a_batch_changes_nothing(front_tx) -> None:
    c = front_tx
    batch = [
        ch("share_jy.spfht", "c", 100, spfht("HT-R1", "Y-R1")),
        ch("share_jy.gxzb", "c", 101, gxzb_jy("Y-R1", htbh="HT-R1")),
        ch("share_jy.spfht", "c", 102, spfht("HT-R2", "Y-R2")),  # held back with its business
        ch("share_jy.gxzb", "c", 103, gxzb_jy("Y-R2", qxdm="510104")),
        ch("share_jy.spfht_h", "c", 104, spfht_h("HT-R3", "F-R3", "Y-R3")),  # waits for its business
        ch("share_jy.spfht", "c", 105, spfht("HT-R4", "Y-R1", htje="十二万")),  # poison
        ch("share_jy.chh_sc", "u", 106, chh_sc("F-R5", "Y-R1")),
    ]
    first = apply(c, "S2", batch)
    counts(first, applied=3, skipped_older=0, filtered=2, pending=1, dead_letters=1)
    before = snapshot(c)
    again = apply(c, "S2", batch)
    counts(again, applied=0, skipped_older=6, filtered=0, pending=0, dead_letters=1)
    assert snapshot(c) == before
    assert one(c, "SELECT count(*) FROM jh.sx WHERE lsl = 'S2'") == 1


def test_older_position_is_ignored(front_tx) -> None:
    c = front_tx
    y = "Y-OLD"
    apply(c, "S2", [ch("share_jy.gxzb", "c", 500, gxzb_jy(y))])
    counts(apply(c, "S2", [ch("share_jy.chh_sc", "u", 520, chh_sc("F-OLD", y, fwzt="已备案"))]), applied=1)
    late = apply(c, "S2", [ch("share_jy.chh_sc", "u", 510, chh_sc("F-OLD", y, fwzt="可售"))])
    counts(late, applied=0, skipped_older=1)
    assert one(c, "SELECT fwzt FROM share_jy.chh_sc WHERE fwbm = 'F-OLD'") == "已备案"
    # a late, older version of the 共享主表 row does not override the newer decision either
    apply(c, "S2", [ch("share_jy.gxzb", "u", 530, gxzb_jy(y, qxdm="110101"))])
    counts(apply(c, "S2", [ch("share_jy.gxzb", "u", 505, gxzb_jy(y))]), skipped_older=1, applied=0)
    assert one(c, "SELECT zf, yy, lywz FROM jh.lyjc WHERE ywh = %s", (y,)) == (False, "S2_QXFW", 530)


def test_delete_is_a_tombstone_against_a_late_older_insert(front_tx) -> None:
    c = front_tx
    y = "Y-TOMB"
    apply(c, "S2", [ch("share_jy.gxzb", "c", 600, gxzb_jy(y))])
    apply(c, "S2", [ch("share_jy.spfht", "c", 610, spfht("HT-T", y))])
    counts(apply(c, "S2", [ch("share_jy.spfht", "d", 630, before=spfht("HT-T", y))]), applied=1)
    counts(apply(c, "S2", [ch("share_jy.spfht", "c", 620, spfht("HT-T", y))]), applied=0, skipped_older=1)
    assert one(c, "SELECT count(*) FROM share_jy.spfht WHERE htbh = 'HT-T'") == 0
    assert one(c, "SELECT lywz, czlx FROM jh.hwz WHERE bm = 'share_jy.spfht' AND zj = 'HT-T'") == (630, "D")
    # a newer insert brings it back
    counts(apply(c, "S2", [ch("share_jy.spfht", "c", 640, spfht("HT-T", y, htje="1.00"))]), applied=1)
    assert one(c, "SELECT htje::text FROM share_jy.spfht WHERE htbh = 'HT-T'") == "1.00"


def test_several_changes_to_one_row_in_one_batch(front_tx) -> None:
    c = front_tx
    y = "Y-MANY"
    batch = [
        ch("share_jy.gxzb", "c", 700, gxzb_jy(y)),
        # array order differs from source order: the highest lsn wins
        ch("share_jy.chh_sc", "u", 712, chh_sc("F-M", y, fwzt="已备案", jzmj="102.00")),
        ch("share_jy.chh_sc", "c", 710, chh_sc("F-M", y, fwzt="可售")),
        ch("share_jy.chh_sc", "u", 711, chh_sc("F-M", y, fwzt="已签约")),
        # insert then delete in the same batch: gone, tombstone kept
        ch("share_jy.spfht", "c", 720, spfht("HT-M", y)),
        ch("share_jy.spfht", "d", 721, before=spfht("HT-M", y)),
        # same lsn twice (a duplicate in one batch): the later array position counts
        ch("share_jy.spfht_msr", "c", 730, spfht_msr("HT-M", 1, y, msrmc="甲")),
        ch("share_jy.spfht_msr", "c", 730, spfht_msr("HT-M", 1, y, msrmc="乙")),
    ]
    counts(apply(c, "S2", batch), applied=4, skipped_older=4)
    assert one(c, "SELECT fwzt, jzmj::text FROM share_jy.chh_sc WHERE fwbm = 'F-M'") == ("已备案", "102.00")
    assert one(c, "SELECT count(*) FROM share_jy.spfht WHERE htbh = 'HT-M'") == 0
    assert one(c, "SELECT czlx FROM jh.hwz WHERE bm = 'share_jy.spfht' AND zj = 'HT-M'") == "D"
    assert one(c, "SELECT msrmc FROM share_jy.spfht_msr WHERE htbh = 'HT-M'") == "乙"


# --------------------------------------------------------------------------------------------------
# S1 outbox, S4 staging
# --------------------------------------------------------------------------------------------------


def fjx(fid: int, mbb: str, czlx: str, sjnr: dict, as_text: bool = False) -> dict:
    """An outbox.fjx row image (Debezium gives jsonb columns as JSON text)."""
    return {
        "id": fid,
        "ywh": sjnr.get("ywh"),
        "ywlx": "SPFBA",
        "mbb": mbb,
        "czlx": czlx,
        "sjnr": json.dumps(sjnr, ensure_ascii=False) if as_text else sjnr,
        "cjsj": TS,
    }


def test_s1_unwraps_the_outbox(front_tx) -> None:
    c = front_tx
    y = "JY-S1"
    batch = [
        ch("outbox.fjx", "c", 800, fjx(1, "share_jy.spfht", "I", spfht("HT-S1", y))),
        ch("outbox.fjx", "c", 801, fjx(2, "spfht_h", "I", spfht_h("HT-S1", "F-S1", y), as_text=True)),
        ch("outbox.fjx", "r", 802, fjx(3, "share_jy.gxzb", "I", gxzb_jy(y, htbh="HT-S1"))),  # snapshot read
        ch("outbox.fjx", "c", 803, fjx(4, "share_jy.spfht", "U", spfht("HT-S1", y, htzt="已签约"))),
        ch("outbox.fjx", "u", 804, fjx(4, "share_jy.spfht", "U", spfht("HT-S1", y))),  # outbox is append-only
        ch("outbox.fjx", "d", 805, before=fjx(1, "share_jy.spfht", "I", spfht("HT-S1", y))),
        ch("outbox.fjx", "c", 806, fjx(5, "share_jy.gxzb", "I", gxzb_jy("JY-QT", ywlx="QT"))),  # CHECK fails
        ch("share_jy.spfht", "c", 807, spfht("HT-X", y)),  # not the outbox: dead letter
    ]
    res = apply(c, "S1", batch)
    counts(res, applied=3, skipped_older=1, ignored=2, dead_letters=2, filtered=0, pending=0)
    assert one(c, "SELECT htzt FROM share_jy.spfht WHERE htbh = 'HT-S1'") == "已签约"
    assert one(c, "SELECT zl FROM share_jy.spfht_h WHERE htbh = 'HT-S1'").startswith("通川区")
    assert one(c, "SELECT ywzt FROM share_jy.gxzb WHERE ywh = %s", (y,)) == "办结"
    dead = q(c, "SELECT bm, zj, cwdm FROM jh.sx WHERE lsl = 'S1' ORDER BY lywz")
    assert dead == [("share_jy.gxzb", "JY-QT", "23514"), ("share_jy.spfht", "HT-X", "JH001")]
    # an outbox D row deletes by the key columns in sjnr
    key_only = fjx(6, "share_jy.spfht_h", "D", {"htbh": "HT-S1", "fwbm": "F-S1"})
    counts(apply(c, "S1", [ch("outbox.fjx", "c", 810, key_only)]), applied=1)
    assert one(c, "SELECT count(*) FROM share_jy.spfht_h WHERE htbh = 'HT-S1'") == 0


def test_s4_stages_registration_rows(jy_tx) -> None:
    c = jy_tx
    y = "DJ2026-0001"
    batch = [
        ch(
            "share_dj.dbjg_dy",
            "c",
            900,
            {"ywh": y, "bdcdyh": "B1|X", "fwbm": None, "zl": "坐落", "jzmj": "88.00", "gxsj": TS},
        ),
        ch("share_dj.dbjg", "c", 901, dbjg(y, djlx="700", qllx="96", ygdjzl="3")),
        ch(
            "share_dj.qlr",
            "c",
            902,
            {
                "ywh": y,
                "sqrlb": "权利人",
                "sxh": 1,
                "qlrmc": "王五",
                "zjzl": "1",
                "zjhm": "511702199001011234",
                "qlrlx": "1",
                "gyfs": "0",
                "qlbl": None,
                "bdcqzh": None,
                "dh": None,
                "dz": None,
                "gxsj": TS,
            },
        ),
        ch("share_dj.gxzb", "c", 903, gxzb_dj(y, djlx="700", qllx="96")),
    ]
    counts(apply(c, "S4", batch), applied=4, skipped_older=0, dead_letters=0)
    rows = q(
        c, "SELECT lybm, lyzj, ywh, djlx, qllx, djzl, bdcdyh, czlx, lywz, jyzt FROM stg.djsj ORDER BY lywz"
    )
    assert rows == [
        ("dbjg_dy", "DJ2026-0001|B1\\|X", y, None, None, "预抵押", "B1|X", "I", 900, "待校验"),
        ("dbjg", y, y, "700", "96", "预抵押", "511702001001GB00001F00010001", "I", 901, "待校验"),
        ("qlr", "DJ2026-0001|权利人|1", y, None, None, "权利人", None, "I", 902, "待校验"),
        ("gxzb", y, y, "700", "96", "预告", "511702001001GB00001F00010001", "I", 903, "待校验"),
    ]
    assert one(c, "SELECT sjnr ->> 'fdcjyjg' FROM stg.djsj WHERE lybm = 'dbjg'") == "1234567.80"
    # validated, then the source row changes again: back to 待校验 with the new image
    c.cursor().execute("UPDATE stg.djsj SET jyzt = '合格', jyjg = '[]', jysj = now() WHERE lybm = 'dbjg'")
    counts(apply(c, "S4", [ch("share_dj.dbjg", "u", 950, dbjg(y, djlx="200", qllx="4"))]), applied=1)
    assert one(c, "SELECT djzl, jyzt, jyjg, czlx, lywz FROM stg.djsj WHERE lybm = 'dbjg'") == (
        "所有权",
        "待校验",
        None,
        "U",
        950,
    )
    # the units follow their registration's kind
    assert one(c, "SELECT djzl FROM stg.djsj WHERE lybm = 'dbjg_dy'") == "所有权"
    # replay and older changes do nothing; a delete stays as a 'D' staging row
    counts(apply(c, "S4", batch), applied=0, skipped_older=4)
    counts(
        apply(c, "S4", [ch("share_dj.qlr", "d", 960, before={"ywh": y, "sqrlb": "权利人", "sxh": 1})]),
        applied=1,
    )
    assert one(c, "SELECT czlx, jyzt FROM stg.djsj WHERE lybm = 'qlr'") == ("D", "待校验")
    # a value too long for the staging column is parked, not lost
    res = apply(c, "S4", [ch("share_dj.bdcdy", "c", 970, {"bdcdyh": "X" * 40, "ywh": y, "gxsj": TS})])
    counts(res, applied=0, dead_letters=1)
    assert one(c, "SELECT cwdm FROM jh.sx WHERE lsl = 'S4'") == "22001"


# --------------------------------------------------------------------------------------------------
# S2 / S3 routing
# --------------------------------------------------------------------------------------------------


def test_s2_holds_back_businesses_with_reasons(front_tx) -> None:
    c = front_tx
    held = {
        "Y-ZT": gxzb_jy("Y-ZT", ywzt="在办"),
        "Y-QX": gxzb_jy("Y-QX", qxdm="510104"),
        "Y-KEY": gxzb_jy("Y-KEY", fwbm=None, htbh="  "),
    }
    batch = []
    lsn = 1000
    for ywh, g in held.items():
        batch += [
            ch("share_jy.spfht", "c", lsn, spfht(f"HT-{ywh}", ywh)),
            ch("share_jy.spfht_h", "c", lsn + 1, spfht_h(f"HT-{ywh}", f"F-{ywh}", ywh)),
            ch("share_jy.gxzb", "c", lsn + 2, g),
        ]
        lsn += 10
    batch.append(ch("share_jy.gxzb", "c", lsn, gxzb_jy("Y-OLDDX", qxdm="511721", ywlx="CHRK", xmbh="XM9")))
    counts(apply(c, "S2", batch), applied=1, filtered=9, pending=0)
    assert q(c, "SELECT ywh FROM share_jy.gxzb") == [("Y-OLDDX",)]  # legacy 达县 code is in scope
    assert q(c, "SELECT count(*) FROM share_jy.spfht") == [(0,)]
    decisions = dict((r[0], r[1:]) for r in q(c, "SELECT ywh, zf, yy, yysm FROM jh.lyjc"))
    assert decisions["Y-ZT"] == (
        False,
        "S2_YWZT",
        "业务未办结：只转发办结的业务（撤销用于传递撤回）（业务状态：在办）",
    )
    assert decisions["Y-QX"] == (False, "S2_QXFW", "行政区划不在本平台范围内（区县代码：510104）")
    assert decisions["Y-KEY"] == (False, "S2_SPFBA_BTZD", "商品房合同备案缺少关键字段（缺少：htbh、fwbm）")
    assert decisions["Y-OLDDX"] == (True, "ZF", "符合转发规则")
    wzf = q(c, "SELECT bm, yy, yysm FROM jh.wzf WHERE ywh = 'Y-QX' ORDER BY bm")
    assert wzf == [
        ("share_jy.gxzb", "S2_QXFW", "行政区划不在本平台范围内（区县代码：510104）"),
        ("share_jy.spfht", "YWWZF", "所属业务 Y-QX 未转发：行政区划不在本平台范围内（区县代码：510104）"),
        ("share_jy.spfht_h", "YWWZF", "所属业务 Y-QX 未转发：行政区划不在本平台范围内（区县代码：510104）"),
    ]
    # the same decision one row at a time
    assert one(
        c, "SELECT jh.route_decision('S2', %s::jsonb)::text", (json.dumps(gxzb_jy("Y", ywzt="撤销")),)
    ) == ("(t,ZF,符合转发规则)")
    # later the business is re-pushed complete: the held-back details are forwarded in the same call
    res = apply(c, "S2", [ch("share_jy.gxzb", "u", 2000, gxzb_jy("Y-KEY"))])
    counts(res, applied=3, released=2, filtered=0)
    assert one(c, "SELECT count(*) FROM share_jy.spfht_h WHERE ywh = 'Y-KEY'") == 1
    assert one(c, "SELECT count(*) FROM jh.wzf WHERE ywh = 'Y-KEY'") == 1  # the old gxzb version's record
    # deleting a 共享主表 row follows the business's decision; one never decided is recorded, not forwarded
    dels = [
        ch("share_jy.gxzb", "d", 2100, before=gxzb_jy("Y-OLDDX", qxdm="511721", ywlx="CHRK", xmbh="XM9")),
        ch("share_jy.gxzb", "d", 2101, before=gxzb_jy("Y-QX", qxdm="510104")),
        ch("share_jy.gxzb", "d", 2102, before=gxzb_jy("Y-NEVER")),
    ]
    counts(apply(c, "S2", dels), applied=1, filtered=2)
    assert one(c, "SELECT count(*) FROM share_jy.gxzb WHERE ywh = 'Y-OLDDX'") == 0
    assert one(c, "SELECT yy FROM jh.wzf WHERE zj = 'Y-NEVER'") == "YWWJC"
    assert one(c, "SELECT yy, czlx FROM jh.wzf WHERE bm = 'share_jy.gxzb' AND zj = 'Y-QX'") == (
        "S2_QXFW",
        "D",
    )


def test_s3_rules_and_overrides(front_tx) -> None:
    c = front_tx

    def decide(g: dict) -> tuple:
        return one(
            c, "SELECT zf, yy FROM jh.route_decision('S3', %s::jsonb)", (json.dumps(g, ensure_ascii=False),)
        )

    assert decide(gxzb_dj("A")) == (True, "ZF")
    assert decide(gxzb_dj("A", djlx=None)) == (False, "S3_DB_BTZD")
    assert decide(gxzb_dj("A", ywzt="已申请")) == (False, "S3_YWZT")
    assert decide(gxzb_dj("A", ywlx="FWBMSQ", ywzt="已申请")) == (True, "ZF")  # specific rule replaces '*'
    assert decide(gxzb_dj("A", ywlx="FWBMSQ", ywzt="已申请", bdcdyh=None)) == (False, "S3_FWBMSQ_BTZD")
    assert decide(gxzb_dj("A", ywlx="ZS", ywzt="已发证", qxdm=None)) == (False, "S3_QXFW")
    c.cursor().execute("UPDATE jh.lygz SET sfqy = false WHERE gzdm = 'S3_QXFW'")  # rules are data
    assert decide(gxzb_dj("A", ywlx="ZS", ywzt="已发证", qxdm=None)) == (True, "ZF")
    # and applied through S3 into share_dj
    batch = [
        ch("share_dj.dbjg", "c", 3000, dbjg("DJ-1")),
        ch("share_dj.gxzb", "c", 3001, gxzb_dj("DJ-1")),
        ch("share_dj.dbjg", "c", 3002, dbjg("DJ-2")),
        ch("share_dj.gxzb", "c", 3003, gxzb_dj("DJ-2", ywzt="已申请")),
    ]
    counts(apply(c, "S3", batch), applied=2, filtered=2)
    assert q(c, "SELECT ywh FROM share_dj.dbjg") == [("DJ-1",)]
    # S3 never writes share_jy
    res = apply(c, "S3", [ch("share_jy.spfht", "c", 3010, spfht("HT-Z", "DJ-1"))])
    counts(res, applied=0, dead_letters=1)
    assert one(c, "SELECT cwdm FROM jh.sx WHERE lsl = 'S3'") == "JH001"


def test_details_before_their_gxzb_wait_then_follow_it(front_tx) -> None:
    c = front_tx
    # same batch: details first, 共享主表 last (the outbox order) -> applied directly
    same = [
        ch("share_jy.spfht", "c", 4000, spfht("HT-P1", "Y-P1")),
        ch("share_jy.spfht_h", "c", 4001, spfht_h("HT-P1", "F-P1", "Y-P1")),
        ch("share_jy.gxzb", "c", 4002, gxzb_jy("Y-P1")),
    ]
    counts(apply(c, "S2", same), applied=3, pending=0, released=0)
    # split across batches: details wait in jh.ddcl
    counts(
        apply(
            c,
            "S2",
            [
                ch("share_jy.spfht", "c", 4100, spfht("HT-P2", "Y-P2")),
                ch("share_jy.spfht_h", "c", 4101, spfht_h("HT-P2", "F-P2", "Y-P2")),
                ch("share_jy.spfht", "c", 4102, spfht("HT-P3", "Y-P3")),
            ],
        ),
        pending=3,
        applied=0,
    )
    assert one(c, "SELECT pending FROM jh.lzt WHERE lsl = 'S2'") == 3
    assert q(c, "SELECT count(*) FROM share_jy.spfht WHERE ywh IN ('Y-P2', 'Y-P3')") == [(0,)]
    res = apply(
        c,
        "S2",
        [
            ch("share_jy.gxzb", "c", 4103, gxzb_jy("Y-P2")),
            ch("share_jy.gxzb", "c", 4104, gxzb_jy("Y-P3", qxdm="110101")),
        ],
    )
    counts(res, applied=3, released=3, filtered=2, pending=0)
    assert q(c, "SELECT htbh FROM share_jy.spfht ORDER BY 1") == [("HT-P1",), ("HT-P2",)]
    assert one(c, "SELECT count(*) FROM jh.ddcl") == 0
    assert one(c, "SELECT yy FROM jh.wzf WHERE zj = 'HT-P3'") == "YWWZF"
    assert one(c, "SELECT pending FROM jh.lzt WHERE lsl = 'S2'") == 0
    # a pending row replaced by a newer version of itself keeps only the newer one
    apply(c, "S2", [ch("share_jy.chh_sc", "c", 4200, chh_sc("F-P4", "Y-P4", fwzt="可售"))])
    apply(c, "S2", [ch("share_jy.chh_sc", "u", 4201, chh_sc("F-P4", "Y-P4", fwzt="已签约"))])
    apply(c, "S2", [ch("share_jy.gxzb", "c", 4202, gxzb_jy("Y-P4"))])
    assert one(c, "SELECT fwzt FROM share_jy.chh_sc WHERE fwbm = 'F-P4'") == "已签约"


# --------------------------------------------------------------------------------------------------
# dead letters and retry
# --------------------------------------------------------------------------------------------------


def test_poison_rows_are_parked_and_retried(front_tx) -> None:
    c = front_tx
    y = "Y-SX"
    xz_bad = {
        "xzbh": "XZ-1",
        "ywh": y,
        "szywh": y,
        "jcywh": None,
        "xzlx": "查封",
        "fwbm": "F-SX",
        "bdcdyh": None,
        "htbh": None,
        "zl": None,
        "xzjg": "达州市通川区人民法院",
        "xzwh": "(2026)川1702执123号",
        "xzyy": None,
        "xzqssj": "2026-11-01",
        "xzjssj": None,
        "xzzt": "冻结中",
        "jcsj": None,
        "jcwh": None,
        "jcyy": None,
        "gxsj": TS,
    }
    batch = [
        ch("share_jy.spfht", "c", 5000, spfht("HT-SX1", y, htje="壹佰万")),  # 22P02
        ch("share_jy.spfht", "c", 5001, spfht("HT-SX2", y)),
        ch("share_jy.xzxz", "c", 5002, xz_bad),  # 23514 xzxz_xzzt_ck
        ch("share_jy.spfht_h", "c", 5003, spfht_h("HT-SX2", "F-SX", y)),
        ch("share_jy.nosuch", "c", 5004, {"ywh": y, "a": 1}),  # JH001
        ch("share_jy.spfht_msr", "c", 5005, {"htbh": "HT-SX2", "ywh": y, "msrmc": "无序号"}),  # JH003
        ch("share_jy.gxzb", "x", 5006, gxzb_jy(y)),  # JH004 unknown op
        ch("share_jy.gxzb", "c", 5007, gxzb_jy(y, fwbm="F-SX", htbh="HT-SX2")),
    ]
    res = apply(c, "S2", batch)
    counts(res, applied=3, dead_letters=5, filtered=0, pending=0)
    assert q(c, "SELECT htbh FROM share_jy.spfht") == [("HT-SX2",)]
    dead = q(c, "SELECT id, bm, cwdm, cszt FROM jh.sx WHERE lsl = 'S2' ORDER BY lywz")
    assert [(r[1], r[2], r[3]) for r in dead] == [
        ("share_jy.spfht", "22P02", "待重试"),
        ("share_jy.xzxz", "23514", "待重试"),
        ("share_jy.nosuch", "JH001", "待重试"),
        ("share_jy.spfht_msr", "JH003", "待重试"),
        ("share_jy.gxzb", "JH004", "待重试"),
    ]
    assert "xzxz_xzzt_ck" in one(c, "SELECT cwxx FROM jh.sx WHERE cwdm = '23514'")
    assert one(c, "SELECT dead_letters FROM jh.lzt WHERE lsl = 'S2'") == 5
    ids = {r[2]: r[0] for r in dead}

    # still bad: stays 待重试 with the retry counted
    assert one(c, "SELECT jh.retry_dead_letter(%s)", (ids["22P02"],)) is False
    assert one(c, "SELECT cszt, cscs, cwdm FROM jh.sx WHERE id = %s", (ids["22P02"],)) == (
        "待重试",
        1,
        "22P02",
    )
    # corrected in the dead letter itself, then retried through the same path
    c.cursor().execute(
        "UPDATE jh.sx SET sjnr = jsonb_set(sjnr, '{htje}', '\"1000000.00\"') WHERE id = %s", (ids["22P02"],)
    )
    assert one(c, "SELECT jh.retry_dead_letter(%s)", (ids["22P02"],)) is True
    assert one(c, "SELECT htje::text FROM share_jy.spfht WHERE htbh = 'HT-SX1'") == "1000000.00"
    assert one(c, "SELECT cszt FROM jh.sx WHERE id = %s", (ids["22P02"],)) == "已重试"
    assert one(c, "SELECT lywz FROM jh.hwz WHERE bm = 'share_jy.spfht' AND zj = 'HT-SX1'") == 5000
    # the constraint relaxed: retry the whole stream; the rows that still cannot be applied stay parked
    c.cursor().execute("ALTER TABLE share_jy.xzxz DROP CONSTRAINT xzxz_xzzt_ck")
    assert one(c, "SELECT jh.retry_dead_letters('S2')") == 1
    assert one(c, "SELECT xzzt FROM share_jy.xzxz WHERE xzbh = 'XZ-1'") == "冻结中"
    assert q(c, "SELECT cwdm, cszt, cscs FROM jh.sx WHERE lsl = 'S2' AND cszt = '待重试' ORDER BY lywz") == [
        ("JH001", "待重试", 1),
        ("JH003", "待重试", 1),
        ("JH004", "待重试", 1),
    ]
    assert one(c, "SELECT dead_letters FROM jh.lzt WHERE lsl = 'S2'") == 3
    # a dead letter superseded by a newer change of its row is settled without being applied
    apply(c, "S2", [ch("share_jy.spfht_msr", "c", 5100, spfht_msr("HT-SX2", 1, y, msrmc="新"))])
    c.cursor().execute(
        "UPDATE jh.sx SET sjnr = jsonb_set(sjnr, '{sxh}', '1') WHERE cwdm = 'JH003' AND lsl = 'S2'"
    )
    assert one(c, "SELECT jh.retry_dead_letters('S2')") == 1
    assert one(c, "SELECT msrmc FROM share_jy.spfht_msr WHERE htbh = 'HT-SX2'") == "新"
    assert "取代" not in one(c, "SELECT cwxx FROM jh.sx WHERE cwdm = '22P02'")
    assert "本变更不再应用" in one(c, "SELECT cwxx FROM jh.sx WHERE cwdm = 'JH003'")


def test_stream_state_counts_and_lag(front_tx) -> None:
    c = front_tx
    now_ms = int(time.time() * 1000)
    batch = [
        ch("share_jy.spfht", "c", 6000, spfht("HT-L1", "Y-L1"), ts_ms=now_ms - 4000),
        ch("share_jy.gxzb", "c", 6001, gxzb_jy("Y-L1"), ts_ms=now_ms - 1500),
        ch("share_jy.gxzb", "c", 6002, gxzb_jy("Y-L2", qxdm="500101"), ts_ms=now_ms - 1500),
        ch("share_jy.spfht_h", "c", 6003, spfht_h("HT-L3", "F-L3", "Y-L3"), ts_ms=now_ms - 1500),
        ch("share_jy.spfht", "c", 6004, spfht("HT-L4", "Y-L1", htje="x"), ts_ms=now_ms - 1500),
    ]
    res = apply(c, "S2", batch)
    assert 1500 <= res["lag_ms"] < 1500 + 30_000
    apply(c, "S2", batch[:1])  # replay: skipped
    state = one(
        c,
        "SELECT applied, skipped, filtered, dead_letters, pending, batches, last_lywz, last_lag_ms,"
        "       last_source_ts, last_event_at IS NOT NULL FROM jh.lzt WHERE lsl = 'S2'",
    )
    assert state[:7] == (2, 1, 1, 1, 1, 2, 6004)
    assert 4000 <= state[7] < 4000 + 30_000  # the last batch held only the older change
    assert state[8] == datetime.datetime.fromtimestamp((now_ms - 4000) / 1000, UTC)
    assert state[9] is True


def test_raw_debezium_envelopes_are_accepted(front_tx) -> None:
    c = front_tx
    now_ms = int(time.time() * 1000)

    def env(table: str, op: str, lsn: int, after: dict) -> dict:
        source = {"connector": "postgresql", "db": "jy_front", "schema": "share_jy", "table": table,
                  "lsn": lsn, "txId": 777, "ts_ms": now_ms - 250, "snapshot": "false"}  # fmt: skip
        return {"before": None, "after": after, "source": source, "op": op, "ts_ms": now_ms}

    res = apply(
        c, "S2", [env("spfht", "c", 8000, spfht("HT-E", "Y-E")), env("gxzb", "c", 8001, gxzb_jy("Y-E"))]
    )
    counts(res, applied=2, dead_letters=0)
    assert 250 <= res["lag_ms"] < 30_000
    assert one(c, "SELECT lywz FROM jh.hwz WHERE bm = 'share_jy.spfht' AND zj = 'HT-E'") == 8000


def test_bad_calls_fail_the_whole_batch(front_tx) -> None:
    c = front_tx
    with pytest.raises(psycopg2.Error) as err:
        apply(c, "S9", [])
    assert err.value.pgcode == "22023"
    c.rollback()
    with c.cursor() as cur, pytest.raises(psycopg2.Error) as err:
        cur.execute("SELECT jh.apply_changes('S2', '{}'::jsonb)")
    assert err.value.pgcode == "22023"
    c.rollback()
    counts(apply(c, "S2", []), applied=0, skipped_older=0, dead_letters=0)


def test_two_streams_commit_side_by_side(make_db) -> None:
    """S1 and S3 both write jy_front: two connections, interleaved transactions, each batch committed."""
    dsn = make_db("front")
    s1, s3 = psycopg2.connect(dsn), psycopg2.connect(dsn)
    try:
        for i in range(5):
            y, d = f"JY-C{i}", f"DJ-C{i}"
            apply(
                s1,
                "S1",
                [ch("outbox.fjx", "c", 10 + i, fjx(i, "share_jy.chh_sc", "I", chh_sc(f"F-C{i}", y)))],
            )
            apply(
                s3,
                "S3",
                [
                    ch("share_dj.dbjg", "c", 20 + 2 * i, dbjg(d)),
                    ch("share_dj.gxzb", "c", 21 + 2 * i, gxzb_dj(d)),
                ],
            )
            s3.commit()
            s1.commit()
        with pytest.raises(psycopg2.Error):  # a batch refused as a whole (not an array) leaves nothing behind
            apply(s1, "S1", {"tbl": "outbox.fjx"})  # type: ignore[arg-type]
        s1.rollback()
        # an element that is not a change object is parked (JH004); the rest of the batch is applied
        bad = [ch("outbox.fjx", "c", 90, fjx(9, "share_jy.chh_sc", "I", chh_sc("F-C9", "Y"))), 7]
        bad.append({"tbl": "outbox.fjx", "lsn": 91})  # no op
        counts(apply(s1, "S1", bad), applied=1, dead_letters=2, ignored=0)  # type: ignore[arg-type]
        assert q(s1, "SELECT cwdm, cwxx FROM jh.sx ORDER BY id") == [
            ("JH004", "变更缺少 tbl（来源表）"),
            ("JH004", "未知的操作 op：null"),
        ]
        s1.rollback()
        state = q(s3, "SELECT lsl, applied, batches, last_lywz FROM jh.lzt ORDER BY lsl")
        assert state == [("S1", 5, 5, 14), ("S3", 10, 5, 29)]
        assert one(s3, "SELECT count(*) FROM share_jy.chh_sc") == 5
        assert one(s3, "SELECT count(*) FROM share_dj.dbjg") == 5
    finally:
        s1.close()
        s3.close()
