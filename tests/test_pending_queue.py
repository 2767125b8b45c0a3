"""The pending-rows queue ``stg.dcl`` beside the staging table (revision jy_0015).

The queue holds exactly the staged rows not yet loaded (待校验 / 合格 / 不合格) with the same state and
kind as ``stg.djsj``; the trigger ``stg.djsj_dcl`` keeps it so for every writer, and a validation run's
write-back keeps it so with set-based statements. No index of the staging table names the state, so the
write-back is a HOT update. See docs/validation.md.
"""

from __future__ import annotations

from stagekit import (
    linked_flat,
    new_ywh,
    one,
    ownership,
    q,
    stage,
    status,
    unit_code,
    validate_all,
)

from jydj.validation import queue_counts

#: Rows where the queue and the staging table disagree (none when the invariant holds).
MISMATCHES = """
SELECT count(*)
  FROM stg.djsj d
  FULL JOIN stg.dcl q ON q.id = d.id
 WHERE d.id IS NULL
    OR (q.id IS NULL) <> (d.jyzt = '已入库')
    OR q.jyzt <> d.jyzt
    OR q.djzl <> d.djzl
"""


def _queue(c, ywh: str) -> tuple[str, str] | None:
    rows = q(
        c,
        "SELECT q.jyzt, q.djzl FROM stg.dcl q JOIN stg.djsj d ON d.id = q.id "
        "WHERE d.lybm = 'dbjg' AND d.lyzj = %s",
        (ywh,),
    )
    return rows[0] if rows else None


def test_the_queue_follows_every_writer(jy_tx) -> None:
    c = jy_tx
    fwbm, dy = linked_flat(c, 7301)
    good, bad = new_ywh(), new_ywh()
    stage(c, "dbjg", ownership(good, dy, fwbm))
    stage(c, "dbjg", ownership(bad, unit_code(7302), None))  # no flat linked: SYQ05
    assert _queue(c, good) == ("待校验", "所有权")
    assert one(c, MISMATCHES) == 0

    validate_all(c)
    assert status(c, "dbjg", good) == ("已入库", [])
    assert _queue(c, good) is None
    assert status(c, "dbjg", bad)[0] == "不合格"
    assert _queue(c, bad) == ("不合格", "所有权")
    assert one(c, MISMATCHES) == 0
    counts = queue_counts(c)
    assert counts["unqualified"] == one(c, "SELECT count(*) FROM stg.djsj WHERE jyzt = '不合格'")
    assert counts["loaded"] == one(c, "SELECT count(*) FROM stg.djsj WHERE jyzt = '已入库'")

    assert one(c, "SELECT stg.requeue('SYQ05', NULL, 'test', 'cli', '测试重新排队')") >= 1
    assert _queue(c, bad) == ("待校验", "所有权")
    stage(c, "dbjg", ownership(good, dy, fwbm, dbr="另一登簿员"), op="u")  # S4 restages a loaded row
    assert _queue(c, good) == ("待校验", "所有权")
    assert one(c, MISMATCHES) == 0

    q(c, "DELETE FROM stg.djsj WHERE lybm = 'dbjg' AND lyzj = %s RETURNING id", (bad,))
    assert _queue(c, bad) is None
    assert one(c, MISMATCHES) == 0


def test_the_status_write_back_is_a_hot_update(jy_tx) -> None:
    c = jy_tx
    for n in range(7310, 7330):
        fwbm, dy = linked_flat(c, n)
        stage(c, "dbjg", ownership(new_ywh(), dy, fwbm))
    stats = "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE relid = 'stg.djsj'::regclass"
    upd0, hot0 = q(c, stats)[0]
    assert validate_all(c)["loaded"] == 20
    upd, hot = q(c, stats)[0]
    assert upd - upd0 >= 20
    # an update that is not HOT wrote index entries: some index of stg.djsj names a status column
    assert hot - hot0 == upd - upd0


def test_no_index_of_the_staging_table_names_a_status_column(jy_tx) -> None:
    rows = q(
        jy_tx,
        """SELECT i.indexrelid::regclass::text, pg_catalog.pg_get_indexdef(i.indexrelid)
             FROM pg_catalog.pg_index i
            WHERE i.indrelid = 'stg.djsj'::regclass""",
    )
    assert rows
    for name, definition in rows:
        for column in ("jyzt", "jyjg", "jysj", "rksj"):
            assert column not in definition, (name, definition)
