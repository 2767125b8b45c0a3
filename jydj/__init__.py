"""房产交易与不动产登记协同共享平台 (jydj): the Python side of a PostgreSQL-centred platform."""

__version__ = "0.1.0"
