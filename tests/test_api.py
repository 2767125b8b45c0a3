"""QueryService and RegistrationStateService: zeep against the served WSDL, JSON with Bearer, partners,
the allow-list, bad input and hostile XML, the call log. Issue 6 items 2–5; ../shared/design/interfaces.md.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from typing import Any

import psycopg2
import pytest
import requests
from apikit import City, add_partner, build_city, serving
from conftest import TEMPLATE_OF
from zeep import Client
from zeep.exceptions import Fault
from zeep.wsse.username import UsernameToken

pytestmark = pytest.mark.slow

FORBIDDEN_IN_ANSWERS = re.compile(r"Traceback|File \"|/work/|\.py\b|SELECT |psycopg2|lxml|spyne\.", re.I)


@pytest.fixture(scope="module")
def api_db(clone, templates) -> str:
    return clone(TEMPLATE_OF["jy"], "t_api_jy")


@pytest.fixture(scope="module")
def city(api_db: str) -> City:
    return build_city(api_db)


@pytest.fixture(scope="module")
def partner(api_db: str, city: City) -> tuple[str, str]:
    return "yckp", add_partner(api_db, "yckp")


@pytest.fixture(scope="module")
def server(api_db: str, city: City):
    with serving(api_db, max_body=16 * 1024) as s:
        yield s


def soap(server, partner: tuple[str, str], service: str) -> Any:
    user, secret = partner
    return Client(f"{server.url}/soap/{service}?wsdl", wsse=UsernameToken(user, secret)).service


def post_json(server, path: str, body: Any, secret: str | None, raw: bytes | None = None) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["Authorization"] = f"Bearer {secret}"
    data = raw if raw is not None else json.dumps(body).encode()
    r = requests.post(f"{server.url}{path}", data=data, headers=headers, timeout=10)
    assert not FORBIDDEN_IN_ANSWERS.search(r.text), r.text
    return r.status_code, r.json()


def fault_of(call) -> Fault:
    with pytest.raises(Fault) as info:
        call()
    assert not FORBIDDEN_IN_ANSWERS.search(info.value.message or ""), info.value.message
    return info.value


def raw_soap(server, service: str, body: bytes) -> requests.Response:
    r = requests.post(
        f"{server.url}/soap/{service}",
        data=body,
        headers={"Content-Type": "text/xml; charset=utf-8"},
        timeout=10,
    )
    assert not FORBIDDEN_IN_ANSWERS.search(r.text), r.text
    return r


def envelope(user: str, secret: str, body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:w="urn:jydj:ws:v1"'
        ' xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
        f"<soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>{user}</wsse:Username>"
        f"<wsse:Password>{secret}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>"
        f"<soapenv:Body>{body}</soapenv:Body></soapenv:Envelope>"
    ).encode()


# -- the WSDL --------------------------------------------------------------------------------------------


def test_wsdl_names_every_operation_of_the_catalog_with_chinese_documentation(server) -> None:
    expected = {
        "QueryService": {"getHouseInfo", "getNewHouseContract", "getStockHouseContract"},
        "RegistrationStateService": {"getPreNotice", "getSeizure", "getObjection", "getMortgage"},
    }
    for service, operations in expected.items():
        wsdl = requests.get(f"{server.url}/soap/{service}?wsdl", timeout=10)
        assert wsdl.status_code == 200
        assert set(re.findall(r'<wsdl:operation name="(\w+)"', wsdl.text)) == operations
        assert f'<wsdl:service name="{service}">' in wsdl.text
        assert f'location="{server.url}/soap/{service}"' in wsdl.text
        assert "房屋编码" in wsdl.text  # field documentation in Chinese
    index = requests.get(f"{server.url}/", timeout=10).json()
    assert [s["wsdl"] for s in index["services"]] == [
        f"{server.url}/soap/QueryService?wsdl",
        f"{server.url}/soap/RegistrationStateService?wsdl",
        f"{server.url}/soap/OneWindowService?wsdl",
    ]


# -- QueryService through zeep -----------------------------------------------------------------------------


def test_get_house_info_by_flat_building_and_ljzh(server, partner, city: City) -> None:
    svc = soap(server, partner, "QueryService")
    [house] = svc.getHouseInfo(fwbm=city.fwbm)
    assert house.fwbm == city.fwbm and house.bdcdyh == city.bdcdyh
    assert house.mjlx == "预测" and float(house.jzmj) == 100.0 and float(house.tnjzmj) == 80.0
    assert house.xmmc == "测试小区" and house.ljzh == "T-LJZ"
    assert house.cfzt == 1 and house.yyzt == 1 and house.djzt == 1  # states kept by the loading
    by_building = svc.getHouseInfo(ljzh="T-LJZ")
    assert {h.fwbm for h in by_building} == {city.fwbm, city.fwbm_clean}
    with psycopg2.connect(server.app.extensions["jydj.api"].db.dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT fwbm FROM lpb.zrz WHERE zrzh = 'T-ZRZ'")
        building_code = cur.fetchone()[0]
    assert {h.fwbm for h in svc.getHouseInfo(fwbm=building_code)} == {city.fwbm, city.fwbm_clean}


def test_get_house_info_refuses_bad_and_unknown_keys_in_chinese(server, partner, city: City) -> None:
    svc = soap(server, partner, "QueryService")
    bad = fault_of(lambda: svc.getHouseInfo(fwbm="51170200120150001000X"))
    assert bad.code.endswith("Client.InvalidInput")
    assert "fwbm（房屋编码）无效" in bad.message and "23 位" in bad.message
    unknown = "511702001" + "2015" + "0009" + "00001" + "0"
    missing = fault_of(lambda: svc.getHouseInfo(fwbm=unknown))
    assert missing.code.endswith("Client.NotFound") and unknown in missing.message
    none = fault_of(lambda: svc.getHouseInfo())
    assert (
        none.code.endswith("Client.InvalidInput")
        and "须提供 fwbm（房屋编码）、ljzh（楼栋编号） 之一" in none.message
    )
    two = fault_of(lambda: svc.getHouseInfo(fwbm=city.fwbm, ljzh="T-LJZ"))
    assert "只能有一个" in two.message
    assert fault_of(lambda: svc.getHouseInfo(ljzh="没有的楼栋")).code.endswith("Client.NotFound")


def test_new_and_stock_house_contracts_by_every_key(server, partner, city: City) -> None:
    svc = soap(server, partner, "QueryService")
    [by_no] = svc.getNewHouseContract(htbh=city.htbh_new)
    assert by_no.htbah == "BA-API-1" and by_no.fwbm == city.fwbm and str(by_no.htje) == "880000.50"
    assert by_no.htzt == "已备案" and str(by_no.qyrq) == "2026-01-05"
    assert [p.mc for p in by_no.cmr] == ["达州测试置业有限公司"] and [p.zjhm for p in by_no.msr] == [
        city.buyer
    ]
    assert [c.htbh for c in svc.getNewHouseContract(fwbm=city.fwbm)] == [city.htbh_new]
    assert [c.htbh for c in svc.getNewHouseContract(zjhm=city.buyer)] == [city.htbh_new]
    [stock] = svc.getStockHouseContract(bdcqzh=city.bdcqzh_stock)
    assert stock.htbh == city.htbh_stock and stock.bdcdyh == city.bdcdyh_clean
    assert [c.htbh for c in svc.getStockHouseContract(zjhm=city.buyer)] == [city.htbh_stock]
    assert [c.htbh for c in svc.getStockHouseContract(fwbm=city.fwbm_clean)] == [city.htbh_stock]
    assert svc.getStockHouseContract(fwbm=city.fwbm) in (None, [])  # zeep gives None for an empty array
    other = "110101199001011237"
    assert svc.getNewHouseContract(zjhm=other) in (None, [])  # a valid ID with no contract: an empty list
    assert fault_of(lambda: svc.getNewHouseContract(htbh="SPF-NONE")).code.endswith("Client.NotFound")
    bad = fault_of(lambda: svc.getNewHouseContract(zjhm="110101199001011238"))
    assert bad.code.endswith("Client.InvalidInput") and "zjhm（证件号码）无效" in bad.message


# -- RegistrationStateService through zeep ------------------------------------------------------------------


def test_registration_states_by_flat_and_by_unit(server, partner, city: City) -> None:
    svc = soap(server, partner, "RegistrationStateService")
    for key in ({"fwbm": city.fwbm}, {"bdcdyh": city.bdcdyh}):
        [seizure] = svc.getSeizure(**key)
        assert seizure.cfwh == city.cfwh and seizure.xs is True and seizure.cflxmc == "查封"
        [objection] = svc.getObjection(**key)
        assert objection.xs is True and objection.bdcdyh == city.bdcdyh
        [notice] = svc.getPreNotice(**key)
        assert notice.htbh == "SPF-API-1" and notice.ygdjzlmc == "预售商品房买卖预告登记"
        [mortgage] = svc.getMortgage(**key)
        assert (
            mortgage.dyzmh == city.dyzmh and mortgage.ydy is False and str(mortgage.bdbzzqse) == "500000.00"
        )
        assert [u.bdcdyh for u in mortgage.dydy] == [city.bdcdyh]
    [by_certificate] = svc.getMortgage(dyzmh=city.dyzmh)
    assert by_certificate.dyqr == "中国建设银行股份有限公司达州分行"
    for op in (svc.getSeizure, svc.getObjection, svc.getPreNotice, svc.getMortgage):
        assert op(fwbm=city.fwbm_clean) in (None, [])  # an existing flat with nothing registered
    unknown_unit = city.bdcdyh[:-4] + "9999"
    assert fault_of(lambda: svc.getSeizure(bdcdyh=unknown_unit)).code.endswith("Client.NotFound")
    bad = fault_of(lambda: svc.getSeizure(bdcdyh="5117020010"))
    assert "bdcdyh（不动产单元号）无效" in bad.message and "28 位" in bad.message
    assert fault_of(lambda: svc.getMortgage(dyzmh="没有的证明号")).code.endswith("Client.NotFound")


# -- JSON -------------------------------------------------------------------------------------------------


def test_json_answers_the_same_operations_with_bearer(server, partner, city: City) -> None:
    _, secret = partner
    status, body = post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, secret)
    assert status == 200 and body["result"][0]["bdcdyh"] == city.bdcdyh
    assert body["result"][0]["jzmj"] == "100.00"  # decimals exact, as strings
    status, body = post_json(
        server, "/json/RegistrationStateService/getSeizure", {"bdcdyh": city.bdcdyh}, secret
    )
    assert status == 200 and body["result"][0]["cfwh"] == city.cfwh and body["result"][0]["xs"] is True
    got = requests.get(
        f"{server.url}/json/RegistrationStateService/getMortgage",
        params={"fwbm": city.fwbm},
        headers={"Authorization": f"Bearer {secret}"},
        timeout=10,
    ).json()
    assert got["result"][0]["dydy"][0]["bdcdyh"] == city.bdcdyh
    status, body = post_json(server, "/json/QueryService/getNewHouseContract", {"zjhm": "123"}, secret)
    assert status == 400 and body["error"]["code"] == "Client.InvalidInput"
    assert "zjhm（证件号码）无效" in body["error"]["message"]
    status, body = post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm, "x": "1"}, secret)
    assert status == 400 and "未知参数 x" in body["error"]["message"]
    status, body = post_json(server, "/json/QueryService/getHouseInfo", None, secret, raw=b"{not json")
    assert status == 400 and body["error"]["code"] == "Client.InvalidRequest"
    status, body = post_json(server, "/json/QueryService/getNewHouseContract", {"htbh": "NONE"}, secret)
    assert status == 404 and body["error"]["code"] == "Client.NotFound"
    status, body = post_json(server, "/json/QueryService/dropTables", {}, secret)
    assert status == 404


# -- who may call ---------------------------------------------------------------------------------------


def test_unauthenticated_wrong_secret_wrong_address_and_wrong_service_are_refused(
    server, partner, api_db: str, city: City
) -> None:
    user, secret = partner
    status, body = post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, None)
    assert status == 401 and body["error"]["code"] == "Client.Authentication"
    status, _ = post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, secret + "x")
    assert status == 401
    no_token = fault_of(
        lambda: Client(f"{server.url}/soap/QueryService?wsdl").service.getHouseInfo(fwbm=city.fwbm)
    )
    assert no_token.code.endswith("Client.Authentication") and "UsernameToken" in no_token.message
    wrong = fault_of(
        lambda: soap(server, (user, "not-the-secret"), "QueryService").getHouseInfo(fwbm=city.fwbm)
    )
    assert "用户名或密钥错误" in wrong.message
    far = add_partner(api_db, "far-away", allow=("10.0.0.0/8",))
    status, body = post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, far)
    assert status == 403 and "127.0.0.1" in body["error"]["message"]
    refused = fault_of(lambda: soap(server, ("far-away", far), "QueryService").getHouseInfo(fwbm=city.fwbm))
    assert "不在合作方 far-away 允许的地址段内" in refused.message
    query_only = add_partner(api_db, "query-only", services=("QueryService",))
    status, body = post_json(
        server, "/json/RegistrationStateService/getSeizure", {"fwbm": city.fwbm}, query_only
    )
    assert status == 403 and "无权调用 RegistrationStateService" in body["error"]["message"]


def test_partner_procedure_checks_its_input_and_audits(api_db: str) -> None:
    conn = psycopg2.connect(api_db)
    try:
        with conn.cursor() as cur:
            for args, message in (
                (("Bad Name", ["127.0.0.1/32"], ["QueryService"]), "用户名 yhm 不合规"),
                (("ok-name", ["300.1.1.1/8"], ["QueryService"]), "不是合法的 CIDR"),
                (("ok-name", ["127.0.0.1/32"], ["DropService"]), "可调用的服务 kyfw"),
            ):
                with pytest.raises(psycopg2.Error) as info:
                    cur.execute("SELECT jk.hzf_xz(%s, '名称', repeat('a', 64), %s, %s, 'test', 'cli')", args)
                assert message in info.value.diag.message_primary
                conn.rollback()
            cur.execute(
                "SELECT jk.hzf_xz('audited', '名称', repeat('b', 64), %s, %s, 'tester', 'cli')",
                (["127.0.0.1/32"], ["QueryService"]),
            )
            cur.execute("SELECT czr, czlx, bgh FROM audit.czrz WHERE dxb = 'jk.hzf' ORDER BY id DESC LIMIT 1")
            czr, czlx, bgh = cur.fetchone()
            assert (czr, czlx, bgh["yhm"]) == ("tester", "新增接口合作方", "audited")
            assert "myzy" not in bgh  # the secret's digest stays out of the audit log
            cur.execute("SELECT jk.hzf_zt('audited', '停用', 'tester', 'cli', '合同到期')")
            assert cur.fetchone()[0] == 1
            cur.execute("SELECT czlx, yy FROM audit.czrz WHERE dxb = 'jk.hzf' ORDER BY id DESC LIMIT 1")
            assert cur.fetchone() == ("停用接口合作方", "合同到期")
    finally:
        conn.rollback()
        conn.close()


# -- hostile and broken requests -----------------------------------------------------------------------


def test_malformed_xml_xxe_entity_expansion_and_oversize_bodies_are_refused_and_serving_goes_on(
    server, partner, city: City
) -> None:
    user, secret = partner
    call = f"<w:getHouseInfo><w:fwbm>{city.fwbm}</w:fwbm></w:getHouseInfo>"
    malformed = raw_soap(server, "QueryService", envelope(user, secret, call)[:-20])
    assert malformed.status_code == 500 and "不是格式正确的 XML" in malformed.text
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + envelope(user, secret, call.replace(city.fwbm, "&x;")).split(b"?>", 1)[1]
    )
    refused = raw_soap(server, "QueryService", xxe)
    assert refused.status_code == 500 and "DTD" in refused.text and "root:" not in refused.text
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>' + envelope(user, secret, "&lol3;").split(b"?>", 1)[1]
    )
    assert "DTD" in raw_soap(server, "QueryService", laughs).text
    big = envelope(user, secret, call + "<!--" + "x" * 20000 + "-->")
    too_big = raw_soap(server, "QueryService", big)
    assert too_big.status_code == 413 and "超过上限" in too_big.text
    status, body = post_json(
        server, "/json/QueryService/getHouseInfo", None, secret, raw=b'{"fwbm":"' + b"1" * 20000 + b'"}'
    )
    assert status == 413 and body["error"]["code"] == "Client.RequestTooLarge"
    not_soap = raw_soap(server, "QueryService", b"<a>hello</a>")
    assert "SOAP 1.1" in not_soap.text
    unknown_op = raw_soap(server, "QueryService", envelope(user, secret, "<w:dropAll/>"))
    assert unknown_op.status_code == 500 and "Client" in unknown_op.text
    # and the server still answers properly
    ok = raw_soap(server, "QueryService", envelope(user, secret, call))
    assert ok.status_code == 200 and city.bdcdyh in ok.text


# -- the call log ---------------------------------------------------------------------------------------


def test_every_call_is_logged_without_personal_data(server, partner, api_db: str, city: City, caplog) -> None:
    caplog.set_level(logging.INFO, logger="jydj.api.calls")
    user, secret = partner
    svc = soap(server, partner, "QueryService")
    svc.getNewHouseContract(zjhm=city.buyer)
    post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, secret)
    post_json(server, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, "wrong")
    fault_of(lambda: svc.getHouseInfo(fwbm="bad"))
    server.flush()
    with psycopg2.connect(api_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT hzf, xy, fw, cz, jm, jz, jg, ts, zt, hs FROM jk.dyrz ORDER BY id DESC LIMIT 4")
        rows = cur.fetchall()
        cur.execute("SELECT count(*) FROM jk.dyrz WHERE jz = %s OR ip = %s", (city.buyer, city.buyer))
        leaked = cur.fetchone()[0]
    bad, unauthenticated, json_ok, by_person = rows
    assert by_person[:7] == (
        user,
        "soap",
        "QueryService",
        "getNewHouseContract",
        "zjhm",
        by_person[5],
        "成功",
    )
    assert by_person[5].startswith("sha256:") and city.buyer not in by_person[5] and by_person[7] == 1
    assert json_ok[:8] == (user, "json", "QueryService", "getHouseInfo", "fwbm", city.fwbm, "成功", 1)
    assert json_ok[8] == 200 and json_ok[9] is not None
    assert unauthenticated[0] is None and unauthenticated[6] == "未认证" and unauthenticated[8] == 401
    assert bad[6] == "参数错误" and bad[8] == 500
    assert leaked == 0
    assert city.buyer not in caplog.text and "getNewHouseContract" in caplog.text


def test_a_database_outage_is_a_server_fault_without_details(api_db: str, partner, city: City) -> None:
    broken = api_db.rsplit("/", 1)[0] + "/no_such_database"
    with serving(api_db) as s:
        api = s.app.extensions["jydj.api"]
        api.partners._load()  # credentials known, then the database goes away
        api.db.dsn = broken
        api.db.close()
        status, body = post_json(s, "/json/QueryService/getHouseInfo", {"fwbm": city.fwbm}, partner[1])
        assert status == 503 and body["error"] == {"code": "Server", "message": "数据库暂不可用，请稍后重试"}
        try:
            urllib.request.urlopen(f"{s.url}/healthz", timeout=10)
            raise AssertionError("healthz should fail")
        except urllib.error.HTTPError as exc:
            assert exc.code == 503
