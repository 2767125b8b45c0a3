"""Splink (DuckDB backend) as the peer of the PostgreSQL linker: same features, same truth.

    .venv/bin/python bench/link_splink.py [--flats 20000] [--seed 1] [--threads 2] [--out result.json]

``run_splink(jy, dj, threads)`` takes the two sides as pandas frames with the same cleaned feature columns
(``FEATURES``, produced by the SQL normaliser: ``id`` is the fwbm on jy and the bdcdyh on dj) and returns a
``SplinkResult``: the scored pairs, the one-to-one links at any threshold (``links_at``), candidates for
review (``candidates``) and timings. ``threshold_for_precision`` picks the lowest threshold at which
Splink reaches a precision, so both linkers can be compared on recall at equal precision.

The model follows Splink's own guidance (docs and the docstrings of Splink 4.0):

* data preparation is done before Splink (standardised, comparable columns); the free address text ``dz``
  is not a comparison, because it repeats the structured columns and Splink assumes the comparisons
  independent given the match status;
* ``probability_two_random_records_match`` is a domain prior, not a guess at recall: both registers hold
  the same housing stock, so nearly every record of the smaller side has one partner,
  λ ≈ 0.95 · min(n_jy, n_dj) / (n_jy · n_dj);
* u probabilities by ``estimate_u_using_random_sampling`` with a large ``max_pairs`` (Splink suggests
  1e8–1e9 for the final model, 1e7 while developing; we use 1e8 and a fixed seed);
* m probabilities by EM on three training blocks that each hold 1–99 % matches and together leave every
  comparison estimated at least once;
* term-frequency adjustments where values differ in frequency: estate, road+door, owner name (names
  repeat), owner ID (investors own several flats);
* one-to-one linking with ``cluster_using_single_best_links`` (both datasets duplicate-free, ties to the
  lowest id).

Blocking for prediction (why it finishes at 1M × 1M on 2 cores): every rule is an equi-join on a key that
holds a handful of records per side, so the comparisons grow about linearly, never with the size of an
estate or a building: measured 0.99M comparisons at 100k × 100k (10 per record) and 14.6M at 1M × 1M (15
per record: the city-wide rules collide a little more in a bigger city). The rules cover the ways a true
pair can still agree: the address (road+door or estate, building, room), the owner ID, the exact area
within an estate or at a door (room typos, 实际层 room numbers), the unit and floor of a building (typos
in the room number), the same position on a floor up to 3 floors away (实际层 with a re-surveyed area),
and two city-wide keys that rarely repeat (building + floor + exact area, building + room + owner name).
Blocking on an estate or a building alone would compare hundreds of flats with hundreds.

Measured on 2 cores (generator data seed 1, the stand-in features below, defaults): 1M × 1M took 181 s to
train (164 s of it the u sampling with 1e8 pairs, spilling to disk), 30 s to predict, ~40 s per one-to-one
clustering (``links_at``); peak memory 12.9 GB. At threshold 0.5: precision 0.9960, recall 0.9927.

``features_from_csv_columns`` is a DEVELOPMENT STAND-IN for the SQL normaliser: a small pandas feature
builder from the generator's CSV columns, so that this module can be tried before the normaliser exists.
The benchmark must feed ``run_splink`` the SQL normaliser's features instead.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jydj.codes import sfzh_check_char  # noqa: E402
from jydj.linkgen import evaluate, generate, read_truth  # noqa: E402
from jydj.seed.places import CITY_NAME, DISTRICTS, PROVINCE  # noqa: E402

#: The feature columns both frames carry (the SQL normaliser's output).
FEATURES: tuple[str, ...] = ("id", "xm", "dl", "zh", "dy", "c", "fh", "jzmj", "tnmj", "zjhm", "qlrmc", "dz")
#: Pairs scoring below this are not kept at all (they are never links or useful candidates).
KEEP_PROBABILITY = 0.001
U_MAX_PAIRS = 1e8
#: DuckDB's memory cap (it spills beyond it).
MEMORY_LIMIT = "8GB"
U_SEED = 1


@dataclass
class SplinkResult:
    """What one Splink run produced.

    ``pairs`` holds every scored pair with ``match_probability >= KEEP_PROBABILITY`` as columns
    ``jy_id``, ``dj_id``, ``match_probability``, ``match_weight``. ``links_at`` runs Splink's one-to-one
    clustering on them (the linker is kept alive for that; ``close()`` releases it).
    """

    pairs: pd.DataFrame
    #: all training, of which ``u_seconds`` the u sampling (a nearly fixed cost, see ``run_splink``)
    training_seconds: float
    predict_seconds: float
    total_seconds: float
    u_seconds: float = 0.0
    #: seconds spent in ``links_at`` calls so far (one-to-one clustering)
    links_seconds: float = 0.0
    _linker: object | None = field(default=None, repr=False)
    _predictions: object | None = field(default=None, repr=False)
    _links_cache: dict[float, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    _spill: str | None = field(default=None, repr=False)

    @property
    def timings(self) -> dict[str, float]:
        return {
            "training_seconds": round(self.training_seconds, 2),
            "u_seconds": round(self.u_seconds, 2),
            "predict_seconds": round(self.predict_seconds, 2),
            "total_seconds": round(self.total_seconds, 2),
            "links_seconds": round(self.links_seconds, 2),
        }

    def links_at(self, threshold: float) -> list[tuple[str, str]]:
        """One-to-one ``(jy_id, dj_id)`` links: Splink's ``cluster_using_single_best_links`` on the pairs with
        ``match_probability >= threshold`` (a record joins the best partner that also finds it best)."""
        if threshold in self._links_cache:
            return self._links_cache[threshold]
        if self._linker is None:
            raise RuntimeError("the linker was closed")
        if threshold < KEEP_PROBABILITY:
            raise ValueError(f"threshold below the kept pairs' floor {KEEP_PROBABILITY}: {threshold}")
        started = time.perf_counter()
        clustered = self._linker.clustering.cluster_using_single_best_links(  # type: ignore[attr-defined]
            self._predictions,
            duplicate_free_datasets=["jy", "dj"],
            threshold_match_probability=threshold,
            ties_method="lowest_id",
        )
        table = clustered.physical_name
        con = self._linker._db_api._con  # type: ignore[attr-defined]
        rows = con.execute(
            f"""
            select max(case when source_dataset = 'jy' then id end) as jy_id,
                   max(case when source_dataset = 'dj' then id end) as dj_id
            from {table}
            group by cluster_id
            having count(*) = 2
            """
        ).fetchall()
        clustered.drop_table_from_database_and_remove_from_cache()
        links = sorted((str(j), str(d)) for j, d in rows if j is not None and d is not None)
        self.links_seconds += time.perf_counter() - started
        self._links_cache[threshold] = links
        return links

    def candidates(self, max_rank: int = 3) -> list[tuple[str, str, int]]:
        """``(jy_id, dj_id, rank)`` for review: each pair's best rank in either side's list (1 = best)."""
        p = self.pairs
        rank_jy = p.groupby("jy_id")["match_probability"].rank(method="first", ascending=False)
        rank_dj = p.groupby("dj_id")["match_probability"].rank(method="first", ascending=False)
        rank = pd.concat([rank_jy, rank_dj], axis=1).min(axis=1).astype(int)
        keep = rank <= max_rank
        return list(zip(p["jy_id"][keep], p["dj_id"][keep], rank[keep], strict=True))

    def close(self) -> None:
        """Close the DuckDB connection and remove its spill directory (``pairs`` stay usable)."""
        if self._linker is not None:
            self._linker._db_api._con.close()  # type: ignore[attr-defined]
            self._linker = self._predictions = None
        if self._spill is not None:
            shutil.rmtree(self._spill, ignore_errors=True)
            self._spill = None


def _prediction_rules() -> list:
    """Blocking rules for prediction: equi-joins on keys with a handful of records per side."""
    from splink import block_on

    return [
        block_on("dl", "zh", "fh"),  # the address: road+door, building, room
        block_on("xm", "zh", "fh"),  # the address: estate, building, room
        block_on("zjhm"),  # the owner (not resold)
        block_on("xm", "jzmj"),  # the exact area within an estate: room typos, 实际层 room numbers
        block_on("dl", "jzmj"),  # … or at a door
        block_on("xm", "zh", "dy", "c"),  # unit and floor: typos in the room number, re-surveyed areas
        block_on("dl", "zh", "dy", "c"),
        # an alias estate name and no road in the text: city-wide, but with keys that rarely repeat
        block_on("zh", "c", "jzmj"),
        block_on("zh", "fh", "qlrmc"),
        # 实际层 room numbers with a re-surveyed area: the same position on a floor up to 3 floors away.
        # The join is on the equalities (a unit's column of flats, ~20 per side); the filter keeps ~7.
        "l.xm = r.xm and l.zh = r.zh and l.dy = r.dy and right(l.fh, 2) = right(r.fh, 2)"
        " and abs(l.c - r.c) <= 3",
        "l.dl = r.dl and l.zh = r.zh and l.dy = r.dy and right(l.fh, 2) = right(r.fh, 2)"
        " and abs(l.c - r.c) <= 3",
    ]


def _settings(n_jy: int, n_dj: int) -> object:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator

    def area(col: str) -> object:
        return cl.CustomComparison(
            output_column_name=col,
            comparison_levels=[
                cll.NullLevel(col),
                cll.PercentageDifferenceLevel(col, 0.0001).configure(label_for_charts="same"),
                cll.PercentageDifferenceLevel(col, 0.01),
                cll.PercentageDifferenceLevel(col, 0.035),  # re-surveyed: 实测 within 0.5–3 % of 预测
                cll.ElseLevel(),
            ],
        )

    comparisons = [
        cl.CustomComparison(
            output_column_name="xm",
            comparison_levels=[
                cll.NullLevel("xm"),
                cll.ExactMatchLevel("xm", term_frequency_adjustments=True),
                # an alias: the name without its suffix is contained in the full one
                cll.CustomLevel("contains(xm_l, xm_r) or contains(xm_r, xm_l)", label_for_charts="contains"),
                cll.JaroWinklerLevel(
                    "xm", 0.95
                ),  # an alias that keeps the phase: 学府壹号1期 / 学府壹号苑1期
                cll.ElseLevel(),
            ],
        ),
        cl.ExactMatch("dl").configure(term_frequency_adjustments=True),
        cl.ExactMatch("zh"),
        cl.ExactMatch("dy"),
        cl.CustomComparison(
            output_column_name="c",
            comparison_levels=[
                cll.NullLevel("c"),
                cll.ExactMatchLevel("c"),
                cll.AbsoluteDifferenceLevel("c", 3),  # 名义层 vs 实际层 (skipped floors, podium)
                cll.ElseLevel(),
            ],
        ),
        cl.CustomComparison(
            output_column_name="fh",
            comparison_levels=[
                cll.NullLevel("fh"),
                cll.ExactMatchLevel("fh"),
                cll.DamerauLevenshteinLevel("fh", 1),  # a typo: swapped or wrong digit
                # same position on the floor, another floor number (实际层 room numbers)
                cll.CustomLevel("right(fh_l, 2) = right(fh_r, 2)", label_for_charts="same position"),
                cll.ElseLevel(),
            ],
        ),
        area("jzmj"),
        area("tnmj"),
        cl.ExactMatch("zjhm").configure(term_frequency_adjustments=True),
        cl.ExactMatch("qlrmc").configure(term_frequency_adjustments=True),
    ]
    blocking = _prediction_rules()
    prior = 0.95 * min(n_jy, n_dj) / max(1, n_jy * n_dj)
    return SettingsCreator(
        link_type="link_only",
        unique_id_column_name="id",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=blocking,
        probability_two_random_records_match=min(prior, 0.5),
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The compared columns with one type each (a database driver may hand over Decimal areas, float
    floors): areas float64, floor Int64, the rest text."""
    out = frame[[c for c in FEATURES if c != "dz"]].copy()
    for col in ("jzmj", "tnmj"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["c"] = pd.to_numeric(out["c"], errors="coerce").round().astype("Int64")
    for col in ("id", "xm", "dl", "zh", "dy", "fh", "zjhm", "qlrmc"):
        out[col] = out[col].map(lambda v: None if pd.isna(v) else str(v))
    return out


def run_splink(
    jy: pd.DataFrame,
    dj: pd.DataFrame,
    threads: int = 2,
    *,
    u_max_pairs: float = U_MAX_PAIRS,
    memory_limit: str = MEMORY_LIMIT,
) -> SplinkResult:
    """Train a Splink model on the two sides and score the blocked pairs (see the module docstring).

    ``u_max_pairs`` is a nearly fixed cost whatever the input size (1e8: ~3 min on 2 cores at 100k flats,
    ~4 min at 1M where it spills; 1e7: ~7 s). On the generator's data 1e7 and 1e8 gave the same precision
    and recall (measured at 20k and 100k flats). ``memory_limit`` caps DuckDB (it spills beyond it).
    """
    from splink import DuckDBAPI, Linker, block_on

    missing = [c for c in FEATURES if c not in jy.columns or c not in dj.columns]
    if missing:
        raise ValueError(f"feature columns missing: {missing}")
    logging.getLogger("splink").setLevel(logging.WARNING)
    started = time.perf_counter()
    # The model does not compare dz (see above); Splink needs the same columns on both sides.
    jy, dj = _typed(jy), _typed(dj)
    # A memory cap makes DuckDB spill instead of being killed by the OOM killer (at 1M × 1M, u sampling
    # with 1e8 pairs spills ~20 GB); the spill goes to a private temp directory, removed by close().
    spill = tempfile.mkdtemp(prefix="splink-duckdb-")
    con = duckdb.connect(config={"threads": threads, "memory_limit": memory_limit, "temp_directory": spill})
    linker = Linker(
        [jy, dj],
        _settings(len(jy), len(dj)),
        db_api=DuckDBAPI(connection=con),
        input_table_aliases=["jy", "dj"],
    )
    training = linker.training
    u_started = time.perf_counter()
    training.estimate_u_using_random_sampling(max_pairs=u_max_pairs, seed=U_SEED)
    u_seconds = time.perf_counter() - u_started
    # Each block holds mostly (not only) matches; together they estimate every comparison's m.
    for rule in (block_on("dl", "zh", "fh"), block_on("zjhm"), block_on("xm", "jzmj")):
        training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True
        )
    trained = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=KEEP_PROBABILITY)
    raw = con.execute(
        f"""
        select case when source_dataset_l = 'jy' then id_l else id_r end as jy_id,
               case when source_dataset_l = 'jy' then id_r else id_l end as dj_id,
               match_probability, match_weight
        from {predictions.physical_name}
        """
    ).df()
    predicted = time.perf_counter()
    return SplinkResult(
        pairs=raw,
        training_seconds=trained - started,
        predict_seconds=predicted - trained,
        total_seconds=predicted - started,
        u_seconds=u_seconds,
        _linker=linker,
        _predictions=predictions,
        _spill=spill,
    )


