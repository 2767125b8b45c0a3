"""Helpers of the web-service tests: test data through the real staging and loading path, partners, a server.

The server is the real WSGI app (:func:`api.app.create_app`) on a real socket (werkzeug's threaded server in
this process, so tests can flush its call log); ``test_api_serve.py`` runs it under gunicorn
(``jydj serve``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg2
import stagekit as sk
from werkzeug.serving import make_server

from api.app import create_app
from api.auth import digest_of, new_secret


@dataclass(frozen=True)
class City:
    """What the API test database holds (keys the tests ask for)."""

    fwbm: str  # flat 1: owned, seized, objected, pre-noticed, mortgaged; sold new (spfht)
    bdcdyh: str
    fwbm_clean: str  # flat 2: nothing registered; sold second-hand (clfht)
    bdcdyh_clean: str
    htbh_new: str
    htbh_stock: str
    buyer: str  # buyer of both contracts
    bdcqzh_stock: str
    dyzmh: str
    cfwh: str


def build_city(dsn: str) -> City:
    """Registration data through S4 staging + validation (the production path), contracts bulk-loaded."""
    conn = psycopg2.connect(dsn)
    try:
        fwbm, bdcdyh = sk.linked_flat(conn, 1)
        fwbm2, bdcdyh2 = sk.linked_flat(conn, 2)
        own = sk.new_ywh()
        cert = "川（2025）达州市不动产权第0000001号"
        sk.stage(conn, "dbjg", sk.ownership(own, bdcdyh, fwbm, bdcqzh=cert))
        sk.stage(conn, "qlr", sk.party(own, qlrmc="李四", zjhm=sk.person_id(3)))
        pre = sk.new_ywh()
        sk.stage(conn, "dbjg", sk.prenotice(pre, bdcdyh, htbh="SPF-API-1"))
        sk.stage(conn, "qlr", sk.party(pre, qlrmc="王五", zjhm=sk.person_id(5)))
        mort = sk.new_ywh()
        dyzmh = "川（2026）达州市不动产证明第0000777号"
        sk.stage(conn, "dbjg", sk.mortgage(mort, bdcdyh, bdcqzh=dyzmh))
        sk.stage(
            conn,
            "dbjg_dy",
            sk.image("dbjg_dy", ywh=mort, bdcdyh=bdcdyh, fwbm=fwbm, zl="通川区测试小区1栋", jzmj="100.00"),
        )
        sei = sk.new_ywh()
        cfwh = "（2026）川1702执555号"
        sk.stage(conn, "dbjg", sk.seizure(sei, bdcdyh, cfwh=cfwh))
        obj = sk.new_ywh()
        sk.stage(conn, "dbjg", sk.objection(obj, bdcdyh))
        sk.validate_all(conn)
        buyer = sk.person_id(5)
        h1 = sk.one(conn, "SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm,))
        h2 = sk.one(conn, "SELECT id FROM lpb.h WHERE fwbm = %s", (fwbm2,))
        # contracts as the seed loads them: bulk, triggers off (the guards judge new business, not history)
        with conn.cursor() as cur:
            cur.execute("SET LOCAL session_replication_role = replica")
        new_id = sk.one(
            conn,
            "INSERT INTO ht.spfht (htbh, htbah, h_id, fwbm, qxdm, qyrq, barq, htje, jzmj, fkfs, htzt)"
            " VALUES ('SPF-API-1', 'BA-API-1', %s, %s, %s, '2026-01-05', '2026-01-06', 880000.50, 100.00,"
            " '按揭贷款', '已备案') RETURNING id",
            (h1, fwbm, sk.COUNTY),
        )
        stock_cert = "川（2024）达州市不动产权第0000042号"
        stock_id = sk.one(
            conn,
            "INSERT INTO ht.clfht (htbh, htbah, h_id, fwbm, bdcdyh, bdcqzh, qxdm, qyrq, barq, htje, jzmj,"
            " htzt) VALUES ('CLF-API-1', 'CLBA-API-1', %s, %s, %s, %s, %s, '2026-03-01', '2026-03-02',"
            " 650000, 100.00, '已备案') RETURNING id",
            (h2, fwbm2, bdcdyh2, stock_cert, sk.COUNTY),
        )
        for table, ht_id in (("spfht_dsr", new_id), ("clfht_dsr", stock_id)):
            sk.q(
                conn,
                f"INSERT INTO ht.{table} (ht_id, jslx, sxh, mc, zjzl, zjhm) VALUES"
                " (%s, '出卖人', 1, '达州测试置业有限公司', '8', '91511700MA62XXXX0X'),"
                " (%s, '买受人', 1, '王五', '1', %s) RETURNING id",
                (ht_id, ht_id, buyer),
            )
        conn.commit()
    finally:
        conn.close()
    return City(fwbm, bdcdyh, fwbm2, bdcdyh2, "SPF-API-1", "CLF-API-1", buyer, stock_cert, dyzmh, cfwh)


def add_partner(
    dsn: str,
    name: str,
    allow: tuple[str, ...] = ("127.0.0.1/32",),
    services: tuple[str, ...] = ("QueryService", "RegistrationStateService"),
) -> str:
    """A partner through the audited procedure; returns its secret."""
    secret = new_secret()
    conn = psycopg2.connect(dsn)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "SELECT jk.hzf_xz(%s, %s, %s, %s, %s, 'test', 'cli')",
                (name, f"测试合作方 {name}", digest_of(secret), list(allow), list(services)),
            )
    finally:
        conn.close()
    return secret


@dataclass
class Server:
    url: str
    app: object

    def flush(self) -> None:
        assert self.app.extensions["jydj.api"].calls.flush(10), "调用日志没有写完"


@contextmanager
def serving(dsn: str, max_body: int = 64 * 1024) -> Iterator[Server]:
    app = create_app(dsn, max_body=max_body)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_port}", app)
    finally:
        server.shutdown()
        app.extensions["jydj.api"].db.close()
