"""Alembic environment for the three jydj databases.

Two branches live in one versions directory: ``jy`` (the production database) and ``front`` (both front
servers, ``jy_front`` and ``dj_front``, which share one structure). Each database keeps its own
``alembic_version`` table, so ``jy@head`` and ``front@head`` never mix.

The connection comes, in this order, from ``config.attributes["connection"]`` (jydj passes one), from
``sqlalchemy.url``, or from ``-x db=<name>`` resolved through jydj's configuration.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    name = context.get_x_argument(as_dictionary=True).get("db")
    if not name:
        raise SystemExit("请用 -x db=jy|jy_front|dj_front 指定数据库，或运行 jydj db migrate")
    from jydj.config import load_settings
    from jydj.database import dsn_of, sqlalchemy_url

    return sqlalchemy_url(dsn_of(load_settings(), name))


def run_migrations_offline() -> None:
    context.configure(url=_url(), literal_binds=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
