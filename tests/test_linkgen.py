"""The linking data generator (`jydj.linkgen`): files, determinism, truth, the rates of its noise, scoring.

No database. The rate checks read the CSV files (not the generator's own counters) on 20,000 flats.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from jydj.codes import is_valid_bdcdyh, is_valid_fwbm, is_valid_sfzh
from jydj.linkgen import DJ_COLUMNS, JY_COLUMNS, TRUTH_COLUMNS, LinkSet, evaluate, generate, main, read_truth

FLATS = 20_000
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass
class Data:
    ls: LinkSet
    jy: dict[str, dict[str, str]]
    dj: dict[str, dict[str, str]]
    truth: dict[str, str]
    undecidable: dict[str, str]

    @property
    def pairs(self) -> list[tuple[dict[str, str], dict[str, str], str]]:
        """(jy row, dj row, true fwbm) of every true pair."""
        return [(self.jy[f], self.dj[b], f) for f, b in self.truth.items()]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _load(ls: LinkSet) -> Data:
    jy = {r["fwbm"]: r for r in _rows(ls.jy_csv)}
    dj = {r["bdcdyh"]: r for r in _rows(ls.dj_csv)}
    return Data(ls, jy, dj, read_truth(ls.truth_csv), read_truth(ls.undecidable_csv))


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Data:
    return _load(generate(FLATS, 11, tmp_path_factory.mktemp("linkgen")))


def _share(items, pred: Callable) -> float:
    items = list(items)
    assert items
    return sum(1 for x in items if pred(x)) / len(items)


def test_deterministic(tmp_path: Path) -> None:
    a = generate(3000, 5, tmp_path / "a")
    b = generate(3000, 5, tmp_path / "b")
    c = generate(3000, 6, tmp_path / "c")
    for name in ("jy", "dj", "truth", "undecidable"):
        assert (tmp_path / "a" / f"{name}.csv").read_bytes() == (tmp_path / "b" / f"{name}.csv").read_bytes()
    assert (a.jy_rows, a.dj_rows, a.true_pairs, a.noise) == (b.jy_rows, b.dj_rows, b.true_pairs, b.noise)
    assert a.jy_csv.read_bytes() != c.jy_csv.read_bytes()


def test_headers_and_column_orders(data: Data) -> None:
    for path, columns in (
        (data.ls.jy_csv, JY_COLUMNS),
        (data.ls.dj_csv, DJ_COLUMNS),
        (data.ls.truth_csv, TRUTH_COLUMNS),
        (data.ls.undecidable_csv, TRUTH_COLUMNS),
    ):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert tuple(rows[0]) == columns
        assert all(len(r) == len(columns) for r in rows[1:])
    assert JY_COLUMNS == ("fwbm", "xmmc", "zl", "zh", "dy", "szc", "fh", "jzmj", "tnmj", "qlrmc", "zjhm")
    assert DJ_COLUMNS == (
        "bdcdyh", "fwbm", "xmmc", "zl", "zh", "dy", "szc", "hh", "jzmj", "tnmj", "qlrmc", "zjhm", "bdcqzh",
    )  # fmt: skip


def test_counts(data: Data) -> None:
    ls = data.ls
    assert ls.flats == FLATS
    assert len(data.jy) == ls.jy_rows  # keys unique: no fwbm twice
    assert len(data.dj) == ls.dj_rows  # no bdcdyh twice
    assert len(data.truth) == ls.true_pairs
    assert len(set(data.truth.values())) == ls.true_pairs  # one-to-one
    assert ls.jy_rows + ls.dj_rows - ls.true_pairs == ls.flats  # every flat on at least one side
    assert 0.01 <= (ls.flats - ls.dj_rows) / ls.flats <= 0.04  # jy only
    assert 0.01 <= (ls.flats - ls.jy_rows) / ls.flats <= 0.04  # dj only
    assert len(data.undecidable) == ls.undecidable_pairs


def test_truth_refers_to_rows_and_codes_are_valid(data: Data) -> None:
    assert all(f in data.jy and b in data.dj for f, b in data.truth.items())
    assert set(data.undecidable.items()) <= set(data.truth.items())
    assert all(is_valid_fwbm(f) for f in data.jy)
    assert all(is_valid_bdcdyh(b) for b in data.dj)
    ids = [r["zjhm"] for r in data.jy.values() if r["zjhm"]]
    assert all(is_valid_sfzh(z) and len(z) == 18 for z in ids)
    persons = [r["zjhm"] for r in data.dj.values() if r["zjhm"] and "公司" not in r["qlrmc"]]
    assert all(is_valid_sfzh(z) for z in persons)


def test_jy_side_is_clean(data: Data) -> None:
    rows = list(data.jy.values())
    for r in rows[:2000]:
        assert r["zl"].endswith(f"{r['xmmc']}{r['zh']}栋{r['dy']}单元{r['fh']}")
        assert r["fh"] == f"{r['szc']}{r['fh'][-2:]}"
        assert float(r["tnmj"]) < float(r["jzmj"])
    assert 0.02 <= _share(rows, lambda r: not r["qlrmc"]) <= 0.06  # unsold: no owner
    # names repeat as real names do, and some owners hold several flats
    names = Counter(r["qlrmc"] for r in rows if r["qlrmc"])
    assert len(names) < 0.9 * sum(names.values())
    assert names.most_common(1)[0][1] >= 5
    owners = Counter(r["zjhm"] for r in rows if r["zjhm"])
    assert 0.02 <= sum(1 for n in owners.values() if n > 1) / len(owners) <= 0.08


def test_floors_differ_in_some_buildings(data: Data) -> None:
    """Skipped nominal floors (no 4/13/14) or a podium: 名义层 ≠ 实际层 on the jy side's room numbers."""
    by_building: dict[tuple[str, str], set[int]] = defaultdict(set)
    for r in data.jy.values():
        by_building[(r["xmmc"], r["zh"])].add(int(r["szc"]))
    skipping = [floors for floors in by_building.values() if max(floors) > 15 and 13 not in floors]
    assert skipping


