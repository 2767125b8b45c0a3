-- jh.key_columns(text) → text[]
-- 做什么: 从系统目录读出一张表的主键列名（按主键顺序），应用函数据此得出行主键文本并生成
--         MERGE / DELETE 的连接条件。
-- 规则: pg_index.indisprimary 的 indkey 顺序；表名按 '模式.表' 精确匹配（不经 search_path，
--       不做大小写折叠）。不用 LATERAL（openGauss 兼容），indkey 下标用 0..31 的常量序列。
--       写成 PL/pgSQL：语句计划在会话内缓存（LANGUAGE sql 的非内联函数每次外层语句执行都要重新规划）。
-- 参数: p_bm 目标表（'模式.表'）
-- 返回: 主键列名数组；表存在但没有主键时返回空数组 '{}'；表不存在时返回 NULL
-- 错误: 无
-- 调用: jh.apply_rows、jh.write_rows
-- 读写表: 读 pg_catalog.pg_namespace、pg_class、pg_index、pg_attribute

CREATE OR REPLACE FUNCTION jh.key_columns(p_bm text)
RETURNS text[]
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_oid oid;
    v_zjl text[];
BEGIN
    SELECT r.oid
      INTO v_oid
      FROM pg_catalog.pg_class r
      JOIN pg_catalog.pg_namespace s ON s.oid = r.relnamespace
     WHERE s.nspname = split_part(p_bm, '.', 1)
       AND r.relname = substr(p_bm, length(split_part(p_bm, '.', 1)) + 2)
       AND r.relkind IN ('r', 'p');
    IF v_oid IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(a.attname::text ORDER BY k.n)
      INTO v_zjl
      FROM pg_catalog.pg_index i
      JOIN generate_series(0, 31) AS k(n) ON k.n < i.indnatts
      JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n]
     WHERE i.indrelid = v_oid
       AND i.indisprimary;
    RETURN coalesce(v_zjl, '{}'::text[]);
END
$$;

COMMENT ON FUNCTION jh.key_columns(text) IS
    '表的主键列名（按主键顺序，读系统目录）；无主键返回空数组，表不存在返回 NULL';
