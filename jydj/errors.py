"""Domain errors. Their messages are Chinese, for the people who run the platform."""

from __future__ import annotations


class JydjError(Exception):
    """An error the command line reports as one clear line, without a traceback."""

    exit_code = 1


class ConfigError(JydjError):
    """The configuration is incomplete or wrong."""

    exit_code = 2


class DatabaseUnavailable(JydjError):
    """A configured database cannot be reached, or refuses the credentials."""

    exit_code = 3


class ClusterError(JydjError):
    """The embedded PostgreSQL cluster could not be initialised, started or stopped."""

    exit_code = 4


def message_of(exc: BaseException) -> str:
    """The message to show for ``exc``: a database error's own primary text (the procedures' Chinese RAISE
    message, without the SQL context psycopg2 appends), otherwise ``str(exc)``."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return primary or str(exc).strip()
