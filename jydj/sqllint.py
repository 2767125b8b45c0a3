"""openGauss-compatibility lint for the project's SQL files (openGauss 兼容子集检查).

Every ``*.sql`` file is parsed with pglast (the PostgreSQL parser); function bodies are parsed too
(``parse_plpgsql`` for PL/pgSQL, ``parse_sql`` for ``LANGUAGE sql``), so the rules also apply to the SQL
inside procedures and triggers. The rules, and why openGauss needs each of them, are in
``docs/sqllint.md``; the facts behind them are in ``cdc_opengauss.md`` section C.

Positions: pglast's Python AST reports character offsets, PL/pgSQL statements report a line number
relative to the body, so every finding is mapped back to a line of the file. A finding is suppressed by a
comment ``-- sqllint: allow OG0xx <理由>`` on its line or on the line before it (the reason is mandatory).

Usage: ``python -m jydj.sqllint [PATHS…]`` (default ``db/``); exit status 1 when anything is found.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pglast
from pglast import ast
from pglast.enums import AlterTableType, CmdType, ConstrType, MergeMatchKind, ObjectType
from pglast.parser import ParseError, parse_sql_json, scan

RULES: dict[str, str] = {
    "OG000": "文件或函数体无法解析",
    "OG001": "INSERT … ON CONFLICT",
    "OG002": "GENERATED … AS IDENTITY 标识列",
    "OG003": "CREATE PROCEDURE / CALL",
    "OG004": "函数体或 DO 块内的事务控制（COMMIT/ROLLBACK/SAVEPOINT）",
    "OG005": "CREATE TRIGGER … EXECUTE FUNCTION",
    "OG006": "触发器迁移表（REFERENCING OLD/NEW TABLE）",
    "OG007": "语句级触发器（FOR EACH STATEMENT）",
    "OG008": "声明式分区（PARTITION BY / PARTITION OF / ATTACH PARTITION）",
    "OG009": "openGauss 不接受的 MERGE 写法",
    "OG010": "openGauss 没有的 jsonb/SQL-JSON 函数",
    "OG011": "表没有主键（警告）",
    "OG012": "函数体内未带模式名的表",
    "OG013": "SECURITY DEFINER 函数没有 SET search_path",
    "OG014": "CREATE FUNCTION 的 PARALLEL 子句",
}

#: Function names (last component, lower case) that openGauss 5/6 does not document.
JSON_FUNCTIONS: frozenset[str] = frozenset(
    {
        "jsonb_build_object",
        "jsonb_agg",
        "jsonb_agg_strict",
        "jsonb_object_agg",
        "jsonb_object_agg_strict",
        "jsonb_object_agg_unique",
        "jsonb_object_agg_unique_strict",
        "json_table",
    }
)
JSON_FUNCTION_PREFIXES: tuple[str, ...] = ("jsonb_path_",)

#: SQL/JSON syntax nodes (PostgreSQL 16+), absent from openGauss (and from PostgreSQL 15).
SQL_JSON_NODES: dict[type[ast.Node], str] = {
    ast.JsonTable: "JSON_TABLE",
    ast.JsonObjectConstructor: "JSON_OBJECT",
    ast.JsonArrayConstructor: "JSON_ARRAY",
    ast.JsonArrayQueryConstructor: "JSON_ARRAY(查询)",
    ast.JsonObjectAgg: "JSON_OBJECTAGG",
    ast.JsonArrayAgg: "JSON_ARRAYAGG",
    ast.JsonFuncExpr: "JSON_QUERY/JSON_VALUE/JSON_EXISTS",
    ast.JsonIsPredicate: "IS JSON",
    ast.JsonParseExpr: "JSON()",
    ast.JsonScalarExpr: "JSON_SCALAR",
    ast.JsonSerializeExpr: "JSON_SERIALIZE",
}

_COMMENT_TOKENS = frozenset({"SQL_COMMENT", "C_COMMENT"})
_OPEN_TOKENS = frozenset({"ASCII_40", "ASCII_91", "CASE"})  # ( [ CASE
_CLOSE_TOKENS = frozenset({"ASCII_41", "ASCII_93", "END_P"})  # ) ] END
_SEMICOLON = "ASCII_59"
_SELECT_PREFIX = "SELECT "
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$")
_NEAR_TOKEN = re.compile(r'at or near "(.*)"')
_UNEXPLAINED = "（sqllint: allow 注释缺少理由，未生效）"
_ALLOW = re.compile(r"--\s*sqllint:\s*allow\s+(OG\d{3}(?:\s*,\s*OG\d{3})*)(?:[ \t]+(\S.*?))?\s*$")


@dataclass(frozen=True, order=True)
class Finding:
    """One rule violation: file, 1-based line, rule id and a Chinese explanation."""

    path: Path
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule} {self.message}"


# --------------------------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------------------------


class _LineIndex:
    """Maps character offsets of a string to 1-based line numbers (and back)."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, max(offset, 0))

    def start_of(self, line: int) -> int:
        return self.starts[min(max(line, 1), len(self.starts)) - 1]


