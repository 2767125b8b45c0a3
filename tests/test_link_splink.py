"""Smoke test of the Splink peer (`bench/link_splink.py`) on ~2,000 flats; skipped without splink."""

from __future__ import annotations

import importlib.util
import math
import sys
from types import ModuleType

import pytest

pytest.importorskip("splink")

from jydj.codes import is_valid_sfzh
from jydj.config import REPO_ROOT
from jydj.linkgen import evaluate, generate, read_truth


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("link_splink", REPO_ROOT / "bench" / "link_splink.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["link_splink"] = module
    spec.loader.exec_module(module)
    return module


ls_mod = _load_bench()


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    ls = generate(2000, 4, tmp_path_factory.mktemp("splink"))
    jy = ls_mod.features_from_csv_columns(ls_mod._read_side(ls.jy_csv), "jy")
    dj = ls_mod.features_from_csv_columns(ls_mod._read_side(ls.dj_csv), "dj")
    result = ls_mod.run_splink(jy, dj, threads=2, u_max_pairs=1e6)
    yield ls, jy, dj, result
    result.close()


def test_features_stand_in(run) -> None:
    ls, jy, dj, _ = run
    assert tuple(jy.columns) == ls_mod.FEATURES == tuple(dj.columns)
    assert len(jy) == ls.jy_rows and len(dj) == ls.dj_rows
    assert jy["id"].is_unique and dj["id"].is_unique
    # the jy side is clean: every structured feature is there
    assert jy[["xm", "dl", "zh", "dy", "c", "fh", "jzmj"]].notna().all().all()
    # the dj side's address-only records still get building and room from the text
    assert dj["fh"].notna().mean() > 0.97 and dj["zh"].notna().mean() > 0.97


def test_splink_links_sensibly(run) -> None:
    ls, _, _, result = run
    assert {"jy_id", "dj_id", "match_probability", "match_weight"} <= set(result.pairs.columns)
    assert result.total_seconds >= result.training_seconds + result.predict_seconds - 1e-6
    links = result.links_at(0.5)
    assert len({j for j, _ in links}) == len(links) == len({d for _, d in links})  # one-to-one
    scores = evaluate(links, result.candidates(3), ls.truth_csv)
    assert scores["precision"] >= 0.97
    assert scores["recall"] >= 0.95


def test_links_nest_by_threshold(run) -> None:
    """Single best links = greedy matching: the links at t are the lowest threshold's links with p >= t."""
    _, _, _, result = run
    p = result.pairs
    prob = dict(zip(zip(p["jy_id"], p["dj_id"], strict=True), p["match_probability"], strict=True))
    base = result.links_at(ls_mod.KEEP_PROBABILITY)
    for t in (0.2, 0.5, 0.9, 0.99):
        assert set(result.links_at(t)) == {link for link in base if prob[link] >= t}


def test_threshold_for_precision(run) -> None:
    ls, _, _, result = run
    truth = read_truth(ls.truth_csv)
    for target in (0.98, 0.995):
        t = ls_mod.threshold_for_precision(result, truth, target)
        assert not math.isinf(t)
        assert evaluate(result.links_at(t), [], ls.truth_csv)["precision"] >= target
    assert ls_mod.threshold_for_precision(result, ls.truth_csv, 0.98) == ls_mod.threshold_for_precision(
        result, truth, 0.98
    )
    assert math.isinf(ls_mod.threshold_for_precision(result, {}, 0.5))  # nothing is right


def test_candidates_ranks(run) -> None:
    _, _, _, result = run
    candidates = result.candidates(3)
    assert candidates and all(1 <= rank <= 3 for _, _, rank in candidates)
    assert {rank for _, _, rank in candidates} == {1, 2, 3}


def test_missing_features_rejected(run) -> None:
    _, jy, dj, _ = run
    with pytest.raises(ValueError, match="feature columns missing"):
        ls_mod.run_splink(jy.drop(columns=["xm"]), dj)


def test_stand_in_address_parser() -> None:
    parsed = ls_mod._parse_address(
        "四川省达州市通川区东城街道朝阳西路６２８号金色港湾家园三栋二单元１２０３室"
    )
    assert parsed == {"dl": "朝阳西路628", "xm": "金色港湾家园", "zh": 3, "dy": 2, "fh": "1203"}
    assert ls_mod._parse_address("达州市通川区金色港湾（二期）3-2-1203")["fh"] == "1203"
    assert (
        ls_mod._estate_key("金色港湾家园（二期）小区")
        == ls_mod._estate_key("金色港湾家园II期")
        == "金色港湾家园2期"
    )
    id18 = ls_mod._id18("511702820101123")
    assert is_valid_sfzh(id18) and id18[:6] + id18[8:17] == "511702820101123"


def test_features_from_a_database_driver_are_typed() -> None:
    """Decimal areas, float floors and pandas NA (as psycopg2 + pandas may hand them over) are accepted."""
    import decimal

    import pandas as pd

    frame = pd.DataFrame(
        {
            "id": ["a", "b"],
            "xm": pd.array(["x", pd.NA], dtype="string"),
            "dl": [None, "d"],
            "zh": [1, 2],
            "dy": [None, "1"],
            "c": [3.0, None],
            "fh": ["301", None],
            "jzmj": [decimal.Decimal("90.12"), None],
            "tnmj": [None, 80.0],
            "zjhm": [None, "z"],
            "qlrmc": ["q", None],
            "dz": ["", ""],
        }
    )
    typed = ls_mod._typed(frame)
    assert "dz" not in typed.columns
    assert typed["jzmj"].dtype == "float64" and typed["jzmj"].iloc[0] == 90.12
    assert str(typed["c"].dtype) == "Int64" and typed["c"].iloc[0] == 3 and pd.isna(typed["c"].iloc[1])
    assert typed["zh"].tolist() == ["1", "2"]
    assert pd.isna(typed["xm"].iloc[1])
    assert typed["xm"].dropna().tolist() == ["x"]  # NA stays missing, not the text '<NA>'
