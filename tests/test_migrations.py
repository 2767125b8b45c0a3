"""Migrations up and down, the procedure manifest, the schema snapshot, comments on everything."""

from __future__ import annotations

import ast
import re

import psycopg2
import pytest

from jydj.config import REPO_ROOT
from jydj.migrate import DB_DIR, current_revision, downgrade_database, manifest_files, migrate_database
from jydj.snapshot import BRANCH_SAMPLE_DB, diff, dump_schema, snapshot_path

VERSIONS = DB_DIR / "migrations" / "versions"
SQL_DIR = DB_DIR / "migrations" / "sql"


def _user_objects(dsn: str) -> list[str]:
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(
                """SELECT c.relkind::text || ':' || n.nspname || '.' || c.relname
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                      AND NOT (n.nspname = 'public' AND c.relname LIKE 'alembic_version%')
                   UNION ALL
                   SELECT 'f:' || n.nspname || '.' || p.proname
                     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                   UNION ALL
                   SELECT 'n:' || nspname FROM pg_namespace
                    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public', 'pg_toast')
                      AND nspname NOT LIKE 'pg\\_temp%' AND nspname NOT LIKE 'pg\\_toast%'"""
            )
            return sorted(r[0] for r in cur.fetchall())
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["jy", "jy_front"])
def test_up_down_up_on_an_empty_database(empty_db: str, name: str) -> None:
    assert _user_objects(empty_db) == []
    files = migrate_database(empty_db, name)
    assert files == len(manifest_files("jy" if name == "jy" else "front"))
    head = current_revision(empty_db, name)
    assert head is not None
    built = _user_objects(empty_db)
    assert len(built) > 20
    migrate_database(empty_db, name)  # twice: nothing changes
    assert _user_objects(empty_db) == built
    downgrade_database(empty_db, name)
    assert _user_objects(empty_db) == [], "downgrade to base must leave nothing behind"
    assert current_revision(empty_db, name) is None
    migrate_database(empty_db, name)
    assert _user_objects(empty_db) == built
    assert current_revision(empty_db, name) == head


def test_each_revision_steps_down_and_up_one_at_a_time(empty_db: str) -> None:
    from alembic import command

    from jydj.migrate import _alembic

    migrate_database(empty_db, "jy")
    full = _user_objects(empty_db)
    _alembic(empty_db, "jy", lambda cfg: command.downgrade(cfg, "jy@-1"))
    before = _user_objects(empty_db)
    assert before != full  # the head revision changed something (it may add objects, drop them, or both)
    migrate_database(empty_db, "jy")
    assert _user_objects(empty_db) == full


def test_revision_files_are_well_formed() -> None:
    revisions = {}
    for path in sorted(VERSIONS.glob("*.py")):
        assert re.fullmatch(r"(jy|front)_\d{4}_[a-z0-9_]+\.py", path.name), path.name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        values = {
            node.targets[0].id: ast.literal_eval(node.value)
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        }
        branch, number = path.stem.split("_")[:2]
        assert values["revision"] == f"{branch}_{number}", path.name
        assert ast.get_docstring(tree), f"{path.name} needs a docstring saying what it does"
        for direction in ("up", "down"):
            assert (SQL_DIR / f"{path.stem}.{direction}.sql").is_file(), (
                f"{path.stem}.{direction}.sql missing"
            )
        revisions[values["revision"]] = values["down_revision"]
    # Each branch is one straight line: every revision but the first follows the one before it.
    for rev, down in revisions.items():
        branch, number = rev.split("_")
        expected = None if number == "0001" else f"{branch}_{int(number) - 1:04d}"
        assert down == expected, f"{rev} must revise {expected}"
    sql_stems = {p.name.rsplit(".", 2)[0] for p in SQL_DIR.glob("*.sql")}
    assert sql_stems == {p.stem for p in VERSIONS.glob("*.py")}, "every SQL file belongs to a revision"


def test_every_procedure_and_trigger_file_is_in_the_manifest_once() -> None:
    on_disk = {p for sub in ("procedures", "triggers") for p in (DB_DIR / sub).rglob("*.sql")}
    listed_jy, listed_front = manifest_files("jy"), manifest_files("front")
    for listed in (listed_jy, listed_front):
        assert len(listed) == len(set(listed)), "a file is listed twice"
    assert on_disk == set(listed_jy) | set(listed_front), "files missing from db/manifest.toml"
    for path in on_disk:
        schema = path.parent.name
        assert path.name.startswith(f"{schema}."), f"{path} must be named <schema>.<object>.sql"


def test_every_procedure_file_has_the_header_block() -> None:
    for path in sorted((DB_DIR / "procedures").rglob("*.sql")) + sorted((DB_DIR / "triggers").rglob("*.sql")):
        text = path.read_text(encoding="utf-8")
        head = text.split("\n\n", 1)[0]
        for label in ("做什么", "规则", "参数", "返回", "错误"):
            assert f"-- {label}" in head, f"{path.relative_to(REPO_ROOT)}: header lacks '{label}'"
        assert "COMMENT ON FUNCTION" in text, f"{path.relative_to(REPO_ROOT)}: no COMMENT ON FUNCTION"


@pytest.mark.parametrize("branch", ["jy", "front"])
def test_every_table_and_column_has_a_chinese_comment(templates: dict[str, str], branch: str) -> None:
    conn = psycopg2.connect(templates[branch])
    try:
        with conn.cursor() as cur:
            cur.execute(
                """SELECT n.nspname || '.' || c.relname || coalesce('.' || a.attname, '')
                     FROM pg_class c
                     JOIN pg_namespace n ON n.oid = c.relnamespace
                     LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
                      AND coalesce(col_description(c.oid, a.attnum), obj_description(c.oid, 'pg_class'), '')
                          !~ '[\\u4e00-\\u9fff]'
                      AND (a.attnum IS NOT NULL OR obj_description(c.oid, 'pg_class') IS NULL)"""
            )
            missing = [r[0] for r in cur.fetchall()]
            cur.execute(
                """SELECT n.nspname || '.' || c.relname FROM pg_class c
                     JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
                      AND coalesce(obj_description(c.oid, 'pg_class'), '') !~ '[\\u4e00-\\u9fff]'"""
            )
            missing += [r[0] for r in cur.fetchall()]
    finally:
        conn.close()
    assert missing == [], f"没有中文注释：{missing[:20]}"


def test_every_foreign_key_column_is_indexed(templates: dict[str, str]) -> None:
    conn = psycopg2.connect(templates["jy"])
    try:
        with conn.cursor() as cur:
            cur.execute(
                """SELECT c.conrelid::regclass::text || ' ' || c.conname
                     FROM pg_constraint c
                    WHERE c.contype = 'f'
                      AND NOT EXISTS (
                          SELECT 1 FROM pg_index i
                           WHERE i.indrelid = c.conrelid
                             AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)"""
            )
            unindexed = [r[0] for r in cur.fetchall()]
    finally:
        conn.close()
    assert unindexed == []


@pytest.mark.parametrize("branch", ["jy", "front"])
def test_schema_snapshot_matches_migrations(templates: dict[str, str], branch: str) -> None:
    """The template was built from migrations + files; it must equal the checked-in snapshot."""
    assert BRANCH_SAMPLE_DB[branch]
    path = snapshot_path(branch)
    assert path.is_file(), f"{path} missing: run `jydj db snapshot`"
    actual = dump_schema(templates[branch])
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        "结构快照与迁移不一致（运行 jydj db snapshot 重新生成）:\n" + diff(expected, actual, branch)[:4000]
    )
