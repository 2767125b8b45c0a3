"""std.is_valid_sfzh / _uscc / _bdcdyh / _fwbm against python-stdnum and the ``jydj.codes`` mirrors.

The oracles below are written independently of ``jydj.codes``: check chars come from python-stdnum's
``calc_check_digit`` (not its ``validate()``, which rejects real Dazhou IDs and N/A/Y credit codes), dates
from ``datetime``, structures position by position. Every Hypothesis example is one batch of values
checked with one SQL query. Needs the ``jy_tx`` fixture (a psycopg2 connection to a migrated ``jy``).
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from stdnum.cn import ric, uscc
from stdnum.exceptions import InvalidComponent, InvalidFormat

from jydj import codes

DIGITS = "0123456789"
FULL_WIDTH = str.maketrans(DIGITS, "０１２３４５６７８９")
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
DAZHOU = ("511700", "511702", "511703", "511721", "511722", "511723", "511724", "511725", "511781", "513001")
# Chars a corruption may put in: ASCII, lower case, full-width digits, spaces, CJK, letters outside USCC.
NOISE = DIGITS + "XxABGJZFLQWNYaxgbfw IOSVZ-*０９中\t\n"

# No shrinking: a failing batch already names exactly the values where SQL and oracle differ, and
# shrinking 100-value batches through the database would take minutes.
BATCH = settings(
    max_examples=40,
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
PURE = settings(max_examples=300, deadline=None, derandomize=True, database=None)

_FUNCTIONS = {"is_valid_sfzh", "is_valid_uscc", "is_valid_bdcdyh", "is_valid_fwbm"}


def sql_check(conn, name: str, values: list[str | None]) -> list[bool | None]:
    """``std.<name>(x)`` for every value, in order, in one query."""
    assert name in _FUNCTIONS
    with conn.cursor() as cur:
        cur.execute(
            f"select std.{name}(u.x) from unnest(%s::text[]) with ordinality as u(x, n) order by u.n",
            (values,),
        )
        return [row[0] for row in cur.fetchall()]


def _digits(s: str) -> bool:
    return s != "" and all(c in DIGITS for c in s)


# --- independent oracles --------------------------------------------------------------------------


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        d = datetime.date(year, month, day)
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= d <= datetime.date(2099, 12, 31)


def sfzh_oracle(s: str) -> bool:
    if len(s) == 18 and _digits(s[:17]) and s[0] in "12345678" and s[17] in DIGITS + "Xx":
        if not _date_ok(int(s[6:10]), int(s[10:12]), int(s[12:14])):
            return False
        return s[17].upper() == ric.calc_check_digit(s)  # uses s[:17]
    if len(s) == 15 and _digits(s) and s[0] in "12345678":
        return _date_ok(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    return False


def uscc_oracle(s: str) -> bool:
    return (
        len(s) == 18
        and s[0] in "123456789ANY"
        and all(c in USCC_ALPHABET for c in s)
        and _digits(s[2:8])
        and s[17] == uscc.calc_check_digit(s[:17])
    )


_ZD_PAIRS = {g + t for g in "GJZ" for t in "BSXDEFHGWY"} | {"JA", "JC"}


def bdcdyh_oracle(s: str) -> bool:
    return (
        len(s) == 28
        and _digits(s[0:12])
        and s[0] in "12345678"
        and s[12:14] in _ZD_PAIRS
        and _digits(s[14:19])
        and s[19] in "FLQW"
        and _digits(s[20:28])
        and (s[19] != "W" or s[20:28] == "00000000")
    )


def fwbm_oracle(s: str) -> bool:
    return (
        len(s) in (23, 25)
        and _digits(s[0:22])
        and s[0] in "12345678"
        and 1900 <= int(s[9:13]) <= 2099
        and s[13:17] != "0000"
        and s[22] in DIGITS + "X"
        and (len(s) == 23 or _digits(s[23:25]))
    )


# --- value strategies -----------------------------------------------------------------------------

areas = st.sampled_from(DAZHOU) | st.integers(100000, 899999).map(str)
births = st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31))


@st.composite
def sfzh18(draw) -> str:
    body = f"{draw(areas)}{draw(births):%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return body + ric.calc_check_digit(body + "?")


@st.composite
def sfzh15(draw) -> str:
    birth = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(1999, 12, 31)))
    return f"{draw(areas)}{birth:%y%m%d}{draw(st.integers(0, 999)):03d}"


@st.composite
def uscc_codes(draw) -> str:
    head = draw(st.sampled_from("123456789ANY")) + draw(st.sampled_from(USCC_ALPHABET))
    region = draw(st.sampled_from(DAZHOU) | st.integers(0, 999999).map("{:06d}".format))
    org = "".join(draw(st.lists(st.sampled_from(USCC_ALPHABET), min_size=9, max_size=9)))
    body = head + region + org
    return body + uscc.calc_check_digit(body)


@st.composite
def bdcdyh_codes(draw) -> str:
    pair = draw(st.sampled_from(sorted(_ZD_PAIRS)))
    dzw = draw(st.sampled_from("FLQW"))
    zh, hh = (0, 0) if dzw == "W" else (draw(st.integers(0, 9999)), draw(st.integers(0, 9999)))
    return codes.make_bdcdyh(
        draw(areas),
        draw(st.integers(0, 999)),
        draw(st.integers(0, 999)),
        pair,
        draw(st.integers(0, 99999)),
        dzw,
        zh,
        hh,
    )


@st.composite
def fwbm_codes(draw) -> str:
    area9 = draw(areas) + f"{draw(st.integers(0, 999)):03d}"
    ljz = draw(st.none() | st.integers(0, 99))
    return codes.make_fwbm(
        area9, draw(st.integers(1900, 2099)), draw(st.integers(1, 9999)), draw(st.integers(0, 99999)), ljz=ljz
    )


def refix_sfzh(s: str) -> str:
    """Recompute the check char when the body still allows it (so only the structure is wrong)."""
    return s[:17] + ric.calc_check_digit(s) if len(s) == 18 and _digits(s[:17]) else s


def refix_uscc(s: str) -> str:
    ok = len(s) == 18 and all(c in USCC_ALPHABET for c in s[:17])
    return s[:17] + uscc.calc_check_digit(s[:17]) if ok else s


@st.composite
def corrupted(draw, valid: st.SearchStrategy[str], refix=None) -> str:
    """A valid value with one typical data-entry error (which may, rarely, leave it valid); with
    ``refix``, half of them get their check char recomputed afterwards."""
    s = _corrupt(draw, draw(valid))
    return refix(s) if refix is not None and draw(st.booleans()) else s


def _corrupt(draw, s: str) -> str:
    i = draw(st.integers(0, len(s) - 1))
    op = draw(
        st.sampled_from(
            ["replace", "transpose", "truncate", "delete", "append", "lower", "fullwidth", "space", "empty"]
        )
    )
    if op == "replace":
        return s[:i] + draw(st.sampled_from(NOISE)) + s[i + 1 :]
    if op == "transpose":
        i = min(i, len(s) - 2)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op == "truncate":
        return s[:i]
    if op == "delete":
        return s[:i] + s[i + 1 :]
    if op == "append":
        return s + draw(st.sampled_from(NOISE))
    if op == "lower":
        return s.lower()
    if op == "fullwidth":
        return s[:i] + s[i:].translate(FULL_WIDTH) if draw(st.booleans()) else s.translate(FULL_WIDTH)
    if op == "space":
        return draw(st.sampled_from([" " + s, s + " ", s[:i] + " " + s[i:], "\u3000" + s]))
    return ""


# Any text PostgreSQL can store (no NUL, no lone surrogates).
junk = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)


def batches(valid: st.SearchStrategy[str], refix=None) -> st.SearchStrategy[list[str]]:
    item = st.one_of(valid, corrupted(valid), corrupted(valid, refix), junk)
    return st.lists(item, min_size=60, max_size=120)


def _check_batch(conn, name: str, values: list[str], oracle, mirror) -> None:
    values = [*values, None, "", " "]
    got = sql_check(conn, name, values)
    expected = [None if v is None else oracle(v) for v in values]
    mirrored = [None if v is None else mirror(v) for v in values]
    assert [(v, g) for v, g, e in zip(values, got, expected, strict=True) if g is not e] == []
    assert [(v, m) for v, g, m in zip(values, got, mirrored, strict=True) if g is not m] == []


# --- SQL ↔ stdnum ↔ mirror, on generated batches --------------------------------------------------


@BATCH
@given(batches(sfzh18() | sfzh15(), refix_sfzh))
def test_sfzh_sql_agrees_with_stdnum_and_mirror(jy_tx, values):
    _check_batch(jy_tx, "is_valid_sfzh", values, sfzh_oracle, codes.is_valid_sfzh)


@BATCH
@given(batches(uscc_codes(), refix_uscc))
def test_uscc_sql_agrees_with_stdnum_and_mirror(jy_tx, values):
    _check_batch(jy_tx, "is_valid_uscc", values, uscc_oracle, codes.is_valid_uscc)


@BATCH
@given(batches(bdcdyh_codes()))
def test_bdcdyh_sql_agrees_with_rules_and_mirror(jy_tx, values):
    _check_batch(jy_tx, "is_valid_bdcdyh", values, bdcdyh_oracle, codes.is_valid_bdcdyh)


@BATCH
@given(batches(fwbm_codes()))
def test_fwbm_sql_agrees_with_rules_and_mirror(jy_tx, values):
    _check_batch(jy_tx, "is_valid_fwbm", values, fwbm_oracle, codes.is_valid_fwbm)


# --- Python makers and check chars ----------------------------------------------------------------


@PURE
@given(st.text(DIGITS, min_size=17, max_size=17))
def test_sfzh_check_char_is_stdnum(body):
    assert codes.sfzh_check_char(body) == ric.calc_check_digit(body + "?")


@PURE
@given(st.text(USCC_ALPHABET, min_size=17, max_size=17))
def test_uscc_check_char_is_stdnum(body):
    assert codes.uscc_check_char(body) == uscc.calc_check_digit(body)


@PURE
@given(areas, births, st.integers(0, 999))
def test_make_sfzh(area, birth, seq):
    s = codes.make_sfzh(area, birth, seq)
    assert s[:17] == f"{area}{birth:%Y%m%d}{seq:03d}"
    assert s[17] == ric.calc_check_digit(s)
    assert codes.is_valid_sfzh(s)


@PURE
@given(st.sampled_from("123456789ANY"), st.sampled_from(USCC_ALPHABET), st.sampled_from(DAZHOU), uscc_codes())
def test_make_uscc(dept, category, region, other):
    s = codes.make_uscc(dept, category, region, other[8:17])
    assert s[:17] == dept + category + region + other[8:17]
    assert s[17] == uscc.calc_check_digit(s[:17])
    assert codes.is_valid_uscc(s)


def test_makers_reject_bad_input():
    bad = [
        lambda: codes.make_sfzh("011702", datetime.date(1990, 1, 1), 1),
        lambda: codes.make_sfzh("511702", datetime.date(1899, 12, 31), 1),
        lambda: codes.make_sfzh("511702", datetime.date(1990, 1, 1), 1000),
        lambda: codes.make_uscc("B", "1", "511702", "MA62X7Q8D"),
        lambda: codes.make_uscc("9", "1", "51170A", "MA62X7Q8D"),
        lambda: codes.make_uscc("9", "1", "511702", "MA62X7Q8I"),
        lambda: codes.make_bdcdyh("511702", 1, 1, "GA", 1, "F", 1, 1),
        lambda: codes.make_bdcdyh("511702", 1, 1, "GB", 1, "W", 1, 0),
        lambda: codes.make_bdcdyh("511702", 1000, 1, "GB", 1, "F", 1, 1),
        lambda: codes.make_fwbm("511702001", 2100, 1, 0),
        lambda: codes.make_fwbm("511702001", 2010, 0, 0),
        lambda: codes.make_fwbm("51170200", 2010, 1, 0),
        lambda: codes.make_fwbm("511702001", 2010, 1, 0, ljz=100),
        lambda: codes.sfzh_check_char("5117021990010112３"),
    ]
    for make in bad:
        with pytest.raises(ValueError):
            make()


def test_fwbm_check_char_uses_documented_weights():
    assert codes.FWBM_WEIGHTS == (2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4, 8, 5, 10, 9, 7, 3, 6, 1, 2, 4)
    body = "5117020012012" + "0001" + "00101"
    total = sum(int(c) * w for c, w in zip(body, codes.FWBM_WEIGHTS, strict=True))
    assert codes.make_fwbm("511702001", 2012, 1, 101) == body + "0123456789X"[total % 11]


# --- cases the standards and seed name explicitly -------------------------------------------------


def test_dazhou_1990_id_valid_although_stdnum_validate_rejects(jy_tx):
    s = "511702199001011231"  # 通川区 (code from 1999), born 1990
    with pytest.raises(InvalidComponent):
        ric.validate(s)
    assert ric.calc_check_digit(s) == s[17]
    assert sql_check(jy_tx, "is_valid_sfzh", [s, "511702200001011237"]) == [True, True]
    assert codes.is_valid_sfzh(s)


def test_sfzh_dates_and_lower_x(jy_tx):
    def make(date8: str) -> str:
        body = "511702" + date8 + "123"
        return body + ric.calc_check_digit(body + "?")

    cases = {
        make("20000229"): True,
        make("20240229"): True,
        make("19000229"): False,
        make("20230229"): False,
        make("20230431"): False,
        make("20230132"): False,
        make("20230100"): False,
        make("20231301"): False,
        make("20230001"): False,
        make("18991231"): False,
        make("21000101"): False,
        make("19000101"): True,
        make("20991231"): True,
        "511702960229123": True,  # 15-digit, 1996-02-29
        "511702900229123": False,  # 1990 not a leap year
        "511702000229123": False,  # 1900 not a leap year
        "511702991231123": True,
        "011702900101123": False,
        "51170219900101123": False,  # 17
    }
    x_ids = [
        codes.make_sfzh("511702", datetime.date(1990, 1, 1) + datetime.timedelta(days=n), 1)
        for n in range(40)
    ]
    with_x = next(s for s in x_ids if s.endswith("X"))
    cases[with_x] = True
    cases[with_x[:17] + "x"] = True
    values = list(cases)
    assert sql_check(jy_tx, "is_valid_sfzh", values) == list(cases.values())
    assert [codes.is_valid_sfzh(v) for v in values] == list(cases.values())


def test_sfzh_month_lengths_and_first_digit(jy_tx):
    values: list[str] = []
    expected: list[bool] = []
    for year in (1900, 1999, 2000, 2023, 2024, 2099):
        for month in range(1, 13):
            last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
            for day, ok in ((last, True), (last + 1, False)):
                values.append(refix_sfzh(f"511702{year:04d}{month:02d}{day:02d}1230"))
                expected.append(ok)
                if year < 2000:
                    values.append(f"511702{year % 100:02d}{month:02d}{day:02d}123")
                    expected.append(ok)
    for first in DIGITS:
        values += [refix_sfzh(first + "11702199001011230"), first + "11702900101123"]
        expected += [first in "12345678"] * 2
    assert sql_check(jy_tx, "is_valid_sfzh", values) == expected
    assert [codes.is_valid_sfzh(v) for v in values] == expected


def test_every_single_substitution_is_caught(jy_tx):
    sfzh = "511702199001011231"
    code = "91511702MA62X7Q8D0"
    sfzh_variants = [sfzh[:i] + c + sfzh[i + 1 :] for i in range(18) for c in DIGITS + "X" if c != sfzh[i]]
    uscc_variants = [code[:i] + c + code[i + 1 :] for i in range(18) for c in USCC_ALPHABET if c != code[i]]
    assert not any(sql_check(jy_tx, "is_valid_sfzh", sfzh_variants))
    assert not any(sql_check(jy_tx, "is_valid_uscc", uscc_variants))


def test_uscc_starting_n_a_y_valid_although_stdnum_validate_rejects(jy_tx):
    values = [codes.make_uscc(dept, "2", "511702", "MA62X7Q8D") for dept in "NAY"]
    for s in values:
        assert s[17] == uscc.calc_check_digit(s)
        with pytest.raises(InvalidFormat):
            uscc.validate(s)
    samples = ["91511702MA62X7Q8D0", "91110000600037341L"]
    assert sql_check(jy_tx, "is_valid_uscc", values + samples) == [True] * 5
    bad = ["91511702ma62x7q8d0", "91511702MA62X7Q8D0 ", refix_uscc("9151170AMA62X7Q8D0")]
    assert sql_check(jy_tx, "is_valid_uscc", bad) == [False] * 3


def test_uscc_first_and_second_char(jy_tx):
    firsts = [refix_uscc(c + "1511702MA62X7Q8D0") for c in USCC_ALPHABET]
    seconds = [refix_uscc("9" + c + "511702MA62X7Q8D0") for c in USCC_ALPHABET]
    assert sql_check(jy_tx, "is_valid_uscc", firsts) == [c in "123456789ANY" for c in USCC_ALPHABET]
    assert sql_check(jy_tx, "is_valid_uscc", seconds) == [True] * len(USCC_ALPHABET)
    assert [codes.is_valid_uscc(v) for v in firsts] == [c in "123456789ANY" for c in USCC_ALPHABET]


def test_bdcdyh_samples_and_breaks(jy_tx):
    valid = [
        "320505400202GB00001F00010069",
        "320802001009GB00001F00010003",
        "370105012002GB00001F00010751",
        "511702001001GB00001F00010101",
        "511702001001GB00001W00000000",  # land only: ZDDM + W00000000
        "511702001001JA00001W00000000",
        "511702001001JC00012F00010001",
        "511702001001ZW00001F99999999",
        "511702000000GB00000F00010001",  # vendor virtual-unit conventions
    ]
    invalid = [
        "511702001001GA00001F00010101",  # A only with J
        "511702001001ZC00001F00010101",  # C only with J
        "511702001001GB00001W00010000",  # W needs 00000000
        "511702001001GT00001F00010101",
        "511702001001KB00001F00010101",
        "511702001001GB00001K00010101",
        "511702001001gb00001F00010101",
        "511702001001GB00001F0001010",  # 27
        "511702001001GB00001F000101011",  # 29
        "011702001001GB00001F00010101",
        "911702001001GB00001F00010101",
        "5117020010O1GB00001F00010101",
        "51170200100１GB00001F00010101",
        " 511702001001GB00001F00010101",
        "",
    ]
    assert sql_check(jy_tx, "is_valid_bdcdyh", valid + invalid) == [True] * len(valid) + [False] * len(
        invalid
    )
    assert [codes.is_valid_bdcdyh(s) for s in valid + invalid] == [True] * len(valid) + [False] * len(invalid)


def test_bdcdyh_every_letter(jy_tx):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    values = [f"511702001001{a}{b}00001F00010101" for a in letters for b in letters]
    values += [f"511702001001JB00001{c}00010101" for c in letters]
    values += [f"511702001001JB00001{c}00000000" for c in letters]
    values += [f"511702001001JB00001W{'0' * i}1{'0' * (7 - i)}" for i in range(8)]
    expected = [bdcdyh_oracle(v) for v in values]
    assert sum(expected) == 32 + 3 + 4
    assert sql_check(jy_tx, "is_valid_bdcdyh", values) == expected
    assert [codes.is_valid_bdcdyh(v) for v in values] == expected


def test_fwbm_forms(jy_tx):
    f23 = codes.make_fwbm("511702001", 2012, 1, 101)
    f25 = codes.make_fwbm("511702001", 2012, 1, 101, ljz=3)
    building = codes.make_fwbm("511702001", 1998, 12, 0)
    other_check = [f23[:22] + c for c in DIGITS + "X"]  # the check char's value is not enforced
    valid = [f23, f25, building, *other_check]
    invalid = [
        f23 + "0",  # 24
        f25 + "0",  # 26
        f23[:22],  # 22
        f23[:9] + "1899" + f23[13:],
        f23[:9] + "2100" + f23[13:],
        f23[:13] + "0000" + f23[17:],  # 幢顺序码 0000
        f23[:22] + "x",
        f23[:22] + "A",
        "0" + f23[1:],
        "9" + f23[1:],
        f23[:5] + "*" + f23[6:],
        f23.translate(FULL_WIDTH),
        f23 + " ",
        f25[:23] + "0A",
    ]
    expected = [True] * len(valid) + [False] * len(invalid)
    assert sql_check(jy_tx, "is_valid_fwbm", valid + invalid) == expected
    assert [codes.is_valid_fwbm(s) for s in valid + invalid] == expected


def test_null_gives_null(jy_tx):
    with jy_tx.cursor() as cur:
        cur.execute(
            "select std.is_valid_sfzh(null), std.is_valid_uscc(null), std.is_valid_bdcdyh(null),"
            " std.is_valid_fwbm(null), std.is_valid_sfzh(''), std.is_valid_uscc('')"
        )
        assert cur.fetchone() == (None, None, None, None, False, False)
