"""Test fixtures: a private PostgreSQL cluster for the whole run, template databases, clones.

- ``cluster``: the test cluster under ``var/test-pg`` (separate from the demo's ``var/pg``), started
  once per run and stopped at the end.
- ``templates``: ``tpl_jy`` and ``tpl_front``, built once from the migrations plus procedure files.
- ``jy_tx`` / ``front_tx``: a connection to a shared database cloned from the template, inside a
  transaction that is rolled back at the end (for tests that only read, or write and discard).
- ``make_db``: a fresh clone of a template for tests that commit or use several connections.
- ``steward_dsns``, ``browser``, ``page``: the steward tool's databases and Playwright with Debian chromium.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg2
import pytest

from jydj.config import REPO_ROOT
from jydj.database import with_database
from jydj.embedded import EmbeddedCluster
from jydj.migrate import drop_databases, ensure_databases, migrate_database

#: ``JYDJ_TEST_PG_DIR`` lets two test runs on one machine use separate clusters.
TEST_CLUSTER_DIR = Path(os.environ.get("JYDJ_TEST_PG_DIR") or REPO_ROOT / "var" / "test-pg")
TEMPLATE_OF = {"jy": "tpl_jy", "front": "tpl_front"}
_counter = itertools.count(1)


@pytest.fixture(scope="session")
def cluster() -> Iterator[EmbeddedCluster]:
    c = EmbeddedCluster(TEST_CLUSTER_DIR)
    if c.initialized and c.is_running():
        c.stop()
    c.destroy()
    c.init()
    c.start()
    yield c
    c.stop()


@pytest.fixture(scope="session")
def server_dsn(cluster: EmbeddedCluster) -> str:
    return cluster.uri("postgres")


def _clone(server_dsn: str, template: str, name: str) -> str:
    drop_databases(server_dsn, (name,))
    conn = psycopg2.connect(server_dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        conn.close()
    return with_database(server_dsn, name)


@pytest.fixture(scope="session")
def clone(server_dsn: str) -> Callable[[str, str], str]:
    """``clone(template, name)`` → DSN of database ``name`` freshly copied from ``template``."""
    return lambda template, name: _clone(server_dsn, template, name)


@pytest.fixture(scope="session")
def templates(server_dsn: str) -> dict[str, str]:
    """Template databases built from migrations + files; returns branch -> DSN."""
    out = {}
    for branch, name in TEMPLATE_OF.items():
        drop_databases(server_dsn, (name,))
        ensure_databases(server_dsn, (name,))
        dsn = with_database(server_dsn, name)
        migrate_database(dsn, "jy" if branch == "jy" else "jy_front")
        out[branch] = dsn
    return out


@pytest.fixture(scope="session")
def shared_dsns(server_dsn: str, templates: dict[str, str]) -> dict[str, str]:
    return {
        "jy": _clone(server_dsn, TEMPLATE_OF["jy"], "t_shared_jy"),
        "front": _clone(server_dsn, TEMPLATE_OF["front"], "t_shared_front"),
    }


def _tx(dsn: str) -> Iterator:
    conn = psycopg2.connect(dsn)
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()


@pytest.fixture
def jy_tx(shared_dsns: dict[str, str]) -> Iterator:
    """A connection to a migrated ``jy`` database; everything is rolled back at the end."""
    yield from _tx(shared_dsns["jy"])


@pytest.fixture
def front_tx(shared_dsns: dict[str, str]) -> Iterator:
    """A connection to a migrated front database; everything is rolled back at the end."""
    yield from _tx(shared_dsns["front"])


@pytest.fixture
def make_db(server_dsn: str, templates: dict[str, str]) -> Iterator[Callable[[str], str]]:
    """Factory: ``make_db("jy")`` → DSN of a fresh clone, dropped after the test."""
    made: list[str] = []

    def factory(branch: str) -> str:
        name = f"t_{branch}_{os.getpid()}_{next(_counter)}"
        made.append(name)
        return _clone(server_dsn, TEMPLATE_OF[branch], name)

    yield factory
    drop_databases(server_dsn, tuple(made))


@pytest.fixture
def empty_db(server_dsn: str) -> Iterator[str]:
    """A fresh empty database (for migration up/down tests)."""
    name = f"t_empty_{os.getpid()}_{next(_counter)}"
    ensure_databases(server_dsn, (name,))
    yield with_database(server_dsn, name)
    drop_databases(server_dsn, (name,))


@pytest.fixture
def home_with_cluster(tmp_path: Path, cluster: EmbeddedCluster) -> dict[str, str]:
    """Environment for running the CLI against the test cluster (as if it were the embedded default)."""
    config = tmp_path / "jydj.toml"
    config.write_text(f'[embedded]\ndata_dir = "{cluster.root}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env.update(JYDJ_HOME=str(tmp_path), JYDJ_CONFIG=str(config))
    return env


@pytest.fixture
def steward_dsns(make_db: Callable[[str], str]) -> dict[str, str]:
    """Fresh committed databases for the steward tool: ``jy``, ``jy_front``, ``dj_front``."""
    return {"jy": make_db("jy"), "jy_front": make_db("front"), "dj_front": make_db("front")}


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """Headless Debian chromium driven by Playwright, once per run; skips (saying why) when it is missing."""
    from playwright.sync_api import sync_playwright
    from stewardkit import browser_or_skip

    with sync_playwright() as playwright:
        instance = browser_or_skip(playwright)
        yield instance
        instance.close()


@pytest.fixture
def page(browser) -> Iterator:
    """A fresh browser context (no cookies) and page, Chinese locale."""
    context = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()