@dataclass
class _Unit:
    """A string handed to the parser, and how its character offsets map to lines of the file."""

    sql: str
    to_line: Callable[[int], int]
    in_function: bool = False  # SQL inside a CREATE FUNCTION body (schema qualification applies)
    in_body: bool = False  # SQL inside a function body or a DO block (no transaction control)
    temp_tables: frozenset[str] = frozenset()
    _tokens: list[Any] | None = field(default=None, repr=False)

    def tokens(self, start: int, end: int) -> list[Any]:
        """Significant (non-comment) tokens whose start lies in ``[start, end)``."""
        if self._tokens is None:
            try:
                self._tokens = [t for t in _scan(self.sql) if t.name not in _COMMENT_TOKENS]
            except ParseError:
                self._tokens = []
        return [t for t in self._tokens if start <= t.start < end]


def _scan(text: str) -> list[Any]:
    """pglast's scanner, fast on long texts.

    Every non-ASCII character is replaced by ``x`` first (same length, same character offsets; only token
    kinds and positions are used). pglast converts each token position from UTF-8 bytes to characters by
    a linear search, which makes scanning a long Chinese-commented file quadratic.
    """
    return list(scan(_NON_ASCII.sub("x", text)))


def _statement_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges ``[start, end)`` of the top-level statements of ``text`` (raises ParseError)."""
    encoded = text.encode("utf-8")
    tree = json.loads(parse_sql_json(text))
    spans: list[tuple[int, int]] = []
    byte_pos = char_pos = 0
    for raw in tree.get("stmts", []):
        start_byte = int(raw.get("stmt_location", 0))
        length = int(raw.get("stmt_len", 0))
        end_byte = start_byte + length if length else len(encoded)
        start = char_pos + len(encoded[byte_pos:start_byte].decode("utf-8", errors="replace"))
        end = start + len(encoded[start_byte:end_byte].decode("utf-8", errors="replace"))
        spans.append((start, end))
        byte_pos, char_pos = end_byte, end
    return spans


def _parse_error_offset(text: str, error: ParseError) -> int | None:
    """Character offset of a parse error.

    libpg_query already reports a character position, but pglast 8.7 converts it again as if it were a
    UTF-8 byte offset; undo that by trying every character whose bytes map to the reported index, and
    prefer the one where the token named in the message starts.
    """
    index = error.args[1] if len(error.args) > 1 else None
    if not isinstance(index, int):
        return None
    index = min(max(index, 0), len(text))
    first_byte = len(text[:index].encode("utf-8"))
    width = len(text[index : index + 1].encode("utf-8")) or 1
    candidates = [index, *range(first_byte, first_byte + width)]
    near = _NEAR_TOKEN.search(str(error.args[0]))
    if near:
        for candidate in candidates:
            if text.startswith(near.group(1), candidate):
                return candidate
    return min(first_byte, len(text))


def _error_message(error: ParseError) -> str:
    return str(error.args[0]) if error.args else str(error)


# --------------------------------------------------------------------------------------------------------
# Tree helpers
# --------------------------------------------------------------------------------------------------------


def _walk(root: Any) -> Iterator[ast.Node]:
    """Every node under ``root`` (itself included), except the already parsed ``sql_body`` of functions."""
    stack: list[Any] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, ast.Node):
            yield item
            for name in type(item).__slots__:
                if name == "sql_body" and isinstance(item, ast.CreateFunctionStmt):
                    continue
                if name == "lockedRels" and isinstance(item, ast.LockingClause):
                    continue  # FOR UPDATE OF names the query's own tables or aliases, not new ones
                value = getattr(item, name, None)
                if isinstance(value, ast.Node | tuple | list):
                    stack.append(value)
        elif isinstance(item, tuple | list):
            stack.extend(reversed(item))


def _location(node: Any) -> int | None:
    """The first known location in ``node``'s subtree."""
    for sub in _walk(node):
        loc = getattr(sub, "location", None)
        if isinstance(loc, int) and loc >= 0:
            return loc
    return None


def _names(nodes: Any) -> list[str]:
    return [n.sval for n in nodes or () if isinstance(n, ast.String)]


def _option(stmt: ast.CreateFunctionStmt | ast.DoStmt, name: str) -> ast.DefElem | None:
    options = stmt.options if isinstance(stmt, ast.CreateFunctionStmt) else stmt.args
    for opt in options or ():
        if isinstance(opt, ast.DefElem) and opt.defname == name:
            return opt
    return None


def _temp_tables(roots: Iterable[Any]) -> set[str]:
    """Names of the temporary tables created by these statements."""
    found: set[str] = set()
    for root in roots:
        for node in _walk(root):
            if isinstance(node, ast.RangeVar) and node.relpersistence == "t" and node.relname:
                found.add(node.relname.lower())
    return found


# --------------------------------------------------------------------------------------------------------
# The checker
# --------------------------------------------------------------------------------------------------------


@dataclass
class _TableDef:
    schema: str | None
    name: str
    line: int
    has_pk: bool


