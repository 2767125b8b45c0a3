"""The registration system (不动产登记系统) as the platform sees it: it reads ``dj_front.share_jy`` and
answers in ``dj_front.share_dj``, one transaction per business, as the real system publishes its 登簿
results. Business numbers, certificate numbers and row layouts are those of ``jydj/seed/generate.py``.

What it answers:

- SPFBA whose contract has a 预售许可证 (off-plan sale): 预售商品房买卖预告登记, djlx 700, ygdjzl 1, with a
  不动产登记证明.
- SPFBA without one (现售 of a completed flat): 房屋所有权转移登记, djlx 200, qllx 4, with a 不动产权证书.
- DYBA 预售商品房抵押: 预售商品房抵押权预告登记 (预抵押), djlx 700, ygdjzl 3, 上手 = the unit's 预告; a
  不动产登记证明.
- DYBA of other kinds: 抵押权首次登记, djlx 100, qllx 37, 上手 = the unit's current ownership; a
  不动产登记证明.
- JYQR, XZXZ, XZJC (restrictions), CHRK, CLFBA, FWBM and withdrawals (撤销): nothing.

Each answer is one ``share_dj.gxzb`` row (``ywlx`` DB, ``ywzt`` 登簿, ``jyywh`` = the transaction business,
``mxsl`` = its detail rows), written after its details: ``dbjg`` (1), ``dbjg_dy`` (one per unit), ``qlr``
(权利人 and 义务人; 权利人 rows carry the certificate number) and ``zs`` (1).

权利人/义务人: a sale — the buyers and the developer; a mortgage — the bank, and the owners of the unit's
上手 registration (else the mortgagors named in the filing).

The unit (``bdcdyh``): the unit of an earlier registration of the same contract; else the unit with the
flat's 户号 in the flat's building of the registration building table (``share_dj.bdcdy``); else the unit
holding the flat's 房屋编码 (see :func:`locate_unit`). A business whose unit cannot be found is not
answered (it is counted as 未能定位, and tried again by the next run).

A business is handled once: it is answered when no ``share_dj.gxzb`` row names it in ``jyywh``; the
businesses that get no answer are remembered for the life of the simulator.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from jydj.simulate.housing import NumberFormat, Numbers

#: What the simulator writes per kind: djlx, qllx, djxl 登记小类, ygdjzl, certificate (证书 or 证明).
KINDS: dict[str, tuple[str, str | None, str, str | None, str]] = {
    "预告": ("700", None, "预售商品房买卖预告登记", "1", "证明"),
    "转移": ("200", "4", "房屋所有权转移登记", None, "证书"),
    "预抵押": ("700", None, "预售商品房抵押权预告登记", "3", "证明"),
    "抵押权": ("100", "37", "抵押权首次登记", None, "证明"),
}

REGISTRAR = "达州市不动产登记中心"
RECORDER = "登簿员"

NUMBER_SQL: dict[str, str] = {
    "djywh": "SELECT max(substring(ywh from %s)::bigint) FROM share_dj.gxzb WHERE ywh LIKE %s",
    "bdcqzh": "SELECT max(substring(bdcqzh from %s)::bigint) FROM share_dj.zs WHERE bdcqzh LIKE %s",
    "bdczmh": "SELECT max(substring(bdcqzh from %s)::bigint) FROM share_dj.zs WHERE bdcqzh LIKE %s",
    "qzysxlh": "SELECT max(substring(qzysxlh from %s)::bigint) FROM share_dj.zs WHERE qzysxlh LIKE %s",
}

#: As the seed: 2026 + djlx's first digit + 10 digits; 川（2026）达州市不动产权第0000001号; 51 + 10 digits.
NUMBER_FORMATS: dict[str, NumberFormat] = {
    "djywh": NumberFormat("{year}", 10, skip=1),
    "bdcqzh": NumberFormat("川（{year}）达州市不动产权第", 7, suffix="号"),
    "bdczmh": NumberFormat("川（{year}）达州市不动产证明第", 7, suffix="号"),
    "qzysxlh": NumberFormat("51", 10),
}

# ------------------------------------------------------------------------------------------------------
# Fixed statements
# ------------------------------------------------------------------------------------------------------

PENDING_SQL = """
SELECT g.ywh, g.ywlx, g.fwbm, g.htbh, g.slbh, g.qxdm
  FROM share_jy.gxzb g
 WHERE g.ywlx IN ('SPFBA', 'DYBA')
   AND g.ywzt = '办结'
   AND NOT (g.ywh = ANY (%(skip)s))
   AND NOT EXISTS (SELECT 1 FROM share_dj.gxzb d WHERE d.jyywh = g.ywh)
 ORDER BY g.tssj, g.ywh
 LIMIT %(limit)s
