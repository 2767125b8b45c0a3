"""Data linking (数据挂接, seed §5.2.4): bulk import of legacy CSV files, link runs, export.

The matching itself lives in PostgreSQL (``db/procedures/gl/``): this module reads CSV files (UTF-8
with or without BOM, or GB18030), hands their rows to ``gl.import_rows`` through the UNLOGGED buffer
``gl.drhc``, calls the steps of ``gl.link_run`` one by one so the command line can show progress, and
writes the links and candidates back out as CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JY_COLUMNS = ("fwbm", "xmmc", "zl", "zh", "dy", "szc", "fh", "jzmj", "tnmj", "qlrmc", "zjhm")
DJ_COLUMNS = (
    "bdcdyh",
    "fwbm",
    "xmmc",
    "zl",
    "zh",
    "dy",
    "szc",
    "hh",
    "jzmj",
    "tnmj",
    "qlrmc",
    "zjhm",
    "bdcqzh",
)
COLUMNS = {"jy": JY_COLUMNS, "dj": DJ_COLUMNS}
EXPORT_COLUMNS = ("fwbm", "bdcdyh", "score", "method")
CANDIDATE_COLUMNS = ("fwbm", "bdcdyh", "score", "rank", "reasons")
STEPS: tuple[tuple[str, str], ...] = (
    ("features", "刷新特征（楼盘表、登记单元、暂存单元）"),
    ("exact", "精确挂接（所记房屋编码一致且核实）"),
    ("aliases", "学得项目别名"),
    ("pairs", "分块比对打分"),
    ("auto", "评分挂接"),
    ("candidates", "生成候选"),
    ("business", "业务挂接与重新校验"),
)
COPY_CHUNK = 50_000


class LinkFileError(ValueError):
    """The file cannot be read at all (encoding, header)."""


@dataclass
class ImportResult:
    side: str
    rows: int = 0
    new: int = 0
    changed: int = 0
    same: int = 0
    bad: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "encoding": self.encoding,
            "rows": self.rows,
            "new": self.new,
            "changed": self.changed,
            "same": self.same,
            "bad": self.bad,
            "errors": [{"line": n, "reason": r} for n, r in self.errors],
        }


def decode(data: bytes) -> tuple[str, str]:
    """Text of a CSV file: UTF-8 (BOM optional) first, then GB18030. Returns (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise LinkFileError(f"文件既不是 UTF-8 也不是 GB18030 编码（第 {exc.start} 字节无法解码）") from None


def read_rows(text: str, side: str) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]]]:
    """Data rows with their line numbers (header = line 1), and the lines rejected for their shape."""
    expected = COLUMNS[side]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise LinkFileError("文件是空的：第 1 行应是表头 " + ",".join(expected)) from None
    except csv.Error as exc:
        raise LinkFileError(f"第 1 行（表头）无法解析：{exc}") from None
    got = tuple(h.strip().lower() for h in header)
    if got != expected:
        raise LinkFileError(f"表头应为「{','.join(expected)}」，实际为「{','.join(header)}」")
    rows: list[tuple[int, list[str]]] = []
    bad: list[tuple[int, str]] = []
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad.append((reader.line_num, f"无法解析为 CSV：{exc}"))
            continue
        line = reader.line_num
        if not record or all(not v.strip() for v in record):
            continue
        if len(record) != len(expected):
            bad.append((line, f"应有 {len(expected)} 列，实际 {len(record)} 列"))
            continue
        if any("\x00" in v for v in record):
            bad.append((line, "含有空字符（\\0）"))
            continue
        rows.append((line, record))
    return rows, bad


def _copy_buffer(cur, rows: list[tuple[int, list[str]]], width: int) -> None:
    columns = ["hh"] + [f"c{i}" for i in range(1, width + 1)]
    for start in range(0, len(rows), COPY_CHUNK):
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        for line, record in rows[start : start + COPY_CHUNK]:
            writer.writerow([line, *record])
        buf.seek(0)
        cur.copy_expert(f"COPY gl.drhc ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv)", buf)


def import_file(
    conn, side: str, path: Path, czr: str, source: str = "cli", *, commit: bool = True
) -> ImportResult:
    """Import one legacy CSV file into the linking features of one side, in one transaction
    (committed unless ``commit`` is false: the caller owns the transaction)."""
    if side not in COLUMNS:
        raise LinkFileError("导入端 --side 只能是 jy 或 dj")
    text, encoding = decode(Path(path).read_bytes())
    rows, shape_errors = read_rows(text, side)
    with conn.cursor() as cur:
        cur.execute("DELETE FROM gl.drhc WHERE pc = pg_backend_pid()")
        _copy_buffer(cur, rows, len(COLUMNS[side]))
        cur.execute("SELECT gl.import_rows(%s, %s, %s, %s)", (side, str(path), czr, source))
        summary = cur.fetchone()[0]
    if commit:
        conn.commit()
    errors = sorted(shape_errors + [(e["hh"], e["xx"]) for e in summary["errors"]])
    return ImportResult(
        side=side,
        rows=summary["rows"] + len(shape_errors),
        new=summary["new"],
        changed=summary["changed"],
        same=summary["same"],
        bad=summary["bad"] + len(shape_errors),
        errors=errors,
        encoding=encoding,
    )