class _FileChecker:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.lines = _LineIndex(text)
        self.findings: list[Finding] = []
        self.tables: list[_TableDef] = []
        self.pk_added: set[tuple[str | None, str]] = set()

    # -- reporting ---------------------------------------------------------------------------------------

    def add(self, line: int, rule: str, message: str) -> None:
        self.findings.append(Finding(self.path, line, rule, message))

    def add_at(self, unit: _Unit, offset: int | None, fallback: int, rule: str, message: str) -> None:
        self.add(unit.to_line(offset) if offset is not None else fallback, rule, message)

    # -- entry point -------------------------------------------------------------------------------------

    def run(self) -> list[Finding]:
        try:
            spans = _statement_spans(self.text)
        except ParseError as error:
            offset = _parse_error_offset(self.text, error)
            line = self.lines.line_of(offset) if offset is not None else 1
            self.add(line, "OG000", f"无法解析：{_error_message(error)}")
            return self._suppress()
        # Each statement is parsed on its own: pglast's byte-to-character conversion of locations is
        # linear in the length of the text, so one parse of a long file with Chinese text is quadratic.
        for start, end in spans:
            unit = _Unit(self.text[start:end], lambda offset, base=start: self.lines.line_of(base + offset))
            try:
                stmts = pglast.parse_sql(unit.sql)
            except ParseError as error:  # should not happen: the whole text parsed
                self.add(unit.to_line(0), "OG000", f"无法解析：{_error_message(error)}")
                continue
            self._check_stmts(unit, stmts, top_level=True)
        for table in self.tables:
            if not table.has_pk and not self._pk_added(table):
                shown = f"{table.schema}.{table.name}" if table.schema else table.name
                self.add(
                    table.line,
                    "OG011",
                    f"警告：表 {shown} 没有主键（CDC 捕获的表必须有主键并 REPLICA IDENTITY FULL）",
                )
        return self._suppress()

    def _pk_added(self, table: _TableDef) -> bool:
        return any(
            name == table.name and (schema == table.schema or schema is None or table.schema is None)
            for schema, name in self.pk_added
        )

    # -- statements --------------------------------------------------------------------------------------

    def _check_stmts(self, unit: _Unit, stmts: Sequence[ast.RawStmt], top_level: bool = False) -> None:
        for raw in stmts:
            start = raw.stmt_location or 0
            end = start + raw.stmt_len if raw.stmt_len else len(unit.sql)
            while start < end and unit.sql[start].isspace():
                start += 1
            self._check_tree(unit, raw.stmt, start, end, top_level)

    def _check_tree(self, unit: _Unit, root: ast.Node, start: int, end: int, top_level: bool) -> None:
        stmt_line = unit.to_line(start)
        nodes = list(_walk(root))
        ctes = {n.ctename.lower() for n in nodes if isinstance(n, ast.CommonTableExpr) and n.ctename}
        if isinstance(root, ast.CreateTrigStmt):
            self._check_trigger(unit, root, start, end, stmt_line)
        if any(isinstance(n, ast.MergeStmt) for n in nodes):
            self._check_merge(unit, [n for n in nodes if isinstance(n, ast.MergeStmt)], start, end, stmt_line)
        if top_level:
            self._collect_tables(unit, root, stmt_line)
        for node in nodes:
            self._check_node(unit, node, start, end, stmt_line, ctes)

    def _check_node(
        self, unit: _Unit, node: ast.Node, start: int, end: int, stmt_line: int, ctes: set[str]
    ) -> None:
        if isinstance(node, ast.InsertStmt) and node.onConflictClause is not None:
            self.add_at(
                unit,
                _location(node.onConflictClause),
                stmt_line,
                "OG001",
                "INSERT … ON CONFLICT：openGauss 不支持，"
                "改用 MERGE INTO … USING … ON (…) 或先 UPDATE 再 INSERT",
            )
        elif isinstance(node, ast.Constraint) and node.contype == ConstrType.CONSTR_IDENTITY:
            self.add_at(
                unit,
                _location(node),
                stmt_line,
                "OG002",
                "GENERATED … AS IDENTITY：openGauss 没有标识列，改用 bigserial 或 DEFAULT nextval('序列')",
            )
        elif isinstance(node, ast.CallStmt):
            self.add_at(
                unit,
                _location(node.funccall),
                stmt_line,
                "OG003",
                "CALL：openGauss 的存储过程与 PostgreSQL 不同，只用函数，并用 SELECT/PERFORM 调用",
            )
        elif isinstance(node, ast.TransactionStmt) and unit.in_body:
            self.add_at(
                unit,
                _location(node),
                stmt_line,
                "OG004",
                "函数体/DO 块内的事务控制语句：openGauss 函数内不允许 COMMIT/ROLLBACK/SAVEPOINT，"
                "由调用方控制事务",
            )
        elif isinstance(node, ast.CreateStmt):
            if node.partspec is not None:
                self.add_at(
                    unit,
                    _location(node.partspec),
                    stmt_line,
                    "OG008",
                    "PARTITION BY 声明式分区：openGauss 分区语法不同（无 PARTITION OF），公共 DDL 中不要分区",
                )
            if node.partbound is not None:
                self.add_at(
                    unit,
                    _location(node.partbound),
                    stmt_line,
                    "OG008",
                    "PARTITION OF … FOR VALUES：openGauss 不支持，公共 DDL 中不要分区",
                )
        elif isinstance(node, ast.AlterTableCmd) and node.subtype in (
            AlterTableType.AT_AttachPartition,
            AlterTableType.AT_DetachPartition,
        ):
            self.add_at(
                unit,
                _location(node.def_),
                stmt_line,
                "OG008",
                "ATTACH/DETACH PARTITION：openGauss 不支持 PostgreSQL 声明式分区，公共 DDL 中不要分区",
            )
        elif isinstance(node, ast.FuncCall):
            names = _names(node.funcname)
            name = names[-1].lower() if names else ""
            if name in JSON_FUNCTIONS or name.startswith(JSON_FUNCTION_PREFIXES):
                self.add_at(
                    unit,
                    node.location if node.location >= 0 else None,
                    stmt_line,
                    "OG010",
                    f"{name}()：openGauss 5/6 没有此函数，"
                    "改用 json_build_object(…)::jsonb、json_agg(…)::jsonb 或 jsonb 运算符",
                )
        elif type(node) in SQL_JSON_NODES:
            self.add_at(
                unit,
                _location(node),
                stmt_line,
                "OG010",
                f"{SQL_JSON_NODES[type(node)]}：SQL/JSON 语法 openGauss（及 PostgreSQL 15）都没有",
            )
        elif isinstance(node, ast.RangeVar) and unit.in_function:
            self._check_range_var(unit, node, stmt_line, ctes)
        elif isinstance(node, ast.CreateFunctionStmt):
            self._check_function(unit, node, start, end, stmt_line)
        elif isinstance(node, ast.DoStmt):
            self._check_do(unit, node, start, end, stmt_line)

    def _check_range_var(self, unit: _Unit, node: ast.RangeVar, stmt_line: int, ctes: set[str]) -> None:
        if node.schemaname or node.catalogname or not node.relname or node.relpersistence == "t":
            return
        name = node.relname.lower()
        if name in ctes or name in ("new", "old") or name in unit.temp_tables:
            return
        self.add_at(
            unit,
            node.location if node.location is not None and node.location >= 0 else None,
            stmt_line,
            "OG012",
            f"函数体内的表 {node.relname} 未写模式名：openGauss 在函数内忽略 SET search_path，"
            f"请写成 模式.{node.relname}",
        )

    # -- tables without a primary key --------------------------------------------------------------------

    def _collect_tables(self, unit: _Unit, root: ast.Node, stmt_line: int) -> None:
        if isinstance(root, ast.CreateStmt):
            rel = root.relation
            if rel.relpersistence == "t" or root.partbound is not None:
                return
            has_pk = False
            for element in root.tableElts or ():
                if isinstance(element, ast.Constraint) and element.contype == ConstrType.CONSTR_PRIMARY:
                    has_pk = True
                elif isinstance(element, ast.ColumnDef):
                    has_pk |= any(
                        isinstance(c, ast.Constraint) and c.contype == ConstrType.CONSTR_PRIMARY
                        for c in element.constraints or ()
                    )
                elif isinstance(element, ast.TableLikeClause):
                    has_pk = True  # LIKE … INCLUDING … may copy the key: not decidable here
            line = unit.to_line(rel.location) if rel.location is not None and rel.location >= 0 else stmt_line
            self.tables.append(_TableDef(rel.schemaname, rel.relname, line, has_pk))
        elif isinstance(root, ast.CreateTableAsStmt) and root.objtype == ObjectType.OBJECT_TABLE:
            rel = root.into.rel
            if rel.relpersistence != "t":
                self.tables.append(_TableDef(rel.schemaname, rel.relname, stmt_line, False))
        elif isinstance(root, ast.AlterTableStmt):
            for cmd in root.cmds or ():
                if not isinstance(cmd, ast.AlterTableCmd):
                    continue
                definition = cmd.def_
                adds_pk = (
                    isinstance(definition, ast.Constraint) and definition.contype == ConstrType.CONSTR_PRIMARY
                ) or (
                    isinstance(definition, ast.ColumnDef)
                    and any(
                        isinstance(c, ast.Constraint) and c.contype == ConstrType.CONSTR_PRIMARY
                        for c in definition.constraints or ()
                    )
                )
                if adds_pk:
                    self.pk_added.add((root.relation.schemaname, root.relation.relname))

    # -- triggers ----------------------------------------------------------------------------------------

    def _check_trigger(
        self, unit: _Unit, stmt: ast.CreateTrigStmt, start: int, end: int, stmt_line: int
    ) -> None:
        tokens = unit.tokens(start, end)
        for i, token in enumerate(tokens[:-1]):
            if token.name == "EXECUTE" and tokens[i + 1].name == "FUNCTION":
                self.add(
                    unit.to_line(tokens[i + 1].start),
                    "OG005",
                    "CREATE TRIGGER … EXECUTE FUNCTION：openGauss 5/6 只接受 EXECUTE PROCEDURE"
                    "（PostgreSQL 15 也接受）",
                )
        if stmt.transitionRels:
            where = next((t.start for t in tokens if t.name == "REFERENCING"), None)
            self.add_at(
                unit,
                where,
                stmt_line,
                "OG006",
                "REFERENCING OLD/NEW TABLE 迁移表：openGauss 不支持，改用 FOR EACH ROW 行级触发器",
            )
        if not stmt.row and not stmt.isconstraint:
            where = next((t.start for t in tokens if t.name == "STATEMENT"), None)
            how = "FOR EACH STATEMENT" if where is not None else "未写 FOR EACH ROW（默认即语句级）"
            self.add_at(
                unit,
                where,
                stmt_line,
                "OG007",
                f"语句级触发器（{how}）：子集只用 FOR EACH ROW 行级触发器",
            )

    # -- MERGE -------------------------------------------------------------------------------------------

    def _check_merge(
        self, unit: _Unit, merges: list[ast.MergeStmt], start: int, end: int, stmt_line: int
    ) -> None:
        tokens = unit.tokens(start, end)
        reported: set[str] = set()
        for i, token in enumerate(tokens[:-1]):
            if token.name == "MERGE" and tokens[i + 1].name == "INTO":
                for kind, offset in _merge_problems(tokens, i + 2):
                    reported.add(kind)
                    self.add(unit.to_line(offset), "OG009", _MERGE_MESSAGES[kind])
        # Whatever the tree shows and the token walk missed is reported on the statement's first line.
        expected: set[str] = set()
        for merge in merges:
            if merge.returningClause is not None:
                expected.add("returning")
            for clause in merge.mergeWhenClauses or ():
                if clause.condition is not None:
                    expected.add("and")
                if clause.commandType == CmdType.CMD_DELETE:
                    expected.add("delete")
                if clause.matchKind == MergeMatchKind.MERGE_WHEN_NOT_MATCHED_BY_SOURCE:
                    expected.add("by")
        for kind in sorted(expected - reported):
            self.add(stmt_line, "OG009", _MERGE_MESSAGES[kind])

    # -- function bodies ---------------------------------------------------------------------------------

    def _check_function(
        self, unit: _Unit, stmt: ast.CreateFunctionStmt, start: int, end: int, stmt_line: int
    ) -> None:
        if stmt.is_procedure:
            self.add(
                stmt_line,
                "OG003",
                "CREATE PROCEDURE：openGauss 的存储过程语法不同，改用 CREATE FUNCTION … LANGUAGE plpgsql",
            )
        parallel = _option(stmt, "parallel")
        if parallel is not None:
            self.add_at(
                unit,
                parallel.location if parallel.location >= 0 else None,
                stmt_line,
                "OG014",
                "PARALLEL 子句：openGauss 的 CREATE FUNCTION 没有此子句；"
                "LANGUAGE sql 单表达式函数会被内联，无需标注",
            )
        security = _option(stmt, "security")
        definer = security is not None and isinstance(security.arg, ast.Boolean) and security.arg.boolval
        pinned = any(
            isinstance(opt, ast.DefElem)
            and opt.defname == "set"
            and isinstance(opt.arg, ast.VariableSetStmt)
            and (opt.arg.name or "").lower() == "search_path"
            for opt in stmt.options or ()
        )
        if definer and not pinned:
            self.add_at(
                unit,
                security.location if security is not None and security.location >= 0 else None,
                stmt_line,
                "OG013",
                "SECURITY DEFINER 函数没有 SET search_path：以定义者权限执行时可被调用者的 search_path 劫持",
            )
        if stmt.sql_body is not None:
            # SQL-standard body (BEGIN ATOMIC / RETURN): already parsed, locations are in this unit.
            temp_tables = frozenset(_temp_tables([stmt.sql_body]))
            body_unit = replace(unit, in_function=True, in_body=True, temp_tables=temp_tables)
            for root in _flatten(stmt.sql_body):
                loc = _location(root)
                self._check_tree(body_unit, root, loc if loc is not None else start, end, top_level=False)
            return
        language_opt = _option(stmt, "language")
        language = ""
        if language_opt is not None and isinstance(language_opt.arg, ast.String):
            language = language_opt.arg.sval.lower()
        as_opt = _option(stmt, "as")
        if as_opt is None or language not in ("sql", "plpgsql"):
            return
        bodies = as_opt.arg if isinstance(as_opt.arg, tuple | list) else (as_opt.arg,)
        if not bodies or not isinstance(bodies[0], ast.String):
            return
        body = _Body(unit, bodies[0].sval, as_opt.arg_location)
        if language == "sql":
            self._check_sql_body(body, stmt_line)
        else:
            self._check_plpgsql(unit, body, start, end, stmt_line, in_function=True)

    def _check_do(self, unit: _Unit, stmt: ast.DoStmt, start: int, end: int, stmt_line: int) -> None:
        language_opt = _option(stmt, "language")
        if (
            language_opt is not None
            and isinstance(language_opt.arg, ast.String)
            and language_opt.arg.sval.lower() != "plpgsql"
        ):
            return
        as_opt = _option(stmt, "as")
        if as_opt is None or not isinstance(as_opt.arg, ast.String):
            return
        body = _Body(unit, as_opt.arg.sval, as_opt.arg_location)
        self._check_plpgsql(unit, body, start, end, stmt_line, in_function=False)

    def _check_sql_body(self, body: _Body, stmt_line: int) -> None:
        try:
            stmts = pglast.parse_sql(body.text)
        except ParseError as error:
            offset = _parse_error_offset(body.text, error)
            line = body.line_of(offset) if offset is not None else stmt_line
            self.add(line, "OG000", f"函数体无法解析：{_error_message(error)}")
            return
        unit = _Unit(
            body.text,
            body.line_of,
            in_function=True,
            in_body=True,
            temp_tables=frozenset(_temp_tables(raw.stmt for raw in stmts)),
        )
        self._check_stmts(unit, stmts)

    def _check_plpgsql(
        self, unit: _Unit, body: _Body, start: int, end: int, stmt_line: int, in_function: bool
    ) -> None:
        source = unit.sql[start:end]
        try:
            tree = pglast.parse_plpgsql(source)
        except ParseError as error:
            message = _error_message(error)
            line = stmt_line
            near = _NEAR_TOKEN.search(message)
            if near and near.group(1):
                word = rf"(?<![\w$]){re.escape(near.group(1))}(?![\w$])"
                found = re.search(word, _strip_comments(body.text))
                if found:
                    line = body.line_of(found.start())
            self.add(line, "OG000", f"PL/pgSQL 函数体无法解析：{message}")
            return
        parsed: list[tuple[_PlItem, str, int, Sequence[ast.RawStmt]]] = []
        for item in _plpgsql_items(tree):
            if item.kind == "transaction":
                self.add(
                    body.line_at(item.lineno),
                    "OG004",
                    f"函数体/DO 块内的 {item.text}：openGauss 函数内不允许事务控制，由调用方提交或回滚",
                )
                continue
            prepared = _prepare_expression(item.text, item.parse_mode)
            if prepared is None:
                continue
            sql, shift = prepared
            try:
                stmts = pglast.parse_sql(sql)
            except ParseError:
                continue  # not plain SQL (e.g. a PL/pgSQL-only construct): nothing to check
            parsed.append((item, sql, shift, stmts))
        temp_tables = frozenset(_temp_tables(raw.stmt for _, _, _, stmts in parsed for raw in stmts))
        seen: set[tuple[str, int]] = set()
        for item, sql, shift, stmts in parsed:
            if (item.text, item.lineno) in seen:  # declarations are listed twice in the tree
                continue
            seen.add((item.text, item.lineno))
            to_line = body.query_mapper(item.text, shift, item.lineno)
            sub = _Unit(sql, to_line, in_function=in_function, in_body=True, temp_tables=temp_tables)
            self._check_stmts(sub, stmts)

    # -- suppression -------------------------------------------------------------------------------------

    def _suppress(self) -> list[Finding]:
        allowed: dict[int, set[str]] = {}
        unexplained: dict[int, set[str]] = {}
        for number, line in enumerate(self.text.split("\n"), start=1):
            match = _ALLOW.search(line)
            if not match:
                continue
            rules = {r.strip() for r in match.group(1).split(",")}
            target = allowed if match.group(2) else unexplained
            # A comment on a line of its own covers the next line too; a trailing one only its own line.
            own_line = not line[: match.start()].strip()
            for covered in (number, number + 1) if own_line else (number,):
                target.setdefault(covered, set()).update(rules)
        result: set[Finding] = set()
        for finding in self.findings:
            if finding.rule in allowed.get(finding.line, ()):
                continue
            if finding.rule in unexplained.get(finding.line, ()):
                finding = replace(finding, message=finding.message + _UNEXPLAINED)
            result.add(finding)
        return sorted(result)


