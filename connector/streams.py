"""The four streams, and the Debezium properties of each, rendered from the files in ``connector/conf``.

| stream | source | captured | target | apply |
|---|---|---|---|---|
| S1 | jy | outbox.fjx | jy_front | share_jy.* from each outbox row |
| S2 | jy_front | share_jy.* | dj_front | routed on the 共享主表 key fields |
| S3 | dj_front | share_dj.* | jy_front | routed on the 共享主表 key fields |
| S4 | jy_front | share_dj.* | jy | into staging stg.djsj |
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

CONF_DIR = Path(__file__).resolve().parent / "conf"

#: Tables every source captures besides its data: the heartbeat (jh.xt) and the signal table (jh.xh).
HEARTBEAT_TABLE = "jh.xt"
SIGNAL_TABLE = "jh.xh"


@dataclass(frozen=True)
class Stream:
    name: str  # S1 … S4
    source: str  # database role
    target: str
    title: str

    @property
    def key(self) -> str:
        """Lower-case name used for files, slots, publications and offset tables."""
        return self.name.lower()

    @property
    def slot(self) -> str:
        """Replication slot (cluster-wide): ``jydj_s1``, or ``jydj_s1_<tag>`` with ``JYDJ_STREAM_TAG``."""
        tag = os.environ.get("JYDJ_STREAM_TAG", "")
        return f"jydj_{self.key}_{tag}" if tag else f"jydj_{self.key}"

    @property
    def publication(self) -> str:
        return self.slot


STREAMS: dict[str, Stream] = {
    s.name: s
    for s in (
        Stream("S1", "jy", "jy_front", "交易库发件箱 → 房产端共享交易库"),
        Stream("S2", "jy_front", "dj_front", "房产端共享交易库 → 不动产端前置共享交易库"),
        Stream("S3", "dj_front", "jy_front", "不动产端共享登记库 → 房产端前置共享登记库"),
        Stream("S4", "jy_front", "jy", "房产端前置共享登记库 → 交易库暂存"),
    )
}


def read_properties(path: Path) -> dict[str, str]:
    """A Java-style ``key=value`` file (comments with '#', no continuation lines)."""
    props: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "!")):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"{path.name}: not a key=value line: {raw!r}")
        props[key.strip()] = value.strip()
    return props


_PLACEHOLDER = re.compile(r"\$\{([a-z_]+)\}")


def connection_parts(dsn: str) -> dict[str, str]:
    parts = urlsplit(dsn)
    host = parts.hostname or "127.0.0.1"
    return {
        "host": host,
        "port": str(parts.port or 5432),
        "user": unquote(parts.username or ""),
        "password": unquote(parts.password or ""),
        "dbname": unquote(parts.path.lstrip("/")),
    }


def debezium_properties(
    stream: Stream, source_dsn: str, overrides: dict[str, str] | None = None
) -> dict[str, str]:
    """The full property set of one stream's engine: common file + stream file + connection values."""
    values = {**connection_parts(source_dsn), "stream": stream.key, "lsl": stream.name}
    props = read_properties(CONF_DIR / "debezium.properties")
    props.update(read_properties(CONF_DIR / f"{stream.key}.properties"))
    props["name"] = f"jydj-{stream.key}"
    props["slot.name"] = stream.slot
    props["publication.name"] = stream.publication
    props.update(overrides or {})

    def fill(value: str) -> str:
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], value)

    return {key: fill(value) for key, value in props.items()}
