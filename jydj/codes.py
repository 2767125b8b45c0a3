"""Code makers and validators: Python counterparts of the ``std.is_valid_*`` SQL functions.

Standards (see ``shared/reference/domain.md`` §1, §2, §5, §6):

* 居民身份证号 SFZH — GB 11643-1999 (18 chars, ISO 7064 MOD 11-2 check char) and the legacy
  15-digit GB 11643-1989 form (no check char);
* 统一社会信用代码 USCC — GB 32100-2015 (18 chars from a 31-char alphabet, mod-31 check char);
* 不动产单元号 BDCDYH — GB/T 37346-2019 (28 chars, structure only: the standard has no check char);
* 房屋编码 FWBM — JGJ/T 246-2012 (23 chars, or 25 with the Beijing 逻辑幢对应码).

``is_valid_*`` mirror ``db/procedures/std/std.is_valid_*.sql`` exactly on every string (the tests
compare them). The SQL functions return NULL for NULL; these take strings only. Nothing is cleaned:
spaces, full-width digits, separators and (except the SFZH ``x``) lower case are invalid.

FWBM check char: the standard's weights are known (2^(i+1) mod 11) but its S mod 11 → char table is
unverified, so validation does not check it. ``make_fwbm`` uses the platform's documented choice
``'0123456789X'[S mod 11]`` so that synthetic data is at least self-consistent.
"""

from __future__ import annotations

import datetime
import re

__all__ = [
    "BDCDYH_RE",
    "FWBM_RE",
    "USCC_ALPHABET",
    "fwbm_check_char",
    "is_valid_bdcdyh",
    "is_valid_fwbm",
    "is_valid_sfzh",
    "is_valid_uscc",
    "make_bdcdyh",
    "make_fwbm",
    "make_sfzh",
    "make_uscc",
    "sfzh_check_char",
    "uscc_check_char",
]

_DIGITS = "0123456789"

# --- 居民身份证号 GB 11643-1999 ------------------------------------------------------------------

#: ISO 7064 MOD 11-2 weights, 2^(17-i) mod 11.
SFZH_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_SFZH_CHECK = "10X98765432"
_SFZH18_RE = re.compile(r"[1-8][0-9]{16}[0-9Xx]")
_SFZH15_RE = re.compile(r"[1-8][0-9]{14}")


def _is_ascii_digits(s: str) -> bool:
    return s != "" and all(c in _DIGITS for c in s)


def sfzh_check_char(body17: str) -> str:
    """The GB 11643-1999 check char ('0'–'9' or 'X') for the first 17 digits of an ID."""
    if len(body17) != 17 or not _is_ascii_digits(body17):
        raise ValueError(f"body17 must be 17 ASCII digits: {body17!r}")
    total = sum(int(c) * w for c, w in zip(body17, SFZH_WEIGHTS, strict=True))
    return _SFZH_CHECK[total % 11]


def make_sfzh(area: str, birth: datetime.date, seq: int) -> str:
    """An 18-char ID: 6-digit area code, birth date (1900–2099), 3-digit sequence (odd = male), check."""
    if len(area) != 6 or not _is_ascii_digits(area) or area[0] not in "12345678":
        raise ValueError(f"area must be 6 digits starting 1-8: {area!r}")
    if not 1900 <= birth.year <= 2099:
        raise ValueError(f"birth year out of 1900-2099: {birth}")
    if not 0 <= seq <= 999:
        raise ValueError(f"seq out of 0-999: {seq}")
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + sfzh_check_char(body)


def _is_date(year: int, month: int, day: int) -> bool:
    """A real calendar date in 1900–2099 (arithmetic, as in SQL: no datetime)."""
    if not (1900 <= year <= 2099 and 1 <= month <= 12):
        return False
    if month == 2:
        last = 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    else:
        last = 30 if month in (4, 6, 9, 11) else 31
    return 1 <= day <= last


def is_valid_sfzh(s: str) -> bool:
    """Mirror of ``std.is_valid_sfzh``: 18-char (check char, ``x`` accepted) or legacy 15-digit ID."""
    if _SFZH18_RE.fullmatch(s):
        birth_ok = _is_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
        return birth_ok and s[17].upper() == sfzh_check_char(s[:17])
    if _SFZH15_RE.fullmatch(s):
        return _is_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))
    return False


# --- 统一社会信用代码 GB 32100-2015 --------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
#: Weights 3^i mod 31.
USCC_WEIGHTS: tuple[int, ...] = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_RE = re.compile(rf"[1-9ANY][{USCC_ALPHABET}][0-9]{{6}}[{USCC_ALPHABET}]{{10}}")


def uscc_check_char(body17: str) -> str:
    """The GB 32100-2015 check char for the first 17 chars of a credit code."""
    if len(body17) != 17 or any(c not in USCC_ALPHABET for c in body17):
        raise ValueError(f"body17 must be 17 chars of {USCC_ALPHABET}: {body17!r}")
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def make_uscc(dept: str, category: str, region: str, org_body9: str) -> str:
    """An 18-char credit code: 登记管理部门 (1–9, A, N, Y), 机构类别, 6-digit region, 9-char 主体标识码.

    ``org_body9`` is taken as given (its inner GB 11714 check char is not computed or checked, as in SQL).
    """
    if len(dept) != 1 or dept not in "123456789ANY":
        raise ValueError(f"dept must be one of 1-9, A, N, Y: {dept!r}")
    if len(category) != 1 or category not in USCC_ALPHABET:
        raise ValueError(f"category must be one char of {USCC_ALPHABET}: {category!r}")
    if len(region) != 6 or not _is_ascii_digits(region):
        raise ValueError(f"region must be 6 digits: {region!r}")
    if len(org_body9) != 9 or any(c not in USCC_ALPHABET for c in org_body9):
        raise ValueError(f"org_body9 must be 9 chars of {USCC_ALPHABET}: {org_body9!r}")
    body = dept + category + region + org_body9
    return body + uscc_check_char(body)