_MERGE_MESSAGES: dict[str, str] = {
    "on": "MERGE 的 ON 条件必须整体写在括号里：openGauss 要求 ON ( 条件 )",
    "and": "MERGE 的 WHEN … AND 条件：openGauss 不支持，把条件移到 USING 子查询或 ON 中",
    "delete": "MERGE 的 WHEN … THEN DELETE：openGauss 不支持，改用单独的 DELETE",
    "by": "MERGE 的 WHEN NOT MATCHED BY SOURCE/TARGET：openGauss 不支持 BY 子句（PostgreSQL 17 语法）",
    "returning": "MERGE … RETURNING：openGauss 不支持",
}


def _merge_problems(tokens: list[Any], first: int) -> list[tuple[str, int]]:
    """Problems of one MERGE statement, walking its tokens from just after ``MERGE INTO``."""
    problems: list[tuple[str, int]] = []
    depth = 0
    on_index: int | None = None
    whens: list[int] = []
    returning: int | None = None
    index = first
    while index < len(tokens):
        name = tokens[index].name
        if name in _OPEN_TOKENS:
            depth += 1
        elif name in _CLOSE_TOKENS:
            depth -= 1
            if depth < 0:
                break
        elif depth == 0:
            following = tokens[index + 1].name if index + 1 < len(tokens) else ""
            if name == _SEMICOLON:
                break
            if name == "ON" and not whens:
                on_index = index
            elif name == "WHEN" and following in ("MATCHED", "NOT"):
                whens.append(index)
            elif name == "RETURNING" and whens:
                returning = index
        index += 1
    stop = index
    if on_index is not None and whens:
        after_on = on_index + 1
        closing = _matching_paren(tokens, after_on) if tokens[after_on].name == "ASCII_40" else None
        if closing is None or closing + 1 != whens[0]:
            problems.append(("on", tokens[on_index].start))
    for number, when in enumerate(whens):
        clause_end = whens[number + 1] if number + 1 < len(whens) else (returning or stop)
        index = when + 1
        if tokens[index].name == "NOT":
            index += 1
        index += 1  # MATCHED
        if index + 1 < clause_end and tokens[index].name == "BY":
            problems.append(("by", tokens[index].start))
            index += 2
        if index < clause_end and tokens[index].name == "AND":
            problems.append(("and", tokens[index].start))
        for then in range(index, clause_end - 1):
            if tokens[then].name == "THEN":
                if tokens[then + 1].name == "DELETE_P":
                    problems.append(("delete", tokens[then + 1].start))
                break
    if returning is not None:
        problems.append(("returning", tokens[returning].start))
    return problems


