"""Noisy linking data with known truth: 交易楼盘表 flats (``jy``) and 不动产单元 (``dj``) of the same city.

``generate(flats, seed, out_dir)`` writes four CSV files (UTF-8, header row), deterministic for a seed:

* ``jy.csv`` — ``fwbm,xmmc,zl,zh,dy,szc,fh,jzmj,tnmj,qlrmc,zjhm``: the housing side, clean-ish, with its
  own conventions: ``zl`` is ``{区}{路}{门牌}号{项目}{幢}栋{单元}单元{房号}``, ``szc`` and ``fh`` use the
  名义层, areas are the 预测 ones, the owner is the first buyer (empty for unsold flats);
* ``dj.csv`` — ``bdcdyh,fwbm,xmmc,zl,zh,dy,szc,hh,jzmj,tnmj,qlrmc,zjhm,bdcqzh``: the registration side of
  the same flats, with the noise of real legacy data (table below);
* ``truth.csv`` — ``fwbm,bdcdyh``: the true pairs;
* ``undecidable.csv`` — ``fwbm,bdcdyh``: the true pairs (a subset of ``truth.csv``) that no matcher can
  decide from the data: a good matcher leaves them to a person.

``evaluate(links, candidates, truth_csv)`` scores a matcher's output against ``truth.csv``.

The city: projects (项目/楼盘) in the seven districts of 达州市 (real district, street and road names from
``jydj.seed.places``), 1–20 buildings each, 1–4 units per building, 6–33 floors, 2–4 flats per floor,
room numbers ``{floor}{nn:02d}``. 30 % of buildings over 12 floors skip the nominal floors 4, 13 and 14,
12 % of the other buildings of 11+ floors stand on a 1–2 floor podium (架空层/商业) that the nominal floors
do not count: in both cases 名义层 ≠ 实际层. House codes come from ``make_fwbm`` (户顺序码 floor by floor),
unit numbers from ``make_bdcdyh`` (户号 unit by unit: the two sequences are independent), owner IDs from
``make_sfzh`` (valid check chars; 5 % of buyers own several flats). Names draw surnames with Zipf-like
weights (王 ~7 %, 李 ~5 %, 张 ~4 % …) and 1–2 given chars, so they repeat as real names do (about 60 %
of the owners' names are distinct). Flats of a building differ in area (floor plan variants, ±15 %), so
an area narrows a flat down but does not decide it. Rows come project by project in the same order on
both sides; a matcher must not use the order.

Pairing (rates of flats):

===============================  =======  ===============================================================
kind                              rate     what
===============================  =======  ===============================================================
both sides                        ~96 %    a true pair in ``truth.csv``
jy only                           ~2 %     whole buildings not yet registered (0.8 % of buildings) and
                                           single flats (1.3 %)
dj only                           ~2 %     whole buildings from before the platform (0.8 %) and single
                                           units (1.3 %)
undecidable                       ~0.3 %   pairs of flats whose dj records carry the same information:
                                           mirror flats of neighbouring units (same floor and room,
                                           the same area) recorded without unit; or the same building,
                                           unit and room of two projects at the same road and door,
                                           recorded without the project. Only the address text, no
                                           house code, a new owner on both; their unit numbers are
                                           swapped half of the time, so neither the 户号 order nor a
                                           parcel's other units can decide them either
===============================  =======  ===============================================================

Noise of the registration side (rates of dj records unless said otherwise; the constants below hold them
and ``LinkSet.noise`` counts what was applied):

===============================  =======  ===============================================================
noise                             rate     what
===============================  =======  ===============================================================
room typo                         1 %      two adjacent digits swapped, or one digit wrong (``hh``, text)
实际层 for 名义层                 ~10 %    40 % of the buildings whose floors differ record the 实际层 in
                                           ``szc`` and the room number (``1503`` for 名义 ``1203``)
no unit                           5 %      ``dy`` empty and no 单元 in the text
address only                      10 %     ``zh``, ``dy``, ``szc``, ``hh``, ``xmmc`` empty
``xmmc`` empty                    40 %     of the others: the project only in the text (or not at all)
project not in text               5 %      ``zl`` names the road and door only
estate alias / old name           20 %     the name without its suffix, with 小区 added, or (for the
                                           10 % of projects renamed) the old name
phase written differently         30 %     of phased projects: 1期 / I期 / （一期） / (一期) for 一期
province / city prefix            12 % / 25 %  ``四川省达州市…`` / ``达州市…``
no district                       15 %
street (街道/镇) in text          8 %
building word                     栋 50 %, 幢 25 %, # 10 %, 号楼 10 %, 座 5 %
dash form                         10 %     ``3-2-1203`` (``3-1203`` without unit)
Chinese numerals                  7 %      ``三栋二单元``
floor word                        15 %     ``12层1203`` / ``12楼1203``
room suffix                       室 25 %, 号 15 %, none 60 %
full-width digits                 8 %      the whole ``zl``
structured ``zh`` with a word     25 %     ``3栋`` / ``3幢`` / ``3号楼`` for ``3``; ``dy`` ``2单元`` 10 %
re-surveyed area                  ~30 %    of buildings: 实测 ``jzmj`` off the 预测 by 0.5–3 %, ``tnmj``
                                           alike (±0.3 %)
``tnmj`` empty                    3 %
``fwbm`` held                     47 % right, 40 % empty, 8 % a neighbouring flat's code (split, merge,
                                  renumbering: nearly always another flat's real code), 5 % an old local
                                  format ``FW`` + 9-digit area + 6 digits
owner changed                     15 %     of sold flats: resold, the dj owner is another person
owner ID empty                    10 %     of persons
15-digit legacy ID                3 %      of persons born before 2000
unsold flats                      4 %      jy owner empty; dj owner the developer (60 %) or empty
certificate ``bdcqzh``            90 % of persons: ``川（2019）达州市不动产权第0012345号`` (30 % with
                                  ASCII parentheses)
shared road and door              ~3 %     of projects come in pairs at the same road and door (often
                                           the next phase of the same name); half of them number
                                           their buildings from 1 again, and half of those buildings
                                           repeat the layout and areas of the other project's building
===============================  =======  ===============================================================

Run ``python -m jydj.linkgen FLATS SEED DIR`` to write the files and print the counts.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jydj.codes import make_bdcdyh, make_fwbm, make_sfzh, make_uscc
from jydj.linking import DJ_COLUMNS, JY_COLUMNS
from jydj.seed import places
from jydj.seed.places import CITY_NAME, DISTRICTS, FULL_WIDTH_DIGITS, PROVINCE, District, chinese_number

__all__ = [
    "DJ_COLUMNS",
    "JY_COLUMNS",
    "TRUTH_COLUMNS",
    "LinkSet",
    "evaluate",
    "generate",
    "read_truth",
]

TRUTH_COLUMNS: tuple[str, ...] = ("fwbm", "bdcdyh")

# --- rates (see the module docstring) ---------------------------------------------------------------
SHARED_DOOR_PAIR_RATE = 0.015  # a new project comes with a second one at the same road and door
SHARED_DOOR_OVERLAP = 0.5  # … which numbers its buildings from 1 again
TWIN_BUILDING_RATE = 0.5  # … and repeats the other project's building layout and areas
SAME_STEM_RATE = 0.5  # the second project at a door is the next phase of the first
RENAMED_ESTATE_RATE = 0.10
SKIP_FLOORS_RATE = 0.30  # buildings over 12 floors
PODIUM_RATE = 0.12  # other buildings of 11+ floors
DJ_ACTUAL_FLOOR_RATE = 0.4  # buildings whose floors differ: dj records the 实际层
RESURVEY_RATE = 0.30  # buildings
JY_ONLY_BUILDING_RATE = 0.008
DJ_ONLY_BUILDING_RATE = 0.008
JY_ONLY_FLAT_RATE = 0.013
DJ_ONLY_FLAT_RATE = 0.013
MIRROR_TWIN_RATE = 0.0026  # per flat of a unit that has a next unit: an undecidable mirror pair
SHARED_TWIN_RATE = 0.05  # per flat of a twin building: an undecidable pair across the two projects
UNSOLD_RATE = 0.04
INVESTOR_RATE = 0.05  # a buyer who already owns a flat
ROOM_TYPO_RATE = 0.01
MISSING_UNIT_RATE = 0.05
ADDRESS_ONLY_RATE = 0.10
XMMC_EMPTY_RATE = 0.40
NO_ESTATE_IN_TEXT_RATE = 0.05
ALIAS_RATE = 0.20
OLD_NAME_SHARE = 0.5  # of aliases of renamed projects
PHASE_VARIANT_RATE = 0.30
PROVINCE_RATE = 0.12
CITY_RATE = 0.25 / (1 - PROVINCE_RATE)  # of records without the province prefix
NO_DISTRICT_RATE = 0.15
STREET_RATE = 0.08
NO_ROAD_RATE = 0.20  # when the project is in the text
DASH_RATE = 0.10
CHINESE_NUMERAL_RATE = 0.07
FLOOR_WORD_RATE = 0.15
FULL_WIDTH_RATE = 0.08
ZH_WORD_RATE = 0.25
DY_WORD_RATE = 0.10
TNMJ_EMPTY_RATE = 0.03
FWBM_RIGHT, FWBM_EMPTY, FWBM_NEIGHBOUR = 0.47, 0.40, 0.08  # the rest (5 %): an old local format
OWNER_CHANGED_RATE = 0.15
OWNER_ID_MISSING_RATE = 0.10
LEGACY_ID_RATE = 0.03
DEVELOPER_OWNER_RATE = 0.60
CERTIFICATE_RATE = 0.90
ASCII_PARENS_RATE = 0.30

_BUILDING_WORDS = ("栋", "幢", "#", "号楼", "座")
_BUILDING_WORD_CUM = (0.50, 0.75, 0.85, 0.95, 1.0)
_ROOM_SUFFIX_CUM = ((0.25, "室"), (0.40, "号"), (1.0, ""))
_SKIPPED_FLOORS = (4, 13, 14)
_FLOOR_CHOICES = (6, 6, 7, 7, 8, 9, 11, 11, 12, 16, 18, 18, 24, 26, 28, 32, 33)
_OTHER_ID_AREAS = ("510104", "510107", "511302", "511303", "511902", "500101", "500233", "510722")
_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_SURNAME_CUM = tuple(itertools.accumulate(1 / (i + 1) ** 0.6 for i in range(len(places.SURNAMES))))


@dataclass(frozen=True)
class LinkSet:
    """The files ``generate`` wrote and what they hold."""

    jy_csv: Path
    dj_csv: Path
    truth_csv: Path
    undecidable_csv: Path
    #: flats of the city (each on both sides, or only one)
    flats: int
    jy_rows: int
    dj_rows: int
    true_pairs: int
    undecidable_pairs: int
    #: how often each kind of noise was applied (names as in the module docstring)
    noise: dict[str, int] = field(default_factory=dict)


@dataclass
class _Person:
    name: str
    sfzh: str
    born: int


class _Flat:
    """One flat of a building (planned before any row is written)."""

    __slots__ = (
        "ambiguous",
        "bdcdyh",
        "dyh",
        "fi",
        "fwbm",
        "hh",
        "jz",
        "myc",
        "room",
        "seq",
        "side",
        "sjc",
        "tn",
    )

    def __init__(
        self, dyh: int, fi: int, sjc: int, myc: int, room: int, seq: int, hh: int, tn: float
    ) -> None:
        self.dyh, self.fi, self.sjc, self.myc, self.room = dyh, fi, sjc, myc, room
        self.seq, self.hh, self.tn = seq, hh, tn
        self.jz = 0.0
        self.fwbm = self.bdcdyh = ""
        self.side = "both"  # "both", "jy" or "dj"
        self.ambiguous = ""  # "", "mirror" or "shared"


@dataclass
class _Building:
    zh: int
    units: int
    per_floor: int
    #: (实际层, 名义层) of the residential floors, bottom up
    floors: list[tuple[int, int]]
    ftxs: float
    dj_actual: bool
    resurvey: float  # 0 or the 实测/预测 - 1 factor
    seq: int = 0  # 幢顺序码 of the house codes
    side: str = "both"
    flats: list[_Flat] = field(default_factory=list)


@dataclass
class _Estate:
    district: District
    street: str
    area9: str
    road: str
    door: int
    stem: str
    suffix: str
    phase: int  # 0: none
    name: str
    aliases: list[str]
    old_name: str | None
    year: int
    developer: str
    developer_code: str
    djq: int
    djzq: int
    zd_seq: int
    buildings: list[_Building] = field(default_factory=list)


def _phase_text(n: int) -> str:
    return f"{chinese_number(n)}期" if n else ""


class _City:
    """The generator's state: one ``random.Random`` and the running numbers."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.building_seq: dict[str, int] = {}
        self.parcel_seq: dict[tuple[str, int, int], int] = {}
        self.stem_uses: dict[tuple[str, str], int] = {}
        self.certificates: dict[int, int] = {}
        self.buyers: dict[str, list[_Person]] = {d.code: [] for d in DISTRICTS}
        self.noise: dict[str, int] = {}
        self.weights = [d.weight for d in DISTRICTS]

    def count(self, kind: str, n: int = 1) -> None:
        self.noise[kind] = self.noise.get(kind, 0) + n

    # -- people --------------------------------------------------------------------------------------
    def person(self, d: District) -> _Person:
        rnd = self.rnd
        r = rnd.random  # plain random() arithmetic: this runs for every owner
        surname = rnd.choices(places.SURNAMES, cum_weights=_SURNAME_CUM)[0]
        chars, n = places.GIVEN_CHARS, len(places.GIVEN_CHARS)
        given = chars[int(r() * n)] if r() < 0.25 else chars[int(r() * n)] + chars[int(r() * n)]
        area = d.code if r() < 0.75 else _OTHER_ID_AREAS[int(r() * len(_OTHER_ID_AREAS))]
        born = 1950 + int(r() * 53)
        sfzh = make_sfzh(area, dt.date(born, 1 + int(r() * 12), 1 + int(r() * 28)), 1 + int(r() * 999))
        return _Person(surname + given, sfzh, born)

    def buyer(self, d: District) -> _Person:
        pool = self.buyers[d.code]
        if pool and self.rnd.random() < INVESTOR_RATE:
            return self.rnd.choice(pool)
        p = self.person(d)
        if len(pool) < 500:
            pool.append(p)
        else:
            pool[self.rnd.randrange(500)] = p
        return p

    # -- planning ------------------------------------------------------------------------------------
    def name_estate(self, d: District, stem: str | None = None, suffix: str | None = None) -> tuple:
        """(stem, suffix, phase, official name, aliases, old name) of a new project."""
        rnd = self.rnd
        stem = stem or rnd.choice(places.ESTATE_STEMS)
        suffix = rnd.choice(places.ESTATE_SUFFIXES) if suffix is None else suffix
        n = self.stem_uses.get((d.code, stem + suffix), 0) + 1
        self.stem_uses[(d.code, stem + suffix)] = n
        phase = n if n > 1 or rnd.random() < 0.25 else 0
        pt = _phase_text(phase)
        name = f"{stem}{suffix}{pt}"
        aliases = []
        if suffix:
            aliases.append(f"{stem}{pt}")
        if suffix != "小区":
            aliases.append(f"{stem}{suffix}{pt}小区")
        old = None
        if rnd.random() < RENAMED_ESTATE_RATE:
            old = f"{rnd.choice(places.ESTATE_STEMS)}{rnd.choice(places.ESTATE_SUFFIXES)}{pt}"
            if old == name:
                old = None
        return stem, suffix, phase, name, aliases, old

    def plan_estate(self, d: District, remaining: int, partner: _Estate | None = None) -> _Estate:
        rnd = self.rnd
        if partner is None:
            street, street_code = rnd.choice(d.streets)
            road, door = rnd.choice(d.roads), rnd.randint(1, 999)
            stem, suffix, phase, name, aliases, old = self.name_estate(d)
        else:
            street, road, door = partner.street, partner.road, partner.door
            street_code = partner.area9[6:]
            if rnd.random() < SAME_STEM_RATE:  # the next phase: the stem's counter is already past it
                stem, suffix, phase, name, aliases, old = self.name_estate(d, partner.stem, partner.suffix)
            else:
                stem, suffix, phase, name, aliases, old = self.name_estate(d)
        year = rnd.randint(2003, 2026)
        developer = f"{rnd.choice(places.DEVELOPER_WORDS)}{stem[:2]}房地产开发有限公司"
        body9 = "MA" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
        djq, djzq = int(street_code), rnd.randint(1, 30)
        key = (d.code, djq, djzq)
        zd_seq = self.parcel_seq.get(key, 0) + 1
        self.parcel_seq[key] = zd_seq
        est = _Estate(
            d,
            street,
            d.code + street_code,
            road,
            door,
            stem,
            suffix,
            phase,
            name,
            aliases,
            old,
            year,
            developer,
            make_uscc("9", "1", d.code, body9),
            djq,
            djzq,
            zd_seq,
        )
        n_buildings = rnd.randint(1, 6) if rnd.random() < 0.7 else rnd.randint(7, 20)
        first = 1
        twins_of: dict[int, _Building] = {}
        if partner is not None:
            if rnd.random() < SHARED_DOOR_OVERLAP:
                twins_of = {b.zh: b for b in partner.buildings}
            else:
                first = max((b.zh for b in partner.buildings), default=0) + 1
        for zh in range(first, first + n_buildings):
            if remaining <= 0:
                break
            twin = twins_of.get(zh)
            if twin is not None and rnd.random() < TWIN_BUILDING_RATE:
                b = self.copy_building(twin, remaining)
            else:
                b = self.plan_building(zh, remaining)
            b.seq = self.next_building_seq(est)
            for f in b.flats:
                f.fwbm = make_fwbm(est.area9, year, b.seq, f.seq)
                f.bdcdyh = make_bdcdyh(d.code, djq, djzq, "GB", zd_seq, "F", zh, f.hh)
            remaining -= len(b.flats)
            est.buildings.append(b)
        return est

    def next_building_seq(self, est: _Estate) -> int:
        key = f"{est.area9}{est.year}"
        n = self.building_seq.get(key, 0) + 1
        self.building_seq[key] = n
        return n

    def plan_building(self, zh: int, remaining: int) -> _Building:
        rnd = self.rnd
        n_floors = rnd.choice(_FLOOR_CHOICES)
        units = rnd.choice((1, 2, 2, 2, 3, 4))
        per_floor = rnd.choice((2, 2, 3, 4))
        if n_floors > 12 and rnd.random() < SKIP_FLOORS_RATE:
            labels = [x for x in range(1, n_floors + 10) if x not in _SKIPPED_FLOORS][:n_floors]
            floors = list(zip(range(1, n_floors + 1), labels, strict=True))
        elif n_floors >= 11 and rnd.random() < PODIUM_RATE:
            podium = rnd.choice((1, 1, 2))
            floors = [(s, s - podium) for s in range(podium + 1, n_floors + 1)]
        else:
            floors = [(s, s) for s in range(1, n_floors + 1)]
        differs = any(s != m for s, m in floors)
        dj_actual = differs and rnd.random() < DJ_ACTUAL_FLOOR_RATE
        resurvey = 0.0
        if rnd.random() < RESURVEY_RATE:
            resurvey = rnd.uniform(0.006, 0.029) * (1 if rnd.random() < 0.6 else -1)
        b = _Building(zh, units, per_floor, floors, round(rnd.uniform(0.10, 0.26), 4), dj_actual, resurvey)
        tn_base = rnd.uniform(55, 130)
        r = rnd.random
        n_per_floor = units * per_floor
        flats = b.flats
        for fi, (sjc, myc) in enumerate(floors):
            for dyh in range(1, units + 1):
                for room in range(1, per_floor + 1):
                    if len(flats) >= remaining:
                        break
                    tn = round(tn_base * (0.85 + 0.3 * r()), 2)  # floor plan variants: areas differ
                    seq = fi * n_per_floor + (dyh - 1) * per_floor + room
                    hh = (dyh - 1) * len(floors) * per_floor + fi * per_floor + room
                    flats.append(_Flat(dyh, fi, sjc, myc, room, seq, hh, tn))
        self.finish_areas(b)
        return b

    def copy_building(self, twin: _Building, remaining: int) -> _Building:
        """The same layout and areas as ``twin`` (the other project at the same door)."""
        b = _Building(
            twin.zh, twin.units, twin.per_floor, twin.floors, twin.ftxs, twin.dj_actual, twin.resurvey
        )
        for f in twin.flats[:remaining]:
            b.flats.append(_Flat(f.dyh, f.fi, f.sjc, f.myc, f.room, f.seq, f.hh, f.tn))
        self.finish_areas(b)
        return b

    def finish_areas(self, b: _Building) -> None:
        for f in b.flats:
            f.jz = round(f.tn * (1 + b.ftxs), 2)

    def choose_sides(self, est: _Estate) -> None:
        """Which flats exist on one side only, and which pairs are undecidable (mirror twins)."""
        rnd = self.rnd
        for b in est.buildings:
            if b.units > 1:
                by_pos = {(f.fi, f.dyh, f.room): f for f in b.flats}
                for f in b.flats:
                    if f.dyh < b.units and not f.ambiguous and rnd.random() < MIRROR_TWIN_RATE:
                        other = by_pos.get((f.fi, f.dyh + 1, f.room))
                        if other is not None and not other.ambiguous:
                            other.tn, other.jz = f.tn, f.jz
                            f.ambiguous = other.ambiguous = "mirror"
                            self.maybe_swap_units(f, other)
            roll = rnd.random()
            has_twins = any(f.ambiguous for f in b.flats)
            if not has_twins and roll < JY_ONLY_BUILDING_RATE:
                b.side = "jy"
            elif not has_twins and roll < JY_ONLY_BUILDING_RATE + DJ_ONLY_BUILDING_RATE:
                b.side = "dj"
            for f in b.flats:
                if b.side != "both":
                    f.side = b.side
                elif not f.ambiguous:
                    r = rnd.random()
                    if r < JY_ONLY_FLAT_RATE:
                        f.side = "jy"
                    elif r < JY_ONLY_FLAT_RATE + DJ_ONLY_FLAT_RATE:
                        f.side = "dj"

    def mark_shared_twins(self, a: _Estate, b: _Estate) -> None:
        """Undecidable pairs across two projects at the same door with twin buildings."""
        rnd = self.rnd
        a_buildings = {x.zh: x for x in a.buildings}
        for bb in b.buildings:
            ab = a_buildings.get(bb.zh)
            if ab is None or ab.side != "both" or bb.side != "both" or ab.floors is not bb.floors:
                continue
            for fa, fb in zip(ab.flats, bb.flats, strict=False):
                free = fa.side == fb.side == "both" and not fa.ambiguous and not fb.ambiguous
                if free and rnd.random() < SHARED_TWIN_RATE:
                    fa.ambiguous = fb.ambiguous = "shared"
                    self.maybe_swap_units(fa, fb)

    def maybe_swap_units(self, a: _Flat, b: _Flat) -> None:
        """Swap the unit numbers of an undecidable pair half of the time, so that neither the 户号 order
        of a building nor a parcel's other units tells which record is which flat."""
        if self.rnd.random() < 0.5:
            a.bdcdyh, b.bdcdyh = b.bdcdyh, a.bdcdyh