def is_valid_uscc(s: str) -> bool:
    """Mirror of ``std.is_valid_uscc``: alphabet, first char 1–9/A/N/Y, chars 3–8 digits, check char."""
    return _USCC_RE.fullmatch(s) is not None and s[17] == uscc_check_char(s[:17])


# --- 不动产单元号 GB/T 37346-2019 -----------------------------------------------------------------

BDCDYH_RE = re.compile(
    r"[1-8][0-9]{11}(G[BSXDEFHGWY]|J[ABSXCDEFHGWY]|Z[BSXDEFHGWY])[0-9]{5}([FLQ][0-9]{8}|W00000000)"
)


def make_bdcdyh(
    county: str, djq: int, djzq: int, zd_tzm: str, zd_seq: int, dzw_tzm: str, zh: int, hh: int
) -> str:
    """A 28-char 不动产单元号: county + 地籍区 + 地籍子区 + 宗地特征码 + 宗地顺序号 + 定着物特征码 +
    定着物单元号 (4-digit 幢号 ``zh`` + 4-digit 户号 ``hh``, both 0 when ``dzw_tzm`` is 'W')."""
    if len(county) != 6 or not _is_ascii_digits(county) or county[0] not in "12345678":
        raise ValueError(f"county must be 6 digits starting 1-8: {county!r}")
    for name, value, top in (("djq", djq, 999), ("djzq", djzq, 999), ("zd_seq", zd_seq, 99999)):
        if not 0 <= value <= top:
            raise ValueError(f"{name} out of 0-{top}: {value}")
    if not (0 <= zh <= 9999 and 0 <= hh <= 9999):
        raise ValueError(f"zh and hh must be 0-9999: {zh}, {hh}")
    code = f"{county}{djq:03d}{djzq:03d}{zd_tzm}{zd_seq:05d}{dzw_tzm}{zh:04d}{hh:04d}"
    if not BDCDYH_RE.fullmatch(code):
        raise ValueError(f"invalid 宗地特征码/定着物特征码 combination: {zd_tzm!r}, {dzw_tzm!r}, {zh}, {hh}")
    return code


def is_valid_bdcdyh(s: str) -> bool:
    """Mirror of ``std.is_valid_bdcdyh``: the 28-char structure (no check char exists)."""
    return BDCDYH_RE.fullmatch(s) is not None


# --- 房屋编码 JGJ/T 246-2012 ----------------------------------------------------------------------

#: Weights 2^(i+1) mod 11 for the 22-char body (from the standard's listed weights).
FWBM_WEIGHTS: tuple[int, ...] = tuple(pow(2, i + 1, 11) for i in range(22))
FWBM_RE = re.compile(r"[1-8][0-9]{8}(19|20)[0-9]{2}(?!0000)[0-9]{4}[0-9]{5}[0-9X]([0-9]{2})?")


def fwbm_check_char(body22: str) -> str:
    """Platform choice for the FWBM check char: ``'0123456789X'[Σ aᵢ·wᵢ mod 11]``.

    The official S mod 11 → char table is unverified; the SQL validator does not check this char.
    """
    if len(body22) != 22 or not _is_ascii_digits(body22):
        raise ValueError(f"body22 must be 22 ASCII digits: {body22!r}")
    total = sum(int(c) * w for c, w in zip(body22, FWBM_WEIGHTS, strict=True))
    return "0123456789X"[total % 11]


def make_fwbm(area9: str, year: int, building: int, flat: int, ljz: int | None = None) -> str:
    """A 23-char 房屋编码: 9-digit area, 竣工年份, 幢顺序码 (≥ 1), 户顺序码 (0 = the building), check char.

    With ``ljz`` (0–99) the 2-digit 逻辑幢对应码 is appended (25-char Beijing form).
    """
    if len(area9) != 9 or not _is_ascii_digits(area9) or area9[0] not in "12345678":
        raise ValueError(f"area9 must be 9 digits starting 1-8: {area9!r}")
    if not 1900 <= year <= 2099:
        raise ValueError(f"year out of 1900-2099: {year}")
    if not 1 <= building <= 9999:
        raise ValueError(f"building out of 1-9999: {building}")
    if not 0 <= flat <= 99999:
        raise ValueError(f"flat out of 0-99999: {flat}")
    body = f"{area9}{year:04d}{building:04d}{flat:05d}"
    code = body + fwbm_check_char(body)
    if ljz is not None:
        if not 0 <= ljz <= 99:
            raise ValueError(f"ljz out of 0-99: {ljz}")
        code += f"{ljz:02d}"
    return code


def is_valid_fwbm(s: str) -> bool:
    """Mirror of ``std.is_valid_fwbm``: 23- or 25-char structure; the check char's value is not checked."""
    return FWBM_RE.fullmatch(s) is not None
