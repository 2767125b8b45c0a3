"""Debezium change-data-capture streams S1–S4 (built in the streams issue; empty until then)."""