def count_comparisons(jy: pd.DataFrame, dj: pd.DataFrame, threads: int = 2) -> int:
    """Pairs the prediction blocking rules generate, repeats across rules removed (Splink's blocking
    analysis; a separate DuckDB connection, not part of ``run_splink``'s timings)."""
    from splink import DuckDBAPI
    from splink.blocking_analysis import cumulative_comparisons_to_be_scored_from_blocking_rules_data

    keep = [c for c in FEATURES if c != "dz"]
    con = duckdb.connect(config={"threads": threads})
    try:
        frame = cumulative_comparisons_to_be_scored_from_blocking_rules_data(
            table_or_tables=[jy[keep], dj[keep]],
            blocking_rules=_prediction_rules(),
            link_type="link_only",
            db_api=DuckDBAPI(connection=con),
            unique_id_column_name="id",
            source_dataset_column_name=None,
        )
        return int(frame["row_count"].sum())
    finally:
        con.close()


def threshold_for_precision(
    result: SplinkResult, truth: Mapping[str, str] | Path, target_precision: float
) -> float:
    """The lowest ``match_probability`` threshold whose one-to-one links reach ``target_precision``.

    Single-best-links clustering with a consistent tie order is the greedy matching by descending
    probability, so the links at a threshold ``t`` are the links at the lowest kept threshold whose
    probability is ≥ ``t``; one clustering therefore gives the precision at every threshold. Returns
    ``math.inf`` when no threshold reaches the target (not even the single best link).
    """
    if isinstance(truth, (str, Path)):
        truth = read_truth(Path(truth))
    links = result.links_at(KEEP_PROBABILITY)
    prob = result.pairs.set_index(["jy_id", "dj_id"])["match_probability"]
    frame = pd.DataFrame(links, columns=["jy_id", "dj_id"])
    frame["p"] = prob.reindex(pd.MultiIndex.from_frame(frame[["jy_id", "dj_id"]])).to_numpy()
    frame["ok"] = [truth.get(j) == d for j, d in zip(frame["jy_id"], frame["dj_id"], strict=True)]
    # precision of "links with p >= t" for each distinct p, from the top down
    by_p = frame.groupby("p")["ok"].agg(["sum", "count"]).sort_index(ascending=False)
    precision = by_p["sum"].cumsum() / by_p["count"].cumsum()
    reaching = precision[precision >= target_precision]
    return float(reaching.index.min()) if len(reaching) else math.inf


