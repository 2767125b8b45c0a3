-- jh.reconcile_keys(text, text, timestamptz, integer, jsonb, text, integer[]) → TABLE(zj text, ywh text, hz text)
-- 做什么: 每日补推（对账，seed §5.2.1.4）第二步：对两侧哈希不同的桶，取一张表这些桶中每个比对项的
--         行主键文本、业务号与哈希；connector/reconcile.py 据此找出缺失、不一致与多余的行。
-- 规则: 比对项与桶号同 jh.reconcile_items_sql、jh.reconcile_buckets（参数须与第一步相同）。
-- 参数: p_stream 流；p_side 'source' / 'target'；p_since 起始时间（NULL 为全部）；p_buckets 桶数；
--       p_keys S1 源侧的主键表（其余 NULL）；p_bm 表（模式.表）；p_tno 桶号数组（NULL 为全部桶）
-- 返回: 每个比对项一行：行主键文本（S1 为业务号）、业务号、哈希
-- 错误: 22023 流、侧或桶数无效
-- 调用: connector/reconcile.py
-- 读写表: 读该流该侧的共享表、stg.djsj 或 outbox.fjx（只读）

CREATE OR REPLACE FUNCTION jh.reconcile_keys(p_stream text, p_side text, p_since timestamptz, p_buckets integer,
                                             p_keys jsonb, p_bm text, p_tno integer[])
RETURNS TABLE(zj text, ywh text, hz text)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 1048576 THEN
        RAISE EXCEPTION '补推对账：桶数须在 1 到 1048576 之间（%）', p_buckets USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE
        'SELECT i.zj, i.ywh, i.hz FROM (' || jh.reconcile_items_sql(p_stream, p_side, p_bm) || ') i '
        || 'WHERE i.bm = $5 AND ($4::integer[] IS NULL '
        || 'OR mod((''x'' || substr(md5(i.zj), 1, 7))::bit(28)::integer, $3) = ANY ($4))'
        USING p_since, p_keys, p_buckets, p_tno, p_bm;
END
$$;

COMMENT ON FUNCTION jh.reconcile_keys(text, text, timestamptz, integer, jsonb, text, integer[]) IS
    '补推对账第二步：本库一侧一张表指定桶中每个比对项的行主键文本、业务号与哈希';
