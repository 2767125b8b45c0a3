"""Deterministic synthetic data of 达州市: the housing side (``jy``) and the registration side
(``dj_front.share_dj``, as the registration system publishes it).

One ``random.Random(seed)`` drives everything, so the same seed gives the same rows. The generator
walks projects (楼盘): each has buildings, floors and flats with consistent areas (套内 + 分摊 = 建筑),
预测 then, once completed, 实测; the flats are sold by new-house contracts (filed), some are mortgaged,
some resold by stock-house contracts, a few restricted; the registration side records the same flats as
不动产单元 with the noise real legacy data has (other address styles, full-width digits, estate aliases,
名义层 vs 实际层, room typos, re-surveyed areas, missing or stale house codes), plus its 登簿 results
(转移, 抵押, 预告, 预抵押, 查封, 异议), parties and certificates.

Rows are handed to a ``sink(table, row)`` callable; ``jydj.seed.load`` sends them with COPY. Row layouts
are the ``COLUMNS`` below, in that order.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from jydj.codes import make_bdcdyh, make_fwbm, make_sfzh, make_uscc
from jydj.seed import places
from jydj.seed.places import DISTRICTS, FULL_WIDTH_DIGITS, District, chinese_number

Sink = Callable[[str, tuple], None]

#: Tables and the columns the generator fills, in row order. ``jy.*`` go to the ``jy`` database,
#: ``dj.*`` to ``dj_front``.
COLUMNS: dict[str, tuple[str, ...]] = {
    "jy.lpb.xm": ("id", "xmbh", "xmmc", "qxdm", "zl", "kfqy", "tyshxydm", "zddm", "ysxkzh"),
    "jy.lpb.zrz": (
        "id",
        "xm_id",
        "zrzh",
        "fwbm",
        "zddm",
        "jzwmc",
        "zl",
        "zcs",
        "dscs",
        "dxcs",
        "ghyt",
        "fwjg",
        "jzwzt",
        "jgrq",
        "ycjzmj",
        "scjzmj",
        "zts",
    ),
    "jy.lpb.ljz": (
        "id",
        "zrz_id",
        "ljzh",
        "mph",
        "fwyt",
        "fwjg",
        "jzwzt",
        "zcs",
        "dscs",
        "dxcs",
        "jgrq",
        "ycjzmj",
        "scjzmj",
    ),
    "jy.lpb.c": ("id", "zrz_id", "ljz_id", "ch", "sjc", "myc", "cjzmj", "cg"),
    "jy.lpb.h": (
        "id",
        "fwbm",
        "ljz_id",
        "c_id",
        "zl",
        "dyh",
        "szc",
        "sjcs",
        "hh",
        "shbw",
        "fh",
        "hx",
        "hxjg",
        "fwyt",
        "fwlx",
        "fwjg",
        "fwxz",
        "mjlx",
        "ycjzmj",
        "yctnjzmj",
        "ycftjzmj",
        "ycftxs",
        "scjzmj",
        "sctnjzmj",
        "scftjzmj",
        "scftxs",
        "fwzt",
        "xzzt",
    ),
    "jy.ht.spfht": (
        "id",
        "htbh",
        "htbah",
        "h_id",
        "fwbm",
        "ysxkzh",
        "zl",
        "qxdm",
        "qyrq",
        "barq",
        "htje",
        "jzmj",
        "fkfs",
        "htzt",
    ),
    "jy.ht.spfht_dsr": ("id", "ht_id", "jslx", "sxh", "mc", "qlrlx", "zjzl", "zjhm", "dh", "gyfs", "qlbl"),
    "jy.ht.clfht": (
        "id",
        "htbh",
        "htbah",
        "h_id",
        "fwbm",
        "bdcdyh",
        "bdcqzh",
        "zl",
        "qxdm",
        "qyrq",
        "barq",
        "htje",
        "jzmj",
        "fkfs",
        "jjjg",
        "zjjgbz",
        "htzt",
    ),
    "jy.ht.clfht_dsr": ("id", "ht_id", "jslx", "sxh", "mc", "qlrlx", "zjzl", "zjhm", "dh", "gyfs", "qlbl"),
    "jy.ht.dyba": (
        "id",
        "dybah",
        "ywh",
        "htbh",
        "dylx",
        "dyfs",
        "dyr",
        "dyrzjzl",
        "dyrzjhm",
        "dyqr",
        "dyqrzjzl",
        "dyqrzjhm",
        "bdbzzqse",
        "zgzqse",
        "zwlxqssj",
        "zwlxjssj",
        "dyfw",
        "bazt",
        "basj",
    ),
    "jy.ht.dyba_h": ("id", "dyba_id", "h_id", "fwbm", "dymj"),
    "jy.ht.xzxz": (
        "id",
        "xzbh",
        "h_id",
        "fwbm",
        "szywh",
        "jcywh",
        "xzlx",
        "xzwh",
        "xzjg",
        "xzyy",
        "xzqssj",
        "xzjssj",
        "xzzt",
        "jcwh",
        "jcyy",
        "jcsj",
    ),
    "jy.yw.jyyw": ("id", "ywh", "ywlx", "fwbm", "h_id", "htbh", "qxdm", "zt", "slsj", "bjsj", "slr", "xmbh"),
    "dj.share_dj.gxzb": (
        "ywh",
        "ywlx",
        "djlx",
        "qllx",
        "djxl",
        "ywzt",
        "fwbm",
        "bdcdyh",
        "htbh",
        "jyywh",
        "bdcqzh",
        "qxdm",
        "mxsl",
        "bjsj",
        "tssj",
    ),
    "dj.share_dj.bdcdy": (
        "bdcdyh",
        "ywh",
        "fwbm",
        "zddm",
        "zrzh",
        "zl",
        "zh",
        "dyh",
        "szc",
        "sjc",
        "hh",
        "shbw",
        "jzmj",
        "tnjzmj",
        "ftjzmj",
        "ghyt",
        "fwjg",
        "fwxz",
        "fwlx",
        "zcs",
        "qxdm",
    ),
    "dj.share_dj.dbjg": (
        "ywh",
        "jyywh",
        "djlx",
        "qllx",
        "djxl",
        "bdcdyh",
        "fwbm",
        "zl",
        "bdcqzh",
        "djyy",
        "syywh",
        "djsj",
        "dbr",
        "djjg",
        "qszt",
        "qxdm",
        "jzmj",
        "fdcjyjg",
        "ghyt",
        "fwxz",
        "dybdclx",
        "dyfs",
        "dyr",
        "dyqr",
        "bdbzzqse",
        "zgzqse",
        "zwlxqssj",
        "zwlxjssj",
        "ygdjzl",
        "htbh",
        "qdjg",
        "cfjg",
        "cflx",
        "cfwj",
        "cfwh",
        "cfqssj",
        "cfjssj",
        "cffw",
        "yysx",
    ),
    "dj.share_dj.qlr": ("ywh", "sqrlb", "sxh", "qlrmc", "zjzl", "zjhm", "qlrlx", "gyfs", "qlbl", "bdcqzh"),
    "dj.share_dj.zs": (
        "bdcqzh",
        "ywh",
        "djywh",
        "zslx",
        "bdcdyh",
        "qlrmc",
        "zl",
        "qzysxlh",
        "fzsj",
        "zszt",
        "qxdm",
    ),
}

_OTHER_ID_AREAS = ("510104", "510107", "511302", "511303", "511902", "500101", "500233", "510722")
_FKFS_NEW = ("按揭贷款", "按揭贷款", "按揭贷款", "一次性付款", "公积金贷款", "组合贷款")
_SKIPPED_FLOORS = (4, 13, 14)
#: The data's "today": nothing happens after it, whatever the seed.
HORIZON = dt.date(2026, 11, 1)

#: A party of a registration: name, 证件种类, 证件号码, 权利人类型.
Party = tuple[str, str, str | None, str]


@dataclass
class Person:
    name: str
    sfzh: str
    phone: str

    @property
    def party(self) -> Party:
        return (self.name, "1", self.sfzh, "1")


def company(name: str, code: str) -> Party:
    return (name, "8", code, "2")


_BANK_PARTIES: tuple[Party, ...] = tuple(
    company(name, make_uscc("9", "1", region[2:], f"MA{i:07d}"))
    for i, (name, region) in enumerate(places.BANKS, 1)
)


@dataclass
class Counters:
    """Running numbers for keys, so that every code is unique."""

    ids: dict[str, int] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)

    def next_id(self, table: str) -> int:
        value = self.ids.get(table, 0) + 1
        self.ids[table] = value
        return value

    def next(self, key: str) -> int:
        value = self.seq.get(key, 0) + 1
        self.seq[key] = value
        return value


def _money(value: float) -> str:
    return f"{value:.2f}"


def _ts(day: dt.date, rnd: random.Random) -> str:
    return f"{day.isoformat()} {rnd.randint(8, 17):02d}:{rnd.randint(0, 59):02d}:00+08"


class Generator:
    """Generates ``households`` flats and everything around them, deterministically by ``seed``."""

    def __init__(self, households: int, seed: int, sink: Sink) -> None:
        self.target = households
        self.rnd = random.Random(seed)
        self.sink = sink
        self.count = Counters()
        self.flats = 0
        weights = [d.weight for d in DISTRICTS]
        self._district_weights = weights
        self._estate_names_used: dict[str, int] = {}

    # -- people and companies -----------------------------------------------------------------------
    def person(self, local: District) -> Person:
        rnd = self.rnd
        name = rnd.choice(places.SURNAMES) + "".join(
            rnd.choice(places.GIVEN_CHARS) for _ in range(rnd.choice((1, 2, 2)))
        )
        area = local.code if rnd.random() < 0.75 else rnd.choice(_OTHER_ID_AREAS)
        birth = dt.date.fromordinal(
            rnd.randint(dt.date(1950, 1, 1).toordinal(), dt.date(2002, 12, 31).toordinal())
        )
        sfzh = make_sfzh(area, birth, rnd.randint(1, 999))
        phone = f"1{rnd.choice('35789')}{rnd.randint(0, 999999999):09d}"
        return Person(name, sfzh, phone)

    def company_code(self, region: str) -> str:
        rnd = self.rnd
        body9 = "MA" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        return make_uscc("9", "1", region, body9)

    # -- the city ----------------------------------------------------------------------------------
    def run(self) -> int:
        """Generate until the target number of flats exists. Returns the number of flats."""
        while self.flats < self.target:
            district = self.rnd.choices(DISTRICTS, weights=self._district_weights)[0]
            self.project(district)
        return self.flats

    def _estate_name(self) -> tuple[str, list[str]]:
        """Official estate name and the other names the registration side may use for it."""
        rnd = self.rnd
        stem = rnd.choice(places.ESTATE_STEMS)
        n = self._estate_names_used.get(stem, 0) + 1
        self._estate_names_used[stem] = n
        suffix = rnd.choice(places.ESTATE_SUFFIXES)
        phase = places.PHASES[(n - 1) % 3] if n > 1 or rnd.random() < 0.3 else ""
        name = f"{stem}{suffix}{phase}"
        aliases = [f"{stem}{phase}", f"{stem}{'小区' if suffix != '小区' else ''}{phase}"]
        if rnd.random() < 0.15:  # an old name from before the rename
            aliases.append(f"{rnd.choice(places.ESTATE_STEMS)}{phase or '一期'}")
        return name, aliases

    def project(self, d: District) -> None:
        rnd, cnt = self.rnd, self.count
        street, street_code = rnd.choice(d.streets)
        road = rnd.choice(d.roads)
        door = rnd.randint(1, 999)
        xmmc, aliases = self._estate_name()
        year = rnd.randint(2003, 2026)
        completed = year <= 2023 and rnd.random() < 0.85
        developer = f"{rnd.choice(places.DEVELOPER_WORDS)}{xmmc[:2]}房地产开发有限公司"
        developer_code = self.company_code(d.code)
        xm_id = cnt.next_id("xm")
        xmbh = f"XM{d.code}{year}{cnt.next('xmbh'):05d}"
        djq, djzq = int(street_code), rnd.randint(1, 30)
        zd_seq = cnt.next(f"zd{d.code}{djq}{djzq}")
        zddm = f"{d.code}{djq:03d}{djzq:03d}GB{zd_seq:05d}"
        ysxkzh = f"达市房预许字（{year - 1}）第{cnt.next('ysxk'):04d}号"
        zl_project = f"{d.name}{road}{door}号"
        self.jy_business("CHRK", None, None, None, d.code, dt.date(year - 1, rnd.randint(1, 12), 15), xmbh)
        self.sink(
            "jy.lpb.xm", (xm_id, xmbh, xmmc, d.code, zl_project, developer, developer_code, zddm, ysxkzh)
        )
        area9 = d.code + street_code
        n_buildings = rnd.randint(1, 8) if rnd.random() < 0.8 else rnd.randint(9, 20)
        for zh in range(1, n_buildings + 1):
            if self.flats >= self.target:
                break
            self.building(
                d,
                street,
                area9,
                xm_id,
                zddm,
                djq,
                djzq,
                zd_seq,
                zh,
                year,
                completed,
                xmmc,
                aliases,
                road,
                door,
                developer,
                developer_code,
                ysxkzh,
            )

    def jy_business(
        self,
        ywlx: str,
        fwbm: str | None,
        h_id: int | None,
        htbh: str | None,
        qxdm: str,
        day: dt.date,
        xmbh: str | None = None,
    ) -> str:
        rnd, cnt = self.rnd, self.count
        ywh = f"JY{day.year}{cnt.next('jyywh'):09d}"
        ts = _ts(day, rnd)
        self.sink(
            "jy.yw.jyyw",
            (cnt.next_id("jyyw"), ywh, ywlx, fwbm, h_id, htbh, qxdm, "办结", ts, ts, "系统迁移", xmbh),
        )
        return ywh

    def building(
        self,
        d: District,
        street: str,
        area9: str,
        xm_id: int,
        zddm: str,
        djq: int,
        djzq: int,
        zd_seq: int,
        zh: int,
        year: int,
        completed: bool,
        xmmc: str,
        aliases: list[str],
        road: str,
        door: int,
        developer: str,
        developer_code: str,
        ysxkzh: str,
    ) -> None:
        rnd, cnt = self.rnd, self.count
        floors = rnd.choice((6, 7, 11, 18, 18, 26, 32, 33))
        units = rnd.choice((1, 2, 2, 3))
        per_floor = rnd.choice((2, 2, 3, 4))
        skip_floors = floors > 12 and rnd.random() < 0.35  # 名义层 skips 4, 13, 14
        fwjg = "3" if floors > 7 else rnd.choice(("3", "4"))
        jgrq = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28)) if completed else None
        jzwzt = "3" if completed else "2"
        zrz_id = cnt.next_id("zrz")
        ljz_id = cnt.next_id("ljz")
        zrzh = f"{zddm}F{zh:04d}"
        building_seq = cnt.next(f"fwbm{area9}{year}")
        building_fwbm = make_fwbm(area9, year, building_seq, 0)
        tn_base = rnd.uniform(55, 130)
        ftxs = round(rnd.uniform(0.10, 0.26), 4)
        zl_building = f"{d.name}{road}{door}号{xmmc}{zh}栋"
        # floors: nominal labels (名义层) may skip unlucky numbers
        labels: list[int] = []
        label = 0
        while len(labels) < floors:
            label += 1
            if skip_floors and label in _SKIPPED_FLOORS:
                continue
            labels.append(label)
        floor_rows = []
        yc_total = 0.0
        hh = 0
        flats: list[tuple] = []
        for sjc in range(1, floors + 1):
            myc = labels[sjc - 1]
            c_id = cnt.next_id("c")
            floor_area = 0.0
            for dyh in range(1, units + 1):
                for room in range(1, per_floor + 1):
                    if self.flats >= self.target:
                        break
                    hh += 1
                    self.flats += 1
                    tn = round(tn_base * rnd.uniform(0.85, 1.15) if room > 1 else tn_base * 1.2, 2)
                    ft = round(tn * ftxs, 2)
                    jz = round(tn + ft, 2)
                    floor_area += jz
                    flats.append((c_id, sjc, myc, dyh, room, hh, tn, ft, jz))
            floor_rows.append((c_id, zrz_id, ljz_id, str(sjc), sjc, f"{myc}层", round(floor_area, 2), 2.9))
            yc_total += floor_area
        if not flats:
            return
        sc_factor = rnd.uniform(0.985, 1.015) if completed else None
        sc_total = round(yc_total * sc_factor, 2) if sc_factor else None
        self.sink(
            "jy.lpb.zrz",
            (
                zrz_id,
                xm_id,
                zrzh,
                building_fwbm,
                zddm,
                f"{zh}栋",
                zl_building,
                floors,
                floors,
                0,
                "11",
                fwjg,
                jzwzt,
                jgrq,
                round(yc_total, 2),
                sc_total,
                len(flats),
            ),
        )
        self.sink(
            "jy.lpb.ljz",
            (
                ljz_id,
                zrz_id,
                f"{zrzh}01",
                f"{road}{door}号{zh}栋",
                "11",
                fwjg,
                jzwzt,
                floors,
                floors,
                0,
                jgrq,
                round(yc_total, 2),
                sc_total,
            ),
        )
        for row in floor_rows:
            self.sink("jy.lpb.c", row)
        for c_id, sjc, myc, dyh, room, hh_no, tn, ft, jz in flats:
            self.flat(
                d,
                street,
                area9,
                year,
                building_seq,
                zddm,
                djq,
                djzq,
                zd_seq,
                zrzh,
                zh,
                ljz_id,
                c_id,
                sjc,
                myc,
                dyh,
                room,
                hh_no,
                tn,
                ft,
                jz,
                ftxs,
                sc_factor,
                completed,
                xmmc,
                aliases,
                road,
                door,
                developer,
                developer_code,
                ysxkzh,
                floors,
                fwjg,
                jgrq,
            )

    # -- one flat and its history ------------------------------------------------------------------
    def flat(
        self,
        d: District,
        street: str,
        area9: str,
        year: int,
        building_seq: int,
        zddm: str,
        djq: int,
        djzq: int,
        zd_seq: int,
        zrzh: str,
        zh: int,
        ljz_id: int,
        c_id: int,
        sjc: int,
        myc: int,
        dyh: int,
        room: int,
        hh: int,
        tn: float,
        ft: float,
        jz: float,
        ftxs: float,
        sc_factor: float | None,
        completed: bool,
        xmmc: str,
        aliases: list[str],
        road: str,
        door: int,
        developer: str,
        developer_code: str,
        ysxkzh: str,
        floors: int,
        fwjg: str,
        jgrq: dt.date | None,
    ) -> None:
        rnd, cnt, sink = self.rnd, self.count, self.sink
        h_id = cnt.next_id("h")
        fwbm = make_fwbm(area9, year, building_seq, hh)
        bdcdyh = make_bdcdyh(d.code, djq, djzq, "GB", zd_seq, "F", zh, hh)
        fh = f"{myc}{room:02d}"
        zl = f"{d.name}{road}{door}号{xmmc}{zh}栋{dyh}单元{fh}"
        hx = "3" if tn > 85 else ("2" if tn > 60 else "1")
        if sc_factor is not None:
            stn = round(tn * sc_factor, 2)
            sft = round(stn * ftxs, 2)
            sjz = round(stn + sft, 2)
            mjlx, sc = "实测", (sjz, stn, sft, ftxs)
        else:
            mjlx, sc = "预测", (None, None, None, None)
        # Sales: most flats of a project are sold; off-plan projects are partly sold.
        sold = rnd.random() < (0.9 if completed else 0.55)
        restricted_active = self.restriction(d, h_id, fwbm) if rnd.random() < 0.005 else False
        fwzt = "已备案" if sold else "可售"
        sink(
            "jy.lpb.h",
            (
                h_id,
                fwbm,
                ljz_id,
                c_id,
                zl,
                str(dyh),
                str(myc),
                sjc,
                hh,
                None,
                fh,
                hx,
                "1",
                "11",
                "1",
                fwjg,
                "0",
                mjlx,
                jz,
                tn,
                ft,
                ftxs,
                *sc,
                fwzt,
                1 if restricted_active else 0,
            ),
        )
        area_now = sc[0] if sc[0] is not None else jz
        unit_fwbm = self.unit_record(
            d,
            street,
            xmmc,
            aliases,
            road,
            door,
            zh,
            dyh,
            sjc,
            myc,
            room,
            hh,
            fwbm,
            bdcdyh,
            zddm,
            zrzh,
            area_now,
            tn if sc[1] is None else sc[1],
            fwjg,
            floors,
        )
        if not sold:
            return
        # New-house contract, filed.
        sign_day = min(dt.date(year + rnd.randint(-1, 2), rnd.randint(1, 12), rnd.randint(1, 28)), HORIZON)
        file_day = min(sign_day + dt.timedelta(days=rnd.randint(0, 20)), HORIZON)
        price = round(area_now * rnd.uniform(4200, 9800), -2)
        fkfs = rnd.choice(_FKFS_NEW)
        ht_id = cnt.next_id("spfht")
        htbh = f"SPF{sign_day.year}{cnt.next('htbh'):08d}"
        htbah = f"BA{file_day.year}{cnt.next('htbah'):08d}"
        sink(
            "jy.ht.spfht",
            (
                ht_id,
                htbh,
                htbah,
                h_id,
                fwbm,
                ysxkzh,
                zl,
                d.code,
                sign_day,
                file_day,
                _money(price),
                area_now,
                fkfs,
                "已备案",
            ),
        )
        sink(
            "jy.ht.spfht_dsr",
            (
                cnt.next_id("spfht_dsr"),
                ht_id,
                "出卖人",
                1,
                developer,
                "2",
                "8",
                developer_code,
                None,
                "0",
                None,
            ),
        )
        buyers = [self.person(d) for _ in range(1 if rnd.random() < 0.6 else 2)]
        gyfs = "0" if len(buyers) == 1 else "1"
        for i, b in enumerate(buyers, 1):
            sink(
                "jy.ht.spfht_dsr",
                (cnt.next_id("spfht_dsr"), ht_id, "买受人", i, b.name, "1", "1", b.sfzh, b.phone, gyfs, None),
            )
        self.jy_business("SPFBA", fwbm, h_id, htbh, d.code, file_day)
        mortgaged = fkfs != "一次性付款" and rnd.random() < 0.45
        bank = rnd.choice(_BANK_PARTIES)
        loan = round(price * rnd.uniform(0.5, 0.7), -3)
        owners = [b.party for b in buyers]
        developer_party = company(developer, developer_code)
        if not completed:
            # Off-plan: 预告登记 for the buyer, 预抵押 for the bank.
            yg_day = min(file_day + dt.timedelta(days=rnd.randint(3, 40)), HORIZON)
            yg_ywh, _ = self.dj_registration(
                "700",
                None,
                "预售商品房买卖预告登记",
                bdcdyh,
                unit_fwbm,
                zl,
                d.code,
                yg_day,
                owners,
                [developer_party],
                "证明",
                ygdjzl="1",
                htbh=htbh,
                qdjg=price,
                jzmj=area_now,
            )
            if mortgaged:
                self.dj_registration(
                    "700",
                    None,
                    "预售商品房抵押权预告登记",
                    bdcdyh,
                    unit_fwbm,
                    zl,
                    d.code,
                    yg_day,
                    [bank],
                    owners,
                    "证明",
                    ygdjzl="3",
                    htbh=htbh,
                    syywh=yg_ywh,
                    mortgage=loan,
                    jzmj=area_now,
                )
                self.mortgage_filing(d, h_id, fwbm, htbh, buyers, bank, loan, yg_day, "预售商品房抵押")
            return
        # Completed: transfer to the buyer, then possibly a mortgage, a seizure, an objection or a resale.
        if rnd.random() < 0.1:
            return  # not registered yet
        reg_day = max(file_day, jgrq or file_day) + dt.timedelta(days=rnd.randint(30, 400))
        reg_day = min(reg_day, HORIZON)
        roll = rnd.random()
        resold_on = reg_day + dt.timedelta(days=rnd.randint(400, 2500))
        resells = 0.013 <= roll < 0.13 and not mortgaged and resold_on < HORIZON
        own_ywh, bdcqzh = self.dj_registration(
            "200",
            "4",
            "房屋所有权转移登记",
            bdcdyh,
            unit_fwbm,
            zl,
            d.code,
            reg_day,
            owners,
            [developer_party],
            "证书",
            htbh=htbh,
            qdjg=price,
            jzmj=area_now,
            qszt="2" if resells else "1",
        )
        if mortgaged:
            day = min(reg_day + dt.timedelta(days=rnd.randint(0, 30)), HORIZON)
            self.dj_registration(
                "100",
                "37",
                "抵押权首次登记",
                bdcdyh,
                unit_fwbm,
                zl,
                d.code,
                day,
                [bank],
                owners,
                "证明",
                syywh=own_ywh,
                mortgage=loan,
                jzmj=area_now,
            )
            self.mortgage_filing(d, h_id, fwbm, htbh, buyers, bank, loan, day, "现房抵押")
        if roll < 0.01:
            court = rnd.choice(places.COURTS)
            day = min(reg_day + dt.timedelta(days=rnd.randint(100, 1500)), HORIZON)
            self.dj_registration(
                "800",
                None,
                "查封登记",
                bdcdyh,
                unit_fwbm,
                zl,
                d.code,
                day,
                [],
                owners,
                None,
                syywh=own_ywh,
                cfjg=court,
                cflx=rnd.choice(("1", "1", "1", "2")),
                cfwh=f"（{day.year}）川17{rnd.randint(1, 99):02d}执{rnd.randint(1, 9999)}号",
            )
        elif roll < 0.013:
            day = min(reg_day + dt.timedelta(days=rnd.randint(10, 900)), HORIZON)
            self.dj_registration(
                "600",
                None,
                "异议登记",
                bdcdyh,
                unit_fwbm,
                zl,
                d.code,
                day,
                [self.person(d).party],
                owners,
                "证明",
                syywh=own_ywh,
                yysx="申请人认为该房屋登记的权利人有误，主张共有份额",
            )
        elif resells:
            self.resale(
                d, h_id, fwbm, bdcdyh, unit_fwbm, zl, area_now, price, buyers, own_ywh, bdcqzh, resold_on
            )

    def restriction(self, d: District, h_id: int, fwbm: str) -> bool:
        """A 行政限制 on the flat (a third of them lifted since). Returns True when it is still in force."""
        rnd, cnt = self.rnd, self.count
        day = dt.date(rnd.randint(2015, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
        lifted = rnd.random() < 0.3
        szywh = self.jy_business("XZXZ", fwbm, h_id, None, d.code, day)
        jcywh = (
            self.jy_business("XZJC", fwbm, h_id, None, d.code, day + dt.timedelta(days=60))
            if lifted
            else None
        )
        self.sink(
            "jy.ht.xzxz",
            (
                cnt.next_id("xzxz"),
                f"XZ{day.year}{cnt.next('xzbh'):07d}",
                h_id,
                fwbm,
                szywh,
                jcywh,
                rnd.choice(("限售", "冻结", "合同限制", "预查封")),
                f"达市房发〔{day.year}〕{rnd.randint(1, 300)}号",
                "达州市房地产事务中心",
                "依有关部门函件限制交易",
                day,
                day + dt.timedelta(days=365 * 2),
                "已解除" if lifted else "有效",
                f"达市房解〔{day.year}〕{rnd.randint(1, 300)}号" if lifted else None,
                "限制期满解除" if lifted else None,
                _ts(day + dt.timedelta(days=60), rnd) if lifted else None,
            ),
        )
        return not lifted

    def mortgage_filing(
        self,
        d: District,
        h_id: int,
        fwbm: str,
        htbh: str,
        buyers: list[Person],
        bank: Party,
        loan: float,
        day: dt.date,
        dylx: str,
    ) -> None:
        rnd, cnt = self.rnd, self.count
        dyba_id = cnt.next_id("dyba")
        ywh = self.jy_business("DYBA", fwbm, h_id, htbh, d.code, day)
        self.sink(
            "jy.ht.dyba",
            (
                dyba_id,
                f"DYBA{day.year}{cnt.next('dybah'):08d}",
                ywh,
                htbh,
                dylx,
                "1",
                "、".join(b.name for b in buyers),
                "1",
                buyers[0].sfzh,
                bank[0],
                bank[1],
                bank[2],
                _money(loan),
                _money(loan),
                day,
                day + dt.timedelta(days=365 * rnd.choice((10, 20, 30))),
                "房屋及其分摊土地",
                "已备案",
                _ts(day, rnd),
            ),
        )
        self.sink("jy.ht.dyba_h", (cnt.next_id("dyba_h"), dyba_id, h_id, fwbm, None))

    # -- registration side --------------------------------------------------------------------------
    def unit_record(
        self,
        d: District,
        street: str,
        xmmc: str,
        aliases: list[str],
        road: str,
        door: int,
        zh: int,
        dyh: int,
        sjc: int,
        myc: int,
        room: int,
        hh: int,
        fwbm: str,
        bdcdyh: str,
        zddm: str,
        zrzh: str,
        jzmj: float,
        tnjzmj: float,
        fwjg: str,
        floors: int,
    ) -> str | None:
        """The registration side's 不动产单元 of this flat, with legacy noise. Returns the fwbm it holds."""
        rnd, cnt = self.rnd, self.count
        fh = f"{myc}{room:02d}"
        estate = rnd.choice(aliases) if rnd.random() < 0.25 else xmmc
        style = rnd.random()
        if style < 0.35:
            zl = f"{d.name}{road}{door}号{estate}{zh}栋{dyh}单元{fh}"
        elif style < 0.55:
            zl = f"{places.CITY_NAME}{d.name}{estate}{zh}幢{dyh}单元{myc}楼{fh}号"
        elif style < 0.70:
            zl = (
                f"{places.PROVINCE}{places.CITY_NAME}{d.name}{street}{road}{door}号{estate}{chinese_number(zh)}栋"
                f"{chinese_number(dyh)}单元{fh}室"
            )
        elif style < 0.80:
            zl = f"{d.name}{estate}{zh}-{dyh}-{fh}"
        elif style < 0.88:
            zl = f"{d.name}{road}{door}号{estate}{zh}#{dyh}单元{fh}".translate(FULL_WIDTH_DIGITS)
        elif style < 0.94:  # 实际层 instead of 名义层 in the room number
            zl = f"{d.name}{estate}{zh}栋{dyh}单元{sjc}{room:02d}"
        else:  # no unit number
            zl = f"{d.name}{road}{door}号{estate}{zh}栋{fh}"
        shown_fh = fh
        if rnd.random() < 0.01:  # typo in the room number
            digits = list(fh)
            if len(digits) >= 2:
                digits[-1], digits[-2] = digits[-2], digits[-1]
            shown_fh = "".join(digits)
            zl = zl.replace(fh, shown_fh)
        code_roll = rnd.random()
        if code_roll < 0.72:
            held = fwbm
        elif code_roll < 0.87:
            held = None
        elif code_roll < 0.95:  # stale: the code of a neighbouring flat (split, merge, renumbering)
            held = make_fwbm(fwbm[:9], int(fwbm[9:13]), int(fwbm[13:17]), max(1, hh + rnd.choice((-1, 1, 2))))
        else:  # a legacy code in an old local format
            held = f"FW{fwbm[:6]}{zh:03d}{hh:05d}"
        area_noise = jzmj * (rnd.uniform(0.99, 1.01) if rnd.random() < 0.08 else 1.0)
        structured = rnd.random() >= 0.10  # 10% carry only the address text
        ywh = f"DJDY{cnt.next('djdyywh'):010d}"
        self.sink(
            "dj.share_dj.gxzb",
            (
                ywh,
                "LPB",
                None,
                None,
                "楼盘表",
                "已归档",
                held,
                bdcdyh,
                None,
                None,
                None,
                d.code,
                1,
                None,
                "2026-01-01 00:00:00+08",
            ),
        )
        self.sink(
            "dj.share_dj.bdcdy",
            (
                bdcdyh,
                ywh,
                held,
                zddm,
                zrzh,
                zl,
                str(zh) if structured else None,
                str(dyh) if structured and style < 0.94 else None,
                str(myc) if structured else None,
                sjc if structured else None,
                shown_fh if structured else None,
                None,
                _money(area_noise),
                _money(tnjzmj),
                _money(area_noise - tnjzmj),
                "11",
                fwjg,
                "0",
                "1",
                floors,
                d.code,
            ),
        )
        return held

    def dj_registration(
        self,
        djlx: str,
        qllx: str | None,
        djxl: str,
        bdcdyh: str,
        fwbm: str | None,
        zl: str,
        qxdm: str,
        day: dt.date,
        rights: list[Party],
        duties: list[Party],
        certificate: str | None,
        *,
        syywh: str | None = None,
        htbh: str | None = None,
        qdjg: float | None = None,
        jzmj: float | None = None,
        ygdjzl: str | None = None,
        mortgage: float | None = None,
        cfjg: str | None = None,
        cflx: str | None = None,
        cfwh: str | None = None,
        yysx: str | None = None,
        qszt: str = "1",
    ) -> tuple[str, str | None]:
        """One 登簿 result as the registration system publishes it: 共享主表, 登簿结果, parties, certificate.

        Returns the registration business number and the certificate number (if any).
        """
        rnd, cnt, sink = self.rnd, self.count, self.sink
        ywh = f"{day.year}{djlx[0]}{cnt.next('djywh'):010d}"
        ts = _ts(day, rnd)
        cert = None
        if certificate == "证书":
            cert = f"川（{day.year}）达州市不动产权第{cnt.next('bdcqzh'):07d}号"
        elif certificate == "证明":
            cert = f"川（{day.year}）达州市不动产证明第{cnt.next('bdczmh'):07d}号"
        details = 1 + len(rights) + len(duties) + (1 if cert else 0)
        sink(
            "dj.share_dj.gxzb",
            (ywh, "DB", djlx, qllx, djxl, "登簿", fwbm, bdcdyh, htbh, None, cert, qxdm, details, ts, ts),
        )
        is_mortgage = mortgage is not None
        is_ownership = djlx in ("200", "700") and not is_mortgage
        end = day + dt.timedelta(days=365 * 20)
        sink(
            "dj.share_dj.dbjg",
            (
                ywh,
                None,
                djlx,
                qllx,
                djxl,
                bdcdyh,
                fwbm,
                zl,
                cert,
                djxl,
                syywh,
                ts,
                "登簿员",
                "达州市不动产登记中心",
                qszt,
                qxdm,
                _money(jzmj) if jzmj is not None else None,
                _money(qdjg) if qdjg is not None else None,
                "11" if is_ownership else None,
                "0" if is_ownership else None,
                "2" if is_mortgage else None,
                "1" if is_mortgage else None,
                "、".join(p[0] for p in duties) if is_mortgage else None,
                rights[0][0] if is_mortgage else None,
                _money(mortgage) if is_mortgage else None,
                None,
                day if is_mortgage else None,
                end if is_mortgage else None,
                ygdjzl,
                htbh,
                _money(qdjg) if qdjg is not None and djlx == "700" else None,
                cfjg,
                cflx,
                "协助执行通知书" if cfjg else None,
                cfwh,
                day if cfjg else None,
                day + dt.timedelta(days=365 * 3) if cfjg else None,
                "房屋及其分摊土地" if cfjg else None,
                yysx,
            ),
        )
        for role, parties in (("权利人", rights), ("义务人", duties)):
            gyfs = "0" if len(parties) <= 1 else "1"
            for i, (name, zjzl, zjhm, qlrlx) in enumerate(parties, 1):
                sink(
                    "dj.share_dj.qlr",
                    (ywh, role, i, name, zjzl, zjhm, qlrlx, gyfs, None, cert if role == "权利人" else None),
                )
        if cert:
            sink(
                "dj.share_dj.zs",
                (
                    cert,
                    ywh,
                    ywh,
                    "不动产权证书" if certificate == "证书" else "不动产登记证明",
                    bdcdyh,
                    "、".join(p[0] for p in rights),
                    zl,
                    f"51{cnt.next('qzysxlh'):010d}",
                    ts,
                    "有效",
                    qxdm,
                ),
            )
        return ywh, cert

    def resale(
        self,
        d: District,
        h_id: int,
        fwbm: str,
        bdcdyh: str,
        unit_fwbm: str | None,
        zl: str,
        area: float,
        price: float,
        sellers: list[Person],
        own_ywh: str,
        bdcqzh: str | None,
        day: dt.date,
    ) -> None:
        """A stock-house sale (存量房合同, filed) and its 转移登记, chained to the previous ownership."""
        rnd, cnt, sink = self.rnd, self.count, self.sink
        new_price = round(price * rnd.uniform(0.85, 1.3), -2)
        ht_id = cnt.next_id("clfht")
        htbh = f"CLF{day.year}{cnt.next('clfhtbh'):08d}"
        htbah = f"CLBA{day.year}{cnt.next('clfhtbah'):08d}"
        file_day = min(day + dt.timedelta(days=rnd.randint(0, 10)), HORIZON)
        sink(
            "jy.ht.clfht",
            (
                ht_id,
                htbh,
                htbah,
                h_id,
                fwbm,
                bdcdyh,
                bdcqzh,
                zl,
                d.code,
                day,
                file_day,
                _money(new_price),
                area,
                rnd.choice(("一次性付款", "按揭贷款", "组合贷款")),
                None,
                rnd.random() < 0.6,
                "已备案",
            ),
        )
        gyfs = "0" if len(sellers) == 1 else "1"
        for i, s in enumerate(sellers, 1):
            sink(
                "jy.ht.clfht_dsr",
                (cnt.next_id("clfht_dsr"), ht_id, "出卖人", i, s.name, "1", "1", s.sfzh, s.phone, gyfs, None),
            )
        buyer = self.person(d)
        sink(
            "jy.ht.clfht_dsr",
            (
                cnt.next_id("clfht_dsr"),
                ht_id,
                "买受人",
                1,
                buyer.name,
                "1",
                "1",
                buyer.sfzh,
                buyer.phone,
                "0",
                None,
            ),
        )
        self.jy_business("CLFBA", fwbm, h_id, htbh, d.code, file_day)
        reg = min(file_day + dt.timedelta(days=rnd.randint(5, 60)), HORIZON)
        self.dj_registration(
            "200",
            "4",
            "房屋所有权转移登记",
            bdcdyh,
            unit_fwbm,
            zl,
            d.code,
            reg,
            [buyer.party],
            [s.party for s in sellers],
            "证书",
            syywh=own_ywh,
            htbh=htbh,
            qdjg=new_price,
            jzmj=area,
        )