"""

ANSWERED_SQL = "SELECT 1 FROM share_dj.gxzb WHERE jyywh = %s LIMIT 1"

CONTRACT_SQL = """
SELECT htbh, htje, ysxkzh, htzt, qxdm FROM share_jy.spfht WHERE htbh = %s
"""

CONTRACT_FLATS_SQL = """
SELECT fwbm, zl, jzmj FROM share_jy.spfht_h WHERE htbh = %s ORDER BY fwbm
"""

SELLERS_SQL = "SELECT cmrmc, zjzl, zjhm FROM share_jy.spfht_cmr WHERE htbh = %s ORDER BY sxh"

BUYERS_SQL = "SELECT msrmc, zjzl, zjhm, gyfs, qlbl FROM share_jy.spfht_msr WHERE htbh = %s ORDER BY sxh"

MORTGAGE_SQL = """
SELECT dybah, htbh, dylx, dyfs, dyr, dyrzjhm, dyqr, dyqrzjhm, bdbzzqse, zwlxqssj, zwlxjssj, bazt, qxdm
  FROM share_jy.dyba
 WHERE ywh = %s
 ORDER BY dybah
 LIMIT 1
"""

MORTGAGE_FLATS_SQL = "SELECT fwbm, zl, jzmj FROM share_jy.dyba_h WHERE dybah = %s ORDER BY fwbm"

UNIT_BY_CONTRACT_SQL = """
SELECT d.bdcdyh FROM share_dj.dbjg d
 WHERE d.htbh = %s AND d.bdcdyh IS NOT NULL
 ORDER BY d.djsj DESC NULLS LAST, d.ywh DESC
 LIMIT 1
"""

UNIT_BY_CODE_SQL = "SELECT u.bdcdyh FROM share_dj.bdcdy u WHERE u.fwbm = %s ORDER BY u.bdcdyh LIMIT 1"

UNIT_BY_BUILDING_SQL = """
SELECT u.bdcdyh
  FROM share_dj.bdcdy u
 WHERE u.bdcdyh = (SELECT left(s.bdcdyh, 24) FROM share_dj.bdcdy s
                    WHERE s.fwbm >= %s AND s.fwbm < %s AND length(s.bdcdyh) = 28
                    ORDER BY s.bdcdyh LIMIT 1) || %s
"""

UNIT_SQL = "SELECT bdcdyh, zl, jzmj, qxdm FROM share_dj.bdcdy WHERE bdcdyh = %s"

PRIOR_NOTICE_SQL = """
SELECT d.ywh FROM share_dj.dbjg d
 WHERE d.bdcdyh = %s AND d.djlx = '700' AND d.ygdjzl = '1' AND coalesce(d.qszt, '1') = '1'
 ORDER BY d.djsj DESC NULLS LAST, d.ywh DESC
 LIMIT 1
"""

PRIOR_OWNERSHIP_SQL = """
SELECT d.ywh FROM share_dj.dbjg d
 WHERE d.bdcdyh = %s AND d.qllx = '4' AND coalesce(d.qszt, '1') = '1'
 ORDER BY d.djsj DESC NULLS LAST, d.ywh DESC
 LIMIT 1
