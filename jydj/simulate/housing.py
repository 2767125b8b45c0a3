"""The housing side (房管交易系统) at work: completes realistic businesses in ``jy`` on the seeded data.

Each business is done the way the transaction system does it, in one transaction: the business row
``yw.jyyw`` is inserted as 在办 with its first step (受理), the business data is written (contract and
parties, mortgage filing, restriction, the flat's state), the remaining steps are recorded, and the
business is set to 办结 last, so that the outbox trigger pushes it (docs/outbox.md) and S1 takes it on.

- SPFBA 商品房合同备案: a new-house contract for an unsold flat (``ht.spfht`` 已备案, 出卖人 the developer,
  1–2 买受人); the flat turns 已备案. Off-plan flats (预测) are sold under the project's 预售许可证,
  completed ones (实测) as 现售, without it.
- JYQR 交易确认: confirms a filed new-house contract (once per contract).
- DYBA 抵押备案: a mortgage filing (``ht.dyba`` 已备案, ``ht.dyba_h``) by the buyers of a filed contract
  paid by loan, to a bank of 达州: 预售商品房抵押 for off-plan flats, 现房抵押 for completed ones.
- XZXZ 行政限制设立: a restriction (``ht.xzxz`` 有效) on a flat; ``lpb.h.xzzt`` goes up.
- XZJC 行政限制解除: lifts a restriction in force (已解除, 解除文号/原因/时间); ``lpb.h.xzzt`` goes down.

Flats, contracts and restrictions are chosen by ``random.Random(seed)``: a random id, then the first
eligible row from there (wrapping around), so the same seed on the same data gives the same businesses.
Numbers follow the seed's formats (``jydj/seed/generate.py``) and continue after the largest number of the
current year already in the database.

The picks leave out what the 交易安全 guards refuse (docs/guards.md): seized, objected, pre-noticed or
mortgaged flats for sales, restricted or lost ones. Registration data can still arrive between the pick and
the commit; a guard refusal (SQLSTATE JYAQ1 at commit) is rolled back and counted in ``refused``, and the
step tries the next kind.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg2

from jydj.codes import make_uscc
from jydj.seed import places
from jydj.seed.generate import Generator, Person
from jydj.seed.places import DISTRICTS, District

#: The kinds this driver completes, with their weights when one is picked at random.
KINDS: dict[str, int] = {"SPFBA": 40, "DYBA": 20, "JYQR": 15, "XZXZ": 15, "XZJC": 10}

KIND_TITLES: dict[str, str] = {
    "SPFBA": "合同备案",
    "JYQR": "交易确认",
    "DYBA": "抵押备案",
    "XZXZ": "限制设立",
    "XZJC": "限制解除",
}

#: Who the simulated counter clerk is (受理人 and step operator).
CLERK = "模拟受理员"

#: SQLSTATE of a 交易安全 refusal (docs/guards.md).
GUARD_REFUSED = "JYAQ1"

#: Steps (环节) recorded for each kind after 受理.
STEPS: dict[str, tuple[str, ...]] = {
    "SPFBA": ("受理", "合同网签", "合同备案"),
    "JYQR": ("受理", "交易确认"),
    "DYBA": ("受理", "审核", "抵押备案"),
    "XZXZ": ("受理", "审核", "限制登记"),
    "XZJC": ("受理", "审核", "解除限制"),
}

_FKFS_NEW = ("按揭贷款", "按揭贷款", "按揭贷款", "一次性付款", "公积金贷款", "组合贷款")
_LOAN_FKFS = ["按揭贷款", "公积金贷款", "组合贷款"]
_XZLX = ("限售", "冻结", "合同限制", "预查封")

#: Banks of 达州 as the seed writes them: (name, 证件种类, 统一社会信用代码).
BANKS: tuple[tuple[str, str, str], ...] = tuple(
    (name, "8", make_uscc("9", "1", region[2:], f"MA{i:07d}"))
    for i, (name, region) in enumerate(places.BANKS, 1)
)


@dataclass(frozen=True)
class NumberFormat:
    """A running number: ``prefix`` (with ``{year}``), ``skip`` free digits, the ``digits``-digit sequence,
    ``suffix``."""

    prefix: str
    digits: int
    suffix: str = ""
    skip: int = 0

    def pattern(self, year: int) -> str:
        """POSIX regex whose one group is the sequence."""
        return (
            "^"
            + _regex_literal(self.prefix.format(year=year))
            + "[0-9]" * self.skip
            + "([0-9]{"
            + str(self.digits)
            + "})"
            + _regex_literal(self.suffix)
            + "$"
        )


# ------------------------------------------------------------------------------------------------------
# Fixed statements
# ------------------------------------------------------------------------------------------------------

#: Counter name → statement giving the largest sequence number in use for a prefix (regex with one group).
NUMBER_SQL: dict[str, str] = {
    "ywh": "SELECT max(substring(ywh from %s)::bigint) FROM yw.jyyw WHERE ywh LIKE %s",
    "htbh": "SELECT max(substring(htbh from %s)::bigint) FROM ht.spfht WHERE htbh LIKE %s",
    "htbah": "SELECT max(substring(htbah from %s)::bigint) FROM ht.spfht WHERE htbah LIKE %s",
    "dybah": "SELECT max(substring(dybah from %s)::bigint) FROM ht.dyba WHERE dybah LIKE %s",
    "xzbh": "SELECT max(substring(xzbh from %s)::bigint) FROM ht.xzxz WHERE xzbh LIKE %s",
}

#: Counter name → its format, as in the seed: JY2026000000123, SPF202600000123 …
NUMBER_FORMATS: dict[str, NumberFormat] = {
    "ywh": NumberFormat("JY{year}", 9),
    "htbh": NumberFormat("SPF{year}", 8),
    "htbah": NumberFormat("BA{year}", 8),
    "dybah": NumberFormat("DYBA{year}", 8),
    "xzbh": NumberFormat("XZ{year}", 7),
}

BOUNDS_SQL: dict[str, str] = {
    "h": "SELECT min(id), max(id) FROM lpb.h",
    "spfht": "SELECT min(id), max(id) FROM ht.spfht",
    "xzxz": "SELECT min(id), max(id) FROM ht.xzxz",
}

PICK_UNSOLD_SQL = """
SELECT h.id, h.fwbm, h.mjlx, coalesce(h.scjzmj, h.ycjzmj) AS jzmj, h.zl,
       x.qxdm, x.xmbh, x.kfqy, x.tyshxydm, x.ysxkzh
  FROM lpb.h h
  JOIN lpb.ljz l ON l.id = h.ljz_id
  JOIN lpb.zrz z ON z.id = l.zrz_id
  JOIN lpb.xm x ON x.id = z.xm_id
 WHERE h.id >= %(lo)s AND h.id < %(hi)s
   AND h.fwzt = '可售'
   AND h.fwbm IS NOT NULL
   AND h.xzzt = 0
   AND h.cfzt = 0 AND h.yyzt = 0 AND h.ygzt = 0 AND h.dyzt = 0
   AND coalesce(h.scjzmj, h.ycjzmj) > 0
   AND x.kfqy IS NOT NULL
   AND x.tyshxydm IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM ht.spfht s WHERE s.h_id = h.id AND s.htzt IN ('已签约', '已备案'))
   AND NOT EXISTS (SELECT 1 FROM ht.clfht c WHERE c.h_id = h.id AND c.htzt IN ('已签约', '已备案'))
   AND NOT EXISTS (SELECT 1 FROM ht.xzxz r WHERE r.h_id = h.id AND r.xzzt = '有效')
   AND NOT EXISTS (SELECT 1 FROM ht.dyba_h dh JOIN ht.dyba d ON d.id = dh.dyba_id
                    WHERE dh.h_id = h.id AND d.bazt = '已备案')
 ORDER BY h.id
 LIMIT 1
   FOR UPDATE OF h