def _matching_paren(tokens: list[Any], open_index: int) -> int | None:
    depth = 0
    for index in range(open_index, len(tokens)):
        name = tokens[index].name
        if name == "ASCII_40":
            depth += 1
        elif name == "ASCII_41":
            depth -= 1
            if depth == 0:
                return index
    return None


def _flatten(value: Any) -> Iterator[ast.Node]:
    if isinstance(value, ast.Node):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _flatten(item)


def _strip_comments(text: str) -> str:
    """``text`` with its SQL comments blanked out (same length, same line breaks)."""
    try:
        tokens = _scan(text)
    except ParseError:
        return text
    chars = list(text)
    for token in tokens:
        if token.name in _COMMENT_TOKENS:
            for i in range(token.start, token.end + 1):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


# --------------------------------------------------------------------------------------------------------
# Function bodies
# --------------------------------------------------------------------------------------------------------


class _Body:
    """A function or DO body and where it sits in the enclosing unit."""

    def __init__(self, unit: _Unit, text: str, literal_offset: int | None) -> None:
        self.unit = unit
        self.text = text
        self.lines = _LineIndex(text)
        self.start: int | None = None
        self.literal = literal_offset if literal_offset is not None and literal_offset >= 0 else None
        if self.literal is not None:
            source = unit.sql
            tag = _DOLLAR_TAG.match(source, self.literal)
            opening = len(tag.group(0)) if tag else (1 if source.startswith("'", self.literal) else None)
            if source[self.literal : self.literal + 2].upper() == "E'":
                opening = 2
            if opening is not None and source.startswith(text, self.literal + opening):
                self.start = self.literal + opening

    def line_of(self, offset: int) -> int:
        """File line of a character offset in the body."""
        offset = min(max(offset, 0), len(self.text))
        if self.start is not None:
            return self.unit.to_line(self.start + offset)
        base = self.unit.to_line(self.literal) if self.literal is not None else 1
        return base + self.text.count("\n", 0, offset)

    def line_at(self, lineno: int) -> int:
        """File line of a PL/pgSQL ``lineno`` (1 = the line where the body opens)."""
        return self.line_of(self.lines.start_of(lineno))

    def query_mapper(self, stored: str, shift: int, lineno: int) -> Callable[[int], int]:
        """Map offsets of the parsed form of a PL/pgSQL expression to file lines.

        ``stored`` is the expression text as PL/pgSQL keeps it and ``offset - shift`` is the offset in it.
        The text is looked up in the body from line ``lineno`` on; when it cannot be found (PL/pgSQL
        rewrote it), every position maps to ``lineno``.
        """
        fallback = self.line_at(lineno)
        position = self._locate(stored, self.lines.start_of(lineno), lineno)
        if position is None:
            return lambda _offset: fallback
        start = position

        def to_line(offset: int) -> int:
            return self.line_of(start + max(offset - shift, 0))

        return to_line

    def _locate(self, expression: str, anchor: int, lineno: int) -> int | None:
        limit = lineno + expression.count("\n") + 3
        candidates: list[tuple[str, int]] = [(expression, 0)]
        if expression.startswith(_SELECT_PREFIX):  # PERFORM x → "SELECT x"
            candidates.append((expression[len(_SELECT_PREFIX) :], len(_SELECT_PREFIX)))
        first_line = expression.split("\n", 1)[0]
        first_run = re.split(r"\s{2,}", first_line, maxsplit=1)[0]
        if first_run and first_run != expression:
            candidates.append((first_run, 0))
        for needle, back in candidates:
            if not needle.strip():
                continue
            found = self.text.find(needle, anchor)
            if found >= 0 and self.lines.line_of(found) <= limit:
                return found - back
        return None


