"""Partner credentials: who may call, from where, which services.

A partner (``jk.hzf``) has a username and a 256-bit random secret; the database keeps only the secret's
SHA-256. SOAP callers send both in a WS-Security UsernameToken (PasswordText, over TLS at the gateway);
JSON callers send ``Authorization: Bearer <secret>``. Each partner has an allow-list of source networks
and of services. The table is read into memory and refreshed every few seconds; a name or secret not in memory
is looked up at once (a partner just added), so a known partner's call costs no extra query.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

from api.db import Database

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class AuthError(Exception):
    """Refused: ``result`` is 未认证 (401) or 拒绝访问 (403); ``str()`` is the Chinese message."""

    def __init__(self, result: str, message: str) -> None:
        super().__init__(message)
        self.result = result
        self.status = 401 if result == "未认证" else 403


@dataclass(frozen=True)
class Partner:
    username: str
    name: str
    digest: str
    networks: tuple[Network, ...]
    services: frozenset[str]

    def allows_address(self, ip: str) -> bool:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(address in net for net in self.networks if net.version == address.version)


def new_secret() -> str:
    """A fresh partner secret: 256 random bits, URL-safe text."""
    return secrets.token_urlsafe(32)


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


PARTNERS_SQL = "SELECT yhm, mc, myzy, yxdz, kyfw FROM jk.hzf WHERE zt = '启用'"


class PartnerBook:
    """The enabled partners of ``jk.hzf``, cached; :meth:`authenticate` decides a call."""

    def __init__(self, db: Database, ttl: float = 5.0) -> None:
        self.db = db
        self.ttl = ttl
        self._by_name: dict[str, Partner] = {}
        self._by_digest: dict[str, Partner] = {}
        self._loaded = 0.0
        self._lock = threading.Lock()

    @staticmethod
    def _partner(row: Any) -> Partner:
        yhm, mc, myzy, yxdz, kyfw = row
        return Partner(
            username=yhm,
            name=mc,
            digest=myzy,
            networks=tuple(ipaddress.ip_network(c, strict=False) for c in yxdz),
            services=frozenset(kyfw),
        )

    def _load(self) -> None:
        with self.db.reading() as cur:
            cur.execute(PARTNERS_SQL)
            partners = [self._partner(r) for r in cur.fetchall()]
        with self._lock:
            self._by_name = {p.username: p for p in partners}
            self._by_digest = {p.digest: p for p in partners}
            self._loaded = time.monotonic()

    def _fetch_one(self, username: str | None, digest: str) -> Partner | None:
        """A partner missing from the cache (added since the last refresh), by name or by digest."""
        where = "yhm = %(k)s" if username is not None else "myzy = %(k)s"
        with self.db.reading() as cur:
            cur.execute(f"{PARTNERS_SQL} AND {where}", {"k": username if username is not None else digest})
            row = cur.fetchone()
        if row is None:
            return None
        partner = self._partner(row)
        with self._lock:
            self._by_name[partner.username] = partner
            self._by_digest[partner.digest] = partner
        return partner

    def authenticate(
        self, *, secret: str | None, ip: str, service: str, username: str | None = None
    ) -> Partner:
        """The partner of these credentials, allowed from ``ip`` to call ``service``; else AuthError."""
        if not secret:
            raise AuthError(
                "未认证",
                "缺少凭据：SOAP 请用 WS-Security UsernameToken，JSON 请用 Authorization: Bearer 密钥",
            )
        digest = digest_of(secret)
        if time.monotonic() - self._loaded > self.ttl:
            self._load()
        partner = self._by_name.get(username) if username is not None else self._by_digest.get(digest)
        if partner is None:
            partner = self._fetch_one(username, digest)
        if partner is None or not hmac.compare_digest(partner.digest, digest):
            raise AuthError("未认证", "用户名或密钥错误，或该合作方已停用")
        if not partner.allows_address(ip):
            raise AuthError("拒绝访问", f"来源地址 {ip} 不在合作方 {partner.username} 允许的地址段内")
        if service not in partner.services:
            raise AuthError("拒绝访问", f"合作方 {partner.username} 无权调用 {service}")
        return partner
