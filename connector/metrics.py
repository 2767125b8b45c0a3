"""Prometheus ``/metrics`` for the streams: the same figures as ``jydj status --json``, read from the
databases at each scrape (so any process serving it shows the truth, not its own memory)."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import start_http_server
from prometheus_client.core import CollectorRegistry, GaugeMetricFamily
from prometheus_client.registry import Collector

from jydj.config import Settings

_FIELDS = (
    ("applied", "jydj_stream_applied_rows", "Rows applied at the target since the stream was created"),
    ("filtered", "jydj_stream_filtered_rows", "Rows held back by the routing rules (recorded with a reason)"),
    ("dead_letters", "jydj_stream_dead_letters", "Rows parked in the dead-letter table, waiting for a retry"),
    ("pending", "jydj_stream_pending_rows", "Detail rows waiting for their business's 共享主表 row"),
    ("lag_ms", "jydj_stream_lag_milliseconds", "Source commit to target apply, last batch or heartbeat"),
    (
        "retained_wal_bytes",
        "jydj_stream_slot_retained_wal_bytes",
        "WAL the stream's replication slot retains",
    ),
)


class StreamCollector(Collector):
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from jydj.status import stream_status

        streams = stream_status(self.settings)
        up = GaugeMetricFamily("jydj_stream_up", "1 when the stream is running", labels=["stream"])
        for s in streams:
            up.add_metric([s["name"]], 1.0 if s["state"] == "running" else 0.0)
        yield up
        for key, name, doc in _FIELDS:
            family = GaugeMetricFamily(name, doc, labels=["stream"])
            for s in streams:
                if s.get(key) is not None:
                    family.add_metric([s["name"]], float(s[key]))
            yield family


def serve(settings: Settings, port: int, host: str = "127.0.0.1") -> None:
    """Serve /metrics on host:port in a background thread."""
    registry = CollectorRegistry()
    registry.register(StreamCollector(settings))
    start_http_server(port, addr=host, registry=registry)
