"""``jydj partner add`` and ``jydj serve`` as an operator runs them: the CLI, gunicorn, zeep."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import psycopg2
import pytest
import requests
from apikit import build_city
from conftest import TEMPLATE_OF
from zeep import Client
from zeep.wsse.username import UsernameToken

from jydj.embedded import free_port

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def configured(clone, templates, shared_dsns, tmp_path_factory) -> dict[str, str]:
    """Environment with configured DSNs (no embedded cluster) on a fresh jy database with test data."""
    jy = clone(TEMPLATE_OF["jy"], "t_api_serve_jy")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env.update(
        JYDJ_HOME=str(tmp_path_factory.mktemp("home")),
        JYDJ_JY_DSN=jy,
        JYDJ_JY_FRONT_DSN=shared_dsns["front"],
        JYDJ_DJ_FRONT_DSN=shared_dsns["front"],
    )
    return env


def jydj(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "jydj.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_partner_add_prints_credentials_once_and_lists_without_secret(configured: dict[str, str]) -> None:
    added = jydj(configured, "partner", "add", "bdc-center", "--title", "达州市不动产登记中心", "--json")
    assert added.returncode == 0, added.stderr
    creds = json.loads(added.stdout)
    assert creds["username"] == "bdc-center" and len(creds["secret"]) >= 40
    again = jydj(configured, "partner", "add", "bdc-center")
    assert again.returncode == 2 and "用户名 bdc-center 已存在" in again.stderr
    bad = jydj(configured, "partner", "add", "x y", "--allow", "not-a-cidr")
    assert bad.returncode == 2 and "错误：" in bad.stderr
    listed = json.loads(jydj(configured, "partner", "list", "--json").stdout)
    assert [p["username"] for p in listed] == ["bdc-center"]
    assert creds["secret"] not in json.dumps(listed, ensure_ascii=False)
    assert listed[0]["allow"] == ["127.0.0.1/32", "::1/128"]
    with psycopg2.connect(configured["JYDJ_JY_DSN"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT czr, czlx FROM audit.czrz WHERE dxb = 'jk.hzf'")
        [(czr, czlx)] = cur.fetchall()
    assert czr.startswith("cli:") and czlx == "新增接口合作方"
    assert jydj(configured, "partner", "disable", "bdc-center", "--reason", "测试").returncode == 0
    assert json.loads(jydj(configured, "partner", "list", "--json").stdout)[0]["state"] == "停用"
    assert jydj(configured, "partner", "enable", "bdc-center").returncode == 0


def test_serve_runs_gunicorn_answers_zeep_and_stops_cleanly(configured: dict[str, str]) -> None:
    city = build_city(configured["JYDJ_JY_DSN"])
    creds = json.loads(jydj(configured, "partner", "add", "serve-test", "--json").stdout)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jydj.cli", "serve", "--port", str(port), "--workers", "2"],
        env=configured,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{base}/healthz", timeout=2).json() == {"status": "ok"}:
                    break
            except requests.ConnectionError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "jydj serve did not start"
            time.sleep(0.3)
        svc = Client(f"{base}/soap/QueryService?wsdl", wsse=UsernameToken(creds["username"], creds["secret"]))
        [house] = svc.service.getHouseInfo(fwbm=city.fwbm)
        assert house.bdcdyh == city.bdcdyh
        states = Client(
            f"{base}/soap/RegistrationStateService?wsdl",
            wsse=UsernameToken(creds["username"], creds["secret"]),
        )
        assert [s.cfwh for s in states.service.getSeizure(fwbm=city.fwbm)] == [city.cfwh]
        got = requests.post(
            f"{base}/json/QueryService/getHouseInfo",
            json={"fwbm": city.fwbm},
            headers={"Authorization": f"Bearer {creds['secret']}"},
            timeout=10,
        )
        assert got.status_code == 200 and got.json()["result"][0]["fwbm"] == city.fwbm
    finally:
        server.send_signal(signal.SIGTERM)
        out, _ = server.communicate(timeout=30)
    assert server.returncode == 0, out
    assert "Traceback" not in out
    # the workers flushed the call log on their way out
    with psycopg2.connect(configured["JYDJ_JY_DSN"]) as conn, conn.cursor() as cur:
        cur.execute("SELECT xy, cz, jg FROM jk.dyrz WHERE hzf = 'serve-test' ORDER BY id")
        calls = cur.fetchall()
    assert ("soap", "getHouseInfo", "成功") in calls and ("json", "getHouseInfo", "成功") in calls
    assert ("soap", "getSeizure", "成功") in calls
    status = json.loads(jydj(configured, "status", "--json").stdout)
    assert status["api"]["partners"] >= 1 and status["api"]["by_result"]["成功"]["calls"] >= 3
    assert "web 服务：启用的接口合作方" in jydj(configured, "status").stdout