def run_link(
    conn,
    czr: str,
    *,
    min_score: int | None = None,
    min_margin: int | None = None,
    progress: Callable[[str, str, dict[str, Any]], None] | None = None,
    commit: bool = True,
) -> dict[str, Any]:
    """Run every step of ``gl.link_run`` in one transaction, reporting each step as it finishes."""
    summary: dict[str, Any] = {}
    with conn.cursor() as cur:
        for step, title in STEPS:
            cur.execute("SELECT gl.link_run(%s, %s, %s, %s)", (czr, [step], min_score, min_margin))
            result = cur.fetchone()[0]
            summary[step] = result[step]
            if progress:
                progress(step, title, result[step])
        for key in ("linked", "unlinked_fw", "unlinked_dy"):
            summary[key] = result[key]
    counts = link_counts(conn)
    summary["links_by_method"] = counts["links_by_method"]
    summary["candidates"] = counts["candidates"]
    if commit:
        conn.commit()
    return summary


def link_counts(conn) -> dict[str, Any]:
    """Links by method, unlinked flats and units (of the linking features), candidates, business links."""
    with conn.cursor() as cur:
        cur.execute("SELECT glfs, count(*) FROM gl.fw_dy WHERE zt = '有效' GROUP BY glfs ORDER BY glfs")
        by_method = dict(cur.fetchall())
        cur.execute(
            "SELECT (SELECT count(*) FROM gl.fwtz f"
            "         WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.fwbm = f.fwbm)),"
            " (SELECT count(*) FROM gl.dytz d"
            "   WHERE NOT EXISTS (SELECT 1 FROM gl.fw_dy g WHERE g.bdcdyh = d.bdcdyh)),"
            " (SELECT count(*) FROM gl.hxd), (SELECT count(*) FROM gl.yw_gl)"
        )
        unlinked_fw, unlinked_dy, candidates, business = cur.fetchone()
    return {
        "links": sum(by_method.values()),
        "links_by_method": by_method,
        "unlinked_fw": unlinked_fw,
        "unlinked_dy": unlinked_dy,
        "candidates": candidates,
        "business_links": business,
    }


def _export(conn, sql: str, header: tuple[str, ...], path: Path) -> int:
    with open(path, "w", encoding="utf-8", newline="") as out, conn.cursor() as cur:
        out.write(",".join(header) + "\n")
        cur.copy_expert(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)", out)
        return cur.rowcount


#: Valid links as exported: fwbm, bdcdyh, score, method.
LINKS_SQL = "SELECT g.fwbm, g.bdcdyh, g.ppdf, g.glfs FROM gl.fw_dy g WHERE g.zt = '有效' ORDER BY g.fwbm"
#: Candidates as exported: fwbm, bdcdyh, score, rank (the better of the two sides' ranks), reasons.
CANDIDATES_SQL = (
    "SELECT h.fwbm, h.bdcdyh, h.ppdf, least(h.fwmc, h.dymc), h.ly::text FROM gl.hxd h "
    "ORDER BY h.fwbm, least(h.fwmc, h.dymc), h.bdcdyh"
)


def export_links(conn, path: Path) -> int:
    """All valid links as ``fwbm,bdcdyh,score,method``; returns the number of rows."""
    return _export(conn, LINKS_SQL, EXPORT_COLUMNS, path)


def export_candidates(conn, path: Path) -> int:
    """Candidates as ``fwbm,bdcdyh,score,rank,reasons`` (rank = the better of the two sides' ranks)."""
    return _export(conn, CANDIDATES_SQL, CANDIDATE_COLUMNS, path)


def read_results(conn) -> tuple[list[tuple[str, str]], list[tuple[str, str, int]]]:
    """The links ``(fwbm, bdcdyh)`` and candidates ``(fwbm, bdcdyh, rank)`` as the exports give them, for
    scoring against a known truth (``jydj.linkgen.evaluate``)."""
    with conn.cursor() as cur:
        cur.execute(f"SELECT fwbm, bdcdyh FROM ({LINKS_SQL}) x")
        links = cur.fetchall()
        cur.execute(f"SELECT fwbm, bdcdyh, least FROM ({CANDIDATES_SQL}) x")
        candidates = cur.fetchall()
    return links, candidates


def iter_csv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of an exported CSV file as dicts (used by the benchmark and the tests)."""
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)