"""

RIGHT_HOLDERS_SQL = """
SELECT qlrmc, zjzl, zjhm, qlrlx FROM share_dj.qlr WHERE ywh = %s AND sqrlb = '权利人' ORDER BY sxh
"""

INSERT_DBJG_SQL = """
INSERT INTO share_dj.dbjg (ywh, jyywh, slbh, djlx, qllx, djxl, bdcdyh, fwbm, zl, bdcqzh, djyy, syywh, djsj,
                           dbr, djjg, qszt, qxdm, jzmj, fdcjyjg, ghyt, fwxz, dybdclx, dyfs, dyr, dyqr,
                           bdbzzqse, zwlxqssj, zwlxjssj, ygdjzl, htbh, qdjg)
VALUES (%(ywh)s, %(jyywh)s, %(slbh)s, %(djlx)s, %(qllx)s, %(djxl)s, %(bdcdyh)s, %(fwbm)s, %(zl)s, %(bdcqzh)s,
        %(djxl)s, %(syywh)s, now(), %(dbr)s, %(djjg)s, '1', %(qxdm)s, %(jzmj)s, %(fdcjyjg)s, %(ghyt)s,
        %(fwxz)s, %(dybdclx)s, %(dyfs)s, %(dyr)s, %(dyqr)s, %(bdbzzqse)s, %(zwlxqssj)s, %(zwlxjssj)s,
        %(ygdjzl)s, %(htbh)s, %(qdjg)s)
"""

INSERT_DBJG_DY_SQL = """
INSERT INTO share_dj.dbjg_dy (ywh, bdcdyh, fwbm, zl, jzmj) VALUES (%s, %s, %s, %s, %s)
"""

INSERT_QLR_SQL = """
INSERT INTO share_dj.qlr (ywh, sqrlb, sxh, qlrmc, zjzl, zjhm, qlrlx, gyfs, qlbl, bdcqzh)
VALUES (%(ywh)s, %(sqrlb)s, %(sxh)s, %(qlrmc)s, %(zjzl)s, %(zjhm)s, %(qlrlx)s, %(gyfs)s, %(qlbl)s, %(bdcqzh)s)
"""

INSERT_ZS_SQL = """
INSERT INTO share_dj.zs (bdcqzh, ywh, djywh, zslx, bdcdyh, qlrmc, zl, qzysxlh, fzsj, fzr, zszt, qxdm)
VALUES (%(bdcqzh)s, %(ywh)s, %(ywh)s, %(zslx)s, %(bdcdyh)s, %(qlrmc)s, %(zl)s, %(qzysxlh)s, now(), %(fzr)s,
        '有效', %(qxdm)s)
"""

INSERT_GXZB_SQL = """
INSERT INTO share_dj.gxzb (ywh, ywlx, djlx, qllx, djxl, ywzt, fwbm, bdcdyh, htbh, slbh, jyywh, bdcqzh, qxdm,
                           mxsl, bjsj, tssj, gxsj)
VALUES (%(ywh)s, 'DB', %(djlx)s, %(qllx)s, %(djxl)s, '登簿', %(fwbm)s, %(bdcdyh)s, %(htbh)s, %(slbh)s,
        %(jyywh)s, %(bdcqzh)s, %(qxdm)s, %(mxsl)s, now(), now(), now())