"""

PICK_FILED_SQL = """
SELECT s.id, s.htbh, h.id AS h_id, h.fwbm, coalesce(s.qxdm, x.qxdm) AS qxdm
  FROM ht.spfht s
  JOIN lpb.h h ON h.id = s.h_id
  JOIN lpb.ljz l ON l.id = h.ljz_id
  JOIN lpb.zrz z ON z.id = l.zrz_id
  JOIN lpb.xm x ON x.id = z.xm_id
 WHERE s.id >= %(lo)s AND s.id < %(hi)s
   AND s.htzt = '已备案'
   AND h.fwbm IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM yw.jyyw y WHERE y.htbh = s.htbh AND y.ywlx = 'JYQR')
 ORDER BY s.id
 LIMIT 1
   FOR UPDATE OF s
"""

PICK_MORTGAGE_SQL = """
SELECT s.id, s.htbh, s.htje, h.id AS h_id, h.fwbm, h.mjlx, coalesce(s.qxdm, x.qxdm) AS qxdm
  FROM ht.spfht s
  JOIN lpb.h h ON h.id = s.h_id
  JOIN lpb.ljz l ON l.id = h.ljz_id
  JOIN lpb.zrz z ON z.id = l.zrz_id
  JOIN lpb.xm x ON x.id = z.xm_id
 WHERE s.id >= %(lo)s AND s.id < %(hi)s
   AND s.htzt = '已备案'
   AND s.fkfs = ANY (%(fkfs)s)
   AND h.fwbm IS NOT NULL
   AND h.xzzt = 0
   AND h.cfzt = 0 AND h.yyzt = 0
   AND h.fwzt <> '已灭失'
   AND NOT EXISTS (SELECT 1 FROM ht.dyba_h dh JOIN ht.dyba d ON d.id = dh.dyba_id
                    WHERE dh.h_id = h.id AND d.bazt IN ('待备案', '已备案'))
   AND NOT EXISTS (SELECT 1 FROM ht.clfht c WHERE c.h_id = h.id)
   AND NOT EXISTS (SELECT 1 FROM ht.xzxz r WHERE r.h_id = h.id AND r.xzzt = '有效')
 ORDER BY s.id
 LIMIT 1
   FOR UPDATE OF h