class _Writer:
    """Turns planned projects into CSV rows."""

    def __init__(self, city: _City, jy: Any, dj: Any, truth: Any, undecidable: Any) -> None:
        self.city = city
        self.rnd = city.rnd
        self.jy, self.dj, self.truth, self.undecidable = jy, dj, truth, undecidable
        self.jy_rows = self.dj_rows = self.pairs = self.undecidable_pairs = 0

    def estate(self, est: _Estate) -> None:
        city, rnd = self.city, self.rnd
        d = est.district
        jy_rows, dj_rows = [], []
        for b in est.buildings:
            for f in b.flats:
                fh = f"{f.myc}{f.room:02d}"
                owner = None if not f.ambiguous and rnd.random() < UNSOLD_RATE else city.buyer(d)
                if f.side != "dj":
                    jy_rows.append(
                        (
                            f.fwbm,
                            est.name,
                            f"{d.name}{est.road}{est.door}号{est.name}{b.zh}栋{f.dyh}单元{fh}",
                            str(b.zh),
                            str(f.dyh),
                            str(f.myc),
                            fh,
                            f"{f.jz:.2f}",
                            f"{f.tn:.2f}",
                            owner.name if owner else "",
                            owner.sfzh if owner else "",
                        )
                    )
                if f.side != "jy":
                    row = self.dj_row(est, b, f, owner)
                    dj_rows.append(row)
                    if f.side == "both":
                        self.truth.writerow((f.fwbm, row[0]))
                        self.pairs += 1
                        if f.ambiguous:
                            self.undecidable.writerow((f.fwbm, row[0]))
                            self.undecidable_pairs += 1
        self.jy.writerows(jy_rows)
        self.dj.writerows(dj_rows)
        self.jy_rows += len(jy_rows)
        self.dj_rows += len(dj_rows)

    def estate_name(self, est: _Estate) -> str:
        """The project's name as one dj record writes it."""
        rnd, count = self.rnd, self.city.count
        name = est.name
        if rnd.random() < ALIAS_RATE:
            if est.old_name and rnd.random() < OLD_NAME_SHARE:
                name = est.old_name
                count("estate_old_name")
            else:
                name = rnd.choice(est.aliases)
                count("estate_alias")
        if est.phase and rnd.random() < PHASE_VARIANT_RATE:
            n = est.phase
            cn = chinese_number(n)
            roman = _ROMAN[n] if n < len(_ROMAN) else str(n)
            variant = rnd.choice((f"{n}期", f"{roman}期", f"（{cn}期）", f"({cn}期)"))
            name = name.replace(f"{cn}期", variant)
            count("phase_variant")
        return name

    def dj_row(self, est: _Estate, b: _Building, f: _Flat, jy_owner: _Person | None) -> tuple:
        city, rnd = self.city, self.rnd
        r = rnd.random
        count = city.count
        d = est.district
        amb = f.ambiguous
        if amb:
            count("undecidable")
        # floor and room number as the registration side writes them
        floor = f.sjc if b.dj_actual else f.myc
        if floor != f.myc:
            count("actual_floor")
        room = f"{floor}{f.room:02d}"
        if not amb and r() < ROOM_TYPO_RATE:
            room = _typo(room, rnd)
            count("room_typo")
        unit_missing = amb == "mirror" or r() < MISSING_UNIT_RATE
        if unit_missing:
            count("missing_unit")
        address_only = bool(amb) or r() < ADDRESS_ONLY_RATE
        if address_only:
            count("address_only")
        estate_in_text = amb != "shared" and r() >= NO_ESTATE_IN_TEXT_RATE
        if not estate_in_text:
            count("no_estate_in_text")
        name = self.estate_name(est) if not amb else est.name
        xmmc = ""
        if not address_only:
            if r() < XMMC_EMPTY_RATE:
                count("xmmc_empty")
            else:
                xmmc = name
        # the address text
        parts = []
        if r() < PROVINCE_RATE:
            parts += (PROVINCE, CITY_NAME)
            count("province_prefix")
        elif r() < CITY_RATE:
            parts.append(CITY_NAME)
            count("city_prefix")
        if r() < NO_DISTRICT_RATE:
            count("no_district")
        else:
            parts.append(d.name)
        if r() < STREET_RATE:
            parts.append(est.street)
            count("street_in_text")
        if not estate_in_text or r() >= NO_ROAD_RATE:
            parts.append(f"{est.road}{est.door}号")
        else:
            count("no_road")
        if estate_in_text:
            parts.append(name)
        if r() < DASH_RATE:
            parts.append(f"{b.zh}-{room}" if unit_missing else f"{b.zh}-{f.dyh}-{room}")
            count("dash_form")
        else:
            cn = r() < CHINESE_NUMERAL_RATE
            x = r()
            word = next(w for w, c in zip(_BUILDING_WORDS, _BUILDING_WORD_CUM, strict=True) if x < c)
            if cn:
                count("chinese_numerals")
                if word == "#":
                    word = "栋"
                parts.append(f"{chinese_number(b.zh)}{word}")
            else:
                parts.append(f"{b.zh}{word}")
            count(f"building_word_{word}")
            if not unit_missing:
                parts.append(f"{chinese_number(f.dyh) if cn else f.dyh}单元")
            if r() < FLOOR_WORD_RATE:
                parts.append(f"{floor}{'层' if r() < 0.5 else '楼'}")
                count("floor_word")
            x = r()
            suffix = next(s for c, s in _ROOM_SUFFIX_CUM if x < c)
            parts.append(room + suffix)
            if suffix:
                count(f"room_suffix_{suffix}")
        zl = "".join(parts)
        if r() < FULL_WIDTH_RATE:
            zl = zl.translate(FULL_WIDTH_DIGITS)
            count("full_width")
        # structured columns
        if address_only:
            zh = dy = szc = hh = ""
        else:
            x = r()
            if x < ZH_WORD_RATE:
                zh = f"{b.zh}{('栋', '幢', '号楼')[int(x / ZH_WORD_RATE * 3)]}"
                count("zh_word")
            else:
                zh = str(b.zh)
            dy = "" if unit_missing else (f"{f.dyh}单元" if r() < DY_WORD_RATE else str(f.dyh))
            szc, hh = str(floor), room
        # areas
        if b.resurvey:
            jitter = 0.0 if amb else rnd.uniform(-0.002, 0.002)
            factor = 1 + b.resurvey + jitter
            jz = f"{f.jz * factor:.2f}"
            tn = f"{f.tn * (factor + (0.0 if amb else rnd.uniform(-0.003, 0.003))):.2f}"
            count("resurveyed_area")
        else:
            jz, tn = f"{f.jz:.2f}", f"{f.tn:.2f}"
        if not amb and r() < TNMJ_EMPTY_RATE:
            tn = ""
            count("tnmj_empty")
        # the house code it holds
        x = r()
        if amb or FWBM_RIGHT <= x < FWBM_RIGHT + FWBM_EMPTY:
            held = ""
            count("fwbm_empty")
        elif x < FWBM_RIGHT:
            held = f.fwbm
            count("fwbm_right")
        elif x < FWBM_RIGHT + FWBM_EMPTY + FWBM_NEIGHBOUR:
            seq = max(1, f.seq + rnd.choice((-1, 1, 2)))
            held = make_fwbm(est.area9, est.year, b.seq, seq if seq != f.seq else f.seq + 1)
            count("fwbm_neighbour")
        else:
            held = f"FW{est.area9}{b.seq % 100:02d}{f.seq % 10000:04d}"
            count("fwbm_legacy")
        # owner
        bdcqzh = ""
        if jy_owner is None:
            if r() < DEVELOPER_OWNER_RATE:
                qlrmc, zjhm = est.developer, est.developer_code
                count("developer_owner")
            else:
                qlrmc = zjhm = ""
        else:
            owner = jy_owner
            if amb or r() < OWNER_CHANGED_RATE:
                owner = city.person(d)
                count("owner_changed")
            qlrmc, zjhm = owner.name, owner.sfzh
            if r() < OWNER_ID_MISSING_RATE:
                zjhm = ""
                count("owner_id_missing")
            elif owner.born < 2000 and r() < LEGACY_ID_RATE:
                zjhm = zjhm[:6] + zjhm[8:17]
                count("legacy_id")
            if r() < CERTIFICATE_RATE:
                first = max(est.year, 2016)
                year = first + int(r() * (2027 - first))
                n = city.certificates.get(year) or 1000 + int(r() * 20000)
                city.certificates[year] = n + 1 + int(r() * 40)  # other registrations in between
                o, c = ("(", ")") if r() < ASCII_PARENS_RATE else ("（", "）")
                bdcqzh = f"川{o}{year}{c}{CITY_NAME}不动产权第{n:07d}号"
        return (f.bdcdyh, held, xmmc, zl, zh, dy, szc, hh, jz, tn, qlrmc, zjhm, bdcqzh)


