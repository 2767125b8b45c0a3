"""Named, reviewed corrections of staged registration rows (数据修正, seed §5.2.3), from Python.

Stewards correct unqualified rows of ``stg.djsj`` only through the procedures listed in the catalog ``xz.gc``
(``db/procedures/xz/``), never with free SQL. All the work is in SQL (``xz.run``, ``stg.correct_rows``;
docs/corrections.md): this module lists the catalog, calls the runner and lists the fields a ``field``
parameter may name. Nothing here commits: the caller owns the transaction (a dry run writes nothing; an
applied run is committed by the caller, or rolled back to leave nothing behind).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

#: Keys of one catalog entry returned by :func:`list_procedures` (the ``xz.gc`` columns they come from).
PROCEDURE_KEYS: dict[str, str] = {
    "name": "gcm",  # procedure name, e.g. "xz.mj_lpb"
    "title": "mc",  # Chinese title
    "description": "sm",  # what it does, in plain Chinese
    "kinds": "djzl",  # registration kinds it applies to (None = all)
    "rules": "gzdm",  # rule codes it is meant to fix (None = none in particular)
    "params": "cs",  # parameter spec: [{"name", "label", "type", "required", "help", "choices"?}]
    "order": "pxh",
}


def list_procedures(conn, kind: str | None = None, rule: str | None = None) -> list[dict[str, Any]]:
    """The enabled correction procedures, ordered by ``pxh``.

    ``kind`` keeps those that apply to that registration kind (or to all kinds); ``rule`` those meant to fix
    that rule code. Each entry has the keys of :data:`PROCEDURE_KEYS`; ``params`` is the parameter spec list.
    """
    with conn.cursor() as cur:
        cur.execute(
            """SELECT g.gcm, g.mc, g.sm, g.djzl, g.gzdm, g.cs, g.pxh
                 FROM xz.gc g
                WHERE g.qy
                  AND (%(kind)s::text IS NULL OR g.djzl IS NULL OR %(kind)s::text = ANY (g.djzl))
                  AND (%(rule)s::text IS NULL OR %(rule)s::text = ANY (g.gzdm))
                ORDER BY g.pxh, g.gcm""",
            {"kind": kind, "rule": rule},
        )
        rows = cur.fetchall()
    return [dict(zip(PROCEDURE_KEYS, row, strict=True)) for row in rows]


def run_correction(
    conn,
    name: str,
    ids: Sequence[int],
    params: dict[str, Any] | None,
    dry_run: bool,
    operator: str,
    reason: str | None,
    source: str,
    ip: str | None = None,
) -> dict[str, Any]:
    """Run the catalog procedure ``name`` on the staged rows ``ids`` (``xz.run``); does not commit.

    A dry run returns ``{"gcm", "sy": true, "rows": [{"id", "lybm", "lyzj", "djzl", "bdcdyh", "bgq", "bgh"}],
    "unchanged": [ids]}`` and writes nothing. Otherwise the changes are applied, audited and re-validated in
    the connection's transaction and the result is ``{"gcm", "sy": false, "rows": [{"id", "bgq", "bgh",
    "jyzt", "jyjg"}], "unchanged", "loaded", "qualified", "unqualified"}``; the caller commits (or rolls
    back).
    Refusals are ``psycopg2`` errors with a Chinese message (SQLSTATE 22023, P0002 for a missing row).
    """
    with conn.cursor() as cur:
        cur.execute(
            "SELECT xz.run(%s, %s::bigint[], %s::jsonb, %s, %s, %s, %s, %s)",
            (
                name,
                [int(i) for i in ids],
                json.dumps(params or {}, ensure_ascii=False),
                dry_run,
                operator,
                reason,
                source,
                ip,
            ),
        )
        return cur.fetchone()[0]


def fields_of(conn, ids: Sequence[int]) -> list[str]:
    """Columns common to the images of the staged rows ``ids``, minus their source primary keys, sorted.

    These are the fields a ``field`` parameter may name (the web form's field picker). Unknown ids are
    ignored; no rows → an empty list.
    """
    if not ids:
        return []
    with conn.cursor() as cur:
        cur.execute(
            """SELECT k.key
                 FROM stg.djsj d
                CROSS JOIN LATERAL jsonb_object_keys(d.sjnr) AS k(key)
                WHERE d.id = ANY (%(ids)s::bigint[])
                  AND NOT EXISTS (SELECT 1 FROM jh.lyb b
                                   WHERE b.lsl = 'S4' AND b.lybm = 'share_dj.' || d.lybm
                                     AND k.key = ANY (b.zjl))
                GROUP BY k.key
               HAVING count(*) = (SELECT count(*) FROM stg.djsj x WHERE x.id = ANY (%(ids)s::bigint[]))
                ORDER BY k.key""",
            {"ids": [int(i) for i in ids]},
        )
        return [row[0] for row in cur.fetchall()]