# --- development stand-in for the SQL normaliser ------------------------------------------------------

_ROADS = sorted({r for d in DISTRICTS for r in d.roads}, key=len, reverse=True)
_PLACES = sorted(
    {PROVINCE, CITY_NAME} | {d.name for d in DISTRICTS} | {s for d in DISTRICTS for s, _ in d.streets},
    key=len,
    reverse=True,
)
_PREFIX_RE = re.compile(f"(?:{'|'.join(_PLACES)})+")
_ROAD_RE = re.compile(rf"({'|'.join(_ROADS)})(\d+)号")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")}
_FULL_TO_HALF = str.maketrans("０１２３４５６７８９（）＃－", "0123456789()#-")
_PHASE_RE = re.compile(r"[(]?([一二三四五六七八九十]+|\d+|I{1,3}|IV|VI{0,3})期[)]?")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_NUM = r"(\d+|[一二三四五六七八九十]+)"
_BUILDING_RE = re.compile(rf"^(.*?){_NUM}(?:栋|幢|#|座|号楼)")
_DASH_RE = re.compile(r"^(.*?)(\d+)-(\d+)(?:-(\d+))?")
_UNIT_RE = re.compile(rf"{_NUM}单元")
_ROOM_RE = re.compile(r"(\d{3,4})[室号]?$")


