"""Configuration: which databases to use, and where the embedded cluster lives.

Sources, later ones winning:
1. built-in defaults (the embedded cluster under ``var/pg``);
2. ``jydj.toml`` in the project directory (or the file named by ``JYDJ_CONFIG``);
3. the environment: ``JYDJ_JY_DSN``, ``JYDJ_JY_FRONT_DSN``, ``JYDJ_DJ_FRONT_DSN``, ``JYDJ_HOME``.

When no DSN is configured the platform starts its own private PostgreSQL cluster (the embedded
default). When DSNs are configured, all three must be, and the embedded cluster is never started.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from jydj.errors import ConfigError

#: The three databases, in the order they are set up.
DATABASES: tuple[str, ...] = ("jy", "jy_front", "dj_front")

#: Which migration branch (and schema snapshot) each database follows.
BRANCH_OF: dict[str, str] = {"jy": "jy", "jy_front": "front", "dj_front": "front"}

DATABASE_TITLES: dict[str, str] = {
    "jy": "交易生产库",
    "jy_front": "房产端前置库",
    "dj_front": "不动产端前置库",
}

#: Keys of ``[steward]`` (docs/steward.md「配置」).
STEWARD_KEYS = frozenset(
    {
        "login",
        "trusted_header",
        "trusted_proxies",
        "session_minutes",
        "lockout_failures",
        "lockout_minutes",
        "secret_key_file",
        "cookie_secure",
        "oidc_issuer",
        "oidc_client_id",
        "oidc_client_secret",
        "oidc_username_claim",
    }
)

_ENV_OF: dict[str, str] = {name: f"JYDJ_{name.upper()}_DSN" for name in DATABASES}

#: The repository root: the directory holding ``db/``, ``jydj/`` and ``alembic.ini``.
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """What the platform runs against."""

    home: Path
    dsns: dict[str, str] = field(default_factory=dict)
    embedded_dir: Path | None = None
    config_file: Path | None = None
    #: cron expressions of the timed jobs by name (``[jobs]``), overriding the defaults
    jobs: dict[str, str] = field(default_factory=dict)
    #: the web services (``[api]``): host, port, workers, threads, max_body_kb
    api: dict = field(default_factory=dict)
    #: the one-window platform (``[onewindow]``): url (its WSDL), username, secret, attachments_dir
    onewindow: dict = field(default_factory=dict)
    #: the steward web tool (``[steward]``): login, trusted_header, trusted_proxies, session_minutes, …
    steward: dict = field(default_factory=dict)

    @property
    def embedded(self) -> bool:
        """True when the platform runs its own PostgreSQL cluster."""
        return not self.dsns

    @property
    def var_dir(self) -> Path:
        return self.home / "var"


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"配置文件 {path} 格式错误：{exc}") from exc


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read the configuration file and the environment."""
    env = dict(os.environ if env is None else env)
    home = Path(env.get("JYDJ_HOME") or REPO_ROOT).resolve()
    config_path = Path(env["JYDJ_CONFIG"]) if env.get("JYDJ_CONFIG") else home / "jydj.toml"
    data: dict = {}
    if config_path.is_file():
        data = _read_toml(config_path)
    elif env.get("JYDJ_CONFIG"):
        raise ConfigError(f"找不到配置文件 {config_path}（环境变量 JYDJ_CONFIG）")

    dsns: dict[str, str] = {}
    section = data.get("databases", {})
    if not isinstance(section, dict):
        raise ConfigError(f"配置文件 {config_path} 的 [databases] 必须是表")
    for name in DATABASES:
        value = env.get(_ENV_OF[name]) or section.get(name)
        if value:
            if not isinstance(value, str) or not value.startswith(("postgresql://", "postgres://")):
                raise ConfigError(
                    f"数据库 {name}（{DATABASE_TITLES[name]}）的连接串必须以 postgresql:// 开头"
                )
            dsns[name] = value
    unknown = set(section) - set(DATABASES)
    if unknown:
        raise ConfigError(f"配置文件 [databases] 中有未知的数据库：{', '.join(sorted(unknown))}")
    if dsns and len(dsns) != len(DATABASES):
        missing = [f"{n}（{_ENV_OF[n]}）" for n in DATABASES if n not in dsns]
        raise ConfigError("已配置部分数据库连接串，但缺少：" + "、".join(missing) + "；三个数据库须全部配置")

    jobs = data.get("jobs", {})
    if not isinstance(jobs, dict) or not all(isinstance(v, str) for v in jobs.values()):
        raise ConfigError(f'配置文件 {config_path} 的 [jobs] 须为 任务名 = "cron 表达式"')
    api = data.get("api", {})
    if not isinstance(api, dict) or set(api) - {"host", "port", "workers", "threads", "max_body_kb"}:
        raise ConfigError(f"配置文件 {config_path} 的 [api] 只能有 host、port、workers、threads、max_body_kb")
    onewindow = data.get("onewindow", {})
    allowed = {"url", "username", "secret", "attachments_dir"}
    if not isinstance(onewindow, dict) or set(onewindow) - allowed:
        raise ConfigError(f"配置文件 {config_path} 的 [onewindow] 只能有 {'、'.join(sorted(allowed))}")
    steward = data.get("steward", {})
    if not isinstance(steward, dict) or set(steward) - STEWARD_KEYS:
        raise ConfigError(f"配置文件 {config_path} 的 [steward] 只能有 {'、'.join(sorted(STEWARD_KEYS))}")
    embedded_section = data.get("embedded", {})
    embedded_dir = Path(embedded_section.get("data_dir", "var/pg"))
    if not embedded_dir.is_absolute():
        embedded_dir = home / embedded_dir
    return Settings(
        home=home,
        dsns=dsns,
        embedded_dir=None if dsns else embedded_dir,
        config_file=config_path if config_path.is_file() else None,
        jobs=dict(jobs),
        api=dict(api),
        onewindow=dict(onewindow),
        steward=dict(steward),
    )
