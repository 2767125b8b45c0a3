-- jh.reconcile_buckets(text, text, timestamptz, integer, jsonb) → TABLE(bm text, tno integer, hs bigint, hz numeric)
-- 做什么: 每日补推（对账，seed §5.2.1.4）第一步：在本库（一条流的源或目标）一条集合语句算出每张表每个桶的
--         比对项数与哈希和。两侧各算一次，connector/reconcile.py 比较两份桶表，只对不同的桶再取逐项哈希
--         （jh.reconcile_keys）；百万行只传回约一千个桶。
-- 规则: 比对项见 jh.reconcile_items_sql。桶号 = md5(行主键文本) 前 28 位 mod p_buckets（与顺序无关，同一行
--       在两侧落在同一个桶）；桶哈希 = 各项 md5(hz) 前 60 位整数之和（与顺序、排序规则无关）。
--       调用方两侧须用相同的会话设置（TimeZone、DateStyle 等，整行文本依赖它们；connector/reconcile.py 固定）。
-- 参数: p_stream 流（S1–S4）；p_side 'source' / 'target'；p_since 起始时间（NULL 为全部）；
--       p_buckets 桶数（1–1048576）；p_keys S1 源侧的主键表（目标库 jh.reconcile_key_map('share_jy') 的结果；其余传 NULL）
-- 返回: 每个非空桶一行：表（模式.表；S1 为 share_jy.gxzb）、桶号、项数、哈希和
-- 错误: 22023 流、侧或桶数无效
-- 调用: connector/reconcile.py
-- 读写表: 读该流该侧的共享表、stg.djsj 或 outbox.fjx（只读）

CREATE OR REPLACE FUNCTION jh.reconcile_buckets(p_stream text, p_side text, p_since timestamptz,
                                                p_buckets integer, p_keys jsonb)
RETURNS TABLE(bm text, tno integer, hs bigint, hz numeric)
LANGUAGE plpgsql
STABLE
AS $$
BEGIN
    IF p_buckets IS NULL OR p_buckets < 1 OR p_buckets > 1048576 THEN
        RAISE EXCEPTION '补推对账：桶数须在 1 到 1048576 之间（%）', p_buckets USING ERRCODE = '22023';
    END IF;
    RETURN QUERY EXECUTE
        'SELECT i.bm, mod((''x'' || substr(md5(i.zj), 1, 7))::bit(28)::integer, $3) AS tno, '
        || 'count(*)::bigint AS hs, sum((''x'' || substr(i.hz, 1, 15))::bit(60)::bigint) AS hz '
        || 'FROM (' || jh.reconcile_items_sql(p_stream, p_side, NULL) || ') i '
        || 'GROUP BY 1, 2'
        USING p_since, p_keys, p_buckets;
END
$$;

COMMENT ON FUNCTION jh.reconcile_buckets(text, text, timestamptz, integer, jsonb) IS
    '补推对账第一步：本库一侧每张表每个桶的比对项数与哈希和（一条集合语句）';
