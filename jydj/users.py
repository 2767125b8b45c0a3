"""The steward tool's accounts (``gj.yh``): password hashing and the SQL calls behind ``jydj user``.

Passwords are hashed with Argon2id (argon2-cffi, its recommended parameters); only the hash is stored.
Every change goes through the audited procedures ``gj.yh_bc`` and ``gj.yh_zt``.
"""

from __future__ import annotations

import secrets
import string
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

#: Roles: code → Chinese name shown to users.
ROLES: dict[str, str] = {"admin": "管理员", "steward": "数据管理员", "viewer": "只读用户"}

#: Shortest accepted password; the tool's own generated passwords are longer.
MIN_PASSWORD = 10

_HASHER = PasswordHasher()
#: A hash to verify against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    problem = password_problem(password)
    if problem:
        raise ValueError(problem)
    return _HASHER.hash(password)


def password_problem(password: str) -> str | None:
    """Why ``password`` is too weak (in Chinese), or None."""
    if len(password) < MIN_PASSWORD:
        return f"口令至少 {MIN_PASSWORD} 位"
    kinds = sum(
        any(c in group for c in password)
        for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)
    )
    if kinds < 3:
        return "口令须含大写字母、小写字母、数字、符号中的至少三类"
    return None


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored_hash``; takes as long when there is no hash."""
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_password() -> str:
    """A random password that meets :func:`password_problem` (16 characters)."""
    alphabet = string.ascii_letters + string.digits
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(14)) + secrets.choice("-_.!") + "9"
        if password_problem(candidate) is None:
            return candidate


def save_user(
    conn: Any,
    name: str,
    role: str,
    *,
    operator: str,
    source: str,
    full_name: str | None = None,
    kinds: list[str] | None = None,
    districts: list[str] | None = None,
    password: str | None = None,
) -> dict[str, Any]:
    """Create or update a user (``gj.yh_bc``); the caller commits. ``kinds``/``districts`` None = no limit."""
    digest = hash_password(password) if password is not None else None
    with conn.cursor() as cur:
        cur.execute(
            "SELECT gj.yh_bc(%s, %s, %s, %s::varchar[], %s::varchar[], %s, %s, %s)",
            (name, full_name, role, kinds or None, districts or None, digest, operator, source),
        )
        return cur.fetchone()[0]


def set_state(conn: Any, name: str, action: str, *, operator: str, source: str, reason: str | None) -> int:
    """停用 / 启用 / 解锁 a user (``gj.yh_zt``); the caller commits. Returns 1 when something changed."""
    with conn.cursor() as cur:
        cur.execute("SELECT gj.yh_zt(%s, %s, %s, %s, %s)", (name, action, operator, source, reason))
        return int(cur.fetchone()[0])


def list_users(conn: Any) -> list[dict[str, Any]]:
    """Every user (``jydj user list``, the 用户管理 page); ``locked``: ``locked_until`` is still ahead."""
    with conn.cursor() as cur:
        cur.execute(
            """SELECT yhm, xm, js, djzl, xzqdm, zt, sbcs, sdzz, coalesce(sdzz > now(), false), zhdl,
                      mmzy IS NOT NULL
                 FROM gj.yh ORDER BY yhm"""
        )
        keys = (
            "name",
            "full_name",
            "role",
            "kinds",
            "districts",
            "state",
            "failures",
            "locked_until",
            "locked",
            "last_login",
            "local_password",
        )
        return [dict(zip(keys, r, strict=True)) for r in cur.fetchall()]