def _typo(room: str, rnd: random.Random) -> str:
    """Two adjacent digits swapped (when they differ), else one digit wrong."""
    digits = list(room)
    i = rnd.randrange(len(digits) - 1)
    if rnd.random() < 0.5 and digits[i] != digits[i + 1]:
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
    else:
        j = rnd.randrange(len(digits))
        digits[j] = rnd.choice([c for c in "0123456789" if c != digits[j]])
    return "".join(digits)


def generate(flats: int, seed: int, out_dir: Path) -> LinkSet:
    """Write ``jy.csv``, ``dj.csv``, ``truth.csv`` and ``undecidable.csv`` for a city of ``flats`` flats.

    Deterministic: the same ``flats`` and ``seed`` give the same bytes.
    """
    if flats < 0:
        raise ValueError(f"flats must be >= 0: {flats}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {name: out_dir / f"{name}.csv" for name in ("jy", "dj", "truth", "undecidable")}
    city = _City(seed)
    rnd = city.rnd
    handles = {name: path.open("w", encoding="utf-8", newline="") for name, path in paths.items()}
    try:
        writers = {name: csv.writer(h, lineterminator="\n") for name, h in handles.items()}
        writers["jy"].writerow(JY_COLUMNS)
        writers["dj"].writerow(DJ_COLUMNS)
        writers["truth"].writerow(TRUTH_COLUMNS)
        writers["undecidable"].writerow(TRUTH_COLUMNS)
        out = _Writer(city, writers["jy"], writers["dj"], writers["truth"], writers["undecidable"])
        planned = 0
        while planned < flats:
            d = rnd.choices(DISTRICTS, weights=city.weights)[0]
            group = [city.plan_estate(d, flats - planned)]
            planned += sum(len(b.flats) for b in group[0].buildings)
            if rnd.random() < SHARED_DOOR_PAIR_RATE and planned < flats:
                group.append(city.plan_estate(d, flats - planned, partner=group[0]))
                planned += sum(len(b.flats) for b in group[1].buildings)
                city.count("shared_door_estates", 2)
            for est in group:
                city.choose_sides(est)
                city.count("estates")
                city.count("buildings", len(est.buildings))
            if len(group) == 2:
                city.mark_shared_twins(group[0], group[1])
            for est in group:
                out.estate(est)
    finally:
        for h in handles.values():
            h.close()
    return LinkSet(
        paths["jy"],
        paths["dj"],
        paths["truth"],
        paths["undecidable"],
        flats,
        out.jy_rows,
        out.dj_rows,
        out.pairs,
        out.undecidable_pairs,
        dict(sorted(city.noise.items())),
    )


# --- scoring ------------------------------------------------------------------------------------------


def read_truth(path: Path) -> dict[str, str]:
    """``truth.csv`` (or ``undecidable.csv``) as ``{fwbm: bdcdyh}``."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or tuple(header) != TRUTH_COLUMNS:
            raise ValueError(f"{path}: expected header {','.join(TRUTH_COLUMNS)}, got {header}")
        return {fwbm: bdcdyh for fwbm, bdcdyh in reader}


def evaluate(
    links: Iterable[tuple[str, str]],
    candidates: Iterable[tuple[str, str, int]],
    truth_csv: Path,
) -> dict[str, float | int | None]:
    """Score a matcher against the truth.

    ``links`` are the ``(fwbm, bdcdyh)`` pairs linked automatically; ``candidates`` are ``(fwbm, bdcdyh,
    rank)`` suggestions for a person (rank 1 = best, of either side's list). Returns:

    * ``precision`` — correct links / links (1.0 when there are no links: nothing linked wrongly);
    * ``recall`` — correct links / true pairs; ``f1`` their harmonic mean;
    * ``true_pairs``, ``links``, ``correct_links``, ``false_links``;
    * ``unlinked_true_pairs`` — true pairs not among the links, ``top3_found`` — those of them whose pair
      is among the candidates with rank ≤ 3, and ``top3_rate`` their share (None when every true pair
      was linked).
    """
    truth = read_truth(truth_csv)
    true_pairs = set(truth.items())
    link_set = {(f, b) for f, b in links}
    correct = len(link_set & true_pairs)
    precision = correct / len(link_set) if link_set else 1.0
    recall = correct / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    unlinked = true_pairs - link_set
    near = {(f, b) for f, b, rank in candidates if rank <= 3}
    found = len(unlinked & near)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "true_pairs": len(true_pairs),
        "links": len(link_set),
        "correct_links": correct,
        "false_links": len(link_set) - correct,
        "unlinked_true_pairs": len(unlinked),
        "top3_found": found,
        "top3_rate": found / len(unlinked) if unlinked else None,
    }


def main(argv: list[str] | None = None) -> int:
    """``python -m jydj.linkgen FLATS SEED DIR``: write the files and print the counts as JSON."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: python -m jydj.linkgen FLATS SEED DIR", file=sys.stderr)
        return 2
    started = dt.datetime.now()
    ls = generate(int(args[0]), int(args[1]), Path(args[2]))
    seconds = (dt.datetime.now() - started).total_seconds()
    summary = {
        "flats": ls.flats,
        "jy_rows": ls.jy_rows,
        "dj_rows": ls.dj_rows,
        "true_pairs": ls.true_pairs,
        "undecidable_pairs": ls.undecidable_pairs,
        "seconds": round(seconds, 2),
        "noise": ls.noise,
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
