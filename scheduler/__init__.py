"""Timed jobs (APScheduler, job store in jy): each only calls procedures and is safe to run twice."""