"""

PICK_FREE_FLAT_SQL = """
SELECT h.id, h.fwbm, x.qxdm
  FROM lpb.h h
  JOIN lpb.ljz l ON l.id = h.ljz_id
  JOIN lpb.zrz z ON z.id = l.zrz_id
  JOIN lpb.xm x ON x.id = z.xm_id
 WHERE h.id >= %(lo)s AND h.id < %(hi)s
   AND h.fwbm IS NOT NULL
   AND h.xzzt = 0
   AND NOT EXISTS (SELECT 1 FROM ht.xzxz r WHERE r.h_id = h.id AND r.xzzt = '有效')
 ORDER BY h.id
 LIMIT 1
   FOR UPDATE OF h
"""

PICK_RESTRICTION_SQL = """
SELECT r.id, r.h_id, coalesce(r.fwbm, h.fwbm) AS fwbm, x.qxdm
  FROM ht.xzxz r
  JOIN lpb.h h ON h.id = r.h_id
  JOIN lpb.ljz l ON l.id = h.ljz_id
  JOIN lpb.zrz z ON z.id = l.zrz_id
  JOIN lpb.xm x ON x.id = z.xm_id
 WHERE r.id >= %(lo)s AND r.id < %(hi)s
   AND r.xzzt = '有效'
   AND coalesce(r.fwbm, h.fwbm) IS NOT NULL
 ORDER BY r.id
 LIMIT 1
   FOR UPDATE OF r, h
"""

BUYERS_SQL = """
SELECT mc, zjzl, zjhm FROM ht.spfht_dsr WHERE ht_id = %s AND jslx = '买受人' ORDER BY sxh
"""

INSERT_BUSINESS_SQL = """
INSERT INTO yw.jyyw (ywh, ywlx, fwbm, h_id, htbh, qxdm, xmbh, zt, slsj, slr)
VALUES (%(ywh)s, %(ywlx)s, %(fwbm)s, %(h_id)s, %(htbh)s, %(qxdm)s, %(xmbh)s, '在办', now() - %(took)s,
        %(slr)s)
"""

INSERT_STEP_SQL = """
INSERT INTO yw.jyyw_hj (ywh, hjxh, hjmc, jg, kssj, jssj, czr)
VALUES (%(ywh)s, %(hjxh)s, %(hjmc)s, '通过', now() - %(start)s, now() - %(end)s, %(czr)s)
"""

COMPLETE_BUSINESS_SQL = """
UPDATE yw.jyyw SET zt = '办结', bjsj = now(), gxsj = now() WHERE ywh = %s AND zt = '在办'
"""

INSERT_CONTRACT_SQL = """
INSERT INTO ht.spfht (htbh, htbah, h_id, fwbm, ysxkzh, zl, qxdm, qyrq, barq, htje, jzmj, fkfs, htzt)
VALUES (%(htbh)s, %(htbah)s, %(h_id)s, %(fwbm)s, %(ysxkzh)s, %(zl)s, %(qxdm)s, %(qyrq)s, %(barq)s,
        %(htje)s, %(jzmj)s, %(fkfs)s, '已备案')
