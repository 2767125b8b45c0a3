"""Exports of the steward tool: Excel (openpyxl, streamed) and CSV (UTF-8 with BOM), each audited first.

Used by 数据修正日志 (:mod:`api.steward.log`) and 数据情况统计 (:mod:`api.steward.stats`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from flask import Response, send_file
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from api.steward.web import TZ, client_ip, db, local, operator


def audit_export(action: str, fmt: str, filters: dict[str, Any], count: int, cut: bool) -> None:
    """One audit row for an export (``gj.rz_dc``), committed before the file is sent: no audit, no file."""
    with db().writing(operator(), "web") as cur:
        cur.execute(
            "SELECT gj.rz_dc(%s, %s, %s, %s::jsonb, %s, %s, 'web', %s)",
            (operator(), action, fmt, json.dumps(filters, ensure_ascii=False), count, cut, client_ip()),
        )


def excel_time(moment: datetime | None) -> datetime | None:
    """A time as Excel keeps it: Dazhou local time without a zone."""
    if moment is None:
        return None
    return local(moment).replace(tzinfo=None)


def _safe_text(value: str) -> str:
    """Control characters that a worksheet cannot hold become U+FFFD."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value) if ILLEGAL_CHARACTERS_RE.search(value) else value


_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="EEF2F7")


def xlsx_bytes(
    title: str,
    columns: Sequence[tuple[str, int]],
    records: Iterable[Sequence[Any]],
    *,
    notes: Sequence[tuple[str, Any]] = (),
    text_columns: Iterable[int] = (),
    footer: Sequence[Any] | None = None,
) -> bytes:
    """A workbook (streamed: constant memory) with the sheet ``title``: a bold header row in Chinese, frozen;
    column widths; times as real Excel date-times; numbers as numbers. ``text_columns`` (0-based) are always
    written as text, so a value that starts with ``=`` is never taken for a formula. ``notes`` go to a second
    sheet 说明 (what, which search, how many rows)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    for i, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for name, _ in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        header.append(cell)
    sheet.append(header)
    texts = set(text_columns)
    for record in records:
        out = []
        for i, value in enumerate(record):
            if i in texts and value is not None and not isinstance(value, str):
                value = str(value)
            if isinstance(value, str):
                value = _safe_text(value)
                if value.startswith("="):  # text, never a formula
                    cell = WriteOnlyCell(sheet)
                    cell.value = value
                    cell.data_type = "s"
                    value = cell
            out.append(value)  # a datetime gets openpyxl's date-time format: a real Excel date-time
        sheet.append(out)
    if footer is not None:
        cells = []
        for value in footer:
            cell = WriteOnlyCell(sheet, value=value)
            cell.font = _HEADER_FONT
            cells.append(cell)
        sheet.append(cells)
    info = book.create_sheet("说明")
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 90
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, value in [("导出时间", datetime.now(TZ).replace(tzinfo=None)), ("导出人", operator()), *notes]:
        key = WriteOnlyCell(info, value=name)
        key.font = _HEADER_FONT
        if isinstance(value, datetime):
            cell = WriteOnlyCell(info, value=value)
            cell.number_format = "yyyy-mm-dd hh:mm:ss"
        else:
            cell = WriteOnlyCell(info)
            cell.value = _safe_text(str(value)) if isinstance(value, str) else value
            if isinstance(value, str):
                cell.data_type = "s"
            cell.alignment = wrap
        info.append([key, cell])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_response(data: bytes, name: str) -> Response:
    return _attachment(
        data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f"{name}.xlsx"
    )


def csv_response(data: bytes, name: str) -> Response:
    return _attachment(data, "text/csv", f"{name}.csv")


def _attachment(data: bytes, mimetype: str, filename: str) -> Response:
    """A download named ``<name>-<time>.<ext>``, never cached."""
    stem, _, ext = filename.rpartition(".")
    return send_file(
        io.BytesIO(data),
        mimetype=mimetype,
        as_attachment=True,
        download_name=f"{stem}-{file_stamp()}.{ext}",
        max_age=0,
    )


def _csv_cell(value: Any) -> Any:
    """A text cell that Excel would take for a formula (= + - @ at the start) gets a leading ' (OWASP)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def csv_bytes(header: Sequence[str], records: Iterable[Sequence[Any]]) -> bytes:
    """CSV in UTF-8 with a byte-order mark (so Excel opens the Chinese text correctly), CRLF line ends."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    for record in records:
        writer.writerow([_csv_cell(v) for v in record])
    return text.getvalue().encode("utf-8-sig")


def file_stamp() -> str:
    """Now, for file names: 20261128-103657."""
    return datetime.now(TZ).strftime("%Y%m%d-%H%M%S")
