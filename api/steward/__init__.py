"""数据对接工具 (the steward web tool): server-rendered Chinese pages on Flask, mounted at ``/steward``.

:func:`api.steward.app.create_steward_app` builds it; :mod:`api.steward.web` holds what every page shares.
"""