RETURNING id
"""

INSERT_PARTY_SQL = """
INSERT INTO ht.spfht_dsr (ht_id, jslx, sxh, mc, qlrlx, zjzl, zjhm, dh, gyfs, qlbl)
VALUES (%(ht_id)s, %(jslx)s, %(sxh)s, %(mc)s, %(qlrlx)s, %(zjzl)s, %(zjhm)s, %(dh)s, %(gyfs)s, NULL)
"""

MARK_FLAT_FILED_SQL = "UPDATE lpb.h SET fwzt = '已备案', gxsj = now() WHERE id = %s"

TOUCH_CONTRACT_SQL = "UPDATE ht.spfht SET gxsj = now() WHERE id = %s"

INSERT_MORTGAGE_SQL = """
INSERT INTO ht.dyba (dybah, ywh, htbh, dylx, dyfs, dyr, dyrzjzl, dyrzjhm, dyqr, dyqrzjzl, dyqrzjhm,
                     bdbzzqse, zgzqse, zwlxqssj, zwlxjssj, dyfw, bazt, basj)
VALUES (%(dybah)s, %(ywh)s, %(htbh)s, %(dylx)s, '1', %(dyr)s, %(dyrzjzl)s, %(dyrzjhm)s, %(dyqr)s, '8',
        %(dyqrzjhm)s, %(je)s, %(je)s, %(qssj)s, %(jssj)s, '房屋及其分摊土地', '已备案', now())
RETURNING id
"""

INSERT_MORTGAGE_FLAT_SQL = "INSERT INTO ht.dyba_h (dyba_id, h_id, fwbm) VALUES (%s, %s, %s)"

INSERT_RESTRICTION_SQL = """
INSERT INTO ht.xzxz (xzbh, h_id, fwbm, szywh, xzlx, xzwh, xzjg, xzyy, xzqssj, xzjssj, xzzt)
VALUES (%(xzbh)s, %(h_id)s, %(fwbm)s, %(ywh)s, %(xzlx)s, %(xzwh)s, '达州市房地产事务中心',
        '依有关部门函件限制交易', %(qssj)s, %(jssj)s, '有效')
"""

RESTRICT_FLAT_SQL = "UPDATE lpb.h SET xzzt = xzzt + 1, gxsj = now() WHERE id = %s"

LIFT_RESTRICTION_SQL = """
UPDATE ht.xzxz
   SET xzzt = '已解除', jcywh = %(ywh)s, jcwh = %(jcwh)s, jcyy = %(jcyy)s, jcsj = now(), gxsj = now()
 WHERE id = %(id)s
