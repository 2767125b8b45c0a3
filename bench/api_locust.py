"""The locust side of the web-service benchmark (bench/api.py starts it; not meant to be run by hand).

    locust -f bench/api_locust.py --headless -u USERS -r USERS -t SECONDS --host http://127.0.0.1:PORT

Set by bench/api.py in the environment:

* ``BENCH_API_SCENARIO``: ``healthz``, ``house-json``, ``house-soap``, ``seizure-json`` or ``seizure-soap``;
* ``BENCH_API_KEYS``: a JSON file ``{"house": [fwbm …], "seizure": [[key, value] …], "seized": [[key, value]
  …]}`` of real keys; ``BENCH_API_SEIZED_SHARE``: the share of getSeizure calls drawn from ``seized``;
* ``BENCH_API_USER`` / ``BENCH_API_SECRET``: the partner (``jydj partner add … --json``);
* ``BENCH_API_RATE``: requests per second of one user (:func:`paced`: a fixed period, each user at a
  random phase, so the arrivals are spread evenly, not in bursts); ``0``: no wait (closed loop, the
  maximum throughput);
* ``BENCH_API_SAMPLES``: where to write every request as ``[finished_at (epoch s), latency_ms, ok]``.

Each request's key is drawn at random; an answer counts as a success only when it is HTTP 200 and (SOAP)
carries no Fault or (JSON) has ``"result"``.
"""

from __future__ import annotations

import json
import os
import random
import time

import gevent
from locust import FastHttpUser, constant, events, task

SCENARIO = os.environ.get("BENCH_API_SCENARIO", "healthz")
RATE = float(os.environ.get("BENCH_API_RATE", "0"))
USER = os.environ.get("BENCH_API_USER", "")
SECRET = os.environ.get("BENCH_API_SECRET", "")
SAMPLES_PATH = os.environ.get("BENCH_API_SAMPLES", "")
SEIZED_SHARE = float(os.environ.get("BENCH_API_SEIZED_SHARE", "0"))
KEYS: dict = {}
if os.environ.get("BENCH_API_KEYS"):
    with open(os.environ["BENCH_API_KEYS"], encoding="utf-8") as fh:
        KEYS = json.load(fh)

SOAP_SERVICE = {"house": "QueryService", "seizure": "RegistrationStateService"}
OPERATION = {"house": "getHouseInfo", "seizure": "getSeizure"}

#: every request: (finished at, latency in ms, success)
samples: list[tuple[float, float, bool]] = []


def envelope(operation: str, key: str, value: str) -> bytes:
    """A SOAP 1.1 request with a WS-Security UsernameToken (PasswordText), as partners' clients send it."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:w="urn:jydj:ws:v1"'
        ' xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
        f"<soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>{USER}</wsse:Username>"
        f"<wsse:Password>{SECRET}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>"
        f"<soapenv:Body><w:{operation}><w:{key}>{value}</w:{key}></w:{operation}></soapenv:Body>"
        "</soapenv:Envelope>"
    ).encode()


def _key(kind: str) -> tuple[str, str]:
    if kind == "house":
        return "fwbm", random.choice(KEYS["house"])
    pool = KEYS["seized"] if KEYS["seized"] and random.random() < SEIZED_SHARE else KEYS["seizure"]
    key, value = random.choice(pool)
    return key, value


@events.request.add_listener
def _record(response_time: float, exception: BaseException | None, **_: object) -> None:
    samples.append((time.time(), response_time, exception is None))


@events.quitting.add_listener
def _write(**_: object) -> None:
    if SAMPLES_PATH:
        with open(SAMPLES_PATH, "w", encoding="utf-8") as fh:
            json.dump(samples, fh, separators=(",", ":"))


def paced(user: Partner) -> float:
    """Start a call every ``1 / RATE`` seconds on the user's own schedule (its phase drawn at random at the
    start): the calls of all users together arrive evenly at ``users × RATE`` per second, whatever the
    latency, as long as a call takes less than the period. A call that overruns its slot is followed at
    once by the next one and the missed slots are dropped (the achieved rate shows it), as locust's
    ``constant_throughput`` does; unlike it, the users do not all start in step."""
    now = time.perf_counter()
    user.next_start = max(user.next_start + 1 / RATE, now)
    return user.next_start - now


class Partner(FastHttpUser):
    wait_time = paced if RATE > 0 else constant(0)
    # keep-alive connections, as a partner's client pool would
    connection_timeout = 10.0
    network_timeout = 10.0

    def on_start(self) -> None:
        if RATE > 0:
            gevent.sleep(random.uniform(0, 1 / RATE))
        self.next_start = time.perf_counter()

    @task
    def call(self) -> None:
        if SCENARIO == "healthz":
            with self.client.get("/healthz", name="healthz", catch_response=True) as r:
                if r.status_code != 200:
                    r.failure(f"HTTP {r.status_code}")
            return
        kind, protocol = SCENARIO.split("-")
        key, value = _key(kind)
        if protocol == "json":
            path = f"/json/{SOAP_SERVICE[kind]}/{OPERATION[kind]}"
            body = json.dumps({key: value}).encode()
            headers = {"Authorization": f"Bearer {SECRET}", "Content-Type": "application/json"}
            with self.client.post(path, data=body, headers=headers, name=SCENARIO, catch_response=True) as r:
                if r.status_code != 200 or b'"result"' not in (r.content or b""):
                    r.failure(f"HTTP {r.status_code}: {(r.text or '')[:200]}")
            return
        path = f"/soap/{SOAP_SERVICE[kind]}"
        headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{OPERATION[kind]}"'}
        body = envelope(OPERATION[kind], key, value)
        with self.client.post(path, data=body, headers=headers, name=SCENARIO, catch_response=True) as r:
            if r.status_code != 200 or b"Fault>" in (r.content or b""):
                r.failure(f"HTTP {r.status_code}: {(r.text or '')[:200]}")