"""

#: A party: name, 证件种类, 证件号码, 权利人类型, 共有方式, 权利比例.
Party = tuple[str, str | None, str | None, str | None, str | None, str | None]


@dataclass
class Answer:
    """One registration the simulator is about to publish."""

    jyywh: str
    kind: str
    units: list[tuple[str, str | None, str | None, Any]]  # bdcdyh, fwbm, zl, jzmj
    rights: list[Party]
    duties: list[Party]
    qxdm: str | None
    slbh: str | None = None
    htbh: str | None = None
    syywh: str | None = None
    price: Any = None
    mortgage: dict[str, Any] = field(default_factory=dict)


class RegistrationSimulator:
    """Answers the transaction businesses that reached ``dj_front.share_jy`` (an open psycopg2 connection)."""

    def __init__(self, conn: Any, today: Any = dt.date.today) -> None:
        self.conn = conn
        self._today = today
        self.numbers = Numbers(lambda: self.conn, NUMBER_SQL, NUMBER_FORMATS)
        #: businesses that get no answer (not a registration matter, or the unit is unknown)
        self.skipped: set[str] = set()
        self.unlocated: set[str] = set()
        self.counts: Counter[str] = Counter()

    def poll(self, limit: int = 100) -> list[tuple[str, str, str]]:
        """Answer what is waiting. Returns (transaction ywh, kind, registration ywh) of each answer."""
        with self.conn.cursor() as cur:
            cur.execute(PENDING_SQL, {"skip": sorted(self.skipped | self.unlocated), "limit": limit})
            pending = cur.fetchall()
        self.conn.rollback()
        done = []
        for ywh, ywlx, fwbm, htbh, slbh, qxdm in pending:
            result = self.handle(ywh, ywlx, fwbm, htbh, slbh, qxdm)
            if result is not None:
                done.append(result)
        return done

    def handle(
        self, ywh: str, ywlx: str, fwbm: str | None, htbh: str | None, slbh: str | None, qxdm: str | None
    ) -> tuple[str, str, str] | None:
        """Answer one business in one transaction; None when there is nothing (yet) to answer."""
        try:
            with self.conn.cursor() as cur:
                cur.execute(ANSWERED_SQL, (ywh,))
                if cur.fetchone() is not None:
                    self.conn.rollback()
                    return None
                if ywlx == "SPFBA":
                    answer = self._sale(cur, ywh, htbh, qxdm)
                else:
                    answer = self._mortgage(cur, ywh, qxdm)
                if answer is None:
                    self.conn.rollback()
                    return None
                answer.slbh = slbh
                djywh = self._publish(cur, answer)
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        self.counts[answer.kind] += 1
        self.unlocated.discard(ywh)
        return ywh, answer.kind, djywh

    # -- reading the transaction -----------------------------------------------------------------------
    def _sale(self, cur: Any, ywh: str, htbh: str | None, qxdm: str | None) -> Answer | None:
        if htbh is None:
            self.skipped.add(ywh)
            return None
        cur.execute(CONTRACT_SQL, (htbh,))
        contract = cur.fetchone()
        cur.execute(CONTRACT_FLATS_SQL, (htbh,))
        flats = cur.fetchall()
        cur.execute(SELLERS_SQL, (htbh,))
        sellers = cur.fetchall()
        cur.execute(BUYERS_SQL, (htbh,))
        buyers = cur.fetchall()
        if contract is None or not flats or not sellers or not buyers:
            return None  # details still on their way: next poll
        _, htje, ysxkzh, htzt, contract_qxdm = contract
        if htzt != "已备案":
            self.skipped.add(ywh)
            return None
        units = self._units(cur, ywh, htbh, flats)
        if units is None:
            return None
        kind = "预告" if ysxkzh else "转移"
        gyfs = "0" if len(buyers) == 1 else "1"
        rights = [(b[0], b[1], b[2], _party_kind(b[1]), b[3] or gyfs, b[4]) for b in buyers]
        duties = [
            (s[0], s[1], s[2], _party_kind(s[1]), "0" if len(sellers) == 1 else "1", None) for s in sellers
        ]
        return Answer(ywh, kind, units, rights, duties, qxdm or contract_qxdm, htbh=htbh, price=htje)

    def _mortgage(self, cur: Any, ywh: str, qxdm: str | None) -> Answer | None:
        cur.execute(MORTGAGE_SQL, (ywh,))
        filing = cur.fetchone()
        if filing is None:
            return None
        dybah, htbh, dylx, dyfs, dyr, dyrzjhm, dyqr, dyqrzjhm, amount, start, end, bazt, filing_qxdm = filing
        cur.execute(MORTGAGE_FLATS_SQL, (dybah,))
        flats = cur.fetchall()
        if not flats:
            return None
        if bazt != "已备案":
            self.skipped.add(ywh)
            return None
        units = self._units(cur, ywh, htbh, flats)
        if units is None:
            return None
        kind = "预抵押" if dylx == "预售商品房抵押" else "抵押权"
        cur.execute(PRIOR_NOTICE_SQL if kind == "预抵押" else PRIOR_OWNERSHIP_SQL, (units[0][0],))
        prior = cur.fetchone()
        syywh = prior[0] if prior else None
        owners: list[Party] = []
        if syywh is not None:
            cur.execute(RIGHT_HOLDERS_SQL, (syywh,))
            holders = cur.fetchall()
            gyfs = "0" if len(holders) == 1 else "1"
            owners = [(h[0], h[1], h[2], h[3], gyfs, None) for h in holders]
        if not owners:
            names = [n for n in (dyr or "").split("、") if n] or [dyr or "抵押人"]
            gyfs = "0" if len(names) == 1 else "1"
            owners = [
                (n, "1" if i == 0 and dyrzjhm else None, dyrzjhm if i == 0 else None, "1", gyfs, None)
                for i, n in enumerate(names)
            ]
        bank: Party = (dyqr, "8", dyqrzjhm, "2", "0", None)
        mortgage = {"dyfs": dyfs or "1", "amount": amount, "start": start, "end": end}
        return Answer(
            ywh,
            kind,
            units,
            [bank],
            owners,
            qxdm or filing_qxdm,
            htbh=htbh if kind == "预抵押" else None,
            syywh=syywh,
            mortgage=mortgage,
        )

    def _units(
        self, cur: Any, ywh: str, htbh: str | None, flats: list[tuple[Any, ...]]
    ) -> list[tuple[str, str | None, str | None, Any]] | None:
        """The registration units of the flats: (bdcdyh, fwbm, 坐落 and area as registered). None when a
        unit cannot be found (the business is remembered and counted as 未能定位)."""
        units = []
        for fwbm, zl, jzmj in flats:
            bdcdyh = locate_unit(cur, fwbm, htbh)
            if bdcdyh is None:
                if ywh not in self.unlocated:
                    self.unlocated.add(ywh)
                    self.counts["未能定位"] += 1
                return None
            cur.execute(UNIT_SQL, (bdcdyh,))
            unit = cur.fetchone()
            unit_zl, unit_jzmj = (unit[1], unit[2]) if unit else (None, None)
            units.append((bdcdyh, fwbm, unit_zl or zl, unit_jzmj if unit_jzmj is not None else jzmj))
        return units

    # -- publishing ------------------------------------------------------------------------------------
    def _publish(self, cur: Any, a: Answer) -> str:
        djlx, qllx, djxl, ygdjzl, certificate = KINDS[a.kind]
        year = self._today().year
        # year + djlx's first digit + 10 digits; the sequence is shared by all kinds, as in the seed
        djywh = f"{year}{djlx[0]}{self.numbers.next_seq('djywh', year):010d}"
        cert = self.numbers.next("bdcqzh" if certificate == "证书" else "bdczmh", year)
        bdcdyh, fwbm, zl, jzmj = a.units[0]
        is_mortgage = a.kind in ("预抵押", "抵押权")
        m = a.mortgage
        cur.execute(
            INSERT_DBJG_SQL,
            {
                "ywh": djywh,
                "jyywh": a.jyywh,
                "slbh": a.slbh,
                "djlx": djlx,
                "qllx": qllx,
                "djxl": djxl,
                "bdcdyh": bdcdyh,
                "fwbm": fwbm,
                "zl": zl,
                "bdcqzh": cert,
                "syywh": a.syywh,
                "dbr": RECORDER,
                "djjg": REGISTRAR,
                "qxdm": a.qxdm,
                "jzmj": jzmj,
                "fdcjyjg": a.price,
                "ghyt": None if is_mortgage else "11",
                "fwxz": None if is_mortgage else "0",
                "dybdclx": "2" if is_mortgage else None,
                "dyfs": m.get("dyfs"),
                "dyr": "、".join(p[0] for p in a.duties) if is_mortgage else None,
                "dyqr": a.rights[0][0] if is_mortgage else None,
                "bdbzzqse": m.get("amount"),
                "zwlxqssj": m.get("start"),
                "zwlxjssj": m.get("end"),
                "ygdjzl": ygdjzl,
                "htbh": a.htbh,
                "qdjg": a.price if djlx == "700" and not is_mortgage else None,
            },
        )
        details = 1
        for unit_bdcdyh, unit_fwbm, unit_zl, unit_jzmj in a.units:
            cur.execute(INSERT_DBJG_DY_SQL, (djywh, unit_bdcdyh, unit_fwbm, unit_zl, unit_jzmj))
            details += 1
        for role, parties in (("权利人", a.rights), ("义务人", a.duties)):
            for i, (name, zjzl, zjhm, qlrlx, gyfs, qlbl) in enumerate(parties, 1):
                cur.execute(
                    INSERT_QLR_SQL,
                    {
                        "ywh": djywh,
                        "sqrlb": role,
                        "sxh": i,
                        "qlrmc": name,
                        "zjzl": zjzl,
                        "zjhm": zjhm,
                        "qlrlx": qlrlx,
                        "gyfs": gyfs,
                        "qlbl": qlbl,
                        "bdcqzh": cert if role == "权利人" else None,
                    },
                )
                details += 1
        cur.execute(
            INSERT_ZS_SQL,
            {
                "bdcqzh": cert,
                "ywh": djywh,
                "zslx": "不动产权证书" if certificate == "证书" else "不动产登记证明",
                "bdcdyh": bdcdyh,
                "qlrmc": "、".join(p[0] for p in a.rights),
                "zl": zl,
                "qzysxlh": self.numbers.next("qzysxlh", year),
                "fzr": REGISTRAR,
                "qxdm": a.qxdm,
            },
        )
        details += 1
        cur.execute(
            INSERT_GXZB_SQL,
            {
                "ywh": djywh,
                "djlx": djlx,
                "qllx": qllx,
                "djxl": djxl,
                "fwbm": fwbm,
                "bdcdyh": bdcdyh,
                "htbh": a.htbh,
                "slbh": a.slbh,
                "jyywh": a.jyywh,
                "bdcqzh": cert,
                "qxdm": a.qxdm,
                "mxsl": details,
            },
        )
        return djywh


def locate_unit(cur: Any, fwbm: str | None, htbh: str | None) -> str | None:
    """The registration unit (bdcdyh) of a flat, None when unknown.

    In order: the unit of an earlier registration of the same contract (a 预抵押 follows its 预告); the unit
    with the flat's 户号 in the flat's building, the building known from any of its units that holds a code
    of that building (the first 17 digits of a JGJ/T 246 房屋编码); the unit holding the flat's code. The
    registration building table's codes are noisy (missing, a neighbour's, legacy formats), so the exact
    code comes last: it can name a neighbour.
    """
    if htbh:
        cur.execute(UNIT_BY_CONTRACT_SQL, (htbh,))
        row = cur.fetchone()
        if row:
            return row[0]
    if not fwbm:
        return None
    # JGJ/T 246: 9-digit area, 4-digit year, 4-digit building, 5-digit flat, check char
    if len(fwbm) in (23, 25) and fwbm[:22].isdigit() and int(fwbm[17:22]) <= 9999:
        building = fwbm[:17]
        after = f"{int(building) + 1:017d}"  # digit strings sort alike in every collation
        cur.execute(UNIT_BY_BUILDING_SQL, (building, after, f"{int(fwbm[17:22]):04d}"))
        row = cur.fetchone()
        if row:
            return row[0]
    cur.execute(UNIT_BY_CODE_SQL, (fwbm,))
    row = cur.fetchone()
    return row[0] if row else None


def _party_kind(zjzl: str | None) -> str:
    """权利人类型: 1 个人, 2 企业 (by 证件种类: 8 统一社会信用代码/营业执照)."""
    return "2" if zjzl in ("7", "8") else "1"
