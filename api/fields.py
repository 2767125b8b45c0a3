"""Query keys of the web services: what each is called in Chinese, how it is checked, whether it is personal.

One definition for SOAP and JSON. A bad key raises :class:`InputError`, whose message names the field and
the rule in Chinese (the interface catalog, ``../shared/design/interfaces.md``: "bad input is a Client fault
whose message says in Chinese which field is wrong and why").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from jydj.codes import is_valid_bdcdyh, is_valid_fwbm, is_valid_sfzh, is_valid_uscc


class InputError(ValueError):
    """A request parameter breaks a rule; ``str()`` is the Chinese message for the caller."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(LookupError):
    """A single-object key that matches nothing (``Client.NotFound``)."""


#: Printable text without control characters (free-form document numbers).
_PLAIN_RE = re.compile(r"[^\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class Key:
    name: str
    title: str
    rule: str
    check: Callable[[str], bool]
    #: personal data (证件号码): the call log keeps a digest only
    personal: bool = False


def _plain(limit: int) -> Callable[[str], bool]:
    return lambda v: len(v) <= limit and _PLAIN_RE.fullmatch(v) is not None


def _zjhm(v: str) -> bool:
    return is_valid_sfzh(v) or is_valid_uscc(v)


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key(
            "fwbm", "房屋编码", "须为 JGJ/T 246-2012 的 23 位（或带逻辑幢码的 25 位）房屋编码", is_valid_fwbm
        ),
        Key("bdcdyh", "不动产单元号", "须为 GB/T 37346-2019 的 28 位不动产单元号", is_valid_bdcdyh),
        Key("ljzh", "楼栋编号", "须为不超过 50 个字符的文本，不含控制字符", _plain(50)),
        Key("htbh", "合同编号", "须为不超过 50 个字符的文本，不含控制字符", _plain(50)),
        Key("htbah", "合同备案号", "须为不超过 50 个字符的文本，不含控制字符", _plain(50)),
        Key("slbh", "一窗受理号", "须为不超过 50 个字符的文本，不含控制字符", _plain(50)),
        Key(
            "qqid",
            "请求号",
            "须为不超过 100 个字符的文本，不含控制字符（调用方为每个请求生成，重发时不变）",
            _plain(100),
        ),
        Key("djywh", "登记业务号", "须为不超过 50 个字符的文本，不含控制字符", _plain(50)),
        Key("bdcqzh", "不动产权证书号", "须为不超过 100 个字符的文本，不含控制字符", _plain(100)),
        Key(
            "dyzmh",
            "抵押证明号（不动产登记证明号）",
            "须为不超过 100 个字符的文本，不含控制字符",
            _plain(100),
        ),
        Key(
            "zjhm",
            "证件号码",
            "须为 18 位居民身份证号码（GB 11643，校验位正确）"
            "或 18 位统一社会信用代码（GB 32100，校验位正确）",
            _zjhm,
            personal=True,
        ),
    )
}


def one_key(allowed: tuple[str, ...], given: Mapping[str, str | None]) -> tuple[str, str]:
    """The one query key a request gives, checked. Blank values count as not given."""
    present = {n: v.strip() for n, v in given.items() if n in allowed and v is not None and v.strip() != ""}
    names = "、".join(f"{n}（{KEYS[n].title}）" for n in allowed)
    if not present:
        raise InputError(allowed[0], f"缺少查询条件：须提供 {names} 之一")
    if len(present) > 1:
        raise InputError(next(iter(present)), f"查询条件只能有一个：{names} 中只提供一项")
    name, value = next(iter(present.items()))
    key = KEYS[name]
    if not key.check(value):
        raise InputError(name, f"{name}（{key.title}）无效：{key.rule}")
    return name, value


def logged_value(name: str, value: str) -> str:
    """What the call log keeps of a key: the value, or for personal keys ``sha256:`` + 16 hex digits."""
    if name in KEYS and KEYS[name].personal:
        return "sha256:" + hashlib.sha256(value.encode()).hexdigest()[:16]
    return value[:80]