def _structured(pairs):
    return [p for p in pairs if p[1]["zh"]]


def _dj(d: Data) -> list[dict[str, str]]:
    return list(d.dj.values())


def _dj_structured(d: Data) -> list[dict[str, str]]:
    return [r for r in d.dj.values() if r["zh"]]


def _dj_persons(d: Data) -> list[dict[str, str]]:
    return [r for r in d.dj.values() if r["qlrmc"] and "公司" not in r["qlrmc"]]


def _dash(zl: str) -> bool:
    return re.search(r"\d+-\d+", zl.translate(_FULL_WIDTH)) is not None


#: (name, share computed on the data, low, high) — documented rates in the module docstring.
RATES: list[tuple[str, Callable[[Data], float], float, float]] = [
    ("address only", lambda d: _share(_dj(d), lambda r: not (r["zh"] or r["hh"] or r["xmmc"])), 0.09, 0.12),
    ("xmmc empty", lambda d: _share(_dj_structured(d), lambda r: not r["xmmc"]), 0.37, 0.43),
    ("no unit", lambda d: _share(_dj_structured(d), lambda r: not r["dy"]), 0.04, 0.06),
    (
        "no unit in text",
        lambda d: _share(
            d.dj.values(),
            lambda r: "单元" not in r["zl"] and not re.search(r"\d+-\d+-\d+", r["zl"].translate(_FULL_WIDTH)),
        ),
        0.04,
        0.07,
    ),
    (
        "room typo",
        lambda d: _share(
            _structured(d.pairs), lambda p: p[1]["szc"] == p[0]["szc"] and p[1]["hh"] != p[0]["fh"]
        ),
        0.005,
        0.015,
    ),
    ("actual floor", lambda d: _share(_structured(d.pairs), lambda p: p[1]["szc"] != p[0]["szc"]), 0.03, 0.2),
    (
        "estate alias or phase variant",
        lambda d: _share([p for p in d.pairs if p[1]["xmmc"]], lambda p: p[1]["xmmc"] != p[0]["xmmc"]),
        0.18,
        0.40,
    ),
    ("province prefix", lambda d: _share(_dj(d), lambda r: r["zl"].startswith("四川省达州市")), 0.1, 0.14),
    ("city prefix", lambda d: _share(d.dj.values(), lambda r: r["zl"].startswith("达州市")), 0.22, 0.28),
    ("full width", lambda d: _share(d.dj.values(), lambda r: "１" in r["zl"] or "２" in r["zl"]), 0.06, 0.1),
    ("dash form", lambda d: _share(d.dj.values(), lambda r: _dash(r["zl"])), 0.08, 0.12),
    (
        "chinese numerals",
        lambda d: _share(_dj(d), lambda r: re.search(r"[一二三四五六七八九十]+(栋|幢|座|号楼)", r["zl"])),
        0.05,
        0.09,
    ),
    ("幢", lambda d: _share(d.dj.values(), lambda r: "幢" in r["zl"]), 0.15, 0.3),
    ("#", lambda d: _share(d.dj.values(), lambda r: "#" in r["zl"]), 0.05, 0.12),
    ("室", lambda d: _share(d.dj.values(), lambda r: r["zl"].endswith("室")), 0.18, 0.28),
    ("resurveyed area", lambda d: _share(d.pairs, lambda p: p[1]["jzmj"] != p[0]["jzmj"]), 0.2, 0.4),
    ("fwbm right", lambda d: _share(d.pairs, lambda p: p[1]["fwbm"] == p[2]), 0.44, 0.5),
    ("fwbm empty", lambda d: _share(d.pairs, lambda p: not p[1]["fwbm"]), 0.37, 0.43),
    (
        "fwbm of another flat",
        lambda d: _share(d.pairs, lambda p: p[1]["fwbm"] in d.jy and p[1]["fwbm"] != p[2]),
        0.06,
        0.1,
    ),
    ("fwbm old format", lambda d: _share(d.pairs, lambda p: p[1]["fwbm"].startswith("FW")), 0.04, 0.06),
    (
        "owner changed",
        lambda d: _share([p for p in d.pairs if p[0]["qlrmc"]], lambda p: p[1]["qlrmc"] != p[0]["qlrmc"]),
        0.13,
        0.18,
    ),
    (
        "owner ID missing",
        lambda d: _share(_dj_persons(d), lambda r: not r["zjhm"]),
        0.08,
        0.12,
    ),
    (
        "15-digit ID",
        lambda d: _share([r for r in d.dj.values() if r["zjhm"]], lambda r: len(r["zjhm"]) == 15),
        0.015,
        0.04,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "measure", "low", "high"), RATES, ids=[r[0] for r in RATES])
