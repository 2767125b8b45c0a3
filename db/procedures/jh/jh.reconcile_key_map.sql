-- jh.reconcile_key_map(text) → jsonb
-- 做什么: 本库一个模式中每张表的主键列（按主键顺序），作为 JSON 数组交给另一个库：S1 对账时源库 jy
--         读不到 jy_front 的系统目录，connector/reconcile.py 从目标库取出它，传给源侧的 jh.reconcile_buckets。
-- 规则: 主键列读 jh.key_columns；没有主键的表不列出。
-- 参数: p_schema 模式名（如 share_jy）
-- 返回: JSON 数组 [{"bm": "模式.表", "zjl": ["主键列", …]}, …]（按表名）；模式不存在或没有表时为 []
-- 错误: 无
-- 调用: connector/reconcile.py
-- 读写表: 读 pg_catalog.pg_class、pg_namespace（及 jh.key_columns）

CREATE OR REPLACE FUNCTION jh.reconcile_key_map(p_schema text)
RETURNS jsonb
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_map jsonb;
BEGIN
    SELECT json_agg(json_build_object('bm', k.bm, 'zjl', k.zjl) ORDER BY k.bm)::jsonb
      INTO v_map
      FROM (SELECT p_schema || '.' || c.relname::text AS bm, jh.key_columns(p_schema || '.' || c.relname::text) AS zjl
              FROM pg_catalog.pg_class c
              JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = p_schema
               AND c.relkind IN ('r', 'p')) k
     WHERE array_length(k.zjl, 1) IS NOT NULL;
    RETURN coalesce(v_map, '[]'::jsonb);
END
$$;

COMMENT ON FUNCTION jh.reconcile_key_map(text) IS '补推对账：一个模式中各表的主键列（JSON 数组），供读不到本库目录的另一库使用';
