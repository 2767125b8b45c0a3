"""The checked-in schema snapshot (``db/schema/<branch>.sql``) and the drift check.

A snapshot is ``pg_dump --schema-only`` of a database built from the migrations plus the procedure and
trigger files, with the lines that vary between runs (versions, ``\\restrict`` keys) removed. A test
rebuilds the databases from scratch and compares: a table changed in a migration but not in the
snapshot, or a procedure file edited without re-generating the snapshot, fails CI.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from jydj.config import REPO_ROOT
from jydj.embedded import bin_dir
from jydj.errors import JydjError

SNAPSHOT_DIR = REPO_ROOT / "db" / "schema"

_DROP = re.compile(
    r"^(-- Dumped (from|by) .*|\\restrict .*|\\unrestrict .*|SET [a-z_]+ = .*|"
    r"SELECT pg_catalog\.set_config\('search_path', '', false\);)$"
)


def snapshot_path(branch: str) -> Path:
    return SNAPSHOT_DIR / f"{branch}.sql"


def dump_schema(dsn: str) -> str:
    """The normalised schema-only dump of one database."""
    parts = urlsplit(dsn)
    env = dict(os.environ)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            user, password = userinfo.split(":", 1)
            env["PGPASSWORD"] = unquote(password)
            netloc = f"{user}@{host}"
    target = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    result = subprocess.run(
        [
            str(bin_dir() / "pg_dump"),
            "--schema-only",
            "--no-owner",
            "--no-privileges",
            "--no-tablespaces",
            "--dbname",
            target,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise JydjError(f"pg_dump 失败：{result.stderr.strip()}")
    kept = [line for line in result.stdout.splitlines() if not _DROP.match(line)]
    text = "\n".join(kept)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text


def diff(expected: str, actual: str, branch: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"db/schema/{branch}.sql (已提交)",
            tofile=f"{branch}（由迁移和过程文件重建）",
        )
    )


#: One scratch database per branch; the front branch is built once (both front databases share it).
BRANCH_SAMPLE_DB: dict[str, str] = {"jy": "jy", "front": "jy_front"}


def build_snapshots(server_dsn: str, *, write: bool, report=print) -> bool:
    """Build each branch in a scratch database, dump it, and write or compare the snapshot.

    Returns True when nothing differs (or the files were written).
    """
    from jydj.database import with_database
    from jydj.migrate import drop_databases, ensure_databases, migrate_database

    ok = True
    for branch, sample in BRANCH_SAMPLE_DB.items():
        scratch = f"jydj_snapshot_{branch}"
        drop_databases(server_dsn, (scratch,))
        ensure_databases(server_dsn, (scratch,))
        try:
            dsn = with_database(server_dsn, scratch)
            migrate_database(dsn, sample)
            actual = dump_schema(dsn)
        finally:
            drop_databases(server_dsn, (scratch,))
        path = snapshot_path(branch)
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            report(f"已写入 {path.relative_to(REPO_ROOT)}（{len(actual.splitlines())} 行）")
            continue
        expected = path.read_text(encoding="utf-8") if path.is_file() else ""
        if expected != actual:
            ok = False
            report(diff(expected, actual, branch))
            report(
                f"结构快照 {path.relative_to(REPO_ROOT)} 与迁移不一致；确认后运行 jydj db snapshot 重新生成"
            )
        else:
            report(f"{path.relative_to(REPO_ROOT)} 与迁移一致")
    return ok
