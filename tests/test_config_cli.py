"""Configuration, the CLI's commands and its messages for a wrong DSN."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from jydj.config import load_settings
from jydj.database import mask_dsn
from jydj.errors import ConfigError

JYDJ = [sys.executable, "-m", "jydj.cli"]


def run_cli(args: list[str], env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*JYDJ, *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_no_dsn_means_embedded(tmp_path: Path) -> None:
    settings = load_settings({"JYDJ_HOME": str(tmp_path)})
    assert settings.embedded
    assert settings.embedded_dir == tmp_path / "var" / "pg"


def test_environment_overrides_file(tmp_path: Path) -> None:
    (tmp_path / "jydj.toml").write_text(
        '[databases]\njy = "postgresql://a@h1/jy"\njy_front = "postgresql://a@h1/jf"\ndj_front = "postgresql://a@h1/df"\n',
        encoding="utf-8",
    )
    settings = load_settings({"JYDJ_HOME": str(tmp_path), "JYDJ_JY_DSN": "postgresql://b@h2/jy"})
    assert not settings.embedded
    assert settings.dsns["jy"] == "postgresql://b@h2/jy"
    assert settings.dsns["dj_front"] == "postgresql://a@h1/df"


def test_partial_configuration_is_refused_naming_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings({"JYDJ_HOME": str(tmp_path), "JYDJ_JY_DSN": "postgresql://b@h2/jy"})
    assert "jy_front（JYDJ_JY_FRONT_DSN）" in str(err.value)
    assert "dj_front（JYDJ_DJ_FRONT_DSN）" in str(err.value)


def test_bad_scheme_and_bad_toml_are_explained(tmp_path: Path) -> None:
    env = {
        "JYDJ_HOME": str(tmp_path),
        "JYDJ_JY_DSN": "mysql://x",
        "JYDJ_JY_FRONT_DSN": "x",
        "JYDJ_DJ_FRONT_DSN": "x",
    }
    with pytest.raises(ConfigError, match="postgresql://"):
        load_settings(env)
    (tmp_path / "jydj.toml").write_text("[databases\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="格式错误"):
        load_settings({"JYDJ_HOME": str(tmp_path)})


def test_mask_dsn_hides_the_password() -> None:
    assert mask_dsn("postgresql://u:s3cret@h:5432/jy?sslmode=require") == "postgresql://u:***@h:5432/jy"
    assert "s3cret" not in mask_dsn("postgresql://u:s3cret@h/jy")


def _external_env(home: Path, jy: str, jy_front: str, dj_front: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JYDJ_")}
    env.update(JYDJ_HOME=str(home), JYDJ_JY_DSN=jy, JYDJ_JY_FRONT_DSN=jy_front, JYDJ_DJ_FRONT_DSN=dj_front)
    return env


def test_wrong_password_gives_a_chinese_message_naming_the_database(tmp_path: Path, cluster) -> None:
    port = cluster.info().port
    bad = f"postgresql://postgres:wrong-password@127.0.0.1:{port}/postgres"
    good = cluster.uri("postgres")
    result = run_cli(["db", "migrate"], _external_env(tmp_path, bad, good, good))
    assert result.returncode == 3, result.stderr
    assert "无法连接数据库 jy（交易生产库" in result.stderr
    assert "用户名或密码错误" in result.stderr
    assert "Traceback" not in result.stderr
    assert "wrong-password" not in result.stderr


def test_unreachable_server_and_missing_database_are_explained(tmp_path: Path, cluster) -> None:
    from jydj.embedded import free_port

    good = cluster.uri("postgres")
    refused = f"postgresql://postgres:x@127.0.0.1:{free_port()}/jy"
    result = run_cli(["status"], _external_env(tmp_path, good, refused, good))
    assert result.returncode == 3
    assert "无法连接数据库 jy_front（房产端前置库" in result.stdout
    assert "连接被拒绝" in result.stdout
    missing = cluster.uri("no_such_database_here")
    result = run_cli(["db", "migrate"], _external_env(tmp_path, missing, good, good))
    assert result.returncode == 3
    assert "数据库不存在" in result.stderr and "Traceback" not in result.stderr


def test_init_twice_is_harmless_and_status_reports(home_with_cluster: dict[str, str], cluster) -> None:
    first = run_cli(["init"], home_with_cluster)
    assert first.returncode == 0, first.stderr
    assert "初始化完成" in first.stdout
    second = run_cli(["init"], home_with_cluster)
    assert second.returncode == 0, second.stderr
    assert "已创建数据库" not in second.stdout  # nothing created the second time

    status = run_cli(["status", "--json"], home_with_cluster)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["mode"] == "embedded" and data["cluster"]["running"] is True
    names = [db["name"] for db in data["databases"]]
    assert names == ["jy", "jy_front", "dj_front"]
    jy = data["databases"][0]
    assert jy["reachable"] and jy["wal_level"] == "logical"
    assert jy["server_version"].startswith("18.")
    assert jy["revision"].startswith("jy_")
    assert {"lpb", "ht", "djjg", "stg", "outbox", "audit"} <= set(jy["groups"])
    front = data["databases"][1]
    assert {"share_jy", "share_dj"} <= set(front["groups"])


def test_dsn_prints_a_uri_psycopg2_and_psql_accept(home_with_cluster: dict[str, str], cluster) -> None:
    result = run_cli(["dsn", "jy_front"], home_with_cluster)
    assert result.returncode == 0
    uri = result.stdout.strip()
    assert uri.startswith("postgresql://postgres:") and uri.endswith("/jy_front")
    conn = psycopg2.connect(uri.replace("/jy_front", "/postgres"))
    conn.close()
    from jydj.embedded import bin_dir

    out = subprocess.run(
        [str(bin_dir() / "psql"), uri.replace("/jy_front", "/postgres"), "-Atc", "select 42"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.stdout.strip() == "42", out.stderr


def test_reset_asks_for_confirmation(home_with_cluster: dict[str, str]) -> None:
    result = subprocess.run(
        [*JYDJ, "db", "reset"],
        env=home_with_cluster,
        input="n\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "确定吗" in result.stdout
