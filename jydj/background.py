"""``jydj start`` / ``jydj stop``: the platform's processes in the background, with pid files and logs
under ``var/``, for the demo and for a single-machine installation (production uses a service manager
running ``jydj run`` in the foreground)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from jydj.config import Settings
from jydj.errors import JydjError

#: name → the jydj command line it runs
PROCESSES: dict[str, list[str]] = {
    "run": ["run"],
    "simulate": ["simulate"],
    "onewindow": ["onewindow", "simulate"],
}


def _pid_file(settings: Settings, name: str) -> Path:
    return settings.var_dir / "run" / f"jydj-{name}.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_pid(settings: Settings, name: str) -> int | None:
    path = _pid_file(settings, name)
    if not path.is_file():
        return None
    pid = int(path.read_text().strip() or 0)
    if pid and _alive(pid):
        return pid
    path.unlink(missing_ok=True)
    return None


def _spawn(settings: Settings, name: str, extra: list[str]) -> int:
    log_dir = settings.var_dir / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    (settings.var_dir / "run").mkdir(parents=True, exist_ok=True)
    with (log_dir / f"{name}.log").open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jydj.cli", *PROCESSES[name], *extra],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=os.environ.copy(),
        )
    _pid_file(settings, name).write_text(str(proc.pid), encoding="utf-8")
    return proc.pid


def _wait_running(settings: Settings, timeout: float = 120) -> list[dict]:
    from jydj.status import collect

    deadline = time.monotonic() + timeout
    streams: list[dict] = []
    while time.monotonic() < deadline:
        if running_pid(settings, "run") is None:
            raise JydjError(f"jydj run 启动后退出了；请看日志 {settings.var_dir / 'log' / 'run.log'}")
        streams = collect(settings).get("streams", [])
        if streams and all(s["state"] == "running" for s in streams):
            return streams
        time.sleep(1)
    raise JydjError(
        f"数据流在 {timeout:.0f} 秒内没有全部运行：{json.dumps(streams, ensure_ascii=False)[:500]}"
    )


def start_all(settings: Settings, *, simulate: bool, rate: float) -> Iterator[str]:
    pid = running_pid(settings, "run")
    if pid:
        yield f"jydj run 已在后台运行（进程 {pid}）"
    else:
        pid = _spawn(settings, "run", [])
        yield f"已在后台启动 jydj run（进程 {pid}，日志 var/log/run.log），等待数据流就绪……"
        _wait_running(settings)
        yield "数据流 S1–S4 运行中"
    if simulate:
        sim = running_pid(settings, "simulate")
        if sim:
            yield f"模拟业务已在运行（进程 {sim}）"
        else:
            sim = _spawn(settings, "simulate", ["--rate", str(rate)])
            yield f"已启动模拟业务（进程 {sim}，每秒约 {rate:g} 笔，日志 var/log/simulate.log）"
        window = running_pid(settings, "onewindow")
        if window:
            yield f"一窗受理平台模拟器已在运行（进程 {window}）"
        else:
            window = _spawn(settings, "onewindow", ["--rate", "0.1"])
            yield f"已启动一窗受理平台模拟器（进程 {window}，每 10 秒约一件，日志 var/log/onewindow.log）"


def stop_all(settings: Settings, timeout: float = 60) -> Iterator[str]:
    for name in ("onewindow", "simulate", "run"):
        pid = running_pid(settings, name)
        if pid is None:
            continue
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
            yield f"jydj {name}（进程 {pid}）未在 {timeout:.0f} 秒内退出，已强制结束"
        else:
            yield f"已停止 jydj {name}（进程 {pid}）"
        _pid_file(settings, name).unlink(missing_ok=True)
