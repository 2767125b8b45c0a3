"""APScheduler jobs that call procedures (built with the streams and validation issues; empty until then)."""