def test_noise_rate(data: Data, name: str, measure: Callable[[Data], float], low: float, high: float) -> None:
    share = measure(data)
    assert low <= share <= high, f"{name}: {share:.4f} not in [{low}, {high}]"


def test_noise_forms_occur(data: Data) -> None:
    zl = [r["zl"] for r in data.dj.values()]
    xmmc = [r["xmmc"] for r in data.dj.values()]
    assert any(re.search(r"\d+(层|楼)\d{3,4}", z) for z in zl)  # floor word
    assert any(re.search(r"[^\d]\d{3,4}号$", z) for z in zl)  # 号 as room suffix
    assert any("座" in z for z in zl) and any("号楼" in z for z in zl)
    assert any(re.search(r"[1-9]期|I期|（[一二三四五六七八九十]+期）", x) for x in xmmc)  # phase forms
    assert any(x.endswith("小区") for x in xmmc)
    assert data.ls.noise.get("estate_old_name", 0) > 0
    assert any(z.startswith("四川省达州市") and "街道" in z for z in zl)
    # resurveyed areas stay within 0.5-3 % (plus rounding)
    diffs = [abs(float(d["jzmj"]) / float(j["jzmj"]) - 1) for j, d, _ in data.pairs if d["jzmj"] != j["jzmj"]]
    assert min(diffs) >= 0.003
    assert max(diffs) <= 0.032
    # structured building numbers sometimes carry a word
    assert 0.2 <= _share([r for r in data.dj.values() if r["zh"]], lambda r: not r["zh"].isdigit()) <= 0.3