"""

UNRESTRICT_FLAT_SQL = "UPDATE lpb.h SET xzzt = greatest(xzzt - 1, 0), gxsj = now() WHERE id = %s"


# ------------------------------------------------------------------------------------------------------


class Numbers:
    """Business and document numbers in the seed's formats, continuing after the largest in use this year.

    The first number of each kind is read from the database (``statements[name]`` with the format's regex
    and a LIKE prefix, on the connection ``conn()`` returns); later ones are counted here. After a unique
    violation, :meth:`forget` makes the next call read again.
    """

    def __init__(
        self, conn: Callable[[], Any], statements: dict[str, str], formats: dict[str, NumberFormat]
    ) -> None:
        self._conn = conn
        self._statements = statements
        self._formats = formats
        self._last: dict[tuple[str, int], int] = {}

    def next_seq(self, name: str, year: int) -> int:
        fmt = self._formats[name]
        key = (name, year)
        if key not in self._last:
            prefix = _like_literal(fmt.prefix.format(year=year)) + "%"
            with self._conn().cursor() as cur:
                cur.execute(self._statements[name], (fmt.pattern(year), prefix))
                self._last[key] = cur.fetchone()[0] or 0
        self._last[key] += 1
        return self._last[key]

    def next(self, name: str, year: int) -> str:
        fmt = self._formats[name]
        seq = self.next_seq(name, year)
        return f"{fmt.prefix.format(year=year)}{seq:0{fmt.digits}d}{fmt.suffix}"

    def forget(self) -> None:
        """Read the largest numbers from the database again (after a unique violation)."""
        self._last.clear()


def _regex_literal(text: str) -> str:
    """``text`` as a POSIX regex matching itself (the prefixes hold letters, digits and CJK only)."""
    return "".join("\\" + c if c in r".^$*+?()[]{}|\\" else c for c in text)


def _like_literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def district_of(code: str) -> District:
    return next((d for d in DISTRICTS if d.code == code), DISTRICTS[0])


@dataclass
class Done:
    """One completed business."""

    ywh: str
    ywlx: str
    fwbm: str | None
    htbh: str | None = None


class HousingDriver:
    """Completes one business per :meth:`step` in ``jy`` (an open psycopg2 connection, not autocommit)."""

    def __init__(
        self, conn: Any, seed: int | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self.conn = conn
        self.rnd = random.Random(seed)
        self._people = Generator(0, self.rnd.randrange(2**31), lambda _table, _row: None)
        self._today = today
        self.numbers = Numbers(lambda: self.conn, NUMBER_SQL, NUMBER_FORMATS)
        #: Businesses the 交易安全 guards refused at commit (counted, not raised).
        self.refused = 0

    # -- one business ---------------------------------------------------------------------------------
    def step(self, kind: str | None = None) -> Done | None:
        """Complete one business of ``kind`` (default: picked at random by weight). When no row qualifies
        for that kind, the other kinds are tried in turn. Returns None when none can be done."""
        kinds = list(KINDS)
        first = kind or self.rnd.choices(kinds, weights=list(KINDS.values()))[0]
        order = [first] + [k for k in kinds if k != first]
        for candidate in order:
            done = self._attempt(candidate)
            if done is not None:
                return done
        return None

    def _attempt(self, kind: str) -> Done | None:
        handler = {
            "SPFBA": self.sell_flat,
            "JYQR": self.confirm_transaction,
            "DYBA": self.file_mortgage,
            "XZXZ": self.set_restriction,
            "XZJC": self.lift_restriction,
        }[kind]
        try:
            done = handler()
        except BaseException:
            self.conn.rollback()
            raise
        if done is None:
            self.conn.rollback()
            return None
        try:
            self.conn.commit()
        except psycopg2.Error as exc:
            # 交易安全 (docs/guards.md): the guards check the contract or filing at commit. A refusal means
            # this business could not be done (e.g. registration data arrived after the pick); not a crash.
            self.conn.rollback()
            if exc.pgcode != GUARD_REFUSED:
                raise
            self.refused += 1
            return None
        return done

    # -- helpers ----------------------------------------------------------------------------------------
    def _pick(
        self, table: str, statement: str, params: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """The first eligible row from a random id on (wrapping around), locked; None when there is none."""
        with self.conn.cursor() as cur:
            cur.execute(BOUNDS_SQL[table])
            low, high = cur.fetchone()
            if low is None:
                return None
            start = self.rnd.randint(low, high)
            for lo, hi in ((start, high + 1), (low, start)):
                cur.execute(statement, {**(params or {}), "lo": lo, "hi": hi})
                row = cur.fetchone()
                if row is not None:
                    names = [c.name for c in cur.description]
                    return dict(zip(names, row, strict=True))
        return None

    def _open(
        self,
        ywlx: str,
        fwbm: str | None,
        h_id: int | None,
        htbh: str | None,
        qxdm: str | None,
        xmbh: str | None = None,
    ) -> tuple[str, dt.timedelta]:
        """Insert the business as 在办 with its 受理 step; returns (ywh, how long ago it was accepted)."""
        year = self._today().year
        ywh = self.numbers.next("ywh", year)
        took = dt.timedelta(minutes=self.rnd.randint(5, 90))
        with self.conn.cursor() as cur:
            cur.execute(
                INSERT_BUSINESS_SQL,
                {
                    "ywh": ywh,
                    "ywlx": ywlx,
                    "fwbm": fwbm,
                    "h_id": h_id,
                    "htbh": htbh,
                    "qxdm": qxdm,
                    "xmbh": xmbh,
                    "took": took,
                    "slr": CLERK,
                },
            )
            cur.execute(
                INSERT_STEP_SQL,
                {"ywh": ywh, "hjxh": 1, "hjmc": STEPS[ywlx][0], "start": took, "end": took, "czr": CLERK},
            )
        return ywh, took

    def _close(self, ywh: str, ywlx: str, took: dt.timedelta) -> None:
        """Record the remaining steps, then set the business to 办结 (the outbox trigger pushes it)."""
        steps = STEPS[ywlx][1:]
        with self.conn.cursor() as cur:
            for i, name in enumerate(steps, 2):
                start = took * (len(steps) + 2 - i) / (len(steps) + 1)
                end = took * (len(steps) + 1 - i) / (len(steps) + 1)
                cur.execute(
                    INSERT_STEP_SQL,
                    {"ywh": ywh, "hjxh": i, "hjmc": name, "start": start, "end": end, "czr": CLERK},
                )
            cur.execute(COMPLETE_BUSINESS_SQL, (ywh,))

    # -- the businesses ---------------------------------------------------------------------------------
    def sell_flat(self) -> Done | None:
        """商品房合同网签并备案：an unsold flat is sold by the developer to one or two buyers."""
        flat = self._pick("h", PICK_UNSOLD_SQL)
        if flat is None:
            return None
        rnd, today = self.rnd, self._today()
        year = today.year
        htbh = self.numbers.next("htbh", year)
        htbah = self.numbers.next("htbah", year)
        off_plan = flat["mjlx"] == "预测"
        price = round(float(flat["jzmj"]) * rnd.uniform(4200, 9800), -2)
        ywh, took = self._open("SPFBA", flat["fwbm"], flat["id"], htbh, flat["qxdm"])
        district = district_of(flat["qxdm"])
        buyers = [self._people.person(district) for _ in range(1 if rnd.random() < 0.6 else 2)]
        with self.conn.cursor() as cur:
            cur.execute(
                INSERT_CONTRACT_SQL,
                {
                    "htbh": htbh,
                    "htbah": htbah,
                    "h_id": flat["id"],
                    "fwbm": flat["fwbm"],
                    # off-plan: sold under the pre-sale permit (预售); completed: 现售, no permit
                    "ysxkzh": flat["ysxkzh"] if off_plan else None,
                    "zl": flat["zl"],
                    "qxdm": flat["qxdm"],
                    "qyrq": today,
                    "barq": today,
                    "htje": f"{price:.2f}",
                    "jzmj": flat["jzmj"],
                    "fkfs": rnd.choice(_FKFS_NEW),
                },
            )
            ht_id = cur.fetchone()[0]
            cur.execute(
                INSERT_PARTY_SQL,
                {
                    "ht_id": ht_id,
                    "jslx": "出卖人",
                    "sxh": 1,
                    "mc": flat["kfqy"],
                    "qlrlx": "2",
                    "zjzl": "8",
                    "zjhm": flat["tyshxydm"],
                    "dh": None,
                    "gyfs": "0",
                },
            )
            gyfs = "0" if len(buyers) == 1 else "1"
            for i, buyer in enumerate(buyers, 1):
                cur.execute(INSERT_PARTY_SQL, _buyer_row(ht_id, i, buyer, gyfs))
            cur.execute(MARK_FLAT_FILED_SQL, (flat["id"],))
        self._close(ywh, "SPFBA", took)
        return Done(ywh, "SPFBA", flat["fwbm"], htbh)

    def confirm_transaction(self) -> Done | None:
        """交易确认 of a filed new-house contract (once per contract)."""
        contract = self._pick("spfht", PICK_FILED_SQL)
        if contract is None:
            return None
        ywh, took = self._open("JYQR", contract["fwbm"], contract["h_id"], contract["htbh"], contract["qxdm"])
        with self.conn.cursor() as cur:
            cur.execute(TOUCH_CONTRACT_SQL, (contract["id"],))
        self._close(ywh, "JYQR", took)
        return Done(ywh, "JYQR", contract["fwbm"], contract["htbh"])

    def file_mortgage(self) -> Done | None:
        """抵押备案：the buyers of a filed contract paid by loan mortgage the flat to a bank."""
        contract = self._pick("spfht", PICK_MORTGAGE_SQL, {"fkfs": _LOAN_FKFS})
        if contract is None:
            return None
        with self.conn.cursor() as cur:
            cur.execute(BUYERS_SQL, (contract["id"],))
            buyers = cur.fetchall()
        if not buyers:
            return None
        rnd, today = self.rnd, self._today()
        bank = rnd.choice(BANKS)
        loan = max(round(float(contract["htje"]) * rnd.uniform(0.5, 0.7), -3), 10000.0)
        dybah = self.numbers.next("dybah", today.year)
        ywh, took = self._open("DYBA", contract["fwbm"], contract["h_id"], contract["htbh"], contract["qxdm"])
        with self.conn.cursor() as cur:
            cur.execute(
                INSERT_MORTGAGE_SQL,
                {
                    "dybah": dybah,
                    "ywh": ywh,
                    "htbh": contract["htbh"],
                    "dylx": "预售商品房抵押" if contract["mjlx"] == "预测" else "现房抵押",
                    "dyr": "、".join(b[0] for b in buyers),
                    "dyrzjzl": buyers[0][1],
                    "dyrzjhm": buyers[0][2],
                    "dyqr": bank[0],
                    "dyqrzjhm": bank[2],
                    "je": f"{loan:.2f}",
                    "qssj": today,
                    "jssj": today + dt.timedelta(days=365 * rnd.choice((10, 20, 30))),
                },
            )
            dyba_id = cur.fetchone()[0]
            cur.execute(INSERT_MORTGAGE_FLAT_SQL, (dyba_id, contract["h_id"], contract["fwbm"]))
        self._close(ywh, "DYBA", took)
        return Done(ywh, "DYBA", contract["fwbm"], contract["htbh"])

    def set_restriction(self) -> Done | None:
        """行政限制设立 on a flat that has none in force."""
        flat = self._pick("h", PICK_FREE_FLAT_SQL)
        if flat is None:
            return None
        rnd, today = self.rnd, self._today()
        xzbh = self.numbers.next("xzbh", today.year)
        ywh, took = self._open("XZXZ", flat["fwbm"], flat["id"], None, flat["qxdm"])
        with self.conn.cursor() as cur:
            cur.execute(
                INSERT_RESTRICTION_SQL,
                {
                    "xzbh": xzbh,
                    "h_id": flat["id"],
                    "fwbm": flat["fwbm"],
                    "ywh": ywh,
                    "xzlx": rnd.choice(_XZLX),
                    "xzwh": f"达市房发〔{today.year}〕{rnd.randint(1, 300)}号",
                    "qssj": today,
                    "jssj": today + dt.timedelta(days=365 * 2),
                },
            )
            cur.execute(RESTRICT_FLAT_SQL, (flat["id"],))
        self._close(ywh, "XZXZ", took)
        return Done(ywh, "XZXZ", flat["fwbm"])

    def lift_restriction(self) -> Done | None:
        """行政限制解除 of a restriction in force."""
        restriction = self._pick("xzxz", PICK_RESTRICTION_SQL)
        if restriction is None:
            return None
        rnd, today = self.rnd, self._today()
        ywh, took = self._open("XZJC", restriction["fwbm"], restriction["h_id"], None, restriction["qxdm"])
        with self.conn.cursor() as cur:
            cur.execute(
                LIFT_RESTRICTION_SQL,
                {
                    "id": restriction["id"],
                    "ywh": ywh,
                    "jcwh": f"达市房解〔{today.year}〕{rnd.randint(1, 300)}号",
                    "jcyy": rnd.choice(("限制期满解除", "有关部门函告解除限制")),
                },
            )
            cur.execute(UNRESTRICT_FLAT_SQL, (restriction["h_id"],))
        self._close(ywh, "XZJC", took)
        return Done(ywh, "XZJC", restriction["fwbm"])


def _buyer_row(ht_id: int, sxh: int, buyer: Person, gyfs: str) -> dict[str, Any]:
    return {
        "ht_id": ht_id,
        "jslx": "买受人",
        "sxh": sxh,
        "mc": buyer.name,
        "qlrlx": "1",
        "zjzl": "1",
        "zjhm": buyer.sfzh,
        "dh": buyer.phone,
        "gyfs": gyfs,
    }
