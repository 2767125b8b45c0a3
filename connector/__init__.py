"""Debezium change-data-capture streams S1–S4: configuration (conf/), runner, handler, reconcile, metrics."""