def test_undecidable_pairs(data: Data) -> None:
    """Each undecidable record has a twin: another undecidable record equally consistent with both flats."""
    rate = len(data.undecidable) / data.ls.flats
    assert 0.0015 <= rate <= 0.006
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for f, b in data.undecidable.items():
        j, d = data.jy[f], data.dj[b]
        assert not (d["fwbm"] or d["zh"] or d["dy"] or d["szc"] or d["hh"] or d["xmmc"])
        assert d["qlrmc"] != j["qlrmc"] or d["zjhm"] != j["zjhm"]
        assert "单元" not in d["zl"] or j["xmmc"] not in d["zl"]  # no unit, or no project
        groups[(j["jzmj"], j["zh"], j["fh"])].append(f)
    assert all(len(fs) >= 2 for fs in groups.values())
    for fs in groups.values():
        # the twins' dj areas are the same too
        assert len({data.dj[data.undecidable[f]]["jzmj"] for f in fs}) == 1


@pytest.mark.slow
def test_estates_sharing_road_and_door(tmp_path: Path) -> None:
    """~3 % of projects share 路+门牌 with another, some with the same building numbers."""
    d = _load(generate(200_000, 3, tmp_path))
    doors: dict[tuple[str, str], set[str]] = defaultdict(set)
    buildings: dict[str, set[str]] = defaultdict(set)
    for r in d.jy.values():
        m = re.match(r"(.+?[区县市])(.+?\d+号)", r["zl"])
        assert m, r["zl"]
        doors[(m.group(1), m.group(2))].add(r["xmmc"])
        buildings[r["xmmc"]].add(r["zh"])
    estates = {x for names in doors.values() for x in names}
    shared = [names for names in doors.values() if len(names) > 1]
    assert 0.01 <= sum(len(n) for n in shared) / len(estates) <= 0.08
    assert any(set.intersection(*(buildings[x] for x in names)) for names in shared)


def _truth_file(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    path = tmp_path / "truth.csv"
    path.write_text("fwbm,bdcdyh\n" + "".join(f"{f},{b}\n" for f, b in pairs), encoding="utf-8")
    return path


def test_evaluate_crafted_example(tmp_path: Path) -> None:
    truth = _truth_file(tmp_path, [("f1", "b1"), ("f2", "b2"), ("f3", "b3"), ("f4", "b4")])
    links = [("f1", "b1"), ("f2", "b3"), ("f5", "b5"), ("f1", "b1")]  # one right, two wrong, one repeated
    candidates = [
        ("f2", "b2", 2),  # found (rank <= 3)
        ("f3", "b3", 4),  # too far down
        ("f4", "b9", 1),  # not the partner
        ("f1", "b1", 1),  # already linked: not counted
    ]
    result = evaluate(links, candidates, truth)
    assert result == {
        "precision": pytest.approx(1 / 3),
        "recall": pytest.approx(1 / 4),
        "f1": pytest.approx(2 / 7),
        "true_pairs": 4,
        "links": 3,
        "correct_links": 1,
        "false_links": 2,
        "unlinked_true_pairs": 3,
        "top3_found": 1,
        "top3_rate": pytest.approx(1 / 3),
    }


def test_evaluate_edges(tmp_path: Path) -> None:
    truth = _truth_file(tmp_path, [("f1", "b1"), ("f2", "b2")])
    nothing = evaluate([], [], truth)
    assert (nothing["precision"], nothing["recall"], nothing["f1"], nothing["top3_rate"]) == (
        1.0,
        0.0,
        0.0,
        0.0,
    )
    everything = evaluate([("f1", "b1"), ("f2", "b2")], [], truth)
    assert (everything["precision"], everything["recall"], everything["top3_rate"]) == (1.0, 1.0, None)
    (tmp_path / "bad.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected header"):
        read_truth(tmp_path / "bad.csv")


def test_main(tmp_path: Path, capsys) -> None:
    assert main(["300", "2", str(tmp_path)]) == 0
    assert '"flats": 300' in capsys.readouterr().out
    assert main(["300"]) == 2
