-- jh.reconcile_key_expr(text, text[]) → text
-- 做什么: 生成一条 SQL 表达式，由表别名与主键列名算出行主键文本；每日补推（对账）的分桶比对
--         与补推（jh.reconcile_items_sql、jh.reconcile_repush）拼进动态语句中使用。
-- 规则: 与 jh.row_key 同一格式（jh.hwz.zj、jh.wzf.zj、stg.djsj.lyzj）：主键列值的文本按主键顺序以 |
--       连接，值中的 \ 写成 \\、| 写成 \|。值取列的 ::text；share_* 表的主键列都是文本或整数，
--       与 Debezium 行映像中的文本（jh.row_key 用 ->>）相同。列名用 format('%I') 引用。
-- 参数: p_alias 表别名（调用方给出的简单标识符，如 t）；p_zjl 主键列名（按主键顺序）
-- 返回: SQL 表达式文本；p_zjl 为空时返回 NULL
-- 错误: 无
-- 调用: jh.reconcile_items_sql、jh.reconcile_repush
-- 读写表: 无

CREATE OR REPLACE FUNCTION jh.reconcile_key_expr(p_alias text, p_zjl text[])
RETURNS text
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
    v_expr text;
    v_i    integer;
BEGIN
    IF p_zjl IS NULL OR array_length(p_zjl, 1) IS NULL THEN
        RETURN NULL;
    END IF;
    FOR v_i IN 1 .. array_length(p_zjl, 1) LOOP
        v_expr := CASE WHEN v_i = 1 THEN '' ELSE v_expr || ' || ''|'' || ' END
            || format('replace(replace((%s.%I)::text, %L, %L), %L, %L)',
                      p_alias, p_zjl[v_i], '\', '\\', '|', '\|');
    END LOOP;
    RETURN v_expr;
END
$$;

COMMENT ON FUNCTION jh.reconcile_key_expr(text, text[]) IS
    '补推对账：生成由主键列算出行主键文本（格式同 jh.row_key）的 SQL 表达式';