def _cn_int(s: str | None) -> int | None:
    """'3' → 3, '三' → 3, '十二' → 12."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN.get(tens, 1) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)
    return _CN.get(s)


def _phase(m: re.Match[str]) -> str:
    n = m.group(1)
    value = int(n) if n.isdigit() else _ROMAN.get(n) or _cn_int(n)
    return f"{value}期"


def _estate_key(name: str | None) -> str | None:
    """Estate name → comparable key: phases as ``2期``, a trailing 小区 dropped."""
    if not name:
        return None
    key = _PHASE_RE.sub(_phase, name.translate(_FULL_TO_HALF))
    key = re.sub(r"小区(?=\d+期$)|小区$", "", key)
    return key or None


def _parse_address(zl: str) -> dict[str, object]:
    """The pieces of a 坐落 text: road+door, estate, building, unit, room."""
    s = zl.translate(_FULL_TO_HALF).replace(" ", "")
    m = _PREFIX_RE.match(s)
    s = s[m.end() :] if m else s
    dl = None
    m = _ROAD_RE.match(s)
    if m:
        dl = f"{m.group(1)}{m.group(2)}"
        s = s[m.end() :]
    out: dict[str, object] = {"dl": dl, "xm": None, "zh": None, "dy": None, "fh": None}
    m = _DASH_RE.match(s)
    if m and not _BUILDING_RE.match(s):
        out["xm"], out["zh"] = m.group(1) or None, int(m.group(2))
        if m.group(4):
            out["dy"], out["fh"] = int(m.group(3)), m.group(4)
        else:
            out["fh"] = m.group(3)
        return out
    m = _BUILDING_RE.match(s)
    if m:
        out["xm"], out["zh"] = m.group(1) or None, _cn_int(m.group(2))
        rest = s[m.end() :]
        u = _UNIT_RE.search(rest)
        out["dy"] = _cn_int(u.group(1)) if u else None
        r = _ROOM_RE.search(rest)
        out["fh"] = r.group(1) if r else None
    return out


def _digits(value: str | None) -> int | None:
    m = re.match(r"\d+", value) if value else None
    return int(m.group()) if m else None


def _id18(z: str | None) -> str | None:
    """Owner ID → 18 chars (a legacy 15-digit ID gets its century and check char)."""
    if not z:
        return None
    z = z.upper()
    if len(z) == 15 and z.isdigit():
        body = z[:6] + "19" + z[6:]
        return body + sfzh_check_char(body)
    return z


def _area(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def features_from_csv_columns(frame: pd.DataFrame, side: str) -> pd.DataFrame:
    """DEVELOPMENT STAND-IN for the SQL normaliser: ``FEATURES`` from the generator's jy/dj CSV columns.

    Structured columns win; where they are empty the address text is parsed (roads and place names from
    ``jydj.seed.places`` as a gazetteer). Not tuned beyond what the benchmark's development needed.
    """
    if side not in ("jy", "dj"):
        raise ValueError(f"side must be 'jy' or 'dj': {side}")
    key, room = ("fwbm", "fh") if side == "jy" else ("bdcdyh", "hh")
    records = []
    for row in frame.to_dict("records"):
        r = {k: (v if isinstance(v, str) and v != "" else None) for k, v in row.items()}
        a = _parse_address(r["zl"] or "")
        fh = r[room] or a["fh"]
        c = _digits(r["szc"])
        if c is None and fh and len(fh) >= 3:
            c = int(fh[:-2])
        zh = _digits(r["zh"]) or a["zh"]
        dy = _digits(r["dy"]) or a["dy"]
        records.append(
            {
                "id": r[key],
                "xm": _estate_key(r["xmmc"] or a["xm"]),  # type: ignore[arg-type]
                "dl": a["dl"],
                "zh": str(zh) if zh else None,
                "dy": str(dy) if dy else None,
                "c": c,
                "fh": fh,
                "jzmj": _area(r["jzmj"]),
                "tnmj": _area(r["tnmj"]),
                "zjhm": _id18(r["zjhm"]),
                "qlrmc": r["qlrmc"],
                "dz": (r["zl"] or "").translate(_FULL_TO_HALF) or None,
            }
        )
    out = pd.DataFrame.from_records(records, columns=list(FEATURES))
    out["c"] = out["c"].astype("Int64")
    out["jzmj"] = out["jzmj"].astype("float64")
    out["tnmj"] = out["tnmj"].astype("float64")
    return out


def _read_side(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flats", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--u-max-pairs", type=float, default=U_MAX_PAIRS)
    parser.add_argument("--precision", type=float, nargs="*", default=[0.99, 0.995, 0.999])
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        ls = generate(args.flats, args.seed, Path(tmp))
        generated = time.perf_counter()
        jy = features_from_csv_columns(_read_side(ls.jy_csv), "jy")
        dj = features_from_csv_columns(_read_side(ls.dj_csv), "dj")
        featured = time.perf_counter()
        result = run_splink(jy, dj, threads=args.threads, u_max_pairs=args.u_max_pairs)
        truth = read_truth(ls.truth_csv)
        figures: dict[str, object] = {
            "flats": args.flats,
            "seed": args.seed,
            "threads": args.threads,
            "u_max_pairs": args.u_max_pairs,
            "jy_rows": ls.jy_rows,
            "dj_rows": ls.dj_rows,
            "true_pairs": ls.true_pairs,
            "undecidable_pairs": ls.undecidable_pairs,
            "generate_seconds": round(generated - started, 2),
            "features_seconds": round(featured - generated, 2),
            "comparisons": count_comparisons(jy, dj, args.threads),
            "scored_pairs": len(result.pairs),
            **result.timings,
            "at": {},
        }
        candidates = result.candidates(3)
        thresholds = {"0.5": 0.5, "0.9": 0.9}
        for target in args.precision:
            thresholds[f"precision>={target}"] = threshold_for_precision(result, truth, target)
        for name, t in thresholds.items():
            if math.isinf(t):
                figures["at"][name] = {"threshold": None}  # type: ignore[index]
                continue
            scores = evaluate(result.links_at(t), candidates, ls.truth_csv)
            figures["at"][name] = {"threshold": t, **{k: _round(v) for k, v in scores.items()}}  # type: ignore[index]
        figures["links_seconds"] = round(result.links_seconds, 2)
        result.close()
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


def _round(v: object) -> object:
    return round(v, 5) if isinstance(v, float) else v


if __name__ == "__main__":
    raise SystemExit(main())