@dataclass
class _PlItem:
    kind: str  # "expr" or "transaction"
    text: str
    parse_mode: int
    lineno: int


def _plpgsql_items(tree: Any) -> Iterator[_PlItem]:
    """Every expression/SQL statement and every COMMIT/ROLLBACK of a parse_plpgsql tree."""
    stack: list[tuple[Any, int]] = [(tree, 1)]
    while stack:
        item, lineno = stack.pop()
        if isinstance(item, list):
            stack.extend((x, lineno) for x in reversed(item))
            continue
        if not isinstance(item, dict):
            continue
        own = item.get("lineno")
        if isinstance(own, int) and own > 0:
            lineno = own
        for key, value in item.items():
            if key == "PLpgSQL_expr" and isinstance(value, dict):
                yield _PlItem("expr", str(value.get("query", "")), int(value.get("parseMode", 0)), lineno)
            elif key in ("PLpgSQL_stmt_commit", "PLpgSQL_stmt_rollback") and isinstance(value, dict):
                word = "COMMIT" if key.endswith("commit") else "ROLLBACK"
                yield _PlItem("transaction", word, 0, int(value.get("lineno", lineno)))
            elif isinstance(value, dict | list):
                stack.append((value, lineno))


def _prepare_expression(query: str, parse_mode: int) -> tuple[str, int] | None:
    """SQL text to parse for a PL/pgSQL expression, and the shift back to the stored text.

    parseMode (PostgreSQL's RawParseMode): 0 a statement, 1 a type name, 2 an expression, 3–5 an
    assignment ``target := expression``.
    """
    if not query.strip():
        return None
    if parse_mode == 0:
        return query, 0
    if parse_mode == 2:
        return _SELECT_PREFIX + query, len(_SELECT_PREFIX)
    if parse_mode in (3, 4, 5):
        try:
            tokens = _scan(query)
        except ParseError:
            return None
        depth = 0
        for token in tokens:
            if token.name in ("ASCII_40", "ASCII_91"):
                depth += 1
            elif token.name in ("ASCII_41", "ASCII_93"):
                depth -= 1
            elif depth == 0 and token.name in ("COLON_EQUALS", "ASCII_61"):
                value_start = token.end + 1
                return _SELECT_PREFIX + query[value_start:], len(_SELECT_PREFIX) - value_start
        return None
    return None


# --------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------


def lint_text(path: Path, text: str) -> list[Finding]:
    """Findings for one SQL text (``path`` is only used in the findings)."""
    return _FileChecker(path, text).run()


def lint_file(path: Path) -> list[Finding]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        return [Finding(path, 1, "OG000", f"文件不是 UTF-8 编码：{error}")]
    return lint_text(path, text)


def sql_files(paths: Iterable[Path]) -> list[Path]:
    """The ``*.sql`` files named by ``paths`` (directories are searched recursively)."""
    files: set[Path] = set()
    for path in paths:
        if path.is_dir():
            files.update(p for p in path.rglob("*.sql") if p.is_file())
        elif path.is_file():
            files.add(path)
    return sorted(files)


def lint_paths(paths: Iterable[Path]) -> list[Finding]:
    """Lint every ``*.sql`` file under ``paths``; findings sorted by path and line."""
    findings: list[Finding] = []
    for path in sql_files(paths):
        findings.extend(lint_file(path))
    return sorted(findings, key=lambda f: (str(f.path), f.line, f.rule, f.message))


def default_root() -> Path:
    """``db/`` of the repository (the parent of the ``jydj`` package directory)."""
    return Path(__file__).resolve().parent.parent / "db"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jydj.sqllint",
        description="检查 SQL 文件是否在 openGauss 兼容子集内（规则见 docs/sqllint.md）。",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="SQL 文件或目录（默认：仓库的 db/ 目录）")
    args = parser.parse_args(argv)
    # By default the source SQL of db/: migrations, procedures and triggers. db/schema/ holds pg_dump's
    # snapshot of the built schema, which prints every trigger as EXECUTE FUNCTION whatever the source said.
    paths: list[Path] = args.paths or [
        default_root() / sub
        for sub in ("migrations", "procedures", "triggers")
        if (default_root() / sub).exists()
    ]
    missing = [p for p in paths if not p.exists()]
    if missing:
        for path in missing:
            print(f"sqllint：路径不存在：{path}", file=sys.stderr)
        return 2
    files = sql_files(paths)
    findings = lint_paths(files)
    for finding in findings:
        print(finding)
    if findings:
        print(f"sqllint：检查了 {len(files)} 个 SQL 文件，发现 {len(findings)} 处 openGauss 兼容问题。")
        return 1
    print(f"sqllint：检查了 {len(files)} 个 SQL 文件，未发现 openGauss 兼容问题。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
